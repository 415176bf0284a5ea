"""Speakers of real ABC text (gold/lee-abc tuning stories, read through
conftest.story_sentence, which refuses every story a frozen or validation record names).

Names (names.py: a title kept before a bare surname, a royal style, a saint's "St") and a
quotation over a lost paragraph break (speech.py). A person a report names only behind a
personal title ("Dr Abdullah", "Mr Jan") is printed
with the title (``Names.fullest``): the bare word is no one a reader can tell."""

from __future__ import annotations

from conftest import story_sentence

from newsfuse.analyze import analyze
from newsfuse.crosscheck.quotes import find_quotes
from newsfuse.readers.text import article_from_text

REST = "gold/lee-abc/rest.jsonl"


def _speakers(text: str, headline: str = "Report") -> dict[str, str | None]:
    cluster = analyze([article_from_text(headline + "\n\n" + text, path=None)])
    return {q["text"]: q["speaker"] for q in find_quotes(cluster)}


def _said(speakers: dict, opening: str) -> str | None:
    return next(who for text, who in speakers.items() if text.startswith(opening))


def test_a_person_named_only_behind_a_title_keeps_the_title():
    item = story_sentence("lee-s36", r"The Foreign Minister, Dr Abdullah.*?he said\.", file=REST)
    assert _said(_speakers(item), "There is already the agreement") == "Dr Abdullah"


def test_mr_before_a_surname_whose_full_name_the_tagger_missed():
    item = story_sentence("lee-p30", r"A spokesman for provincial governor.*?Mr Jan said\.",
                          file=REST)
    assert _said(_speakers(item), "One Arab") in ("Mr Jan", "Akbar Jan")


def test_a_royal_style_the_tagger_left_out_stays_with_the_name():
    # tagged "Juan Carlos", then "King Juan": the style belongs to the name (names.STYLES),
    # and "King Juan" is the king named in full before, no tagging slip inside his name
    item = story_sentence("lee-s54", r"Spain's King Juan Carlos said.*?tyranny,\" he said\.",
                          file=REST)
    speakers = _speakers(item)
    assert _said(speakers, "The terrible attacks") == "King Juan Carlos"
    assert _said(speakers, "The reaction of the international") == "King Juan Carlos"


def test_a_quotation_left_open_where_the_next_opens_is_the_next_ones_speakers():
    # one report stored on one line: a quotation runs over a lost paragraph break, its
    # closing mark left out as news style does, and only the second part names its speaker
    item = story_sentence("lee-23", r"Martin Walker was sitting.*?Mr Walker said\.",
                          file="gold/lee-abc/stories.jsonl")
    assert _said(_speakers(item), "It sounded like a freight train") == "Martin Walker"
    item = story_sentence("lee-p25", r"One of the proposal's developers.*?Mr Phillips said\.",
                          file=REST)
    assert _said(_speakers(item), "I think that in five or six years") == "Walter Phillips"


def test_a_saints_name_keeps_its_st():
    item = story_sentence("lee-s59", r"A statement from the St George Hospital says \"[^\"]*\"\.",
                          file=REST)
    assert _said(_speakers(item), "all information about the patient") == "St George Hospital"
