"""A subject pronoun does not mean a name its own clause goes on to give: in 'He goes on to
congratulate Khan ... and wish him "..."' the "he" is not Khan (English would say "himself").
So a "he said" reading leaves out the people its own clause names after the pronoun, and means
someone named before. The paragraphs are written for these tests in the shapes of two tuning
articles' (a Multi-News report on a letter, a BASIL report on a plea)."""

from __future__ import annotations

from conftest import quote_speakers as _speakers


def test_a_pronoun_is_not_the_person_its_own_clause_names_after_it():
    # main gave the wish to the one congratulated
    speakers = _speakers(
        "The letter Varga released is dated March 3, 2004, and marked \"Private.\" It carries the "
        "apparent signature of Harbor Board chairman Emil Tasca.\n\n"
        "In the letter, Tasca asks that “the signed plans, drawings” be sent to the "
        "board’s office. He goes on to thank Varga for the bridge’s smooth opening that spring "
        "and wish him “a long rest and every joy in your coming years.”")
    assert speakers["a long rest and every joy in your coming years."] in \
        ("Emil Tasca", "Tasca"), speakers


def test_a_pronoun_after_a_clause_naming_two_people_is_not_the_one_it_pleads_to():
    # main gave the plea to the one it was made to
    speakers = _speakers(
        "“The new fees are totally unfair to small farms,” Mr. "
        "Dorsey wrote on his blog.\n\n"
        "After the videos from Mr. Lund and his channel, FarmTalk, were taken down, he made a "
        "plea to Mr. Dorsey to fight the platform’s decision and “speak up before the "
        "vote and make the ban the big story.”")
    assert speakers["speak up before the vote and make the ban the big story."] \
        not in ("Dorsey", "Mr. Dorsey"), speakers
