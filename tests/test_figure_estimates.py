"""Two estimates of one quantity agree only when each allows the value the other states.

Issue 7: "agreed" only when the values can all be true. An estimate ("about 60", "an
estimated 430,000") is a reporter's best guess with newsroom rounding around it, so two
estimates 14% apart are two different guesses a reader should see set against each other,
even though their 10% bands touch somewhere neither report names.
"""

from __future__ import annotations

from newsfuse.analyze import analyze
from newsfuse.crosscheck.claims import find_claims
from newsfuse.crosscheck.numbers import compatible, interval
from newsfuse.model import Article


def _agree(*figures: tuple[float, str]) -> bool:
    return compatible([interval(v, q) for v, q in figures])


def test_estimates_far_apart_disagree_though_their_bands_touch():
    # 430,000 allows 387,000..473,000 and 500,000 allows 450,000..550,000: the bands share
    # 450,000..473,000, but neither estimate allows the other's value
    assert not _agree((430_000, "about"), (500_000, "about"))
    assert not _agree((400_000, "about"), (500_000, "exact"))


def test_close_estimates_agree():
    assert _agree((9, "about"), (10, "about"))  # "about nine hours", "nearly 10 hours"
    assert _agree((15, "about"), (15.5, "about"))  # "about 15 percent", "about 15.5%"
    assert _agree((127, "exact"), (130, "about"))  # "127 interviews", "almost 130 statements"


def test_an_estimate_and_a_bound_are_judged_by_their_overlap():
    assert _agree((100, "about"), (100, "at least"))  # "around 100", "more than 100"
    assert _agree((60, "about"), (62, "exact"), (60, "at least"))
    assert not _agree((60, "about"), (83, "exact"))


def test_a_span_unpacks_as_a_pair():
    lo, hi = interval(60, "about")
    assert (lo, hi) == (54.0, 66.0)


def test_two_estimates_of_a_war_toll_are_disputed():
    # sentences of our own: two reports' estimates of one war's dead, 430,000 and half a million
    claims = find_claims(analyze([
        Article(text="The war has killed an estimated 430,000 people since it began, "
                     "monitors say. Fighting went on in the north on Sunday."),
        Article(text="The war has killed about 500,000 people since it began. "
                     "Fighting went on in the north on Sunday."),
    ]))
    group = next(g for g in claims if {v["value"] for v in g["values"]} == {430000, 500000})
    assert group["status"] == "disputed", claims


def test_two_close_estimates_of_a_flight_agree():
    claims = find_claims(analyze([
        Article(text="The man started shouting about nine hours into the flight to Newark, "
                     "passengers said."),
        Article(text="The man started shouting nearly 10 hours into the flight to Newark, "
                     "passengers said."),
    ]))
    group = next(g for g in claims if {v["value"] for v in g["values"]} == {9, 10})
    assert group["status"] == "agreed", claims
