"""How the timeline calls dateparser: settings that make its readings cheaper, not different."""

from __future__ import annotations

from datetime import date

import dateparser.utils

from newsfuse.crosscheck import timeline
from newsfuse.crosscheck.timeline import dated_mentions


def test_readings_never_look_up_the_machines_zone(example_cluster, monkeypatch):
    # a reading counts from a noon base without a zone and keeps only the day, so the zone is
    # named (UTC) and tzlocal's lookup of the machine's zone is never paid for
    def looked_up():
        raise AssertionError("dateparser looked up the machine's zone")

    monkeypatch.setattr(dateparser.utils, "get_localzone", looked_up)
    timeline.read_date.cache_clear()
    try:
        saturday = {m.date for m in dated_mentions(example_cluster)
                    if "strikes occurred Saturday" in m.sentence.text}
        sunday = date(2016, 9, 18)
        readings = [timeline.read_date(text, sunday, prefer) for text, prefer in (
            ("yesterday", "current_period"), ("3 days ago", "current_period"),
            ("Tuesday", "future"), ("last Monday", "current_period"), ("Sept. 17 2016", "current_period"))]
    finally:
        timeline.read_date.cache_clear()
    assert saturday == {date(2016, 9, 17)}
    assert readings == [date(2016, 9, 17), date(2016, 9, 15), date(2016, 9, 20), date(2016, 9, 12),
                        date(2016, 9, 17)]
