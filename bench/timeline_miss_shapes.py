"""Missed timeline dates by the bench's class and by the shape of the gold quote's date words.

``bench/gold_timeline.py --why`` says why a gold date was missed (no anchor, no date expression,
wrong day, ...). This splits each class by what the quote says ("N days after <event>", "the
day before", today, a weekday, a month-day, a holiday, no date word at all) and, for a date read
to another day or found and left out, by what read it (the expression's kind, its anchor, how
far the gold day lies from the day read). It counts clusters too: a shape missed in one cluster
is a fix for one cluster; one missed across many is a convention worth a rule. Written for the
eleventh session's timeline round (dates12, docs/measurements.md).

    PYTHONPATH=src .venv/bin/python bench/timeline_miss_shapes.py [--gold FILE ...] [--only]

Tuning records print one line per miss; validation records print only the split's counts (never
a cluster, never a quote); frozen records are never run.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

import gold_timeline as gt
from gold_claims_quotes import part_of

# first match wins, in this order (a quote with "the day after" and "Friday" is a story day)
SHAPES = (
    ("holiday", r"\b(?:christmas|new year|valentine|thanksgiving|easter|halloween|independence day|"
                r"fourth of july|july fourth|labou?r day|memorial day|election day|election night|"
                r"veterans day|boxing day|good friday|ramadan|hanukkah)"),
    ("N days before/after <event>", r"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
                                    r"(?:days?|weeks?|nights?)\s+(?:before|after|ahead of|prior to|since)\b"),
    ("the day before/after, the next day",
     r"\bthe (?:day|night|morning|evening) (?:before|after)\b|"
     r"\bthe (?:next|following|previous|preceding) (?:day|morning|night|evening)\b"),
    ("that day, the same day",
     r"\b(?:that|same) (?:day|night|morning|afternoon|evening)\b|(?:earlier|later) in the day"),
    ("today, tonight, this morning", r"\b(?:today|tonight|this (?:morning|afternoon|evening|a\.m\.|p\.m\.))"),
    ("yesterday, last night", r"\b(?:yesterday|last night)"),
    ("tomorrow", r"\btomorrow"),
    ("weekday", r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"),
    ("month-day", r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|"
                  r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"),
    ("numeric date", r"\d{1,2}/\d{1,2}"),
    ("weekend", r"weekend"),
    ("overnight, early hours", r"overnight|early hours|small hours|wee hours"),
    ("clock time", r"\d{1,2}(?::\d\d)?\s*(?:a\.?m|p\.?m|o'clock|gmt)\b|\d{1,2}:\d\d"),
    ("part of day alone", r"\b(?:morning|afternoon|evening|night|midnight|noon|dawn)\b"),
    ("last/this week or month", r"\b(?:last|this|next) (?:week|month|year)|earlier this|later this"),
)


def shape(quote: str) -> str:
    """The first shape of ``SHAPES`` the quote's words have; "no date word" when none."""
    return next((name for name, pattern in SHAPES if re.search(pattern, quote, re.I)), "no date word")


def reading(cluster, item: dict, found: dict, anchors: dict, mentions: list) -> str:
    """For a date read to another day: the expression's kind, the anchor it was read against
    and the gold day minus the day read ("+7", "year"); for one found and left out, the kinds
    of expression near the quote and what the article's anchor lacked."""
    from newsfuse.crosscheck import timeline as tl

    quote = gt.norm(item["quote"])
    s = next(s for s in cluster.sentences if s.article == item.get("article")
             and (quote in gt.norm(s.text) or gt.norm(s.text) in quote))
    text = gt.norm(s.text)
    at = text.find(quote)
    near = [x for x in found[s.index] if at < 0 or (x.start < at + len(quote) + 5 and x.end > at - 5)]
    anchor = anchors.get(s.article)
    starts = {x.start for x in near}
    mine = [m for m in mentions if m.sentence.index == s.index and m.start in starts]
    if mine:
        m = mine[0]
        gold = date.fromisoformat(item["date"])
        gap = (gold - m.date).days
        relation = "year" if (gold.month, gold.day) == (m.date.month, m.date.day) else \
            f"{gap:+d}" if abs(gap) <= 8 else "far"
        x = next(x for x in near if x.start == m.start)
        against = "full date" if m.anchor == "absolute" else "publication" if m.anchor.startswith("published") \
            else "latest date" if m.anchor.startswith("latest") else "story day" if x.kind == "story" else "other"
        return f"read {x.kind}{' with year' if x.has_year else ''} against {against}, gold minus read {relation}"
    kinds = ",".join(sorted({x.kind + (" with year" if x.has_year else "") for x in near}))
    lacks = "no day of writing" if anchor and anchor.writing is None else "a day of writing"
    return f"not shown: {kinds}; {'weak latest date' if anchor and anchor.weak else lacks}"


def main() -> int:
    from newsfuse.crosscheck import timeline as tl

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", metavar="FILE", action="append", default=[], help="an extra gold JSONL file")
    parser.add_argument("--only", action="store_true", help="read only the --gold files")
    args = parser.parse_args()
    files = ([] if args.only else [f for f in gt.DEFAULT_GOLD if f.exists()]) + [Path(f) for f in args.gold]
    parts: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for item in gt.load_items(files):
        part = part_of(item.get("split"), "tune")
        if part != "frozen":
            parts[part][item["cluster"]].append(item)
    for part, clusters in parts.items():
        tally: Counter = Counter()
        seen_in: dict[tuple, set] = defaultdict(set)
        for name, items in clusters.items():
            _, _, found_items, _, classes = gt.score_cluster(name, items, True)
            missed = [i for i in range(len(items)) if i not in found_items]
            if not missed:
                continue
            cluster = gt.load_cluster(name)
            spans = tl.sentence_spans(cluster)
            found = {s.index: tl.expressions(s, spans.get(s.index)) for s in cluster.sentences}
            anchors = tl.article_anchors(cluster, found, spans)
            mentions = tl.dated_mentions(cluster)
            for i in missed:
                g = items[i]
                why = classes[i]
                detail = shape(g["quote"])
                if why.startswith(("wrong day", "found, left out")):
                    detail += f" / {reading(cluster, g, found, anchors, mentions)}"
                tally[(why, detail)] += 1
                seen_in[(why, detail)].add(name)
                if part == "tune":
                    print(f"    {name} {g.get('article', '')} {g['date']} [{why} :: {detail}] {g['quote']}")
        print(f"{'tuning' if part == 'tune' else part}: missed by class and shape (count, clusters)")
        hidden = 0
        for (why, detail), n in sorted(tally.items(), key=lambda kv: (-kv[1], kv[0])):
            if part != "tune" and n < 2:
                hidden += 1  # a validation class of one miss comes too close to an item
                continue
            print(f"  {n:4d} {len(seen_in[(why, detail)]):3d}  {why} :: {detail}")
        if hidden:
            print(f"  ({hidden} classes of one miss not shown)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
