"""A finite verb of saying the parser joins to an earlier verb with no "and", "but" or comma
between them opens a clause of its own: the noun phrase right before it is its subject
(``speakers._subject_before_unjoined``). Sentences written for this test."""

from __future__ import annotations

from conftest import quote_speakers as _speakers


def test_the_phrase_before_an_unjoined_verb_of_saying_speaks():
    speakers = _speakers(
        "Senator Mary Smith spoke on Monday. Smith sought to clarify her views after a survey "
        "in Ohio said she \"backs higher taxes on farms.\"")
    assert speakers["backs higher taxes on farms."] == "survey"


def test_a_verb_joined_by_and_keeps_the_first_verbs_subject():
    speakers = _speakers(
        "Senator Mary Smith spoke on Monday. Smith met farmers in Ohio and said she \"backs "
        "lower taxes on farms.\"")
    assert speakers["backs lower taxes on farms."] == "Mary Smith"
