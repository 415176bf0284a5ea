"""The Python API's arguments, as a caller writes them."""

from __future__ import annotations

import pytest

import newsfuse


def test_sections_as_the_command_line_writes_them(example_paths):
    """Before: sections="claims" was read letter by letter ("unknown section 'c'")."""
    texts = [p.read_text() for p in example_paths[:2]]
    brief = newsfuse.brief([{"text": t} for t in texts], sections="overlap, entities", words=60)
    assert brief.entities and brief.overlap is not None and not brief.claims
    assert not newsfuse.brief([{"text": t} for t in texts], sections="none", words=60).entities


def test_words_must_be_a_number(example_paths):
    """Before: words="100" stopped inside the summary with a TypeError."""
    with pytest.raises(newsfuse.InputError, match="words: '100' is not a whole number"):
        newsfuse.brief([{"text": example_paths[0].read_text()}], words="100", sections=[])
