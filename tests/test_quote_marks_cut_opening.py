"""A paragraph whose first quotation mark closes a quotation, with the attribution right after
it, lost the mark that opened the quotation at its start: an excerpt cut in the middle of the
words. The attribution may describe the speaker before naming them ('," coach Tom Fuller
said', '," former Governor Ann Ross said') or describe them only ('," the coach said'); the
words before the mark are then the quotation, not the attribution after it.

The sentences are written for these tests; the first two and the last fail without the
lower-case words ``quote_marks._SAID_BEFORE`` reads before a name or after "the".
"""

from __future__ import annotations

import pytest

from conftest import quote_speakers as _speakers
from newsfuse.crosscheck.quote_marks import quote_spans


@pytest.mark.parametrize("text, words", [
    ('we played three games in five days," coach Tom Fuller said. "That is a lot."',
     "we played three games in five days,"),
    ('the vote was a mistake," the former governor said on Tuesday.',
     "the vote was a mistake,"),
    ('the vote was a mistake," Governor Ann Ross said on Tuesday.',
     "the vote was a mistake,"),
])
def test_the_words_before_a_closing_first_mark_are_quoted(text, words):
    spans = quote_spans(text)
    assert text[spans[0][0]:spans[0][1]] == words
    assert all("said" not in text[s:e] for s, e, *_ in spans)


def test_a_narrative_paragraph_with_an_odd_mark_is_left_alone():
    text = 'The coach called the loss "a lesson and said the team would recover.'
    assert quote_spans(text)[0][0] == text.index('"') + 1


def test_the_cut_quotation_goes_to_the_speaker_named_after_it():
    speakers = _speakers('we played three games in five days," coach Tom Fuller said. '
                         '"That is a lot."')
    assert speakers["we played three games in five days,"] == "Tom Fuller"
