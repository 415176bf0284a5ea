"""Extractive multi-document summary with citations.

Why these features: a sentence is worth saying when it is central to what all sources report
(cosine to the centroid of per-article centroids, so a long article does not outvote four
short ones), when other sources say the same (cross-source support), and when it comes early
in its article (news puts the essentials first; the lead baseline is strong on news for that
reason). Selection is greedy with a redundancy penalty (MMR) under a word budget. The chosen
sentences are then ordered by where their content first appears in the sources, so the summary
reads in the order the reporting does, not by score.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

import numpy as np

from .model import Cluster, Sentence
from .similarity import same_content_groups

# Openers that need a preceding sentence to make sense.
_DANGLING = re.compile(
    r"^(he|she|they|it|this|these|those|that|his|her|their|its|him|them|but|and|or|so|also|"
    r"however|meanwhile|still|yet|then|instead|moreover|furthermore|nevertheless|besides|"
    r"thus|therefore|otherwise|likewise|similarly|indeed|later|earlier|here|there)\b",
    re.I,
)
_BOILERPLATE_HINT = re.compile(
    r"(click|subscribe|newsletter|sign up|cookie|copyright|all rights reserved|follow us|"
    r"share this|advertis|javascript|browser|e-?mail us|contact us|photo:|image:|"
    r"terms of (use|service)|privacy policy|crawl|archive\.org|wayback)", re.I)


@dataclass
class SummaryOptions:
    words: int = 250
    weight_centrality: float = 1.0
    weight_support: float = 0.3
    weight_position: float = 1.0
    weight_lexical: float = 0.0
    weight_tfidf: float = 0.0
    weight_lede: float = 0.0
    length_penalty: float = 0.0  # per 25 words: a fixed budget favours dense, shorter sentences
    redundancy: float = 0.8  # MMR: penalty on the max similarity to what is already chosen
    position_power: float = 1.0  # position prior 1 / (1 + position) ** power
    article_penalty: float = 0.0  # per sentence already taken from the same article
    weight_concepts: float = 0.5  # coverage of word pairs that several sources use
    concept_power: float = 1.0
    hard_redundancy: float = 0.85  # never take a sentence this similar to one already taken
    lexical_redundancy: bool = False  # measure redundancy by shared content words, not embeddings
    overflow: bool = False  # let the last sentence cross the budget (for scoring at a cut)
    min_words: int = 7
    max_words: int = 50


def candidate_ok(s: Sentence, opts: SummaryOptions) -> bool:
    n = s.n_words
    if s.is_headline or n < opts.min_words or n > opts.max_words:
        return False
    if _BOILERPLATE_HINT.search(s.text):
        return False
    if s.text[-1] not in ".!?\"'”’)":
        return False
    return True


def score_sentences(cluster: Cluster, opts: SummaryOptions) -> np.ndarray:
    n = len(cluster.sentences)
    emb = cluster.embeddings
    body = [s for s in cluster.sentences if not s.is_headline]
    if not body:
        return np.zeros(n)
    # centroid of article centroids: every source gets one vote
    per_article = []
    for a in cluster.articles:
        rows = [s.index for s in body if s.article == a.id]
        if rows:
            per_article.append(emb[rows].mean(axis=0))
    centroid = np.mean(per_article, axis=0)
    centroid /= max(np.linalg.norm(centroid), 1e-9)
    centrality = emb @ centroid

    support = np.zeros(n)
    n_articles = len(cluster.articles)
    if n_articles > 1:
        # for each sentence, the best match in every other article, averaged
        for a in cluster.articles:
            rows = np.array([s.index for s in body if s.article == a.id])
            if rows.size == 0:
                continue
            best = np.zeros(n)
            for start in range(0, n, 2048):  # bounded blocks: memory stays flat on big clusters
                block = emb[start:start + 2048] @ emb[rows].T
                best[start:start + 2048] = block.max(axis=1)
            own = np.array([s.article == a.id for s in cluster.sentences])
            best[own] = 0.0
            support += best
        support /= n_articles - 1

    # words that many sources use: the shared core of the story (SumBasic-like, per article)
    df: Counter = Counter()
    for a in cluster.articles:
        df.update({w for s in body if s.article == a.id for w in s.content})
    lexical = np.zeros(n)
    for s in cluster.sentences:
        unique = set(s.content)
        if unique:
            lexical[s.index] = sum(df[w] for w in unique) / n_articles / (len(unique) + 3)

    tfidf = tfidf_centrality(cluster, body) if opts.weight_tfidf else np.zeros(n)
    # each article's opening is its own summary: closeness to the openings' centroid
    ledes = [s.index for s in body if s.position <= 1]
    lede = emb[ledes].mean(axis=0) if ledes else centroid
    lede = emb @ (lede / max(np.linalg.norm(lede), 1e-9))
    position = np.array([(1.0 + max(s.position, 0)) ** -opts.position_power for s in cluster.sentences])
    score = (opts.weight_centrality * centrality + opts.weight_support * support
             + opts.weight_position * position + opts.weight_lexical * lexical + opts.weight_tfidf * tfidf + opts.weight_lede * lede)
    for s in cluster.sentences:
        score[s.index] -= opts.length_penalty * s.n_words / 25
        if _DANGLING.match(s.text):
            score[s.index] -= 0.25
    return score


def tfidf_centrality(cluster: Cluster, body: list[Sentence]) -> np.ndarray:
    """MEAD-style centroid: cosine of each sentence's tf-idf vector to the cluster's."""
    import math

    n_sent = len(body)
    df: Counter = Counter()
    for s in body:
        df.update(set(s.content))
    idf = {w: math.log((1 + n_sent) / (1 + c)) + 1 for w, c in df.items()}
    centroid: Counter = Counter()
    for s in body:
        for w, c in Counter(s.content).items():
            centroid[w] += c * idf[w]
    norm_c = math.sqrt(sum(v * v for v in centroid.values())) or 1.0
    out = np.zeros(len(cluster.sentences))
    for s in cluster.sentences:
        vec = {w: c * idf.get(w, 1.0) for w, c in Counter(s.content).items()}
        norm = math.sqrt(sum(v * v for v in vec.values()))
        if norm:
            out[s.index] = sum(v * centroid.get(w, 0.0) for w, v in vec.items()) / (norm * norm_c)
    return out


def _novelty_overlap(candidate: Sentence, chosen: Sentence) -> float:
    """Share of the candidate's content words (and numbers) that a chosen sentence already has."""
    mine = set(candidate.content)
    if not mine:
        return 1.0
    return len(mine & set(chosen.content)) / len(mine)


