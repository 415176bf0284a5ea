"""What happened when: dated events across the cluster, on absolute dates.

News rarely prints full dates; it says "Saturday", "last Monday", "on Monday (12 September)".
Those only mean something against the day the article was written, so every resolved date
says which anchor it used: the article's own publication date when known, otherwise the
latest absolute date the cluster states (a publication date of another article or a full date
in the text), which is the best available guess at when the reports were written.

Precision matters more than recall: a wrong date in a timeline reads as fact. So only
expressions that name one day are resolved (a full or day-month date, a weekday, and
today/yesterday/tonight against a real publication date); durations ("five days"), vague
spans ("recent years", "this week") and ages are never turned into dates, and a weekday that
is part of a name ("Super Tuesday", "the Sunday Times") is left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from ..dates import month_number
from ..model import Cluster, Sentence
from ..similarity import content_overlap

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+((?:19|20)\d{2}))?"
_MDY = re.compile(rf"\b({_MONTH})\s+{_DAY}(?!\d|:|,\d|\.\d){_YEAR}\b")
_DMY = re.compile(rf"\b{_DAY}\s+(?:of\s+)?({_MONTH})(?![a-z]){_YEAR}\b")
_ISO = re.compile(r"\b((?:19|20)\d{2})([-/])(\d{1,2})\2(\d{1,2})\b")
_WEEKDAY = re.compile(
    r"\b(?:(last|next|this|late|early)\s+)?"
    r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:['’]s)?\b", re.I)
_RELATIVE = re.compile(r"\b(the day before yesterday|the day after tomorrow|today|tonight|yesterday|"
                       r"tomorrow|last night|this morning)(?:['’]?s)?\b", re.I)
# "(Published Wednesday, July 26, 2017)": a date stamp of the page, not an event
_STAMP = re.compile(r"\b(published|updated|posted|last modified|first published)\b[\s:,]*"
                    r"(?:on\s+)?(?:[A-Z][a-z]+,?\s+)?$", re.I)
# "the July 7 bombings", "the 7 July link": a yearless date naming an event, not dating one
_NAMING = re.compile(r"^\s+[a-z]+")
YEARLESS_AHEAD = 60  # days: a yearless date further ahead than this means last year's
# words that may sit before a weekday without making it part of a name
_LEADS = {"on", "last", "next", "this", "late", "early", "by", "since", "until", "from",
          "before", "after", "through", "and", "or", "but", "as", "at", "of", "the"}
# a modal or scheduling verb shortly before a weekday means the coming one, not the past one
_FUTURE = re.compile(r"\b(will|shall|going to|scheduled|set to|expected to|plans? to|planned|"
                     r"to be held|to begin|to start|to resume|won't)\b|'ll\b", re.I)
_CLAUSE_BREAK = re.compile(r";\s+|\s+--\s+|\s+[—–]\s+")

MERGE_COSINE = 0.72
MERGE_OVERLAP = 0.3


@dataclass
class Mention:
    """One date expression in one sentence, resolved to a day."""

    sentence: Sentence
    date: date
    anchor: str
    start: int  # offsets of the expression inside the sentence
    end: int
    expression: str


def _safe(y: int, m: int | None, d: int) -> date | None:
    try:
        return date(y, m or 0, d)
    except ValueError:
        return None


def _nearest_year(month: int, day: int, anchor: date) -> date | None:
    """A day-month date without a year means the one closest to the reporting date, but
    news looks back more often than ahead, so a far-future reading loses to last year's."""
    options = [d for d in (_safe(anchor.year + k, month, day) for k in (-1, 0, 1)) if d]
    options = [d for d in options if (d - anchor).days <= YEARLESS_AHEAD]
    return min(options, key=lambda d: abs((d - anchor).days)) if options else None


def _inside_quote(text: str, pos: int) -> bool:
    before = text[:pos]
    straight = before.count('"') % 2 == 1
    curly = before.count("“") > before.count("”")
    return straight or curly


def _part_of_name(text: str, start: int, end: int) -> bool:
    """A weekday glued to capitalised words is a name: "Super Tuesday", "Sunday Times"."""
    before = re.search(r"([A-Za-z]+)\W{0,2}$", text[:start])
    if before and before.group(1)[0].isupper() and before.group(1).lower() not in _LEADS:
        if text[:before.start()].strip():  # a capitalised word that does not start the sentence
            return True
    after = re.match(r"\s+([A-Za-z]+)", text[end:])
    if after and after.group(1)[0].isupper() and not month_number(after.group(1)) \
            and after.group(1).lower() not in WEEKDAYS:
        return True
    return False


@dataclass
class Anchor:
    """The day an article's relative dates count from, and why that day."""

    day: date
    label: str
    # weekday -> day, from "Monday (12 September)" elsewhere in the cluster; used only for an
    # article that has no date evidence of its own, whose real writing day may lie days
    # before the cluster's latest date
    pins: dict[int, tuple[date, str]]


