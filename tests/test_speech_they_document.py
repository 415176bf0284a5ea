"""A "they said" does not mean a single document that spoke before it: a filing or a memo is
an "it", and "they" are the people or bodies behind it. The paragraphs are a tuning article's
own (gold basil-c9e4d35f a1); before the number check in ``pronouns.pronoun_referent`` the
quotation went to "special counsel's filing"."""

from __future__ import annotations

from newsfuse.analyze import analyze
from newsfuse.crosscheck.quotes import find_quotes
from newsfuse.readers.text import article_from_text


def test_they_after_a_document_that_spoke_is_not_the_document():
    cluster = analyze([article_from_text(
        "Story\n\n"
        "Mr. Cohen provided \u201cuseful information\u201d about his contacts with \u201cpersons "
        "connected to the White House\u201d in 2017 and 2018, the special counsel\u2019s filing "
        "said.\n\n"
        "That truthfulness was a departure from Mr. Cohen\u2019s pattern of deception throughout "
        "his professional life, according to a separate sentencing memo by federal prosecutors "
        "in New York, filed at the same time as Mr. Mueller\u2019s. Driven by greed, they said, "
        "he \u201crepeatedly used his power and influence for deceptive ends.\u201d", path=None)])
    quotes = {q["text"]: q["speaker"] or q.get("unconfirmed_speaker") for q in find_quotes(cluster)}
    given = next(s for t, s in quotes.items() if t.startswith("repeatedly used"))
    assert given is None or "filing" not in given
