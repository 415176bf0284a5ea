"""Train the learned summary scorer from clusters with human summaries (Multi-News train).

Labels come from the references through the project's own pipeline: each cluster is read,
cleaned and split by ``prepare_cluster`` exactly as a brief is, and a greedy ROUGE oracle
(add the sentence that most raises ROUGE-1 + ROUGE-2 F1 against the reference, until nothing
helps or the 300-word cut is reached) marks what an editor's summary covers. Oracle sentences
get relevance 3; the rest get 0-2 by how many of their own word pairs the reference uses, so
the ranker also learns which near-misses are close. A LightGBM lambdarank model then learns
to order each cluster's candidates; it is small (a few hundred trees) and is read from the
package at run time without any download.

Reproducible: the clusters are a seeded sample of the file, LightGBM runs deterministic with
the same seed.
"""

from __future__ import annotations

import gzip
import json
import random
from collections import Counter
from functools import lru_cache
from typing import Callable, Iterator

import numpy as np

from .errors import InputError, MissingExtraError
from .readers.jsonl import load_json

ORACLE_WORDS = 300
LABEL_ORACLE = 3


def _open(path: str):
    return gzip.open(path, "rt", encoding="utf-8") if path.endswith(".gz") else open(path, encoding="utf-8")


def sample_records(path: str, clusters: int | None, seed: int = 0, skip: int = 0) -> Iterator[dict]:
    """A seeded sample of ``clusters`` records (all when None), in file order.

    ``skip`` leaves out the first ``skip`` sampled records, so a second model can be trained
    on clusters the first one never saw.
    """
    try:
        with _open(path) as handle:
            total = sum(1 for line in handle if line.strip())
    except OSError as exc:  # a folder, or a .gz that is not gzip
        raise InputError(path, f"cannot read ({exc.strerror or exc})") from None
    except (UnicodeDecodeError, EOFError):  # a binary file, or a cut-off .gz
        raise InputError(path, "not JSONL text (a binary or truncated file?); give the train JSONL or JSONL.gz") from None
    order = list(range(total))
    random.Random(seed).shuffle(order)
    wanted = set(order[skip:skip + clusters] if clusters else order[skip:])
    with _open(path) as handle:
        n = 0
        for lineno, line in enumerate(handle, 1):
            if not line.strip():
                continue
            if n in wanted:
                try:
                    yield load_json(line)
                except json.JSONDecodeError:
                    raise InputError(f"{path}:{lineno}", "not a JSON line") from None
            n += 1


class _CachedStemmer:
    """rouge-score's Porter stemmer, remembered per word (the oracle stems every sentence)."""

    def __init__(self):
        from nltk.stem import porter

        self._stem = lru_cache(maxsize=200_000)(porter.PorterStemmer().stem)

    def stem(self, word: str) -> str:
        return self._stem(word)


@lru_cache(maxsize=1)
def rouge_tokenizer():
    """rouge-score's tokenizer with its Porter stemmer (cached per word), as one function of a
    text: the tokens the oracle labels are counted in. Public, with ``ngrams``, for
    ``bench/scorer_variants.py``, which measures each sentence's overlap with the reference in
    those same tokens to compare label schemes."""
    try:
        from rouge_score import tokenize
    except ImportError:
        raise MissingExtraError("training the summary scorer", "eval") from None
    stemmer = _CachedStemmer()
    return lambda text: tokenize.tokenize(text, stemmer)


def ngrams(tokens: list[str], n: int) -> Counter:
    """The ``n``-grams of ``tokens`` and their counts (see ``rouge_tokenizer``)."""
    return Counter(zip(*(tokens[i:] for i in range(n))))


def _f1(overlap: int, produced: int, wanted: int) -> float:
    if not overlap:
        return 0.0
    p, r = overlap / produced, overlap / wanted
    return 2 * p * r / (p + r)