PIN_WINDOW = 13  # a pinned weekday must fall within this many days before the cluster anchor


def _full_dates(texts) -> list[date]:
    return [d for t in texts for _, d, with_year, _ in _explicit(t, None) if with_year and d]


def _anchors(cluster: Cluster) -> dict[str, Anchor | None]:
    """Per article: the publication date, else the latest absolute date the cluster states.

    Lines that cleaning removed still count as evidence here: a wire photo caption ends with
    the day the picture was taken, which is the best clue to when an undated page was written.
    """
    own: dict[str, list[date]] = {}
    stamped: dict[str, date] = {}
    for a in cluster.articles:
        own[a.id] = _full_dates(a.removed)
    for s in cluster.sentences:
        own.setdefault(s.article, []).extend(_full_dates([s.text]))
        for (start, _), d, with_year, _ in _explicit(s.text, None):
            if d and with_year and _STAMP.search(s.text[max(0, start - 40):start]):
                stamped.setdefault(s.article, d)
    stated = [d for days in own.values() for d in days]
    stated += [date.fromisoformat(a.published) for a in cluster.articles if a.published]
    latest = max(stated) if stated else None

    pins: dict[int, set[tuple[date, str]]] = {}
    if latest:
        for s in cluster.sentences:
            for m in _WEEKDAY.finditer(s.text):
                for (ts, _), d, _, _ in _explicit(s.text, latest):
                    if d and m.end() <= ts <= m.end() + 4 and d.weekday() == WEEKDAYS.index(m[2].lower()) \
                            and 0 <= (latest - d).days <= PIN_WINDOW:
                        pins.setdefault(d.weekday(), set()).add((d, s.article))
    unique = {wd: next(iter(v)) for wd, v in pins.items() if len({d for d, _ in v}) == 1}

    out: dict[str, Anchor | None] = {}
    for a in cluster.articles:
        if a.published:
            out[a.id] = Anchor(date.fromisoformat(a.published), f"published {a.published}", {})
        elif a.id in stamped:
            day = stamped[a.id]
            out[a.id] = Anchor(day, f"published {day.isoformat()} (stated in the text)", {})
        elif latest:
            recent = any(0 <= (latest - d).days <= 7 for d in own.get(a.id, []))
            out[a.id] = Anchor(latest, f"latest date in cluster {latest.isoformat()}",
                               {} if recent else unique)
        else:
            out[a.id] = None
    return out


def _explicit(text: str, anchor: date | None):
    """(span, date, has_year, expression) for full and day-month dates in ``text``."""
    found = []
    for m in _ISO.finditer(text):
        found.append(((m.start(), m.end()), _safe(int(m[1]), int(m[3]), int(m[4])), True, m[0]))
    for rx, month_group, day_group, year_group in ((_MDY, 1, 2, 3), (_DMY, 2, 1, 3)):
        for m in rx.finditer(text):
            if any(s <= m.start() < e for (s, e), *_ in found):
                continue
            month, day = month_number(m[month_group]), int(m[day_group])
            if not month:
                continue
            if not m[year_group] and re.search(r"\bthe\s+$", text[:m.start()], re.I) \
                    and _NAMING.match(text[m.end():]):
                continue
            if m[year_group]:
                found.append(((m.start(), m.end()), _safe(int(m[year_group]), month, day), True, m[0]))
            elif anchor is not None:
                found.append(((m.start(), m.end()), _nearest_year(month, day, anchor), False, m[0]))
            else:
                found.append(((m.start(), m.end()), None, False, m[0]))
    return found


def _weekday_date(name: str, modifier: str | None, anchor: date, future: bool) -> date:
    target = WEEKDAYS.index(name.lower())
    back = (anchor.weekday() - target) % 7
    if modifier == "next" or (future and modifier != "last"):
        ahead = (target - anchor.weekday()) % 7
        if modifier == "next" and ahead == 0:
            ahead = 7
        return anchor + timedelta(days=ahead)
    if modifier == "last" and back == 0:
        back = 7
    return anchor - timedelta(days=back)


def _relative_date(word: str, anchor: date) -> date:
    word = word.lower()
    shift = {"the day before yesterday": -2, "yesterday": -1, "last night": -1, "tomorrow": 1,
             "the day after tomorrow": 2}.get(word, 0)
    return anchor + timedelta(days=shift)


