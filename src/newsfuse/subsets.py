"""Whole-summary selection: score a few candidate summaries, not only sentences one by one.

Why: the best subset of the ranker's own top sentences scores far above its greedy pick
(research/summary.md: 53.6 / 22.2 against 47.2 / 17.0 on sample100), and the published gains on
Multi-News came from ranking whole summaries (MatchSum, SgSum). Here the candidates are the
greedy pick and its neighbours (each chosen sentence left out in turn, stricter and looser
redundancy caps), and a second small LightGBM model, trained on train clusters the sentence
ranker never saw, predicts each candidate's ROUGE-1 + ROUGE-2 from cheap whole-summary
features: coverage of the word pairs several sources share, closeness to the cluster
centroid, redundancy, sources covered, and the ranker's own scores.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from .model import Cluster, Sentence

MODEL_FILE = "summary_subsets.txt"
CAPS = (0.35, 0.5, 0.65)
BASE_CAP = 0.5
LEAVE_OUT = 8  # leave out each of the first chosen sentences in turn

SUBSET_FEATURES = (
    "n_sentences", "words", "score_mean", "score_min", "score_sum", "rank_mean", "articles_share",
    "position_mean", "first_share", "redundancy_max", "redundancy_mean", "concept_cover",
    "centroid_cos", "is_base", "changed",
)


def greedy(pool: list[tuple[float, Sentence]], vec: np.ndarray, words: int, overflow: bool,
           cap: float, banned: frozenset = frozenset()) -> list[Sentence]:
    """Best-scored first, skipping near-repeats (cosine above ``cap``), until the budget is full."""
    chosen: list[Sentence] = []
    used = 0
    for _, s in pool:
        if used >= words:
            break
        if s.index in banned or not (used + s.n_words <= words or (overflow and used < words)):
            continue
        if chosen and float((vec[[c.index for c in chosen]] @ vec[s.index]).max()) > cap:
            continue
        chosen.append(s)
        used += s.n_words
    return chosen


def candidate_summaries(cluster: Cluster, pool: list[tuple[float, Sentence]], words: int,
                        overflow: bool) -> list[list[Sentence]]:
    """The greedy pick first, then distinct neighbours of it."""
    vec = cluster.vectors
    base = greedy(pool, vec, words, overflow, BASE_CAP)
    out = [base]
    seen = {frozenset(s.index for s in base)}
    variants = [greedy(pool, vec, words, overflow, cap) for cap in CAPS if cap != BASE_CAP]
    variants += [greedy(pool, vec, words, overflow, BASE_CAP, frozenset([s.index]))
                 for s in base[:LEAVE_OUT]]
    for chosen in variants:
        key = frozenset(s.index for s in chosen)
        if chosen and key not in seen:
            seen.add(key)
            out.append(chosen)
    return out


def subset_features(cluster: Cluster, candidates: list[list[Sentence]],
                    pool: list[tuple[float, Sentence]]) -> np.ndarray:
    from .summarize import concept_weights

    vec = cluster.vectors
    score_of = {s.index: score for score, s in pool}
    rank_of = {s.index: r for r, (_, s) in enumerate(pool)}
    body = np.array([not s.is_headline for s in cluster.sentences])
    article_of = np.array([int(s.article[1:]) - 1 for s in cluster.sentences])
    per_article = [vec[body & (article_of == k)].mean(axis=0)
                   for k in range(len(cluster.articles)) if (body & (article_of == k)).any()]
    centroid = np.mean(per_article, axis=0)
    centroid /= max(np.linalg.norm(centroid), 1e-9)
    weights, concepts = concept_weights(cluster)
    total_weight = max(sum(weights.values()), 1e-9)
    base = {s.index for s in candidates[0]}
    rows = []
    for n, chosen in enumerate(candidates):
        idx = [s.index for s in chosen]
        scores = np.array([score_of[i] for i in idx])
        sims = vec[idx] @ vec[idx].T
        off = sims[~np.eye(len(idx), dtype=bool)] if len(idx) > 1 else np.zeros(1)
        covered = set().union(*(concepts.get(i, set()) for i in idx))
        summed = vec[idx].sum(axis=0)
        rows.append((
            len(idx),
            sum(s.n_words for s in chosen),
            scores.mean(),
            scores.min(),
            scores.sum() / 10.0,
            np.mean([rank_of[i] for i in idx]),
            len({s.article for s in chosen}) / len(cluster.articles),
            np.mean([min(s.position, 30) for s in chosen]),
            np.mean([s.position == 0 for s in chosen]),
            off.max(),
            off.mean(),
            sum(weights[c] for c in covered) / total_weight,
            float(summed @ centroid) / max(float(np.linalg.norm(summed)), 1e-9),
            float(n == 0),
            len(set(idx) ^ base),
        ))
    return np.array(rows, dtype=np.float32)


def default_model_path() -> Path:
    return Path(str(resources.files("newsfuse") / "data" / MODEL_FILE))


@lru_cache(maxsize=4)
def load_model(path: str | None = None):
    """The subset model, or None when none ships (selection is then the greedy pick)."""
    target = Path(path) if path else default_model_path()
    if not target.is_file():
        return None
    import lightgbm

    booster = lightgbm.Booster(model_file=str(target))
    return booster if tuple(booster.feature_name()) == SUBSET_FEATURES else None


def best_summary(cluster: Cluster, pool: list[tuple[float, Sentence]], words: int, overflow: bool,
                 model: str | None = None) -> list[Sentence]:
    """The candidate the subset model rates highest; the greedy pick when no model ships."""
    booster = load_model(model)
    candidates = candidate_summaries(cluster, pool, words, overflow)
    if booster is None or len(candidates) == 1:
        return candidates[0]
    predicted = booster.predict(subset_features(cluster, candidates, pool), num_threads=1)
    return candidates[int(np.argmax(predicted))]
