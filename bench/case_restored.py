"""What restoring lower-cased reports' capitals (``newsfuse.nlp.casing``) changes on train
clusters: quotes given a speaker, PERSON entities, figures shown, and the analysis time, each
cluster analysed without the restoration and then with it; then a sample of the quotes whose
speaker changed, for an editor to read.

Usage: python bench/case_restored.py [--clusters 200] [--seed 150] [--read 20]
           [--ids FILE] [--val N] [--before unrestored|title] > out.txt

The clusters are ``junk_review.shuffled_draw("case-SEED", ...)``, less the clusters the id lists
of the seed's block name (the frozensets of ``junk_review.left_out_by_id``; the early read
samples it names by their draw, not by id, are not left out: 4 of seed 150's 200 clusters were
in one of them, found in the thirty-sixth session's re-read); their ids are written to
--ids as soon as they are drawn. ``--val N`` takes the first N clusters of multinews_val
instead (the clusters tests read: how tests/test_casing.py's case was picked).

Thirty-sixth session (case36), ``--clusters 200 --seed 150`` (ids in
/work/wt/draws36/case36-150-read-speakers.ids): 484 reports re-cased; quote entries 624 and
623, given a speaker 561 -> 575; PERSON entities 1,275 -> 2,242; figures shown 528 -> 510,
groups agreed or disputed 53 -> 51; analysis time 10.5 s -> 15.7 s and, again, 9.4 s -> 12.1 s (the after
run loading the truecaser, ~2 s); 250 quotes found both times changed speaker (23 gained one,
9 lost one, 218 another, mostly a surname become a full name: "olivera" -> "Lou Olivera").
The 20 read: right 14 (before, on the same quotes: 12), wrong 3 (before 7: a "said of" target,
"Obama" for Limbaugh's words), unsure 3 (before 0; a speaker with a word the truecaser raised,
"Videographer Dean Dykema"); before, 1 had none. Wrong after: a quote of Loehnen's given to
"Gwyneth Paltrow" (as before, "Paltrow"), a scare quote to "Senate's top Republican", a
nickname to "Bullock Famously" (the truecaser's "Famously"). ``--val 30``: speakers 95 -> 103,
PERSON 183 -> 306.

Thirty-seventh session (oov37), ``--clusters 200 --seed 151 --before title`` (ids in
/work/wt/draws37/oov37-151-read-case_restored.ids; from seed 151 the draw leaves out every
cluster read before, ``read_before``): the restoration raising every word its counts lack
against raising only those ``casing.common_word`` does not read as common words. 483 reports
re-cased; quotes 660 both; given a speaker 610 -> 613; PERSON entities 2,153 -> 2,086; figures
569 both, groups 49 -> 50; 10 quotes changed speaker, all read: before right 1, unsure 3 (the
right person with the verb the truecaser raised: "John Magufuli Tweeted", "Coulter Tweeted",
"Karen Tweeted"), wrong 3 ("Trump Disavowed" for Coulter's words, "Apologised"), none 3;
after right 6, wrong 4 (a title given "Jada Pinkett" and one "Rainbow Trout", Bezos's words
given "Hdx", Spicer's "ice cream of the past" given "Wall Street Journal").
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))
import junk_review  # noqa: E402


def read_before(seed: int) -> set[str]:
    """The train ids a draw of ``seed`` leaves out: from seed 151 every cluster read before
    (``junk_review.skipped``: the id lists and the early samples named by their draw); before
    it the id lists only, as seed 150 was drawn (so its figures stay reproducible)."""
    left_out = junk_review.left_out_by_id(seed)
    if seed < 151:
        return set().union(*(s for s in left_out if isinstance(s, frozenset)))
    records = junk_review._records()
    return {records[i]["id"] for i in junk_review.skipped(records, left_out)}


def measure(records: list[dict], restore: bool, unseen: str | None = None) -> tuple[dict, dict, float]:
    """Totals and, per cluster, its quotes (text lower-cased -> speaker, article, text);
    ``unseen``: the restoration's policy for words its counts lack (``casing.UNSEEN``)."""
    import newsfuse.nlp.casing as casing
    from newsfuse.analyze import analyze
    from newsfuse.crosscheck.claims import find_claims
    from newsfuse.crosscheck.quotes import find_quotes

    lowered, policy = casing.lowered, casing.UNSEEN
    casing.UNSEEN = unseen or policy
    if not restore:  # the analysis pass asks the module at each call
        casing.lowered = lambda text: False
    totals = dict(clusters=0, restored=0, quotes=0, speakers=0, persons=0, figures=0, groups=0)
    quotes: dict = {}
    spent = 0.0
    try:
        for record in records:
            articles = junk_review.cleaned(record)
            if not articles:
                continue
            start = time.perf_counter()
            cluster = analyze(articles)
            spent += time.perf_counter() - start
            english = cluster.english_view()
            totals["clusters"] += 1
            totals["restored"] += sum(a.case_restored for a in cluster.articles)
            totals["persons"] += sum(e.label == "PERSON" for s in english.sentences for e in s.entities)
            found = find_quotes(english)
            totals["quotes"] += len(found)
            totals["speakers"] += sum(bool(q["speaker"]) for q in found)
            texts = {a.id: a.text for a in cluster.articles}
            quotes[record["id"]] = {q["text"].lower(): (q["speaker"], q["articles"][0], texts)
                                    for q in found}
            claims = find_claims(english)
            totals["figures"] += sum(len(c["values"]) for c in claims)
            totals["groups"] += sum(c["status"] in ("agreed", "disputed") for c in claims)
            sys.stderr.write(f"\r{'after' if restore else 'before'} {totals['clusters']}")
    finally:
        casing.lowered, casing.UNSEEN = lowered, policy
    sys.stderr.write("\n")
    return totals, quotes, spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clusters", type=int, default=200)
    parser.add_argument("--seed", type=int, default=150)
    parser.add_argument("--read", type=int, default=20)
    parser.add_argument("--ids", type=Path, default=None)
    parser.add_argument("--val", type=int, default=0)
    parser.add_argument("--before", choices=("unrestored", "title"), default="unrestored",
                        help="what the restoration is compared with: no restoration, or the "
                             "restoration raising every word its counts lack (casing.UNSEEN)")
    args = parser.parse_args()

    if args.val:
        with gzip.open(junk_review.TRAIN.parent / "multinews_val.jsonl.gz", "rt", encoding="utf-8") as f:
            records = [json.loads(line) for _, line in zip(range(args.val), f)]
    else:
        records = junk_review.shuffled_draw(f"case-{args.seed}", args.clusters, read_before(args.seed))
    if args.ids:
        args.ids.write_text("".join(r["id"] + "\n" for r in records), encoding="utf-8")
    before, quotes_before, time_before = measure(records, restore=args.before != "unrestored",
                                                 unseen=None if args.before == "unrestored" else args.before)
    after, quotes_after, time_after = measure(records, restore=True)
    print(f"# {len(records)} clusters; analysis time before {time_before:.1f} s, after {time_after:.1f} s")
    for key in before:
        print(f"#   {key}: before {before[key]}, after {after[key]}")

    changed = []
    for cid, found in quotes_after.items():
        old = quotes_before.get(cid, {})
        for text, (speaker, article, texts) in found.items():
            if text not in old:
                continue
            was = old[text][0]
            if (was or "").lower() != (speaker or "").lower():
                changed.append((cid, article, was, speaker, text, texts[article]))
    gained = sum(1 for c in changed if not c[2] and c[3])
    lost = sum(1 for c in changed if c[2] and not c[3])
    print(f"# quotes found both times whose speaker changed: {len(changed)} (gained a speaker "
          f"{gained}, lost one {lost}, another speaker {len(changed) - gained - lost})")
    for n, (cid, article, was, now, text, body) in enumerate(
            random.Random(args.seed).sample(changed, min(args.read, len(changed)))):
        at = body.lower().find(text[:40])
        context = body[max(0, at - 250):at + len(text) + 250] if at >= 0 else body[:600]
        print(f"\n[{n}] {cid} {article} before={was!r} after={now!r}\n  quote: {text[:200]}\n  "
              f"context: {context}")


if __name__ == "__main__":
    main()
