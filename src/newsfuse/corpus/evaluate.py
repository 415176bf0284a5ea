"""Score story grouping against gold labels, beside a single-pass TF-IDF baseline in the same run.

Two measures, because they punish different mistakes: B-cubed (Bagga & Baldwin 1998) averages
per article and forgives one large wrong merge fairly lightly; pairwise P/R/F1 over same-story
article pairs (Miranda et al. 2018) punishes it quadratically. The baseline is the one in
``shared/stories/README.md`` (title twice + text, sublinear tf with idf fitted on the whole file,
join the most similar story centroid at cosine >= 0.2 within a 3-day window), so figures here
are comparable to the figures there. The gold ``story`` field is read only in this module.
"""

from __future__ import annotations

import json
import math
import re
import time
from collections import Counter, defaultdict
from datetime import date
from typing import Callable, Iterable

import numpy as np

from ..errors import InputError


# --- scoring -----------------------------------------------------------------------------

def bcubed(gold: list[str], predicted: list[str]) -> dict[str, float]:
    """Per-article precision/recall averaged over articles."""
    n = len(gold)
    if n == 0:
        return {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    joint = Counter(zip(gold, predicted))
    gold_size = Counter(gold)
    pred_size = Counter(predicted)
    p = sum(joint[(g, s)] / pred_size[s] for g, s in zip(gold, predicted)) / n
    r = sum(joint[(g, s)] / gold_size[g] for g, s in zip(gold, predicted)) / n
    return {"precision": p, "recall": r, "f1": _f1(p, r)}


def pairwise(gold: list[str], predicted: list[str]) -> dict[str, float]:
    """Precision/recall over unordered article pairs placed in the same story."""
    pairs = lambda counts: sum(c * (c - 1) // 2 for c in counts.values())  # noqa: E731
    both = pairs(Counter(zip(gold, predicted)))
    in_pred, in_gold = pairs(Counter(predicted)), pairs(Counter(gold))
    p = both / in_pred if in_pred else 1.0
    r = both / in_gold if in_gold else 1.0
    return {"precision": p, "recall": r, "f1": _f1(p, r)}


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


# --- input -------------------------------------------------------------------------------

def load_labelled(path: str) -> list[dict]:
    """Records with id, title, text, published, story; in file order (the stream order)."""
    records = []
    try:
        handle = open(path, encoding="utf-8")
    except OSError as exc:
        raise InputError(path, exc.strerror or "cannot read") from None
    with handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError:
                raise InputError(path, f"line {number} is not JSON") from None
            if not isinstance(obj, dict) or not isinstance(obj.get("story"), str):
                raise InputError(path, f"line {number} has no gold \"story\" label")
            if not (isinstance(obj.get("text"), str) and obj["text"].strip()) and not obj.get("title"):
                raise InputError(path, f"line {number} has neither \"text\" nor \"title\"")
            obj["text"] = obj.get("text") if isinstance(obj.get("text"), str) else ""
            obj.setdefault("id", f"line{number}")
            obj["id"] = str(obj["id"])
            records.append(obj)
    if not records:
        raise InputError(path, "no labelled articles")
    return records


def parse_day(value) -> date | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


# --- the baseline ------------------------------------------------------------------------

_SK_TOKEN = re.compile(r"(?u)\b\w\w+\b")  # scikit-learn's default token pattern


def tfidf_baseline(records: list[dict], threshold: float = 0.2, window_days: int = 3, anchor: str = 'last', stop_words: bool = True) -> list[str]:
    """Single-pass TF-IDF grouping as specified in shared/stories/README.md.

    Vectors: title twice + text, lowercase word tokens of two or more characters, sublinear tf,
    smoothed idf fitted on the whole file, L2-normalised. An article joins the story whose
    centroid (mean of member vectors) is most cosine-similar if that cosine is >= ``threshold``
    and, when both are dated, the story's latest article is at most ``window_days`` before it;
    otherwise it opens a story. Undated articles see every story.
    """
    from spacy.lang.en.stop_words import STOP_WORDS
    stop = STOP_WORDS if stop_words else frozenset()
    docs = [Counter(t for t in _SK_TOKEN.findall(f"{r.get('title') or ''} {r.get('title') or ''} {r['text']}".lower())
                    if t not in stop) for r in records]
    df: Counter = Counter()
    for d in docs:
        df.update(d.keys())
    n = len(docs)
    vocab = {t: i for i, t in enumerate(sorted(df))}
    idf = np.array([math.log((1 + n) / (1 + df[t])) + 1 for t in sorted(df)], dtype=np.float64)
    labels: list[str] = []
    sums: list[np.ndarray] = []
    counts: list[int] = []
    last: list[date | None] = []
    first: list[date | None] = []
    for r, d in zip(records, docs):
        v = np.zeros(len(vocab))
        for t, c in d.items():
            v[vocab[t]] = (1 + math.log(c)) * idf[vocab[t]]
        v /= max(np.linalg.norm(v), 1e-12)
        day = parse_day(r.get("published"))
        best, best_sim = -1, threshold
        for s, total in enumerate(sums):
            ref = last[s] if anchor == 'last' else first[s]
            if day and ref and (day - ref).days > window_days:
                continue
            centroid = total / counts[s]
            sim = float(v @ centroid) / max(float(np.linalg.norm(centroid)), 1e-12)
            if sim >= best_sim:
                best, best_sim = s, sim
        if best < 0:
            sums.append(v.copy())
            counts.append(1)
            last.append(day)
            first.append(day)
            best = len(sums) - 1
        else:
            sums[best] += v
            counts[best] += 1
            if day and (last[best] is None or day > last[best]):
                last[best] = day
        labels.append(f"b{best}")
    return labels
