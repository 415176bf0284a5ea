"""dateparser's reading of one date expression: the one call the timeline makes to it.

A module of its own, importing nothing of newsfuse's analysis, so that the helper process of a
cold brief (``newsfuse.sidecar``) can make the same readings without importing the timeline's
rules (and numpy with them); ``timeline.read_date`` keeps the readings of a brief.
"""

from __future__ import annotations

import threading
from datetime import date, datetime
from functools import lru_cache


@lru_cache(maxsize=64)
def _parser(prefer: str):
    """One dateparser per preference, built once: English only, and only the two parsers the
    expressions need. Its first reading still compiles, whatever the settings, the timezone
    regexes (both parsers pop a zone from every string they read; no setting skips that) and
    English's simplification and word-split regexes. The zone is named (UTC) rather than left
    "local": a reading counts from a noon base that carries no zone and keeps only its day, so
    no zone moves it, and naming one spares tzlocal's lookup of the machine's zone (about
    0.01 s of CPU on the first reading)."""
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings={
        "PREFER_DATES_FROM": prefer, "RETURN_TIME_AS_PERIOD": True, "TIMEZONE": "UTC",
        "PARSERS": ["relative-time", "absolute-time"], "STRICT_PARSING": False})


# one reading at a time: two briefs in threads of one process (the Python API) would otherwise
# read against each other's base day
_READING = threading.Lock()


ONE_DAY = ("day", "part_of_day")  # the readings a date expression is kept for


def reading(text: str, base: date, prefer: str, periods: tuple[str, ...] = ONE_DAY) -> date | None:
    """dateparser's reading of ``text`` against ``base``, kept only when the period it names is
    one of ``periods`` (one day, unless the caller moves a day by a span: "two days", "a week")."""
    parser = _parser(prefer)
    with _READING:  # the parser is shared, and its base is set per reading
        parser._settings.RELATIVE_BASE = datetime(base.year, base.month, base.day, 12)
        try:
            found = parser.get_date_data(text)
        except (ValueError, OverflowError):
            return None
    if found is None or found.date_obj is None or found.period not in periods:
        return None
    return found.date_obj.date()


WARM_UP = ("Saturday", date(2000, 1, 1), "current_period")  # the first reading compiles the rest
