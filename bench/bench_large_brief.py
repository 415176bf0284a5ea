"""A large brief, whole, beside what its libraries need for the same text.

A user who briefs a few hundred reports at once, or uploads one long file, waits for every
section of a brief of hundreds of thousands of words. This builds such inputs from real text
(the shared story files, ``../shared/stories/*.jsonl``, tuning data: BASIL, Multi-News,
ECB+, AllSides articles in that order, concatenated until the size is reached; ``single`` is
the same texts joined into one article), runs ``newsfuse brief FILE --format json`` on each as
a fresh process, and in the same run the peer: a fresh process that reads the same file with
newsfuse's readers, runs the same spaCy pipeline (``get_nlp``, what ``spacy.load`` gives
newsfuse) with ``nlp.pipe`` over the same paragraphs, and the same MiniLM encoder over every
sentence spaCy finds. The peer's parse and encoding are what the libraries need at least; the
brief's excess over their sum is newsfuse's own work.

    python bench/bench_large_brief.py [--sizes 1 3] [--single 3] [--ref main] [--runs 1]
                                      [--http [--no-cli]] [--keep DIR]
    python bench/bench_large_brief.py --sizes 1 --single --profile brief.prof   # where it goes

``--ref REF`` times the code of a git ref too (exported with ``git archive``), and checks
its JSON brief is byte-identical with this checkout's. ``--http`` also times the web service
(``newsfuse serve`` on a free loopback port): the single article uploaded through the form,
and the first 200 articles (the service's limit per request) sent to ``/api/brief``. Every
line carries the load average (``os.getloadavg``) at its start: on a shared machine wall time
means little without it, and CPU seconds (the child's rusage; a helper process the brief
starts is in it: the brief reaps it, and this process adopts one left running) is the
steadier figure.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_cold_brief import SHARED, export_src, load  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
STORIES = [SHARED / "stories" / f"{name}.jsonl" for name in ("basil", "multinews100", "ecbplus", "allsides_2021a")]
HTTP_ARTICLES = 200  # server.MAX_ARTICLES


def story_articles() -> list[dict]:
    out = []
    for path in STORIES:
        for line in open(path, encoding="utf-8"):
            r = json.loads(line)
            if r.get("text"):
                out.append({k: r.get(k) for k in ("title", "text", "url", "source", "published")})
    return out


def build_many(mb: float, into: Path) -> Path:
    """JSON Lines of whole articles until their texts reach ``mb`` MB (repeating the files
    from the start when they run out: past ~4.4 MB the input holds exact duplicates)."""
    articles, size, path = story_articles(), 0, into / f"many-{mb:g}mb.jsonl"
    with open(path, "w", encoding="utf-8") as out:
        n = 0
        while size < mb * 1e6:
            a = articles[n % len(articles)]
            out.write(json.dumps(a, ensure_ascii=False) + "\n")
            size += len(a["text"].encode())
            n += 1
    return path


def build_single(mb: float, into: Path) -> Path:
    """One plain-text article of ``mb`` MB: a headline, then the texts one after another."""
    parts, size = [], 0
    for a in story_articles():
        if size >= mb * 1e6:
            break
        parts.append(a["text"])
        size += len(a["text"].encode()) + 2
    path = into / f"single-{mb:g}mb.txt"
    path.write_text("One long report\n\n" + "\n\n".join(parts), encoding="utf-8")
    return path


def adopt_orphans() -> bool:
    """Make this process the reaper of its descendants (Linux ``PR_SET_CHILD_SUBREAPER``). A
    brief reaps its helper process (the encoder, dateparser) before it exits, so the helper's
    CPU is in the brief's ``wait4`` rusage; a helper a brief left running (``os._exit`` on
    some path) would be counted nowhere, and adopted it is reaped here and counted."""
    try:
        import ctypes

        return ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


ADOPTED = adopt_orphans()


def timed(cmd: list[str], env: dict, stdout=subprocess.DEVNULL) -> dict:
    import resource

    start = time.perf_counter()
    before = load()
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.Popen(cmd, stdout=stdout, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    while ADOPTED:  # the helper, once it sees its input closed (bounded: it exits at once)
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            break
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu_all = (after.ru_utime - children.ru_utime) + (after.ru_stime - children.ru_stime)
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    got = ""
    if proc.stdout is not None:  # the peer's one line of step times (small: read after the wait)
        got = proc.stdout.read().decode()
        proc.stdout.close()
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "cpu_all": cpu_all if ADOPTED else None,
            "rss": usage.ru_maxrss / 1024,
            "load": before, "status": os.waitstatus_to_exitcode(status), "stderr": err, "stdout": got}


def brief(src: Path, path: Path, out: Path) -> dict:
    env = dict(os.environ, PYTHONPATH=str(src))
    r = timed([sys.executable, "-m", "newsfuse", "brief", str(path), "--format", "json", "--out", str(out)], env)
    if r["status"] != 0:
        r["refused"] = r["stderr"].strip().splitlines()[-1] if r["stderr"].strip() else "?"
    return r


def peer(src: Path, path: Path) -> dict:
    env = dict(os.environ, PYTHONPATH=str(src))
    r = timed([sys.executable, __file__, "--peer-run", str(path)], env, stdout=subprocess.PIPE)
    return r


def peer_run(path: str) -> None:
    """The peer's own process: read, then spaCy over the paragraphs, then MiniLM over the
    sentences; prints its step times as JSON."""
    from newsfuse.nlp import get_nlp
    from newsfuse.nlp.encoder import local_encoder
    from newsfuse.readers import path_argument, read_inputs

    t0 = time.perf_counter(), time.process_time()
    articles = read_inputs([path_argument(path)])
    paragraphs = [line.strip() for a in articles for line in [a.title or "", *a.text.split("\n")] if line.strip()]
    nlp = get_nlp(full=True)
    encoder = local_encoder()
    t1 = time.perf_counter(), time.process_time()
    sentences = [s.text for doc in nlp.pipe(paragraphs, batch_size=64) for s in doc.sents]
    t2 = time.perf_counter(), time.process_time()
    encoder.encode(sentences)
    t3 = time.perf_counter(), time.process_time()
    print(json.dumps({"paragraphs": len(paragraphs), "sentences": len(sentences),
                      "load_wall": t1[0] - t0[0], "spacy_wall": t2[0] - t1[0], "spacy_cpu": t2[1] - t1[1],
                      "encode_wall": t3[0] - t2[0], "encode_cpu": t3[1] - t2[1]}))


def profile_run(path: str, out: str) -> None:
    """``--profile``: read, then ``brief_articles`` with every section under cProfile in this
    process (the encoder too: no helper process), stats to ``out``, the top lines printed.
    cProfile's clock is wall time, so its seconds carry the machine's load; its shares do not."""
    import cProfile
    import pstats

    from newsfuse.pipeline import brief_articles
    from newsfuse.readers import path_argument, read_inputs

    articles = read_inputs([path_argument(path)])
    before, start, cpu = load(), time.perf_counter(), time.process_time()
    profile = cProfile.Profile()
    profile.enable()
    brief_articles(articles)
    profile.disable()
    print(f"cProfile {path}: {time.perf_counter() - start:.1f} s wall, {time.process_time() - cpu:.1f} s CPU, "
          f"load {before}")
    profile.dump_stats(out)
    pstats.Stats(out).sort_stats("cumulative").print_stats(40)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(src: Path):
    port = free_port()
    env = dict(os.environ, PYTHONPATH=str(src))
    proc = subprocess.Popen([sys.executable, "-m", "newsfuse", "serve", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    for _ in range(240):  # bounded: at most two minutes for the server to answer
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2).read()
            return proc, port
        except OSError:
            time.sleep(0.5)
    proc.terminate()
    raise SystemExit("newsfuse serve did not answer /health within two minutes")


def post(url: str, body: bytes, content_type: str) -> dict:
    before, start = load(), time.perf_counter()
    req = urllib.request.Request(url, data=body, headers={"Content-Type": content_type})
    try:
        with urllib.request.urlopen(req, timeout=1800) as resp:
            status, size = resp.status, len(resp.read())
    except urllib.error.HTTPError as exc:
        status, size = exc.code, len(exc.read())
    return {"wall": time.perf_counter() - start, "status": status, "bytes": size, "load": before}


def form_body(path: Path) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    parts = [f"--{boundary}\r\nContent-Disposition: form-data; name=\"words\"\r\n\r\n250\r\n".encode(),
             f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{path.name}\"\r\n"
             f"Content-Type: text/plain\r\n\r\n".encode() + path.read_bytes() + b"\r\n",
             f"--{boundary}--\r\n".encode()]
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def line(label: str, r: dict) -> str:
    if "refused" in r:
        return f"{label:34} refused in {r['wall']:6.1f} s wall, {r['cpu']:6.1f} s CPU  load {r['load']}: {r['refused']}"
    helpers = f" ({r['cpu_all']:.1f} s with its helper)" if r.get("cpu_all") and r["cpu_all"] > r["cpu"] + 0.5 else ""
    return (f"{label:34} {r['wall']:7.1f} s wall {r['cpu']:7.1f} s CPU{helpers} {r['rss']:6.0f} MB  load {r['load']}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=float, nargs="*", default=[1, 3], help="MB of many articles")
    ap.add_argument("--single", type=float, nargs="*", default=[3], help="MB of one article")
    ap.add_argument("--ref", help="also time this git ref's code, and compare its brief")
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--no-peer", action="store_true")
    ap.add_argument("--http", action="store_true")
    ap.add_argument("--no-cli", action="store_true", help="only the web service (with --http)")
    ap.add_argument("--keep", type=Path, help="build the inputs and write the briefs here")
    ap.add_argument("--profile", type=Path, metavar="OUT",
                    help="instead: cProfile one brief of the first input in this process, stats to OUT")
    ap.add_argument("--peer-run", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.peer_run:
        return peer_run(args.peer_run)
    tmp = Path(tempfile.mkdtemp(prefix="bench-large-"))
    work = args.keep or tmp
    work.mkdir(parents=True, exist_ok=True)
    here = ROOT / "src"
    sides = [("this checkout", here)]
    if args.ref:
        sides.append((args.ref, export_src(args.ref, tmp / "ref")))
    inputs = [build_many(mb, work) for mb in args.sizes] + [build_single(mb, work) for mb in args.single]
    if args.profile:
        return profile_run(str(inputs[0]), str(args.profile))
    for path in inputs:
        words = sum(len(json.loads(x)["text"].split()) for x in open(path)) if path.suffix == ".jsonl" \
            else len(path.read_text().split())
        print(f"== {path.name}: {path.stat().st_size / 1e6:.2f} MB, {words:,} words", flush=True)
        for run in range(0 if args.no_cli else args.runs):
            outs = []
            for n, (name, src) in enumerate(sides if run % 2 == 0 else sides[::-1]):
                out = work / f"{path.stem}.{n}.json"
                r = brief(src, path, out)
                print(line(f"newsfuse brief ({name})", r), flush=True)
                outs.append(out if "refused" not in r else None)
            if len(outs) == 2 and all(outs):
                same = outs[0].read_bytes() == outs[1].read_bytes()
                print(f"{'':34} JSON briefs {'identical' if same else 'DIFFERENT'}", flush=True)
            if not args.no_peer and "refused" not in r:
                p = peer(here, path)
                if p["status"] != 0:
                    print(f"{'peer':34} failed: {p['stderr'][-300:]}")
                    continue
                steps = json.loads(p["stdout"])
                print(line("peer: spaCy pipe + MiniLM, whole", p), flush=True)
                print(f"{'':34} of which spaCy {steps['spacy_wall']:.1f} s wall {steps['spacy_cpu']:.1f} s CPU "
                      f"({steps['paragraphs']:,} paragraphs), MiniLM {steps['encode_wall']:.1f} s wall "
                      f"{steps['encode_cpu']:.1f} s CPU ({steps['sentences']:,} sentences)", flush=True)
    if args.http:
        http(here, work, inputs)


def http(src: Path, work: Path, inputs: list[Path]) -> None:
    proc, port = serve(src)
    try:
        base = f"http://127.0.0.1:{port}"
        warm = post(f"{base}/api/brief", json.dumps({"articles": [{"text": "A warm-up report of a few words."}]}).encode(),
                    "application/json")
        print(f"{'http: warm-up brief':34} {warm['wall']:7.1f} s wall  status {warm['status']}  load {warm['load']}")
        for path in inputs:
            if path.suffix == ".txt":
                body, kind = form_body(path)
                r = post(f"{base}/brief", body, kind)
                print(f"{'http form upload ' + path.name:34} {r['wall']:7.1f} s wall  status {r['status']}  "
                      f"{r['bytes']:,} bytes  load {r['load']}", flush=True)
            else:
                articles = [json.loads(x) for x in open(path)][:HTTP_ARTICLES]
                body = json.dumps({"articles": articles}).encode()
                r = post(f"{base}/api/brief", body, "application/json")
                print(f"{'http api ' + str(len(articles)) + ' of ' + path.name:34} {r['wall']:7.1f} s wall  "
                      f"status {r['status']}  {len(body) / 1e6:.2f} MB sent  load {r['load']}", flush=True)
    finally:
        proc.terminate()
        proc.wait(timeout=60)


if __name__ == "__main__":
    main()
