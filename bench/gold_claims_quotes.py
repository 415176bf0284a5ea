"""Precision and recall of the claims and quotes analyses against the hand-made gold set.

Usage: python bench/gold_claims_quotes.py   (reads gold/claims.jsonl and gold/quotes.jsonl)

Matching rules (see gold/README.md): a quote is right when its text contains or is contained
in a gold quote's text (case and punctuation ignored) and its speaker is the gold speaker or
one of its aliases; a figure is right when value, qualifier and attribution all match; a
disputed group is found when a predicted disputed group shares two figures with it.
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
SHARED = ROOT.parent / "shared"


def norm(text: str | None) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", (text or "").lower()))


def load_cluster(record_id: str, source: str):
    from newsfuse.analyze import analyze
    from newsfuse.clean import clean_articles
    from newsfuse.readers import read_inputs

    if source.startswith("shared/examples"):
        inputs = sorted((ROOT.parent / source).glob("*.txt"))
    else:
        path = SHARED / "eval" / Path(source).name
        record = next(json.loads(line) for line in open(path, encoding="utf-8")
                      if json.loads(line)["id"] == record_id)
        inputs = record["documents"]
    articles, _ = clean_articles(read_inputs(inputs))
    return analyze(articles)


def names_ok(predicted: str | None, gold: dict) -> bool:
    allowed = {norm(gold["attributed_to"] if "attributed_to" in gold else gold["speaker"])}
    allowed |= {norm(a) for a in gold.get("aliases", [])}
    p = norm(predicted)
    return p in allowed or (p and any(p == a.replace("the ", "") for a in allowed))


def score(hits_p, n_p, hits_r, n_r, label):
    p = hits_p / n_p if n_p else 0.0
    r = hits_r / n_r if n_r else 0.0
    print(f"{label:28s} precision {p:.2f} ({hits_p}/{n_p})  recall {r:.2f} ({hits_r}/{n_r})")


def main() -> None:
    from newsfuse.crosscheck.claims import find_claims
    from newsfuse.crosscheck.quotes import find_quotes

    gold_claims = {r["id"]: r for r in map(json.loads, open(ROOT / "gold/claims.jsonl"))}
    gold_quotes = {r["id"]: r for r in map(json.loads, open(ROOT / "gold/quotes.jsonl"))}
    totals = {k: [0, 0, 0, 0] for k in ("quotes", "claims", "disputed")}
    for cid in sorted(set(gold_claims) | set(gold_quotes)):
        source = (gold_claims.get(cid) or gold_quotes[cid])["source"]
        cluster = load_cluster(cid, source)
        start = time.perf_counter()
        claims, quotes = find_claims(cluster), find_quotes(cluster)
        took = time.perf_counter() - start
        print(f"{cid}: {len(cluster.articles)} articles, claims+quotes {took:.3f}s")
        if cid in gold_quotes:
            gold = gold_quotes[cid]["quotes"]
            t = totals["quotes"]

            def same_text(p, g):
                a, b = norm(p["text"]), norm(g["text"])
                return a and b and (f" {a} " in f" {b} " or f" {b} " in f" {a} ")

            t[0] += sum(1 for p in quotes if any(same_text(p, g) and names_ok(p["speaker"], g)
                                                 for g in gold))
            t[1] += len(quotes)
            t[2] += sum(1 for g in gold if any(same_text(p, g) and names_ok(p["speaker"], g)
                                               for p in quotes))
            t[3] += len(gold)
        if cid in gold_claims:
            groups = gold_claims[cid]["claims"]
            gold_values = [v for g in groups for v in g["values"]]
            predicted = [v for g in claims for v in g["values"]]

            def same_value(p, g):
                return p["value"] == g["value"] and p["qualifier"] == g["qualifier"] and (
                    (p["attributed_to"] is None and g["attributed_to"] is None)
                    or (g["attributed_to"] is not None and names_ok(p["attributed_to"], g)))

            t = totals["claims"]
            t[0] += sum(1 for p in predicted if any(same_value(p, g) for g in gold_values))
            t[1] += len(predicted)
            t[2] += sum(1 for g in gold_values if any(same_value(p, g) for p in predicted))
            t[3] += len(gold_values)

            def pairs(values):
                return {(json.dumps(v["value"]), v["qualifier"]) for v in values}

            gold_disputed = [pairs(g["values"]) for g in groups if g["disputed"]]
            pred_disputed = [pairs(g["values"]) for g in claims if g["status"] == "disputed"]
            t = totals["disputed"]
            t[0] += sum(1 for p in pred_disputed if any(len(p & g) >= 2 for g in gold_disputed))
            t[1] += len(pred_disputed)
            t[2] += sum(1 for g in gold_disputed if any(len(p & g) >= 2 for p in pred_disputed))
            t[3] += len(gold_disputed)
    print()
    score(*totals["quotes"], "quote speakers")
    score(*totals["claims"], "claim values (val+qual+attr)")
    score(*totals["disputed"], "disputed figures")


if __name__ == "__main__":
    main()
