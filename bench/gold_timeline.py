"""Precision and recall of timeline dates against the hand-annotated gold/timeline.jsonl.

A gold item is (cluster, date, quote): a piece of one sentence and the day it dates. A
predicted (date, sentence) -- every mention behind every timeline event -- is correct when a
gold item of the same cluster has that date and its quote lies in that sentence. Recall
counts gold items that some correct prediction covers. Matching by quote rather than by
sentence number keeps the gold valid when sentence splitting changes.

    .venv/bin/python bench/gold_timeline.py
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLES = SHARED / "examples" / "deir-ezzor-2016"
EVAL = SHARED / "eval"


def norm(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", text).strip()


def load_cluster(name: str):
    from newsfuse.analyze import analyze
    from newsfuse.clean import clean_articles
    from newsfuse.readers import read_inputs
    from newsfuse.readers.jsonl import articles_from_record

    if name == "deir-ezzor-2016":
        articles = read_inputs(sorted(EXAMPLES.glob("*.txt")))
    else:
        source = EVAL / ("multiling2011_en.jsonl" if name.startswith("multiling") else
                         "multinews_sample100.jsonl")
        record = next(json.loads(line) for line in open(source, encoding="utf-8")
                      if json.loads(line)["id"] == name)
        articles = articles_from_record(record, name)
    articles, _ = clean_articles(articles)
    return analyze(articles)


def main() -> int:
    from newsfuse.crosscheck.timeline import build_timeline

    gold: dict[str, list[dict]] = defaultdict(list)
    for line in open(ROOT / "gold" / "timeline.jsonl", encoding="utf-8"):
        if line.strip():
            item = json.loads(line)
            gold[item["cluster"]].append(item)

    total_tp = total_pred = total_found = total_gold = 0
    print(f"{'cluster':28} {'pred':>5} {'ok':>4} {'gold':>5} {'found':>5} {'P':>6} {'R':>6}")
    for name, items in gold.items():
        t0 = time.perf_counter()
        cluster = load_cluster(name)
        timeline = build_timeline(cluster)
        text = {}
        for s in cluster.sentences:
            text[(s.article, s.position if not s.is_headline else -1)] = norm(s.text)
        predictions = {(m["article"], m["sentence"], e["date"]) for e in timeline for m in e["mentions"]}
        found: set[int] = set()
        ok = 0
        wrong = []
        for article, position, day in sorted(predictions):
            sentence = text[(article, position)]
            hits = [i for i, g in enumerate(items) if g["date"] == day and norm(g["quote"]) in sentence]
            if hits:
                ok += 1
                found.update(hits)
            else:
                wrong.append((day, article, position, sentence[:90]))
        p = ok / len(predictions) if predictions else 0.0
        r = len(found) / len(items)
        print(f"{name:28} {len(predictions):5d} {ok:4d} {len(items):5d} {len(found):5d} {p:6.3f} {r:6.3f}"
              f"   ({time.perf_counter() - t0:.1f}s)")
        if "-v" in sys.argv:
            for w in wrong:
                print("    wrong:", *w)
            for i, g in enumerate(items):
                if i not in found:
                    print("    missed:", g["date"], g["quote"])
        total_tp += ok
        total_pred += len(predictions)
        total_found += len(found)
        total_gold += len(items)
    p = total_tp / total_pred if total_pred else 0.0
    r = total_found / total_gold if total_gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"{'ALL':28} {total_pred:5d} {total_tp:4d} {total_gold:5d} {total_found:5d} {p:6.3f} {r:6.3f}"
          f"   F1 {f1:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
