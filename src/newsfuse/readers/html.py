"""HTML pages: main text through trafilatura, which strips navigation, related links and
footers far better than any rule we would write; headline, site name and publication date
checked against the page's own metadata (``page_meta``)."""

from __future__ import annotations

from ..dates import normalise_date
from ..errors import InputError
from ..model import Article
from .page_meta import choose_published, choose_source, choose_title, read_page_meta


def read_html(html: str, name: str, path: str | None = None) -> Article:
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_precision=True)
    if doc is None:
        raise InputError(name, "no article text found in the HTML page")
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = (data.get("text") or "").strip()
    if not text:
        raise InputError(name, "no article text found in the HTML page")
    meta = read_page_meta(html, data.get("url"))
    title, site_in_title = choose_title(data.get("title") or None, meta)
    return Article(
        text=text,
        title=title,
        source=choose_source(meta, site_in_title, data.get("sitename") or data.get("hostname") or None),
        published=choose_published(meta, normalise_date(data.get("date"))),
        author=data.get("author") or None,
        url=data.get("url") or None,
        path=path,
    )
