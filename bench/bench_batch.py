"""Throughput and memory: `newsfuse batch` against sumy LexRank on the same clusters, same run.

Each side runs as a fresh process (cold start, imports and model loading included); wall time
gives clusters/s and the kernel's rusage gives each process tree's peak resident memory.
Also times a cold `newsfuse brief` of the five example articles.

    python bench/bench_batch.py [IN.jsonl ...] [--words 250]
"""

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
BIN = Path(sys.executable).parent


_WRAPPER = """
import resource, subprocess, sys, time
t = time.perf_counter()
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode
print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)
"""


def timed(cmd: list[str]) -> tuple[float, float]:
    """Wall seconds and the peak RSS (MB) of the largest process in the command's tree.

    A fresh wrapper process runs the command, so RUSAGE_CHILDREN covers exactly that tree
    (batch workers included) and nothing measured before it.
    """
    out = subprocess.run([sys.executable, "-c", _WRAPPER, *cmd], capture_output=True, text=True)
    wall, rss, code = out.stdout.split()
    if code != "0":
        raise SystemExit(f"{' '.join(cmd[:3])} failed: {out.stderr[-400:]}")
    return float(wall), int(rss) / 1024


def count(path: Path) -> int:
    return sum(1 for line in path.open() if line.strip())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("inputs", nargs="*", type=Path,
                        default=[SHARED / "eval" / "multinews_sample100.jsonl", SHARED / "eval" / "multiling2011_en.jsonl"])
    parser.add_argument("--words", type=int, default=250)
    parser.add_argument("--workers", type=int, nargs="*", default=[1, 2])
    parser.add_argument("--scorers", nargs="*", default=["heuristic", "learned"],
                        help="summary scorers to time (newsfuse --scorer)")
    args = parser.parse_args()
    newsfuse = str(BIN / "newsfuse")
    print(f"machine: {os.cpu_count()} cores; python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory() as tmp:
        for src in args.inputs:
            n = count(src)
            rows = []
            wall, rss = timed([sys.executable, str(ROOT / "bench" / "peer_sumy_lexrank.py"), str(src),
                               f"{tmp}/peer.jsonl", str(args.words)])
            rows.append(("sumy LexRank", wall, rss))
            for scorer in args.scorers:
                for k in args.workers:
                    out = Path(tmp) / f"nf{k}.jsonl"
                    out.unlink(missing_ok=True)
                    wall, rss = timed([newsfuse, "batch", str(src), "--out", str(out), "--words", str(args.words),
                                       "--workers", str(k), "--scorer", scorer])
                    rows.append((f"newsfuse {scorer} -j{k}", wall, rss))
            peer = rows[0][1]
            print(f"\n{src.name}: {n} clusters, {args.words}-word summaries, whole process timed")
            print(f"{'system':<22} {'seconds':>8} {'clusters/s':>11} {'vs peer':>8} {'peak MB':>8}")
            for name, wall, rss in rows:
                print(f"{name:<22} {wall:8.1f} {n / wall:11.2f} {peer / wall:7.2f}x {rss:8.0f}")
    examples = SHARED / "examples" / "deir-ezzor-2016"
    if examples.is_dir():
        print()
        for scorer in args.scorers:
            wall, rss = timed([newsfuse, "brief", str(examples), "--format", "json", "--sections", "none",
                               "--scorer", scorer])
            print(f"cold brief of the 5 example articles (summary only, {scorer}): {wall:.2f} s, peak {rss:.0f} MB")
            wall, rss = timed([newsfuse, "brief", str(examples), "--format", "json", "--scorer", scorer])
            print(f"cold brief of the 5 example articles (all sections, {scorer}):  {wall:.2f} s, peak {rss:.0f} MB")


if __name__ == "__main__":
    main()
