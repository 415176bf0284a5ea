"""Issue 7's absolute promises, counted on stories no rule was tuned on.

The stories of ``../shared/stories`` that no file under ``gold*/`` names (a story named there is
tuning, validation or held-out text, and is left out unopened):
- agreed: every story of two or more articles is briefed (claims only); every figure group shown
  as agreed is scanned for two different exact values (the promise: never);
- story: the one-story check on each story (a warning is a false alarm), on 3 to 8 articles of
  as many stories, on a story's 2 to 6 reports plus one or two of another story (is each
  intruder named), and on three reports of one ECB+ event with two of the other event of the
  same topic. Mixes are drawn with a fixed seed.

    python bench/unseen_promises.py [--part agreed story] [--figures rules learned] [-v]

Measured 2026-12-02 (README, "Language and story checks").
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STORIES = next((p / "shared" / "stories" for p in ROOT.parents if (p / "shared" / "stories").is_dir()),
               ROOT.parent / "shared" / "stories")
FILES = ("basil.jsonl", "ecbplus.jsonl", "multinews100.jsonl", "allsides_2021a.jsonl")


def named_in_gold(label: str) -> bool:
    """Whether any gold file names the story (grep, so no gold record is read here)."""
    found = subprocess.run(["grep", "-rlF", "--", label] + [str(p) for p in ROOT.glob("gold*")],
                           capture_output=True, text=True)
    return bool(found.stdout.strip())


def unseen(file: str) -> dict[str, list[dict]]:
    stories: dict[str, list[dict]] = collections.OrderedDict()
    for line in open(STORIES / file, encoding="utf-8"):
        row = json.loads(line)
        stories.setdefault(row["story"], []).append(row)
    return {s: rows for s, rows in stories.items() if not named_in_gold(s)}


def as_input(rows: list[dict]) -> list[dict]:
    """Article objects as a user gives them; an ECB+ report that is one sentence has it only
    as the title, so it is the text too."""
    return [{"title": r.get("title"), "text": r.get("text") or r.get("title"), "url": r.get("url"),
             "source": r.get("source"), "published": r.get("published")} for r in rows]


def agreed(pools: dict[str, dict], figures: str, verbose: bool) -> None:
    import newsfuse

    stories = groups = shown_agreed = 0
    failures = []
    for file, pool in pools.items():
        for story, rows in pool.items():
            if len(rows) < 2:
                continue
            brief = newsfuse.brief(as_input(rows), sections="claims", figures=figures)
            stories += 1
            for group in brief.claims:
                if group["status"] == "single":
                    continue
                groups += 1
                if group["status"] != "agreed":
                    continue
                shown_agreed += 1
                exact = {json.dumps(v["value"]) for v in group["values"] if v["qualifier"] == "exact"}
                if len(exact) > 1:
                    failures.append((story, group))
    print(f"agreed ({figures}): {stories} stories, {groups} cross-source groups, {shown_agreed} agreed, "
          f"{len(failures)} agreed over two different exact values")
    for story, group in failures if verbose else []:
        print("   ", story, group["about"], [(v["value"], v["qualifier"], v["articles"]) for v in group["values"]])


def story_check(pools: dict[str, dict], verbose: bool) -> None:
    from newsfuse.analyze import analyze
    from newsfuse.clean import clean_articles
    from newsfuse.language import stray_articles
    from newsfuse.readers import read_inputs

    def stray(rows):
        articles, _ = clean_articles(read_inputs(as_input(rows)))
        return stray_articles(analyze(articles, entities=False)), [a.id for a in articles]

    alarms = collections.Counter()
    sizes = collections.Counter()
    for file, pool in pools.items():
        for story, rows in pool.items():
            if len(rows) >= 2:
                sizes[file] += 1
                named, _ = stray(rows)
                alarms[file] += bool(named)
                if named and verbose:
                    print("    false alarm", story, named)
    print("false alarms on real stories:", sum(alarms.values()), "/", sum(sizes.values()),
          {f.split(".")[0]: f"{alarms[f]}/{sizes[f]}" for f in sizes})
    rng = random.Random(13)
    pool = {s: rows for f in FILES[:3] for s, rows in pools[f].items()}
    names = sorted(pool)
    warned = collections.Counter()
    for _ in range(40):
        picked = rng.sample(names, rng.randint(3, 8))
        warned["apart"] += bool(stray([rng.choice(pool[s]) for s in picked])[0])
    multi = [s for s in names if len(pool[s]) >= 2]
    for _ in range(40):
        story = rng.choice(multi)
        own = pool[story][:rng.randint(2, min(6, len(pool[story])))]
        others = rng.sample([s for s in names if s != story], rng.randint(1, 2))
        rows = own + [rng.choice(pool[o]) for o in others]
        rng.shuffle(rows)
        named, ids = stray(rows)
        intruders = {i for i, r in zip(ids, rows) if r["story"] != story}
        warned["intruder"] += bool(named)
        warned["exactly"] += set(named) == intruders
    topics = collections.defaultdict(list)
    for s in names:
        if s.startswith("ecbplus-"):
            topics[s[:-1]].append(s)
    pairs = [ss for ss in topics.values() if len(ss) == 2]
    for a, b in pairs:
        warned["topic"] += bool(stray(pool[a][:3] + pool[b][:2])[0])
    print(f"3-8 articles of as many stories warned: {warned['apart']}/40; a story plus one or two "
          f"intruders warned: {warned['intruder']}/40 (exactly the intruders named: {warned['exactly']}); "
          f"same ECB+ topic, other event: {warned['topic']}/{len(pairs)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--part", nargs="+", choices=["agreed", "story"], default=["agreed", "story"])
    parser.add_argument("--figures", nargs="+", choices=["rules", "learned"], default=["rules"])
    parser.add_argument("-v", action="store_true", help="list every failure")
    args = parser.parse_args()
    pools = {f: unseen(f) for f in FILES}
    print("stories no gold file names:", {f.split(".")[0]: len(p) for f, p in pools.items()})
    if "story" in args.part:
        story_check(pools, args.v)
    for figures in args.figures if "agreed" in args.part else []:
        agreed(pools, figures, args.v)
    return 0


if __name__ == "__main__":
    sys.exit(main())
