"""An "I" outside quotation marks is the one who writes the article: '"Do you have a computer
I can use?" I asked.' after the woman at the hostel spoke went to "woman" on main 1742088, the
"I" read as a pronoun for the last speaker (``pronouns.pronoun_referent``).

The paragraph is a fresh Multi-News cluster's (speaker_review seed 50, read draw,
multinews-plus-train-575, a first-person account), as the review listed it."""

from __future__ import annotations

from conftest import quote_speakers

BOGOTA = (
    "Nine o ' clock on a friday night in an unfamiliar city, and i was marooned with two young "
    "boys. We would be sleeping on the streets for the night. \" i ' m sorry. There is no way "
    "you can stay in a hostel in bogotá without a passport, \" the woman said. \" it's a very "
    "strict rule and no hostel will let you stay. \" i was stranded in bogotá, colombia with my "
    "two children and no place to sleep. \" do you have a computer i can use? \" i asked."
)


def test_the_writers_i_is_no_one_named_before():
    speakers = quote_speakers(BOGOTA)
    asked = next(text for text in speakers if text.startswith("do you have a computer"))
    assert speakers[asked] is None, speakers
    # the woman's own words stay hers
    assert any(s == "woman" for s in speakers.values()), speakers
