"""Short quoted terms that no one is said to have said, on real text of T47 stories: a term
modifying a noun inside a participle clause the writer hangs on a verb of saying ('the Board
of Elections acknowledged a "discrepancy" ..., showing 135,000 "test" votes had been added'),
and a term whose only would-be speaker is a word asking whether anyone did a thing ('Did the
federal government infiltrate any of the so-called "militia" organizations claimed to be
...?')."""

from __future__ import annotations

from conftest import quote_speakers, story_sentence


def test_term_in_a_participle_clause_is_the_writers():
    text = story_sentence("allsides-5906", r"The New York City mayoral election was thrown[^\n]*",
                          file="allsides_2021a.jsonl")
    speakers = quote_speakers(text)
    assert "test" not in speakers, speakers
    assert speakers.get("discrepancy") == "Board of Elections", speakers


def test_any_names_no_speaker():
    text = story_sentence("allsides-5942", r"The Democrat from Minnesota\s+asked[^\n]*",
                          file="allsides_2021a.jsonl")
    speakers = quote_speakers(text)
    assert speakers.get("militia") is None, speakers
