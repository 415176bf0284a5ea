"""How often the one-story check cries wolf, and how often it catches a stray article.

On the 100 real clusters of multinews_sample100.jsonl (each one story):
- false alarms: clusters of two or more articles that get a stray-article warning;
- intruders: each multi-article cluster plus one article from another cluster (the next
  cluster in the file with a different id): is the intruder named, is anyone else named;
- unrelated sets: eight articles from eight different clusters: is a warning given.
Runs the analysis pass without spaCy (the check reads only the tf-idf vectors).

    .venv/bin/python bench/story_check.py [-v]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT.parent / "shared" / "eval" / "multinews_sample100.jsonl"


def main() -> int:
    from newsfuse.analyze import analyze
    from newsfuse.clean import clean_articles
    from newsfuse.language import best_similarities, stray_articles
    from newsfuse.readers.jsonl import articles_from_record

    records = [json.loads(line) for line in open(SAMPLE, encoding="utf-8")]
    verbose = "-v" in sys.argv

    def cluster_of(articles):
        articles, _ = clean_articles(articles)
        return analyze(articles, entities=False)

    multi = alarms = 0
    caught = extra = intruder_runs = 0
    for n, record in enumerate(records):
        articles = articles_from_record(record, record["id"])
        cluster = cluster_of(list(articles))
        if len(cluster.articles) < 2:
            continue
        multi += 1
        stray = stray_articles(cluster)
        if stray:
            alarms += 1
            if verbose:
                print("flagged in a real cluster:", record["id"],
                      {k: round(v, 3) for k, v in best_similarities(cluster).items()})
                for a in stray:
                    print("    ", a, repr(cluster.article(a).text[:90]))
        other = records[(n + 37) % len(records)]
        intruder = articles_from_record(other, other["id"])[0]
        mixed = cluster_of(articles_from_record(record, record["id"]) + [intruder])
        if len(mixed.articles) != len(cluster.articles) + 1:
            continue
        intruder_runs += 1
        last = mixed.articles[-1].id
        named = stray_articles(mixed)
        caught += last in named
        extra += any(a != last for a in named)
        if "-vv" in sys.argv and last not in named:
            print("missed intruder:", record["id"], "+", other["id"],
                  {k: round(v, 3) for k, v in best_similarities(mixed).items()})

    warned = 0
    sets = 0
    for start in range(0, len(records) - 8, 8):
        articles = [articles_from_record(r, r["id"])[0] for r in records[start:start + 8]]
        sets += 1
        warned += bool(stray_articles(cluster_of(articles)))

    print(f"real clusters with a warning: {alarms}/{multi} multi-article clusters ({alarms / multi:.1%}; "
          f"-v lists the articles named, to tell error pages and notices from real reports)")
    print(f"intruder named: {caught}/{intruder_runs} ({caught / intruder_runs:.1%}); "
          f"a real member also named in {extra}/{intruder_runs}")
    print(f"eight unrelated articles warned: {warned}/{sets}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
