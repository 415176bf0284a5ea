"""Claims on the real Deir Ezzor reports and on small real sentences from the eval files."""

from __future__ import annotations

import time

import pytest

from newsfuse.crosscheck.claims import find_claims
from newsfuse.crosscheck.numbers import compatible, interval, parse_amount


@pytest.fixture(scope="module")
def claims(example_cluster):
    return find_claims(example_cluster)


def _group(claims, *words):
    for g in claims:
        if all(w in g["about"].lower() for w in words):
            return g
    raise AssertionError(f"no group about {words}: {[g['about'] for g in claims]}")


def test_soldiers_killed_is_disputed_with_sources(claims):
    g = _group(claims, "soldiers", "killed")
    assert g["status"] == "disputed"
    assert claims.index(g) == 0  # disputed groups come first
    by = {(v["value"], v["qualifier"], v["attributed_to"]): v for v in g["values"]}
    assert (62, "exact", "Russian military") in by
    by = {(v["value"], v["qualifier"]): v for v in g["values"] if v["attributed_to"]}
    assert by[(83, "exact")]["attributed_to"] == "Syrian Observatory for Human Rights"
    assert by[(83, "at most")]["attributed_to"] == "Syrian Observatory for Human Rights"
    # "The Observatory said" is resolved to the full name the cluster gives
    assert by[(90, "at least")]["attributed_to"] == "Syrian Observatory for Human Rights"
    assert any(v["value"] == 60 and v["qualifier"] == "about" for v in g["values"])


def test_wounded_dispute(claims):
    g = _group(claims, "wounded")
    assert g["status"] == "disputed"
    values = {(v["value"], v["qualifier"]) for v in g["values"]}
    assert {(100, "at least"), (100, "about"), (120, "at least")} <= values


def test_different_events_are_not_merged(claims):
    killed = _group(claims, "soldiers", "killed")
    values = {v["value"] for v in killed["values"]}
    assert 8 not in values and 29 not in values and 430000 not in values


def test_schema_fields_and_independence(example_cluster, claims):
    for g in claims:
        assert g["status"] in ("disputed", "agreed", "single")
        for v in g["values"]:
            assert v["qualifier"] in ("exact", "at least", "at most", "about", "range")
            assert 1 <= v["independent"] <= len(v["articles"])


def test_copies_do_not_count_as_independent(example_cluster):
    example_cluster.copies = {"a3": "a2"}
    try:
        for g in find_claims(example_cluster):
            for v in g["values"]:
                if {"a2", "a3"} <= set(v["articles"]):
                    assert v["independent"] == len(v["articles"]) - 1
    finally:
        example_cluster.copies = {}


def test_number_phrases():
    assert parse_amount("at least 62") == (62, "at least")
    assert parse_amount("Up to 83") == (83, "at most")
    assert parse_amount("around 60") == (60, "about")
    assert parse_amount("between 10 and 20") == ([10, 20], "range")
    assert parse_amount("an estimated 430,000") == (430000, "about")
    assert parse_amount("dozens") == (24, "at least")
    assert compatible([interval(62, "at least"), interval(83, "exact")])
    assert not compatible([interval(62, "exact"), interval(83, "exact")])
    assert compatible([interval(60, "about"), interval(60, "at least")])


def test_speed(example_cluster):
    find_claims(example_cluster)
    start = time.perf_counter()
    find_claims(example_cluster)
    assert time.perf_counter() - start < 0.5
