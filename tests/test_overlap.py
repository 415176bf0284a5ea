"""Overlap on the example: the fifth report pastes long passages of the CNN report (a3)."""

from __future__ import annotations

import copy

from newsfuse.crosscheck.overlap import find_overlap


def _fresh(cluster):
    c = copy.copy(cluster)
    c.derived = {}
    c.articles = [copy.copy(a) for a in cluster.articles]
    return c


def test_a5_copies_cnn_with_passages_and_direction(example_cluster):
    c = _fresh(example_cluster)
    result = find_overlap(c)
    assert c.copies == {"a5": "a3"}
    (record,) = result["copies"]
    assert record["copy"] == "a5" and record["original"] == "a3"
    assert record["share"] >= 0.3
    assert "smaller share of a3" in record["decided_by"]
    # the Churkin/Power passage and the Central Command passage, each several sentences long
    long_runs = [p for p in record["passages"] if len(p["copy_sentences"]) >= 4]
    assert len(long_runs) == 2
    texts = " ".join(p["text"] for p in long_runs)
    assert "heavy-handedness" in texts and "Central Command" in texts
    for p in record["passages"]:
        assert len(p["copy_sentences"]) == len(p["original_sentences"])
        a5 = {s.position: s.text for s in c.sentences_of("a5")}
        assert p["text"] == a5[p["copy_sentences"][0]]


def test_pairs_are_asymmetric_shares(example_cluster):
    result = find_overlap(_fresh(example_cluster))
    pair = next(p for p in result["pairs"] if {p["a"], p["b"]} == {"a3", "a5"})
    share_a5 = pair["b_in_a"] if pair["b"] == "a5" else pair["a_in_b"]
    share_a3 = pair["a_in_b"] if pair["a"] == "a3" else pair["b_in_a"]
    assert share_a5 > share_a3 > 0
    assert pair["shared_sentences"] >= 8
    # independent reports sharing one quoted statement are not copies
    assert all(p["shared_sentences"] <= 2 for p in result["pairs"] if {p["a"], p["b"]} != {"a3", "a5"})


def test_publication_dates_decide_direction(example_cluster):
    c = _fresh(example_cluster)
    c.article("a5").published = "2016-09-17"
    c.article("a3").published = "2016-09-18"
    result = find_overlap(c)
    (record,) = result["copies"]
    assert (record["copy"], record["original"]) == ("a3", "a5")
    assert c.copies == {"a3": "a5"}
    assert record["decided_by"].startswith("published earlier (a5 2016-09-17")


def test_identical_articles_are_copies_of_the_first(example_cluster):
    from newsfuse.analyze import analyze
    from newsfuse.model import Article

    a3 = example_cluster.article("a3")
    c = analyze([Article(text=a3.text, title=a3.title), Article(text=a3.text, title=a3.title)],
                entities=False)
    result = find_overlap(c)
    assert c.copies == {"a2": "a1"}
    assert result["pairs"][0]["a_in_b"] == 1.0
    assert "first in input order" in result["copies"][0]["decided_by"]
