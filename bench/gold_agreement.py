"""How far two independent annotations of the same clusters agree, scored as the gold benches
score the program, so that human agreement and program scores are comparable numbers.

Usage: python bench/gold_agreement.py --a DIR --b DIR [--frozen] [-v]

Each DIR holds an annotation in the gold format (claims.jsonl, quotes.jsonl, timeline.jsonl,
as gold/validation-s7/; files named *claims.jsonl etc. under DIR are read too). One annotation
is taken as the program's output and the other as gold, and the benches' own scoring is called:
``score_cluster`` of bench/gold_claims_quotes.py (quote speakers, cross-source groups with their
status, junk, figure values) and ``score_dates`` of bench/gold_timeline.py (dated mentions). It
is scored both ways: B against A (A as gold) and A against B. Only clusters that both
annotations hold are scored (claims and quotes where both have the record; dates where both
folders have a timeline file).

As the program's output, an annotation is read as:
- quotes: its text and its speaker (one name, as the program gives one; a null speaker is a
  withheld one, a miss unless the gold's is null too);
- groups: every group with its status (``gold_status``), values and articles as written; the
  figures for junk and values are its value entries, one per entry and article, each with the
  sentence of its quote as the program's figure carries its sentence;
- dates: one prediction per sentence and date, the sentence that holds the item's quote and the
  quote as its date expression, so two quotes cut differently from one sentence still meet.
Sentences are the analysis pass's (newsfuse.analyze, no spaCy) over the articles as read,
without cleaning: annotators annotate every line, captions and date lines included.

A record's "split" decides where it is counted, as in the benches: "frozen" (held out) records
are scored only with --frozen, validation and frozen ones as aggregate lines only; -v lists the
disagreements of tuning records only.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gold_claims_quotes as cq  # noqa: E402  (the benches' scoring, imported, never copied)
import gold_timeline as tl  # noqa: E402

DIRECTIONS = (("B", "A"), ("A", "B"))  # (taken as output, taken as gold)


class Annotation:
    """One annotation folder: claims and quotes records by cluster id, timeline items by
    cluster."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.claims, self.quotes = cq.load_gold([folder])
        files = sorted(folder.rglob("*timeline.jsonl"))
        self.has_dates = bool(files)
        self.dates: dict[str, list[dict]] = defaultdict(list)
        for item in tl.load_items(files):
            self.dates[item["cluster"]].append(item)

    def ids(self) -> set[str]:
        return {*self.claims, *self.quotes, *self.dates}

    def split(self, cid: str) -> str | None:
        record = self.quotes.get(cid) or self.claims.get(cid) or {}
        return record.get("split") or next(
            (item.get("split") for item in self.dates.get(cid, []) if item.get("split")), None)

    def source(self, cid: str) -> str:
        record = self.claims.get(cid) or self.quotes.get(cid)
        return record["source"] if record and record.get("source") else tl.source_of(cid)


def sentences(cid: str, source: str) -> dict[tuple[str, int], str]:
    """(article, position; -1 the headline) -> normalised sentence, the articles numbered as
    the gold numbers them, read and split but not cleaned (``cq.source_articles``)."""
    from newsfuse.analyze import analyze

    numbered = cq.source_articles(cid, source)
    cluster = analyze([article for _, article in numbered], entities=False)
    gold_id = {id(article): f"a{n}" for n, article in numbered}
    rename = {article.id: gold_id[id(article)] for article in cluster.articles}
    for s in cluster.sentences:
        s.article = rename[s.article]
    return tl.sentence_texts(cluster)


def place(quote: str, article: str | None, text: dict) -> tuple[tuple, str] | None:
    """(sentence key, the part of the quote in it) for an annotated quote: the sentence of its
    article that holds it, else the one it runs over the edge of with most of it inside
    (``tl.edge_part``); None when it is in none (not the article's text as read)."""
    quote = tl.norm(quote)
    keys = [k for k in text if article is None or k[0] == article]
    for k in keys:
        if quote in text[k]:
            return k, quote
    parts = [(len(part), k, part) for k in keys if (part := tl.edge_part(quote, text[k]))]
    if not parts:
        return None
    _, k, part = max(parts, key=lambda p: p[0])
    return k, part


