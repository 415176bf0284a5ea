"""The subject of "is hard to say", "was impossible to answer" is what the infinitive acts on,
not who speaks (``speakers._tough_infinitive``): 'a petition saying the question was
"impossible" to answer' gave the quoted word to "question" on main 1742088.

The sentence is a fresh Multi-News cluster's (speaker_review seed 50, read draw,
multinews-plus-train-25580), as the review listed it."""

from __future__ import annotations

from newsfuse.analyze import analyze
from newsfuse.crosscheck.quotes import find_quotes
from newsfuse.crosscheck.speakers import speech_subject
from newsfuse.readers.text import article_from_text

PETITION = ("Now almost 12,000 students have signed a petition saying the question was "
            "\"impossible\" to answer because they didn't know the word.")


def _cluster(text: str):
    return analyze([article_from_text("Story\n\n" + text, path=None)])


def _token(text: str, word: str):
    docs = next(iter(_cluster(text).docs.values()))
    return next(t for doc in docs for t in doc if t.lower_ == word)


def test_the_subject_of_a_tough_adjective_does_not_answer():
    assert speech_subject(_token(PETITION, "answer")) is None


def test_the_quoted_word_is_not_the_questions():
    quotes = find_quotes(_cluster(PETITION))
    assert all(q["speaker"] != "question" for q in quotes), quotes

