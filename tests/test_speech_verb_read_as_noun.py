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


MUGS = "We need fewer mugs and a lot more plates,"


def test_a_name_and_its_verb_read_as_a_noun_after_the_quotation_speak():
    # '"...," Nora mutters' parses "Nora mutters" as one noun phrase: the closing slot
    # still gives the words to the name
    speakers = _speakers("Nora Quinn and Tess Quinn own a shop in Galway. \"Trade is slow,\" "
                         "Tess said.\n\n"
                         f'"{MUGS}" Nora mutters.')
    assert speakers[MUGS] == "Nora Quinn", speakers


def test_inside_brackets_after_a_clause_that_names_two_people_too():
    speakers = _speakers("Nora Quinn and her sister Tess Quinn own a shop in Galway.\n\n"
                         "One scene in which Tess and Nora sort the shelves crackles with wit "
                         f'("{MUGS}" Nora mutters).')
    assert speakers[MUGS] == "Nora Quinn", speakers
