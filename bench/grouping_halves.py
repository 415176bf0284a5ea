"""Grouping quality with a guard against tuning to one file: decide on one half, confirm on the other.

    PYTHONPATH=src python bench/grouping_halves.py                       # current defaults
    PYTHONPATH=src python bench/grouping_halves.py --options '{"w_title": 0.2}'
    options: --options JSON (StoryGrouper options to override), --cache DIR (keep each file's
             features there, so the next run skips the embeddings), --oracle (upper bounds, below)

``eval-stories`` scores one file; every grouping figure in the README is a tuning score on
that file. Here ``allsides_2021a`` is also cut in two by publication date (articles published
before the date of the middle article in stream order, then the rest; 352 and 370 articles,
2021-04-20..06-01 and 06-02..07-15), and each half is grouped as a stream of its own. A change
is chosen on the first half and checked, unchanged, on the second; a gain that holds on one half
only is tuning to that half. The other three shared files are scored as wholes. Each line
gives newsfuse and the single-pass TF-IDF baseline of ``../shared/stories/README.md`` on the
same records in the same process (B-cubed F1, pairwise F1, and newsfuse minus baseline).

``--oracle`` adds two bounds that read the gold labels inside the grouper (bench only): the
*decision* oracle keeps newsfuse's ranking of candidate stories but joins the best one exactly
when it holds an article of the same gold story (else opens a story); the *choice* oracle joins
any candidate that holds one. The gap between newsfuse and the decision oracle is what a better
join-or-open decision could gain; the gap between the two oracles is what better candidates and
ranking could gain.
"""

from __future__ import annotations

import argparse
import json
import math
import pickle
import sys
from pathlib import Path

STORIES = next((p / "shared" / "stories" for p in Path(__file__).resolve().parents
                if (p / "shared" / "stories").is_dir()), Path("../shared/stories"))
FILES = ["allsides_2021a", "ecbplus", "basil", "multinews100"]
CHUNK = 128


def split_by_date(records: list[dict]) -> tuple[list[dict], list[dict]]:
    """Records published before the middle record's date, and the rest (stream order kept).
    A day is never cut: all of a day's articles fall in the same half."""
    days = sorted(r["published"] for r in records)
    middle = days[len(days) // 2]
    return [r for r in records if r["published"] < middle], [r for r in records if r["published"] >= middle]


def features(name: str, records: list[dict], cache: Path | None) -> dict:
    """Key -> ArticleFeatures for a file, from the cache when it is there."""
    from newsfuse.corpus.evaluate import article_of
    from newsfuse.corpus.features import extract_many

    path = cache / f"{name}.features.pkl" if cache else None
    if path and path.exists():
        with open(path, "rb") as handle:  # written by this script: trusted
            return pickle.load(handle)
    feats = []
    for start in range(0, len(records), CHUNK):
        part = records[start:start + CHUNK]
        feats += extract_many([article_of(r) for r in part], [r["id"] for r in part])
    out = {f.key: f for f in feats}
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "wb") as handle:
            pickle.dump(out, handle)
    return out


def oracle_grouper(gold: dict[str, str], choose_any: bool, **options):
    """A StoryGrouper whose join-or-open decision reads the gold labels (see the docstring)."""
    from newsfuse.corpus.grouping import StoryGrouper

    class Oracle(StoryGrouper):
        def __init__(self):
            super().__init__(**options)
            self.members: dict[int, set[str]] = {}

        def add(self, feats):
            sid = super().add(feats)
            self.members.setdefault(int(sid[1:]) - 1, set()).add(gold[feats.key])
            return sid

        def _best_story(self, feats, combined, day):
            idf = {t: self._idf(t) for t in combined}
            weights = {t: v * idf[t] for t, v in combined.items()}
            norm = math.sqrt(sum(w * w for w in weights.values()))
            scored = sorted(((self.score(self.signals(feats, weights, idf, norm, self.stories[s], day)), s)
                             for s in self._candidates(weights, day)), key=lambda p: (-p[0], p[1]))
            for _, s in (scored if choose_any else scored[:1]):
                if gold[feats.key] in self.members.get(s, ()):
                    return s
            return None

    return Oracle()


def score(records: list[dict], feats: dict, grouper) -> tuple[dict, dict]:
    from newsfuse.corpus.evaluate import bcubed, pairwise
    from newsfuse.corpus.grouping import stream_order

    story = {f.key: grouper.add(f) for f in stream_order([feats[r["id"]] for r in records])}
    gold = [r["story"] for r in records]
    predicted = [story[r["id"]] for r in records]
    return bcubed(gold, predicted), pairwise(gold, predicted)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--options", default="{}", help="JSON object of StoryGrouper options")
    parser.add_argument("--cache", type=Path, help="folder for cached features")
    parser.add_argument("--oracle", action="store_true", help="also print the two oracle bounds")
    args = parser.parse_args(argv)
    options = json.loads(args.options)

    from newsfuse.corpus.evaluate import bcubed, load_labelled, pairwise, tfidf_baseline
    from newsfuse.corpus.grouping import StoryGrouper

    sets = []
    for name in FILES:
        records = load_labelled(str(STORIES / f"{name}.jsonl"))
        feats = features(name, records, args.cache)
        if name == "allsides_2021a":
            first, second = split_by_date(records)
            sets += [("allsides first half", first, feats), ("allsides second half", second, feats)]
        sets.append((name, records, feats))
    print(f"options: {json.dumps(options, sort_keys=True)}")
    print(f"{'set':22s} {'n':>4s}  {'B3 P/R/F1':>17s}  {'base F1':>7s} {'diff':>6s}  {'pair F1':>7s} "
          f"{'base':>6s} {'diff':>6s}" + ("  decision/choice oracle B3" if args.oracle else ""))
    for label, records, feats in sets:
        gold = [r["story"] for r in records]
        b3, pair = score(records, feats, StoryGrouper(**options))
        base = tfidf_baseline(records)
        base_b3, base_pair = bcubed(gold, base)["f1"], pairwise(gold, base)["f1"]
        line = (f"{label:22s} {len(records):4d}  {b3['precision']:.3f}/{b3['recall']:.3f}/{b3['f1']:.3f}  "
                f"{base_b3:7.3f} {b3['f1'] - base_b3:+6.3f}  {pair['f1']:7.3f} {base_pair:6.3f} "
                f"{pair['f1'] - base_pair:+6.3f}")
        if args.oracle:
            mapping = dict(zip((r["id"] for r in records), gold))
            bounds = [score(records, feats, oracle_grouper(mapping, any_, **options))[0]["f1"] for any_ in (False, True)]
            line += f"  {bounds[0]:.3f} / {bounds[1]:.3f}"
        print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
