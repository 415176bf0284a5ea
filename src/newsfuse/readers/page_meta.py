"""What a news page says about itself: headline, site name and publication date, checked.

trafilatura finds the main text well, but its metadata is whatever the page offers first:
a ``<title>`` that is the CMS's name ("escenic"), a headline with the site name appended
("... - St. Lucia Times News", "... | Reuters"), or a date that htmldate found when the page
only states when it was last modified. Pages describe themselves in several places at once
(Open Graph and Twitter meta tags, schema.org JSON-LD, ``<title>``), so the candidates are
read side by side and checked against each other:

- the headline is the first candidate that is not a CMS or site name, with the site name
  cut off wherever it is glued on (a title that is another candidate with the site's name
  after it is that candidate), and not a title that shares no word with the headline the
  page declares as its own (JSON-LD, microdata or hAtom): a site's title for every page
  ("News from ..."); nor a heading that is the site's name: an <h1> that links to the front
  page (a logo), or a heading the title carries as its part beside a longer part whose words
  the story's text uses ("Headline - Site" under an <h1> "Site"); an <h2> the title carries
  (a section's name in the <h1> above it) sets the site's name in the title apart too;
- the site name is the page's own (``og:site_name``, JSON-LD publisher, application name, the
  text of a logo's <h1>), else the part a title carries beside the headline, else the
  extractor's, else the holder its copyright line names;
- the publication date is ``article:published_time``, JSON-LD ``datePublished`` or another
  published-date tag, never ``dateModified``/``article:modified_time``; a date the extractor
  found that is only the modification date is dropped (unknown is better than wrong: every
  relative date in the timeline counts from it). So is a 1 January the extractor reports on a
  page that never states that day: htmldate turns a lone year, a copyright line's "© 2016",
  into 2016-01-01. A modification date the page prints in its text counts as one stated in
  its tags, in English, German or French ("Last updated: 9 June 2021", "Stand: 12.03.2020
  14:03 Uhr", "Zuletzt aktualisiert am 9. Juni 2021", "Mis à jour le 13 mars 2020"):
  htmldate reads such a line as the page's date;
- a title that is only a date ("12 April 2013") is a stamp, no headline: the next candidate is
  the headline, and the day is the publication date when the page states none;
- a day the extractor found printed above the headline (a masthead's "today", the day the page
  was saved) gives way to an earlier day the byline prints right below it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlparse

from ..dates import full_date_spans, normalise_date, stamp_line, written_day
from ..model import UNSPACED_LETTERS  # scripts without spaces: a headline in them is one "word" to str.split
from .jsonl import load_json

# separators a page puts between a headline and its site name: a dash, colon, pipe or
# breadcrumb mark between spaces, a doubled dash ("Headline -- Site"), a pipe, and the
# full-width colon and pipe of Chinese and Japanese titles, which stand without spaces
_SEPARATOR = re.compile(r"\s+[|\-–—:·•»›]\s+|\s+(?:::|-{2,})\s+|\s*[|｜：]\s*")
# a separator left at either edge once a site's name is cut off; at the end a mark only after
# a space, so a closing guillemet ("«un pont neuf»") stays
_SEPARATOR_EDGE = re.compile(r"^[\s|\-–—:·•»›｜：]+|(?:\s*[|｜：]|\s+[\-–—:·•»›]+)+\s*$|\s+$")
# what sets a section or a label apart from a headline inside a title: a pipe, a breadcrumb
# mark ("Headline » Local » News"); a headline hardly ever holds either
_LABEL_MARK = re.compile(r"\s*[|｜]\s*|\s+[»›]\s+")
_WORD = re.compile(r"[^\W_]+")
_DATE_PART = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$")  # 19.01.2020, 2020-01-19, 1/19/2020

PUBLISHED_META = ("article:published_time", "og:published_time", "datepublished", "pubdate",
                  "publishdate", "publish-date", "publish_date", "date", "dc.date.issued",
                  "dcterms.issued", "dc.date", "parsely-pub-date", "sailthru.date",
                  "article.published", "published_time", "original-publish-date",
                  "dcterms.created", "dc.date.created", "article_date_original")
MODIFIED_META = ("article:modified_time", "og:updated_time", "datemodified", "lastmod",
                 "last-modified", "dcterms.modified", "article.updated", "modified_time",
                 "article_date_updated")
# a tag of a vendor's own prefix that names the publication time ("cXenseParse:recs:publishtime",
# "sailthru.publish_date"): the words, not the prefix, say what it holds
_PUBLISHED_KEY = re.compile(r"(?:^|[:._-])publish(?:ed)?[._-]?(?:time|date)$")
# 1 January as a page would state it: in words ("January 1", "1st Jan") or in figures
# (2016-01-01, 2016/01/01, 20160101, 01/01/2016, 1.1.2016)
_NEW_YEARS_DAY = re.compile(r"\bjan(?:uary)?\.?\s+0?1(?:st)?\b|\b0?1(?:st)?\s+(?:of\s+)?jan(?:uary)?\b"
                            r"|\d{4}[-/.]?01[-/.]?01(?!\d)|(?<!\d)0?1[-/.]0?1[-/.]\d{4}\b", re.IGNORECASE)
# a date the page's text prints as its last change or its publication, told apart by the
# words before it, per language (English, German, French): a publication stamp of the same
# day as a change ("Published: 9 June 2021 Updated: 9 June 2021") keeps that day a publication
_STAMP_DAY = (r"(?P<day>\d{1,2}\.\s?\d{1,2}\.\s?\d{4}|\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2}"
              r"|\d{1,2}(?:er|st|nd|rd|th)?\.?\s+[^\W\d_]{3,}\.?,?\s+\d{4}|[^\W\d_]{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})")
_TEXT_STAMP = re.compile(
    r"(?:(?P<en_modified>\b(?:last\s+)?(?:updated|modified)(?:\s+on)?)"
    r"|(?P<de_modified>\b(?:zuletzt\s+)?aktualisiert(?:\s+am)?|\bStand|\bletzte\s+Änderung(?:\s+am)?)"
    r"|(?P<fr_modified>\b(?:dernière\s+)?mise\s+à\s+jour(?:\s+le)?|\bmis\s+à\s+jour(?:\s+le)?|\bmodifié\s+le)"
    r"|(?P<en_published>\b(?:first\s+)?(?:published|posted)(?:\s+on)?)"
    r"|(?P<de_published>\bveröffentlicht(?:\s+am)?|\berstellt(?:\s+am)?)"
    r"|(?P<fr_published>\bpublié\s+le))"
    # the colon after the words optional, with one run of space before it and one after: as
    # "\s*:?\s*" the run after an "Updated" that no date follows was tried split at every
    # place (a page's blank markup joined: thousands of spaces, seconds)
    r"\s*(?::\s*)?" + _STAMP_DAY, re.IGNORECASE)
# a stamp's words as a sentence uses them (after an auxiliary or a subject), not as a label
_IN_PROSE = re.compile(r"\b(?:was|were|is|are|been|be|being|has|have|had|will|would|it|they|he|she"
                       r"|which|that|who|wurde|wurden|ist|sind|hat|haben|a|été|est|ont)\s+$", re.IGNORECASE)
# a copyright line: the mark, the years, then the holder's capitalised name ("of", "the" and
# "and" among its words) up to a full stop, a comma or the line's end
_COPYRIGHT = re.compile(r"(?:©|\([cC]\)|(?i:\bcopyright\b))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?:by\s+)?"
                        r"([A-Z][\w&'’-]*(?:[ \t]+(?:[A-Z][\w&'’-]*|of|the|and|&))*)")
ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "blogposting",
                 "analysisnewsarticle", "opinionnewsarticle", "webpage", "report", "liveblogposting"}


@dataclass
class PageMeta:
    titles: list[tuple[str, str]] = field(default_factory=list)  # (where, text) in page order
    site_names: list[str] = field(default_factory=list)
    published: list[str] = field(default_factory=list)  # ISO dates, best first
    modified: list[str] = field(default_factory=list)
    generator: str | None = None
    host: str | None = None
    states_new_years_day: bool = False  # the page names 1 January somewhere (text, markup, links)
    stamped: str | None = None  # the day of a title that is only a date
    copyright: str | None = None  # whom the page's copyright line names
    masthead: set[str] = field(default_factory=set)  # days printed above the headline (<h1>)
    byline: str | None = None  # the first day printed right below it, not as a change
    language: str | None = None  # the page's <html lang>, two letters
    typed_article: bool = False  # og:type "article" or "video", a JSON-LD article type (not WebPage)
    story_links: int = 0  # distinct link texts of four words or more: other stories' headlines
    headings: list[str] = field(default_factory=list)  # the <h2> texts: a section's <h1> may stand above the story's


def _squash(text: str) -> str:
    return "".join(_WORD.findall(text.lower()))


def _jsonld_items(data):
    """Every dict in a JSON-LD block, through @graph and lists, in document order. A stack,
    not recursion: a page may nest its lists as deep as the JSON parser allows."""
    stack = [iter([data])]
    while stack:
        item = next(stack[-1], _END)
        if item is _END:
            stack.pop()
        elif isinstance(item, list):
            stack.append(iter(item))
        elif isinstance(item, dict):
            yield item
            stack.append(iter([item[key] for key in ("@graph", "mainEntity", "mainEntityOfPage")
                               if isinstance(item.get(key), (list, dict))]))


_END = object()


def _types(item: dict) -> set[str]:
    kind = item.get("@type") or []
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).lower() for k in kinds}


def read_page_meta(html: str, url: str | None = None) -> PageMeta:
    """All the page's statements about its headline, site and dates (nothing chosen yet)."""
    import lxml.html

    meta = PageMeta(states_new_years_day=bool(_NEW_YEARS_DAY.search(html)))
    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return meta
    for script in tree.xpath('//script[contains(@type, "ld+json")]'):
        try:
            data = load_json(script.text_content().strip() or "null")
        except ValueError:
            continue
        for item in _jsonld_items(data):
            kinds = _types(item)
            if kinds & ARTICLE_TYPES:
                meta.typed_article = meta.typed_article or bool(kinds & ARTICLE_TYPES - {"webpage"})
                headline = item.get("headline") or (item.get("name") if kinds - {"webpage"} else None)
                if isinstance(headline, str) and headline.strip():
                    meta.titles.append(("json-ld", headline.strip()))
                for key, bucket in (("datePublished", meta.published), ("dateCreated", meta.published),
                                    ("dateModified", meta.modified)):
                    day = normalise_date(item.get(key)) if isinstance(item.get(key), str) else None
                    if day:
                        bucket.append(day)
                publisher = item.get("publisher")
                if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
                    meta.site_names.append(publisher["name"].strip())
            if kinds & {"website", "newsmediaorganization", "organization"} and \
                    isinstance(item.get("name"), str) and "website" in kinds:
                meta.site_names.append(item["name"].strip())
    for node in tree.xpath("//meta[@content]"):
        key = (node.get("property") or node.get("name") or node.get("itemprop") or "").strip().lower()
        if (node.get("http-equiv") or "").strip().lower() == "last-modified":
            key = "last-modified"  # the page's own header line; its "date" is when it was served
        content = (node.get("content") or "").strip()
        if not key or not content:
            continue
        if key == "og:type":  # a story page: an article, or a video with its story
            meta.typed_article = meta.typed_article or content.lower().startswith(("article", "video"))
        if key in ("og:title", "twitter:title"):
            meta.titles.append((key, content))
        elif key in ("og:site_name", "application-name", "twitter:site:name", "publisher"):
            meta.site_names.append(content)
        elif key == "generator":
            meta.generator = content
        elif key in PUBLISHED_META or _PUBLISHED_KEY.search(key):
            day = normalise_date(content)
            if day:
                meta.published.append(day)
        elif key in MODIFIED_META:
            day = normalise_date(content)
            if day:
                meta.modified.append(day)
    for node in tree.xpath('//time[@datetime][@itemprop="datePublished" or @pubdate]'):
        day = normalise_date(node.get("datetime"))
        if day:
            meta.published.append(day)
    title = tree.find(".//title")
    if title is not None and title.text_content().strip():
        meta.titles.append(("title", " ".join(title.text_content().split())))
    meta.stamped = next((day for _, t in meta.titles if (day := stamp_line(t))), None)
    text = "\n".join(tree.xpath("//body//text()[not(ancestor::script) and not(ancestor::style)]"))
    meta.modified.extend(_text_modified(text))
    meta.copyright = _copyright_holder(text)
    marked = _marked_headline(tree)
    if marked:
        meta.titles.append(("marked", marked))
    headings = tree.xpath("//h1")
    logos = [h for h in headings if _is_logo(h)]
    meta.site_names.extend(name for name in (" ".join(h.text_content().split()) for h in logos)
                           if name and len(name.split()) <= 6)
    h1 = [h for h in headings if h not in logos]
    if len(h1) == 1 and h1[0].text_content().strip():
        meta.titles.append(("h1", " ".join(h1[0].text_content().split())))
        meta.masthead, meta.byline = _days_around(text, " ".join(" ".join(h1[0].xpath(".//text()")).split()))
    meta.headings = [t for t in (" ".join(h.text_content().split()) for h in tree.xpath("//body//h2")) if t]
    lang = (tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang") or "").strip().lower()
    meta.language = lang[:2] if re.match(r"[a-z]{2}\b", lang) else None
    meta.story_links = len({t for t in (" ".join(a.text_content().split()) for a in tree.xpath("//a[@href]"))
                            if len(t.split()) >= 4})
    canonical = url or next(iter(tree.xpath('//link[@rel="canonical"]/@href | //meta[@property="og:url"]/@content')), None)
    if canonical:
        meta.host = urlparse(canonical).hostname
    return meta


# an element the page marks as its headline: schema.org microdata, the hAtom microformat's
# entry title, a "headline" class; never a link (the headlines of other stories)
_MARKED_HEADLINE = ('//body//*[not(self::meta) and not(ancestor-or-self::a) and (@itemprop="headline"'
                    ' or contains(concat(" ", normalize-space(@class), " "), " headline ")'
                    ' or contains(concat(" ", normalize-space(@class), " "), " entry-title "))]')


def _is_logo(heading) -> bool:
    """An <h1> that is the site's logo, not a story's headline: its text all inside a link to
    the site's front page (``/``, ``./``, ``https://host/``, ``index.html``), the heading every
    page of the site carries above its story."""
    text = _squash(heading.text_content())
    links = heading.xpath(".//a[@href]")
    return bool(links) and all(_front_page(a.get("href")) for a in links) and \
        _squash(" ".join(a.text_content() for a in links)) == text


def _front_page(href: str) -> bool:
    href = href.strip()
    if not href or href.startswith(("#", "?", "javascript:", "mailto:")):
        return False  # a link within the page, a script's: not to the front page
    return urlparse(href).path.lstrip("./") in ("", "index.html", "index.htm", "index.php")


def _marked_headline(tree) -> str | None:
    """The text of the element the page marks as its headline, when one text is so marked
    and reads like a headline (three words or more, or six letters of a script written
    without spaces, and no longer than a paragraph's opening)."""
    texts = {" ".join(node.text_content().split()) for node in tree.xpath(_MARKED_HEADLINE)}
    texts = {t for t in texts if t and len(t) <= 300 and (len(t.split()) >= 3 or len(UNSPACED_LETTERS.findall(t)) >= 6)}
    return next(iter(texts)) if len(texts) == 1 else None


BYLINE_CHARS = 200  # how far below the headline a byline's date is looked for
_CHANGE_WORDS = re.compile(r"\b(?:updated|modified|changed|edited)\b\W*(?:\w+\W+){0,2}$", re.IGNORECASE)


def _days_around(text: str, headline: str) -> tuple[set[str], str | None]:
    """(the days printed above the headline, the first day printed within ``BYLINE_CHARS``
    below it that no "updated" stands before). A site's masthead may print today's date (the
    day the page was saved) above every page's headline, and htmldate, finding no date tag,
    takes that day; the byline below the headline prints the story's."""
    flat = " ".join(text.split())
    at = flat.find(headline) if headline else -1
    if at < 0:
        return set(), None
    below = flat[at + len(headline):at + len(headline) + BYLINE_CHARS]
    byline = next((day for start, _, day in full_date_spans(below)
                   if not _CHANGE_WORDS.search(below[max(0, start - 40):start])), None)
    return {day for _, _, day in full_date_spans(flat[:at])}, byline


def _copyright_holder(text: str) -> str | None:
    """Who the page's last copyright line names ("© 2015 The Associated Press. All rights
    reserved." -> "The Associated Press"): the site's owner, the outlet's name of last resort.
    A name of more than six words is a sentence, not a holder."""
    holders = [re.sub(r"(?:\s+(?:of|the|and|&))+$", "", m[1].strip()) for m in _COPYRIGHT.finditer(text)]
    holders = [h for h in holders if len(h.split()) <= 6]
    return holders[-1] if holders else None


def _text_modified(text: str) -> list[str]:
    """The days the page's visible text states it was modified on (``_TEXT_STAMP``), less any
    day it also states as its publication."""
    modified, published = set(), set()
    for m in _TEXT_STAMP.finditer(text):
        if _IN_PROSE.search(text, max(0, m.start() - 24), m.start()):
            continue  # "the list was last updated on 3 March 2010": the sentence's, not the page's
        kind = next(k for k, v in m.groupdict().items() if v and k != "day")
        language, what = kind.split("_")
        day = written_day(m["day"], language)
        if day:
            (modified if what == "modified" else published).add(day)
    return sorted(modified - published)


def _host_label(host: str | None) -> str | None:
    """``www.stluciatimes.com`` -> ``stluciatimes``."""
    if not host:
        return None
    parts = [p for p in host.lower().split(".") if p not in ("www", "m", "amp", "edition", "mobile")]
    return parts[0] if len(parts) >= 2 else None


def _names_site(part: str, sites: list[str], host: str | None) -> bool:
    squashed = _squash(part)
    if not squashed:
        return False
    for site in sites:
        other = _squash(site)
        if other and (squashed == other or (len(squashed) >= 4 and (squashed in other or other in squashed))):
            return True
    label = _host_label(host)
    if label and squashed == label:  # "DW" on www.dw.com: the address's own name, however short
        return True
    return bool(label and len(label) >= 3 and (label in squashed or squashed in label) and len(part.split()) <= 5)


def strip_site_name(title: str, sites: list[str], host: str | None) -> tuple[str, str | None]:
    """(headline, site part) for ``Headline - Site`` / ``Site | Headline``; the site part is None
    when no segment names the site."""
    parts = _SEPARATOR.split(title)
    while len(parts) > 2 and _DATE_PART.match(parts[-1].strip()):
        # "Headline | DW | 19.01.2020": the day the page was made follows the site name
        title = _SEPARATOR_EDGE.sub("", title[:title.rfind(parts[-1])])
        parts = parts[:-1]
    if len(parts) < 2:
        return title, None
    for keep_first in (True, False):
        edge = parts[-1] if keep_first else parts[0]
        if _names_site(edge, sites, host):
            rest = title[:title.rfind(edge)] if keep_first else title[title.find(edge) + len(edge):]
            rest = _SEPARATOR_EDGE.sub("", rest)
            if _LABEL_MARK.search(rest):
                # "Headline | Migration News | Al Jazeera", "Headline » Local » News » Site": what
                # a pipe or a breadcrumb mark sets apart from the headline is the page's section,
                # a tagline or a label, the piece nearer the site; but a label of a word or two
                # may stand before the headline too ("Opinion | Headline - The New York Times")
                pieces = [p.strip() for p in _LABEL_MARK.split(rest)]
                pieces = pieces if keep_first else pieces[::-1]  # the farthest from the site first
                rest = next((p for p in pieces if len(p.split()) > 2), pieces[0])
            if rest:
                return rest, edge.strip()
    return title, None


def _cms_like(title: str, meta: PageMeta) -> bool:
    """A title that names the software or the site rather than a story: one word ("escenic",
    "WordPress"), the generator tag, or the site name alone."""
    squashed = _squash(title)
    if not squashed:
        return True
    if meta.generator and squashed in _squash(meta.generator):
        return True
    if len(title.split()) == 1 and len(UNSPACED_LETTERS.findall(title)) < 6:
        return True
    return any(squashed == _squash(s) for s in meta.site_names) or squashed == _host_label(meta.host)


def _without_site_tail(title: str, titles: list[str], meta: PageMeta) -> tuple[str, str | None]:
    """(the shorter title, the site's name as the tail writes it) when ``title`` is another of
    the page's titles with the site's name after or before it, whatever lies between:
    "Headline 写真1枚 国際ニュース：AFPBB News" beside an og:title "Headline", "Headline » Local »
    News » Site" beside a twitter:title, an <h1> with the site's name glued on without a space
    ("HeadlineSite"); else (``title``, None). What the site's name is comes from the page (its
    site-name tags, its address), not from the tail itself."""
    names = [n for n in (_squash(s) for s in meta.site_names) if len(n) >= 3]
    label = _host_label(meta.host)
    names += [label] if label and len(label) >= 3 else []
    for other in titles:
        if not other or len(other) >= len(title) or _cms_like(other, meta):
            continue
        tail = title[len(other):] if title.startswith(other) else \
            title[:-len(other)] if title.endswith(other) else None
        if tail and any(name in _squash(tail) for name in names):
            site = next((part.strip() for part in _SEPARATOR.split(tail)
                         if any(name in _squash(part) for name in names)), None)
            return other, site
    return title, None


def choose_title(extracted: str | None, meta: PageMeta, story: str | None = None) -> tuple[str | None, str | None]:
    """(headline, site name found glued to a title) from the extractor's title and the page's,
    ``story`` the story's text (what tells a headline from a site's name beside it in a title)."""
    candidates = ([("extracted", extracted)] if extracted else []) + meta.titles
    # a title that is another candidate plus a suffix carries the site name in that suffix; but
    # a heading (the extractor's title, an <h1>, an <h2>) that the title carries as its part
    # beside a longer one, whose words the story's text uses no less, is the site's name there
    # ("Headline - Site" under a logo's <h1> "Site"), where the page declares no headline of that
    # text (og:title, JSON-LD): a short headline's words are the story's, a long site's are not
    sites = list(meta.site_names)
    texts = [t for _, t in candidates]
    declared = {t for where, t in meta.titles if where not in ("title", "h1")}
    logos = set()  # headings that are the site's name, no headline
    for t in texts + meta.headings:
        for other in texts:
            if other != t and len(other) > len(t) + 2 and (other.startswith(t) or other.endswith(t)):
                extra = other[len(t):] if other.startswith(t) else other[:-len(t)]
                extra = _SEPARATOR_EDGE.sub("", extra)
                parts = [p.strip() for p in _SEPARATOR.split(other)]
                if extra and t not in declared and t.strip() in (parts[0], parts[-1]) \
                        and len(extra.split()) > len(t.split()) \
                        and (story is None or _text_share(extra, story) >= _text_share(t, story)):
                    sites.append(t)
                    logos.add(t)
                elif extra and len(extra.split()) <= 6:
                    sites.append(extra)
    # the headlines the page declares (not an <h1>, which on some sites is the logo's text)
    marked = [_squash_words(t) for where, t in meta.titles if where in ("json-ld", "marked") and not _cms_like(t, meta)]
    found_site, chosen = None, None
    for _, text in candidates:
        if text in logos:
            continue
        text, tail_site = _without_site_tail(text, texts, meta)
        headline, site = strip_site_name(text, sites, meta.host)
        found_site = found_site or tail_site or site
        if chosen is None and not _cms_like(headline, meta) and not stamp_line(headline) \
                and not _unrelated(headline, marked):
            chosen = headline
        if chosen is not None and found_site:
            break  # a later title may still say the site's name when the headline's did not
    if chosen is not None:
        return chosen, found_site
    return (None if extracted and stamp_line(extracted) else extracted), found_site


def _squash_words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.casefold()) if len(w) >= 4}


