"""How a list of supporting articles reads: copies are shown with their original, not as
independent confirmation ("a3 (copied by a5)")."""

from __future__ import annotations

import re
from pathlib import PurePath
from typing import Iterable


def citation_labels(sources: Iterable[dict]) -> list[str]:
    """Labels for a summary sentence's sources, copies folded into their originals."""
    ids = [s["article"] for s in sources]
    copied_from = {s["article"]: s.get("copied_from") for s in sources}
    labels = []
    for a in ids:
        original = copied_from.get(a)
        if original and original in ids:
            continue  # shown beside its original
        copies = [c for c in ids if copied_from.get(c) == a]
        if copies:
            labels.append(f"{a} (copied by {', '.join(copies)})")
        else:
            labels.append(a)
    return labels


def independence_note(item: dict) -> str | None:
    """How many of a figure's or a quote's articles are independent reports, when a copy is
    among them ("1 independent report"), else None: two outlets printing one wire story are
    one source, and a table must not read as two reports confirming each other."""
    articles = item.get("articles") or []
    independent = item.get("independent")
    if isinstance(independent, int) and not isinstance(independent, bool) and \
            0 < independent < len(articles):
        return plural(independent, "independent report")
    return None


def article_list(item: dict, sep: str = " ") -> str:
    """A figure's or a quote's articles, with ``independence_note`` ("a3, a5 (1 independent
    report)"); a terminal table's narrow column takes the note on a line of its own."""
    note = independence_note(item)
    return ", ".join(item.get("articles") or []) + (f"{sep}({note})" if note else "")


def format_value(value: dict) -> str:
    """The figure as the report wrote it ("more than 100"; "dozens (at least 24)" where the
    words alone carry no number), else the normalised value ("at least 62", "60–83")."""
    expression = (value.get("expression") or "").strip()
    if expression[:2].istitle():  # "Up to 83" opened its sentence
        expression = expression[0].lower() + expression[1:]
    normalised = _normalised(value)
    if expression and any(ch.isdigit() for ch in expression):
        return expression
    if expression:
        return f"{expression} ({normalised})"
    return normalised


def _normalised(value: dict) -> str:
    v = value.get("value")
    q = value.get("qualifier", "exact")
    if isinstance(v, list) and len(v) == 2:
        return f"{_num(v[0])}–{_num(v[1])}"
    text = _num(v)
    return text if q == "exact" else f"{q} {text}"


def _num(v) -> str:
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return f"{v:,}" if isinstance(v, int) else str(v)


def plural(n: int, word: str, many: str | None = None) -> str:
    """``n`` and the word, in the plural (``many``, else the word and "s") unless it is one."""
    return f"{n} {word}" if n == 1 else f"{n} {many or word + 's'}"


def source_url(article: dict) -> str | None:
    """The article's web address when it is one a reader can open (http or https); other
    schemes (``javascript:``, ``file:``) are not shown as links."""
    url = (article.get("url") or "").strip()
    return url if url.lower().startswith(("http://", "https://")) and " " not in url else None


def source_path(article: dict) -> str | None:
    """An article's ``path`` as the JSON has it, for the sources of the Markdown and terminal
    reports: without it a reader could not tell which input ``a1`` is, nor match a store
    brief's reports (``path`` is the store's article key there) to the ids ``newsfuse stories``
    lists. Whole, not a file's name: a key of a line without an id is ``FILE:LINE``."""
    return (article.get("path") or "").strip() or None


# An untitled report's opening, as the sources table shows it: about a headline's length
OPENING_CHARACTERS = 48


def untitled_label(article: dict, text: str | None) -> str:
    """What the sources table names a report without a headline by: its first words, quoted
    and cut with "…" (as a feed reader shows an item with no title), else its file's name, else
    its link. A table only: the JSON's ``title`` stays null, since these words are no headline;
    the quotation marks say so where no italics show. The terminal showed the file's whole
    path, cut at the column's width ("../shared/examples/deir-ezzor-20…")."""
    opening = " ".join((text or "").split())
    if opening:
        if len(opening) > OPENING_CHARACTERS:
            cut = opening[:OPENING_CHARACTERS + 1]
            # at a space when the script has spaces, else at the limit (Chinese, Thai)
            cut = cut[:cut.rfind(" ")] if " " in cut else cut[:OPENING_CHARACTERS]
            opening = cut.rstrip(" ,;:–—-") + "…"
        return f"“{opening}”"
    path = (article.get("path") or "").strip()
    if path:
        return PurePath(path).name or path
    return source_url(article) or ""


