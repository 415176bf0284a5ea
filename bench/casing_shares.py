"""How many reports ``newsfuse.nlp.casing.lowered`` calls lower-cased, corpus by corpus: the
Multi-News train and validation reports (lower-cased: it should fire on nearly all), and the
cased ones (../shared/eval, ../shared/stories, the example, gold/pages and the tuning and
validation gold pages: it must fire on none). Aggregate counts only.

Usage: python bench/casing_shares.py [--limit N]

Thirty-sixth session (case36), on 534e9de plus the module:
- multinews_train: 124,609 reports, 117,032 with 40 or more words inside sentences; lowered
  114,0xx (see the run's lines below the docstring's figures in the report);
- the cased sets: 0 lowered.
The run's own lines are the figures; the module docstring quotes them.
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
    # tuning and validation gold pages, counted in aggregate; frozen sets are never read
    pages = sorted(p for d in (ROOT / "gold").iterdir() if d.is_dir() and not d.name.startswith("frozen")
                   and d.name != "pages" for p in d.glob("*.html*"))
    count("gold tuning and validation pages", _page_texts(pages))


if __name__ == "__main__":
    main()
