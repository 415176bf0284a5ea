"""Precision and recall of the claims and quotes analyses against the hand-made gold set.

Usage: python bench/gold_claims_quotes.py [-v]   (reads gold/claims.jsonl and gold/quotes.jsonl)

Scores are printed per cluster, for the example cluster, for the eval clusters, for the fresh
clusters, for the tuned ones (example + eval, the old "overall") and overall, because the
example is where the rules were first written and the eval clusters are where they were then
tuned (annotated before any rule was changed for them, but the rules were improved while
looking at their errors). Fresh clusters (``"split": "fresh"`` in the gold) were annotated
before any rule change made after them; their figures from the first run are the held-out-like
ones (see gold/README.md).

Matching rules (see gold/README.md):
- a quote is right when its text contains or is contained in a gold quote's text (case and
  punctuation ignored) and its speaker is the gold speaker or one of its aliases. Speaker
  precision counts only quotes given a speaker: an abstention (speaker null) costs recall,
  not precision, because a wrong name misleads a reader and a blank does not;
- a figure is right when value, qualifier and attribution all match. claims merges one
  voice's repeats of a figure into one entry, and an unattributed report of a figure into the
  named entry of that figure (listed in the entry's ``voices``); each voice of an entry is
  scored once, as one predicted figure, so merging neither inflates nor hides figures;
- a disputed group is found when a predicted disputed group shares two figures with it.
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
# the shared data sits beside the main checkout; a worktree under wt/ looks one level higher
SHARED = next((p / "shared" for p in ROOT.parents if (p / "shared" / "eval").is_dir()),
              ROOT.parent / "shared")
KINDS = ("quotes", "claims", "disputed")
LABELS = {"quotes": "quote speakers", "claims": "claim values (val+qual+attr)",
          "disputed": "disputed figures"}


def norm(text: str | None) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", (text or "").lower()))


def load_cluster(record_id: str, source: str):
    from newsfuse.analyze import analyze
    from newsfuse.clean import clean_articles
    from newsfuse.readers import read_inputs
    from newsfuse.readers.jsonl import articles_from_record

    if source.startswith("shared/examples"):
        articles = read_inputs(sorted((SHARED.parent / source).glob("*.txt")))
    else:
        path = SHARED / "eval" / Path(source).name
        record = next(json.loads(line) for line in open(path, encoding="utf-8")
                      if json.loads(line)["id"] == record_id)
        articles = articles_from_record(record, record_id)
    articles, _ = clean_articles(articles)
    return analyze(articles)


def names_ok(predicted: str | None, gold: dict) -> bool:
    allowed = {norm(gold["attributed_to"] if "attributed_to" in gold else gold["speaker"])}
    allowed |= {norm(a) for a in gold.get("aliases", [])}
    p = norm(predicted)
    return p in allowed or bool(p and any(p == a.replace("the ", "") for a in allowed))


def same_text(p, g) -> bool:
    a, b = norm(p["text"]), norm(g["text"])
    return bool(a and b and (f" {a} " in f" {b} " or f" {b} " in f" {a} "))


def same_value(p, g) -> bool:
    return p["value"] == g["value"] and p["qualifier"] == g["qualifier"] and (
        (p["attributed_to"] is None and g["attributed_to"] is None)
        or (g["attributed_to"] is not None and names_ok(p["attributed_to"], g)))


def voice_figures(entry) -> list[dict]:
    """A merged figure entry as one predicted figure per voice (source) it lists."""
    voices = entry.get("voices") or [{"attributed_to": entry["attributed_to"],
                                      "articles": entry["articles"]}]
    return [{**entry, "attributed_to": v["attributed_to"], "articles": v["articles"]}
            for v in voices]


def pairs(values) -> set:
    return {(json.dumps(v["value"]), v["qualifier"]) for v in values}


def line(counts, label) -> str:
    hp, n_p, hr, n_r = counts
    p = f"{hp / n_p:.2f}" if n_p else " n/a"
    r = f"{hr / n_r:.2f}" if n_r else " n/a"
    return f"  {label:30s} precision {p} ({hp}/{n_p})  recall {r} ({hr}/{n_r})"


# attribution kind -> [right, named]: how each way of finding a speaker does, counting the
# speakers withheld as "unconfirmed_speaker" as if they had been given
BY_ATTRIBUTION: dict[str, list[int]] = {}


def score_cluster(claims, quotes, gold_c, gold_q, verbose=False) -> dict[str, list[int]]:
    out = {k: [0, 0, 0, 0] for k in KINDS}
    if gold_q is not None:
        for p in quotes:
            who = p["speaker"] or p.get("unconfirmed_speaker")
            if who:
                t = BY_ATTRIBUTION.setdefault(p.get("attribution") or "?", [0, 0])
                t[0] += any(same_text(p, g) and names_ok(who, g) for g in gold_q)
                t[1] += 1
                if verbose and p["speaker"] is None and not any(
                        same_text(p, g) and names_ok(who, g) for g in gold_q):
                    print(f"    withheld wrong: {who!r} ({p.get('attribution')}) <- "
                          f"{p['text'][:60]!r}")
        named = [p for p in quotes if p["speaker"]]
        t = out["quotes"]
        t[0] = sum(1 for p in named if any(same_text(p, g) and names_ok(p["speaker"], g)
                                           for g in gold_q))
        t[1] = len(named)
        t[2] = sum(1 for g in gold_q if any(same_text(p, g) and names_ok(p["speaker"], g)
                                            for p in quotes))
        t[3] = len(gold_q)
        if verbose:
            for p in named:
                if not any(same_text(p, g) and names_ok(p["speaker"], g) for g in gold_q):
                    print(f"    wrong quote: {p['speaker']!r} ({p.get('attribution')}) <- "
                          f"{p['text'][:70]!r}")
            for g in gold_q:
                if not any(same_text(p, g) and names_ok(p["speaker"], g) for p in quotes):
                    got = [p["speaker"] for p in quotes if same_text(p, g)]
                    print(f"    missed quote: {g['speaker']!r} (got {got}) {g['text'][:60]!r}")
    if gold_c is not None:
        gold_values = [v for g in gold_c for v in g["values"]]
        predicted = [voice_figures(v) for g in claims for v in g["values"]]
        predicted = [p for voices in predicted for p in voices]
        t = out["claims"]
        t[0] = sum(1 for p in predicted if any(same_value(p, g) for g in gold_values))
        t[1] = len(predicted)
        t[2] = sum(1 for g in gold_values if any(same_value(p, g) for p in predicted))
        t[3] = len(gold_values)
        gold_disputed = [pairs(g["values"]) for g in gold_c if g["disputed"]]
        pred_disputed = [(g, pairs(g["values"])) for g in claims if g["status"] == "disputed"]
        t = out["disputed"]
        t[0] = sum(1 for _, p in pred_disputed if any(len(p & g) >= 2 for g in gold_disputed))
        t[1] = len(pred_disputed)
        t[2] = sum(1 for g in gold_disputed if any(len(p & g) >= 2 for _, p in pred_disputed))
        t[3] = len(gold_disputed)
        if verbose:
            for p in predicted:
                if not any(same_value(p, g) for g in gold_values):
                    print(f"    wrong figure: {p['value']} {p['qualifier']} "
                          f"by {p['attributed_to']!r} in {p['articles']}: {p['text'][:60]!r}")
            for g in gold_values:
                if not any(same_value(p, g) for p in predicted):
                    print(f"    missed figure: {g['value']} {g['qualifier']} "
                          f"by {g['attributed_to']!r} in {g['articles']}")
            for g, p in pred_disputed:
                if not any(len(p & d) >= 2 for d in gold_disputed):
                    print(f"    wrong dispute: {g['about']!r} {sorted(p)}")
    return out


def add(total, counts) -> None:
    for k in KINDS:
        total[k] = [a + b for a, b in zip(total[k], counts[k])]


def main() -> None:
    from newsfuse.crosscheck.claims import find_claims
    from newsfuse.crosscheck.quotes import find_quotes

    verbose = "-v" in sys.argv
    gold_claims = {r["id"]: r for r in map(json.loads, open(ROOT / "gold/claims.jsonl"))}
    gold_quotes = {r["id"]: r for r in map(json.loads, open(ROOT / "gold/quotes.jsonl"))}
    parts = ("overall", "tuned", "example", "eval", "fresh")
    totals = {part: {k: [0, 0, 0, 0] for k in KINDS} for part in parts}
    for cid in list(dict.fromkeys([*gold_claims, *gold_quotes])):
        source = (gold_claims.get(cid) or gold_quotes[cid])["source"]
        cluster = load_cluster(cid, source)
        start = time.perf_counter()
        claims, quotes = find_claims(cluster), find_quotes(cluster)
        took = time.perf_counter() - start
        split = (gold_quotes.get(cid) or gold_claims.get(cid) or {}).get("split")
        part = "example" if source.startswith("shared/examples") else split or "eval"
        print(f"{cid} ({part}): {len(cluster.articles)} articles, claims+quotes {took:.3f}s")
        counts = score_cluster(claims, quotes,
                               gold_claims[cid]["claims"] if cid in gold_claims else None,
                               gold_quotes[cid]["quotes"] if cid in gold_quotes else None,
                               verbose)
        for k in KINDS:
            print(line(counts[k], LABELS[k]))
        add(totals[part], counts)
        add(totals["overall"], counts)
        if part in ("example", "eval"):
            add(totals["tuned"], counts)
    for part in parts:
        print(f"\n{part}:")
        for k in KINDS:
            print(line(totals[part][k], LABELS[k]))
    if verbose:
        print("\nquote speakers by attribution (all clusters; withheld speakers counted as given):")
        for kind, (right, named) in sorted(BY_ATTRIBUTION.items(), key=lambda kv: -kv[1][1]):
            print(f"  {kind:20s} precision {right / named:.2f} ({right}/{named})")


if __name__ == "__main__":
    main()
