"""Train the figure linker that find_claims ships with (src/newsfuse/data/figure_links.*).

Usage: python bench/train_figure_links.py [--exclude-gold DIR ...] [--out DIR]

Reads the tuning gold records (never a frozen one: ``figure_worth_cv.tuning_records``),
leaves out every record whose texts may not train a model that ships (``NOT_FOR_TRAINING``:
BASIL's articles come with no licence, so evaluation use only) and every record id found
under an --exclude-gold folder (a validation batch), and
extracts each cluster's figure statements, candidate pairs, features and labels exactly as
bench/figure_links_cv.py does (same functions). The threshold is the grid value with the best
group F1 over the training clusters scored by models fitted on the other three quarters of
them (``figure_links_cv.pick_threshold``); the model is then fitted on all of them with
``figure_links_cv.train_booster`` (seeded, one thread: rerunning gives the same file).
Writes figure_links.txt (LightGBM text model) and figure_links.json (features, threshold,
grouping method, the cluster ids trained on).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from figure_links_cv import (METHOD, ROUNDS, extract, fit_lgbm, ids_in, pick_threshold,  # noqa: E402
                             train_booster)
from figure_worth_cv import tuning_records  # noqa: E402
from gold_claims_quotes import ROOT  # noqa: E402

# Sources (a gold record's "source") whose texts the shipped model is never trained on, and
# why: shared/stories/README.md says of BASIL "No licence stated: evaluation use only".
NOT_FOR_TRAINING = {"shared/stories/basil.jsonl": "BASIL, no licence stated: evaluation use only"}


def main() -> None:
    from newsfuse.crosscheck.links import FEATURES, META_FILE, MODEL_FILE

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--exclude-gold", type=Path, action="append", default=[],
                        help="a gold folder whose record ids are not trained on")
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "newsfuse" / "data")
    args = parser.parse_args()
    start = time.perf_counter()
    excluded = {i for d in args.exclude_gold for i in ids_in(d)}
    unlicensed = [r for r in tuning_records() if r["source"] in NOT_FOR_TRAINING]
    records = [r for r in tuning_records()
               if r["id"] not in excluded and r["source"] not in NOT_FOR_TRAINING]
    for source, why in NOT_FOR_TRAINING.items():
        n = sum(1 for r in unlicensed if r["source"] == source)
        print(f"left out {n} records of {source} ({why})")
    data = extract(records)
    threshold = pick_threshold(fit_lgbm, data, METHOD)
    usable = [c for c in data if len(c["y"])]
    X, y = np.vstack([c["X"] for c in usable]), np.concatenate([c["y"] for c in usable])
    booster = train_booster(X, y)
    args.out.mkdir(parents=True, exist_ok=True)
    booster.save_model(str(args.out / MODEL_FILE))
    meta = {"features": FEATURES, "threshold": threshold, "method": METHOD, "rounds": ROUNDS,
            "pairs": int(len(y)), "positive": int(y.sum()),
            "clusters": sorted(r["id"] for r in records),
            "not_trained_on": sorted(NOT_FOR_TRAINING)}
    (args.out / META_FILE).write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    print(f"{len(records)} clusters, {len(y)} pairs ({int(y.sum())} linked), threshold "
          f"{threshold}, {time.perf_counter() - start:.0f}s -> {args.out / MODEL_FILE}")


if __name__ == "__main__":
    main()
