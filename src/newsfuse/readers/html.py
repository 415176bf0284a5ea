"""HTML pages: main text and metadata through trafilatura, which strips navigation,
related links and footers far better than any rule we would write."""

from __future__ import annotations

from ..errors import InputError
from ..model import Article
from ..dates import normalise_date


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
    return Article(
        text=text,
        title=data.get("title") or None,
        source=data.get("sitename") or data.get("hostname") or None,
        published=normalise_date(data.get("date")),
        author=data.get("author") or None,
        url=data.get("url") or None,
        path=path,
    )
