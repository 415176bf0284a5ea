"""Quotes on the real Deir Ezzor reports."""

from __future__ import annotations

import pytest

from newsfuse.crosscheck.quotes import find_quotes


@pytest.fixture(scope="module")
def quotes(example_cluster):
    return find_quotes(example_cluster)


def _quote(quotes, words):
    found = [q for q in quotes if words.lower() in q["text"].lower()]
    assert found, f"no quote containing {words!r}"
    return found


def test_churkin_he_said_resolves_to_full_name(quotes):
    (q,) = _quote(quotes, "extraordinary display of American heavy-handedness")
    assert q["speaker"] == "Vitaly Churkin"
    assert q["articles"] == ["a2", "a3", "a5"]  # a2's partial quote is merged in


def test_power_quote_is_one_entry_across_articles(quotes):
    (q,) = _quote(quotes, "uniquely cynical and hypocritical")
    assert q["speaker"] == "Samantha Power"  # "Power said" resolved to the full name
    assert q["articles"] == ["a1", "a3", "a5"]
    assert q["role"] == "US ambassador to the UN"


def test_organisation_speaker(quotes):
    (q,) = _quote(quotes, "The coalition airstrike was halted immediately")
    assert q["speaker"] == "US Central Command"
    # a2, a3, a4 and a5 carry it; a5 copies a3 (overlap, now always known), so three
    assert q["articles"] == ["a2", "a3", "a4", "a5"] and q["independent"] == 3


def test_quote_continued_across_paragraphs(quotes):
    (q,) = _quote(quotes, "very big question mark")
    assert "serious trouble" in q["text"] and q["speaker"] == "Vitaly Churkin"


def test_scare_quotes_without_speech_verb_are_dropped(quotes):
    assert not [q for q in quotes if q["text"].lower() in ("friendly fire", "unintentional loss of life.")]


def test_copies_reduce_independent_count(example_cluster):
    example_cluster.copies = {"a5": "a3"}
    try:
        (q,) = _quote(find_quotes(example_cluster), "extraordinary display")
        assert q["independent"] == 2
    finally:
        example_cluster.copies = None


def test_organisation_is_not_replaced_by_another_sharing_words(quotes, example_paths):
    text = next(p.read_text() for p in example_paths if p.name.startswith("003_"))
    assert "A US National Security Council spokesman later said:" in text
    (q,) = _quote(quotes, "violence is considerably lower")
    # not the UN Security Council; the spokesman speaks, named by whom he speaks for
    assert q["speaker"] == "US National Security Council spokesman"


def test_every_named_speaker_says_how_it_was_found(quotes, example_paths):
    text = "\n".join(p.read_text() for p in example_paths)
    assert "Power angrily denounced the Russian call for the UN meeting, saying \"even by " \
           "Russia's standards" in text
    (q,) = _quote(quotes, "uniquely cynical and hypocritical")
    assert q["attribution"] == "direct" and q["evidence"] == "strong"
    assert all(q["attribution"] for q in quotes if q["speaker"])
    assert not [q for q in quotes if q["speaker"] and q["attribution"] == "pronoun-far"]
    assert all(q["evidence"] == "weak" for q in quotes if q["attribution"] == "carried")


def test_who_calls_something_by_quoted_words_says_them(quotes, example_paths):
    text = "\n".join(p.read_text() for p in example_paths)
    assert "The Syrian military called the airstrikes on the base in Deir el Zour" in text
    (q,) = _quote(quotes, "serious and blatant attack on Syria")
    assert q["speaker"] == "Syrian military" and q["attribution"] == "direct"
