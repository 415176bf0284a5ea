"""The exit codes, one rule for every command (README, "Exit codes"), each on a real command:
2 for a usage error whoever finds it (click, an option's callback, or a library check raising
``errors.UsageError``), 1 for input that could not be read, a run that failed, or a partial run
(some of the lines, clusters, stories or records a command writes one result for were left out,
the rest written), 0 otherwise. 130 and 143 on an interrupt are tested with the signals
(tests/test_fault_signals.py, tests/test_corpus_cli.py)."""

from __future__ import annotations

import json
import socket
import subprocess
import sys

import pytest

from corpus_data import read_assignments, records


def run(*args, **kw):
    return subprocess.run([sys.executable, "-m", "newsfuse", *map(str, args)], capture_output=True,
                          text=True, timeout=300, **kw)


def one_error_line(result) -> str:
    assert "Traceback" not in result.stderr and result.stdout == "", (result.stdout, result.stderr)
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("newsfuse: error: "), line
    return line


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_usage_error_exits_2_whoever_finds_it(example_paths, tmp_path):
    """Before: '--words 0', 'batch --workers 0', an --out that names a folder or an input,
    and 'serve --host ""' exited 1, as unreadable input does, while a bad --format or --port
    exited 2: the library found the first ones, click the others."""
    article = example_paths[0]
    clusters = tmp_path / "clusters.jsonl"
    clusters.write_text(json.dumps({"id": "c1", "documents": [article.read_text(encoding="utf-8")]}) + "\n")
    (tmp_path / "have").mkdir()
    for args, said in (
            (("brief", article, "--words", "0"), "--words: a summary of 0 words is too short"),
            (("batch", clusters, "--out", tmp_path / "o.jsonl", "--words", "5"), "--words: a summary of 5 words"),
            (("batch", clusters, "--out", tmp_path / "o.jsonl", "--workers", "0"), "--workers: must be at least 1"),
            (("batch", clusters, "--out", clusters), "--out is the input file"),
            (("brief", article, "--out", tmp_path / "have"), "--out is a folder"),
            (("brief", article, "--out", article), "is also the --out file"),
            (("brief", article, "--format", "pdf"), "--format: 'pdf' is not a format"),
            (("serve", "--host", "", "--port", free_port()), "--host: an empty host would listen on every interface"),
            (("serve", "--port", "99999"), "--port: 99999 is not a TCP port")):
        result = run(*args)
        assert result.returncode == 2, (args, result.stderr)
        assert said in one_error_line(result), (args, result.stderr)
    assert not (tmp_path / "o.jsonl").exists() and list((tmp_path / "have").iterdir()) == []


def test_input_that_cannot_be_read_exits_1(tmp_path):
    for args, said in ((("brief", tmp_path / "missing.txt"), "missing.txt: no such file or folder"),
                       (("batch", tmp_path, "--out", tmp_path / "o.jsonl"), "is a folder; give one JSONL file"),
                       (("stories", "--store", tmp_path / "missing.db"), "missing.db")):
        result = run(*args)
        assert result.returncode == 1, (args, result.stderr)
        assert said in one_error_line(result), (args, result.stderr)


def test_a_partial_run_exits_1_whichever_command_ran_it(example_paths, tmp_path):
    """Before: 'group' exited 0 when it skipped lines and 'eval' when it left records
    unscored, while 'batch' and 'brief --all' exited 1 for a cluster or story left out. Each
    writes the rest, says what it left out, and exits 1."""
    pytest.importorskip("newsfuse.corpus.grouping", reason="the story grouping module is not on this branch")
    stream = records("allsides_2021a.jsonl", 6)
    feed = tmp_path / "feed.jsonl"
    lines = [json.dumps(r) for r in stream]
    lines.insert(2, "{not json")
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    grouped = run("group", feed, "--out", tmp_path / "a.jsonl", "--workers", "1")
    assert grouped.returncode == 1 and "Traceback" not in grouped.stderr, grouped.stderr
    assert f"{feed}:3: skipped, malformed JSON" in grouped.stderr and "1 line skipped" in grouped.stderr
    assert set(read_assignments(tmp_path / "a.jsonl")) == {r["id"] for r in stream}

    documents = [p.read_text(encoding="utf-8") for p in example_paths[:2]]
    scored = tmp_path / "eval.jsonl"
    scored.write_text("".join(json.dumps(r) + "\n" for r in (
        {"id": "c1", "documents": documents, "summary": "Russia said 62 Syrian troops were killed in air strikes."},
        {"id": "c2", "documents": documents})), encoding="utf-8")  # no reference summary: not scored
    result = run("eval", scored, "--systems", "lead")
    assert result.returncode == 1, result.stderr
    assert "1 of 2 records not scored" in result.stderr and "lead" in result.stdout

    batch = tmp_path / "clusters.jsonl"
    batch.write_text(json.dumps({"id": "c1", "documents": documents}) + "\n{not json\n", encoding="utf-8")
    result = run("batch", batch, "--out", tmp_path / "briefs.jsonl", "--words", "60")
    assert result.returncode == 1 and "1 briefed, 0 already done, 1 failed" in result.stderr, result.stderr
    assert [json.loads(line)["id"] for line in (tmp_path / "briefs.jsonl").read_text().splitlines()] == ["c1"]


def test_a_brief_names_the_inputs_it_left_out_in_itself_and_exits_0(example_paths, tmp_path):
    """A brief is one result: an input it could not read is named in its warnings (as a
    document without text is in a batch line's brief), not a result left out."""
    folder = tmp_path / "story"
    folder.mkdir()
    for path in example_paths[:2]:
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "notes.txt").write_text("")
    result = run("brief", folder, "--sections", "none", "--format", "json")
    assert result.returncode == 0, result.stderr
    assert any(w.startswith("a3 (") and "notes.txt): skipped, file is empty" in w
               for w in json.loads(result.stdout)["warnings"])
