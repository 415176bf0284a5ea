"""Who a quotation's words are when its own sentence names the source another way than a verb
of saying with the speaker as subject: "according to X" before a sentence whose verb of saying
has words of its own; "a statement released by X"; an "as X called it" or "as X put it" set
beside the quotation; a relative clause's "who called it so"; "in the words of X", "quoting
X"; a role's own reply ("the mayor's reply").

The sentences are written for these tests. Each test of a reading fails without its rule in
``attribution`` (``_says_its_own``, ``_released_by``, ``_naming_aside``, the relative pronoun
of a verb of naming in ``_governing_speaker``, ``_words_of``, a role noun in ``_owner``;
checked by disabling each); the others hold the readings the rules must leave alone.
"""

from __future__ import annotations

import pytest

from conftest import quote_speakers as _speakers

FORT = "The old harbour fort reopened on Sunday after a long restoration.\n\n"
COUNCIL = "The council met on Tuesday. Councillor Maria Lopez and Mayor James Carter spoke.\n\n"


CASES = [
    # "according to X" is not taken by the next sentence's verb with words of its own
    ("according", FORT + 'According to the city museum, "the collection of maps is the largest of '
     'its kind in the region." Collectors said the maps were rare.',
     "the collection of maps is the largest of its kind in the region.", "city museum"),
    # (a verb of saying in the quotation's own sentence still outranks "according to")
    ("according-kept", FORT + '"We rebuilt the north tower stone by stone," Maria Lopez said, '
     "according to the Harbour Gazette.", "We rebuilt the north tower stone by stone,",
     "Maria Lopez"),
    ("issued", FORT + "In a statement issued by the Harbour Trust on Monday, the restoration was "
     'described as "a triumph of patience and skill over many years."',
     "a triumph of patience and skill over many years.", "Harbour Trust"),
    # (who obtained a document did not issue it)
    ("obtained", FORT + "In a statement obtained by the Harbour Gazette on Monday, the restoration "
     'was described as "a triumph of patience and skill over many years."',
     "a triumph of patience and skill over many years.", None),
    ("as-called", "Peter Hall found the lost dog near the river on Sunday.\n\nBecause the \"kind "
     'stranger" - as Lena called him - did not have a phone, he wrote her number on his hand.',
     "kind stranger", "Lena"),
    ("as-put", COUNCIL + 'The plan was, as Lopez put it, "a bridge to nowhere," and Carter said '
     "nothing.", "a bridge to nowhere,", "Maria Lopez"),
    # (an as-clause of no saying names no one)
    ("as-other", COUNCIL + '"We cannot wait another year for this," Carter said, as Lopez left the '
     "room.", "We cannot wait another year for this,", "James Carter"),
    ("who-called", FORT + "Anna Vale thanked the mayor, James Carter, who had called the fort "
     '"the pride of the coast" in a speech last year.', "the pride of the coast", "James Carter"),
    ("words-of", FORT + 'The fort was "a gift to the whole coast," in the words of its director, '
     "Anna Vale.", "a gift to the whole coast,", "Anna Vale"),
    ("quoting", FORT + 'The fort is "a gift to the whole coast," the Harbour Gazette wrote, '
     "quoting its director, Anna Vale.", "a gift to the whole coast,", "Anna Vale"),
    # (a speaker citing a source still speaks)
    ("citing", FORT + '"The walls will stand for another century," Anna Vale said, citing the '
     "Harbour Trust.", "The walls will stand for another century,", "Anna Vale"),
    ("role-owner", "The council met on Tuesday. Mayor James Carter answered questions.\n\n"
     'The mayor\'s reply came quickly: "The money is simply not there."',
     "The money is simply not there.", "James Carter"),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_source_named_beside_the_quotation(text, quote, speaker):
    assert _speakers(text)[quote] == speaker
