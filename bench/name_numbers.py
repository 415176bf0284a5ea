"""Figures shown in a brief's table that may be part of a name ("iphone 6", "flight 370", "route
66", "windows 10"), counted by the shape the parse has at the number.

Usage: python bench/name_numbers.py [--clusters 300] [--skip 0] [--seed 3935] [--show]

Each drawn cluster is briefed by the rules (``sections=["claims"], figures="rules"``, as
``junk_review.py list`` does) and every figure line shown is parsed again, its first number
token found in its sentence and given the first shape that fits: in a named entity of a name's
label (ORG, PRODUCT, FAC, WORK_OF_ART, EVENT, LAW, PERSON, GPE, NORP), letters hyphened to the
number ("f-16", "3-d"), "No." or "#" before it, a noun right before it ("flight 370", the
parse's own reading of a label after its noun), a capitalised proper noun right after it, or
none. ``--show`` prints every line with a shape, to be judged by hand (name or figure).

The clusters are drawn from those already marked by hand before seed 142
(bench/marked_before142.txt), so the count spends no fresh text.

The thirty-fifth session's count (junk39, main 7accb73; ``--clusters 300`` and ``--skip 300``,
600 clusters, 2,912 figure lines shown): 68 lines have a shape, 7 of them part of a name, each
read by hand: "the apollo 15 and 17 missions", "british punk band 4 skins", "terminal three",
"tells news 3", "huis ten bosch" twice, "a marching gang of district 13-ers". Their shape, a
noun right before the number, is on 59 lines, and most are figures: a distance or
a time after a noun ("a reef 25 miles off the coast", "an f-16 crash 30 miles southwest of",
"gave the crowd two minutes"), "N times" after an object ("climbed the world's tallest
mountain a record 20 times"), a count after a run-on headline ("5 cities least prepared");
five are a gallery's "caption 3 of 9" and two a feed's "jun 18". The other shapes name
nothing: in an entity of a name's label only a "magnitude-6.2" the NER called a person (the
lower-cased train text gives it few names), letters hyphened to a number only magnitudes,
which the gold tabulates.
On fresh draws marked by hand by the gold's convention (``junk_review.py list --random 40
--sports 15 --sports-words 2 --fresh``), names are 12 of 685 lines shown: seed 140 4 of 184,
141 1 of 166 (junk38), 148 (read) 2 of 154, 149 (measured only) 5 of 181: "iphone 6 and
( especially ) 6 plus devices" twice, "a cessna 340 twin-engine aircraft", "the t-lazy 7
ranch", "the exit 61 off-ramp", "an e: 60 profile on espn" (a noun before, six), "the
glasses-free 3-d screen", "in three-dimensions", "360 ° video", "the 60-day disabled list",
"the fbi's list of ten most wanted fugitives" twice. Parsed alone, the cessna, t-lazy, exit
and e: 60 sentences hang the number on the noun after it and pass ``number_names``'s label
tests: what follows is a hyphened compound ("twin-engine", "off-ramp") or the word before is
no noun ("t-lazy", "e:"), each shape once.
The tuning gold lists such numbers as non-figures (about 335 of the 2,304 tuning non-figures
are a name's number: model numbers and standard names, two technology stories holding half,
route, station, show, team and cable names) and no tuning figure is a number labelling the
noun before it; its one figure of that kind is a display's "480 x 360".
No rule: no shape is nearly always a name at scale (a noun before the number is a name on
about 1 line in 8), and the earlier rule for that shape (junk30's bare number after a noun
without an article, docstring of ``junk_review.py``) took "the magnitude 6 quake", "a 256 MB
card" and "55 rebel" from the tuning gold (two groups, ten values) and five validation values.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import junk_review  # noqa: E402

NAME_LABELS = {"ORG", "PRODUCT", "FAC", "WORK_OF_ART", "EVENT", "LAW", "PERSON", "GPE", "NORP"}
_LETTERS_HYPHEN = re.compile(r"[a-z]-\s?\d|\d-[a-z]\b", re.I)


def number_token(doc, expression: str):
    """The first number token of ``expression`` in ``doc`` (None when it is not found)."""
    at = doc.text.find(expression or "")
    tokens = [t for t in doc if t.like_num or any(c.isdigit() for c in t.text)]
    if at >= 0:
        tokens = [t for t in tokens if at <= t.idx < at + len(expression)] or tokens
    return tokens[0] if tokens else None


def shape(doc, t, expression: str) -> str:
    ent = next((e for e in doc.ents if e.start <= t.i < e.end), None)
    if ent is not None and ent.label_ in NAME_LABELS:
        return f"entity {ent.label_}"
    around = doc.text[max(0, t.idx - 3):t.idx + len(t.text) + 3]
    if _LETTERS_HYPHEN.search(around):
        return "letters hyphened"
    prev = doc[t.i - 1] if t.i > 0 else None
    if prev is not None and (prev.lower_ in ("no.", "no", "#", "number") and prev.i >= t.sent.start):
        return "No. or # before"
    if prev is not None and prev.i >= t.sent.start and prev.pos_ in ("NOUN", "PROPN") \
            and prev.is_alpha:
        hangs = t.head.i == prev.i or (t.head.i == t.i and prev.head.i == t.i)
        return f"noun before, {'hung on it' if hangs else 'counts on'} ({prev.pos_})"
    nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
    if nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and nxt.i < t.sent.end:
        return "capital after"
    return ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clusters", type=int, default=300)
    parser.add_argument("--seed", type=int, default=3935)
    parser.add_argument("--skip", type=int, default=0)
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    from newsfuse.nlp.spacy_pipeline import get_nlp

    nlp = get_nlp()
    records = junk_review.marked_records("marked_before142.txt")
    random.Random(args.seed).shuffle(records)
    shapes: Counter = Counter()
    lines = 0
    for record in records[args.skip:args.skip + args.clusters]:
        brief = junk_review.claims_brief(record)
        if brief is None:
            continue
        for group in brief.claims or []:
            for value in group["values"]:
                lines += len(value["articles"])
                doc = nlp(value["text"])
                t = number_token(doc, value.get("expression"))
                # no digit in it ("dozens", "half"): no label
                kind = shape(doc, t, value.get("expression") or "") if t is not None else ""
                if not kind:
                    continue
                shapes[kind] += len(value["articles"])
                if args.show:
                    key = junk_review.key(record["id"], value["articles"][0], value)
                    print(f"{kind}\t{key}\t{group.get('about')!r}\t"
                          f"{junk_review.window(value['text'], value.get('expression'), 90)}")
        sys.stdout.flush()
    print(f"lines shown {lines}")
    for kind, n in shapes.most_common():
        print(f"  {kind:28s} {n}")


if __name__ == "__main__":
    main()
