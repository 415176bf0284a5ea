"""A pronoun means someone named before it: the people its own sentence names between it and
a later quotation of that sentence are what it talks about, so they do not stand between it
and its referent (``speech.article_quotes``). Sentences written for this test; the test fails
when the mentions before the quotation, not before the pronoun, are read."""

from __future__ import annotations

from newsfuse.analyze import analyze
from newsfuse.crosscheck.quotes import find_quotes
from newsfuse.readers.text import article_from_text

TEXT = (
    "The singer called the mayor a liar, the lawyer, Tom Baker, wrote on Twitter.\n\n"
    "For Democrats worried about turnout, the problem is not just how the mayor has treated "
    "Baker. Since the 2016 campaign, Mayor John Smith has mocked at least six other people.\n\n"
    "He claimed the anchor had \"blood coming out of her eyes\" after a debate; said that Jim "
    "Lee lacked \"a serious look about him at all\"; and urged voters to \"check out a video "
    "of that awful man\" online.")


def _quotes(text: str) -> dict[str, dict]:
    cluster = analyze([article_from_text("Story\n\n" + text, path=None)])
    return {q["text"]: q for q in find_quotes(cluster)}


def test_a_person_named_after_the_pronoun_does_not_stand_between():
    quotes = _quotes(TEXT)
    for opening in ("a serious look", "check out a video"):
        q = next(q for t, q in quotes.items() if t.startswith(opening))
        assert q["speaker"] == "John Smith"
        # nobody fitting "he" is named between the pronoun and the mayor it continues
        assert q["attribution"] == "pronoun"

