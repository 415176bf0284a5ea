"""Corpus mode through the command line and the web app, as real processes on real articles:
``group``, ``stories``, ``brief --store --story``, ``serve --store`` while ``group`` writes,
bad input, and Ctrl-C / SIGTERM on ``group``. These run the product's grouper."""

from __future__ import annotations

import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from importlib import resources
from pathlib import Path

import httpx
import jsonschema
import pytest

from conftest import needs_posix
from corpus_data import briefable_basil, read_assignments, records, write_jsonl

pytest.importorskip("newsfuse.corpus.grouping", reason="the story grouping module is not on this branch yet")

ROOT = Path(__file__).resolve().parents[1]
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "TOKENIZERS_PARALLELISM": "false"}


def newsfuse(*args, check_code: int | None = 0, **kw) -> subprocess.CompletedProcess:
    proc = subprocess.run([sys.executable, "-m", "newsfuse", *map(str, args)], capture_output=True,
                          text=True, env=ENV, timeout=300, **kw)
    if check_code is not None:
        assert proc.returncode == check_code, proc.stderr
    assert "Traceback" not in proc.stderr
    return proc


def schema(name: str) -> dict:
    return json.loads((resources.files("newsfuse") / "schema" / name).read_text())


def committed(store: Path) -> int:
    try:
        with sqlite3.connect(f"file:{store}?mode=ro", uri=True) as db:
            return db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0


@pytest.fixture(scope="module")
def stream(tmp_path_factory) -> tuple[Path, list[dict]]:
    recs = records("allsides_2021a.jsonl", 60)
    return write_jsonl(tmp_path_factory.mktemp("cli") / "in.jsonl", recs), recs


def test_group_writes_one_line_per_article_and_stories_lists_them(stream, tmp_path):
    src, recs = stream
    out, store = tmp_path / "a.jsonl", tmp_path / "s.db"
    proc = newsfuse("group", src, "--out", out, "--store", store, "--workers", "2")
    assert "60 articles read, 60 new" in proc.stderr
    got = read_assignments(out)
    assert set(got) == {r["id"] for r in recs}
    listing = json.loads(newsfuse("stories", "--store", store, "--format", "json").stdout)
    jsonschema.validate(listing, schema("stories.schema.json"))
    assert {a for s in listing["stories"] for a in s["articles"]} == set(got)
    assert {s["id"] for s in listing["stories"]} == set(got.values())
    text = newsfuse("stories", "--store", store, "--min-articles", "2").stdout
    assert all(s["id"] in text for s in listing["stories"] if s["n_articles"] >= 2)
    assert all(s["id"] not in text for s in listing["stories"] if s["n_articles"] < 2)
    html = newsfuse("stories", "--store", store, "--format", "html", "--since", "2021-05-01").stdout
    assert html.startswith("<!doctype html>")
    assert all((s["id"] in html) == (s["last_seen"] >= "2021-05-01") for s in listing["stories"])
    again = newsfuse("group", src, "--out", out, "--store", store)
    assert "0 new, 60 already in the store" in again.stderr and read_assignments(out) == got


def test_malformed_line_is_named_and_the_rest_grouped(stream, tmp_path):
    _, recs = stream
    src = tmp_path / "in.jsonl"
    lines = [json.dumps(r) for r in recs[:5]]
    lines.insert(3, "{not json")
    src.write_text("\n".join(lines) + "\n")
    proc = newsfuse("group", src, "--out", tmp_path / "a.jsonl", "--workers", "1", check_code=1)  # partial
    assert f"newsfuse: {src}:4: skipped, malformed JSON" in proc.stderr
    assert set(read_assignments(tmp_path / "a.jsonl")) == {r["id"] for r in recs[:5]}


