"""Plain text and Markdown: the first line is the title when it looks like one.

A title is a short first line without a sentence-final full stop that has more text after
it. A short line right after the title that is only a date (``Monday, March 6, 2006``)
is the publication date, as in wire copy and wiki news.
"""

from __future__ import annotations

import re

from ..model import Article, printable, word_count
from ..dates import parse_date_line, split_leading_date, stamp_line

_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")
_LEADING_DATE = re.compile(r"^\d{4}[/-]\d{2}[/-]\d{2}\s+")


def strip_markdown(text: str) -> str:
    """Markdown to plain prose: headings, links and emphasis lose their markup, keep their words."""
    lines = []
    for line in text.split("\n"):
        line = _MD_HEADING.sub("", line)
        line = _MD_LINK.sub(r"\1", line)
        line = _MD_EMPHASIS.sub(r"\2", line)
        if re.fullmatch(r"\s*([-*_]\s*){3,}", line):  # horizontal rule
            line = ""
        lines.append(line)
    return "\n".join(lines)


def looks_like_title(line: str) -> bool:
    """A short line that ends as no sentence or lead-in does, in Latin punctuation or in the
    full-width and other scripts' stops (a Chinese lede ending in "。" was taken for the title)."""
    return 0 < word_count(line) <= 25 and not line.rstrip().endswith(
        (".", ":", ",", ";", "。", "：", "，", "；", "｡", "।", "۔", "።"))


def article_from_text(text: str, path: str | None, *, title: str | None = None,
                      source: str | None = None, published: str | None = None,
                      url: str | None = None) -> Article:
    if path and path.lower().endswith((".md", ".markdown")):
        text = strip_markdown(text)
    stamp = stamp_line(title) if title is not None else None
    if stamp:
        # a "title" that is only the page's date (a story file whose title field took the page's
        # first line, "TUESDAY, MAY 13, 2014, 11:07 PM", "Published: May 15, 2014 8:21 AM")
        # is the publication date, no headline
        published = published or stamp
        title = None
    # control characters are no text: a line of them after a short first line ("0\n\x08") left
    # the first line as the title and nothing for the body
    lines = [ln.strip() for ln in (printable(text) or "").strip().split("\n")]
    following = [ln for ln in lines[1:] if ln]
    dated = bool(following) and len(following) > 1 and parse_date_line(following[0]) is not None
    if title is None and following and (looks_like_title(lines[0]) or
                                             (dated and len(lines[0].split()) <= 25)):
        title = lines.pop(0)
        while lines and not lines[0]:
            lines.pop(0)
        if dated:
            date = parse_date_line(lines.pop(0))
            published = published or date
    for i, line in enumerate(lines[:4]):  # a dateline glued onto the first paragraph
        date, rest = split_leading_date(line)
        if date:
            published = published or date
            lines[i] = rest
            break
    if title:
        title = _LEADING_DATE.sub("", title).strip()
    body = "\n".join(lines).strip()
    return Article(text=body, title=title, source=source, published=published, path=path, url=url)
