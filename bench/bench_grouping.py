"""Group thousands of articles and print speed, peak memory and how time per article grows.

    PYTHONPATH=src python bench/bench_grouping.py                 # the 9,000-article undated stress stream
    PYTHONPATH=src python bench/bench_grouping.py FILE.jsonl      # any labelled or unlabelled JSONL stream
    options: --workers N (feature processes, default 2), --articles N (stress size, default 9000),
             --write-stress PATH (save the stress stream), --no-baseline

The whole process is timed from the start of this script (imports, model loading in every
worker, features, grouping), because the target is "9,000 undated short articles in at most
3 minutes, whole process, on 2 cores, under 2 GB". Features run in ``--workers`` processes
with one ONNX thread each, as the ingest's local executor would; grouping runs on this
process, one ordered writer. Grouping time is printed per 1,000-article slice beside the
number of stories so far: candidate lookup is bounded (inverted index with capped postings,
window), so it must stay flat while the stories accumulate. The TF-IDF single-pass baseline of
shared/stories/README.md runs on the same stream in the same run, also per slice (it compares
each article with every story sharing a term, so its time grows).

The stress stream (how it is made, exactly): the four labelled files of ../shared/stories
(allsides_2021a, ecbplus, basil, multinews100; 2,290 articles) with every ``published`` set to
null. Each article gives excerpts of 90 words: excerpt k is words 90k..90k+89 of its text
(k = 0, 1, 2, ...; an excerpt needs at least 30 words), with the article's title and its gold
story label; articles are taken round-robin by k (all k=0 excerpts in file order, then all
k=1, ...). That gives 8,332 excerpts; if more are asked for (9,000 by default), the same is
done with windows shifted by 45 words (words 45+90k..), until --articles excerpts are chosen.
Ids are ``stress-`` + the first 12 hex digits of sha1(original id + "#" + first word offset),
so the undated stream order (by id) is a fixed shuffle that never puts an article's excerpts
next to each other. Excerpts of one article are different texts about one story: they share
no 5-word shingle (aligned windows) or half their words (shifted windows, shingle Jaccard
about 0.3, under the copy threshold 0.6), so they are neither exact duplicates nor copies.
"""

from __future__ import annotations

import time

START = time.perf_counter()

import argparse  # noqa: E402
import hashlib  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
from concurrent.futures import ProcessPoolExecutor  # noqa: E402
from pathlib import Path  # noqa: E402

# the shared data sits beside the repository (../shared), or beside the worktrees' parent
STORIES = next((p / "shared" / "stories" for p in Path(__file__).resolve().parents
                if (p / "shared" / "stories").is_dir()), Path("../shared/stories"))
FILES = ["allsides_2021a", "ecbplus", "basil", "multinews100"]
WORDS, MIN_WORDS, SLICE, CHUNK = 90, 30, 1000, 128


