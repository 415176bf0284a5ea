"""Dates in lower-cased text the truecaser did not restore (Multi-News as shared, a report the
lowered detector misses or reads as another language): a month's name beside a day number is
read as a date whatever its case."""

from __future__ import annotations


def test_a_month_in_lower_case_beside_a_day_number_is_a_date():
    """A multinews_val report, lower-cased as shared: "filed suit against united on june 7",
    "on july 21, 2015, tigner was attempting": the month-day pattern read neither before."""
    from conftest import train_records
    from newsfuse.crosscheck.timeline import DAY_MONTH

    record = next(r for r in train_records(30) if r["id"] == "multinews-plus-val-44981")
    found = [m[0] for m in DAY_MONTH.finditer(record["documents"][0])]
    assert "june 7" in found and "july 21" in found


def test_may_and_march_before_a_day_number_in_lower_case_need_a_year():
    """Written after a number, "may" and "march" are words as often as months: "about 10 may
    have died" names no day, "5 may 2016" does; a capitalised month is read as before."""
    from newsfuse.crosscheck.timeline import DAY_MONTH

    assert DAY_MONTH.search("about 10 may have died") is None
    assert DAY_MONTH.search("3 march on the capital") is None
    assert DAY_MONTH.search("on 5 may 2016 the")[0] == "5 may"
    assert DAY_MONTH.search("on 10 May the")[0] == "10 May"
    assert DAY_MONTH.search("on 12 september the")[0] == "12 september"
