"""Quotations printed in single marks, in a paragraph with no double mark, each with its
attribution beside it ('...Center, ' her rep says', 'said: '...''): ``quote_marks.single_spans``.
Without an attribution words in single marks are a term or a nickname and stay unquoted. Text of
tuning articles (ECB+, ecbplus-1a and ecbplus-33b)."""

from __future__ import annotations

from newsfuse.crosscheck.quote_marks import quote_spans


def _quoted(text: str) -> list[str]:
    return [text[a:b] for a, b, *_ in quote_spans(text)]


def test_single_marks_with_the_attribution_after_them_quote():
    text = ("'Tara Reid has checked herself into the Promises Treatment Center, ' her rep says "
            "in a statement.")
    assert _quoted(text) == ["Tara Reid has checked herself into the Promises Treatment Center,"]
    text = ("'At the time, I thought it was a brick, but it was a bullet, ' Mrs Armstead said of "
            "her injury.")
    assert _quoted(text) == ["At the time, I thought it was a brick, but it was a bullet,"]


def test_single_marks_without_an_attribution_quote_nothing():
    # a nickname and an apostrophe, no verb of saying beside them
    assert _quoted("The host often dubbed 'El Rushbo' said nothing of it.") == []
    assert _quoted("It is one of just five 'deep sea' Roman vessels ever to be found.") == []
    assert _quoted("Locals call it 'The Big Dig' to this day.") == []


def test_double_marks_keep_their_reading():
    text = "\"I would be very careful,\" the host often dubbed 'El Rushbo' said."
    assert _quoted(text) == ["I would be very careful,"]


def test_a_single_marked_quotation_a_paper_reports_is_its_speakers():
    # ecbplus-33b: the parse hangs the quoted words on the paper's "reported"; the
    # commissioner's "said:" before them introduces them (``attribution._relayed_by``)
    from conftest import quote_speakers

    speakers = quote_speakers(
        "NYPD Commissioner Raymond Kelly said: 'We're certainly pleased with the fact that the "
        "investigation has identified Mr. Lopez and he's made statements and apparently made a "
        "full confession, ' the Daily News reported.")
    quoted = next(k for k in speakers if k.startswith("We're certainly pleased"))
    assert speakers[quoted] == "Raymond Kelly", speakers


def test_a_single_mark_typed_for_the_opening_of_a_double_marked_quotation():
    # BASIL tuning article (basil-6f95dcb9): the second quotation opens with a single mark and
    # closes with a double one at the paragraph's end (``quote_marks._single_opening``)
    text = ("\"One party will tax and spend,\" he added at another point. 'One party won't tax "
            "and will spend. It is both of them together.\"")
    assert _quoted(text) == ["One party will tax and spend,",
                             "One party won't tax and will spend. It is both of them together."]
    # a lone closing mark with no single mark opening a sentence before it opens nothing
    text = "The players' union, he said, was \"a disgrace.\" Then came the vote and the end.\""
    assert _quoted(text) == ["a disgrace."]
