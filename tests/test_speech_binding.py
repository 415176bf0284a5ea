"""A subject pronoun does not mean a name its own clause goes on to give: in 'He goes on to
congratulate Khan ... and wish him "..."' the "he" is not Khan (English would say "himself").
So a "he said" reading leaves out the people its own clause names after the pronoun, and means
someone named before. The paragraphs are tuning articles' own (multinews-train-4679 a2, a
report on a letter to A.Q. Khan, with the sentence naming the letter's signer from its a3;
basil-ad409798 a2, gold/tuning-s17)."""

from __future__ import annotations

from conftest import quote_speakers as _speakers


def test_a_pronoun_is_not_the_person_its_own_clause_names_after_it():
    # main gave the wish to Khan, the one congratulated
    speakers = _speakers(
        "The letter Khan released is dated July 15, 1998, and marked \"Secret.\" It carries the "
        "apparent signature of North Korean Workers Party Secretary Jon Byong Ho.\n\n"
        "In the letter, Jon requests that “the agreed documents, components” be placed aboard a "
        "North Korean plane. He goes on to congratulate Khan on Pakistan’s successful nuclear "
        "test that year and wish him “good health, long life and success in your important "
        "work.”")
    assert speakers["good health, long life and success in your important work."] in \
        ("Jon Byong Ho", "Jon")


def test_a_pronoun_after_a_clause_naming_two_people_is_not_the_one_it_pleads_to():
    # main gave Alex Jones's plea to Mr. Trump, to whom he made it
    speakers = _speakers(
        "“Social Media is totally discriminating against Republican/Conservative voices,” Mr. "
        "Trump wrote on Twitter.\n\n"
        "After the content from Mr. Jones and his website, Infowars, was removed, he issued a "
        "plea to Mr. Trump to block the companies’ actions and “come out before the midterms "
        "and make the censorship the big issue.”")
    assert speakers["come out before the midterms and make the censorship the big issue."] \
        not in ("Trump", "Donald Trump")
