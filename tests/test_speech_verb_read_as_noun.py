"""A verb of saying the tagger read as a plural noun before the colon or comma that opens a
quotation ('Fuller states: "..."' parsed as the noun phrase "Fuller states") still gives the
quotation to the name before it, when the article knows that name. The sentences are written
for these tests, each text read as one article."""

from __future__ import annotations

from conftest import quote_speakers as _speakers

WORDS = "The bridge stays shut until the spring."


def test_a_known_name_before_states_read_as_a_noun_speaks():
    speakers = _speakers("Mayor Tom Fuller wrote to the council on Monday.\n\n"
                         f'Fuller states: "{WORDS}"')
    assert speakers[WORDS] == "Tom Fuller", speakers


def test_after_an_opening_phrase_and_before_a_comma_too():
    speakers = _speakers("Mayor Tom Fuller wrote to the council on Monday.\n\n"
                         f'In the letter, Fuller notes, "{WORDS}"')
    assert speakers[WORDS] == "Tom Fuller", speakers


def test_a_place_named_states_is_no_speaker():
    speakers = _speakers("The city council met on Monday.\n\n"
                         f'United States: "{WORDS}"')
    assert speakers[WORDS] is None, speakers
