"""Words quoted inside a report of a report are worded by the outermost reporter: in 'Her
spokesman, Bill Walters, says Jane Morton told a pastor she apologizes if the fire was connected
to the "unfair negative attention" ...' the spokesman chose the quoted words, not Morton
(``attribution._reporter``, applied up the chain of verbs of saying, and a role with the name in
apposition counting as that named reporter). A "he said" whose last speaker is far back is not
moved to a person named as far back ('... at the time of Lowell's death.' / 'If someone is
struggling, ...' / '"...," he said.' stays with the spokesman who spoke), when the speaker's
gender is known to fit; a last speaker of unknown gender still gives way to a fitting name as
far back.

The sentences are written for these tests; each fails without the reading it checks.
"""

from __future__ import annotations

from conftest import quote_speakers as _speakers


def test_a_quoted_fragment_of_a_reported_report_is_the_outer_reporters():
    speakers = _speakers(
        "Her spokesman, Bill Walters, says Jane Morton told a pastor she apologizes if the fire "
        "was connected to the \"unfair negative attention\" the church has received.")
    assert speakers["unfair negative attention"] == "Bill Walters"


def test_a_whole_quotation_told_stays_with_who_told_it():
    speakers = _speakers("Police said the man told officers: \"I did it because I was angry.\"")
    assert speakers["I did it because I was angry."] == "man"


def test_a_far_he_said_is_not_moved_to_a_name_as_far_back():
    speakers = _speakers(
        "Seaman James Lowell died on Friday during a pool exercise, Navy spokesman Trevor Dane "
        "said. Dane said he could not say more.\n\n"
        "\"Safety observers saw he was having difficulty,\" he said.\n\n"
        "Dane could not confirm how many people were in the pool at the time of Lowell's death."
        "\n\nIf someone is struggling, students will be moved.\n\n"
        "\"We scale that ratio based on training,\" he said.")
    assert speakers["We scale that ratio based on training,"] == "Trevor Dane"
