"""Two people who speak together are both the speaker, each named in full: "Lena and Mark
Dorsey said" is "Lena Dorsey and Mark Dorsey", as "Ada Lyle and Tom Reyes said" is "Ada
Lyle and Tom Reyes", whichever way the parser hangs the given name on the shared surname
(``speakers._joint_person``, ``_jointly``). Before, a joint subject before its verb gave
only the second person. The sentences are written for these tests; the first fails with
the reading of the given name hung on the surname off."""

from __future__ import annotations

import pytest

from conftest import quote_speakers as _speakers

WORDS = "We will never stop searching for her,"


def test_a_given_name_before_a_shared_surname_and_the_verb():
    speakers = _speakers("The missing girl's parents returned to the town on Sunday.\n\n"
                         f'"{WORDS}" Lena and Mark Dorsey said in a statement.')
    assert speakers[WORDS] == "Lena Dorsey and Mark Dorsey", speakers


@pytest.mark.parametrize("attribution", ["Kate and Gerry Dunmore said", "said Kate and Gerry Dunmore"])
def test_a_known_given_name_either_side_of_the_verb(attribution):
    speakers = _speakers(f'"{WORDS}" {attribution}.')
    assert speakers[WORDS] == "Kate Dunmore and Gerry Dunmore", speakers


def test_a_couple_in_apposition_is_both_of_them():
    speakers = _speakers(f'The couple, Anna and Piotr Nowak, said they would "never give up."')
    assert speakers["never give up."] == "Anna Nowak and Piotr Nowak", speakers


def test_two_full_names_stay_as_written():
    speakers = _speakers(f'"{WORDS}" said Ada Lyle and Tom Reyes.')
    assert speakers[WORDS] == "Ada Lyle and Tom Reyes", speakers


def test_a_person_and_his_team_is_the_person():
    # fresh Multi-News train text (speaker_review seed 68, read): the parser hangs "cohen" and
    # "team" on "wrote" as two subjects, and main gave the words to the nearer, "his team"
    from conftest import speaker_opening, train_sentence

    speakers = _speakers(train_sentence(
        r"the answer is yes, according to a study by carnegie mellon.*?somewhat protected from "
        r"infection and illness-related symptoms\. \"", "multinews_train.jsonl.gz"))
    assert "cohen" in speaker_opening(speakers, "the apparent protective effect").lower()
    assert "cohen" in speaker_opening(speakers, "either way, those who receive").lower()
