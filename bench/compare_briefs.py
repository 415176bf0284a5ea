"""Byte-compare the JSON briefs of this checkout and a git ref on the examples and tuning clusters.

A speed change must not change a result. ``bench_cold_brief.py --check`` compares the examples
and the first clusters of the evaluation sample, which this session's held-out rule forbids
unless a gold record names them; this compares the example articles and the clusters of the
tuning gold records instead (``"split": "tune"`` only: frozen and validation records are never
run), each briefed by both codes as the command line briefs it: a fresh ``python -m newsfuse
brief FILE --format json`` per input, every section, once per figure grouping asked for.

    python bench/compare_briefs.py [--ref main] [--gold gold/basil gold/ecbplus gold/multinews]
                                   [--figures rules learned] [--limit N]

Prints one line per input and grouping (identical or DIFFERENT) and a count; exits 1 when any
differs. A record's input file holds its articles the way the gold benches read them: a story's
lines as article objects (title, text, url, source, published), a Multi-News record as its
documents.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from bench_cold_brief import EXAMPLES, SHARED, export_src
from gold_claims_quotes import story_rows

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = ("gold/basil", "gold/ecbplus", "gold/multinews")


def tuning_records(folders: list[str]) -> list[tuple[str, str]]:
    """(id, source) of every record whose split is "tune" in the folders' jsonl files, in the
    order first seen; a record any file marks otherwise is left out."""
    seen: dict[str, tuple[str | None, set]] = {}
    for folder in folders:
        for path in sorted((ROOT / folder).glob("*.jsonl")):
            for line in path.read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                row = json.loads(line)
                key = row.get("id") or row.get("cluster")
                source, splits = seen.setdefault(key, (None, set()))
                splits.add(row.get("split"))
                seen[key] = (source or row.get("source"), splits)
    return [(key, source) for key, (source, splits) in seen.items() if splits == {"tune"} and source]


def write_input(record_id: str, source: str, into: Path) -> Path:
    """The record's articles as one brief input file."""
    path = into / f"{record_id}.json"
    if source.startswith(("shared/stories", "gold/")):
        body = [{k: r.get(k) for k in ("title", "text", "url", "source", "published")}
                for r in story_rows(record_id, source) if (r.get("text") or "").strip()]
    else:
        eval_file = SHARED / "eval" / Path(source).name
        record = next(json.loads(line) for line in open(eval_file, encoding="utf-8")
                      if json.loads(line)["id"] == record_id)
        body = {"documents": record["documents"]}
    path.write_text(json.dumps(body), encoding="utf-8")
    return path


def brief_json(src: Path, paths: list[str], figures: str, out: Path) -> bytes:
    env = dict(os.environ, PYTHONPATH=str(src), PYTHONDONTWRITEBYTECODE="1")
    done = subprocess.run([sys.executable, "-m", "newsfuse", "brief", *paths, "--format", "json",
                           "--figures", figures, "--out", str(out)], env=env, capture_output=True,
                          text=True)
    if done.returncode != 0:
        raise SystemExit(f"brief {' '.join(paths)} failed ({done.returncode}): {done.stderr[-600:]}")
    return out.read_bytes()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ref", default="main")
    parser.add_argument("--gold", nargs="+", default=list(DEFAULT_GOLD))
    parser.add_argument("--figures", nargs="+", default=["rules", "learned"])
    parser.add_argument("--limit", type=int, default=0, help="at most this many records (0: all)")
    args = parser.parse_args()
    records = tuning_records(args.gold)
    if args.limit:
        records = records[:args.limit]
    with tempfile.TemporaryDirectory(prefix="compare-briefs-") as name:
        tmp = Path(name)
        here = Path(shutil.copytree(ROOT / "src", tmp / "here" / "src",
                                    ignore=shutil.ignore_patterns("__pycache__")))
        peer = export_src(args.ref, tmp / "peer")
        inputs = [("examples", [str(EXAMPLES)])]
        inputs += [(rid, [str(write_input(rid, source, tmp))]) for rid, source in records]
        differ = 0
        for label, paths in inputs:
            for figures in args.figures:
                mine = brief_json(here, paths, figures, tmp / "mine.json")
                theirs = brief_json(peer, paths, figures, tmp / "theirs.json")
                verdict = "identical" if mine == theirs else "DIFFERENT"
                differ += mine != theirs
                print(f"{verdict:9}  {figures:7}  {label}  ({len(mine):,} bytes)", flush=True)
        total = len(inputs) * len(args.figures)
        print(f"{total - differ} of {total} briefs byte-identical with git {args.ref} "
              f"({len(inputs)} inputs: the examples and {len(records)} tuning records of "
              f"{', '.join(args.gold)}; figures {', '.join(args.figures)})")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
