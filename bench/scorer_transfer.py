"""Why the learned summary scorer does not transfer: the same clusters in two forms.

Multi-News train (what the ranker learns from) is the truncated variant: each of a cluster's N
articles cut to its first ~500/N tokens, lower-cased and re-capitalised at sentence starts, no
paragraph breaks. Briefs see full, cased text. This script rewrites full-text clusters into the
training form (``training_form``) and compares, per feature, the candidates' values in the
full form, in the training form, and in real train clusters; and, for sentences present in
both forms, how far each feature and the model's score move.

Diagnostic only: it reads texts and features, never a reference summary or a ROUGE score.

    PYTHONPATH=src python bench/scorer_transfer.py [--file ../shared/eval/multinews_sample100.jsonl]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
# the shared data sits beside the main checkout; a worktree under wt/ looks one level higher
SHARED = next((p / "shared" for p in ROOT.parents if (p / "shared" / "eval").is_dir()),
              ROOT.parent / "shared")
_START = re.compile(r"(^|[.!?][\"')\]]*\s+)([a-z])")


def training_form(documents: list[str], lower: bool = True, truncate: bool = True,
                  budget: int = 434) -> list[str]:
    """Documents as Multi-News' truncated variant has them: one line, first budget/N words,
    lower-cased with sentence starts capitalised."""
    out = []
    n = max(len(documents), 1)
    for doc in documents:
        words = doc.split()
        if truncate:
            words = words[: max(budget // n, 1)]
        text = " ".join(words)
        if lower:
            text = _START.sub(lambda m: m.group(1) + m.group(2).upper(), text.lower())
        out.append(text)
    return out


def _cluster(documents):
    from newsfuse.pipeline import prepare_cluster
    from newsfuse.readers.text import article_from_text

    cluster, _ = prepare_cluster([article_from_text(d, path=None) for d in documents], entities=False)
    return cluster


def _rows(documents):
    from newsfuse.scorer import learned_scores, scoring_candidates, sentence_features

    cluster = _cluster(documents)
    candidates = scoring_candidates(cluster)
    feats = sentence_features(cluster, candidates)
    scores = learned_scores(cluster, candidates) if candidates else np.zeros(0)
    keys = [" ".join(s.words) for s in candidates]
    return feats, scores, keys


def _spearman(a: np.ndarray, b: np.ndarray) -> float:
    ra, rb = np.argsort(np.argsort(a)), np.argsort(np.argsort(b))
    return float(np.corrcoef(ra, rb)[0, 1]) if len(a) > 2 else float("nan")


def _summary(feats: np.ndarray) -> list[str]:
    return [f"{np.mean(col):7.2f} {np.percentile(col, 90):7.2f}" for col in feats.T]


def main() -> None:
    from newsfuse.errors import InputError
    from newsfuse.scorer import FEATURES
    from newsfuse.train_scorer import sample_records

    parser = argparse.ArgumentParser()
    parser.add_argument("--file", default=str(SHARED / "eval" / "multinews_sample100.jsonl"))
    parser.add_argument("--train", default=str(SHARED / "train" / "multinews_train.jsonl.gz"))
    parser.add_argument("--train-clusters", type=int, default=150)
    parser.add_argument("--limit", type=int, default=100)
    args = parser.parse_args()

    records = [json.loads(line) for line in open(args.file, encoding="utf-8") if line.strip()][: args.limit]
    forms = {"full": {}, "lower": {"truncate": False}, "truncated": {"lower": False}, "train-form": {}}
    stacked = {name: ([], []) for name in forms}
    moved, corr = [], {name: [] for name in forms if name != "full"}
    for record in records:
        docs = [d for d in record["documents"] if d.strip()]
        full = _rows(docs)
        stacked["full"][0].append(full[0])
        stacked["full"][1].append(full[1])
        for name, kw in forms.items():
            if name == "full":
                continue
            try:
                feats, scores, keys = _rows(training_form(docs, **kw))
            except InputError:
                continue
            stacked[name][0].append(feats)
            stacked[name][1].append(scores)
            where = {k: i for i, k in enumerate(full[2])}
            pairs = [(where[k], i) for i, k in enumerate(keys) if k in where]
            if len(pairs) > 2:
                a, b = zip(*pairs)
                corr[name].append(_spearman(full[1][list(a)], scores[list(b)]))
                if name == "train-form":
                    moved.append(np.abs(full[0][list(a)] - feats[list(b)]).mean(axis=0)
                                 / (np.abs(full[0][list(a)]).mean(axis=0) + 1e-9))
    train_feats = []
    for record in sample_records(args.train, args.train_clusters, seed=1, skip=40000):
        try:
            train_feats.append(_rows([d for d in record["documents"] if d.strip()])[0])
        except InputError:  # page furniture only
            continue
    train_x = np.vstack(train_feats)
    print(f"{Path(args.file).name}: {len(records)} clusters; train: {len(train_feats)} held-out train clusters")
    print("candidates per cluster: " + ", ".join(
        f"{name} {np.mean([len(f) for f in stacked[name][0]]):.1f}" for name in forms)
        + f", train {np.mean([len(f) for f in train_feats]):.1f}")
    print("score rank correlation with the full form, same sentences: " + ", ".join(
        f"{name} {np.nanmean(v):.2f}" for name, v in corr.items()))
    cols = {name: _summary(np.vstack(stacked[name][0])) for name in forms}
    cols["train"] = _summary(train_x)
    rel = np.mean(moved, axis=0)
    header = "".join(f"{name:>16}" for name in cols)
    print(f"{'feature (mean p90)':<22}{header}  rel.change same sentence full->train-form")
    for k, name in enumerate(FEATURES):
        print(f"{name:<22}" + "".join(f"{cols[c][k]:>16}" for c in cols) + f"  {rel[k]:.2f}")


if __name__ == "__main__":
    main()
