"""A TEST DOUBLE of the grouping module, for tests about the store and the executors only.

The store, the ingest flow and the engines must behave the same whatever grouper they drive
(dedup, resuming, two halves = one pass, same stories on every engine), so these tests use
this small deterministic grouper with the grouping interface (``extract_features``,
``StoryGrouper``, ``stream_order``). It is not the product's grouper and says nothing about
grouping quality; the product's grouper is ``newsfuse.corpus.grouping``.
"""

from __future__ import annotations

import datetime
import hashlib
import math
import pickle
import re
from collections import Counter
from dataclasses import dataclass, field

WINDOW_DAYS = 3
THRESHOLD = 0.3


@dataclass
class DoubleFeatures:
    key: str
    published: datetime.date | None
    fingerprint: str
    terms: dict = field(default_factory=dict)


def extract_features(article, key: str) -> DoubleFeatures:
    words = re.findall(r"[a-z]{4,}", f"{article.title or ''} {article.title or ''} {article.text}".lower())
    published = datetime.date.fromisoformat(article.published) if article.published else None
    fingerprint = hashlib.sha1(" ".join(article.text.lower().split()).encode()).hexdigest()
    return DoubleFeatures(key, published, fingerprint, dict(Counter(words)))


def _cosine(a: dict, b: dict) -> float:
    dot = sum(v * b.get(k, 0) for k, v in a.items())
    norm = math.sqrt(sum(v * v for v in a.values()) * sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0


class StoryGrouper:
    """Join the story whose first article is most similar, within the window; else open one."""

    def __init__(self, state: bytes | None = None):
        self.stories = pickle.loads(state) if state else []  # [id, terms of first article, last date]

    def add(self, feats: DoubleFeatures) -> str:
        best, best_score = None, THRESHOLD
        for story in self.stories[-300:]:
            if feats.published and story[2] and abs((feats.published - story[2]).days) > WINDOW_DAYS:
                continue
            score = _cosine(feats.terms, story[1])
            if score >= best_score:
                best, best_score = story, score
        if best is None:
            best = [f"s{len(self.stories) + 1:06d}", feats.terms, feats.published]
            self.stories.append(best)
        elif feats.published and (best[2] is None or feats.published > best[2]):
            best[2] = feats.published
        return best[0]

    def state(self) -> bytes:
        return pickle.dumps(self.stories)

    def proposals(self) -> list[dict]:
        return []


def stream_order(feats):
    return sorted(feats, key=lambda f: (f.published is None, f.published or datetime.date.min, f.key))
