"""How many reports ``newsfuse.nlp.casing.lowered`` calls lower-cased, corpus by corpus: the
Multi-News train and validation reports (lower-cased: it should fire on nearly all), and the
cased ones (../shared/eval, ../shared/stories, the example, gold/pages: it must fire on
none; bench/gold_claims_quotes.py's figures, unchanged, say the same of the gold). Aggregate
counts only.

Usage: python bench/casing_shares.py [--limit N]

Thirty-sixth session (case36), 534e9de plus nlp/casing.py (whole run ~35 s):
- multinews_train: 124,609 reports, 123,075 with 20+ words inside sentences, lowered 112,348;
- multinews_val: 15,292 reports, 15,149 with 20+ words, lowered 13,862 (the 1,287 others with
  20+ words: 626 have 20 to 39 words, and a sample of 200 is mostly archive and sign-up
  boilerplate, "wayback machine ... urls", where a truecaser adds "Urls", "Tweets", "Delete");
- eval/multiling2011_en 0 of 100, eval/multinews_sample100 0 of 301, stories/allsides_2021a 0
  of 722, stories/basil 0 of 300, stories/ecbplus 0 of 922, stories/multinews100 0 of 286,
  the example 0 of 5, gold/pages 0 of 26 (the pages the reader accepts).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
SHARED = next((p / "shared" for p in ROOT.parents if (p / "shared" / "eval").is_dir()),
              ROOT.parent / "shared")


def _jsonl_texts(path: Path, limit: int | None):
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        for n, line in enumerate(f):
            if limit is not None and n >= limit:
                return
            record = json.loads(line)
            texts = record["documents"] if "documents" in record else [record.get("text") or ""]
            yield from (t for t in texts if t.strip())


def _page_texts(paths):
    from newsfuse import InputError
    from newsfuse.readers import read_text_input

    for path in paths:
        data = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
        try:
            yield from (a.text for a in read_text_input(data, path.name, suffix=".html"))
        except InputError:  # a page the reader refuses (a site's front page) briefs nothing
            continue


def count(name: str, texts) -> tuple[int, int]:
    from newsfuse.nlp.casing import MIN_WORDS, capital_share, lowered

    total = told = fired = 0
    for text in texts:
        total += 1
        told += capital_share(text)[0] >= MIN_WORDS
        fired += lowered(text)
    print(f"{name}: {total:,} reports, {told:,} with {MIN_WORDS}+ words inside sentences, "
          f"lowered {fired:,}", flush=True)
    return total, fired


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="clusters read of each train file")
    args = parser.parse_args()
    for name in ("multinews_train", "multinews_val"):
        count(name, _jsonl_texts(SHARED / "train" / f"{name}.jsonl.gz", args.limit))
    for path in sorted((SHARED / "eval").glob("*.jsonl")) + sorted((SHARED / "stories").glob("*.jsonl")):
        count(f"{path.parent.name}/{path.name}", _jsonl_texts(path, None))
    count("examples", (p.read_text(encoding="utf-8") for p in sorted((SHARED / "examples").glob("*/*.txt"))))
    count("gold/pages", _page_texts(sorted((ROOT / "gold" / "pages" / "html").iterdir())))


if __name__ == "__main__":
    main()
