"""Values two or more reports of a Multi-News train cluster state that the claims pass reads in
fewer than two of them, counted by what the parse had at each unread occurrence and by the
shape written there.

Usage: python bench/unread_shapes.py [--clusters 300] [--skip 0] [--seed 3431] [--examples 3] [--min 2]

Why: the figure-group bench's "a unread" cause (no figure read from a value two reports state)
leads the missed validation groups, and the tuning gold holds too few of them to choose a
reading rule on. This counts the same loss on train text nobody annotated: for each cluster it
runs the rules' pass (``figure_group_causes.Trace``: what ``worth.reason`` left out is kept) and
takes every number token of value ``--min`` or more (``group_missed_review.number_tokens``'s
filters: no year, no day of a month, no age written as one) that two or more articles state
and fewer than two articles read as a statement of that value. Each unread occurrence is counted
once by what the parse had (``worth`` and its reason, read as another value, no number entity,
an entity of another label, nothing counted, other) and once by its written shape (a number
word, in quotation marks, a list of numbers, a noun before the number, a hyphened modifier).

The clusters are drawn from those already marked by hand before seed 90
(bench/marked_before90.txt), so the count spends no fresh text.

The thirty-fourth session's count (grp41, main dd6ad57; ``--skip 1300`` and ``--skip 1600``,
300 clusters each): 874 values in two or more articles, 297 read in fewer than two. Of 60
unread occurrences drawn at random and read, 47 were rightly unread (clock times, names and
models, ages, relative times) and 13 a figure a fact-checker would compare, of which 7 an
elapsed time ("killed her father 12 years earlier", "about 70 years ago"), the one shape seen
five times or more. It stays unread: the tuning gold lists "N units ago / after / later /
before / earlier" as a non-figure 77 times against 9 figures, as ``figure_measures.duration_of``
and ``time_spans.counted_from_another`` say. Measured once: ``duration_of`` reading the spans
before "later", "earlier", "before", "after" and "following" (not "ago") gained no group and
cost precision and junk (tuning groups 220/238 -> 220/240, junk 28/1309 -> 44/1335;
validation 133/160 -> 133/162, junk 82/1065 -> 96/1089), so it was taken back. The other real ones were each seen once or twice
(a share "3 in 10 likely voters", a count whose noun is elided, "five of them white"). The
pages' lines ``clean.py`` drops never reach this count (a Multi-News train document is one
line), though two of the six tuning "a unread" groups were such lines.
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

_QUOTES = "\"“”"


def occurrences(cluster, least: float):
    """value -> [(article, doc, token, entity)] of the number tokens of value ``least`` or more
    (``group_missed_review.number_tokens``)."""
    from group_missed_review import number_tokens

    occ = defaultdict(list)
    for value, art, doc, t, ent in number_tokens(cluster, least):
        occ[value].append((art, doc, t, ent))
    return occ


def why(trace: Trace, doc, t, ent) -> str:
    """What the parse had at an unread number token (as ``Trace.locate`` tells it)."""
    from newsfuse.crosscheck import figure_reading
    from newsfuse.crosscheck.events import event_of
    from newsfuse.crosscheck.numbers import counted_noun, parse_amount

    drop = next((d for d in trace.dropped if d[0] is doc and d[1] <= t.i < d[2]), None)
    if drop is not None:
        return f"worth: {drop[4]}"
    sent = t.sent.text
    if any(s["text"] == sent.strip() and t.text in s["expression"] for s in trace.statements):
        return "read as another value"
    if ent is None:
        return "no entity"
    if ent.label_ not in figure_reading.NUMBER_LABELS:
        return f"entity {ent.label_}"
    if figure_reading.multiplier(ent):
        return "multiplier"
    if parse_amount(ent.text) is None:
        return "unparsed"
    noun = counted_noun(ent)
    event, _ = event_of(noun if noun is not None else ent.root)
    if noun is None and event is None:
        return "nothing counted"
    return "other"


def shapes(doc, t) -> list[str]:
    sent = t.sent
    out = []
    if t.is_alpha:
        out.append("number word")
    before = doc[sent.start:t.i].text
    if sum(before.count(q) for q in _QUOTES) % 2 == 1:
        out.append("in quotation marks")
    if sum(1 for x in sent if x.like_num) >= 4:
        out.append("sentence of 4+ numbers")
    if t.i > sent.start and doc[t.i - 1].pos_ in ("NOUN", "PROPN") and t.head.i != t.i + 1:
        out.append("noun before")
    if t.i + 1 < len(doc) and doc[t.i + 1].text == "-":
        out.append("hyphened modifier")
    if t.i == sent.start or (t.i == sent.start + 1 and doc[sent.start].is_punct):
        out.append("opens the sentence")
    return out or ["plain"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clusters", type=int, default=300)
    parser.add_argument("--seed", type=int, default=3431)
    parser.add_argument("--examples", type=int, default=3)
    parser.add_argument("--min", type=float, default=2)
    parser.add_argument("--skip", type=int, default=0, help="start after this many drawn clusters")
    args = parser.parse_args()
    from newsfuse.analyze import analyze
    from newsfuse.model import Article

    records = junk_review.marked_records("marked_before90.txt")
    random.Random(args.seed).shuffle(records)
    causes, forms, both, examples = Counter(), Counter(), Counter(), defaultdict(list)
    values = lost = 0
    for n, record in enumerate(records[args.skip:args.skip + args.clusters]):
        docs = [d for d in record["documents"] if d.strip()]
        cluster = analyze([Article(text=d) for d in docs])
        trace = Trace(cluster)
        read = defaultdict(set)
        for s in trace.statements:
            for v in (s["value"] if isinstance(s["value"], list) else [s["value"]]):
                read[s["article"]].add(float(v))
        for v, found in occurrences(cluster, args.min).items():
            articles = {a for a, *_ in found}
            if len(articles) < 2:
                continue
            values += 1
            if sum(v in read[a] for a in articles) >= 2:
                continue
            lost += 1
            seen = set()
            for a, doc, t, ent in found:
                if v in read[a] or a in seen:
                    continue
                seen.add(a)  # an article's first unread occurrence of the value
                c, fs = why(trace, doc, t, ent), shapes(doc, t)
                causes[c] += 1
                for f in fs:
                    forms[f] += 1
                    both[(c, f)] += 1
                if len(examples[c]) < args.examples:
                    i = t.sent.text.find(t.text)
                    examples[c].append(f"{record['id']} {t.text!r}: {t.sent.text[max(0, i - 90):i + 90]!r}")
        print(f"{n + 1} clusters, {values} values in 2+ articles, {lost} read in fewer than two",
              file=sys.stderr, flush=True)
    print(f"# {min(args.clusters, len(records))} clusters, {values} values stated in two or more articles "
          f"(value >= {args.min:g}), {lost} read in fewer than two; unread occurrences:")
    for c, k in causes.most_common():
        print(f"{k:5d}  {c}")
        for e in examples[c]:
            print(f"         {e}")
    print("# by written shape (an occurrence may have several)")
    for f, k in forms.most_common():
        print(f"{k:5d}  {f}")
    print("# cause x shape")
    for (c, f), k in both.most_common(40):
        print(f"{k:5d}  {c} | {f}")


if __name__ == "__main__":
    main()
