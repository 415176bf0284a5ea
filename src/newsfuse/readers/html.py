"""HTML pages: main text through trafilatura, which strips navigation, related links and
footers far better than any rule we would write; headline, site name and publication date
checked against the page's own metadata (``page_meta``)."""

from __future__ import annotations

import re

from ..dates import normalise_date
from ..errors import InputError
from ..model import Article
from .page_meta import (choose_published, choose_source, choose_title, looks_like_index, opening_day,
                        read_page_meta)


_SCRIPT = re.compile(r"<script\b.*?</script\s*>", re.IGNORECASE | re.DOTALL)
_HIDDEN = re.compile(r"<(style|template|noscript)\b.*?</\1\s*>|<!--.*?-->|<[^>]*>", re.IGNORECASE | re.DOTALL)


# a feed saved with a page's suffix: RSS, Atom or RDF under an optional XML declaration
_FEED = re.compile(r"\A\ufeff?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b",
                   re.IGNORECASE | re.DOTALL)
# where a redirect sends the browser: a script's new location, a meta refresh's address
_SCRIPT_TARGET = re.compile(r"""location\b.{0,400}?["'](https?://[^"'\s]+)["']""", re.DOTALL)
_REFRESH = re.compile(r"""<meta\b[^>]*http-equiv\s*=\s*["']?refresh\b[^>]*>""", re.IGNORECASE)
_REFRESH_TARGET = re.compile(r"""url\s*=\s*['"]?([^'"\s>]+)""", re.IGNORECASE)


def _no_text(html: str) -> str:
    """Why a page gave no article text. A page saved from a site that writes its story with
    JavaScript holds scripts and no text; "no article text found" alone did not say what to
    do about it. A feed saved as a page, and a redirect (a page that only sends the browser
    on, by a script or a meta refresh), are said for what they are."""
    if _FEED.match(html):
        return ("a news feed (RSS or Atom), a list of stories rather than one story's page: "
                "save the pages it links to")
    scripts = _SCRIPT.findall(html)
    bare = len(_HIDDEN.sub(" ", _SCRIPT.sub(" ", html)).split()) < 20  # no words outside the markup
    target = next((m[1] for m in map(_SCRIPT_TARGET.search, scripts) if m), None) or \
        next((m[1] for m in map(_REFRESH_TARGET.search, _REFRESH.findall(html)) if m), None)
    if target and bare:
        return (f"a redirect page with no story of its own: it sends the browser on to {target}; "
                "save the page it leads to")
    if scripts and bare:
        return ("no article text in the HTML page, only scripts (a page that builds its story "
                "with JavaScript): save it from the browser once it has loaded, or copy its text")
    return "no article text found in the HTML page"


def read_html(html: str, name: str, path: str | None = None) -> Article:
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_precision=True)
    data = {} if doc is None else doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = (data.get("text") or "").strip()
    if not text:
        raise InputError(name, _no_text(html))
    meta = read_page_meta(html, data.get("url"))
    if looks_like_index(meta, text):
        raise InputError(name, f"a site's front or section page (links to {meta.story_links} stories, "
                               "little text of its own), not one story: save the story's own page")
    title, site_in_title = choose_title(data.get("title") or None, meta, text)
    return Article(
        text=text,
        title=title,
        source=choose_source(meta, site_in_title, data.get("sitename") or data.get("hostname") or None),
        published=choose_published(meta, normalise_date(data.get("date")), opening_day(text, title, meta.language)),
        author=data.get("author") or None,
        url=data.get("url") or None,
        path=path,
    )
