"""Where one cold ``newsfuse brief`` spends its time, stage by stage, threads included.

``bench_cold_brief.py`` times whole processes; this one opens one up. Each run is a fresh
interpreter that wraps the brief's steps (spaCy's import and load, the parse, language
identification, each section, the encoder's load and runs, dateparser's first reading, the
summary, the output) before calling the command line's own entry point, and records for each
step when it started and ended (seconds since the process began, from the kernel's start time
of the process) and the CPU its thread spent in it. The wrappers only time: the brief's output
is written as usual (to /dev/null). Runs are repeated and the table gives medians.

    python bench/profile_cold_brief.py [PATH ...] [--runs 5] [--src DIR] [-- extra brief options]

Wall spans overlap (the loaders run on threads beside the main thread); on 2 cores shared with
other jobs they mean something only with the load average printed beside them.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = next((p / "shared" for p in ROOT.parents if (p / "shared").is_dir()), ROOT.parent / "shared")
EXAMPLES = SHARED / "examples" / "deir-ezzor-2016"

# The child: wrap, run the CLI, dump the spans at exit (the CLI ends a brief with os._exit after
# running atexit functions, so atexit is where the record is written).
CHILD = r'''
import atexit, json, os, sys, threading, time
T0 = time.perf_counter()
def _started():
    """Seconds from the process's start (kernel start time) to now."""
    ticks = os.sysconf("SC_CLK_TCK")
    start = int(open("/proc/self/stat").read().rsplit(")", 1)[1].split()[19]) / ticks
    uptime = float(open("/proc/uptime").read().split()[0])
    return uptime - start
BASE = time.perf_counter() - _started()
spans = []
def now():
    return time.perf_counter() - BASE
def record(name, start, cpu0):
    spans.append({"name": name, "thread": threading.current_thread().name, "start": start,
                  "end": now(), "cpu": time.thread_time() - cpu0})
def timed(name, fn):
    def wrapper(*a, **k):
        s, c = now(), time.thread_time()
        try:
            return fn(*a, **k)
        finally:
            record(name, s, c)
    wrapper.__wrapped__ = fn
    return wrapper
out_path = os.environ["PROFILE_OUT"]
def dump():
    r = os.times()
    json.dump({"spans": spans, "exit": now(), "user": r.user, "sys": r.system}, open(out_path, "w"))
atexit.register(dump)
s, c = now(), time.thread_time()
spans.append({"name": "python start (before this script)", "thread": "MainThread", "start": 0.0,
              "end": s, "cpu": time.process_time() - 0})
