"""Precision and recall of timeline dates against hand-annotated gold.

A gold item is (cluster, date, quote): a piece of one sentence and the day it dates. A
predicted (date, sentence) -- every mention behind every timeline event -- is correct when a
gold item of the same cluster has that date and its quote lies in that sentence, or runs over
the sentence's edge with the predicted date expression in the part inside it (a post's stamp
quoted together with the end of the post or the next paragraph). Recall
counts gold items that some correct prediction covers. Matching by quote rather than by
sentence number keeps the gold valid when sentence splitting changes.

Gold records may carry ``"split"``: ``tune`` (rules may be changed while reading its errors;
records without a split are tune), ``validation`` (the batch a change is checked on) or
``frozen`` (never tuned on; run only with ``--frozen``); of the last two only an aggregate
line each is printed, never their clusters or errors. Clusters are the example folder, eval record ids, or
full BASIL story labels (``basil-...``: the story's lines of ../shared/stories/basil.jsonl in
file order, a1, a2, a3, with their published dates).

    .venv/bin/python bench/gold_timeline.py [-v] [--why] [--gold FILE ...] [--exclude PATH ...] [--lower [--no-restore]] [--frozen]

``--gold FILE`` adds a gold file to every timeline.jsonl under gold/
(may be repeated; ``--only`` reads only the files given). ``--exclude PATH`` leaves out the gold
files under PATH (a validation batch whose errors must not be read: ``--exclude
gold/multinews-s4``). ``--why`` sorts missed dates and wrong predictions into classes and counts
them (what to attack next): for a held-out split only the split's counts, never a cluster's;
with ``-v`` each missed or wrong line of the tune split says its class. ``--lower`` re-types the
clusters as the shared Multi-News text is (``gold_claims_quotes.retype_lower``) and matches
quotes to sentences whatever their case: the loss on lower-cased text. ``--no-restore`` with
it restores no report's capitals (text the lowered detector misses or reads as another
language). Thirty-seventh session (oov37), a month's name read whatever its case beside a day
number (``timeline.DAY_MONTH``): --lower --no-restore tuning 66/73 -> 326/358, found 73 -> 334
of 965; validation 63/84 -> 168/210, found 68 -> 191 of 591 (the rest of the loss: spaCy's
DATE entities and the weekdays, which read capitals).
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import defaultdict
from pathlib import Path

import gold_claims_quotes  # --lower: its clusters re-typed (``gold_claims_quotes.LOWER``)
from gold_claims_quotes import HELD_OUT, part_of  # the same splits
from gold_claims_quotes import load_cluster as gold_cluster  # the same articles and numbers

ROOT = Path(__file__).resolve().parents[1]
# every timeline file under gold/ (gold/timeline.jsonl, gold/basil/..., gold/multinews/...),
# as the claims and quotes bench reads every claims and quotes file there
DEFAULT_GOLD = sorted((ROOT / "gold").rglob("timeline.jsonl"))


def norm(text: str) -> str:
    if gold_claims_quotes.LOWER:  # a gold quote is cased, the re-typed sentence is not
        text = text.lower()
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", text).strip()


# a story label's prefix -> its stream file under ../shared/stories
STORY_FILES = {"basil": "basil.jsonl", "ecbplus": "ecbplus.jsonl", "allsides": "allsides_2021a.jsonl"}


def source_of(name: str) -> str:
    """Where a timeline cluster's articles are (timeline items name only their cluster)."""
    if name == "deir-ezzor-2016":
        return "shared/examples/deir-ezzor-2016"
    prefix = name.split("-")[0]
    if prefix in STORY_FILES:  # labelled story streams: a story's lines in file order
        return f"shared/stories/{STORY_FILES[prefix]}"
    return f"shared/eval/{'multiling2011_en' if name.startswith('multiling') else 'multinews_sample100'}.jsonl"


