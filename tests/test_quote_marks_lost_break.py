"""A paragraph break lost inside a quotation ('... of which we've completed about two-thirds.
"We've had about 800 volunteers ...," Ms Goodin said.': a report stored on one line, its
paragraphs joined by spaces): the mark that reopened the quotation on the next paragraph is read
as opening it again (``quote_marks.lost_break``), not as closing the quotation, which turned
every later pair of the line inside out, quoting the narration and losing the quotations. Real
ABC text of a tuning story (gold/lee-abc, read through conftest.story_sentence, which
refuses every story a frozen or validation record names)."""

from __future__ import annotations

from conftest import story_sentence

from newsfuse.analyze import analyze
from newsfuse.crosscheck.quote_marks import quote_spans
from newsfuse.crosscheck.quotes import find_quotes
from newsfuse.readers.text import article_from_text

LEE = "gold/lee-abc/stories.jsonl"  # the ABC items; lee-23 is a tuning story
CALLS = r'[^"]*"We\'ve had about 5,000 calls for help.*'


def _quoted(text: str) -> list[tuple[str, bool]]:
    return [(text[a:b].strip(), closed) for a, b, _, closed in quote_spans(text)]


def test_the_reopening_mark_of_a_lost_paragraph_opens_the_next_quotation():
    line = story_sentence("lee-23", CALLS, file=LEE)
    quoted = _quoted(line)
    assert [q[:28] for q, _ in quoted] == ["We've had about 5,000 calls ", "We've had about 800 voluntee"]
    assert [closed for _, closed in quoted] == [False, True]
    assert "Ms Goodin said" not in " ".join(q for q, _ in quoted)


def test_the_same_paragraphs_with_their_break_read_alike():
    line = story_sentence("lee-23", CALLS, file=LEE)
    cut = line.index('"We\'ve had about 800')
    first, second = line[:cut].rstrip(), line[cut:]
    assert [q for q, _ in _quoted(first)] + [q for q, _ in _quoted(second)] == [q for q, _ in _quoted(line)]


def test_the_quotation_after_the_lost_break_is_found_with_its_speaker():
    cluster = analyze([article_from_text("Storm\n\n" + story_sentence("lee-23", CALLS, file=LEE), path=None)])
    speakers = {q["text"]: q["speaker"] for q in find_quotes(cluster)}
    volunteers = [t for t in speakers if t.startswith("We've had about 800 volunteers")]
    assert volunteers and all("Goodin" in (speakers[t] or "") for t in volunteers)