def _text_share(title: str, text: str) -> float:
    """The share of a title's words (of four letters or more) that the story's text uses."""
    words = _squash_words(title)
    return len(words & _squash_words(text)) / len(words) if words else 0.0


def _unrelated(title: str, marked: list[set[str]]) -> bool:
    """A title that shares no word with any headline the page declares as its own (JSON-LD, a
    microdata or hAtom headline): the site's title for every page ("News from The Associated
    Press"), not this story's. Titles in scripts written without spaces are one "word" each
    and are not judged."""
    if not marked or UNSPACED_LETTERS.search(title):
        return False
    words = _squash_words(title)
    return bool(words) and not any(words & other for other in marked if other)


INDEX_MAX_CHARS = 400  # a front page's extracted "story": the lead's teaser, a few labels
INDEX_MIN_LINKS = 30  # the headlines of other stories it links to


def looks_like_index(meta: PageMeta, text: str) -> bool:
    """A site's front or section page rather than one story: little text of its own, links to
    many stories, a <title> that shares no word with that text (the site's name and tagline,
    where a story page's title carries its headline), and nothing that says it is a story (no
    og:type "article" or "video", no JSON-LD article, no publication tag). Read as an article,
    a front page became a 30-word "story" under its lead story's headline."""
    title = next((t for where, t in meta.titles if where == "title"), None)
    return (len(text) < INDEX_MAX_CHARS and meta.story_links >= INDEX_MIN_LINKS
            and not meta.typed_article and not meta.published
            and title is not None and not _squash_words(title) & _squash_words(text))