def load_cluster(name: str):
    """The cluster the claims and quotes bench analyses, with the same gold article numbers."""
    return gold_cluster(name, source_of(name))


def covers(quote: str, sentence: str, expressions: set[str]) -> bool:
    """Does the gold quote mark this sentence's date? Either the quote lies in the sentence, or
    it runs over the sentence's edge (an embedded post's stamp quoted with the words of the next
    paragraph or the end of the post, "it never did! — Name (@handle) February 18, 2018", which
    the splitter cuts at the "!") and the part inside the sentence holds the date expression."""
    if quote in sentence:
        return True
    shared = edge_part(quote, sentence)
    return any(x and x in shared for x in expressions)


def edge_part(quote: str, sentence: str) -> str:
    """The part of a quote that does not lie in the sentence but runs over its edge, inside
    the sentence: the whole sentence when the quote holds it, else the longest start of the
    quote the sentence ends with, else the longest end of it the sentence starts with ("" when
    none)."""
    if sentence in quote:
        return sentence
    shared = next((quote[:k] for k in range(len(quote) - 1, 0, -1) if sentence.endswith(quote[:k])), "")
    if not shared:
        shared = next((quote[-k:] for k in range(len(quote) - 1, 0, -1) if sentence.startswith(quote[-k:])), "")
    return shared


# why a gold date was missed, in the order the classes are tested
MISS_CLASSES = (
    "line removed by cleaning",  # caption, subhead, a line without a full stop: no sentence to date
    "no anchor",  # nothing in the cluster says when the article was written (no full date anywhere;
    # at most the one year it names, ``timeline._one_year``)
    "no date expression",  # the story's chronology no entity tags, or "two days after <an event>"
    "story day, no day to count from",  # "a day later", "that day": no one day just before it
    "wrong day",  # read, but to another day: the anchor is not the day of writing
    "relative day, no day of writing",  # "today" in an article whose writing day is only guessed
    "weekday, latest date unconfirmed",  # the cluster's latest date is not tied to the story's week
    # (or is another report's day of writing, and the article states no date: ``Anchor.borrowed``)
    "found, left out",  # a name ("the July 7 bombings"), "on a Friday", a condition contrary to fact
)


def miss_class(cluster, item: dict, found: dict, anchors: dict, mentions: list) -> str:
    """The class of one missed gold date (``MISS_CLASSES``)."""
    quote = norm(item["quote"])
    sentences = [s for s in cluster.sentences if s.article == item.get("article")
                 and (quote in norm(s.text) or norm(s.text) in quote)]
    if not sentences:
        return MISS_CLASSES[0]
    s = sentences[0]
    anchor = anchors.get(s.article)
    text = norm(s.text)
    at = text.find(quote)
    near = [x for x in found[s.index] if at < 0 or (x.start < at + len(quote) + 5 and x.end > at - 5)]
    if anchor is None or (anchor.year_only and not any(x.kind == "absolute" for x in near)):
        return MISS_CLASSES[1]  # a cluster that names only its year reads no weekday or today
    if not near:
        return MISS_CLASSES[2]
    starts = {x.start for x in near}
    if any(m.sentence.index == s.index and m.start in starts for m in mentions):
        return MISS_CLASSES[4]
    if all(x.kind == "story" for x in near):
        return MISS_CLASSES[3]
    if any(x.kind == "relative" for x in near) and anchor.writing is None:
        return MISS_CLASSES[5]
    if any(x.kind == "weekday" for x in near) and (anchor.weak or anchor.borrowed):
        return MISS_CLASSES[6]
    return f"{MISS_CLASSES[7]} ({left_out_why(s.text, near, found[s.index])})"


