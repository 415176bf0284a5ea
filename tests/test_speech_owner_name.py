"""A noun of saying owned by a proper noun holds a quotation after a colon ("Sokol's reply:
"..."") whatever the tagger calls the name (``attribution._owner``; spk38, from fresh
Multi-News text read by hand: bench/speaker_review.py, seed 31). The sentences are written for
these tests; the first fails without the rule (checked by switching it off)."""

from __future__ import annotations

from conftest import quote_speakers as _speakers


def test_reply_of_a_name_after_a_question():
    text = ("The interview aired on Thursday.\n\nDuring the interview, Becky Quick asked him, "
            '"If you had to do it over, would you change your mind?" Sokol\'s reply: "Knowing '
            'today what I know, I would do it differently."')
    assert _speakers(text)["Knowing today what I know, I would do it differently."] == "Sokol"


def test_a_day_owns_no_words():
    text = ("The court ruled on Friday.\n\n" 'Monday\'s statement: "We will appeal the decision."')
    assert _speakers(text).get("We will appeal the decision.") is None
