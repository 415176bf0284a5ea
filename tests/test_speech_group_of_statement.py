""""the group said" in a sentence whose adverbial names the statement's issuer ('In a
statement from the Harbour Trust, the group said ...') is the issuer's: the writer does not
name the body twice, "the" and the kind of body point back to it
(``speakers._body_of_document``). The sentences are written for these tests; the first two
fail with that reading off."""

from __future__ import annotations

import pytest

from conftest import quote_speakers as _speakers

WORDS = "no longer safe for visitors."


@pytest.mark.parametrize("opening", [
    "In a statement from the Harbour Trust, the group said",
    "In a statement released by the Harbour Trust on Monday, the charity said",
])
def test_the_body_is_the_statements_issuer(opening):
    speakers = _speakers(f'{opening} the pier was "{WORDS}"')
    assert speakers[WORDS] == "Harbour Trust", speakers


def test_a_persons_statement_makes_no_body_of_her():
    speakers = _speakers("In a statement from Mayor Linda Ferris, the group said the pier was "
                         f'"{WORDS}"')
    assert speakers[WORDS] != "Linda Ferris", speakers