def left_out_why(text: str, near: list, xs: list) -> str:
    """Which of the timeline's withholding rules left out a found date expression (the first
    that applies, in the order ``sentence_dates`` asks them)."""
    from newsfuse.crosscheck import timeline as tl

    absolute = [x for x in xs if x.kind == "absolute"]
    named = {m[1].lower() for m in tl.WEEKDAY_NAME.finditer(text)}
    for x in near:
        if tl.ANNIVERSARY.search(text[max(0, x.start - 40):x.start]):
            return "anniversary"
        if x.kind == "absolute" and tl.PAGE_STAMP.search(text[:x.start]):
            return "page stamp"
        if x.kind == "absolute" and x.names:
            return "names a noun, " + ("with its year" if x.has_year else "yearless")
        if x.kind == "weekday" and tl.weekday_use(text, x, absolute, named) is None:
            return "weekday beside a date, in a name or indefinite"
        if x.kind == "relative" and tl.HYPOTHETICAL.search(text[max(0, x.start - 90):x.start]):
            return "contrary to fact"
    return "other"


# why a predicted date was wrong: how the gold dates its sentence, by the kind of reading
WRONG_RELATIONS = ("sentence undated in gold", "a day off", "a week off", "a year off", "another day")


def wrong_class(anchor: str, expressions: set[str], sentence: str, day: str, items: list[dict]) -> str:
    """The class of one wrong prediction: what read it (a full date, a yearless date, a weekday
    or a relative day, against what anchor) and how it relates to the gold dates of the
    sentence (none, a day off, a week off, a year off, another day)."""
    from datetime import date

    from newsfuse.crosscheck import timeline as tl

    text = " ".join(expressions)
    story = bool(re.search(r" from \d{4}-\d{2}-\d{2} \(", anchor))  # ``timeline.story_days``
    kind = ("full date" if anchor == "absolute" else "story day" if story else "yearless date" if tl.DAY_MONTH.search(text)
            else "weekday" if tl.WEEKDAY_NAME.search(text) else "relative day")
    base = ("" if anchor == "absolute" or story else " vs publication" if anchor.startswith("published")
            else " vs latest date" if anchor.startswith("latest") else " vs pinned weekday"
            if "as stated in" in anchor else " vs the one year named" if anchor.startswith("the one year")
            else " vs other writing day")
    gold = [date.fromisoformat(g["date"]) for g in items if norm(g["quote"]) in sentence
            or (sentence and sentence in norm(g["quote"]))]
    if not gold:
        relation = WRONG_RELATIONS[0]
    else:
        d = date.fromisoformat(day)
        gap = min(abs((d - g).days) for g in gold)
        relation = WRONG_RELATIONS[1] if gap == 1 else WRONG_RELATIONS[2] if gap == 7 else \
            WRONG_RELATIONS[3] if any((g.month, g.day) == (d.month, d.day) for g in gold) else WRONG_RELATIONS[4]
        if relation == WRONG_RELATIONS[2]:  # which way, and how far back from its anchor it was read
            stated = re.search(r"\d{4}-\d{2}-\d{2}", anchor)
            back = f", read {(date.fromisoformat(stated[0]) - d).days} days before the anchor" if stated else ""
            relation += (" (gold earlier" if any((d - g).days == 7 for g in gold) else " (gold later") + back + ")"
        if relation == WRONG_RELATIONS[3]:  # which way: the anchor's year too late or too early
            later = any((g.month, g.day) == (d.month, d.day) and g.year < d.year for g in gold)
            relation += " (gold earlier" if later else " (gold later"
            stated = re.search(r"\d{4}-\d{2}-\d{2}", anchor)  # which side of its anchor it was read on
            relation += (", read ahead of the anchor)" if stated and d > date.fromisoformat(stated[0])
                         else ", read on or before the anchor)" if stated else ")")
    return f"{kind}{base}, {relation}"


def sentence_texts(cluster) -> dict[tuple[str, int], str]:
    """(article, sentence position; -1 for the headline) -> the sentence, normalised: the
    places a dated mention is counted at."""
    return {(s.article, s.position if not s.is_headline else -1): norm(s.text) for s in cluster.sentences}