def concept_weights(cluster: Cluster) -> tuple[dict, dict[int, set]]:
    """Word pairs (content bigrams) weighted by how many articles use them.

    The concept-coverage idea of Gillick & Favre's TAC systems: a summary should cover the
    facts many sources state, and a repeated pair of words is a cheap proxy for a fact.
    Pairs used by a single article carry no weight.
    """
    from spacy.lang.en.stop_words import STOP_WORDS

    concepts: dict[int, set] = {}
    df: Counter = Counter()
    per_article: dict[str, set] = {}
    for s in cluster.sentences:
        if s.is_headline:
            continue
        pairs = {(a, b) for a, b in zip(s.words, s.words[1:])
                 if not (a in STOP_WORDS and b in STOP_WORDS) and a.isalnum() and b.isalnum()}
        concepts[s.index] = pairs
        per_article.setdefault(s.article, set()).update(pairs)
    for pairs in per_article.values():
        df.update(pairs)
    floor = 2 if len(cluster.articles) < 6 else 3
    weights = {c: float(n) for c, n in df.items() if n >= floor}
    concepts = {i: {c for c in pairs if c in weights} for i, pairs in concepts.items()}
    return weights, concepts


def summarize(cluster: Cluster, words: int = 250, opts: SummaryOptions | None = None) -> list[dict]:
    """Pick sentences under ``words`` and return them, ordered, each with its citations."""
    opts = opts or SummaryOptions()
    opts.words = words
    candidates = [s for s in cluster.sentences if candidate_ok(s, opts)]
    if not candidates:  # very short or odd input: fall back to any body sentence that fits
        candidates = [s for s in cluster.sentences if not s.is_headline and s.n_words <= words]
    if not candidates:
        return []
    score = score_sentences(cluster, opts)
    emb = cluster.embeddings
    chosen: list[Sentence] = []
    used = 0
    pool = sorted(candidates, key=lambda s: -score[s.index])[:400]
    weights, concepts = concept_weights(cluster) if opts.weight_concepts else ({}, {})
    covered: set = set()
    while pool:
        if chosen and opts.lexical_redundancy:
            redundancy = np.array([max(_novelty_overlap(p, c) for c in chosen) for p in pool])
        elif chosen:
            sel = emb[[c.index for c in chosen]]
            redundancy = (emb[[p.index for p in pool]] @ sel.T).max(axis=1)
        else:
            redundancy = np.zeros(len(pool))
        taken = Counter(c.article for c in chosen)
        values = (np.array([score[p.index] - opts.article_penalty * taken[p.article] for p in pool])
                  - opts.redundancy * redundancy)
        if weights:
            gain = np.array([sum(weights[c] for c in concepts[p.index] - covered)
                             / max(p.n_words, 1) ** opts.concept_power for p in pool])
            if gain.max() > 0:
                values = values + opts.weight_concepts * gain / gain.max()
        order = np.argsort(-values)
        picked = None
        for i in order:
            if redundancy[i] > opts.hard_redundancy:
                continue
            if used + pool[i].n_words <= words or (opts.overflow and used < words):
                picked = pool[i]
                break
        if picked is None:
            break
        chosen.append(picked)
        covered |= concepts.get(picked.index, set())
        used += picked.n_words
        pool = [p for p in pool if p.index != picked.index]

    groups = same_content_groups(cluster, [c.index for c in chosen])
    lengths = {a.id: max(1, len(cluster.sentences_of(a.id))) for a in cluster.articles}
    ordered = sorted(chosen, key=lambda s: _first_appearance(groups[s.index], lengths))
    return [{"text": s.text, "sources": _sources(cluster, groups[s.index])} for s in ordered]


def _sources(cluster: Cluster, group: list[Sentence]) -> list[dict]:
    """Citations; a copy is marked only where it repeats its original's sentence, so that
    the shared sentence is not counted as two independent reports."""
    cited = {t.article for t in group}
    out = []
    for t in group:
        original = cluster.copies.get(t.article)
        out.append({"article": t.article, "sentence": t.position, "text": t.text,
                    "copied_from": original if original in cited else None})
    return out


def _first_appearance(group: list[Sentence], lengths: dict[str, int]) -> tuple[float, int]:
    """Relative position of the earliest statement of this content in any source."""
    best = min(group, key=lambda t: t.position / lengths[t.article])
    return best.position / lengths[best.article], best.index
