"""Numbers that leave out the noun they count because the sentence named it once.

A list of counts place by place names its noun with the first ("Five people have died in
Queensland, three in the Northern Territory ... and one in South Australia"), and a change
names it with the old value ("from 800 people to 1,200"). Read bare, the later numbers
counted nothing: they were kept only where another report gave the very same value, and
"one" of a list was no quantity at all. Real sentences: ABC items of tuning stories (gold/lee-abc,
through conftest.story_sentence, which refuses held-out stories) and Multi-News train text
(lower-cased as it is there). Each test fails with the reading of 6da1238.
"""

from __future__ import annotations

import pytest

from newsfuse.analyze import analyze
from newsfuse.crosscheck.claims import prepared_statements
from newsfuse.model import Article

from conftest import story_sentence, train_sentence

ABC = "gold/lee-abc/stories.jsonl"


def _read(text: str) -> list[tuple]:
    """(value, noun, event) of every figure statement of one article of ``text``."""
    return [(s["value"], s["noun"], s["event"]) for s in prepared_statements(analyze([Article(text=text)]))[0]]


def test_each_item_of_a_list_of_places_counts_the_lists_noun():
    text = story_sentence("lee-24", r"Five people have died in Queensland[^.]*\.", file=ABC)
    read = _read(text)
    for value in (5, 3, 2, 1):  # "one in South Australia" as well, no "one of"
        assert (value, "people", "killed") in read, read


def test_a_list_item_takes_the_last_count_before_it_not_a_span_of_time():
    text = train_sentence(r"north korea has launched a total of five short-range projectiles[^.]*\.",
                          file="multinews_train.jsonl.gz")
    read = _read(text)
    assert (1, "projectile", "launch") in read, read
    assert not any(noun == "day" for _, noun, _ in read), read


@pytest.mark.parametrize("story, pattern, new, noun", [
    ("lee-19", r"Australia is pushing on with the Pacific solution[^.]*\.", 1200, "people"),
])
def test_the_new_value_of_a_change_counts_the_old_values_noun(story, pattern, new, noun):
    read = _read(story_sentence(story, pattern, file=ABC))
    assert (new, noun, None) in read, read


def test_the_new_value_of_a_change_with_its_date_counts_the_old_values_noun():
    text = train_sentence(r"the national guard presence would be upped from 700 troops[^.]*\.",
                          file="multinews_train.jsonl.gz")
    assert any(value == 2200 and noun == "troop" for value, noun, _ in _read(text)), _read(text)


def test_an_age_between_commas_is_no_lists_item():
    # ecbplus (a tuning story): "Zurana Horton, 34, and wounding ...": ages stay out
    text = story_sentence("ecbplus-33b", r"Andrew Lopez, 20, was found guilty[^.]*\.")
    read = _read(text)
    assert not any(value in (20, 34, 32, 11) for value, _, _ in read), read
