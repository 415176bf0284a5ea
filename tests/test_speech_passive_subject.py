"""The subject of a passive verb whose complement is the verb of saying speaks ('"...," Mr.
Netanyahu is shown saying'): in the active the speaker is the object ('the ad shows Netanyahu
saying'), so the passive subject says the words. In a tuning article (BASIL) the
quotation went to the "advertisement", carried from the paragraph before, because the verb of
saying had no active subject; the paragraphs below are written for this test in that shape."""

from __future__ import annotations

from conftest import quote_speakers as _speakers


def test_the_passive_subject_of_shown_saying_speaks():
    speakers = _speakers(
        "A new television spot that will run in Iowa uses an old clip of President "
        "Anna Kovac of Croatia warning of the dangers of a drought.\n\n"
        "\u201cThe fact is that every year that passes, the rivers get lower and "
        "lower,\u201d Ms. Kovac is shown saying.")
    given = next(s for t, s in speakers.items() if t.startswith("The fact is"))
    assert given == "Anna Kovac", speakers


def test_an_active_subject_still_speaks():
    speakers = _speakers(
        "\u201cThe fact is that every year that passes, the rivers get lower and "
        "lower,\u201d the narrator says, showing Ms. Kovac.")
    given = next(s for t, s in speakers.items() if t.startswith("The fact is"))
    assert given != "Anna Kovac"
