"""Who a quotation's words are when its own sentence names the source another way than a verb
of saying with the speaker as subject: "according to X" before a sentence whose verb of saying
has words of its own; "a statement released by X"; an "as X called it" or "as X put it" set
beside the quotation; a relative clause's "who called it so".

The sentences are written for these tests. Each first test fails without its rule in
``attribution`` (``_says_its_own``, ``_issued_by``, ``_naming_aside``, the relative pronoun
of a verb of naming in ``_governing_speaker``; checked by disabling each); the others hold the
readings the rules must leave alone.
"""

from __future__ import annotations

from conftest import quote_speakers as _speakers

FORT = "The old harbour fort reopened on Sunday after a long restoration.\n\n"
COUNCIL = "The council met on Tuesday. Councillor Maria Lopez and Mayor James Carter spoke.\n\n"


def test_according_to_is_not_taken_by_the_next_sentences_verb():
    speakers = _speakers(FORT + 'According to the city museum, "the collection of maps is the '
                         'largest of its kind in the region." Collectors said the maps were rare.')
    assert speakers["the collection of maps is the largest of its kind in the region."] == \
        "city museum"


def test_a_verb_in_the_quotes_own_sentence_outranks_according_to():
    speakers = _speakers(FORT + '"We rebuilt the north tower stone by stone," Maria Lopez said, '
                         "according to the Harbour Gazette.")
    assert speakers["We rebuilt the north tower stone by stone,"] == "Maria Lopez"


def test_a_statement_released_by_someone_is_their_words():
    speakers = _speakers(FORT + "In a statement issued by the Harbour Trust on Monday, the "
                         'restoration was described as "a triumph of patience and skill over '
                         'many years."')
    assert speakers["a triumph of patience and skill over many years."] == "Harbour Trust"


def test_a_statement_obtained_by_someone_is_not_their_words():
    speakers = _speakers(FORT + "In a statement obtained by the Harbour Gazette on Monday, the "
                         'restoration was described as "a triumph of patience and skill over '
                         'many years."')
    assert speakers["a triumph of patience and skill over many years."] is None


def test_as_someone_called_it_after_the_quote():
    speakers = _speakers("Peter Hall found the lost dog near the river on Sunday.\n\n"
                         'Because the "kind stranger" - as Lena called him - did not have a '
                         "phone, he wrote her number on his hand.")
    assert speakers["kind stranger"] == "Lena"


def test_as_someone_put_it_before_the_quote():
    speakers = _speakers(COUNCIL + 'The plan was, as Lopez put it, "a bridge to nowhere," and '
                         "Carter said nothing.")
    assert speakers["a bridge to nowhere,"] == "Maria Lopez"


def test_an_as_clause_of_no_saying_names_no_speaker():
    speakers = _speakers(COUNCIL + '"We cannot wait another year for this," Carter said, as '
                         "Lopez left the room.")
    assert speakers["We cannot wait another year for this,"] == "James Carter"


def test_who_called_it_so_is_the_noun_the_relative_clause_follows():
    speakers = _speakers(FORT + "Anna Vale thanked the mayor, James Carter, who had called the "
                         'fort "the pride of the coast" in a speech last year.')
    assert speakers["the pride of the coast"] == "James Carter"
