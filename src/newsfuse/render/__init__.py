"""Renderers: a Brief in, text out. They read the Brief and never compute anything new."""

from __future__ import annotations

from ..model import Brief

FORMATS = ("text", "md", "json", "html")


def render(brief: Brief, fmt: str) -> str:
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
    raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
