"""Train the figure linker that find_claims ships with (src/newsfuse/data/figure_links.*).

Usage: python bench/train_figure_links.py [--exclude-gold DIR ...] [--out DIR] [--threshold T]

Reads the tuning gold records (never a frozen one: ``figure_worth_cv.tuning_records``),
leaves out every record whose texts may not train a model that ships (``NOT_FOR_TRAINING``:
BASIL's articles come with no licence, so evaluation use only), every record of a validation
batch (``figure_links_cv.VALIDATION``: gold/multinews-s4 and -s5, always, so a retrain never
needs a flag to keep them unseen) and every record id found under an --exclude-gold folder, and
extracts each cluster's figure statements, candidate pairs, features and labels exactly as
bench/figure_links_cv.py does (same functions). The threshold is --threshold when given (one
chosen on figure_links_cv.py's leave-one-cluster-out lines, --fixed), else the grid value with
the best group F1 over the training clusters scored by models fitted on the other three
quarters of them (``figure_links_cv.pick_threshold``); the model is then fitted on all of them with
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
from figure_links_cv import (METHOD, ROUNDS, VALIDATION, extract, fit_lgbm, ids_in,  # noqa: E402
                             pick_threshold, train_booster, validation_ids)
from figure_worth_cv import tuning_records  # noqa: E402
from gold_claims_quotes import ROOT  # noqa: E402

# Sources (a gold record's "source") whose texts the shipped model is never trained on, and
# why: shared/stories/README.md says of BASIL "No licence stated: evaluation use only".
NOT_FOR_TRAINING = {"shared/stories/basil.jsonl": "BASIL, no licence stated: evaluation use only"}


def training_records(exclude_gold=()) -> list[dict]:
    """The records the shipped model may be fitted on: tuning records (never frozen) but those
    of ``NOT_FOR_TRAINING`` sources, of the validation batches and of ``exclude_gold`` folders."""
    excluded = {i for d in exclude_gold for i in ids_in(d)} | validation_ids()
    return [r for r in tuning_records()
            if r["id"] not in excluded and r["source"] not in NOT_FOR_TRAINING]


def main() -> None:
    from newsfuse.crosscheck.links import FEATURES, META_FILE, MODEL_FILE

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--exclude-gold", type=Path, action="append", default=[],
                        help="a gold folder whose record ids are not trained on")
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "newsfuse" / "data")
    parser.add_argument("--threshold", type=float,
                        help="the decision threshold (chosen on the leave-one-cluster-out bench); "
                             "default: the best inner-CV group F1 on the grid")
    args = parser.parse_args()
    start = time.perf_counter()
    held = validation_ids()
    unlicensed = [r for r in tuning_records() if r["source"] in NOT_FOR_TRAINING]
    records = training_records(args.exclude_gold)
    for source, why in NOT_FOR_TRAINING.items():
        n = sum(1 for r in unlicensed if r["source"] == source)
        print(f"left out {n} records of {source} ({why})")
    print(f"left out {sum(1 for r in tuning_records() if r['id'] in held)} records of the "
          f"validation batches ({', '.join(str(d.relative_to(ROOT)) for d in VALIDATION)})")
    data = extract(records)
    threshold = args.threshold if args.threshold is not None else pick_threshold(fit_lgbm, data, METHOD)
    usable = [c for c in data if len(c["y"])]
    X, y = np.vstack([c["X"] for c in usable]), np.concatenate([c["y"] for c in usable])
    booster = train_booster(X, y)
    args.out.mkdir(parents=True, exist_ok=True)
    booster.save_model(str(args.out / MODEL_FILE))
    meta = {"features": FEATURES, "threshold": threshold, "method": METHOD, "rounds": ROUNDS,
            "pairs": int(len(y)), "positive": int(y.sum()),
            "clusters": sorted(r["id"] for r in records),
            "not_trained_on": sorted(NOT_FOR_TRAINING),
            "validation_not_trained_on": [str(d.relative_to(ROOT)) for d in VALIDATION]}
    (args.out / META_FILE).write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    print(f"{len(records)} clusters, {len(y)} pairs ({int(y.sum())} linked), threshold "
          f"{threshold}, {time.perf_counter() - start:.0f}s -> {args.out / MODEL_FILE}")


if __name__ == "__main__":
    main()
