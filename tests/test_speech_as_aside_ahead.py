"""An "as" aside after a quotation that leads into the next clause ('... "only goal is to
protect [his] daughter." as we previously reported, the super-couple passed on a $4 million
payday') says where that clause comes from, not whose the quotation is
(``attribution._as_clause_ahead``); on main 1742088 the quote went to the "we" and was
withheld. An aside that closes the sentence still names the speaker.

The first paragraph is a fresh Multi-News cluster's (speaker_review seed 50, read draw,
multinews-plus-train-44153), as the review listed it; the second is written for the test."""

from __future__ import annotations

from conftest import quote_speakers as _speakers

KANYE = (
    "Photos: kanye west appears on season finale of kris jenner's talk show he told kris that "
    "her daughter, kim, \"is my joy and she brought my new joy into the world, \" and that his "
    "\"only goal is to protect [ his ] daughter. \" as we previously reported, the super-couple "
    "passed on a $ 4 million payday from an australian media outlet for rights to the first pics."
)


def test_an_as_clause_leading_into_the_next_clause_names_no_speaker():
    speakers = _speakers(KANYE)
    goal = next(text for text in speakers if text.startswith("only goal"))
    joy = next(text for text in speakers if text.startswith("is my joy"))
    assert speakers[goal] is not None and speakers[goal] == speakers[joy], speakers


def test_an_as_aside_closing_the_sentence_names_the_speaker():
    speakers = _speakers("Critics called the law \"a disaster for small farms,\" as Senator Ann "
                         "Holt put it on Tuesday.")
    assert speakers["a disaster for small farms,"] == "Ann Holt", speakers
