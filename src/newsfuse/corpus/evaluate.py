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

from ..dates import parse_day
from ..errors import InputError
from ..readers.decode import text_lines
from ..readers.jsonl import OtherEncodingLine, load_json


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
        handle = open(path, "rb")
    except OSError as exc:
        raise InputError(path, exc.strerror or "cannot read") from None
    with handle:
        for number, line in enumerate(text_lines(handle), 1):
            if not line.strip():
                continue
            try:
                obj = load_json(line)
            except OtherEncodingLine as exc:
                raise InputError(path, f"line {number} is {exc.msg}") from None
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


# --- the baseline ------------------------------------------------------------------------

_SK_TOKEN = re.compile(r"(?u)\b\w\w+\b")  # scikit-learn's default token pattern


def tfidf_baseline(records: list[dict], threshold: float = 0.2, window_days: int = 3,
                   progress: Callable[[], None] | None = None) -> list[str]:
    """Single-pass TF-IDF grouping as specified in shared/stories/README.md.

    Vectors: title twice + text, lowercase word tokens of two or more characters less
    English stop words (spaCy's list; without them multinews100 falls to B-cubed F1 0.62), sublinear tf,
    smoothed idf fitted on the whole file, L2-normalised. An article joins the story whose
    centroid (mean of member vectors) is most cosine-similar if that cosine is >= ``threshold``
    and, when both are dated, the story's latest article is at most ``window_days`` before it;
    otherwise it opens a story. Undated articles see every story.
    """
    from ..nlp import stop_words
    stop = stop_words()  # the README's figures are reproduced with stop words removed
    docs = [Counter(t for t in _SK_TOKEN.findall(f"{r.get('title') or ''} {r.get('title') or ''} {r['text']}".lower())
                    if t not in stop) for r in records]
    df: Counter = Counter()
    for d in docs:
        df.update(d.keys())
    n = len(docs)
    idf = {t: math.log((1 + n) / (1 + c)) + 1 for t, c in df.items()}
    # Sparse and exact: story sums as dicts, dot products through an inverted index (a story
    # sharing no term has cosine 0 and can never reach the threshold), so thousands of
    # articles fit in memory; the figures equal a dense implementation's.
    labels: list[str] = []
    sums: list[dict[str, float]] = []
    sq_norms: list[float] = []
    last: list[date | None] = []
    postings: dict[str, list[int]] = defaultdict(list)
    for r, d in zip(records, docs):
        v = {t: (1 + math.log(c)) * idf[t] for t, c in d.items()}
        length = math.sqrt(sum(x * x for x in v.values())) or 1.0
        v = {t: x / length for t, x in v.items()}
        day = parse_day(r.get("published"))
        dots: dict[int, float] = defaultdict(float)
        for t, x in v.items():
            for s in postings.get(t, ()):
                dots[s] += x * sums[s][t]
        best, best_sim = -1, threshold
        for s in sorted(dots):
            if day and last[s] and (day - last[s]).days > window_days:
                continue
            sim = dots[s] / max(math.sqrt(sq_norms[s]), 1e-12)
            if sim >= best_sim:
                best, best_sim = s, sim
        if best < 0:
            best = len(sums)
            sums.append({})
            sq_norms.append(0.0)
            last.append(day)
        total = sums[best]
        sq_norms[best] += 2 * dots.get(best, 0.0) + sum(x * x for x in v.values())
        for t, x in v.items():
            if t not in total:
                postings[t].append(best)
                total[t] = x
            else:
                total[t] += x
        if day and (last[best] is None or day > last[best]):
            last[best] = day
        labels.append(f"b{best}")
        if progress:
            progress()
    return labels


# --- one run: newsfuse and the baseline on the same file ---------------------------------

def article_of(record: dict):
    """The article as the grouper sees it. Built directly rather than through the text
    reader, which may read a dateline out of the text: the baseline sees only ``published``,
    and both systems must see the same dates."""
    from ..dates import normalise_date
    from ..model import Article

    title = record.get("title")
    return Article(text=record.get("text") or "", title=title if isinstance(title, str) and title.strip() else None,
                   source=record.get("source") if isinstance(record.get("source"), str) else None,
                   published=normalise_date(record.get("published") if isinstance(record.get("published"), str) else None),
                   url=record.get("url") if isinstance(record.get("url"), str) else None)


def group_records(records: list[dict], chunk: int = 256,
                  progress: Callable[[int], None] | None = None) -> tuple[list[str], dict[str, float]]:
    """newsfuse's stories for the records, in stream order, and the seconds each stage took."""
    from .features import extract_many
    from .grouping import StoryGrouper, stream_order

    t0 = time.perf_counter()
    feats = []
    for start in range(0, len(records), chunk):
        part = records[start:start + chunk]
        feats.extend(extract_many([article_of(r) for r in part], [r["id"] for r in part]))
        if progress:
            progress(len(part))
    t1 = time.perf_counter()
    grouper = StoryGrouper()
    story_of = {f.key: grouper.add(f) for f in stream_order(feats)}
    t2 = time.perf_counter()
    return [story_of[r["id"]] for r in records], {"features": t1 - t0, "grouping": t2 - t1}


def evaluate_stories(records: list[dict], progress: Callable[[int], None] | None = None) -> dict:
    """Scores of newsfuse and of the TF-IDF baseline on the same records, with timings."""
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        raise InputError("input", "article ids repeat; every article needs its own id")
    gold = [r["story"] for r in records]
    predicted, seconds = group_records(records, progress=progress)
    t = time.perf_counter()
    base = tfidf_baseline(records)
    base_seconds = time.perf_counter() - t
    n = len(records)

    def scores(labels, secs):
        return {"bcubed": bcubed(gold, labels), "pairwise": pairwise(gold, labels),
                "stories": len(set(labels)), "ms_per_article": 1000 * secs / n}

    newsfuse = scores(predicted, seconds["features"] + seconds["grouping"])
    newsfuse["ms_per_article_features"] = 1000 * seconds["features"] / n
    newsfuse["ms_per_article_grouping"] = 1000 * seconds["grouping"] / n
    return {"articles": n, "gold_stories": len(set(gold)),
            "systems": {"newsfuse": newsfuse, "tfidf-baseline": scores(base, base_seconds)}}


def format_text(result: dict, name: str) -> str:
    lines = [f"{name}: {result['articles']} articles, {result['gold_stories']} gold stories",
             f"{'system':16s} {'B3 P':>6s} {'B3 R':>6s} {'B3 F1':>6s} {'pair P':>7s} {'pair R':>7s} "
             f"{'pair F1':>7s} {'stories':>7s} {'ms/art':>7s}"]
    for system, s in result["systems"].items():
        b, p = s["bcubed"], s["pairwise"]
        lines.append(f"{system:16s} {b['precision']:6.3f} {b['recall']:6.3f} {b['f1']:6.3f} "
                     f"{p['precision']:7.3f} {p['recall']:7.3f} {p['f1']:7.3f} {s['stories']:7d} "
                     f"{s['ms_per_article']:7.1f}")
    nf = result["systems"]["newsfuse"]
    lines.append(f"newsfuse time per article: {nf['ms_per_article_features']:.1f} ms features "
                 f"(embedding included), {nf['ms_per_article_grouping']:.2f} ms grouping")
    return "\n".join(lines) + "\n"
