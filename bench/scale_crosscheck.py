"""Time every analysis on one 200-article cluster of real news text.

The articles are the first documents of the Multi-News sample (plus MultiLing when more are
needed), so the cluster has real duplicates and real date expressions but no single story:
the point is that no analysis grows with the square of the sentence count.

    .venv/bin/python bench/scale_crosscheck.py [n_articles]
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"


def documents(n: int) -> list[str]:
    out: list[str] = []
    for name in ("multinews_sample100.jsonl", "multiling2011_en.jsonl"):
        for line in open(EVAL / name, encoding="utf-8"):
            for doc in json.loads(line)["documents"]:
                if len(doc.split()) >= 20:
                    out.append(doc)
                if len(out) >= n:
                    return out
    return out


def main() -> int:
    from newsfuse.analyze import analyze
    from newsfuse.clean import clean_articles
    from newsfuse.pipeline import SECTIONS
    from newsfuse.readers.text import article_from_text
    from newsfuse.summarize import summarize

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    docs = documents(n + n // 4)  # cleaning drops boilerplate-only pages
    articles, _ = clean_articles([article_from_text(d, path=None) for d in docs])
    articles = articles[:n]
    words = sum(a.words for a in articles)
    t0 = time.perf_counter()
    cluster = analyze(articles)
    t_analyze = time.perf_counter() - t0
    print(f"{len(articles)} articles, {words} words, {len(cluster.sentences)} sentences")
    print(f"analyze (Punkt + spaCy):   {t_analyze:7.2f} s")
    total = 0.0  # sentence embeddings are computed inside the analyses that ask for them
    for name, section in SECTIONS.items():
        t = time.perf_counter()
        result = section.load()(cluster)
        dt = time.perf_counter() - t
        total += dt
        size = len(result["pairs"]) if name == "overlap" else len(result)
        extra = f", {len(result['copies'])} copies" if name == "overlap" else ""
        print(f"{name:9}: {dt:7.3f} s  ({size} {'pairs' if name == 'overlap' else 'items'}{extra})")
    t = time.perf_counter()
    summary = summarize(cluster, words=250)
    dt = time.perf_counter() - t
    total += dt
    print(f"summary  : {dt:7.3f} s  ({len(summary)} sentences)")
    print(f"cross-check total: {total:7.3f} s; with analyze: {t_analyze + total:7.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