def oracle_labels(texts: list[str], reference: str, words: int = ORACLE_WORDS) -> np.ndarray:
    """Relevance 0-3 for each candidate sentence text against one reference summary."""
    tokenize = rouge_tokenizer()
    ref = tokenize(reference)
    ref1, ref2 = ngrams(ref, 1), ngrams(ref, 2)
    n1, n2 = max(sum(ref1.values()), 1), max(sum(ref2.values()), 1)
    toks = [tokenize(t) for t in texts]
    grams = [(ngrams(t, 1), ngrams(t, 2)) for t in toks]
    labels = np.zeros(len(texts), dtype=np.int32)
    for i, (_, g2) in enumerate(grams):
        total = sum(g2.values())
        share = sum(min(c, ref2[g]) for g, c in g2.items()) / total if total else 0.0
        labels[i] = 2 if share >= 0.25 else 1 if share >= 0.1 else 0
    chosen = (Counter(), Counter())
    refs = (ref1, ref2)
    overlap, produced = [0, 0], [0, 0]
    sizes = [(sum(g1.values()), sum(g2.values())) for g1, g2 in grams]
    best, used = 0.0, 0
    left = set(range(len(texts)))
    while left and used < words:
        pick, pick_score, pick_overlap = None, best, None
        for i in sorted(left):
            gained = [overlap[k] + sum(min(chosen[k][g] + c, refs[k][g]) - min(chosen[k][g], refs[k][g])
                                       for g, c in grams[i][k].items() if g in refs[k])
                      for k in (0, 1)]
            score = (_f1(gained[0], max(produced[0] + sizes[i][0], 1), n1)
                     + _f1(gained[1], max(produced[1] + sizes[i][1], 1), n2))
            if score > pick_score:
                pick, pick_score, pick_overlap = i, score, gained
        if pick is None:
            break
        labels[pick] = LABEL_ORACLE
        for k in (0, 1):
            chosen[k].update(grams[pick][k])
            produced[k] += sizes[pick][k]
        overlap = pick_overlap
        best = pick_score
        used += len(texts[pick].split())
        left.discard(pick)
    return labels


def cluster_examples(record: dict):
    """(features, labels) for one record, or None when it has nothing to learn from."""
    from .pipeline import prepare_cluster
    from .readers.text import article_from_text
    from .scorer import sentence_features, scoring_candidates

    if not isinstance(record, dict):  # a JSON line that is a list or a number: nothing to learn
        return None
    docs = [d for d in record.get("documents") or [] if isinstance(d, str) and d.strip()]
    reference = record.get("summary")
    if not docs or not isinstance(reference, str) or not reference.strip():  # a list, null, a number
        return None
    try:
        cluster, _ = prepare_cluster([article_from_text(d, path=None) for d in docs], entities=False)
    except InputError:
        return None
    candidates = scoring_candidates(cluster)
    if len(candidates) < 2:
        return None
    labels = oracle_labels([s.text for s in candidates], reference)
    if labels.max() == labels.min():
        return None
    return sentence_features(cluster, candidates), labels


def build_dataset(records, progress: Callable[[], None] | None = None):
    """Stacked features, labels and per-cluster group sizes for a ranker."""
    xs, ys, groups = [], [], []
    for record in records:
        example = cluster_examples(record)
        if example is not None:
            xs.append(example[0])
            ys.append(example[1])
            groups.append(len(example[1]))
        if progress:
            progress()
    if not groups:
        raise InputError("training data", "no cluster with documents, a summary and two candidate sentences")
    return np.vstack(xs), np.concatenate(ys), np.array(groups)


# LightGBM settings of the shipped ranker; bench/scorer_variants.py fits its variants with
# the same ones, so a variant differs from the shipped model only in what it names
RANKER_PARAMS = {
    "objective": "lambdarank", "metric": "ndcg", "ndcg_eval_at": [10],
    "learning_rate": 0.05, "num_leaves": 31, "min_data_in_leaf": 50,
    "feature_fraction": 0.8, "bagging_fraction": 0.8, "bagging_freq": 1,
    "lambdarank_truncation_level": 20,
    "deterministic": True, "force_row_wise": True, "num_threads": 1, "verbose": -1,
}


def fit_ranker(x: np.ndarray, y: np.ndarray, groups: np.ndarray, seed: int = 0, trees: int = 300):
    import lightgbm

    from .scorer import FEATURES

    params = {**RANKER_PARAMS, "seed": seed}
    data = lightgbm.Dataset(x, label=y, group=groups, feature_name=list(FEATURES), free_raw_data=False)
    return lightgbm.train(params, data, num_boost_round=trees)


def train(path: str, out: str, clusters: int | None = 12000, seed: int = 0, trees: int = 300,
          progress: Callable[[], None] | None = None) -> dict:
    """Build the data set from ``path``, fit, and write the model to ``out``; returns a report."""
    import time
    from pathlib import Path

    started = time.perf_counter()
    x, y, groups = build_dataset(sample_records(path, clusters, seed), progress)
    featured = time.perf_counter()
    booster = fit_ranker(x, y, groups, seed=seed, trees=trees)
    target = Path(out)
    target.parent.mkdir(parents=True, exist_ok=True)
    booster.save_model(str(target))
    return {"clusters": int(len(groups)), "sentences": int(len(y)), "oracle_share": float((y == LABEL_ORACLE).mean()),
            "feature_seconds": featured - started, "fit_seconds": time.perf_counter() - featured,
            "bytes": target.stat().st_size, "out": str(target)}

