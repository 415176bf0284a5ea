"""An unnamed speaker's lone "one" is an indefinite article, not a count: "one woman in the
village told reporters" gives the woman, as "a woman" would (``speakers.noun_phrase``).
Sentences written for this test; it fails when the "one" is kept."""

from __future__ import annotations

from conftest import quote_speaker


def _speaker(text: str, opening: str) -> str | None:
    return quote_speaker("Story\n\n" + text, opening)


def test_one_before_an_unnamed_speaker_is_an_article():
    assert _speaker("\"We were all asleep when the walls began to shake,\" one woman in the "
                    "village told reporters.", "We were all asleep") == "woman"


def test_a_count_above_one_stays():
    assert _speaker("\"The water came up to the second floor in minutes,\" two firefighters "
                    "at the scene told reporters.", "The water came") == "two firefighters"