def figure_tables(claims: list[dict]) -> list[tuple[str, list[dict]]]:
    """The figures section as tables, (title, groups) each, an empty one left out: the groups
    two or more reports give, disputed first, then the figures only one report gives. A reader
    compares the first; the second stays available, apart. The text and Markdown reports both
    show these, under these titles."""
    rank = {"disputed": 0, "agreed": 1}
    shared = sorted((c for c in claims if c.get("status") != "single"),
                    key=lambda c: rank.get(c.get("status"), 2))
    single = [c for c in claims if c.get("status") == "single"]
    return [(title, part) for title, part in (("Figures the reports share", shared),
                                              ("Figures only one report gives", single)) if part]


# the sections a reader looks for, and what each holds; overlap is left out: no copying
# between the reports is the usual case and says nothing missing
_LISTED = (("claims", "figures"), ("quotes", "quotes"), ("timeline", "dated events"),
           ("entities", "named entities"))


def nothing_found(brief) -> str | None:
    """One line naming the sections that were asked for and found nothing ("No figures, quotes
    or dated events found in this report."), for the reports that leave an empty section out
    rather than print a heading over nothing; without it a reader cannot tell "found nothing"
    from "not asked for" (a section not asked for is None, never an empty list)."""
    empty = [what for name, what in _LISTED if getattr(brief, name, None) == []]
    if not empty:
        return None
    listed = empty[0] if len(empty) == 1 else f"{', '.join(empty[:-1])} or {empty[-1]}"
    where = "this report" if len(brief.articles) == 1 else "these reports"
    return f"No {listed} found in {where}."


_PER_ITEM = re.compile(r"^(?P<label>.+?): (?P<verb>dropped|skipped), (?P<reason>.+)$")


def grouped_notes(warnings: list[str], shown: int = 3) -> list[str]:
    """The brief's warnings for a reader: more than ``shown`` articles dropped or skipped for
    one reason become one line naming the first few (a folder of 2,000 short files otherwise
    ends the report with hundreds of lines). The JSON brief keeps every warning."""
    groups: dict[tuple[str, str], list[str]] = {}
    order: list[tuple[str, str] | str] = []
    for w in warnings:
        m = _PER_ITEM.match(w)
        if not m:
            order.append(w)
            continue
        key = (m["verb"], m["reason"])
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(m["label"])
    out = []
    for item in order:
        if isinstance(item, str):
            out.append(item)
            continue
        labels = groups[item]
        if len(labels) <= shown:
            out.extend(f"{label}: {item[0]}, {item[1]}" for label in labels)
        else:
            out.append(f"{len(labels)} articles {item[0]}, {item[1]}: {', '.join(labels[:shown])} "
                       f"and {len(labels) - shown} more (the JSON brief names each)")
    return out


def how_dated(event: dict) -> str:
    """How the analysis dated an event, in words: the phrase, and what a relative one counts from."""
    phrases = []
    for m in event.get("mentions") or []:
        expr = m.get("expression") if isinstance(m, dict) else None
        if isinstance(expr, str) and expr.strip() and expr not in phrases:
            phrases.append(expr.strip())
    anchor = _counted_from_anchor(event)
    said = ", ".join(f"“{p}”" for p in phrases[:3])
    if said and anchor:
        return f"from {said}, counted from {anchor}"
    if said:
        return f"from {said}"
    return f"dated from {anchor}" if anchor else ""


def _counted_from_anchor(event: dict) -> str:
    """What a relative date was counted from ("Monday 2016-09-12 as stated in a4"), or "" for
    a day the report wrote out whole (anchor "absolute")."""
    anchor = str(event.get("anchor") or "").strip()
    return anchor if anchor.lower() != "absolute" else ""


def counted_from(event: dict) -> str:
    """``how_dated`` for an event whose day the report did not write out whole ("Monday",
    "12 September"), else "". The text and Markdown reports gave the day alone, so a reader
    could not tell a date a report states from one counted from a guess ("latest date in
    cluster", when no report is dated) or from another report; the JSON and the HTML page say it."""
    return how_dated(event) if _counted_from_anchor(event) else ""
