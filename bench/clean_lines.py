"""What cleaning removes and keeps, line by line, on the tuning gold clusters only.

Usage: python bench/clean_lines.py [--removed] [--kept] [--gold-only] [--json FILE]
       python bench/clean_lines.py --train [--sample N]

Cleaning alone runs (no analysis). Each removed line is printed with its reason and the gold
items (figure quotes, speech quotes, dated mentions) that lie inside it and nowhere in the
kept text, so a rule change can be judged by the reporting it loses and the furniture it lets
through. Validation (gold/multinews-s4, gold/validation-s6) and frozen records are never read:
the record's "split" must be a tuning one, and the folders are skipped by name.

--train counts instead what ``furniture_reason`` removes from Multi-News train (never eval,
validation or frozen text), and how many "headline-like" lines hold a verb of saying or a
number with a counted noun, the shapes of a reporting sentence taken for a subhead; --sample N
prints N of those lines and N of the rest (seeded) to be read by hand. It also counts the
notice and credit lines that ``cut_inner_furniture`` keeps in part (a long line cut at its
sentences) and those still dropped whole, and --sample prints N of the latter. Train text is one line a
document (see ../shared/train/README.md), so there a removed line is a whole article.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from gold_claims_quotes import HELD_OUT  # noqa: E402  the splits never read here
from gold_timeline import source_of  # noqa: E402  where a timeline cluster's articles are

NOT_TUNING = ("multinews-s4", "validation-s6")  # validation batches, whole folders


def norm(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", (text or "").lower()))


def tuning_files(name: str) -> list[Path]:
    files = []
    for path in sorted((ROOT / "gold").rglob(name)):
        folder = path.parent.name
        if folder.startswith("frozen") or folder in NOT_TUNING:
            continue
        files.append(path)
    return files


def gold_items() -> tuple[dict[str, str], dict[str, list[tuple[str, str, str]]]]:
    """cluster id -> source, and cluster id -> [(kind, article, text)] for tuning records."""
    sources: dict[str, str] = {}
    items: dict[str, list] = defaultdict(list)
    for kind, fname in (("figure", "claims.jsonl"), ("quote", "quotes.jsonl")):
        for path in tuning_files(fname):
            for raw in open(path, encoding="utf-8"):
                record = json.loads(raw)
                if record.get("split") in HELD_OUT:
                    continue
                sources[record["id"]] = record["source"]
                if kind == "figure":
                    for claim in record["claims"]:
                        for value in claim["values"]:
                            for art in value.get("articles", []):
                                items[record["id"]].append(("figure", art, value.get("quote") or ""))
                else:
                    for quote in record["quotes"]:
                        for art in quote.get("articles", []):
                            items[record["id"]].append(("quote", art, quote["text"]))
    for path in tuning_files("timeline.jsonl"):
        for raw in open(path, encoding="utf-8"):
            item = json.loads(raw)
            if item.get("split") in HELD_OUT:
                continue
            name = item["cluster"]
            if name not in sources:
                sources[name] = source_of(name)  # the timeline bench's rule for a cluster's source
            items[name].append(("date", f"a{item['doc']}" if "doc" in item else item.get("article", ""),
                                item["quote"]))
    return sources, items


# the shapes of reporting in a line without a full stop: a verb of saying, a number counting
# something ("62 swimmers", "$13 million", "three months")
_SAYING = re.compile(r"\b(?:said|says|told|tells|according to|added|adds|asked|asks|wrote|writes|"
                     r"announced|announces|reported|reports|stated|claimed|explained|noted|"
                     r"insisted|argued|warned|testified|confirmed)\b", re.I)
_COUNTED = re.compile(r"(?<![\w$])[$£€]?(?:\d[\d,.]*%?|one|two|three|four|five|six|seven|eight|"
                      r"nine|ten|dozens?|hundreds?|thousands?|millions?)(?:\s+(?:million|billion|"
                      r"thousand|percent|per cent))?\s+(?:of\s+)?[a-z][a-z-]+", re.I)


def train_counts(sample: int) -> None:
    import gzip
    import random
    from collections import Counter

    from newsfuse.clean import CRAWL_NOTE, cut_inner_furniture, furniture_reason

    path = ROOT.parent / "shared" / "train" / "multinews_train.jsonl.gz"
    if not path.exists():
        path = Path("/work/shared/train/multinews_train.jsonl.gz")
    reasons: Counter = Counter()
    shaped, plain = [], []
    n_lines = 0
    inner = Counter()  # notice or credit lines: kept in part, still dropped whole (crawl note or not)
    dropped = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for raw in handle:
            record = json.loads(raw)
            for k, doc in enumerate(record["documents"], 1):
                for line in (doc or "").split("\n"):
                    if not line.strip():
                        continue
                    n_lines += 1
                    reason = furniture_reason(line.strip())
                    reasons[reason] += bool(reason)
                    if reason in ("notice", "credit"):
                        rest, cut = cut_inner_furniture(line.strip())
                        if cut and rest.strip():
                            inner["kept in part"] += 1
                            inner["words kept"] += len(rest.split())
                        else:
                            inner["crawl note" if CRAWL_NOTE.search(line) else "dropped whole"] += 1
                            if len(line.split()) >= 60 and not CRAWL_NOTE.search(line):
                                inner["dropped whole, 60 words or more"] += 1
                            dropped.append(f"{record['id']} a{k} [{len(line.split())} words] {line.strip()[:300]}")
                    if reason == "headline-like line":
                        row = f"{record['id']} a{k} {line.strip()[:160]}"
                        (shaped if _SAYING.search(line) or _COUNTED.search(line) else plain).append(row)
    print(f"Multi-News train: {n_lines} lines; removed " +
          ", ".join(f"{r} {n}" for r, n in reasons.most_common() if r))
    print(f"headline-like lines holding a verb of saying or a counted number: {len(shaped)} "
          f"of {len(shaped) + len(plain)}")
    print("notice or credit lines (documents): " + ", ".join(f"{k} {n}" for k, n in inner.items()))
    rng = random.Random(32)
    for row in rng.sample(dropped, min(sample, len(dropped))):
        print(f"  [notice or credit, still dropped] {row}")
    for label, rows in (("with the shapes", shaped), ("without", plain)):
        for row in rng.sample(rows, min(sample, len(rows))):
            print(f"  [{label}] {row}")


def main() -> None:
    from gold_claims_quotes import source_articles
    from newsfuse.clean import clean_article, furniture_reason

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--removed", action="store_true", help="print every removed line")
    parser.add_argument("--kept", action="store_true", help="print every kept line")
    parser.add_argument("--gold-only", action="store_true", help="print only removed lines holding gold")
    parser.add_argument("--json", type=Path, help="write every line as JSON rows to FILE")
    parser.add_argument("--train", action="store_true",
                        help="count removed lines over Multi-News train instead (see above)")
    parser.add_argument("--sample", type=int, default=0, help="with --train, lines of each kind to print")
    args = parser.parse_args()
    if args.train:
        train_counts(args.sample)
        return
    sources, items = gold_items()
    rows = []
    n_removed = n_gold_lines = n_gold_items = 0
    for cid in sorted(sources):
        for n, article in source_articles(cid, sources[cid]):
            aid = f"a{n}"
            clean_article(article)
            kept_norm = norm(article.text)
            for text in article.removed:
                inside = [(k, t) for k, a, t in items[cid]
                          if a == aid and norm(t) and norm(t) in norm(text) and norm(t) not in kept_norm]
                n_removed += 1
                n_gold_lines += bool(inside)
                n_gold_items += len(inside)
                rows.append({"cluster": cid, "article": aid, "state": "removed",
                             "reason": furniture_reason(text) or "cut", "text": text,
                             "gold": [k for k, _ in inside]})
                if args.removed or (args.gold_only and inside):
                    tag = ",".join(k for k, _ in inside)
                    print(f"- {cid} {aid} [{rows[-1]['reason']}]{' GOLD:' + tag if tag else ''} {text[:200]}")
            for line in article.text.split("\n"):
                if line.strip():
                    rows.append({"cluster": cid, "article": aid, "state": "kept", "text": line})
                    if args.kept:
                        print(f"+ {cid} {aid} {line[:200]}")
    print(f"{len(sources)} tuning clusters; {n_removed} removed lines, {n_gold_lines} holding "
          f"{n_gold_items} gold items found nowhere in the kept text")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as out:
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