import newsfuse.cli as cli
import importlib.abc, importlib.machinery
AFTER = {}  # module name -> function(module) run once it is imported
class _After(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name not in AFTER:
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is None:
            return None
        loader, patch = spec.loader, AFTER.pop(name)
        class Loader(importlib.abc.Loader):
            def create_module(self, spec):
                return loader.create_module(spec)
            def exec_module(self, module):
                loader.exec_module(module)
                patch(module)
        spec.loader = Loader()
        return spec
sys.meta_path.insert(0, _After())
def wrap(module, attr, name):
    setattr(module, attr, timed(name, getattr(module, attr)))
import newsfuse.pipeline as pipeline, newsfuse.analyze as analyze, newsfuse.nlp as nlp
import newsfuse.nlp.spacy_pipeline as sp, newsfuse.nlp.encoder as enc, newsfuse.language as language
import newsfuse.readers as readers
record("import newsfuse.cli", s, c)
orig_spacy_import = timed("import spacy", sp.import_spacy)
def import_and_patch():
    spacy = orig_spacy_import()
    if not getattr(spacy.load, "__wrapped__", None):
        spacy.load = timed("spacy.load", spacy.load)
    return spacy
sp.import_spacy = import_and_patch
nlp.get_nlp = timed("get_nlp (import + load spaCy)", nlp.get_nlp)
wrap(analyze, "split_sentences", "split_sentences")
wrap(analyze, "lexical_vectors", "lexical vectors")
wrap(analyze, "_run_spacy", "parse (make docs, pipe)")
wrap(language, "article_language", "language identification")
wrap(language, "_identifier", "langid model load")
wrap(pipeline, "analyze", "analysis pass (all)")
wrap(pipeline, "clean_articles", "clean")
wrap(pipeline, "summarize", "summary")
wrap(pipeline, "language_warning", "language warning")
wrap(pipeline, "stray_warning", "stray warning")
wrap(pipeline, "available_sections", "sections' imports")
wrap(pipeline, "brief_articles", "brief_articles (all)")
wrap(readers, "read_inputs", "read inputs")
_resolve = pipeline._resolve
def resolve(target):
    fn = _resolve(target)
    if target.endswith("timeline:preload"):
        tl = sys.modules["newsfuse.crosscheck.timeline"]
        if not hasattr(tl._read, "__wrapped__"):
            tl._read = timed("dateparser reading", tl._read)
    return timed("section " + target.split(":")[1], fn)
pipeline._resolve = resolve
enc.SentenceEncoder.__init__ = timed("encoder session load", enc.SentenceEncoder.__init__)
enc.SentenceEncoder.encode = timed("encoder run", enc.SentenceEncoder.encode)
enc.get_encoder = timed("get_encoder (wait)", enc.get_encoder)
nlp.get_encoder = enc.get_encoder
AFTER["newsfuse.render.text"] = lambda m: wrap(m, "print_brief", "text output")
AFTER["newsfuse.render"] = lambda m: wrap(m, "render", "render (json/md/html)")
import newsfuse.cli as cli
if hasattr(cli, "_write"):
    wrap(cli, "_write", "write output")
sys.argv = ["newsfuse", "brief"] + json.loads(os.environ["PROFILE_ARGS"])
s, c = now(), time.thread_time()
from newsfuse.console import main
main()
'''


def run_once(src: Path, args: list[str], tmp: Path) -> dict:
    target = tmp / "spans.json"
    env = dict(os.environ, PYTHONPATH=str(src), PYTHONDONTWRITEBYTECODE="1",
               PROFILE_OUT=str(target), PROFILE_ARGS=json.dumps(args))
    subprocess.run([sys.executable, "-c", CHILD], env=env, check=True, stdout=subprocess.DEVNULL)
    return json.loads(target.read_text())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--src", default=str(ROOT / "src"), help="the src/ folder to profile")
    argv = sys.argv[1:]
    cut = argv.index("--") if "--" in argv else len(argv)
    args = parser.parse_args(argv[:cut])
    paths = args.paths or [str(EXAMPLES)]
    runs = []
    with tempfile.TemporaryDirectory(prefix="profile-cold-") as name:
        for _ in range(args.runs):
            runs.append(run_once(Path(args.src), paths + argv[cut + 1:], Path(name)))
    print(f"load {' '.join(f'{x:.2f}' for x in os.getloadavg())}; {args.runs} runs; medians; "
          f"seconds from process start")
    # one row per (name, thread kind), summed within a run (repeated calls), median over runs
    keys: dict[tuple[str, str], list[dict]] = {}
    for run in runs:
        seen: dict[tuple[str, str], dict] = {}
        for span in run["spans"]:
            kind = "main" if span["thread"] == "MainThread" else span["thread"].replace("newsfuse-", "")
            key = (span["name"], kind)
            row = seen.setdefault(key, {"start": span["start"], "end": span["end"], "wall": 0.0,
                                        "cpu": 0.0, "calls": 0})
            row["end"] = max(row["end"], span["end"])
            row["wall"] += span["end"] - span["start"]
            row["cpu"] += span["cpu"]
            row["calls"] += 1
        for key, row in seen.items():
            keys.setdefault(key, []).append(row)
    med = lambda rows, k: statistics.median(r[k] for r in rows)
    print(f"{'step':<34} {'thread':<22} {'calls':>5} {'from':>6} {'to':>6} {'wall':>6} {'cpu':>6}")
    for (name, kind), rows in sorted(keys.items(), key=lambda kv: med(kv[1], "start")):
        print(f"{name:<34} {kind:<22} {rows[0]['calls']:>5} {med(rows, 'start'):6.2f} {med(rows, 'end'):6.2f} "
              f"{med(rows, 'wall'):6.3f} {med(rows, 'cpu'):6.3f}")
    print(f"{'process exit':<34} {'':<22} {'':>5} {'':>6} {statistics.median(r['exit'] for r in runs):6.2f}"
          f"   user {statistics.median(r['user'] for r in runs):.2f}  sys {statistics.median(r['sys'] for r in runs):.2f}")


if __name__ == "__main__":
    main()