def choose_source(meta: PageMeta, site_from_title: str | None, extracted: str | None) -> str | None:
    for name in meta.site_names:
        if name and not name.startswith("@") and not re.match(r"https?://", name):
            return name
    return site_from_title or extracted or meta.copyright or meta.host


BYLINE_LINE_CHARS = 100  # a byline is a short line, not the story's first paragraph
_DAY_IN_FIGURES = re.compile(r"(?<![\d/.])\d{1,2}[./]\d{1,2}[./]\d{4}(?![\d/.])")


def opening_day(text: str, headline: str | None, language: str | None) -> str | None:
    """The day printed by the line right below the headline when the story's text opens with
    its headline (the byline: "Jane Smith | Palma | 08/01/2014"), figures read in the order of
    the page's language (``<html lang>``). Only there: a short line further down may be an
    epigraph's or a caption's date."""
    lines = text.splitlines()
    if len(lines) < 2 or not headline or _squash(lines[0]) != _squash(headline) or len(lines[1]) > BYLINE_LINE_CHARS:
        return None
    days = [written_day(m[0], language or "en") for m in _DAY_IN_FIGURES.finditer(lines[1])]
    return next((day for day in days + [d for _, _, d in full_date_spans(lines[1])] if day), None)


def choose_published(meta: PageMeta, extracted: str | None, opening: str | None = None) -> str | None:
    """The page's stated publication date; the extractor's date only when it is not merely the
    modification date, nor a later day than the story's byline prints (``opening``, or the
    date just below the headline): a masthead's today, the day the page was saved."""
    if meta.published:
        return min(meta.published)  # an edited page may state several: the first is the publication
    if extracted and extracted in meta.modified:
        extracted = None
    if extracted and extracted in meta.masthead and meta.byline and meta.byline < extracted:
        extracted = meta.byline  # the masthead's day (the day the page was saved), not the story's
    if extracted and opening and opening < extracted:
        extracted = opening
    if extracted and extracted.endswith("-01-01") and not meta.states_new_years_day:
        extracted = None  # the extractor's guess from a year alone: the page states no day
    return extracted or (meta.stamped if meta.stamped not in meta.modified else None)
