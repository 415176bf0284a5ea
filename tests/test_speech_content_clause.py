"""A "that" clause right after a noun of saying (and the phrase hung on it) gives that noun's
content, so the quotation inside it is the words of whoever owns the noun: 'attacked the mayor
for his claims in the press that there was "..."' (``attribution._content_of``). The parser
may hang such a clause on the sentence's verb; before the rule the quotation then had no
speaker. Sentences written for this test in the shape of a tuning article (BASIL)."""

from __future__ import annotations

from conftest import article_quotes, quote_speaker


def test_a_claim_that_holds_the_words_is_its_owners():
    text = ("Council members demand chair resign\n\n"
            "In a letter signed by every member of the opposition, the councillors attacked "
            "Mayor Alan Ruiz for his claims in the press that there was \"clear proof of "
            "fraud\" in the tender for the new bridge. They repeated the demand at a heated "
            "meeting on Thursday.")
    assert quote_speaker(text, "clear proof") == "Alan Ruiz"


def test_a_that_clause_after_another_noun_is_no_ones_words():
    text = ("Bridge vote\n\n"
            "The councillors attacked Mayor Alan Ruiz after the vote that there was \"clear "
            "proof of fraud\" in the tender for the new bridge.")
    given = [q["speaker"] for q in article_quotes(text) if q["text"].startswith("clear proof")]
    assert given in ([], [None])
