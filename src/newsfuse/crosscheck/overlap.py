"""Which articles repeat each other's text, and which one copied from which.

Agencies' copy is republished, aggregators paste paragraphs, and a story told five times by
the same wire is one source, not five. A sentence counts as found in another article when
most of its word 5-grams occur there: 5-grams survive the small edits copy-editors make
(a changed verb, a dropped clause) yet two independent reporters almost never produce the
same five words in a row outside a quotation. Sentences are matched against the whole other
article, not one sentence of it, because two outlets split the same paragraph differently.

Shingles go into one inverted index, so the cost grows with the number of actual matches
rather than with the square of the number of sentences; shingles that hundreds of sentences
share (site furniture, boilerplate) are dropped from the index, as they say nothing about
who copied whom.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from ..model import Cluster, Sentence

SHINGLE = 5               # words per shingle
FOUND = 0.5               # share of a sentence's shingles the other article must hold
COPY_SHARE = 0.30         # share of either article's sentences the pair must share to be a copy
COPY_MIN_SENTENCES = 2    # ...and at least this many, so one shared quote never makes a copy
MAX_POSTINGS = 200        # a shingle in more sentences than this is boilerplate, not evidence
SHARE_MARGIN = 0.05       # shares closer than this cannot tell the original from the copy

_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def _words(sentence: Sentence) -> list[str]:
    return [w.translate(_FOLD) for w in sentence.words if any(ch.isalnum() for ch in w)]


def _shingles(words: list[str]) -> set[int]:
    if len(words) < SHINGLE:
        return set()
    return {hash(tuple(words[i:i + SHINGLE])) for i in range(len(words) - SHINGLE + 1)}


def sentence_matches(cluster: Cluster) -> dict[int, dict[str, int]]:
    """For each body sentence index: {other article id: index of its best-matching sentence}.

    Exposed so other analyses (timeline merging, claims) can ask "is this sentence a copy?"
    without recomputing shingles.
    """
    shingles: dict[int, set[int]] = {}
    postings: dict[int, list[int]] = defaultdict(list)
    for s in cluster.sentences:
        if s.is_headline:
            continue
        sh = _shingles(_words(s))
        if sh:
            shingles[s.index] = sh
            for h in sh:
                postings[h].append(s.index)

    sentences = cluster.sentences
    out: dict[int, dict[str, int]] = {}
    for i, sh in shingles.items():
        me = sentences[i].article
        found: dict[str, set[int]] = defaultdict(set)
        hits: Counter[int] = Counter()
        for h in sh:
            plist = postings[h]
            if len(plist) > MAX_POSTINGS:
                continue
            for j in plist:
                other = sentences[j].article
                if other != me:
                    found[other].add(h)
                    hits[j] += 1
        if not found:
            continue
        matched: dict[str, int] = {}
        for article, got in found.items():
            if len(got) / len(sh) >= FOUND:
                best = max((j for j in hits if sentences[j].article == article),
                           key=lambda j: (hits[j], -j))
                matched[article] = best
        if matched:
            out[i] = matched
    return out


def _runs(pairs: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Split (copy position, original position) pairs into runs of consecutive copy sentences."""
    runs: list[list[tuple[int, int]]] = []
    for pair in sorted(pairs):
        if runs and pair[0] == runs[-1][-1][0] + 1:
            runs[-1].append(pair)
        else:
            runs.append([pair])
    return runs


def _in_order(pairs: list[tuple[int, int]]) -> float:
    """Share of consecutive copied sentences whose originals also come in increasing order."""
    ordered = sorted(pairs)
    steps = list(zip(ordered, ordered[1:]))
    if not steps:
        return 1.0
    return sum(b[1] > a[1] for a, b in steps) / len(steps)


