"""Two apostrophes (or backticks) typed for a double quotation mark open or close a quotation
as the mark would: wire copy in the ECB+ stories writes "''The Persian Gulf is not deep
enough ..., "he was quoted as saying" (gold ecbplus-20b a10, a quotation no rule found before
``quote_marks.marks_text``) and "known as the ``bagman''"."""

from __future__ import annotations

from newsfuse.analyze import analyze
from newsfuse.crosscheck.quote_marks import marks_text, quote_spans
from newsfuse.crosscheck.quotes import find_quotes
from newsfuse.readers.text import article_from_text


def test_the_text_keeps_its_length_and_the_marks_stand_by_the_words():
    text = "''The bridge stays shut until spring, there's no way around that.''"  # written for this test
    assert len(marks_text(text)) == len(text)
    assert [text[a:b] for a, b, *_ in quote_spans(text)] == [
        "The bridge stays shut until spring, there's no way around that."]
    text = "LaRue was known as the ``bagman'' who delivered payoffs."
    assert [text[a:b] for a, b, *_ in quote_spans(text)] == ["bagman"]


def test_a_single_mark_beside_a_double_one_is_left_alone():
    text = "they were yelling, 'Oh, my God, there's three people shot! '''"
    assert marks_text(text).count('"') == 0


def test_a_quotation_opened_by_two_apostrophes_gets_its_speaker():
    cluster = analyze([article_from_text(
        "Story\n\nMehdi Zareh, director of the seismological center in Tehran, dismissed concerns "
        "that the earthquake would cause tsunamis, IRNA reported.\n''The Persian Gulf is not "
        "deep enough so that we can expect tsunamis, \"he was quoted as saying.", path=None)])
    speakers = {q["text"]: q["speaker"] for q in find_quotes(cluster)}
    given = next(s for t, s in speakers.items() if t.startswith("The Persian Gulf"))
    assert given == "Mehdi Zareh"
