"""A fragment one article quotes inside another article's longer quotation, and the person
each article names for it (``quotes.find_quotes``, ``quotes.kept_apart`` through it).

The merge folds the same words quoted by several articles into one entry, and the entry's
speaker is voted. When an article gives a fragment of the longer quote to another person
through its own verb of saying, the fragment keeps an entry of its own with that person; a
fragment the article reaches only through a pronoun, or the same words credited two ways,
stay in the merged entry and are voted on. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from newsfuse.analyze import analyze
from newsfuse.crosscheck.quotes import find_quotes
from newsfuse.readers.text import article_from_text

LONG = ("“We are aware of the incident involving our linebacker on Saturday night. Obviously we "
        "are disappointed in him. We take these matters very seriously,” club spokesman Mark "
        "Olsen said in a statement.")
STORY = "The Harbor City Sharks said on Monday that their linebacker had been arrested in Ohio."


def _brief(*fragment_paragraphs: str) -> list[dict]:
    # two articles carry the spokesman's whole statement, a third only part of it
    texts = [f"Sharks player arrested\n\n{STORY}\n\n{LONG}",
             f"Linebacker held\n\n{STORY}\n\n{LONG}\n\nThe player was released on bail.",
             "Arrest of Sharks linebacker\n\n" + "\n\n".join([STORY, *fragment_paragraphs])]
    return find_quotes(analyze([article_from_text(t, path=None) for t in texts]))


def _with(quotes: list[dict], words: str) -> list[dict]:
    return [q for q in quotes if words.lower() in q["text"].lower()]


def test_a_fragment_another_article_gives_another_person_keeps_its_own_entry():
    quotes = _brief("“We are aware of the incident involving our linebacker on Saturday night,” "
                    "head coach Daniel Whitaker told reporters.")
    entries = _with(quotes, "We are aware of the incident")
    by_speaker = {q["speaker"]: q for q in entries}
    assert set(by_speaker) == {"Mark Olsen", "Daniel Whitaker"}, entries
    assert by_speaker["Daniel Whitaker"]["articles"] == ["a3"]
    assert by_speaker["Daniel Whitaker"]["text"].startswith("We are aware")
    assert "We take these matters" not in by_speaker["Daniel Whitaker"]["text"]
    # the spokesman's entry no longer lists the article that credits the coach
    assert by_speaker["Mark Olsen"]["articles"] == ["a1", "a2"]
    assert "We take these matters very seriously" in by_speaker["Mark Olsen"]["text"]


def test_the_same_fragment_given_to_the_same_person_stays_merged():
    quotes = _brief("“We are aware of the incident involving our linebacker on Saturday night,” "
                    "spokesman Mark Olsen said.")
    entries = _with(quotes, "We are aware of the incident")
    assert len(entries) == 1, entries
    assert entries[0]["speaker"] == "Mark Olsen"
    assert entries[0]["articles"] == ["a1", "a2", "a3"]


@pytest.mark.parametrize("fragment", [
    # the same words, whole, credited to another person: one article misread, the vote judges
    "“We are aware of the incident involving our linebacker on Saturday night. Obviously we are "
    "disappointed in him. We take these matters very seriously,” head coach Daniel Whitaker said.",
])
def test_the_same_whole_quote_credited_two_ways_is_one_voted_entry(fragment):
    quotes = _brief(fragment)
    entries = _with(quotes, "We are aware of the incident")
    assert len(entries) == 1, entries
    assert entries[0]["speaker"] == "Mark Olsen"
    assert entries[0]["articles"] == ["a1", "a2", "a3"]


def test_a_fragment_reached_only_through_a_pronoun_stays_merged():
    # the article's reading ('he said' after the coach is named) is weaker evidence than the
    # spokesman's named verb in two articles: the fragment is voted with the whole quote
    quotes = _brief("Head coach Daniel Whitaker spoke to reporters after practice.",
                    "“We are aware of the incident involving our linebacker on Saturday night,” "
                    "he said.")
    entries = _with(quotes, "We are aware of the incident")
    assert len(entries) == 1, entries
    assert entries[0]["speaker"] == "Mark Olsen"
