"""Renderers: a Brief in, text out. They read the Brief and never compute anything new."""

from __future__ import annotations

from ..errors import check_choice
from ..model import Brief

FORMATS = ("text", "md", "json", "html")


def check_format(fmt: str, name: str = "fmt") -> str:
    """The one refusal of a format for every writer (a brief, a story list) and every face:
    ``name`` is the caller's (the command line's --format, ``render``'s ``fmt``)."""
    return check_choice(name, fmt, FORMATS, "a format newsfuse writes")


def render(brief: Brief, fmt: str) -> str:
    check_format(fmt)
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
