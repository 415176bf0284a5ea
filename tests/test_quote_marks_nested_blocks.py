"""A quotation of several paragraphs that holds curly pairs of its own ("Obama Agenda",
"students.") stays one quotation: the inner pair closes nothing of it. The paragraphs are a
tuning article's own (gold basil-6b541575 a2); before ``quote_marks._first_outside_pairs``
and the paragraph-opening case of ``_nested`` the blog post Mediaite wrote was no quotation
at all, only its two inner pairs were."""

from __future__ import annotations

from newsfuse.analyze import analyze
from newsfuse.crosscheck.quote_marks import quote_spans
from newsfuse.crosscheck.quotes import find_quotes
from newsfuse.readers.text import article_from_text

POST = [
    "Mediaite, in a response to the Big Government post, writes about the problems with "
    "anonymous inflammatory assault interviews, and argues that it might be this new brand of "
    "\u201cjournalism\u201d that has Etheridge on edge:",
    "\u201cNow, Etheridge\u2019s actions are only partially defensible. He need not have gotten "
    "physical with the students who asked him the provocative question regarding his support of "
    "the \u201cObama Agenda\u201d (honestly, that sort of opening question is straight from the "
    "Jason Mattera school of inflammatory interview techniques.)",
    "But little is known about these \u201cstudents.\u201d The YouTube video is published under "
    "an account titled TonyManization, and even more damning is that the faces of the "
    "individuals asking the Congressman questions are blurred out.",
    "Which brings us back to Etheridge\u2019s response. Yeah - he comes off as a jerk, but...when "
    "in Rome. Will it be a big story? Probably not.\u201d",
]


def test_an_inner_pair_leaves_the_block_quotation_open():
    text = POST[1]
    assert [(a, b, closed) for a, b, _, closed in quote_spans(text)] == [(1, len(text), False)]
    assert quote_spans(POST[2], continuing=True) == [(0, len(POST[2]), True, False)]


def test_the_block_quotation_runs_over_its_three_paragraphs_with_its_speaker():
    cluster = analyze([article_from_text("Story\n\n" + "\n\n".join(POST), path=None)])
    quotes = {q["text"]: q["speaker"] for q in find_quotes(cluster)}
    text = next(t for t in quotes if t.startswith("Now, Etheridge"))
    assert "these \u201cstudents.\u201d The YouTube video" in text and text.endswith(
        "Probably not.")
    assert quotes[text] == "Mediaite"


def test_an_attributed_pair_after_an_open_quotation_is_a_quotation_of_its_own():
    text = ("\u201cWe will win this. \u201cThis is the moment,\u201d he said.")
    assert [text[a:b] for a, b, *_ in quote_spans(text)] == ["This is the moment,"]
