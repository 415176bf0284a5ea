"""The subject of a passive verb whose complement is the verb of saying speaks ('"...," Mr.
Netanyahu is shown saying'): in the active the speaker is the object ('the ad shows Netanyahu
saying'), so the passive subject says the words. The paragraphs follow a tuning article
(gold basil-b4dbeda7 a3), where the quotation went to "new advertisement", carried from the
paragraph before, because the verb of saying had no active subject."""

from __future__ import annotations

from conftest import quote_speakers as _speakers


def test_the_passive_subject_of_shown_saying_speaks():
    speakers = _speakers(
        "A new advertisement that will run in Florida uses a news clip of Prime Minister "
        "Benjamin Netanyahu of Israel warning of the risks of a nuclear Iran.\n\n"
        "\u201cThe fact is that every day that passes, Iran gets closer and closer to nuclear "
        "arms,\u201d Mr. Netanyahu is shown saying.")
    given = next(s for t, s in speakers.items() if t.startswith("The fact is"))
    assert given == "Benjamin Netanyahu"


def test_an_active_subject_still_speaks():
    speakers = _speakers(
        "\u201cThe fact is that every day that passes, Iran gets closer and closer to nuclear "
        "arms,\u201d the narrator says, showing Mr. Netanyahu.")
    given = next(s for t, s in speakers.items() if t.startswith("The fact is"))
    assert given != "Benjamin Netanyahu"
