"""Bytes to text: UTF-8 when it is, a Western legacy encoding when it is not, never binary."""

from __future__ import annotations

from ..errors import InputError


def read_text(data: bytes, name: str) -> str:
    """Decode ``data``; refuse binary files instead of summarising garbage.

    Files saved from old CMSs are often Windows-1252 or Latin-1; those decode without loss
    here. Anything with NUL bytes or mostly control characters is not text.
    """
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
