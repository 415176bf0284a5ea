"""Small counts (2 to 5) that two or more reports of a Multi-News train cluster state with the
same counted noun, counted by where the rules' pass put them.

Usage: python bench/small_count_shapes.py [--clusters 300] [--skip 0] [--seed 3640]
                                          [--sample 60] [--out SAMPLE.txt]

Why: the small-count rule (``figure_reading``'s "small" flag, ``claims.rule_parts``) keeps a
count of two out of the table unless another report counts the same noun class, and
``worth.reason`` leaves out some small counts of people it reads as description; whether
reports' shared small counts ("two people were killed", "three suspects arrested") are figures
a fact-checker compares is counted here on train text nobody annotated, by counted noun.
For each cluster every number entity of value 2 to 5 (read as a statement, or left out by
``worth.reason``) is keyed by (value, counted noun lemma); a key two or more articles give is
put in one place: "held" (a shown group holds the value in two of those articles), "kept out"
(some of its statements reach no part: the small-count rule or ``twins_apart``), "worth" (left
out by ``worth.reason`` in all but one article), "not shown" (in a part, not shown). A random
``--sample`` of the keys not held is written with two articles' sentences, to be marked by hand.

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
from figure_group_causes import Trace  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clusters", type=int, default=300)
    parser.add_argument("--skip", type=int, default=0)
    parser.add_argument("--seed", type=int, default=3640)
    parser.add_argument("--sample", type=int, default=60)
    parser.add_argument("--out", default=None)
    parser.add_argument("--by-value", action="store_true",
                        help="key by value alone (any counted noun, or none), as "
                             "noun_split_shapes.py does: the small counts two reports give "
                             "under two nouns")
    args = parser.parse_args()
    from newsfuse.analyze import analyze
    from newsfuse.crosscheck.numbers import counted_noun, parse_amount
    from newsfuse.model import Article

    records = junk_review.marked_records("marked_before102.txt")
    random.Random(args.seed).shuffle(records)
    places, by_noun, keys_not_held = Counter(), Counter(), []
    for n, record in enumerate(records[args.skip:args.skip + args.clusters]):
        docs = [d for d in record["documents"] if d.strip()]
        trace = Trace(analyze([Article(text=d) for d in docs]))
        shown = defaultdict(set)
        for i in trace.shown():
            for s in trace.parts[i][0]:
                if not isinstance(s["value"], list):
                    shown[float(s["value"])].add(s["article"])
        # (value, noun lemma) -> article -> [(how, sentence, statement or None)]
        keyed = defaultdict(lambda: defaultdict(list))
        for s in trace.statements:
            v = s["value"]
            if isinstance(v, list) or not (s["noun"] or args.by_value) or float(v) not in (2, 3, 4, 5):
                continue
            keyed[(float(v), "*" if args.by_value else s["noun"])][s["article"]].append(
                ("read " + repr(s["noun"]) + (" small" if s["small"] else ""), s["text"], s))
        article_of = {id(d): a for a, docs_ in trace.cluster.docs.items() for d in docs_}
        seen = set()
        for doc, start, end, value, why in trace.dropped:
            if (id(doc), start, end) in seen or id(doc) not in article_of:
                continue
            seen.add((id(doc), start, end))
            span = doc[start:end]
            amount = parse_amount(span.text)
            v = amount[0] if amount and not isinstance(amount[0], list) else None
            if v not in (2, 3, 4, 5):
                continue
            noun = counted_noun(span)
            if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
                continue
            keyed[(v, "*" if args.by_value else noun.lemma_.lower())][article_of[id(doc)]].append(
                ("worth:" + why.split(" (")[0][:40], span.sent.text, None))
        for (v, noun), arts in keyed.items():
            if len(arts) < 2 or args.by_value and not any(
                    x[0].startswith("read") for a in arts.values() for x in a):
                continue
            if len(shown[v] & set(arts)) >= 2:
                where = "held"
            else:
                reads = [x for a in arts.values() for x in a if x[0].startswith("read")]
                read_arts = {a for a, xs in arts.items() if any(x[0].startswith("read") for x in xs)}
                if len(read_arts) < 2:
                    where = "worth"
                elif any(trace.part_of(x[2]) is None for x in reads):
                    where = "kept out" + (" (small)" if any(x[2]["small"] for x in reads) else "")
                else:
                    where = "not shown"
                keys_not_held.append((record["id"], v, noun, where, arts))
            places[where] += 1
            if args.by_value:
                noun = "/".join(sorted({str(x[2]["noun"]) for a in arts.values() for x in a
                                        if x[2] is not None}))
            by_noun[(noun, where)] += 1
        print(f"{n + 1} clusters", file=sys.stderr, flush=True)
    print(f"# {min(args.clusters, len(records))} clusters; small counts (2-5, same noun) "
          f"that two or more articles give, by place:")
    for w, k in places.most_common():
        print(f"{k:5d}  {w}")
    nouns = Counter()
    for (noun, where), k in by_noun.items():
        if where != "held":
            nouns[noun] += k
    print("# not held, by counted noun:")
    print("  " + ", ".join(f"{w} {k}" for w, k in nouns.most_common(60)))
    if args.out:
        rng = random.Random(args.seed)
        with open(args.out, "w", encoding="utf-8") as out:
            for cid, v, noun, where, arts in rng.sample(keys_not_held, min(args.sample, len(keys_not_held))):
                out.write(f"K {cid}|{v:g}|{noun} [{where}]\n")
                for a, xs in list(arts.items())[:3]:
                    how, text, _ = xs[0]
                    out.write(f"  {a} {how}: {' '.join(text.split())[:320]!r}\n")
                out.write("\n")


if __name__ == "__main__":
    main()