def stress_stream(folder: Path, articles: int) -> list[dict]:
    originals = []
    for name in FILES:
        with open(folder / f"{name}.jsonl", encoding="utf-8") as handle:
            originals += [json.loads(line) for line in handle if line.strip()]
    out: list[dict] = []
    # offsets 0, 90, 180, ...; then, if more are needed, the windows shifted by half (45, 135, ...)
    for shift in (0, WORDS // 2):
        k = 0
        while len(out) < articles:
            added = 0
            for r in originals:
                start = shift + WORDS * k
                words = (r.get("text") or "").split()[start:start + WORDS]
                if len(words) < MIN_WORDS:
                    continue
                digest = hashlib.sha1(f"{r['id']}#{start}".encode()).hexdigest()[:12]
                out.append({"id": f"stress-{digest}", "title": r.get("title"), "text": " ".join(words),
                            "published": None, "source": r.get("source"), "story": r["story"], "url": None})
                added += 1
                if len(out) == articles:
                    break
            if not added:
                break
            k += 1
    return sorted(out, key=lambda r: r["id"])


def _init_worker() -> None:
    os.environ["NEWSFUSE_THREADS"] = "1"  # one ONNX thread per process: the processes share the cores


def _features(records: list[dict]):
    from newsfuse.corpus.evaluate import article_of
    from newsfuse.corpus.features import extract_many

    return extract_many([article_of(r) for r in records], [r["id"] for r in records])


def _cpu_seconds() -> float:
    """CPU time of this process and its finished workers: on a machine shared with other
    jobs, wall time overstates what 2 dedicated cores would take; CPU / 2 is the floor."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime


def _peak_mb() -> tuple[float, float]:
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return me, children


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("file", nargs="?", help="JSONL stream (default: the stress stream)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--articles", type=int, default=9000)
    parser.add_argument("--write-stress", metavar="PATH")
    parser.add_argument("--no-baseline", action="store_true")
    args = parser.parse_args()

    from newsfuse.corpus.evaluate import bcubed, pairwise, tfidf_baseline
    from newsfuse.corpus.grouping import StoryGrouper, stream_order

    if args.file:
        with open(args.file, encoding="utf-8") as handle:
            records = [json.loads(line) for line in handle if line.strip()]
        name = Path(args.file).name
    else:
        records = stress_stream(STORIES, args.articles)
        name = f"stress stream ({len(records)} undated excerpts of <= {WORDS} words)"
        if args.write_stress:
            with open(args.write_stress, "w", encoding="utf-8") as handle:
                handle.writelines(json.dumps(r) + "\n" for r in records)
    n = len(records)
    print(f"{name}: {n} articles, {args.workers} feature processes")

    t0 = time.perf_counter()
    chunks = [records[i:i + CHUNK] for i in range(0, n, CHUNK)]
    if args.workers > 1:
        with ProcessPoolExecutor(args.workers, initializer=_init_worker) as pool:
            feats = [f for part in pool.map(_features, chunks) for f in part]
    else:
        feats = [f for part in map(_features, chunks) for f in part]
    t1 = time.perf_counter()

    grouper = StoryGrouper()
    story_of: dict[str, str] = {}
    slices = []
    mark = time.perf_counter()
    for i, f in enumerate(stream_order(feats), 1):
        story_of[f.key] = grouper.add(f)
        if i % SLICE == 0 or i == n:
            now = time.perf_counter()
            slices.append((i, len(grouper.stories), 1000 * (now - mark) / (i - (len(slices) * SLICE))))
            mark = now
    t2 = time.perf_counter()
    state_mb = len(grouper.state()) / 1e6
    whole = time.perf_counter() - START
    cpu = _cpu_seconds()
    me, children = _peak_mb()

    base_slices = []
    base = None
    if not args.no_baseline:
        ordered = sorted(records, key=lambda r: (r.get("published") is None, r.get("published") or "", r["id"]))
        clock = [time.perf_counter(), 0]

        def tick() -> None:
            clock[1] += 1
            if clock[1] % SLICE == 0 or clock[1] == n:
                now = time.perf_counter()
                base_slices.append(1000 * (now - clock[0]) / (clock[1] - (len(base_slices) * SLICE)))
                clock[0] = now

        tb = time.perf_counter()
        labels = tfidf_baseline(ordered, progress=tick)
        base_seconds = time.perf_counter() - tb
        base = dict(zip((r["id"] for r in ordered), labels))

    print(f"whole process so far (imports, models, features, grouping): {whole:.1f} s "
          f"= {n / whole:.0f} articles/s wall; CPU {cpu:.1f} s (on 2 free cores >= {cpu / 2:.1f} s wall)")
    print(f"load average at the end: {os.getloadavg()[0]:.1f} (other jobs share the cores when > 2)")
    print(f"features: {t1 - t0:.1f} s ({1000 * (t1 - t0) / n:.1f} ms/article over {args.workers} processes); "
          f"grouping: {t2 - t1:.2f} s ({1000 * (t2 - t1) / n:.2f} ms/article); state {state_mb:.1f} MB")
    print(f"peak RSS: this process {me:.0f} MB, largest worker {children:.0f} MB")
    if base is not None:
        print(f"TF-IDF baseline (same stream, idf fitted on all of it): {base_seconds:.1f} s "
              f"({1000 * base_seconds / n:.2f} ms/article)")
    print(f"{'articles':>8s} {'stories':>8s} {'newsfuse ms/art':>16s} {'baseline ms/art':>16s}")
    for j, (i, stories, ms) in enumerate(slices):
        b = f"{base_slices[j]:16.2f}" if j < len(base_slices) else f"{'-':>16s}"
        print(f"{i:8d} {stories:8d} {ms:16.2f} {b}")
    if all(isinstance(r.get("story"), str) for r in records):
        gold = [r["story"] for r in records]
        rows = [("newsfuse", [story_of[r["id"]] for r in records])]
        if base is not None:
            rows.append(("tfidf-baseline", [base[r["id"]] for r in records]))
        for label, predicted in rows:
            b, p = bcubed(gold, predicted), pairwise(gold, predicted)
            print(f"{label:15s} B-cubed P/R/F1 {b['precision']:.3f}/{b['recall']:.3f}/{b['f1']:.3f}  "
                  f"pairwise P/R/F1 {p['precision']:.3f}/{p['recall']:.3f}/{p['f1']:.3f}  "
                  f"stories {len(set(predicted))} (gold {len(set(gold))})")


if __name__ == "__main__":
    sys.exit(main())
