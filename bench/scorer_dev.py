"""Choose the learned scorer's selection settings on a dev split carved from Multi-News train.

The dev clusters are a seeded slice of ``multinews_train.jsonl.gz`` that ``train-scorer``
never samples (its sample is the first ``--clusters`` of the same seeded order; dev starts at
``--skip``, default 40,000). Nothing here reads Multi-News val, sample100 or MultiLing: those
are reported once, afterwards, with ``newsfuse eval``.

Prints, for lead, the heuristic and each learned variant: mean ROUGE-1/2 F1 at the 300-word
cut, the mean summary length, and the paired margin over lead with its 95% bootstrap interval.
With several ``--model`` files, each is run with the shipped selection settings and compared
with the first one, paired on the same clusters (how a new feature or label set is judged).

    PYTHONPATH=src python bench/scorer_dev.py --model /tmp/model.txt --clusters 500
    PYTHONPATH=src python bench/scorer_dev.py --model old.txt --model new.txt
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
# the shared data sits beside the main checkout; a worktree under wt/ looks one level higher
SHARED = next((p / "shared" for p in ROOT.parents if (p / "shared" / "eval").is_dir()),
              ROOT.parent / "shared")


def _pure(cluster, pool, words, cap=0.5):
    """Research-style selection: best score first, skip a sentence too similar to one taken."""
    vec = cluster.vectors
    chosen, used = [], 0
    for _, s in pool:
        if used >= words:
            break
        if chosen and float((vec[[c.index for c in chosen]] @ vec[s.index]).max()) > cap:
            continue
        chosen.append(s)
        used += s.n_words
    return chosen


def main() -> None:
    from newsfuse.errors import InputError
    from newsfuse.evaluate import confidence_intervals, cut_words, lead_summary, rouge
    from newsfuse.pipeline import prepare_cluster
    from newsfuse.readers.text import article_from_text
    from newsfuse.scorer import learned_pool
    from newsfuse.summarize import SummaryOptions, cite_in_order, select_heuristic, select_learned
    from newsfuse.train_scorer import sample_records

    parser = argparse.ArgumentParser()
    parser.add_argument("--train", default=str(SHARED / "train" / "multinews_train.jsonl.gz"))
    parser.add_argument("--model", action="append", default=None,
                        help="a model file; repeat to compare models (the first is the baseline)")
    parser.add_argument("--clusters", type=int, default=500)
    parser.add_argument("--skip", type=int, default=40000)
    parser.add_argument("--words", type=int, default=300)
    args = parser.parse_args()

    words = args.words
    opts = SummaryOptions(overflow=True)
    no_concepts = SummaryOptions(overflow=True, weight_concepts=0.0)
    models = args.model or [None]
    if len(models) == 1:
        model = models[0]
        variants = {
            "learned-0.25": lambda c: select_learned(c, words, opts, 0.25, model, last_resort=False),
            "learned-0.25-fill": lambda c: select_learned(c, words, opts, 0.25, model, last_resort=True),
            "learned-1-fill": lambda c: select_learned(c, words, opts, 1.0, model, last_resort=True),
        }
    else:
        variants = {f"model{k}": (lambda c, m=m: select_learned(c, words, opts, model=m))
                    for k, m in enumerate(models)}
    variants["heuristic"] = lambda c: select_heuristic(c, words, opts)
    rows, lengths = [], {name: [] for name in variants}
    started = time.perf_counter()
    for record in sample_records(args.train, args.clusters, seed=0, skip=args.skip):
        docs = [d for d in record.get("documents") or [] if d.strip()]
        try:
            cluster, _ = prepare_cluster([article_from_text(d, path=None) for d in docs], entities=False)
        except InputError:
            continue
        refs = [record["summary"]]
        row = {"lead": rouge(cut_words(lead_summary(cluster, words), words), refs)}
        for name, select in variants.items():
            chosen = select(cluster) if len(cluster.articles) > 1 else None
            if chosen is None:
                chosen = select_heuristic(cluster, words, opts)
            text = "\n".join(s["text"] for s in cite_in_order(cluster, chosen, 10 ** 6))
            lengths[name].append(min(len(text.split()), words))
            row[name] = rouge(cut_words(text, words), refs)
        rows.append(row)
    systems = ["lead"] + list(variants)
    ci = confidence_intervals(rows, systems)
    names = ", ".join(f"model{k}={m or 'shipped'}" for k, m in enumerate(models))
    print(f"dev: {len(rows)} train clusters (seed 0, skip {args.skip}), models {names}, "
          f"{time.perf_counter() - started:.0f} s")
    for name in systems:
        r1 = 100 * np.mean([r[name]["rouge1"] for r in rows])
        r2 = 100 * np.mean([r[name]["rouge2"] for r in rows])
        line = f"{name:<18} R1 {r1:6.2f}  R2 {r2:6.2f}"
        if name in ci["vs_lead"]:
            d = ci["vs_lead"][name]
            d1 = r1 - 100 * np.mean([r["lead"]["rouge1"] for r in rows])
            d2 = r2 - 100 * np.mean([r["lead"]["rouge2"] for r in rows])
            line += (f"   vs lead {d1:+.2f} [{d['rouge1'][0]:+.2f}, {d['rouge1'][1]:+.2f}]"
                     f" / {d2:+.2f} [{d['rouge2'][0]:+.2f}, {d['rouge2'][1]:+.2f}]"
                     f"   words {np.mean(lengths[name]):.0f}")
        print(line)
    if len(models) > 1:
        paired = confidence_intervals(rows, list(variants), baseline="model0")["vs_model0"]
        for name in variants:
            if name.startswith("model") and name != "model0":
                d1 = 100 * np.mean([r[name]["rouge1"] - r["model0"]["rouge1"] for r in rows])
                d2 = 100 * np.mean([r[name]["rouge2"] - r["model0"]["rouge2"] for r in rows])
                d = paired[name]
                print(f"{name}-model0 R1 {d1:+.2f} [{d['rouge1'][0]:+.2f}, {d['rouge1'][1]:+.2f}]"
                      f"  R2 {d2:+.2f} [{d['rouge2'][0]:+.2f}, {d['rouge2'][1]:+.2f}]")


if __name__ == "__main__":
    main()
