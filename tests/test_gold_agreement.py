"""bench/gold_agreement.py: two annotations of one cluster scored with the benches' own
scoring. The records are real gold (basil-d1344998, a tune story of gold/basil: 3 quotes, 2
agreed groups, 9 figures, 10 dated mentions), copied into two annotation folders, one edited."""

from __future__ import annotations

import copy
import importlib
import json
import sys
from pathlib import Path

import pytest

from conftest import SHARED

ROOT = Path(__file__).resolve().parents[1]
CLUSTER = "basil-d1344998-0e7c-409e-aaad-df5be687fc94"


@pytest.fixture(scope="module")
def bench():
    if not (SHARED / "stories" / "basil.jsonl").exists():
        pytest.skip("shared/stories/basil.jsonl not found")
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        yield importlib.import_module("gold_agreement")
    finally:
        sys.path.remove(str(ROOT / "bench"))


def _record(name: str) -> dict | list:
    path = ROOT / "gold" / "basil" / name
    rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    if name == "timeline.jsonl":
        return [r for r in rows if r["cluster"] == CLUSTER]
    return next(r for r in rows if r["id"] == CLUSTER)


def _write(folder: Path, claims: dict, quotes: dict, timeline: list[dict]) -> Path:
    folder.mkdir()
    (folder / "claims.jsonl").write_text(json.dumps(claims) + "\n", encoding="utf-8")
    (folder / "quotes.jsonl").write_text(json.dumps(quotes) + "\n", encoding="utf-8")
    (folder / "timeline.jsonl").write_text("".join(json.dumps(t) + "\n" for t in timeline),
                                           encoding="utf-8")
    return folder


def _lines(totals: dict) -> dict:
    """kind -> [right, given, found, gold] (dates: [predicted, correct, gold, found])."""
    return {**{k: v for k, v in totals["counts"].items()}, "dates": totals["dates"]}


def test_an_annotation_agrees_fully_with_itself(bench, tmp_path):
    claims, quotes, timeline = _record("claims.jsonl"), _record("quotes.jsonl"), _record("timeline.jsonl")
    a = _write(tmp_path / "a", claims, quotes, timeline)
    b = _write(tmp_path / "b", claims, quotes, timeline)
    totals, skipped = bench.agreement(a, b)
    assert skipped == 0
    for direction in bench.DIRECTIONS:
        got = _lines(totals["tuning"][direction])
        assert got["speakers"] == [3, 3, 3, 3]
        assert got["groups"] == [2, 2, 2, 2]
        assert got["junk"][:2] == [0, 9]  # none of the 9 tabulated numbers is a non-figure
        assert got["values"] == [9, 9, 9, 9]
        assert got["dates"] == [10, 10, 10, 10]  # ten sentences, each with its one date
        assert totals["tuning"][direction]["unplaced"] == 0


def test_one_speaker_one_status_and_one_date_changed_cost_exactly_one_each(bench, tmp_path):
    claims, quotes, timeline = _record("claims.jsonl"), _record("quotes.jsonl"), _record("timeline.jsonl")
    a = _write(tmp_path / "a", claims, quotes, timeline)
    b_quotes, b_claims = copy.deepcopy(quotes), copy.deepcopy(claims)
    # the third quote ("to determine whether a federal law was implicated.", Paul Fishman)
    # given to the campaign's lawyer instead, with his names
    sheridan, fishman = b_quotes["quotes"][0], b_quotes["quotes"][2]
    assert fishman["speaker"] == "Paul Fishman" and sheridan["speaker"] == "Mark D. Sheridan"
    fishman["speaker"], fishman["aliases"] = sheridan["speaker"], sheridan["aliases"]
    # the four days the lanes were closed (a2 and a3 agree) read as disputed
    days = next(g for g in b_claims["claims"] if g["about"].startswith("days the George"))
    assert days["status"] == "agreed"
    days["status"], days["disputed"] = "disputed", True
    # "The federal subpoenas are due Feb. 5." (the cluster's only Feb. 5) left out
    b_timeline = [t for t in timeline if t["date"] != "2014-02-05"]
    assert len(b_timeline) == len(timeline) - 1
    b = _write(tmp_path / "b", b_claims, b_quotes, b_timeline)

    totals, _ = bench.agreement(a, b)
    b_on_a = _lines(totals["tuning"][("B", "A")])
    assert b_on_a["speakers"] == [2, 3, 2, 3]  # B's Sheridan for Fishman's words: wrong and missed
    assert b_on_a["groups"] == [1, 2, 1, 2]  # the days group matches but with the wrong status
    assert b_on_a["junk"][:2] == [0, 9] and b_on_a["values"] == [9, 9, 9, 9]  # figures unchanged
    assert b_on_a["dates"] == [9, 9, 10, 9]  # B's 9 all right; A's Feb. 5 not found
    a_on_b = _lines(totals["tuning"][("A", "B")])
    assert a_on_b["speakers"] == [2, 3, 2, 3]
    assert a_on_b["groups"] == [1, 2, 1, 2]
    assert a_on_b["dates"] == [10, 9, 9, 9]  # A's Feb. 5 has no date of B's: 9/10; B's 9 found
    # B's own aliases are Sheridan's: allowing them changes nothing here
    assert totals["tuning"][("B", "A")]["own"] == [2, 3, 2, 3]


def test_a_frozen_record_is_scored_only_with_frozen(bench, tmp_path):
    claims, quotes, timeline = _record("claims.jsonl"), _record("quotes.jsonl"), _record("timeline.jsonl")
    a = _write(tmp_path / "a", claims, quotes, timeline)
    frozen = [{**r, "split": "frozen"} for r in (claims, quotes)]
    b = _write(tmp_path / "b", *frozen, [{**t, "split": "frozen"} for t in timeline])
    totals, skipped = bench.agreement(a, b)
    assert skipped == 1 and all(t["clusters"] == 0 for p in totals.values() for t in p.values())
    totals, skipped = bench.agreement(a, b, frozen=True)
    assert skipped == 0 and totals["frozen"][("B", "A")]["counts"]["speakers"] == [3, 3, 3, 3]
    assert totals["tuning"][("B", "A")]["clusters"] == 0
