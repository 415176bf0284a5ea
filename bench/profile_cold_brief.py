"""Where one cold ``newsfuse brief`` spends its time, stage by stage, threads included.

``bench_cold_brief.py`` times whole processes; this one opens one up. Each run is a fresh
interpreter that wraps the brief's steps (spaCy's import and load, the parse, language
identification, each section, the encoder's load and runs, dateparser's first reading, the
summary, the output) before calling the command line's own entry point, and records for each
step when it started and ended (seconds since the process began, from the kernel's start time
of the process) and the CPU its thread spent in it. The wrappers only time: the brief's output
is written as usual (to /dev/null). Runs are repeated and the table gives medians.

    python bench/profile_cold_brief.py [PATH ...] [--runs 5] [--src DIR] [--ref REV] [-- extra brief options]

With ``--ref REV`` the code of a git ref (its ``src/``, exported with ``git archive``) is
profiled too, the two taking turns, and the table puts them side by side.

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

from bench_cold_brief import export_src  # the peer's src/, unpacked the same way for both benches

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
    # children: the helper process of a brief (newsfuse.sidecar), reaped by an earlier exit hook
    json.dump({"spans": spans, "exit": now(), "user": r.user + r.children_user,
               "sys": r.system + r.children_system}, open(out_path, "w"))
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
    if not getattr(spacy.load, "_profiled", False):
        spacy.load = timed("spacy.load", spacy.load)
        spacy.load._profiled = True
    return spacy
sp.import_spacy = import_and_patch
nlp.get_nlp = timed("get_nlp (import + load spaCy)", nlp.get_nlp)
wrap(analyze, "split_sentences", "split_sentences")
wrap(analyze, "lexical_vectors", "lexical vectors")
wrap(language, "article_language", "language identification")
wrap(language, "identifier", "langid model load")
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
        name = "read_date" if hasattr(tl, "read_date") else "_read"  # public since review10
        if not getattr(getattr(tl, name), "_profiled", False):
            setattr(tl, name, timed("dateparser reading", getattr(tl, name)))
            getattr(tl, name)._profiled = True
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


def table(runs: list[dict]) -> dict[tuple[str, str], dict]:
    """One row per (step, thread), summed within a run (repeated calls), medians over runs."""
    keys: dict[tuple[str, str], list[dict]] = {}
    for run in runs:
        seen: dict[tuple[str, str], dict] = {}
        for span in run["spans"]:
            kind = "main" if span["thread"] == "MainThread" else span["thread"].replace("newsfuse-", "")
            row = seen.setdefault((span["name"], kind), {"start": span["start"], "end": span["end"],
                                                         "wall": 0.0, "cpu": 0.0, "calls": 0})
            row["end"] = max(row["end"], span["end"])
            row["wall"] += span["end"] - span["start"]
            row["cpu"] += span["cpu"]
            row["calls"] += 1
        for key, row in seen.items():
            keys.setdefault(key, []).append(row)
    out = {key: {k: statistics.median(r[k] for r in rows) for k in ("start", "end", "wall", "cpu", "calls")}
           for key, rows in keys.items()}
    out[("process exit", "")] = {"start": 0.0, "end": statistics.median(r["exit"] for r in runs),
                                 "wall": statistics.median(r["exit"] for r in runs),
                                 "cpu": statistics.median(r["user"] + r["sys"] for r in runs), "calls": 1}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--src", default=str(ROOT / "src"), help="the src/ folder to profile")
    parser.add_argument("--ref", help="also profile this git ref's src/, runs interleaved")
    argv = sys.argv[1:]
    cut = argv.index("--") if "--" in argv else len(argv)
    args = parser.parse_args(argv[:cut])
    paths = args.paths or [str(EXAMPLES)]
    loads = [os.getloadavg()[0]]
    with tempfile.TemporaryDirectory(prefix="profile-cold-") as name:
        tmp = Path(name)
        sides = {"this": Path(args.src)}
        if args.ref:
            sides[args.ref] = export_src(args.ref, tmp / "peer")
        runs: dict[str, list[dict]] = {label: [] for label in sides}
        for r in range(args.runs):
            order = list(sides.items()) if r % 2 == 0 else list(sides.items())[::-1]
            for label, src in order:
                runs[label].append(run_once(src, paths + argv[cut + 1:], tmp))
                loads.append(os.getloadavg()[0])
    tables = {label: table(rows) for label, rows in runs.items()}
    print(f"{args.runs} runs per side, interleaved; load (1 min) {min(loads):.2f} to {max(loads):.2f}; "
          f"medians; from/to: seconds since the process started; cpu: the thread's CPU in the step "
          f"(process exit: user + sys of the whole process and its helper process)")
    labels = list(tables)
    head = f"{'step':<32} {'thread':<18} {'calls':>5}"
    for label in labels:
        head += f" | {label[:10]:>10} {'from':>5} {'to':>5} {'wall':>6} {'cpu':>6}"
    print(head)
    first = tables[labels[0]]
    keys = sorted(set().union(*tables.values()),
                  key=lambda k: (k[0] == "process exit", min(t[k]["start"] for t in tables.values() if k in t)))
    for key in keys:
        line = f"{key[0]:<32} {key[1]:<18} {int((first.get(key) or {}).get('calls', 0)):>5}"
        for label in labels:
            row = tables[label].get(key)
            line += (f" | {'':>10} {row['start']:5.2f} {row['end']:5.2f} {row['wall']:6.3f} {row['cpu']:6.3f}"
                     if row else f" | {'':>10} {'':>5} {'':>5} {'':>6} {'':>6}")
        print(line)


if __name__ == "__main__":
    main()