def score_dates(expressions: dict[tuple, set[str]], text: dict[tuple, str], items: list[dict]):
    """(predictions, correct, found gold indices, wrong predictions) of one cluster's dated
    mentions against its gold ``items``. A prediction is a key (article, position, date) of
    ``expressions`` (its date expressions, normalised) in the sentence ``text[(article,
    position)]``; it is correct when a gold item of that date ``covers`` the sentence, and a
    gold item is found when a correct prediction covers it. The bench and
    bench/gold_agreement.py (a second annotation as the prediction) both count with this."""
    found: set[int] = set()
    ok = 0
    wrong = []
    for article, position, day in sorted(expressions):
        sentence = text[(article, position)]
        hits = [i for i, g in enumerate(items) if g["date"] == day
                and covers(norm(g["quote"]), sentence, expressions[(article, position, day)])]
        if hits:
            ok += 1
            found.update(hits)
        else:
            wrong.append((day, article, position, sentence[:110]))
    return len(expressions), ok, found, wrong


def score_cluster(name: str, items: list[dict], why: bool = False):
    """(predictions, correct, found gold indices, wrong predictions, {missed index: class});
    the classes only when ``why``."""
    from newsfuse.crosscheck import timeline as tl

    cluster = load_cluster(name)
    timeline = tl.build_timeline(cluster)
    text = sentence_texts(cluster)
    expressions: dict[tuple, set[str]] = defaultdict(set)
    anchors_of: dict[tuple, str] = {}
    for e in timeline:
        for m in e["mentions"]:
            expressions[(m["article"], m["sentence"], e["date"])].add(norm(m["expression"]))
            anchors_of[(m["article"], m["sentence"], e["date"])] = m["anchor"]
    n_predictions, ok, found, wrong = score_dates(expressions, text, items)
    classes: dict = {}
    if why:  # the class of each wrong prediction, keyed by its position in ``wrong``
        for k, (day, article, position, _) in enumerate(wrong):
            key = (article, position, day)
            classes[("wrong", k)] = wrong_class(anchors_of[key], expressions[key],
                                                text[(article, position)], day, items)
    if why and len(found) < len(items):
        spans = tl.sentence_spans(cluster)
        exprs = {s.index: tl.expressions(s, spans.get(s.index)) for s in cluster.sentences}
        anchors = tl.article_anchors(cluster, exprs, spans)
        mentions = tl.dated_mentions(cluster)
        classes.update({i: miss_class(cluster, g, exprs, anchors, mentions)
                        for i, g in enumerate(items) if i not in found})
    return n_predictions, ok, found, wrong, classes


def load_items(files: list[Path]) -> list[dict]:
    """The gold items of ``files`` in order, each once (the same file given twice, or a copy
    of a default file, adds nothing), with ``article`` ("a3") set from ``doc`` (3)."""
    items = []
    seen: set[tuple] = set()
    for path in files:
        for raw in open(path, encoding="utf-8"):
            if raw.strip():
                item = json.loads(raw)
                key = (item["cluster"], item.get("doc"), item["date"], item["quote"])
                if key in seen:
                    continue
                seen.add(key)
                if "doc" in item and "article" not in item:
                    item["article"] = f"a{item['doc']}"
                items.append(item)
    return items