def test_a_text_less_item_of_a_listed_line_is_skipped_and_the_others_grouped(stream, tmp_path):
    """A line holding a list of articles where one kept only its headline: ``group`` failed the
    whole line ("in.jsonl:4: skipped, article object has no 'text'"), losing the two reports
    beside it; it leaves out that item with the note ``brief`` gives for it, and groups the rest."""
    _, recs = stream
    src = tmp_path / "in.jsonl"
    lines = [json.dumps(r) for r in recs[:3]]
    lines.append(json.dumps([recs[3], {"title": recs[5]["title"]}, recs[4]]))
    src.write_text("\n".join(lines) + "\n")
    proc = newsfuse("group", src, "--out", tmp_path / "a.jsonl", "--workers", "1", check_code=1)  # partial
    assert f"newsfuse: {src}:4[1]: skipped, article object has no 'text'" in proc.stderr
    assert set(read_assignments(tmp_path / "a.jsonl")) == {r["id"] for r in recs[:3]} | {f"{src}:4#1", f"{src}:4#2"}


def test_a_line_of_megabytes_without_a_space_is_grouped_fast_with_a_notice(stream, tmp_path):
    """A line whose text is 3 MB of the stream's words run together without spaces: grouped
    by the rest of the article, with one line saying so (a 20 MB such line took 70 s and
    1.6 GB, in MiniLM's tokenizer). The other articles get the stories they get without it."""
    _, recs = stream
    run = "".join(" ".join(r["text"] for r in recs[:5]).split())
    blob = {"id": "blob", "title": "Pasted", "text": run * (3_000_000 // len(run) + 1)}
    plain = newsfuse("group", write_jsonl(tmp_path / "plain.jsonl", recs[:5]), "--out", tmp_path / "p.jsonl",
                     "--workers", "1")
    assert "characters without a space" not in plain.stderr
    src = write_jsonl(tmp_path / "in.jsonl", recs[:3] + [blob] + recs[3:5])
    proc = newsfuse("group", src, "--out", tmp_path / "a.jsonl", "--workers", "1")
    assert f"newsfuse: {src}:4: a run of {len(blob['text']):,} characters without a space is no word" in proc.stderr
    got = read_assignments(tmp_path / "a.jsonl")
    assert set(got) == {r["id"] for r in recs[:5]} | {"blob"}
    ours = {k: v for k, v in got.items() if k != "blob"}
    theirs = read_assignments(tmp_path / "p.jsonl")
    assert len(set(ours.values())) == len(set(theirs.values()))
    assert {frozenset(k for k in ours if ours[k] == s) for s in ours.values()} == \
        {frozenset(k for k in theirs if theirs[k] == s) for s in theirs.values()}


def test_bad_store_and_usage_errors_are_one_line(stream, tmp_path):
    src, _ = stream
    notes = tmp_path / "notes.txt"
    notes.write_text("not a store\n")
    for args in (("stories", "--store", notes), ("group", src, "--store", notes),
                 ("brief", "--store", notes, "--story", "s000001"),
                 ("stories", "--store", tmp_path / "missing.db")):
        proc = newsfuse(*args, check_code=1)
        assert proc.stderr.startswith("newsfuse: error: ") and proc.stderr.count("\n") == 1, proc.stderr
    assert notes.read_text() == "not a store\n"
    proc = newsfuse("group", src, check_code=2)
    assert "--out" in proc.stderr and "--store" in proc.stderr
    proc = newsfuse("brief", "--story", "s000001", check_code=2)
    assert "--store PATH and --story ID go together" in proc.stderr
    proc = newsfuse("group", src, "--store", tmp_path / "s.db", "--address", f"tcp://127.0.0.1:{_free_port()}",
                    check_code=1)
    assert proc.stderr.startswith("newsfuse: error: cannot reach the Dask scheduler at tcp://127.0.0.1:")
    assert proc.stderr.count("\n") == 1


def test_proposals_are_shown_and_merge_applies_one(stream, tmp_path):
    src, recs = stream
    out, store = tmp_path / "a.jsonl", tmp_path / "s.db"
    newsfuse("group", src, "--out", out, "--store", store)
    before = json.loads(newsfuse("stories", "--store", store, "--format", "json").stdout)["stories"]
    older, newer = sorted(before, key=lambda s: (s["first_seen"], s["id"]))[0], before[0]
    assert older["first_seen"] < newer["first_seen"]
    # the grouper's offline pass records its proposals in the store; on these 60 articles its
    # strict default proposes none, so one pair is recorded as the pass would record it
    with sqlite3.connect(store) as db:
        db.execute("UPDATE meta SET value=? WHERE key='proposals'", (json.dumps(
            [{"kind": "merge", "stories": [newer["id"], older["id"]], "score": 0.91}]),))
    listing = json.loads(newsfuse("stories", "--store", store, "--proposals", "--format", "json").stdout)
    jsonschema.validate(listing, schema("proposals.schema.json"))
    (p,) = listing["proposals"]
    assert [s["id"] for s in p["stories"]] == [older["id"], newer["id"]]  # the one kept comes first
    text = newsfuse("stories", "--store", store, "--proposals").stdout
    assert f"newsfuse merge --store {store} {older['id']} {newer['id']}" in text and older["title"] in text
    assert newsfuse("stories", "--store", store, "--proposals", "--format", "html").stdout.startswith("<!doctype")

    proc = newsfuse("merge", "--store", store, newer["id"], older["id"])
    assert proc.stdout == "" and proc.stderr.count("\n") == 1
    assert f"merged {newer['id']} into {older['id']}" in proc.stderr
    after = {s["id"]: s for s in json.loads(newsfuse("stories", "--store", store, "--format", "json").stdout)["stories"]}
    assert newer["id"] not in after and len(after) == len(before) - 1
    assert set(after[older["id"]]["articles"]) == set(older["articles"]) | set(newer["articles"])
    assert newsfuse("stories", "--store", store, "--proposals").stdout == "No merge proposals.\n"
    again = newsfuse("merge", "--store", store, older["id"], newer["id"])  # the alias leads to the kept story
    assert "already one story" in again.stderr
    # adding articles again follows the alias; nothing is renumbered
    newsfuse("group", src, "--out", tmp_path / "b.jsonl", "--store", store)
    assert set(read_assignments(tmp_path / "b.jsonl").values()) == set(after)

    for args, code in ((("merge", "--store", store, older["id"], "s999999"), 1),
                       (("merge", "--store", tmp_path / "missing.db", "s000001", "s000002"), 1),
                       (("merge", "--store", store, older["id"]), 2),
                       (("stories", "--store", store, "--proposals", "--since", "2021-05-01"), 2)):
        proc = newsfuse(*args, check_code=code)
        assert proc.stderr.startswith("newsfuse: error: ") and proc.stderr.count("\n") == 1, proc.stderr
    assert not (tmp_path / "missing.db").exists()


@pytest.mark.slow
def test_group_on_a_dask_local_cluster_gives_the_local_stories(stream, tmp_path):
    src, recs = stream
    newsfuse("group", src, "--out", tmp_path / "local.jsonl", "--workers", "2")
    newsfuse("group", src, "--out", tmp_path / "dask.jsonl", "--engine", "dask", "--workers", "2")
    local = read_assignments(tmp_path / "local.jsonl")
    assert read_assignments(tmp_path / "dask.jsonl") == local and len(local) == len(recs)


def test_brief_a_story_from_the_store_then_from_its_cache(tmp_path):
    recs = briefable_basil(3)
    store = tmp_path / "s.db"
    newsfuse("group", write_jsonl(tmp_path / "in.jsonl", recs), "--store", store, "--workers", "1")
    listing = json.loads(newsfuse("stories", "--store", store, "--format", "json").stdout)
    story = max(listing["stories"], key=lambda s: s["n_articles"])
    first = newsfuse("brief", "--store", store, "--story", story["id"], "--format", "json", "--sections", "none",
                     "--words", "80")
    brief = json.loads(first.stdout)
    jsonschema.validate(brief, schema("brief.schema.json"))
    assert [a["path"] for a in brief["articles"]] == story["articles"] and brief["summary"]
    assert "read from the store" not in first.stderr
    second = newsfuse("brief", "--store", store, "--story", story["id"], "--format", "json", "--sections", "none",
                      "--words", "80")
    assert "read from the store" in second.stderr and json.loads(second.stdout) == brief
    # the Markdown and terminal sources name each report's store key, as the JSON's "path" and
    # the story list do: before, only the JSON tied a1 to an id 'newsfuse stories' lists
    from newsfuse.render.markdown import md_text

    md = newsfuse("brief", "--store", store, "--story", story["id"], "--format", "md", "--sections", "none",
                  "--words", "80").stdout
    rows = {line.split(" | ")[0].lstrip("| "): line for line in md.split("## Sources")[1].splitlines()
            if line.startswith("| a")}
    text = newsfuse("brief", "--store", store, "--story", story["id"], "--sections", "none", "--words", "80").stdout
    for article in brief["articles"]:
        assert f" | {md_text(article['path'])} | " in rows[article["id"]], rows[article["id"]]
        assert f"{article['id']}  {article['path']}  {article['url']}" in text.splitlines(), text[-800:]
    missing = newsfuse("brief", "--store", store, "--story", "s999999", check_code=1)
    assert "no story 's999999'" in missing.stderr and "newsfuse stories --store" in missing.stderr


@needs_posix
@pytest.mark.parametrize("signum,code", [(signal.SIGINT, 130),
                                         pytest.param(signal.SIGTERM, 143, marks=pytest.mark.slow)])
def test_interrupted_group_says_what_it_kept_and_resumes(tmp_path, signum, code):
    recs = records("allsides_2021a.jsonl", 160)  # the first commit comes after 64 articles
    src = write_jsonl(tmp_path / "in.jsonl", recs)
    out, store = tmp_path / "a.jsonl", tmp_path / "s.db"
    proc = subprocess.Popen([sys.executable, "-m", "newsfuse", "group", str(src), "--out", str(out),
                             "--store", str(store), "--workers", "2"],
                            env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while committed(store) == 0 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, "the run ended before it could be interrupted"
    proc.send_signal(signum)
    sent = time.monotonic()
    _, err = proc.communicate(timeout=30)
    assert time.monotonic() - sent < 10
    assert proc.returncode == code
    assert "Traceback" not in err
    last = err.strip().splitlines()[-1]
    assert last.startswith("newsfuse: interrupted; ") and "articles committed" in last
    assert last.endswith("rerun the same command to resume")
    kept = committed(store)
    assert kept > 0 and f"{kept} articles committed" in last
    newsfuse("group", src, "--out", out, "--store", store, "--workers", "2")
    assert set(read_assignments(out)) == {r["id"] for r in recs if (r.get("text") or "").strip()}


def _children(pid: int) -> set[int]:
    """The processes whose parent is ``pid`` (from /proc: no extra dependency)."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.add(int(entry.name))
    return found


def _running(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.fault
@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc to find the workers")
def test_workers_of_a_killed_run_end_with_it_and_a_rerun_completes(tmp_path):
    """SIGKILL (or the OOM killer) lets the driver clean up nothing. Before: the local pool's
    two workers (360 MB each with their models) waited for ever on their task queue, reparented
    to init; now each ends within a second or so of its parent. The rerun then completes."""
    recs = records("allsides_2021a.jsonl", 160)
    src = write_jsonl(tmp_path / "in.jsonl", recs)
    out, store = tmp_path / "a.jsonl", tmp_path / "s.db"
    proc = subprocess.Popen([sys.executable, "-m", "newsfuse", "group", str(src), "--out", str(out),
                             "--store", str(store), "--workers", "2"],
                            env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while committed(store) == 0 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, "the run ended before it could be killed"
    workers = {p for p in _children(proc.pid)
               if b"spawn_main" in Path(f"/proc/{p}/cmdline").read_bytes()}
    assert len(workers) == 2
    proc.kill()
    proc.wait(timeout=30)
    deadline = time.monotonic() + 20
    while any(_running(p) for p in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    left = {p for p in workers if _running(p)}
    for pid in left:  # do not leave them to the next test either
        os.kill(pid, signal.SIGKILL)
    assert not left, "workers outlived the killed run"
    newsfuse("group", src, "--out", out, "--store", store, "--workers", "2")
    assert set(read_assignments(out)) == {r["id"] for r in recs if (r.get("text") or "").strip()}


@needs_posix
@pytest.mark.fault
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc to find the workers")
@pytest.mark.parametrize("moment", ["workers-starting", pytest.param("working", marks=pytest.mark.slow)])
def test_ctrl_c_on_a_dask_group_is_one_line_from_the_driver(tmp_path, moment):
    """Ctrl-C reaches the terminal's whole process group. Before: each Dask worker process
    printed a traceback of its own ("Process Dask Worker process (from Nanny): ... KeyboardInterrupt",
    or one from the middle of its imports while it started) above the driver's line."""
    recs = records("allsides_2021a.jsonl", 160)
    src = write_jsonl(tmp_path / "in.jsonl", recs)
    out, store = tmp_path / "a.jsonl", tmp_path / "s.db"
    proc = subprocess.Popen([sys.executable, "-m", "newsfuse", "group", str(src), "--out", str(out),
                             "--store", str(store), "--engine", "dask", "--workers", "2"],
                            env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    deadline = time.monotonic() + 180

    def workers() -> set[int]:
        return {p for p in _children(proc.pid) if b"spawn_main" in Path(f"/proc/{p}/cmdline").read_bytes()}

    if moment == "workers-starting":
        while len(workers()) < 2 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        time.sleep(0.3)  # inside their imports
    else:
        while committed(store) == 0 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
    assert proc.poll() is None, "the run ended before it could be interrupted"
    started = workers()
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("newsfuse: interrupted; "), err
    deadline = time.monotonic() + 20
    while any(_running(p) for p in started) and time.monotonic() < deadline:
        time.sleep(0.2)
    left = {p for p in started if _running(p)}
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert not left, "Dask workers outlived the interrupted run"


def briefs_saved(store: Path) -> int:
    try:
        with sqlite3.connect(f"file:{store}?mode=ro", uri=True) as db:
            return db.execute("SELECT COUNT(*) FROM briefs").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_interrupted_brief_all_says_what_it_kept_and_resumes(tmp_path):
    """Before: Ctrl-C on ``brief --store --all`` said only "newsfuse: interrupted", not how many
    briefs the store kept or that a rerun goes on from there, as batch and group say."""
    recs = records("allsides_2021a.jsonl", 40)
    store = tmp_path / "s.db"
    newsfuse("group", write_jsonl(tmp_path / "in.jsonl", recs), "--store", store, "--workers", "1")
    n_stories = len(json.loads(newsfuse("stories", "--store", store, "--format", "json").stdout)["stories"])
    proc = subprocess.Popen([sys.executable, "-m", "newsfuse", "brief", "--store", str(store), "--all",
                             "--workers", "1", "--sections", "all"],
                            env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 180
    while briefs_saved(store) == 0 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, "the run ended before it could be interrupted"
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130 and "Traceback" not in err
    last = err.strip().splitlines()[-1]
    kept = briefs_saved(store)
    assert 0 < kept < n_stories
    assert last == (f"newsfuse: interrupted: {kept} of {n_stories} stories have an up-to-date brief in {store} "
                    f"({kept} from this run); rerun the same command to resume"), last
    done = newsfuse("brief", "--store", store, "--all", "--workers", "1", "--sections", "all")
    assert f"{n_stories - kept} stories briefed, {kept} already up to date, 0 failed" in done.stderr
    assert briefs_saved(store) == n_stories


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.slow
def test_web_app_reads_the_store_while_group_writes_it(tmp_path):
    first = records("allsides_2021a.jsonl", 40)
    rest = records("allsides_2021a.jsonl", 200)[40:]
    store = tmp_path / "s.db"
    newsfuse("group", write_jsonl(tmp_path / "first.jsonl", first), "--store", store, "--workers", "1")

    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([sys.executable, "-m", "newsfuse", "serve", "--store", str(store), "--port", str(port)],
                              env=ENV, stdout=subprocess.DEVNULL, stderr=open(tmp_path / "server.log", "w"))
    writer = None
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline and server.poll() is None, (tmp_path / "server.log").read_text()
            time.sleep(0.2)
        writer = subprocess.Popen([sys.executable, "-m", "newsfuse", "group",
                                   str(write_jsonl(tmp_path / "rest.jsonl", rest)), "--store", str(store),
                                   "--workers", "1"], env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        seen: list[int] = []
        while writer.poll() is None:
            r = httpx.get(f"{base}/api/stories", timeout=30)
            assert r.status_code == 200
            seen.append(sum(s["n_articles"] for s in r.json()["stories"]))
            time.sleep(0.1)
        assert writer.wait() == 0, writer.stderr.read()
        final = httpx.get(f"{base}/api/stories", timeout=30).json()
        assert seen and seen == sorted(seen) and seen[0] >= len(first)
        assert sum(s["n_articles"] for s in final["stories"]) == 200 > seen[0]
        jsonschema.validate(final, schema("stories.schema.json"))
        cli = json.loads(newsfuse("stories", "--store", store, "--format", "json").stdout)
        assert final["stories"] == cli["stories"]

        # a small story briefed by the CLI (which writes the cache while the server reads) is
        # served from that cache: the same brief
        story = next(s for s in final["stories"] if s["n_articles"] in (2, 3)
                     and all(a.startswith("allsides-") for a in s["articles"]))
        cli_brief = json.loads(newsfuse("brief", "--store", store, "--story", story["id"], "--format", "json").stdout)
        page = httpx.get(f"{base}/", timeout=30)
        assert page.status_code == 200 and f'href="/stories/{story["id"]}"' in page.text
        api = httpx.get(f"{base}/api/stories/{story['id']}", timeout=60)
        assert api.status_code == 200 and api.json() == cli_brief
        report = httpx.get(f"{base}/stories/{story['id']}", timeout=120)
        assert report.status_code == 200 and "<html" in report.text[:200].lower()
        assert httpx.get(f"{base}/api/stories/s999999", timeout=30).status_code == 404
        assert httpx.get(f"{base}/new", timeout=30).status_code == 200  # the paste form moved here
    finally:
        for proc in (writer, server):
            if proc is not None and proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    proc.kill()


@needs_posix
def test_group_without_a_store_removes_its_working_store_while_it_still_holds_the_out_file(
        tmp_path, monkeypatch):
    """'group --out a.jsonl' keeps its work in a.jsonl.store and removes it once done. It let
    the --out claim go first: a second run given the same --out could claim it in between,
    open that store as its own and lose it to the first run's removal. Each removal is checked
    to happen while the claim is still held."""
    import fcntl

    from typer.testing import CliRunner

    from newsfuse.cli import app

    src = write_jsonl(tmp_path / "in.jsonl", records("allsides_2021a.jsonl", 6))
    out = tmp_path / "a.jsonl"
    real_remove, held = os.remove, []

    def remove(path, *args, **kwargs):
        if str(path).startswith(f"{out}.store"):
            with open(out, "a") as other:  # another open file: refused while the run holds it
                try:
                    fcntl.flock(other.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    held.append(True)
                else:
                    held.append(False)
        return real_remove(path, *args, **kwargs)

    monkeypatch.setattr(os, "remove", remove)
    result = CliRunner().invoke(app, ["group", str(src), "--out", str(out), "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert held and all(held), held
    assert len(read_assignments(out)) == 6 and not Path(f"{out}.store").exists()
