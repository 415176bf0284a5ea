"""Bytes to text: UTF-8 when it is, UTF-16/32 when a byte-order mark says so, the encoding a
saved page declares when its bytes are not UTF-8, a Western legacy encoding otherwise, never
binary."""

from __future__ import annotations

import codecs
import io
import json
import re
from typing import Any, BinaryIO, Iterator

from ..errors import InputError
from .formats import refusal

# longest first: the UTF-32-LE mark begins with the UTF-16-LE one
_BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
         (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


_CP1252_UNDEFINED = frozenset((0x81, 0x8D, 0x8F, 0x90, 0x9D))


def _legacy_bytes(exc: UnicodeDecodeError) -> tuple[str, int]:
    """Bytes that are not UTF-8, read one by one as Windows-1252 (Latin-1 for the five bytes
    it leaves undefined): the legacy encoding of Western news text."""
    chunk = exc.object[exc.start:exc.end]
    return "".join(bytes([b]).decode("cp1252", errors="strict") if b not in _CP1252_UNDEFINED
                   else chr(b) for b in chunk), exc.end


codecs.register_error("newsfuse-legacy", _legacy_bytes)


def decode_utf8_or_legacy(data: bytes) -> str:
    """UTF-8 where the bytes are UTF-8, Windows-1252 for the bytes that are not (one policy
    for whole files and for the lines of a JSONL stream, which ``batch`` and ``group`` read
    one by one)."""
    return data.decode("utf-8-sig", errors="newsfuse-legacy")


def bom_encoding(head: bytes) -> str | None:
    """The UTF-16/32 encoding a byte-order mark at the start of ``head`` names, if any."""
    return next((encoding for bom, encoding in _BOMS if head.startswith(bom)), None)


_HEAD = 8192  # bytes looked at to know a file's encoding when no mark names it


def text_lines(handle: BinaryIO) -> Iterator[str]:
    """The lines of a binary stream as text, for JSONL read line by line (``batch``, ``group``,
    ``eval``): UTF-16/32 when a byte-order mark says so (PowerShell's '>' writes UTF-16), UTF-16
    when the first bytes are UTF-16 without a mark (``bomless_utf16``, as ``read_text`` knows
    a whole file: read line by line, every line was "malformed JSON"), each line decoded as
    ``decode_utf8_or_legacy`` decodes it otherwise. Bytes that are not valid in the encoding
    become U+FFFD, so the line they are on is reported, not the stream."""
    head = handle.peek(_HEAD) if hasattr(handle, "peek") else b""
    encoding = bom_encoding(head[:4])
    if encoding is not None:
        handle.read(next(len(bom) for bom, enc in _BOMS if enc == encoding))
    else:
        encoding = bomless_utf16(head[:_HEAD])
    if encoding is None:
        yield from _lines(handle)
        return
    wrapper = io.TextIOWrapper(handle, encoding=encoding, errors="replace", newline=None)
    try:
        yield from wrapper
    finally:
        if not handle.closed:  # a reader that stopped early may have closed it already
            wrapper.detach()  # the caller owns the handle (standard input stays open)


def _is_utf8(data: bytes) -> bool:
    """Whether all of ``data`` is UTF-8: such bytes are read as UTF-8 whatever else a file says
    of itself (``refuse_lines``, ``_declared_text``)."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


class RefusedLine(str):
    """A line of JSONL whose letters are mostly bytes of another encoding (``other_encoding``):
    read line by line, such a line was briefed as mojibake, where the same text in a file is
    refused. ``reason`` says why; ``jsonl.load_json`` raises it for the line."""

    reason: str


def _line_text(raw: bytes, text: str | None = None) -> str:
    """One line of a stream as ``decode_utf8_or_legacy`` reads it (or ``text``, that line as
    read already), or a ``RefusedLine``."""
    text = decode_utf8_or_legacy(raw) if text is None else text
    reason = other_encoding(raw[:_HEAD])
    if reason is None:
        return text
    line = RefusedLine(text)
    line.reason = reason
    return line


def refuse_lines(lines: list[str], data: bytes) -> list[str]:
    """``lines``, the lines of ``read_text(data)``, with each line whose own bytes are text of
    another encoding made a ``RefusedLine``: a JSONL file read whole (``brief f.jsonl``, the web
    form's upload) is checked on its first 8 KB only, and a later line in KOI8-R was briefed as
    mojibake, where ``batch`` names it. UTF-16/32 files, and files all UTF-8, have none."""
    if bom_encoding(data[:4]) or bomless_utf16(data[:_HEAD]) or _is_utf8(data):
        return lines
    raws = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n").split(b"\n")
    if len(raws) != len(lines):  # not the lines read_text made: leave them
        return lines
    return [line if raw.isascii() else _line_text(raw, line) for raw, line in zip(raws, lines)]


class JsonLine(str):
    """A line whose JSON value ``text_lines`` has read already, to know that a raw carriage
    return in it is space between values: ``jsonl.load_json`` gives that value rather than
    parse the line a second time (a record of megabytes was parsed twice)."""

    value: Any


def _lines(handle: BinaryIO) -> Iterator[str]:
    """The lines of a stream as text, ended by LF, CRLF or a carriage return alone (old Mac
    exports: read by LF only, the whole file was one line of "malformed JSON (Extra data)").
    JSON holds a raw carriage return only as space between values, so a line that is one JSON
    value as it stands is one record, not cut there (it was cut into two malformed lines); it
    comes as a ``JsonLine`` carrying that value."""
    for raw in handle:
        body = raw.rstrip(b"\r\n")
        if b"\r" not in body:
            yield _line_text(raw)
            continue
        line = _line_text(raw)
        if isinstance(line, RefusedLine):
            yield line
            continue
        try:
            value = json.loads(line)  # the line end is JSON space too
        except (ValueError, RecursionError):  # JSONDecodeError is a ValueError
            *lines, last = body.split(b"\r")
            yield from (decode_utf8_or_legacy(part + b"\n") for part in lines)
            yield decode_utf8_or_legacy(last + raw[len(body):])
            continue
        line = JsonLine(line)
        line.value = value
        yield line


def bomless_utf16(head: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" when ``head`` is UTF-16 written without a byte-order mark
    (some Windows exports): the high byte of every Latin letter, digit and space is NUL, so
    NULs fill one of the two byte positions (at least 40% of it, in text of few non-Latin
    letters) and are almost absent from the other. Binary data rarely has that shape, and
    what still passes is refused by the control-character check after decoding."""
    head = head[:len(head) - len(head) % 2]
    if len(head) < 64:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    half = len(head) // 2
    if odd >= 0.4 * half and even <= 0.01 * half:
        return "utf-16-le"
    if even >= 0.4 * half and odd <= 0.01 * half:
        return "utf-16-be"
    return None


def shown_name(path) -> str:
    """A file's name as text that can be written anywhere. A name whose bytes are not UTF-8
    (a Latin-1 'café.txt' from an old archive) comes from the system with lone surrogates in
    it, which no UTF-8 output can hold: a brief naming it ended in "internal error:
    UnicodeEncodeError", and a group run could not store it as an id. Its bytes are read as
    file contents are (``decode_utf8_or_legacy``), so the same file gets the same name on
    every run."""
    text = str(path)
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        pass
    try:
        raw = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate that no byte made
        return text.encode("utf-8", "replace").decode("utf-8")
    return decode_utf8_or_legacy(raw)


# A page's own word for its encoding, as browsers look for it: the XML declaration, or a <meta>
# tag's charset (HTML5's <meta charset=...> or the older http-equiv content "...; charset=...").
_DECLARED = re.compile(rb"""<\?xml\b[^>]{0,200}?\bencoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']"""
                       rb"""|<meta\b[^>]{0,500}?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})""", re.IGNORECASE)

# Labels browsers read as a wider code page than Python's codec of the same name (the WHATWG
# Encoding Standard): pages labelled so are written in the wider one.
_BROWSER_CODECS = {"gb2312": "gbk", "gb_2312-80": "gbk", "x-gbk": "gbk", "shift_jis": "cp932",
                   "sjis": "cp932", "x-sjis": "cp932", "euc-kr": "cp949", "ks_c_5601-1987": "cp949",
                   "big5": "big5hkscs", "iso-8859-9": "cp1254", "latin5": "cp1254", "tis-620": "cp874",
                   "iso-8859-11": "cp874"}


def declared_encoding(data: bytes) -> tuple[str, str] | None:
    """The label and Python codec a saved page (bytes that begin with markup) declares in its
    first 8 KB, when it is one ``decode_utf8_or_legacy`` does not read already: UTF-8, and
    Latin-1, ASCII and Windows-1252 (browsers read all three as Windows-1252), are left to it,
    as is a UTF-16 label in a page of single bytes (browsers ignore it too). None when the label
    is none Python knows."""
    head = data[:_HEAD]
    if not head.lstrip()[:1] == b"<":
        return None
    found = _DECLARED.search(head)
    if found is None:
        return None
    label = (found.group(1) or found.group(2)).decode("ascii").lower()
    try:
        codec = codecs.lookup(_BROWSER_CODECS.get(label, label)).name
    except LookupError:
        return None
    if codec.startswith("utf") or codec in ("ascii", "iso8859-1", "cp1252"):
        return None
    return label, codec


def _declared_text(data: bytes, name: str) -> bytes:
    """``data`` as UTF-8 when it is a page in the encoding it declares (a Russian page saved
    as Windows-1251 with its <meta charset>: refused before as "not UTF-8 text"). Bytes that
    are UTF-8 stay as they are whatever the page says: a template's old <meta> outlives the
    re-encoding of its pages far more often than legacy bytes pass for UTF-8."""
    declared = declared_encoding(data)
    if declared is None or _is_utf8(data):
        return data
    label, codec = declared
    try:
        return data.decode(codec).encode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(name, f"declares its encoding as {label} but byte {exc.start} is not {label}: "
                               "save the page again, or as UTF-8") from None


def read_text(data: bytes, name: str) -> str:
    """Decode ``data``; refuse binary files instead of summarising garbage.

    Files saved from old CMSs are often Windows-1252 or Latin-1; those decode without loss
    here, and a saved page in another encoding is read in the one it declares. Saved text also mixes the two: a UTF-8 article with one name pasted from a Latin-1
    page. So only the bytes that are not UTF-8 are read as Windows-1252; deciding for the whole
    file turned every curly quote of such an article into mojibake. Anything with more than a
    stray NUL byte or two (one in a thousand bytes of its head) or mostly control characters is
    not text.
    """
    known = refusal(data, name)  # a PDF, a Word file, an archive: named, with what to do
    if known is not None:
        raise InputError(name, known)
    for bom, encoding in _BOMS:  # UTF-16/32 text is full of NUL bytes: know it by its BOM
        if data.startswith(bom):
            try:
                data = data[len(bom):].decode(encoding).encode("utf-8")
            except UnicodeDecodeError:
                raise InputError(name, f"starts with a {encoding.upper()} byte-order mark but is not "
                                       f"valid {encoding.upper()}") from None
            break
    else:  # or by its NULs' places, when it has no mark ("binary file" before)
        encoding = bomless_utf16(data[:_HEAD])
        if encoding is not None:
            try:
                data = data.decode(encoding).encode("utf-8")
            except UnicodeDecodeError:
                pass  # not UTF-16 after all: the NUL check below says binary
        else:
            data = _declared_text(data, name)
    head = data[:_HEAD]
    # a stray NUL or two is text's (``model.printable`` drops them), in a short file too
    if head.count(0) > max(2, len(head) // 1000):
        raise InputError(name, "binary file (NUL bytes), not text")
    text = decode_utf8_or_legacy(data)
    sample = text[:8192]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t\f")
    if sample and controls / len(sample) > 0.05:
        raise InputError(name, "binary file (control characters), not text")
    other = other_encoding(data[:_HEAD])
    if other is not None:
        raise InputError(name, other)
    return text.replace("\r\n", "\n").replace("\r", "\n")


# The share of a text's letters that may come from bytes that are not UTF-8 before the text is
# taken to be in an encoding other than UTF-8 and Windows-1252. Western text in Windows-1252 or
# Latin-1 has a few such letters (curly quotes, é, ü: under 10% even in French or German);
# Russian in KOI8-R or Windows-1251, Greek or Hebrew in their legacy code pages have nearly all.
OTHER_ENCODING_SHARE = 0.3


def other_encoding(head: bytes) -> str | None:
    """Why text whose letters are mostly bytes that are not UTF-8 is refused, or None: read as
    Windows-1252 they are a page of accented Latin letters ("Ïòðåëüáà"), which the brief
    summarised as a language it took for Amharic. Says what to do instead."""
    try:
        head.decode("utf-8")
        return None
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 3:  # a character cut by the end of the head, not a bad byte
            return None
    replaced = head.decode("utf-8", errors="replace")
    legacy = replaced.count("\ufffd") - head.count(b"\xef\xbf\xbd")
    letters = sum(c.isalpha() for c in replaced) + legacy
    if letters and legacy / letters > OTHER_ENCODING_SHARE:
        # a page may instead say which encoding it is in, and is read in that (``declared_encoding``)
        page = ', or declare its encoding in the page (<meta charset="...">)' if head.lstrip()[:1] == b"<" else ""
        return (f"not UTF-8 text: {legacy / letters:.0%} of its letters are bytes of another encoding "
                "(such as Cyrillic, Greek or Chinese); newsfuse reads UTF-8 and Windows-1252: save the "
                f"file as UTF-8{page}")
    return None