def line(label: str, pred: int, ok: int, gold: int, found: int, extra: str = "") -> str:
    p = ok / pred if pred else 0.0
    r = found / gold if gold else 0.0
    return f"{label:44} {pred:5d} {ok:4d} {gold:5d} {found:5d} {p:6.3f} {r:6.3f}{extra}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-v", action="store_true", help="list wrong and missed dates (tune split only)")
    parser.add_argument("--gold", metavar="FILE", action="append", default=[],
                        help="an extra gold JSONL file (repeatable)")
    parser.add_argument("--only", action="store_true", help="read only the --gold files")
    parser.add_argument("--exclude", metavar="PATH", action="append", default=[],
                        help="leave out the gold files under PATH (repeatable)")
    parser.add_argument("--why", action="store_true",
                        help="count missed and wrong dates by class (held out: the split's counts only; "
                             "with -v: each tune line's class)")
    parser.add_argument("--frozen", action="store_true",
                        help="score the frozen records too (aggregate line only); without it they are not run")
    parser.add_argument("--lower", action="store_true",
                        help="re-type every cluster as the shared Multi-News text is (lower-cased, a capital "
                             "at each sentence start) and match quotes whatever their case")
    parser.add_argument("--no-restore", action="store_true",
                        help="with --lower: no report's capitals restored (nlp.casing), as text the "
                             "detector misses or reads as another language is read; for measuring only")
    args = parser.parse_args()
    gold_claims_quotes.LOWER = args.lower
    gold_claims_quotes.RESTORE = not args.no_restore  # the same switch as gold_claims_quotes'
    files = ([] if args.only else [f for f in DEFAULT_GOLD if f.exists()]) + [Path(f) for f in args.gold]
    excluded = [Path(p).resolve() for p in args.exclude]
    files = [f for f in files if not any(f.resolve().is_relative_to(x) for x in excluded)]

    gold: dict[str, dict[str, list[dict]]] = {split: defaultdict(list) for split in ("tune", *HELD_OUT)}
    skipped = 0
    for item in load_items(files):
        split = part_of(item.get("split"), "tune")
        if split == "frozen" and not args.frozen:
            skipped += 1
            continue
        gold[split][item["cluster"]].append(item)

    header = f"{'cluster':44} {'pred':>5} {'ok':>4} {'gold':>5} {'found':>5} {'P':>6} {'R':>6}"
    for split in gold:
        clusters = gold[split]
        if not clusters:
            continue
        if split == "tune":
            print(header)
        totals = [0, 0, 0, 0]
        tally: dict[str, int] = defaultdict(int)
        wrong_tally: dict[str, int] = defaultdict(int)
        for name, items in clusters.items():
            t0 = time.perf_counter()
            pred, ok, found, wrong, classes = score_cluster(name, items, args.why)
            totals = [totals[0] + pred, totals[1] + ok, totals[2] + len(items), totals[3] + len(found)]
            for key, c in classes.items():  # held out too, but only as the split's counts
                if isinstance(key, tuple):
                    wrong_tally[c] += 1
                else:
                    tally[c] += 1
            if split != "tune":
                continue  # validation and frozen clusters are never shown one by one
            print(line(name, pred, ok, len(items), len(found), f"   ({time.perf_counter() - t0:.1f}s)"))
            if args.v:
                for k, w in enumerate(wrong):
                    print("    wrong:", *w, *([f" [{classes[('wrong', k)]}]"] if ("wrong", k) in classes else []))
                for i, g in enumerate(items):
                    if i not in found:
                        print("    missed:", g.get("article", ""), g["date"], g["quote"],
                              *([f" [{classes[i]}]"] if i in classes else []))
        pred, ok, n_gold, n_found = totals
        p = ok / pred if pred else 0.0
        r = n_found / n_gold if n_gold else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        label = "ALL tune (tuning scores)" if split == "tune" else \
            f"ALL {split} ({len(clusters)} clusters, aggregate only)"
        print(line(label, pred, ok, n_gold, n_found, f"   F1 {f1:.3f}"))
        if tally:
            print("missed, by class:", "; ".join(f"{c} {n}" for c, n in sorted(
                tally.items(), key=lambda kv: [c in kv[0] for c in MISS_CLASSES][::-1])))
        if wrong_tally:
            print("wrong, by class:", "; ".join(f"{c} {n}" for c, n in sorted(wrong_tally.items(),
                                                                              key=lambda kv: -kv[1])))
    if skipped:
        print(f"frozen: not run ({skipped} gold items; --frozen scores them)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