def sentence_dates(sentence: Sentence, anchor: Anchor | None, published: bool) -> list[Mention]:
    """Every day-precise date expression in one sentence, resolved against ``anchor``."""
    text = sentence.text
    day = anchor.day if anchor else None
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for (s, e), d, with_year, expr in _explicit(text, day):
        taken.append((s, e))
        if d is None or _STAMP.search(text[max(0, s - 40):s]):
            continue
        out.append(Mention(sentence, d, "absolute" if with_year else anchor.label, s, e, expr))
    if day is None:
        return out
    named = {m[2].lower() for m in _WEEKDAY.finditer(text)}
    for m in _WEEKDAY.finditer(text):
        if len(named) > 2:
            break  # "Monday covers the preceding Friday, Saturday and Sunday": a schedule
        s, e = m.start(), m.end()
        # "Monday (12 September)", "Saturday, January 8, 2005": the explicit date wins
        if any(s <= ts < e + 4 or ts <= s < te for ts, te in taken):
            continue
        if not m[2][0].isupper() or _part_of_name(text, m.start(2), e):
            continue
        modifier = m[1].lower() if m[1] else None
        clause_start = max(text.rfind(ch, 0, s) for ch in ".;:!?")
        future = bool(_FUTURE.search(text[max(clause_start + 1, s - 80):s]))
        pin = anchor.pins.get(WEEKDAYS.index(m[2].lower()))
        if pin and modifier != "next" and not future:
            out.append(Mention(sentence, pin[0], f"{m[2].capitalize()} {pin[0].isoformat()} "
                                                 f"as stated in {pin[1]}", s, e, m[0]))
            continue
        out.append(Mention(sentence, _weekday_date(m[2], modifier, day, future), anchor.label,
                           s, e, m[0]))
    if published:
        for m in _RELATIVE.finditer(text):
            if _inside_quote(text, m.start()):
                continue  # "today" in a quote is the day the speaker spoke, not the article's
            out.append(Mention(sentence, _relative_date(m[1], day), anchor.label,
                               m.start(), m.end(), m[0]))
    return out


def dated_mentions(cluster: Cluster) -> list[Mention]:
    """All resolved dates, sentence by sentence; one per (sentence, day)."""
    anchors = _anchors(cluster)
    # today/yesterday only against a real publication date, never against a guessed anchor
    published = {k: bool(v and v.label.startswith("published")) for k, v in anchors.items()}
    out: list[Mention] = []
    for s in cluster.sentences:
        seen: set[date] = set()
        for m in sentence_dates(s, anchors.get(s.article), published.get(s.article, False)):
            if m.date not in seen:
                seen.add(m.date)
                out.append(m)
    return out


def _clause(m: Mention) -> str:
    """The part of a long sentence that holds the date: a timeline line should be short."""
    text = m.sentence.text
    if len(text.split()) <= 30:
        return text
    cuts = [0] + [x for b in _CLAUSE_BREAK.finditer(text) for x in (b.start(), b.end())] + [len(text)]
    for start, end in zip(cuts[::2], cuts[1::2]):
        if start <= m.start < end:
            piece = text[start:end].strip()
            return piece if len(piece.split()) >= 6 else text
    return text


def _same_event(a: Mention, b: Mention, cluster: Cluster) -> bool:
    sa, sb = a.sentence, b.sentence
    if sa.article == sb.article:
        return False
    pair = cluster.embeddings_for([sa.index, sb.index])
    cosine = float(pair[0] @ pair[1])
    return cosine >= MERGE_COSINE and content_overlap(sa, sb) >= MERGE_OVERLAP


def build_timeline(cluster: Cluster) -> list[dict[str, Any]]:
    """Dated events in date order, the same event on the same day merged across articles."""
    mentions = dated_mentions(cluster)
    cluster.embeddings_for([m.sentence.index for m in mentions])  # one encoder run for all
    by_date: dict[date, list[Mention]] = {}
    for m in mentions:
        by_date.setdefault(m.date, []).append(m)
    order = {a.id: n for n, a in enumerate(cluster.articles)}
    events: list[dict[str, Any]] = []
    for day in sorted(by_date):
        group = by_date[day]
        parent = list(range(len(group)))

        def root(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        for i in range(len(group)):
            for j in range(i + 1, len(group)):
                if _same_event(group[i], group[j], cluster):
                    parent[root(j)] = root(i)
        merged: dict[int, list[Mention]] = {}
        for i, m in enumerate(group):
            merged.setdefault(root(i), []).append(m)
        for members in merged.values():
            # the text of an original rather than of a copy, then the earliest article
            members.sort(key=lambda m: (m.sentence.article in cluster.copies,
                                        m.anchor != "absolute", order[m.sentence.article],
                                        m.sentence.position))
            lead = members[0]
            articles = sorted({m.sentence.article for m in members}, key=order.get)
            events.append({
                "date": day.isoformat(),
                "anchor": lead.anchor,
                "text": _clause(lead),
                "articles": articles,
                "mentions": [{"article": m.sentence.article, "sentence": m.sentence.position,
                              "expression": m.expression, "anchor": m.anchor} for m in members],
            })
    events.sort(key=lambda e: (e["date"], order[e["articles"][0]]))
    return events


