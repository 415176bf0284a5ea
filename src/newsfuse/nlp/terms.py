"""Vectors for short terms (counted nouns such as "troops", "soldiers"), cached per term.

The analysis pass embeds sentences once and analyses read the Cluster instead of running
models again. Term vectors are the one exception, and deliberately so: en_core_web_sm ships
no word vectors, a sentence vector cannot stand for one noun in it, and only the claims
analysis (grouping counted things) needs them. Computing them in ``analyze`` would charge
every summary-only run for them; computing them here, on demand, costs one encoder call on
the few distinct nouns of a cluster (tens of short strings, a few milliseconds), and the
per-term LRU cache makes nouns seen before in the same process (batch, server) free.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

import numpy as np

from .encoder import get_encoder

CACHE_TERMS = 20_000  # 384 float32 each: ~30 MB at most
_cache: OrderedDict[str, np.ndarray] = OrderedDict()
_lock = threading.Lock()  # the server runs briefs in threads


def encode_terms(terms: list[str]) -> np.ndarray:
    """One L2-normalised row per term (dot product = cosine).

    A per-term cache rather than functools.lru_cache: terms missing from the cache are
    encoded together in one batch, where lru_cache would run the encoder once per term.
    """
    if not terms:
        return np.zeros((0, 384), dtype=np.float32)
    with _lock:
        missing = [t for t in dict.fromkeys(terms) if t not in _cache]
    fresh = get_encoder().encode(missing) if missing else []
    with _lock:
        for term, vector in zip(missing, fresh):
            _cache[term] = vector
        rows = []
        for term in terms:
            vector = _cache.get(term)
            if vector is None:  # evicted by a concurrent brief between the two locks
                vector = get_encoder().encode([term])[0]
            else:
                _cache.move_to_end(term)
            rows.append(vector)
        while len(_cache) > CACHE_TERMS:
            _cache.popitem(last=False)
    return np.stack(rows)