def _direction(a: str, b: str, share: dict[tuple[str, str], float],
               published: dict[str, str | None], order: dict[str, int]) -> tuple[str, str, str]:
    """(copy, original, the rule that decided). ``share[(x, y)]`` = share of x found in y."""
    pa, pb = published.get(a), published.get(b)
    if pa and pb and pa != pb:
        copy, original = (a, b) if pa > pb else (b, a)
        return copy, original, f"published earlier ({original} {min(pa, pb)}, {copy} {max(pa, pb)})"
    sa, sb = share[(a, b)], share[(b, a)]
    if abs(sa - sb) >= SHARE_MARGIN:
        copy, original = (a, b) if sa > sb else (b, a)
        return copy, original, (f"the shared text is a smaller share of {original} "
                                f"({share[(original, copy)]:.0%}) than of {copy} "
                                f"({share[(copy, original)]:.0%})")
    copy, original = (a, b) if order[a] > order[b] else (b, a)
    return copy, original, ("the two articles share the same text almost entirely; "
                            f"the first in input order ({original}) is taken as the original")


def find_overlap(cluster: Cluster) -> dict[str, Any]:
    """The overlap section: computed once per cluster and shared with ``cluster.copies``,
    which citations, claims and quotes read so a copy never counts as an independent
    confirmation of its original."""
    return cluster.derive("overlap", analyse_overlap)


def analyse_overlap(cluster: Cluster) -> dict[str, Any]:
    """Pairs of articles that share near-verbatim sentences, and which articles are copies."""
    matches = sentence_matches(cluster)
    sentences = cluster.sentences
    eligible: Counter[str] = Counter(s.article for s in sentences
                                     if not s.is_headline and len(_words(s)) >= SHINGLE)
    # (x, y) -> [(position in x, position of the matching sentence in y)]
    found: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    for i, matched in matches.items():
        me = sentences[i]
        for other, j in matched.items():
            found[(me.article, other)].append((me.position, sentences[j].position))

    share = {key: len(v) / eligible[key[0]] for key, v in found.items() if eligible[key[0]]}
    order = {a.id: n for n, a in enumerate(cluster.articles)}
    published = {a.id: a.published for a in cluster.articles}

    # each pair once, earlier article first, in input order: the copies below are decided in
    # this order too, and a copy whose two candidate originals share as much with it keeps the
    # first (iterated as a set of id strings, the winner changed with each process's string
    # hashing: one validation cluster's figures table differed between PYTHONHASHSEED 11 and 12)
    keys = sorted({tuple(sorted(k, key=order.get)) for k in found}, key=lambda p: (order[p[0]], order[p[1]]))
    pairs = []
    for a, b in keys:
        pairs.append({
            "a": a, "b": b,
            "a_in_b": round(share.get((a, b), 0.0), 3),
            "b_in_a": round(share.get((b, a), 0.0), 3),
            "shared_sentences": max(len(found.get((a, b), [])), len(found.get((b, a), []))),
        })

    # a pair is a copy relation when the shared text is a substantial part of either article;
    # which of the two copied is decided separately
    decided: dict[str, dict[str, Any]] = {}
    text_at = {(s.article, s.position): s.text for s in sentences if not s.is_headline}
    for x, y in keys:
        share.setdefault((x, y), 0.0)
        share.setdefault((y, x), 0.0)
        counts = max(len(found.get((x, y), [])), len(found.get((y, x), [])))
        if counts < COPY_MIN_SENTENCES or max(share[(x, y)], share[(y, x)]) < COPY_SHARE:
            continue
        copy, original, rule = _direction(x, y, share, published, order)
        got = found.get((copy, original), [])
        if not got:
            continue
        passages = [{
            "copy_sentences": [p for p, _ in run],
            "original_sentences": [q for _, q in run],
            "text": text_at[(copy, run[0][0])],
        } for run in _runs(got)]
        record = {"copy": copy, "original": original, "share": round(share[(copy, original)], 3),
                  "decided_by": rule, "in_order": round(_in_order(got), 2), "passages": passages}
        if copy not in decided or record["share"] > decided[copy]["share"]:
            decided[copy] = record

    copies = sorted(decided.values(), key=lambda r: order[r["copy"]])
    return {"pairs": pairs, "copies": copies}
