"""Numbers inside names, a series' format, a label after its noun, a custom's span: no figures.

Each sentence is looked up in the tuning stories (T46's AllSides and ECB+ stories and MultiLing
cluster, T38's cricket Test lee-15 of gold/lee-abc), never retyped; beside each, a sentence of
the same shape whose number the gold keeps as a figure.
"""

from __future__ import annotations

from conftest import eval_sentence, story_sentence
from newsfuse.analyze import analyze
from newsfuse.crosscheck.claims import find_claims
from newsfuse.model import Article

ALLSIDES = "allsides_2021a.jsonl"
ABC = "gold/lee-abc/stories.jsonl"
MULTILING = "multiling2011_en.jsonl"


def _entries(text: str) -> list[tuple]:
    """(expression, value) of every figure the table gives for a report told twice."""
    cluster = analyze([Article(text=text), Article(text=text + " ")])
    return [(v.get("expression"), v["value"]) for g in find_claims(cluster) for v in g["values"]]


def test_a_number_after_of_and_a_capitalised_word_ends_a_name():
    text = story_sentence("allsides-5961", r"The Group of 7 wealthy nations[^\n]*?summer\.", file=ALLSIDES)
    entries = _entries(text)
    assert 7 not in [v for _, v in entries]
    # a count after "of" in running text stays: "the mother of 12 children"
    kept = story_sentence("ecbplus-33b", r"Horton was the mother of 12 children\.")
    assert 12 in [v for _, v in _entries(kept)]


def test_a_phone_number_spelled_in_letters_is_no_count():
    text = story_sentence("ecbplus-16a", r"Bratton asked anyone with information to call 877-LAPD[^\n]*?\.")
    assert 877 not in [v for _, v in _entries(text)]


def test_a_vaccines_dose_schedule_is_a_shape():
    text = story_sentence("allsides-6075", r"The company also said Tuesday[^\n]*?two-dose shot[^\n]*?\.",
                          file=ALLSIDES)
    assert 2 not in [v for _, v in _entries(text)]


def test_a_span_before_on_says_when():
    headline = eval_sentence(r"One year on, London remembers 7/7 victims", file=MULTILING)
    assert not [e for e in _entries(headline) if e[0] and "year" in e[0].lower()]


def test_a_silences_span_names_the_custom():
    silence = eval_sentence(r"A two minutes silence was held across the UK[^\n]*?\.", file=MULTILING)
    assert not [e for e in _entries(silence) if e[0] and "minute" in e[0].lower()]
    # a span a clause makes a duration stays: "lasted two minutes"
    assert [e for e in _entries("The strike lasted two minutes, the union said.")
            if e[0] and "minute" in e[0].lower()]


def test_a_number_word_after_a_singular_noun_labels_it():
    day = story_sentence("lee-15", r"Australia's quicks and opening batsmen[^\n]*?going into day three[^\n]*?\.",
                         file=ABC)
    assert 3 not in [v for _, v in _entries(day)]


def test_a_series_format_is_no_count():
    series = story_sentence("lee-15", r"Australia is now 1-0 in the best of three series\.", file=ABC)
    assert 3 not in [v for _, v in _entries(series)]


def test_later_numbers_of_a_rank_list_are_ranks():
    order = story_sentence("lee-15", r"But he was ably assisted by his number 10 and 11 batsmen[^\n]*?\.",
                           file=ABC)
    values = [v for _, v in _entries(order)]
    assert 10 not in values and 11 not in values


def test_best_with_a_word_before_the_number_picks_one_of_a_count():
    # "the best of his four NFL seasons": "best" picks one of many, which are counted
    kept = story_sentence("ecbplus-35a", r"Jackson enjoyed the best of his four NFL seasons[^\n]*")
    assert 4 in [v for _, v in _entries(kept)]
