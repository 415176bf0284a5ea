"""A verb of saying in a relative clause tells what its noun is, not who says words outside
that clause: in 'The bill, which Senator Hale wrote last spring, is "a gift to ..."' Hale wrote
the bill, and the quoted words are someone else's (``attribution.attribute``). Sentences
written for this test; it fails when the relative clause's subject is given."""

from __future__ import annotations

from conftest import quote_speakers as _speakers


def test_a_verb_of_saying_in_a_relative_clause_does_not_attribute_the_main_clause():
    speakers = _speakers("The bill, which Senator Robert Hale wrote last spring, is \"a gift "
                         "to the largest donors of both parties and nothing more.\"")
    got = next(s for t, s in speakers.items() if t.startswith("a gift to the largest"))
    assert got != "Robert Hale"


def test_a_relative_clause_that_holds_the_words_still_attributes_them():
    speakers = _speakers("Senator Robert Hale, who wrote on Monday that the bill was \"a gift "
                         "to the largest donors of both parties,\" voted against it.")
    got = next(s for t, s in speakers.items() if t.startswith("a gift to the largest"))
    assert got == "Robert Hale"
