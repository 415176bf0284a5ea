"""An unnamed speaker's lone "one" is an indefinite article, not a count: "one woman in the
village told reporters" gives the woman, as "a woman" would (``speakers.noun_phrase``).
Sentences written for this test, and one of Multi-News train text: "one of the people said"
gives the group, not a bare "one"."""

from __future__ import annotations

from conftest import quote_speaker, quote_speakers, train_sentence


def _speaker(text: str, opening: str) -> str | None:
    return quote_speaker("Story\n\n" + text, opening)


def test_one_before_an_unnamed_speaker_is_an_article():
    assert _speaker("\"We were all asleep when the walls began to shake,\" one woman in the "
                    "village told reporters.", "We were all asleep") == "woman"


def test_a_count_above_one_stays():
    assert _speaker("\"The water came up to the second floor in minutes,\" two firefighters "
                    "at the scene told reporters.", "The water came") == "two firefighters"


def test_one_of_a_group_with_no_name_is_the_group():
    # Multi-News train text (lower-cased, capitals restored): a bare "one" told the reader
    # nothing; the group it is picked out of is all the text says of the speaker
    text = train_sentence(r'"[^"]{5,200}, " said one of the people\.', file="multinews_train.jsonl.gz")
    assert quote_speakers(text) == {"came from saudi arabia. It was a preplanned murder,": "one of the people"}


def test_one_of_them_stays_bare():
    # a pronoun group names no one: nothing to add to "one"
    assert _speaker("\"We will not leave,\" said one of them.", "We will not leave") == "one"
