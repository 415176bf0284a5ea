"""Two apostrophes (or backticks) typed for a double quotation mark open or close a quotation
as the mark would: wire copy writes "''The lake is not high enough ..., "he was quoted as
saying" (a quotation no rule found before ``quote_marks.marks_text``) and "known as the
``fixer''". Every sentence here is written for these tests."""

from __future__ import annotations

from newsfuse.analyze import analyze
from newsfuse.crosscheck.quote_marks import marks_text, quote_spans
from newsfuse.crosscheck.quotes import find_quotes
from newsfuse.readers.text import article_from_text


def test_the_text_keeps_its_length_and_the_marks_stand_by_the_words():
    text = "''The bridge stays shut until spring, there's no way around that.''"
    assert len(marks_text(text)) == len(text)
    assert [text[a:b] for a, b, *_ in quote_spans(text)] == [
        "The bridge stays shut until spring, there's no way around that."]
    text = "The clerk was known as the ``fixer'' who settled the debts."
    assert [text[a:b] for a, b, *_ in quote_spans(text)] == ["fixer"]


def test_a_single_mark_beside_a_double_one_is_left_alone():
    text = "the crowd kept shouting, 'Get back, there's a second wall coming down! '''"
    assert marks_text(text).count('"') == 0


def test_a_quotation_opened_by_two_apostrophes_gets_its_speaker():
    cluster = analyze([article_from_text(
        "Story\n\nTomas Reyvik, head of the regional water board in Almora, dismissed fears "
        "that the storm would flood the valley, the local radio reported.\n''The lake is not "
        "high enough so that we can expect a flood, \"he was quoted as saying.", path=None)])
    speakers = {q["text"]: q["speaker"] for q in find_quotes(cluster)}
    given = next(s for t, s in speakers.items() if t.startswith("The lake is not"))
    assert given == "Tomas Reyvik"
