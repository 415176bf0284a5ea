"""The peer: sumy's LexRank over each cluster of a JSONL file, one output line per cluster.

Run as its own process by bench_batch.py so both sides are timed the same way, whole process
included (imports, tokenizer set-up, reading and writing).
"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from newsfuse.evaluate import sumy_summary  # noqa: E402  (the offline-tokenizer LexRank)


def main(src: str, dst: str, words: int) -> None:
    with open(src, encoding="utf-8") as inp, open(dst, "w", encoding="utf-8") as out:
        for line in inp:
            record = json.loads(line)
            docs = [d for d in record["documents"] if d.strip()]
            out.write(json.dumps({"id": record["id"], "summary": sumy_summary(docs, words, "lexrank")}) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
