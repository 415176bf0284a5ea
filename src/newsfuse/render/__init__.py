"""Renderers: a Brief in, text out. They read the Brief and never compute anything new."""

from __future__ import annotations

from ..errors import check_choice
from ..model import Brief

FORMATS = ("text", "md", "json", "html")


# other names people give the same formats: pandoc's and most tools' "markdown", a file's
# ".txt" and ".htm"; each is read as the format it names
FORMAT_NAMES = {"markdown": "md", "txt": "text", "htm": "html"}


def check_format(fmt: str, name: str = "fmt") -> str:
    """The format ``fmt`` names (``FORMAT_NAMES`` read as theirs), or the one refusal of a
    format for every writer (a brief, a story list) and every face: ``name`` is the caller's
    (the command line's --format, ``render``'s ``fmt``)."""
    if isinstance(fmt, str):
        fmt = FORMAT_NAMES.get(fmt, fmt)
    return check_choice(name, fmt, FORMATS, "a format newsfuse writes")


def render(brief: Brief, fmt: str) -> str:
    fmt = check_format(fmt)
    if fmt == "json":
        return brief.to_json() + "\n"
    if fmt == "md":
        from .markdown import render_markdown

        return render_markdown(brief)
    if fmt == "html":
        from .html import render_html

        return render_html(brief)
    if fmt == "text":
        from .text import render_text

        return render_text(brief)
    raise AssertionError(fmt)  # check_format let through a format with no writer
