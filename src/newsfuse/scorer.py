"""The learned sentence scorer: one feature code path for training and for briefing.

Why learned: the hand-set weights of ``summarize.score_sentences`` were tuned on the two
evaluation files; a ranker fitted to what newser.com editors actually wrote (Multi-News
train, ``train_scorer``) weighs the same cues (centrality, cross-source support, position)
from 10,000s of clusters instead. Features come only from the ``Cluster`` the runtime builds,
so training and briefing cannot drift apart.

Why the ranker sees each cluster as training did: Multi-News train is the truncated variant,
each of a cluster's N articles cut to its first ~500/N tokens and lower-cased. Measured
(``bench/scorer_transfer.py``, sample100 rewritten into that form): lower-casing barely moves the
scores (rank correlation 0.92 with the full form), truncation does (0.71; 0.88 with the view
below). On full text a
cluster has about four times the candidates, positions run past anything training saw, and
every cross-source statistic (best match in another article, shared word pairs) rises because
each article offers more sentences to match. So features are computed on ``training_view``: the
same cut the data had, applied to the cased text at run time, with tf-idf refitted on it. The
ranker orders only that view's sentences; whatever budget they leave is filled by the
heuristic score (``summarize``). No feature reads capitalisation (``Sentence.words`` and
``content`` are lower-cased), and cluster statistics are shares and cosines, not raw counts.

The default model inherits Multi-News' non-commercial licence (README); ``--scorer heuristic``
needs no trained model.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from .model import Cluster, Sentence

MODEL_FILE = "summary_scorer.txt"
# Multi-News' truncated variant keeps the first ~500/N tokens of each of a cluster's N articles
# (train clusters: 434 words on average, at most 493): the view the ranker was trained on.
TRAINING_WORDS = 500
POSITION_CAP = 30
OFFSET_CAP = 600

FEATURES = (
    "position", "word_offset", "is_first", "article_index", "n_articles", "log_sentences",
    "n_words", "length_z", "centrality", "centrality_rank", "article_rank", "support",
    "best_other", "echoed_share", "bigram_share", "bigram_df", "term_df", "concepts",
    "stop_share", "has_digit", "has_quote", "is_question", "dangling", "unbalanced_quote",
    "cos_first", "same_article_dup", "article_centrality",
)


def window_words(cluster: Cluster) -> int:
    """Words of each article the ranker sees: the truncated variant's share, 500 / N."""
    return max(TRAINING_WORDS // max(len(cluster.articles), 1), 1)


def scoring_candidates(cluster: Cluster) -> list[Sentence]:
    """What the ranker orders, in training and in briefs alike: the summary's usual candidates
    (no headlines, boilerplate or fragments) that start inside ``training_view``, which
    alone draws the window's edge."""
    from .summarize import SummaryOptions, candidate_ok

    opts = SummaryOptions()
    _, rows = cluster.derive("scorer_view", training_view)
    return [s for s in cluster.sentences if rows[s.index] >= 0 and candidate_ok(s, opts)]


def training_view(cluster: Cluster) -> tuple[Cluster, np.ndarray]:
    """The cluster cut as Multi-News' training text was: body sentences that start within
    each article's first ``window_words`` words, tf-idf refitted on them. Returns the view
    and, for each sentence of ``cluster``, its row in the view (-1 when outside)."""
    from .analyze import lexical_vectors

    offsets = word_offsets(cluster)
    window = window_words(cluster)
    kept = [s for s in cluster.sentences if not s.is_headline and offsets[s.index] < window]
    rows = np.full(len(cluster.sentences), -1, dtype=int)
    sentences = []
    for i, s in enumerate(kept):
        rows[s.index] = i
        sentences.append(replace(s, index=i))
    view = Cluster(articles=cluster.articles, sentences=sentences, vectors=lexical_vectors(sentences))
    return view, rows


def word_offsets(cluster: Cluster) -> np.ndarray:
    """Words of body text before each sentence in its article (headlines count none)."""
    out = np.zeros(len(cluster.sentences))
    seen: Counter = Counter()
    for s in cluster.sentences:
        out[s.index] = seen[s.article]
        if not s.is_headline:
            seen[s.article] += len(s.words)
    return out


def sentence_features(cluster: Cluster, candidates: list[Sentence]) -> np.ndarray:
    """One row of ``FEATURES`` per candidate (from ``scoring_candidates``), computed on the
    cluster's ``training_view`` alone."""
    view, rows = cluster.derive("scorer_view", training_view)
    return _view_features(view, [view.sentences[rows[s.index]] for s in candidates])


def _view_features(cluster: Cluster, candidates: list[Sentence]) -> np.ndarray:
    from .nlp import stop_words
    from .summarize import concept_weights, stands_alone, unbalanced_quotes

    stop = stop_words()

    sentences = cluster.sentences
    vec = cluster.vectors
    n = len(sentences)
    body = np.array([not s.is_headline for s in sentences])
    article_of = cluster.article_places()
    n_articles = len(cluster.articles)
    rows = np.array([s.index for s in candidates], dtype=int)
    if not len(rows):
        return np.zeros((0, len(FEATURES)), dtype=np.float32)

    # centroid of article centroids, so every source gets one vote
    present = [k for k in range(n_articles) if (body & (article_of == k)).any()]
    centroids = np.stack([vec[body & (article_of == k)].mean(axis=0) for k in present])
    centroid = centroids.mean(axis=0)
    centroid /= max(np.linalg.norm(centroid), 1e-9)
    centrality = vec @ centroid
    norms = np.maximum(np.linalg.norm(centroids, axis=1), 1e-9)
    article_cent = np.zeros(n_articles)
    article_cent[present] = (centroids @ centroid) / norms

    cand_cent = centrality[rows]
    order = np.argsort(-cand_cent, kind="stable")
    rank = np.empty(len(rows))
    rank[order] = np.arange(len(rows))
    article_rank = np.zeros(len(rows))
    for k in set(article_of[rows].tolist()):
        mine = np.flatnonzero(article_of[rows] == k)
        sub = np.argsort(-cand_cent[mine], kind="stable")
        article_rank[mine[sub]] = np.arange(len(mine))

    sims = vec[rows] @ vec.T  # candidates x all sentences
    sims[:, ~body] = 0.0
    same = article_of[None, :] == article_of[rows][:, None]
    support = np.zeros(len(rows))
    best_other = np.zeros(len(rows))
    echoed = np.zeros(len(rows))
    if n_articles > 1:
        starts = np.flatnonzero(np.r_[True, article_of[1:] != article_of[:-1]])
        owners = article_of[starts]
        best = np.maximum.reduceat(sims, starts, axis=1)
        best[owners[None, :] == article_of[rows][:, None]] = 0.0
        support = best.sum(axis=1) / (n_articles - 1)
        best_other = best.max(axis=1)
        echoed = (best > 0.3).sum(axis=1) / (n_articles - 1)
    own = np.where(same, sims, 0.0)
    own[np.arange(len(rows)), rows] = 0.0
    same_dup = own.max(axis=1)
    first_of = {}
    for s in sentences:
        if not s.is_headline and s.article not in first_of:
            first_of[s.article] = s.index
    cos_first = np.array([float(vec[i] @ vec[first_of[sentences[i].article]]) for i in rows])

    # how many articles use each word pair and each content term
    pair_articles: dict[str, set] = {}
    term_articles: dict[str, set] = {}
    for s in sentences:
        if s.is_headline:
            continue
        pair_articles.setdefault(s.article, set()).update(zip(s.words, s.words[1:]))
        term_articles.setdefault(s.article, set()).update(s.content)
    pair_df: Counter = Counter()
    for pairs in pair_articles.values():
        pair_df.update(pairs)
    term_df: Counter = Counter()
    for terms in term_articles.values():
        term_df.update(terms)
    weights, concepts = concept_weights(cluster)
    others = max(n_articles - 1, 1)

    lengths = np.array([len(s.words) for s in sentences if not s.is_headline] or [1], dtype=float)
    mean_len, sd_len = lengths.mean(), max(lengths.std(), 1.0)
    offsets = word_offsets(cluster)
    out = np.zeros((len(rows), len(FEATURES)), dtype=np.float32)
    for r, i in enumerate(rows):
        s = sentences[i]
        words = s.words
        pairs = list(zip(words, words[1:]))
        terms = s.content
        n_words = len(words)
        out[r] = (
            min(max(s.position, 0), POSITION_CAP),
            min(offsets[i], OFFSET_CAP),
            float(s.position == 0),
            min(article_of[i], 10),
            min(n_articles, 10),
            np.log1p(n),
            n_words,
            (n_words - mean_len) / sd_len,
            centrality[i],
            rank[r] / max(len(rows) - 1, 1),
            min(article_rank[r], POSITION_CAP),
            support[r],
            best_other[r],
            echoed[r],
            np.mean([pair_df[p] > 1 for p in pairs]) if pairs else 0.0,
            np.mean([(pair_df[p] - 1) / others for p in pairs]) if pairs else 0.0,
            np.mean([(term_df[t] - 1) / others for t in terms]) if terms else 0.0,
            sum(weights[c] for c in concepts.get(i, ())) / max(n_words, 1),
            np.mean([w in stop for w in words]) if words else 0.0,
            float(any(ch.isdigit() for ch in s.text)),
            float(any(q in s.text for q in "\"“”")),
            float(s.text.rstrip("\"'”’) ").endswith("?")),
            float(not stands_alone(s.text)),
            float(unbalanced_quotes(s.text)),
            cos_first[r],
            same_dup[r],
            article_cent[article_of[i]],
        )
    return out


def default_model_path() -> Path:
    return Path(str(resources.files("newsfuse") / "data" / MODEL_FILE))


@lru_cache(maxsize=4)
def load_model(path: str | None = None):
    """The LightGBM booster, read once per process from the package (no network)."""
    import lightgbm

    from .errors import NewsfuseError

    target = Path(path) if path else default_model_path()
    if not target.is_file():
        raise NewsfuseError(f"no trained summary scorer at {target}; train one with "
                            "'newsfuse train-scorer' or use --scorer heuristic")
    booster = lightgbm.Booster(model_file=str(target))
    names = tuple(booster.feature_name())
    if names != FEATURES:
        raise NewsfuseError(f"{target} was trained on other features than this newsfuse computes; "
                            "retrain it with 'newsfuse train-scorer'")
    return booster


def learned_scores(cluster: Cluster, candidates: list[Sentence], model: str | None = None) -> np.ndarray:
    """The ranker's score for each candidate (higher: more like what editors keep)."""
    if not candidates:
        return np.zeros(0)
    booster = load_model(model)
    return booster.predict(sentence_features(cluster, candidates), num_threads=1)


def learned_pool(cluster: Cluster, model: str | None = None) -> list[tuple[float, Sentence]]:
    """Candidates that can stand alone, best-ranked first, with their scores.

    Sentences that need the one before them (a pronoun opener, a quote attributed to "he",
    a piece of a quotation with no speaker, ``summarize.quotation_pieces``) are left out: the
    ranker scores them, but a reader could not follow them alone.
    """
    from .summarize import quotation_pieces, stands_alone

    candidates = scoring_candidates(cluster)
    scores = learned_scores(cluster, candidates, model)
    pieces = quotation_pieces(cluster)
    pool = [(float(score), s) for score, s in zip(scores, candidates)
            if stands_alone(s.text) and s.index not in pieces]
    pool.sort(key=lambda t: (-t[0], t[1].index))
    return pool
