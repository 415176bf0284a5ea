"""What a file that is not plain text is, known by its first bytes, so that the refusal names
it and says what to do.

A PDF named on the command line was refused as "no article has any reporting left after
cleaning": its uncompressed parts passed the binary check, and the cleaning step took what was
left for page furniture. A user who gives a PDF, a Word file or an archive wants to hear that
newsfuse reads text and how to get the text out. The suffix is not trusted either way: a text
file named ``.pdf`` is read as the text it is, and a PDF named ``.txt`` is still a PDF.
"""

from __future__ import annotations

import shlex
from pathlib import PurePath

# (what the first bytes are, what the file is, what to do with it)
_SAVE_AS_TEXT = "save the report as plain text (.txt) and give that file"
# an image (a screenshot or a scan of a report) holds no text to save: the reader types or
# copies it out; "binary file (a PNG image), not text" said what was wrong and not what to do
_COPY_TEXT = "copy the report's text into a .txt file and give that"
_MAGIC: tuple[tuple[bytes, str, str], ...] = (
    (b"%PDF-", "a PDF document",
     "copy the report's text into a .txt file (pdftotext FILE OUT does it) and give that"),
    (b"{\\rtf", "an RTF document", _SAVE_AS_TEXT),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a Microsoft Office document (Word 97-2003 or similar)",
     _SAVE_AS_TEXT),
    (b"\x89PNG\r\n\x1a\n", "binary file (a PNG image)", _COPY_TEXT),
    (b"\xff\xd8\xff", "binary file (a JPEG image)", _COPY_TEXT),
    (b"GIF87a", "binary file (a GIF image)", _COPY_TEXT),
    (b"GIF89a", "binary file (a GIF image)", _COPY_TEXT),
    (b"\x1f\x8b", "a gzip-compressed file", "unpack it first (gunzip FILE) and give what it holds"),
)
_ZIP = b"PK\x03\x04"


def document_kind(data: bytes) -> tuple[str, str] | None:
    """(what ``data`` is, what to do) when its first bytes name a format that is not plain
    text newsfuse could read; None for anything else (text, HTML, JSON, unknown bytes)."""
    head = data[:8]
    for magic, kind, advice in _MAGIC:
        if head.startswith(magic):
            return kind, advice
    if head.startswith(_ZIP):
        # Office files are zip archives whose first entry names what they hold
        window = data[:4096]
        if b"word/" in window:
            return "a Word document (.docx)", _SAVE_AS_TEXT
        if b"opendocument.text" in window:
            return "an OpenDocument text (.odt)", _SAVE_AS_TEXT
        if b"ppt/" in window or b"xl/" in window or b"opendocument" in window:
            return "an office document (a spreadsheet or slides)", "not a news report; give text files"
        return "a zip archive", "unpack it and give the folder"
    return None


def refusal(data: bytes, name: str) -> str | None:
    """The reason to give for ``data`` (named ``name``) when it is a known non-text format."""
    found = document_kind(data)
    if found is None:
        return None
    kind, advice = found
    if name == "-":
        shown, out = "FILE", "report.txt"
    else:
        path = PurePath(name)
        out = path.with_suffix(".txt").name if path.suffix.lower() != ".txt" else f"{path.stem}-text.txt"
        shown = shlex.quote(name)
    return f"{kind}, not text; {advice.replace('FILE', shown).replace('OUT', shlex.quote(out))}"