def sentence_of(quote: str | None, articles: list[str], text: dict) -> str | None:
    """The sentence an annotated figure's quote lies in (its first article that has it)."""
    for article in articles or [None]:
        spot = place(quote or "", article, text) if quote else None
        if spot and spot[1] == tl.norm(quote):
            return text[spot[0]]
    return None


def as_claims(record: dict, text: dict) -> list[dict]:
    """An annotation's figure groups as the claims section gives them: status read as the
    bench reads a gold group's, each value entry carrying its sentence (``text``) and quote
    (``texts``) as the program's figures carry theirs, for the junk test."""
    groups = []
    for g in record["claims"]:
        values = []
        for v in g["values"]:
            quote = v.get("quote")
            values.append({**v, "text": sentence_of(quote, v["articles"], text) or quote or "",
                           "texts": [quote] if quote else []})
        groups.append({"about": g.get("about", ""), "status": cq.gold_status(g), "values": values})
    return groups


def as_quotes(record: dict, gold: dict | None = None) -> list[dict]:
    """An annotation's quotes as the quotes section gives them: text and one speaker. With
    ``gold``, each speaker is the first of the annotation's own names (speaker, then aliases)
    that the bench accepts for a gold quote of the same text: how far disagreement is only a
    name one side lists as an alias."""
    out = []
    for q in record["quotes"]:
        speaker = q.get("speaker")
        if gold is not None and speaker:
            names = [speaker, *q.get("aliases", [])]
            same = [g for g in gold["quotes"] if cq.same_text(q, g)]
            speaker = next((n for n in names if any(cq.names_ok(n, g) for g in same)), speaker)
        out.append({"text": q["text"], "speaker": speaker, "attribution": "annotation"})
    return out


def as_dates(items: list[dict], text: dict) -> tuple[dict, dict, int]:
    """An annotation's dated items as the timeline's predictions: (sentence key + date ->
    expressions, the sentence texts, how many items lie in no sentence of their article). An
    item in no sentence is its own sentence, so it is still counted and can still match."""
    expressions: dict[tuple, set[str]] = defaultdict(set)
    text = dict(text)
    unplaced = 0
    for item in items:
        spot = place(item["quote"], item.get("article"), text)
        if spot is None:
            unplaced += 1
            key = (item.get("article") or "?", -2 - unplaced)
            text[key] = tl.norm(item["quote"])
            spot = key, text[key]
        (article, position), part = spot
        expressions[(article, position, item["date"])].add(part)
    return expressions, text, unplaced


def new_totals() -> dict:
    return {"counts": {k: [0, 0, 0, 0] for k in cq.KINDS}, "own": [0, 0, 0, 0],
            "dates": [0, 0, 0, 0], "clusters": 0, "dated": 0, "unplaced": 0, "one_article": 0}


def score_pair(cid: str, out: Annotation, gold: Annotation, text: dict | None, verbose: bool,
               totals: dict) -> list[str]:
    """Score one cluster with ``out`` as the program's output and ``gold`` as gold; add to
    ``totals`` and return its report lines."""
    gc, oc = gold.claims.get(cid), out.claims.get(cid)
    gq, oq = gold.quotes.get(cid), out.quotes.get(cid)
    text = text or {}
    both_c, both_q = gc is not None and oc is not None, gq is not None and oq is not None
    counts = cq.score_cluster(as_claims(oc, text) if both_c else [],
                              as_quotes(oq) if both_q else [],
                              gc["claims"] if both_c else None, gq["quotes"] if both_q else None,
                              gc.get("non_figures") if both_c else None, verbose)
    cq.add(totals["counts"], counts)
    if both_q:
        own = cq.score_cluster([], as_quotes(oq, gq), None, gq["quotes"], None)["speakers"]
        totals["own"] = [a + b for a, b in zip(totals["own"], own)]
    if both_c:
        totals["one_article"] += sum(
            1 for g in gc["claims"] if cq.gold_status(g) in ("agreed", "disputed")
            and len({a for v in g["values"] for a in v["articles"]}) < 2)
    lines = cq.report(counts)
    if gold.has_dates and out.has_dates:
        items = gold.dates.get(cid, [])
        expressions, sentence, unplaced = as_dates(out.dates.get(cid, []), text)
        pred, ok, found, wrong = tl.score_dates(expressions, sentence, items)
        totals["dates"] = [a + b for a, b in zip(totals["dates"], (pred, ok, len(items), len(found)))]
        totals["dated"] += 1
        totals["unplaced"] += unplaced
        lines.append(date_line(pred, ok, len(items), len(found)))
        if verbose:
            for w in wrong:
                print("    wrong date:", *w)
            for i, g in enumerate(items):
                if i not in found:
                    print("    missed date:", g.get("article", ""), g["date"], g["quote"])
    totals["clusters"] += 1
    return lines


