"""Bytes to text: UTF-8 when it is, UTF-16/32 when a byte-order mark says so, a Western
legacy encoding otherwise, never binary."""

from __future__ import annotations

from ..errors import InputError

# longest first: the UTF-32-LE mark begins with the UTF-16-LE one
_BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
         (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


def read_text(data: bytes, name: str) -> str:
    """Decode ``data``; refuse binary files instead of summarising garbage.

    Files saved from old CMSs are often Windows-1252 or Latin-1; those decode without loss
    here. Anything with NUL bytes or mostly control characters is not text.
    """
    for bom, encoding in _BOMS:  # UTF-16/32 text is full of NUL bytes: know it by its BOM
        if data.startswith(bom):
            try:
                data = data[len(bom):].decode(encoding).encode("utf-8")
            except UnicodeDecodeError:
                raise InputError(name, f"starts with a {encoding.upper()} byte-order mark but is not "
                                       f"valid {encoding.upper()}") from None
            break
    head = data[:8192]
    if b"\x00" in head:
        raise InputError(name, "binary file (NUL bytes), not text")
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    sample = text[:8192]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t\f")
    if sample and controls / len(sample) > 0.05:
        raise InputError(name, "binary file (control characters), not text")
    return text.replace("\r\n", "\n").replace("\r", "\n")
