"""Figures worth tabulating, one quantity per group, and statuses that can be trusted.

Sentences are taken from the eval file (looked up, never retyped): an age set off by commas,
a storey count, a year naming an election and "hundreds of thousands" each read as a
journalist would read them.
"""

from __future__ import annotations

import re

import pytest

from conftest import eval_records
from newsfuse.analyze import analyze
from newsfuse.crosscheck.claims import find_claims
from newsfuse.crosscheck.numbers import interval, parse_amount
from newsfuse.model import Article


def _sentence(pattern: str) -> str:
    for record in eval_records("multinews_sample100.jsonl"):
        for doc in record["documents"]:
            m = re.search(pattern, doc)
            if m:
                return m.group(0).strip()
    pytest.skip(f"no sentence matching {pattern!r}")


def _figures(text: str) -> list[dict]:
    cluster = analyze([Article(text=text), Article(text=text + " ")])
    return [v for g in find_claims(cluster) for v in g["values"]]


@pytest.mark.parametrize("pattern, junk", [
    (r"Dylann Roof, 21, was arrested on Thursday[^.]*\.", 21),
    (r"The three-storey home, modest by billionaire standards[^.]*\.", 3),
    (r"The CIA's findings that Russia intervened in the 2016 election[^.]*\.", 2016),
])
def test_ages_storeys_and_years_are_not_figures(pattern, junk):
    figures = _figures(_sentence(pattern))
    assert junk not in [f["value"] for f in figures]


def test_vague_magnitudes_keep_their_scale():
    sentence = _sentence(r"Ella is among an estimated hundreds of thousands of women[^.]*\.")
    assert "hundreds of thousands" in sentence
    assert parse_amount("hundreds of thousands") == (200_000, "at least")
    assert parse_amount("tens of thousands") == (20_000, "at least")
    assert parse_amount("dozens") == (24, "at least")  # a lower bound, never exactly 24


def test_example_dispute_keeps_every_article(example_cluster):
    groups = find_claims(example_cluster)
    killed = next(g for g in groups if 62 in [v["value"] for v in g["values"]])
    assert killed["status"] == "disputed"
    by_value = {}
    for v in killed["values"]:
        by_value.setdefault(v["value"], set()).update(v["articles"])
    assert by_value[62] >= {"a1", "a3", "a4"}
    assert by_value[83] == {"a3", "a5"} and by_value[90] == {"a1"}
    observatory = [v for v in killed["values"] if v["value"] in (83, 90)]
    assert all(v["attributed_to"] == "Syrian Observatory for Human Rights" for v in observatory)
    wounded = next(g for g in groups if "wounded" in g["about"])
    assert wounded["status"] == "disputed"
    assert {a for v in wounded["values"] for a in v["articles"]} == {"a1", "a2", "a3", "a5"}


def test_agreed_never_over_values_that_cannot_all_be_true(example_cluster):
    for g in find_claims(example_cluster):
        spans = [interval(v["value"], v["qualifier"]) for v in g["values"]]
        articles = {a for v in g["values"] for a in v["articles"]}
        if g["status"] == "agreed":
            assert max(lo for lo, _ in spans) <= min(hi for _, hi in spans), g
            assert len(articles) >= 2
        if g["status"] == "single":
            assert len(articles) == 1


def test_one_article_two_quantities_are_not_a_dispute(example_cluster):
    """a4 says the truce held five days and must hold seven: two quantities, not a conflict."""
    days = [g for g in find_claims(example_cluster)
            if any(v["value"] in (5, 7) and "day" in (v.get("expression") or "") for v in g["values"])]
    assert days and all(g["status"] != "disputed" for g in days)
    held = next(g for g in days if any(v["value"] == 5 for v in g["values"]))
    assert held["status"] == "agreed" and {"a2", "a4"} <= {a for v in held["values"] for a in v["articles"]}