def date_line(pred: int, ok: int, gold: int, found: int) -> str:
    """The timeline bench's counts in the claims bench's line shape."""
    return cq.line((ok, pred, found, gold), "dates (sentence and day)")


def care(totals: dict, out: str, gold: str) -> list[str]:
    """What a reader must know before comparing these lines with the program's."""
    hp, n_p, hr, n_r = totals["own"]
    own = f"{hp / n_p:.2f} / {hr / n_r:.2f}" if n_p and n_r else "n/a"
    return [f"  care: speakers use the benches' name rules: {out}'s one name against {gold}'s name "
            f"and aliases (case, punctuation,",
            f"    a leading article ignored); with {out}'s own aliases allowed too, speakers read "
            f"{own} (precision / right).",
            f"    Groups match only on two or more shared articles: {totals['one_article']} of "
            f"{gold}'s cross-source groups lie in one article",
            f"    and match nothing, not even themselves. Junk counts {out}'s figures per value "
            f"entry and article, and the bench's test",
            f"    calls a figure junk when {gold} lists the same expression as a non-figure anywhere "
            f"in its article (a repeat).",
            f"    Dates: {totals['unplaced']} of {out}'s dated quotes lie in no sentence of their "
            f"article as read (each scored as its own sentence)."]


def agreement(a: Path, b: Path, frozen: bool = False, verbose: bool = False) -> tuple[dict, int]:
    """({part: {(output, gold): totals}}, frozen clusters not run) of two annotation folders;
    prints the clusters of the tuning part one by one (the benches' rule), with ``verbose``
    their disagreements."""
    ann = {"A": Annotation(a), "B": Annotation(b)}
    for name, other in (("A", "B"), ("B", "A")):
        alone = sorted(ann[name].ids() - ann[other].ids())
        if alone:
            print(f"only in {name} ({ann[name].folder}), not scored: {len(alone)} clusters")
    totals = {part: {d: new_totals() for d in DIRECTIONS} for part in cq.PARTS}
    skipped = 0
    for cid in sorted(ann["A"].ids() & ann["B"].ids()):
        splits = [ann["A"].split(cid), ann["B"].split(cid)]
        part = "frozen" if "frozen" in splits else cq.part_of(splits[0] or splits[1])
        if part == "frozen" and not frozen:
            skipped += 1
            continue
        text = sentences(cid, ann["A"].source(cid))
        show = part == "tuning"
        for out, gold in DIRECTIONS:
            if show:
                print(f"{cid} ({part}): {out} against {gold}")
            lines = score_pair(cid, ann[out], ann[gold], text, verbose and show,
                               totals[part][(out, gold)])
            if show:
                print("\n".join(lines))
    return totals, skipped


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--a", required=True, type=Path, metavar="DIR", help="one annotation")
    parser.add_argument("--b", required=True, type=Path, metavar="DIR", help="the other annotation")
    parser.add_argument("--frozen", action="store_true",
                        help="score the frozen records too (aggregate lines only); without it they "
                             "are not run")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="list each disagreement (tuning records only)")
    args = parser.parse_args(argv)
    totals, skipped = agreement(args.a, args.b, args.frozen, args.verbose)
    for part in cq.PARTS:
        print(f"\n{part}:")
        if part == "frozen" and skipped:
            print(f"  not run: {skipped} frozen clusters (--frozen scores them)")
            continue
        if not any(t["clusters"] for t in totals[part].values()):
            print("  no cluster annotated in both")
            continue
        for out, gold in DIRECTIONS:
            t = totals[part][(out, gold)]
            print(f" {out} against {gold} ({gold} as gold, {out} as the program's output; "
                  f"{t['clusters']} clusters, {t['dated']} with dates):")
            print("\n".join(cq.report(t["counts"])))
            print(date_line(*t["dates"]))
            print("\n".join(care(t, out, gold)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
