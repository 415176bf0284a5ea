"""When two sentences from different articles state the same thing.

Similarity alone is not enough: "62 soldiers were killed" and "83 soldiers were killed" are
close by any vector measure but are a dispute, not a confirmation. So a match needs a high
tf-idf cosine, shared content words, and the same numbers.
"""

from __future__ import annotations

import re

import numpy as np

from .model import Cluster, Sentence

SAME_COSINE = 0.5
SAME_OVERLAP = 0.5
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def numbers(text: str) -> set[str]:
    return {n.replace(",", "") for n in _NUMBER.findall(text)}


def content_overlap(a: Sentence, b: Sentence) -> float:
    """Share of the shorter sentence's content words that the other one has."""
    sa, sb = set(a.content), set(b.content)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / min(len(sa), len(sb))


def same_content(a: Sentence, b: Sentence, cosine: float) -> bool:
    return (cosine >= SAME_COSINE and content_overlap(a, b) >= SAME_OVERLAP
            and numbers(a.text) == numbers(b.text))


def same_content_groups(cluster: Cluster, indices: list[int]) -> dict[int, list[Sentence]]:
    """For each sentence index: itself, then the best same-content sentence of each other article."""
    out: dict[int, list[Sentence]] = {}
    if not indices:
        return out
    sims = cluster.vectors[indices] @ cluster.vectors.T
    for row, i in enumerate(indices):
        me = cluster.sentences[i]
        best: dict[str, tuple[float, Sentence]] = {}
        for j in np.nonzero(sims[row] >= SAME_COSINE)[0]:
            other = cluster.sentences[j]
            if other.article == me.article or other.is_headline:
                continue
            cos = float(sims[row, j])
            if same_content(me, other, cos) and cos > best.get(other.article, (0.0, None))[0]:
                best[other.article] = (cos, other)
        order = {a.id: n for n, a in enumerate(cluster.articles)}
        out[i] = [me] + [s for _, s in sorted(best.values(), key=lambda t: order[t[1].article])]
    return out
