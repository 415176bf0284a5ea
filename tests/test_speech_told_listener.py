"""A "she said" after a sentence in which one person tells, asks or meets another says
nothing of the first one's gender: the listener may be the one who answers. Before, the
quotation's pronoun made the teller a woman ("Peter Brandt told Anna Kowalski ..." /
'"...," she said'), and the quotation went to him. The sentences are written for these
tests; the first fails with the object check of ``names._quoted_next`` off."""

from __future__ import annotations

from conftest import quote_speakers as _speakers

WORDS = "It will not work this winter,"


def test_the_one_told_may_answer():
    speakers = _speakers("Peter Brandt told Anna Kowalski that the plan would fail.\n\n"
                         f'"{WORDS}" she said.')
    assert speakers[WORDS] == "Anna Kowalski", speakers


def test_the_teller_still_answers_when_the_pronoun_fits_only_them():
    speakers = _speakers("Anna Kowalski told Peter Brandt that the plan would fail.\n\n"
                         f'"{WORDS}" she said.')
    assert speakers[WORDS] == "Anna Kowalski", speakers


def test_an_owner_in_the_reported_clause_is_no_listener():
    # 'Harlow's' stands in what the lawyer said: the "he" is still the lawyer's
    speakers = _speakers("Defence lawyer Marc Delorme said Harlow's sentence will seem small.\n\n"
                         f'"{WORDS}" he said outside court.')
    assert speakers[WORDS] == "Marc Delorme", speakers
