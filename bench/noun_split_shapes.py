"""Values two or more reports of a Multi-News train cluster read as figures that no shown group
holds in two of them, counted by where the rules' grouping kept them apart.

Usage: python bench/noun_split_shapes.py [--clusters 300] [--skip 0] [--seed 3631] [--sample 40]
                                         [--min 2] [--pairs PAIRS.txt]

Why: the figure-group bench's "c noun" (a gold group's values read under two counted nouns)
and "d split" (one noun, kept apart by event, unit, size or status) causes are counted on the
gold, which holds too few of them to choose a rule on. This counts the same loss on train text
nobody annotated: for each cluster the rules' pass is traced (``figure_group_causes.Trace``),
and every exact value read in two or more articles that no shown (agreed or disputed) part
holds in two of them is given one place, the first that holds:

  kept out     a statement of it in no part at all (``twins_apart`` or a one-report rule)
  one part     one part holds it in two articles but is not shown (single, or kept apart)
  noun missing two articles' statements sit in parts where one has no counted noun
  noun differs ... where both have a counted noun, of two noun classes
  split:STAGE  ... of one noun class, apart at ``split_stage``'s stage (event, unit, role,
               size, status, linked, other)

A pair of two articles' statements is drawn at random for ``--sample`` of the values of
``--kinds`` (default "noun missing" and "noun differs") and printed with both sentences (to ``--pairs``), for an editor to
mark whether they state one quantity. Values are bucketed by size (2, 3 to 9, 10 or more),
since the joins under two nouns ask three or more.

The clusters are those marked by hand before seed 102 (bench/marked_before102.txt), so the
count spends no fresh text.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import junk_review  # noqa: E402
from figure_group_causes import Trace, split_stage  # noqa: E402


def _values(v) -> list[float]:
    return [float(x) for x in (v if isinstance(v, list) else [v])]


def _bucket(v: float) -> str:
    return "2" if v < 3 else "3-9" if v < 10 else "10+"


def place(trace: Trace, statements: list[dict]) -> tuple[str, tuple | None]:
    """Where the statements of one value (two or more articles) were kept apart, and a pair of
    two articles' statements that shows it."""
    parts = {id(s): trace.part_of(s) for s in statements}
    if any(p is None for p in parts.values()):
        return "kept out", None
    by_part = defaultdict(set)
    for s in statements:
        by_part[parts[id(s)]].add(s["article"])
    if any(len(a) >= 2 for a in by_part.values()):
        return "one part", None
    pairs = [(a, b) for i, a in enumerate(statements) for b in statements[i + 1:]
             if a["article"] != b["article"] and parts[id(a)] != parts[id(b)]]
    if not pairs:
        return "other", None
    for a, b in pairs:
        if not a["noun"] or not b["noun"]:
            return "noun missing", (a, b)
    for a, b in pairs:
        if trace.classes.get(a["noun"]) != trace.classes.get(b["noun"]):
            return "noun differs", (a, b)
    a, b = pairs[0]
    return "split:" + split_stage(trace, [a, b]), (a, b)


def _show(s: dict) -> str:
    return (f"{s['article']} noun={s['noun']!r} event={s['event']!r} unit={s['unit']!r} "
            f"q={s['qualifier']} expr={s['expression']!r} src={s['attributed_to']!r}\n"
            f"      {s['text'][:300]!r}")


def _features(trace: Trace, a: dict, b: dict) -> str:
    """What the joins under two nouns read of a pair: the sentences' likeness, the nouns'
    likeness, whether each noun names people, is plural."""
    ctx = trace.ctx
    sim = ctx.similar(a, b)
    like = ctx.nouns_alike(a["noun"], b["noun"]) if a["noun"] and b["noun"] else None
    return (f"sim={sim if sim is None else round(sim, 2)} like={like if like is None else round(like, 2)} "
            f"people={a['noun'] in ctx.people}/{b['noun'] in ctx.people} "
            f"plural={bool(a.get('plural'))}/{bool(b.get('plural'))}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clusters", type=int, default=300)
    parser.add_argument("--skip", type=int, default=0)
    parser.add_argument("--seed", type=int, default=3631)
    parser.add_argument("--sample", type=int, default=40)
    parser.add_argument("--min", type=float, default=2)
    parser.add_argument("--pairs", default=None, help="write the sampled pairs here")
    parser.add_argument("--held", default=None,
                        help="write the cluster|value keys a shown group holds in two reports here "
                             "(to compare two codes' runs)")
    parser.add_argument("--kinds", default="noun missing,noun differs",
                        help="the places whose pairs are sampled, comma-separated")
    args = parser.parse_args()
    from newsfuse.analyze import analyze
    from newsfuse.model import Article

    records = junk_review.marked_records("marked_before102.txt")
    random.Random(args.seed).shuffle(records)
    places, by_size, pairs = Counter(), Counter(), defaultdict(list)
    values = held = 0
    features = {}
    held_keys: list[str] = []
    for n, record in enumerate(records[args.skip:args.skip + args.clusters]):
        docs = [d for d in record["documents"] if d.strip()]
        trace = Trace(analyze([Article(text=d) for d in docs]))
        shown = defaultdict(set)
        for i in trace.shown():
            for s in trace.parts[i][0]:
                for v in _values(s["value"]):
                    shown[v].add(s["article"])
        by_value = defaultdict(list)
        for s in trace.statements:
            if not isinstance(s["value"], list) and float(s["value"]) >= args.min:
                by_value[float(s["value"])].append(s)
        for v, sts in by_value.items():
            if len({s["article"] for s in sts}) < 2:
                continue
            values += 1
            if len(shown[v]) >= 2:
                held += 1
                held_keys.append(f"{record['id']}|{v:g}")
                continue
            where, pair = place(trace, sts)
            places[where] += 1
            by_size[(where, _bucket(v))] += 1
            if pair is not None:
                pairs[where].append((record["id"], v, pair))
                features[(record["id"], v)] = _features(trace, *pair)
        print(f"{n + 1} clusters, {values} values read in 2+ articles, {held} held by a shown group",
              file=sys.stderr, flush=True)
    print(f"# {min(args.clusters, len(records))} clusters, {values} values read in two or more articles "
          f"(value >= {args.min:g}), {held} held by a shown group in two; the rest by place:")
    for w, k in places.most_common():
        sizes = ", ".join(f"{b} {by_size[(w, b)]}" for b in ("2", "3-9", "10+"))
        print(f"{k:5d}  {w}   ({sizes})")
    if args.held:
        Path(args.held).write_text("".join(k + "\n" for k in held_keys), encoding="utf-8")
    if args.pairs:
        rng = random.Random(args.seed)
        pool = [(k, *p) for k in args.kinds.split(",") for p in pairs[k]]
        with open(args.pairs, "w", encoding="utf-8") as out:
            for kind, cid, v, (a, b) in rng.sample(pool, min(args.sample, len(pool))):
                out.write(f"P {cid}|{v:g} [{kind}] {features[(cid, v)]}\n  {_show(a)}\n  {_show(b)}\n\n")


if __name__ == "__main__":
    main()
