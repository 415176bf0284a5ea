"""Dates as ISO strings: page metadata, date lines under a headline, dates in JSON.

Kept small and strict on purpose: a lenient parser finds "dates" in ordinary words, and a
wrong publication date would move every relative date in the timeline.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from datetime import date, datetime

# the months' names in full, lower case, January first
MONTHS = ("january february march april may june july august september october "
          "november december").split()
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# a month's name as a word: in full or abbreviated ("Sept", "Dec"), lower case, no dot
MONTH_WORDS = frozenset(MONTHS) | {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
                                   "oct", "nov", "dec"}
# a month's name as news capitalises it, in full or abbreviated ("Sept.", "Dec"): a pattern
# to build date patterns from (the timeline's and clean.py's)
MONTH_NAME = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
              r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
# a year written in figures, 1800 to 2099: a pattern to build year patterns from (where a
# figure is a year, what a figure's scope dates it to)
YEAR_DIGITS = r"(?:1[89]|20)\d\d"
# The years a report's date can fall in. Outside them a date is a placeholder, not when a page
# was written: "0001-01-01" is Go's and .NET's zero time, "9999-12-31" a "never" sentinel, both
# found in page metadata; as a publication date 9999-12-31 overflowed the timeline's day
# arithmetic ("internal error: OverflowError: date value out of range").
FIRST_YEAR, LAST_YEAR = 1800, 2199
_MONTH_RE = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# a clock time as date lines print it, also as text re-joined from tokens writes it: "12:12 AM",
# "4: 00am", "10.21 GMT", "2: 47pm"
_CLOCK = r"\d{1,2}\s?[:.]\s?\d{2}"
_DATE_LINE = re.compile(
    rf"^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?"
    rf"(?:{_MONTH_RE}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH_RE},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}(?=T\d|[\s,|]|$))"
    # then, if anything, the time (after a space, comma, bar or dash, or ISO's "T") or an
    # update note: "| 4: 00am", "-- Updated 1821 GMT (0221 HKT)", "T10:00:00Z"
    rf"(?:(?:[\s,|\u2013\u2014-]+(?:at\s+)?|T){_CLOCK}.*|[\s,|\u2013\u2014-]+updated\b.*)?$",
    re.I,
)


_LEADING_DATELINE = re.compile(
    rf"^(?i:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?((?i:{_MONTH_RE})\s+\d{{1,2}},?\s+\d{{4}})\s*(?=[A-Z\"“])")


def split_leading_date(line: str) -> tuple[str | None, str]:
    """``Thursday, March 9, 2006Through a benefit concert...`` -> ("2006-03-09", "Through a benefit concert...").

    Wiki and wire pages often glue the date line onto the first paragraph when scraped.
    """
    m = _LEADING_DATELINE.match(line)
    if not m:
        return None, line
    return normalise_date(m.group(1)), line[m.end():]


# a page stamp whose date is written in figures: "First Posted: 09 / 14 / 12 05:31 PM ET" (a
# HuffPost stamp in text re-joined from tokens), "Posted: 10/25/2011"; it opens the line or a
# bracket, like the stamps the timeline reads with their months in words
_IN_FIGURES = r"(\d{1,2})\s?/\s?(\d{1,2})\s?/\s?(\d{4}|\d{2})"  # first, second, year: ``_one_day``
# (the colon optional after one run of space, "\s*(?::\s*)?": as "\s*:?\s*" a long run after
# "Posted" that no date follows was tried split at every place, seconds for a padded line)
_NUMERIC_STAMP = re.compile(r"(?:^|[(\[|])\s*(?:first\s+|last\s+|originally\s+)?(?:posted|published|updated)\s*(?::\s*)?(?:on\s+)?"
                            + _IN_FIGURES + r"\b", re.I)


# days from a date the story states within which a reading of a date in figures is the story's
NEAR_DAYS = 31


def numeric_stamp(line: str, near: Collection[date] = ()) -> str | None:
    """The day of a page stamp written in figures, as ISO; None when there is none or when it
    reads as two different days (05/06/12: May 6 in American order, June 5 in British) and
    ``near`` does not tell which (``_one_day``)."""
    m = _NUMERIC_STAMP.search(line)
    return _one_day(m, near) if m else None


def _one_day(m: re.Match, near: Collection[date] = ()) -> str | None:
    """The day of a date in figures matched as (first, second, year), as ISO; None when it
    reads as two different days, month first and day first, unless one of them alone lies
    within ``NEAR_DAYS`` of a day in ``near`` (the dates the rest of the story states:
    "UPDATED 05 / 03 / 2013" among reports of May 2 and 3, 2013, is May 3, not March 5)."""
    first, second, year = int(m[1]), int(m[2]), int(m[3])
    if year < 100:
        year += 2000 if year < 50 else 1900
    readings = {_safe(year, first, second), _safe(year, second, first)} - {None}
    if len(readings) > 1 and near:
        readings = {r for r in readings
                    if any(abs((date.fromisoformat(r) - d).days) <= NEAR_DAYS for d in near)}
    return readings.pop() if len(readings) == 1 else None


_STAMP_OPENING = re.compile(r"^\s*(?:first\s+|last\s+|originally\s+)?(?:published|posted|updated)\b\s*:?\s*(?:on\s+)?"
                            rf"(?:(?:at\s+)?{_CLOCK}\s*(?:[ap]\.?\s?m\.?)?\s*(?:[A-Z]{{2,4}}\b)?[\s,]*)?", re.I)


def stamp_line(line: str, near: Collection[date] = ()) -> str | None:
    """The day of a line that is only the page's date, as ISO: a date line ("TUESDAY, MAY 13,
    2014, 11:07 PM"), the same after "Published", "Posted" or "Updated" ("Published: May 15,
    2014 8:21 AM", "UPDATED: 18:32 GMT, 9 May 2014"), or a stamp in figures; else None. A
    stamp in figures that reads as two days is read by the days of ``near`` (``_one_day``)."""
    opening = _STAMP_OPENING.match(line)
    return parse_date_line(line[opening.end():] if opening else line) or numeric_stamp(line, near) \
        or _only_dates(line, near)


# the words a page's date line puts around its date: the weekday, "at", the stamp's own words;
# a clock time and the zone right after it are cut out before the words are read ("Posted: Oct 14, 2007 7:35
# AM ET Last Updated: Oct 14, 2007 9:02 PM ET", "(9:14 am PDT, Aug 7th 2013)", "October
# 17th, 2007, 08:42 GMT", "Sunday, October 14-2007 at 15:26", "11 / 28 / 05")
_STAMP_WORDS = frozenset("at first last originally posted published updated modified".split()) | frozenset(
    w for day in WEEKDAYS for w in (day, day[:3]))
_TIME_OF_DAY = re.compile(rf"{_CLOCK}(?:\s*[ap]\.?\s?m\b\.?)?(?:\s*\(?[A-Z]{{2,4}}\)?(?![\w]))?", re.I)
_NUMERIC_DATE = re.compile(r"(?<![\d/])" + _IN_FIGURES + r"(?![\d/])")


def _only_dates(line: str, near: Collection[date] = ()) -> str | None:
    """The earliest date of a short line that holds only dates and the words a page stamp puts
    around them, as ISO (a numeric date only when it reads as one day); else None. The earliest,
    since a page goes up before it is updated, whichever its stamp names first ("Updated: Dec
    2, 2015 Published: Nov 30, 2015"). Read word by word rather than by one pattern per
    layout: the layouts differ from site to site (an ordinal day, a time before the date, two
    stamps on one line), the words they use do not."""
    if len(line) > 100:
        return None
    found = list(full_date_spans(line))
    for m in _NUMERIC_DATE.finditer(line):
        day = _one_day(m, near)
        if day is None:
            return None
        found.append((m.start(), m.end(), day))
    if not found:
        return None
    found.sort()
    rest, cursor = [], 0
    for start, end, _ in found:
        rest.append(line[cursor:start])
        cursor = max(cursor, end)
    rest = _TIME_OF_DAY.sub(" ", " ".join(rest + [line[cursor:]]))
    words = [w.lower() for w in re.findall(r"[^\W\d_]+|\d+", rest)]
    if any(w not in _STAMP_WORDS for w in words):
        return None
    if len({day for _, _, day in found}) > 1 and not {"posted", "published", "updated"} & set(words):
        return None  # "March 3, 2015 - April 5, 2015": a span of days, not when the page went up
    return min(day for _, _, day in found)


def month_number(name: str) -> int | None:
    name = name.lower().rstrip(".")[:3]
    for i, m in enumerate(MONTHS, 1):
        if m.startswith(name):
            return i
    return None


def parse_date_line(line: str) -> str | None:
    """``Monday, March 6, 2006`` alone on a line -> ``2005-01-08``; anything else -> None."""
    line = line.strip()
    if len(line) > 60 or not _DATE_LINE.match(line):
        return None
    return normalise_date(line)


def normalise_date(value: str | None) -> str | None:
    """Any common absolute date string to ``YYYY-MM-DD``; None when it is not one."""
    if not value or not isinstance(value, str):
        return None
    value = value.strip()
    try:
        day = datetime.fromisoformat(value.replace("Z", "+00:00")).date()
        return day.isoformat() if FIRST_YEAR <= day.year <= LAST_YEAR else None
    except ValueError:
        pass
    m = re.search(r"(\d{4})-(\d{2})-(\d{2})", value)
    if m:
        return _safe(int(m[1]), int(m[2]), int(m[3]))
    value = re.sub(r"(?<=\d)(?:st|nd|rd|th)\b", "", value, flags=re.I)  # "September 18th, 2016"
    m = re.search(rf"({_MONTH_RE})\s+(\d{{1,2}}),?\s+(\d{{4}})", value, re.I)
    if m:
        return _safe(int(m[3]), month_number(m[1]), int(m[2]))
    m = re.search(rf"(\d{{1,2}})\s+({_MONTH_RE}),?\s+(\d{{4}})", value, re.I)
    if m:
        return _safe(int(m[3]), month_number(m[2]), int(m[1]))
    # year first is never ambiguous: "2016/09/18", "2016.9.18" (feeds and spreadsheet exports;
    # they were dropped, and with them the day every relative date counts from); tried last,
    # so a date a line names in words comes first
    m = re.search(r"(?<!\d)(\d{4})([/.])(\d{1,2})\2(\d{1,2})(?!\d)", value)
    if m:
        return _safe(int(m[1]), int(m[3]), int(m[4]))
    return None


_DAY_IN_FIGURES = re.compile(r"(\d{1,2})[./]\s?(\d{1,2})[./]\s?(\d{4})")


def written_day(text: str, language: str = "en") -> str | None:
    """The ISO day of a date as a page of ``language`` ("en", "de", "fr") writes it: ISO or
    English words (``normalise_date``), figures ("12.03.2020", "09/06/2021": day first in
    German and French; in English only when the two orders read as one day), or a German or
    French month's name ("9. Juni 2021", "13 mars 2020", read by dateparser); None for any
    other text."""
    day = normalise_date(text)
    if day:
        return day
    figures = _DAY_IN_FIGURES.fullmatch(text.strip())
    if figures:
        if language == "en":
            return _one_day(figures)  # 05/06/2021: May 6 or June 5
        return _safe(int(figures[3]), int(figures[2]), int(figures[1]))
    if language == "en":
        return None
    import dateparser

    found = dateparser.parse(text, languages=[language], settings={
        "DATE_ORDER": "DMY", "STRICT_PARSING": True, "TIMEZONE": "UTC"})
    return _safe(found.year, found.month, found.day) if found else None


def _safe(y: int, m: int | None, d: int) -> str | None:
    """The ISO day, or None when it is no day or falls outside FIRST_YEAR..LAST_YEAR."""
    if not FIRST_YEAR <= y <= LAST_YEAR:
        return None
    try:
        return date(y, m or 0, d).isoformat()
    except ValueError:
        return None


_FULL_DATE = re.compile(
    rf"\b(?:({_MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+|-)((?:19|20)\d{{2}})|"
    rf"(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RE}),?\s+((?:19|20)\d{{2}})|"
    rf"((?:19|20)\d{{2}})-(\d{{2}})-(\d{{2}}))\b", re.I)


def full_dates(text: str) -> list[str]:
    """Every complete date (day, month and year) written in ``text``, as ISO strings: the
    evidence of when an undated page was written (a photo caption's "Sept. 20, 2016")."""
    return [day for _, _, day in full_date_spans(text)]


def full_date_spans(text: str) -> list[tuple[int, int, str]]:
    """Every complete date in ``text`` with its offsets: (start, end, ISO string)."""
    out = []
    for m in _FULL_DATE.finditer(text):
        if m[1]:
            day = _safe(int(m[3]), month_number(m[1]), int(m[2]))
        elif m[5]:
            day = _safe(int(m[6]), month_number(m[5]), int(m[4]))
        else:
            day = _safe(int(m[7]), int(m[8]), int(m[9]))
        if day:
            out.append((m.start(), m.end(), day))
    return out


def parse_day(value) -> date | None:
    """The day an ISO date or timestamp opens with ("2016-09-18T10:00" -> 2016-09-18); None
    for anything else (a month or a year alone, "2016-09", no value). One reading for the
    corpus grouping's features and its evaluation, which read the same field of the same
    articles, and for the page a brief renders to, which places its timeline's days and
    prints a report's date by it."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
