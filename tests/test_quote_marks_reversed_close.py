"""An opening curly mark typed where a quotation closes ('“Who will pay for the bridge?“ she
asked.'): set right after the quoted words' punctuation and before a space, it closes the
open quotation (``quote_marks._closes_reversed``). Before the rule the quotation ran on to the
next opening mark and swallowed its attribution. Written for this test in the shape of a
tuning article (BASIL)."""

from __future__ import annotations

from newsfuse.analyze import analyze
from newsfuse.crosscheck.quote_marks import quote_spans
from newsfuse.crosscheck.quotes import find_quotes
from newsfuse.readers.text import article_from_text


def test_a_reversed_mark_after_a_question_closes_the_quotation():
    text = "\u201cWho will pay for the bridge?\u201c she asked. \u201cNot the city.\u201d"
    assert [text[a:b] for a, b, *_ in quote_spans(text)] == ["Who will pay for the bridge?",
                                                              "Not the city."]


def test_a_mark_after_a_space_still_opens_a_quotation():
    text = "\u201cWe won,\u201d she said, \u201cand we earned it.\u201d"
    assert [text[a:b] for a, b, *_ in quote_spans(text)] == ["We won,", "and we earned it."]


def test_the_question_goes_to_the_one_who_asked_it():
    cluster = analyze([article_from_text(
        "Bridge meeting\n\n"
        "Councillor Maria Delgado spoke for an hour at the town meeting on Tuesday.\n\n"
        "\u201cWho will pay for the bridge?\u201c she asked. \u201cNot the city, and not the "
        "families who live by the river.\u201d", path=None)])
    quotes = {q["text"]: q["speaker"] for q in find_quotes(cluster)}
    assert quotes.get("Who will pay for the bridge?") == "Maria Delgado"
