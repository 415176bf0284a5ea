""""the GP told ..." with "GP" tagged as a name: the article also writes the word with "a"
("Jane Holt, a GP in the village"), which no name takes, so it is a role; the speaker is the
person at the role's last mention, else the one person the article is about, else the role as
written, never a name "GP" (``speakers._role_written_as_name``). "the FBI said" is still the
FBI. The sentences are written for these tests; the first two fail with that reading off."""

from __future__ import annotations

import pytest

from conftest import quote_speakers as _speakers

WORDS = "I did everything the guidelines asked,"


@pytest.mark.parametrize("text", [
    "Dr Jane Holt, a GP in the village, saw the patient three times last year.\n\n"
    f'"{WORDS}" the GP told the inquiry.',
    "Dr Jane Holt saw the patient three times last year. She has worked as a GP for twenty "
    f'years.\n\n"{WORDS}" the former GP told the inquiry.',
])
def test_a_role_written_with_a_is_the_person_given_it(text):
    assert _speakers(text)[WORDS] == "Jane Holt"


def test_a_name_no_a_goes_with_stays_a_name():
    speakers = _speakers('FBI Director Jane Doe spoke on Monday.\n\n"We are looking at every '
                         'lead," the FBI said.')
    assert speakers["We are looking at every lead,"] == "FBI", speakers
