"""Speakers in short cased political excerpts, read on AllSides roundups no gold names
(bench/speaker_review.py --allsides read, seed 40, twenty-fifth session). Each paragraph is
written for its test in the shape of such an excerpt; none is copied from one."""

from __future__ import annotations

from conftest import quote_speakers as _speakers


def test_which_after_a_name_and_its_comma_is_that_name():
    # ", which" opens a clause about the name before its comma, whatever the tagger calls
    # the name (here a person) and however the parser hangs the verb
    speakers = _speakers(
        "A power cut shut down train lines, banks and shops across the region early Friday, "
        "leaving Metrolink, Northbank and Grover Foods without power for hours.\n\n"
        "The failures appear linked to Ohio-based grid maintenance contractor Velcor, which said "
        "in a notice on its website that the \u201cfault has been found and repairs are under "
        "way.\u201d It is not known what caused the cut.")
    assert speakers["fault has been found and repairs are under way."] == "Velcor", speakers


def test_a_name_whose_relative_clause_speaks_takes_the_floor():
    # the leader is the last subject of saying before the co-sponsor; the co-sponsor, named
    # as a complement with a "who wrote" clause, is who the next paragraph's quotation goes on with
    speakers = _speakers(
        "The state Senate passed a bill Thursday that makes Founders Day a paid holiday for state "
        "workers.\n\n"
        "Senate Majority Leader Paul Brandt reportedly asked for a quick vote on the measure and "
        "no senator objected. The bill's main sponsor was Republican Dover senator Ann Holt, "
        "who wrote a statement on Twitter praising the vote.\n\n"
        "\u201cGlad that my bill to make Founders Day a state holiday just passed. It has been a "
        "long road...")
    assert speakers["Glad that my bill to make Founders Day a state holiday just passed. "
                    "It has been a long road..."] == "Ann Holt", speakers


def test_a_persons_speech_speaks_for_that_person():
    # the owner of a noun of saying is who says its words ("address" among them)
    speakers = _speakers(
        "Governor Maria Olsen's address to the legislature looked back on a hard first year in "
        "office and declared \u201cthis state is back on its feet.\u201d But it also set out "
        "new plans for roads and schools.")
    assert speakers["this state is back on its feet."] == "Maria Olsen", speakers


def test_a_persons_remarks_speak_for_that_person():
    speakers = _speakers(
        "Senator Tom Reilly's remarks on the floor Monday warned that the plan was "
        "\u201ca blank cheque for the banks.\u201d The vote is due next week.")
    assert speakers["a blank cheque for the banks."] == "Tom Reilly", speakers


def test_a_cut_off_attribution_may_open_with_the_persons_title():
    # the excerpt breaks off after the name: a title in capitals before it is still the
    # attribution's subject, not words of an earlier speaker carried on
    speakers = _speakers(
        "Governor Alan Pike signed an order on Monday asking state pension funds to report how "
        "floods and fires could hurt what they own.\n\n"
        "The order is the latest step by the governor to bring the state's funds into the fight "
        "against climate change.\n\n"
        "\u201cOur pension funds will be a key part of the answer, moving money into cleaner "
        "work,\u201d State Treasurer Dana Holt...")
    assert speakers["Our pension funds will be a key part of the answer, moving money into "
                    "cleaner work,"] == "Dana Holt", speakers


def test_a_name_the_tagger_missed_goes_on_past_a_capitalised_of():
    # the tagger finds a city and no organisation in "The New York City Board of Health": the
    # capitalised "of" phrase is part of the name, which does not end at "Board"
    speakers = _speakers(
        "The New York City Board of Health urged \u201ccalm\u201d from parents on Tuesday "
        "after finding an error in its weekly count of cases at local schools.")
    assert speakers["calm"] == "New York City Board of Health", speakers
