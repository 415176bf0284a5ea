"""Fit ranker variants (feature subsets, label schemes, objectives) from one feature cache, for
``bench/scorer_dev.py`` to compare on the dev split.

Computing features is most of ``train-scorer``'s time (about 11 minutes for 12,000 clusters under
load); fitting is under a minute. So ``cache`` computes, once, for the same training sample
``train-scorer`` uses (seed 0, positions 0-11,999), every feature of ``scorer.FEATURES``, the
shipped labels and each candidate's own ROUGE-1/2 recall and ROUGE-2 precision against the
reference; ``fit`` then trains a variant from it. ``fit CACHE OUT shipped cur`` reproduces the
shipped model's trees exactly (checked 2026-12-01), so a variant differs from the shipped model
only in what it names.

Measured 2026-12-01 (README, "Learned scorer"): neither graded labels, the oracle's picks alone,
the cross-entropy ranking loss, nor three lead-relative features (commit 286b6ca, taken back;
``all`` fitted them then) beat the shipped model on dev by a margin its interval supports.

    PYTHONPATH=src python bench/scorer_variants.py cache /tmp/train12k.npz
    PYTHONPATH=src python bench/scorer_variants.py fit /tmp/train12k.npz /tmp/m.txt all r2g
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
SHARED = next((p / "shared" for p in ROOT.parents if (p / "shared" / "eval").is_dir()),
              ROOT.parent / "shared")
SHIPPED = 27  # the shipped model reads the first 27 features (``all``: whatever FEATURES holds)


def cache(out: str, clusters: int = 12000) -> None:
    from newsfuse.errors import InputError
    from newsfuse.pipeline import prepare_cluster
    from newsfuse.readers.text import article_from_text
    from newsfuse.scorer import scoring_candidates, sentence_features
    from newsfuse.train_scorer import ngrams, oracle_labels, rouge_tokenizer, sample_records

    tokenize = rouge_tokenizer()
    xs, ys, r1s, r2s, p2s, groups = [], [], [], [], [], []
    started = time.perf_counter()
    for record in sample_records(str(SHARED / "train" / "multinews_train.jsonl.gz"), clusters, seed=0):
        docs = [d for d in record.get("documents") or [] if isinstance(d, str) and d.strip()]
        reference = record.get("summary") or ""
        if not docs or not reference.strip():
            continue
        try:
            cluster, _ = prepare_cluster([article_from_text(d, path=None) for d in docs], entities=False)
        except InputError:
            continue
        candidates = scoring_candidates(cluster)
        if len(candidates) < 2:
            continue
        texts = [s.text for s in candidates]
        labels = oracle_labels(texts, reference)
        if labels.max() == labels.min():
            continue
        ref = tokenize(reference)
        ref1, ref2 = ngrams(ref, 1), ngrams(ref, 2)
        n1, n2 = max(sum(ref1.values()), 1), max(sum(ref2.values()), 1)
        for text in texts:
            tokens = tokenize(text)
            g1, g2 = ngrams(tokens, 1), ngrams(tokens, 2)
            o1 = sum(min(c, ref1[g]) for g, c in g1.items())
            o2 = sum(min(c, ref2[g]) for g, c in g2.items())
            r1s.append(o1 / n1)
            r2s.append(o2 / n2)
            p2s.append(o2 / max(sum(g2.values()), 1))
        xs.append(sentence_features(cluster, candidates))
        ys.append(labels)
        groups.append(len(labels))
    np.savez(out, X=np.vstack(xs), y=np.concatenate(ys), r1=np.array(r1s), r2=np.array(r2s),
             p2=np.array(p2s), groups=np.array(groups))
    print(f"{len(groups)} clusters, {sum(groups)} sentences, {time.perf_counter() - started:.0f} s")


def labels_for(data, scheme: str) -> np.ndarray:
    y, g = data["y"], data["groups"]
    starts = np.r_[0, np.cumsum(g)[:-1]]
    if scheme in ("cur", "xendcg"):  # the shipped labels (oracle 3, others 0-2 by ROUGE-2 precision)
        return y
    if scheme == "bin":  # the oracle's picks alone
        return (y == 3).astype(int)
    out = np.zeros(len(y), dtype=int)
    for s, n in zip(starts, g):
        r = data["r2"][s:s + n]
        top = r.max()
        if scheme == "r2g":  # graded 0-4 by the sentence's own ROUGE-2 recall, relative to the cluster's best
            out[s:s + n] = np.ceil(4 * r / top).astype(int) if top > 0 else 0
        elif scheme == "oracle_r2":  # oracle picks above the rest, each group graded 0-3 by ROUGE-2 recall
            grade = np.ceil(3 * r / top).astype(int) if top > 0 else np.zeros(n, dtype=int)
            out[s:s + n] = grade + 4 * (y[s:s + n] == 3)
        else:
            raise SystemExit(f"unknown label scheme {scheme}")
    return out


def fit(cache_path: str, out: str, features: str, scheme: str) -> None:
    import lightgbm

    from newsfuse.scorer import FEATURES
    from newsfuse.train_scorer import RANKER_PARAMS

    data = np.load(cache_path)
    names = {"shipped": list(FEATURES[:SHIPPED]), "all": list(FEATURES)}[features]
    cols = [FEATURES.index(n) for n in names]
    labels = labels_for(data, scheme)
    params = {**RANKER_PARAMS, "seed": 0, **({"objective": "rank_xendcg"} if scheme == "xendcg" else {})}
    started = time.perf_counter()
    dataset = lightgbm.Dataset(data["X"][:, cols], label=labels, group=data["groups"],
                               feature_name=names, free_raw_data=False)
    lightgbm.train(params, dataset, num_boost_round=300).save_model(out)
    print(f"{out}: {features} features, labels {scheme} {np.bincount(labels).tolist()}, "
          f"fit {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    if sys.argv[1] == "cache":
        cache(sys.argv[2])
    else:
        fit(*sys.argv[2:6])
