""""the Briton said", "the Frenchman said": a noun for a person of a nation is no name
(the NER tags it PERSON or ORG as it pleases); it means the one person the article
introduced so ("Frenchman Luc Moreau", "Luc Moreau, a Frenchman"), else the person the
passage is about, as "the Romanian said" does. And "Frenchman Luc Moreau" is Luc Moreau.
The sentences are written for these tests; each fails with ``names.DEMONYMS`` empty."""

from __future__ import annotations

import pytest

from conftest import quote_speakers as _speakers

WORDS = "I did not expect to win today,"


@pytest.mark.parametrize("text, speaker", [
    ("British climber Tom Hale, 34, reached the summit on Tuesday.\n\n"
     f'"{WORDS}" the Briton said.', "Tom Hale"),
    ("Frenchman Luc Moreau won the stage by two seconds on Friday.\n\n"
     f'"{WORDS}" the Frenchman said.', "Luc Moreau"),
    ("Luc Moreau, a Frenchman who lives in Geneva, won the stage on Friday.\n\n"
     f'"{WORDS}" the Frenchman said.', "Luc Moreau"),
    ("Spaniard Carlos Vidal beat Frenchman Luc Moreau in the final on Sunday.\n\n"
     f'"{WORDS}" the Frenchman said.', "Luc Moreau"),
])
def test_the_demonym_is_the_person_introduced_so(text, speaker):
    assert _speakers(text)[WORDS] == speaker


@pytest.mark.parametrize("name", ["Finn Wolfhard", "Dane Cook"])
def test_a_given_name_spelled_as_a_nations_noun_stays_in_the_name(name):
    assert _speakers(f'"{WORDS}" {name} said on Monday.')[WORDS] == name
