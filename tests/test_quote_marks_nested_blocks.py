"""A quotation of several paragraphs that holds curly pairs of its own ("Harbor Plan",
"students.") stays one quotation: the inner pair closes nothing of it. Before
``quote_marks._first_outside_pairs`` and the paragraph-opening case of ``_nested`` a blog
post quoted that way (a tuning article's, BASIL) was no quotation at all, only its two inner
pairs were. The paragraphs below are written for this test in that shape."""

from __future__ import annotations

from conftest import quote_speakers
from newsfuse.crosscheck.quote_marks import quote_spans

POST = [
    "The Daily Ledger, in a response to the council's statement, writes about the trouble with "
    "ambush interviews, and argues that this new kind of \u201creporting\u201d is what has the "
    "mayor on edge:",
    "\u201cNow, the mayor\u2019s answer was only partly fair. She need not have walked away from "
    "the students who asked her the loaded question about her support of the \u201cHarbor "
    "Plan\u201d (to be honest, that sort of opening question comes straight from the school of "
    "gotcha interviews.)",
    "Yet we know little about these \u201cstudents.\u201d The video was posted under an account "
    "called RiverWatch99, and stranger still, the faces of the people asking the mayor questions "
    "are blurred.",
    "Which brings us back to the mayor\u2019s reply. Yes - she comes off as rude, but...who would "
    "not? Will it matter in May? Probably not.\u201d",
]


def test_an_inner_pair_leaves_the_block_quotation_open():
    text = POST[1]
    assert [(a, b, closed) for a, b, _, closed in quote_spans(text)] == [(1, len(text), False)]
    assert quote_spans(POST[2], continuing=True) == [(0, len(POST[2]), True, False)]


def test_the_block_quotation_runs_over_its_three_paragraphs_with_its_speaker():
    quotes = quote_speakers("\n\n".join(POST))
    text = next(t for t in quotes if t.startswith("Now, the mayor"))
    assert "these \u201cstudents.\u201d The video" in text and text.endswith(
        "Probably not.")
    assert quotes[text] == "Daily Ledger", quotes


def test_an_attributed_pair_after_an_open_quotation_is_a_quotation_of_its_own():
    text = ("\u201cWe will win this. \u201cThis is the moment,\u201d he said.")
    assert [text[a:b] for a, b, *_ in quote_spans(text)] == ["This is the moment,"]
