"""How the copies of one quotation in several reports name its speaker, counted on Multi-News
train clusters (never eval, validation or frozen text).

Usage: python bench/quote_copies.py [--clusters 300] [--seed 5701] [--dump FILE]
       python bench/quote_copies.py --show FILE    # the dump's copies, each in its words' window

``quotes.find_quotes`` merges the same words quoted by several reports into one entry and
chooses its speaker by a vote over the copies (``quotes.event_weight``). This bench counts the
entries whose words two or more reports carry, those whose copies disagree (two names, or one
name and a copy that names no one), and the attribution kind of each copy (the speech event's
``attribution``; "direct" split by whether its verb governs the words). With --dump, each
disagreeing entry is written as a JSON line (copies, their names and kinds, their paragraphs)
to be read and marked by hand.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import junk_review  # noqa: E402  (the train file)


def copy_kind(q) -> str:
    """A copy's attribution as this bench tabulates it."""
    kind = q.attribution or "none"
    if kind == "direct":
        return "direct" if q.governed else "direct-ungoverned"
    return kind


def show(path: str, width: int = 260) -> None:
    """Each dumped entry's copies, the words around each copy's quotation, to be marked."""
    for n, line in enumerate(open(path, encoding="utf-8")):
        d = json.loads(line)
        print(f"===== #{n} {d['cluster']} | {d['key'][:70]} | winner: {d['winner']}")
        for c in d["copies"]:
            par, text = c["paragraph"], c["text"]
            i = par.lower().find(text.lower()[:40])
            shown = par[max(0, i - width): i + len(text) + width] if i >= 0 else par[:300]
            print(f"  -- {c['article']} {c['name']!r} {c['kind']} {c['verb']}"
                  f"{' WITHHELD' if c['withheld'] else ''}")
            print("     ", shown.replace("\n", " "))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clusters", type=int, default=300)
    parser.add_argument("--seed", type=int, default=5701)
    parser.add_argument("--dump")
    parser.add_argument("--show", metavar="FILE", help="print a dump's entries to be read")
    args = parser.parse_args()
    if args.show:
        return show(args.show)

    from newsfuse import Article, InputError, brief_articles
    from newsfuse.crosscheck import quotes as quotes_mod

    records = junk_review._records()
    skip = junk_review.marked_clusters("marked_before102.txt")
    rng = random.Random(args.seed)
    order = [i for i in rng.sample(range(len(records)), args.clusters * 3)
             if records[i]["id"] not in skip and len(records[i]["documents"]) >= 2]
    order = order[:args.clusters]

    seen: list = []
    current: dict = {}
    original_apart, original_find = quotes_mod.kept_apart, quotes_mod.find_quotes

    def kept_apart(entry, names):
        apart = original_apart(entry, names)
        seen.extend((current["cluster"], e) for e in [entry] + apart)
        return apart

    def find_quotes(cluster):
        current["cluster"] = cluster
        return original_find(cluster)

    quotes_mod.kept_apart, quotes_mod.find_quotes = kept_apart, find_quotes

    counts = Counter()
    kinds_all, kinds_dis = Counter(), Counter()
    pairs = Counter()
    out = open(args.dump, "w", encoding="utf-8") if args.dump else None
    for n, i in enumerate(order):
        record = records[i]
        articles = [Article(text=d) for d in record["documents"] if d.strip()]
        seen.clear()
        try:
            brief_articles(articles, sections=["quotes"])
        except InputError:
            continue
        counts["clusters"] += 1
        for cluster, e in seen:
            counts["entries"] += 1
            by_article: dict[str, list] = {}
            for article, q, name in e["events"]:
                by_article.setdefault(article, []).append((q, name))
            if len(by_article) < 2:
                continue
            counts["entries in 2+ reports"] += 1
            # each report's reading: its first copy (the longest, as the merge met them)
            reading = {a: evs[0] for a, evs in by_article.items()}
            for q, name in reading.values():
                kinds_all[copy_kind(q)] += 1
            named = {name for q, name in reading.values() if name}
            unnamed = [a for a, (q, name) in reading.items() if not name]
            if len(named) >= 2:
                counts["copies name different speakers"] += 1
            elif named and unnamed:
                counts["one names, another no one"] += 1
            else:
                continue
            for q, name in reading.values():
                kinds_dis[copy_kind(q)] += 1
            ks = sorted(copy_kind(q) + ("" if name else "(none)") for q, name in reading.values())
            pairs[" | ".join(ks)] += 1
            if out:
                winner = quotes_mod.vote_winner(e["speakers"]) if e["speakers"] else None
                copies = []
                for a, (q, name) in reading.items():
                    paragraph = q.spans[0][0] if q.spans else q.paragraph
                    docs = cluster.docs.get(a, [])
                    before = docs[paragraph - 1].text if 0 < paragraph <= len(docs) else ""
                    copies.append({"article": a, "name": name, "kind": copy_kind(q),
                                   "verb": q.verb, "withheld": q.speaker is None,
                                   "text": q.text,
                                   "before": before[-300:],
                                   "paragraph": docs[paragraph].text if paragraph < len(docs)
                                   else ""})
                out.write(json.dumps({"cluster": record["id"], "key": e["key"][:80],
                                      "winner": winner, "copies": copies}) + "\n")
                out.flush()
        if (n + 1) % 25 == 0:
            print(f"... {n + 1} clusters", dict(counts), file=sys.stderr)
    for k, v in counts.items():
        print(f"{k}: {v}")
    print("copy kinds, entries in 2+ reports:", dict(kinds_all.most_common()))
    print("copy kinds, disagreeing entries:", dict(kinds_dis.most_common()))
    print("kind pairs of disagreeing entries:")
    for k, v in pairs.most_common(30):
        print(f"  {v:4d}  {k}")


if __name__ == "__main__":
    main()
