"""A picture's credit or caption run into a name, as page text flattened into one paragraph
gives it, is no part of the name (``names._after_credit``), nor is the word a possessive mark
was typed against (``names._GLUED_POSSESSIVE``). The passages are fresh Multi-News
text of speaker_review's read draws: seed 56 printed the speaker "patrick t. Fallon/bloomberg
sheryl sandberg", seed 70 "photo: burger king ) burger king"."""

from __future__ import annotations

import pytest

from conftest import quote_speakers, speaker_opening
from newsfuse.crosscheck.names import clean_name

SANDBERG = ("Sheryl sandberg credit: patrick t. Fallon/bloomberg sheryl sandberg says she's "
            "personally offended by the anti-semitic ads that were created on facebook last week. "
            "\" hate has no place on facebook — and as a jew, as a mother, and as a human being, i "
            "know the damage that can come from hate, \" sandberg said in a facebook post that went "
            "up wednesday afternoon.")
BURGER_KING = ("Buzz60 burger king has a new sandwich for halloween. ( photo: burger king ) burger "
               "king says its new sandwich is \" clinically proven to induce nightmares. \"")


@pytest.mark.parametrize("text, opening, speaker", [
    (SANDBERG, "hate has no place", "sheryl sandberg"),
    (BURGER_KING, "clinically proven", "burger king"),
])
def test_a_credit_run_into_a_name_is_no_part_of_it(text, opening, speaker):
    speakers = quote_speakers(text)
    said = speaker_opening(speakers, opening)
    assert (said or "").lower() == speaker, speakers


@pytest.mark.parametrize("name", ["AC/DC", "Jan Thijs/Paramount Pictures", "Smith (R-Texas)"])
def test_a_name_with_nothing_after_a_credit_stays(name):
    assert clean_name(name) == name


def test_a_possessive_typed_against_the_next_word_ends_the_name():
    # speaker_review seed 70 (read draw): the article's first words, flattened page text, made
    # "David h. Petraeus'speech" the fullest form of the name, and three quotes printed it
    speakers = quote_speakers(
        "Retired gen. David h. Petraeus'speech tuesday, at a usc dinner honoring veterans and rotc "
        "students, is the first step in what appears to be a carefully choreographed comeback "
        "attempt. Petraeus noted that \" life doesn't stop with such a mistake. It can and must go "
        "on. \"")
    said = speaker_opening(speakers, "life doesn't stop")
    assert (said or "").lower() == "david h. petraeus", speakers  # capitals restored or not
