"""Tabulated numbers by the syntax they stand in, against the gold: which classes of number a
journalist would not tabulate, counted over every tuning and validation claims record,
validation in aggregate only.

Usage:
  python bench/junk_syntax.py extract           # parse every record once, write the rows cache
  python bench/junk_syntax.py tables [--all]    # junk / gold / other per syntactic class and part
                                                # (--all: rows kept apart after grouping too)
  python bench/junk_syntax.py list CLASS        # the tuning rows of one class (never validation)

One row per figure statement of a part the rules tabulate (``claims.rule_parts``, minus what
``worth.kept_apart`` holds back), labelled as ``bench/worth_policy.py`` labels them: junk when
the gold lists it under ``non_figures`` (the gold bench's ``junk_entry``), gold when a gold
figure of that article has that value, else other. The classes are read from the parse of the
number where it stands (``syntax_classes``): what the number modifies, what it is written inside, who
says it. Validation rows (every batch of ``gold_claims_quotes.VALIDATION``, U19 included) are only
ever counted; frozen records are never read.
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gold_claims_quotes import ROOT, VALIDATION  # noqa: E402
from worth_policy import locate, records as worth_records, tabulated, write_rows  # noqa: E402

CACHE = Path(os.environ.get("JUNK_SYNTAX_CACHE", "/tmp/junk_syntax_rows.jsonl"))  # one per helper
PARTS = ("tuning", *VALIDATION)


def records() -> list[tuple[str, dict]]:
    """(part, claims record) for every tuning record with non_figures and every record of each
    validation batch in ``gold_claims_quotes.VALIDATION`` (worth_policy's selection, given
    every batch instead of its default V, X and Y)."""
    return worth_records(VALIDATION)


def syntax_classes(span, s) -> list[str]:
    """The syntactic classes of one number (a statement ``s`` at ``span``)."""
    from newsfuse.crosscheck.numbers import TIME_UNITS

    doc = span.doc
    out = []
    root = span.root
    nums = [t for t in span if t.like_num]
    num = nums[0] if nums else root
    head = num.head
    nxt = doc[span.end] if span.end < len(doc) else None
    prev = doc[span.start - 1] if span.start > 0 else None
    out.append("unit=" + s["unit"].split(":")[0])
    out.append("status=" + s["status"])
    out.append("voice=" + str(s["voice"]))
    out.append("label=" + (span.ents[0].label_ if span.ents else "?"))
    out.append("dep=" + num.dep_)
    out.append("noun=" + ("none" if s["noun"] is None else "yes"))
    out.append("event=" + ("none" if s["event"] is None else "yes"))
    out.append("small" if s["small"] else "notsmall")
    out.append("word" if not any(ch.isdigit() for ch in s["expression"]) else "digits")
    # a number written as a hyphenated modifier of the noun after it ("a 30-year career")
    if nxt is not None and nxt.text in ("-", "‐") or "-" in span.text:
        out.append("hyphen-modifier")
    if s["unit"].startswith("duration") and s["event"] is None:
        out.append("duration, no event")
    if s["unit"].startswith("duration"):
        owner = s["noun"]
        out.append("duration")
    # inside a name: a capitalised word (not sentence start) right before or after
    def cap(t):
        return t is not None and t.i != t.sent.start and t.is_alpha and t.text[:1].isupper() \
            and t.text != "I"
    if cap(prev) or cap(nxt):
        out.append("capitalised neighbour")
    if prev is not None and prev.text in ("(", "[") or nxt is not None and nxt.text in (")", "]"):
        out.append("in brackets")
    sent = span.sent
    if sent.start == 0 and not sent.text.rstrip().endswith((".", "!", "?", '"', "”")):
        out.append("verbless first line")
    if not any(t.pos_ in ("VERB", "AUX") for t in sent):
        out.append("sentence without verb")
    if s["noun"] and s["noun"] in TIME_UNITS:
        out.append("counts a time unit")
    if root.dep_ in ("appos",) or num.dep_ == "appos":
        out.append("apposition")
    if head.pos_ in ("VERB", "AUX") and num.dep_ in ("dobj", "nsubj", "attr", "npadvmod"):
        out.append("bare argument of a verb")
    if num.dep_ == "pobj" or (root.dep_ == "pobj"):
        out.append("object of a preposition")
    if head.pos_ == "PROPN" or (s["noun"] and any(t.pos_ == "PROPN" and t.lemma_.lower() == s["noun"]
                                                  for t in sent)):
        out.append("counts a proper noun")
    if any(t.lower_ in ("the", "these", "those", "this", "that", "both", "all") and t.i == span.start - 1
           for t in [prev] if t is not None):
        out.append("after a determiner")
    if any(t.tag_ == "MD" for t in sent) and any(t.tag_ == "MD" for t in root.ancestors if True) \
            or any(c.tag_ == "MD" for a in [root, *root.ancestors] for c in a.children):
        out.append("modal")
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for a in [root, *root.ancestors]
           for c in a.children):
        out.append("conditional")
    if any(c.dep_ == "neg" for a in [root, *root.ancestors] for c in a.children):
        out.append("negated")
    if s["event"] is not None and s["tracked"]:
        out.append("tracked event")
    return out


def extract() -> None:
    from newsfuse.crosscheck import worth
    from newsfuse.crosscheck.events import TRACKED

    rows = []
    for part, record, cluster, _, _, numbers in tabulated(records()):
        for stmts, status, _, s, label, junk in numbers:
            kept = worth.kept_apart(stmts, status) is None
            found = locate(cluster, s)
            s = {**s, "status": status, "tracked": s["event"] in TRACKED}
            rows.append({"part": part, "cluster": record["id"], "article": s["article"],
                         "label": label, "why": (junk or {}).get("why"), "kept": kept,
                         "expression": s["expression"], "text": s["text"][:200],
                         "classes": syntax_classes(found[1], s) if found else ["unlocated"]})
    write_rows(rows, CACHE)


def load(all_rows=False) -> list[dict]:
    rows = [json.loads(x) for x in open(CACHE, encoding="utf-8")]
    return rows if all_rows else [r for r in rows if r["kept"]]


def tables(all_rows=False) -> None:
    rows = load(all_rows)
    classes = Counter(c for r in rows for c in r["classes"])
    print(f"{'class':32s} " + "  ".join(f"{p:>16s}" for p in (*PARTS, "validation")))
    print(f"{'(junk/gold/other)':32s}")

    def cell(sel):
        c = Counter(r["label"] for r in sel)
        return f"{c['junk']:4d}/{c['gold']:4d}/{c['other']:4d}"
    print(f"{'every row':32s} " + "  ".join(f"{cell([r for r in rows if r['part'] == p]):>16s}"
                                            for p in PARTS)
          + f"  {cell([r for r in rows if r['part'] != 'tuning']):>16s}")
    for c in sorted(classes, key=lambda c: (c.split('=')[0], -classes[c])):
        sel = [r for r in rows if c in r["classes"]]
        print(f"{c[:32]:32s} " + "  ".join(f"{cell([r for r in sel if r['part'] == p]):>16s}"
                                           for p in PARTS)
              + f"  {cell([r for r in sel if r['part'] != 'tuning']):>16s}")


def listing(name: str) -> None:
    for r in load(True):
        if r["part"] == "tuning" and name in r["classes"]:
            print(f"{r['label']:5s} {'kept' if r['kept'] else 'apart'} {r['cluster']} {r['article']} "
                  f"{r['expression']!r} | {r['why'] or ''} | {r['text'][:150]!r}")


def main() -> None:
    cmd = sys.argv[1] if len(sys.argv) > 1 else "tables"
    if cmd == "extract":
        extract()
    elif cmd == "tables":
        tables("--all" in sys.argv)
    elif cmd == "list":
        listing(sys.argv[2])
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main()
