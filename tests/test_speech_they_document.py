"""A "they said" does not mean a single document that spoke before it: a filing or a memo is
an "it", and "they" are the people or bodies behind it. In a tuning article (BASIL), before
the number check in ``pronouns.pronoun_referent``, the quotation went to the "filing"; the
paragraphs below are written for this test in that shape."""

from __future__ import annotations

from newsfuse.analyze import analyze
from newsfuse.crosscheck.quotes import find_quotes
from newsfuse.readers.text import article_from_text


def test_they_after_a_document_that_spoke_is_not_the_document():
    cluster = analyze([article_from_text(
        "Story\n\n"
        "Mr. Varga gave \u201chelpful details\u201d about his meetings with \u201cofficials "
        "of the port authority\u201d in 2019 and 2020, the state inspector\u2019s filing "
        "said.\n\n"
        "That candour was a break from Mr. Varga\u2019s habit of evasion over his whole "
        "career, according to a second sentencing memo by county prosecutors, filed the same "
        "day as the inspector\u2019s. Moved by money, they said, "
        "he \u201coften bent the rules to help his own companies.\u201d", path=None)])
    quotes = {q["text"]: q["speaker"] or q.get("unconfirmed_speaker") for q in find_quotes(cluster)}
    given = next(s for t, s in quotes.items() if t.startswith("often bent"))
    assert given is None or "filing" not in given
