"""The command line as a user runs it: real processes, real files, one-line errors."""

import json
import subprocess
import sys

import pytest

from conftest import needs_posix, train_records


def run(*args, input=None, cwd=None):
    return subprocess.run([sys.executable, "-m", "newsfuse", *map(str, args)], capture_output=True,
                          text=True, input=input, cwd=cwd, timeout=600)


def assert_one_line_error(result, *needles):
    assert result.returncode != 0
    err = result.stderr.strip()
    assert "Traceback" not in err
    assert len(err.splitlines()) == 1, err
    for needle in needles:
        assert needle in err


def test_cli_brief_markdown_to_file(example_dir, tmp_path):
    out = tmp_path / "brief.md"
    result = run("brief", example_dir, "--format", "md", "--words", "120", "--sections", "none", "--out", out)
    assert result.returncode == 0, result.stderr
    text = out.read_text()
    assert text.startswith("# ")
    assert "## Summary" in text and "## Sources" in text
    assert "[a" in text  # numbered citations like [a2, a4]


def test_cli_brief_json_from_stdin(example_paths):
    result = run("brief", "-", "--format", "json", "--sections", "none", input=example_paths[3].read_text())
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["schema"] == "newsfuse.brief/1"
    assert data["articles"][0]["path"] is None
    assert data["summary"]


def test_cli_bad_inputs_give_one_line_errors(tmp_path):
    assert_one_line_error(run("brief", tmp_path / "missing.txt"), "missing.txt", "no such file")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    assert_one_line_error(run("brief", empty), "empty.txt", "empty")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 64)
    assert_one_line_error(run("brief", binary), "photo.txt", "binary")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"title": "x", "text": "Some text here."}\n{"title": oops}\n')
    assert_one_line_error(run("brief", bad), "bad.jsonl:2", "malformed JSON")
    assert_one_line_error(run("brief", tmp_path, "--words", "5"), "")


def test_cli_batch_writes_as_it_goes_skips_bad_and_resumes(tmp_path):
    records = train_records(3)
    src = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": r["id"], "documents": r["documents"]}) for r in records]
    lines.insert(1, "{this is not json")
    src.write_text("\n".join(lines) + "\n")
    out = tmp_path / "out.jsonl"
    # a run that was killed after one record, mid-way through writing the second line
    first = run("batch", src, "--out", out, "--words", "80")
    assert first.returncode == 1  # one bad record
    assert "skipped line-2" in first.stderr and "Traceback" not in first.stderr
    done = [json.loads(line) for line in out.read_text().splitlines()]
    assert [d["id"] for d in done] == [r["id"] for r in records]
    assert all(d["summary"] and d["brief"]["schema"] == "newsfuse.brief/1" for d in done)
    assert all(len(d["summary"].split()) <= 80 for d in done)
    kept = out.read_text().splitlines()[0]
    out.write_text(kept + "\n" + '{"id": "half-writ')
    again = run("batch", src, "--out", out, "--words", "80")
    assert "2 briefed, 1 already done" in again.stderr
    ids = [json.loads(line)["id"] for line in out.read_text().splitlines()]
    assert sorted(ids) == sorted(r["id"] for r in records)


def test_cli_arguments_are_paths_and_web_addresses_are_refused(tmp_path, example_dir):
    """Before: a mistyped folder name was briefed as a one-line article ("no article has any
    reporting left after cleaning; article 1: dropped"), and so was a web address."""
    assert_one_line_error(run("brief", "storyy", cwd=tmp_path), "storyy: no such file or folder")
    url = "https://www.bbc.com/news/world-middle-east-37404925"
    for command in (["brief", url], ["group", url, "--out", tmp_path / "a.jsonl"]):
        assert_one_line_error(run(*command), url, "is a web address; newsfuse reads files", "curl -o page.html")
    import newsfuse

    with pytest.raises(newsfuse.InputError, match="is a web address"):
        newsfuse.brief(url)


def test_cli_batch_streams_to_a_pipe(tmp_path):
    """Before: --out /dev/stdout (a pipe) was read first to find ids to resume, so batch
    waited forever on the pipe it was meant to write, and nothing came out."""
    records = train_records(2)
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": r["id"], "documents": r["documents"]}) + "\n" for r in records))
    proc = subprocess.run([sys.executable, "-m", "newsfuse", "batch", str(src), "--out", "/dev/stdout"],
                          capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr[-500:]
    assert [json.loads(line)["id"] for line in proc.stdout.splitlines()] == [r["id"] for r in records]


def test_cli_batch_input_that_is_not_a_jsonl_file_is_one_line(tmp_path, example_dir):
    """Before: a folder stopped batch with "internal error: IsADirectoryError", and a binary
    file gave one "malformed JSON" line per chunk of bytes."""
    binary = tmp_path / "photo.jsonl"
    binary.write_bytes(bytes(range(256)) * 64)
    for command in (["batch", "--out", tmp_path / "o.jsonl"], ["eval"], ["eval-stories"]):
        # eval: "IsADirectoryError"; eval-stories: "UnicodeDecodeError" on the binary file
        assert_one_line_error(run(command[0], example_dir, *command[1:]), "is a folder; give one JSONL file")
        assert_one_line_error(run(command[0], binary, *command[1:]), "photo.jsonl", "binary file")
    assert not (tmp_path / "o.jsonl").exists()
    # train-scorer reads .jsonl.gz too, so binary is told by decoding: "internal error" before
    assert_one_line_error(run("train-scorer", "--train", binary, "--out", tmp_path / "m.txt"),
                          "photo.jsonl", "not JSONL text")
    cut = tmp_path / "train.jsonl.gz"
    import gzip

    cut.write_bytes(gzip.compress(b'{"id": "x", "documents": []}\n' * 50)[:40])
    assert_one_line_error(run("train-scorer", "--train", cut, "--out", tmp_path / "m.txt"), "train.jsonl.gz")


def test_cli_batch_refuses_out_equal_to_input_and_creates_out_folder(tmp_path):
    records = train_records(2)
    src = tmp_path / "clusters.jsonl"
    original = "".join(json.dumps({"id": r["id"], "documents": r["documents"]}) + "\n" for r in records)
    src.write_text(original)
    # --out naming the input would "resume" it: every id looks done, nothing is briefed
    same = run("batch", src, "--out", src, "--words", "60")
    assert_one_line_error(same, "clusters.jsonl", "input file")
    assert src.read_text() == original
    # an output folder that does not exist yet is made, as 'brief --out' does
    out = tmp_path / "new" / "sub" / "briefs.jsonl"
    made = run("batch", src, "--out", out, "--words", "60")
    assert made.returncode == 0, made.stderr
    assert "Traceback" not in made.stderr and "internal error" not in made.stderr
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == [r["id"] for r in records]


def test_cli_batch_refuses_an_out_file_that_is_not_its_output_and_leaves_it_untouched(tmp_path, example_paths):
    """Before: resuming cut the output back to its first line that was not JSON, so an --out
    naming someone's notes lost them (truncated to nothing), a batch output with one damaged
    line lost every brief after it, and a binary file stopped batch with "internal error:
    UnicodeDecodeError". Now each is refused in one line and the file keeps every byte."""
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "deir", "documents": [p.read_text() for p in example_paths[:2]]}) + "\n")
    briefs = "".join(json.dumps({"id": f"c{i}", "summary": "s", "brief": {}}) + "\n" for i in range(3))
    damaged = briefs.replace('"c1"', "c1", 1)
    cases = {"notes.txt": b"my notes, no newline at the end", "damaged.jsonl": damaged.encode(),
             "photo.jsonl": bytes(range(256)) * 16, "list.json": b'[{"id": "x"}]\n'}
    for name, data in cases.items():
        out = tmp_path / name
        out.write_bytes(data)
        assert_one_line_error(run("batch", src, "--out", out, "--sections", "none"), name,
                              "not a newsfuse output line", "give another --out")
        assert out.read_bytes() == data, name
    # a blank line is no damage, and a killed run's half-written last line is still cut off
    out = tmp_path / "resumed.jsonl"
    out.write_text(briefs + "\n" + '{"id": "deir", "summ')
    again = run("batch", src, "--out", out, "--sections", "none", "--words", "60")
    assert again.returncode == 0, again.stderr
    assert [json.loads(line)["id"] for line in out.read_text().splitlines() if line] == ["c0", "c1", "c2", "deir"]


@needs_posix
def test_cli_out_that_is_a_pipe_or_a_link_is_written_through_and_a_full_disk_is_one_line(tmp_path, example_paths):
    """--out was written beside its target and renamed over it, whatever the target: a FIFO
    (or, run as root, a device such as /dev/full) was replaced by a regular file, and a symlink
    by a file of its own. A full output was 'internal error: OSError: [Errno 28]', status 2."""
    import os
    import stat

    fifo = tmp_path / "brief.md"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # a reader waits, as a pipeline's would
    try:
        piped = run("brief", example_paths[0], "--format", "md", "--sections", "none", "--out", fifo)
        assert piped.returncode == 0, piped.stderr
        assert stat.S_ISFIFO(os.stat(fifo).st_mode)
        assert os.read(reader, 1 << 16).decode().startswith("# ")
    finally:
        os.close(reader)
    (tmp_path / "kept").mkdir()
    target, link = tmp_path / "kept" / "brief.md", tmp_path / "link.md"
    link.symlink_to(target)
    linked = run("brief", example_paths[0], "--format", "md", "--sections", "none", "--out", link)
    assert linked.returncode == 0, linked.stderr
    assert link.is_symlink() and target.read_text().startswith("# ")
    if not (os.path.exists("/dev/full") and stat.S_ISCHR(os.stat("/dev/full").st_mode)):
        return
    with open("/dev/full", "w") as full:
        proc = subprocess.run([sys.executable, "-m", "newsfuse", "brief", str(example_paths[0]), "--sections",
                               "none"], stdout=full, stderr=subprocess.PIPE, text=True, timeout=600)
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == ["newsfuse: error: cannot write the output (No space left on device)"]


@pytest.mark.slow
def test_cli_brief_one_megabyte_article(tmp_path):
    records = train_records(100)
    paragraphs = [p.strip() for r in records for d in r["documents"] for p in d.split("\n") if len(p.split()) > 8]
    text, size = [], 0
    for p in paragraphs * 3:
        text.append(p)
        size += len(p) + 2
        if size > 1_000_000:
            break
    path = tmp_path / "huge.txt"
    path.write_text("\n\n".join(text))
    result = run("brief", path, "--format", "json", "--sections", "none")
    assert result.returncode == 0, result.stderr[-500:]
    assert json.loads(result.stdout)["summary"]


def test_cli_brief_refuses_more_words_than_a_brief_can_hold(tmp_path):
    """Before: a 50 MB text file was analysed as one article, 1 MB of it took 54 s of CPU and
    0.9 GB with every section, and the whole file was still running after 5 minutes with the
    summary alone, nothing written. Now the size is checked before any analysis."""
    records = train_records(100)
    text = "\n\n".join(d for r in records for d in r["documents"])
    repeats = 600_000 // len(text.split()) + 1
    path = tmp_path / "archive.txt"
    path.write_text("Ten years of reports\n\n" + "\n\n".join([text] * repeats))
    result = run("brief", path, "--format", "json", "--sections", "none", "--out", tmp_path / "b.json")
    assert_one_line_error(result, "words", "the limit is 500,000", "archive.txt", "newsfuse group")
    assert not (tmp_path / "b.json").exists()
    import newsfuse

    with pytest.raises(newsfuse.InputError, match="the limit is 500,000"):
        newsfuse.brief([path], sections=[])


@pytest.mark.slow
def test_cli_brief_cluster_of_500_articles(tmp_path):
    """500 real articles (their opening paragraphs) as one JSONL cluster: a result, no error."""
    docs = [d for r in train_records(250) for d in r["documents"]]
    articles = []
    for n in range(500):
        paragraphs = [p for p in docs[n % len(docs)].split("\n") if len(p.split()) > 8]
        if paragraphs:
            start = (n // len(docs)) * 2  # later copies take later paragraphs: no exact duplicates
            articles.append({"text": "\n\n".join(paragraphs[start:start + 2] or paragraphs[:2]),
                             "source": f"outlet {n}"})
    path = tmp_path / "many.jsonl"
    path.write_text("\n".join(json.dumps(a) for a in articles) + "\n")
    result = run("brief", path, "--format", "json", "--sections", "none", "--words", "200")
    assert result.returncode == 0, result.stderr[-500:]
    data = json.loads(result.stdout)
    dropped = [w for w in data.get("warnings", []) if "dropped" in w]
    assert len(data["articles"]) + len(dropped) == len(articles)  # every dropped article is reported
    assert len(data["articles"]) > 400
    assert 0 < data["summary_words"] <= 200


def test_cli_batch_with_two_workers_matches_one(tmp_path):
    records = train_records(4)
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps({"id": r["id"], "documents": r["documents"]}) for r in records) + "\n")
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert run("batch", src, "--out", one).returncode == 0
    assert run("batch", src, "--out", two, "--workers", "2").returncode == 0
    first = {json.loads(line)["id"]: json.loads(line)["summary"] for line in one.read_text().splitlines()}
    second = {json.loads(line)["id"]: json.loads(line)["summary"] for line in two.read_text().splitlines()}
    assert first == second and len(first) == 4


def test_cli_eval_scores_newsfuse_and_baselines_in_one_run(tmp_path):
    records = train_records(2)
    src = tmp_path / "ml.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    scores = tmp_path / "scores.json"
    result = run("eval", src, "--words", "300", "--json", scores)
    assert result.returncode == 0, result.stderr
    assert "2 clusters, summaries cut at 300 words" in result.stdout
    data = json.loads(scores.read_text())
    assert set(data["scores"]) == {"newsfuse", "lead", "lexrank", "textrank"}
    for system in data["scores"].values():
        assert 20 < system["rouge1"] < 80 and 0 < system["rouge2"] < system["rouge1"]


def test_cli_eval_without_references_is_an_error_not_an_empty_table(tmp_path):
    records = train_records(2)
    bare = tmp_path / "bare.jsonl"
    bare.write_text("".join(json.dumps({"id": r["id"], "documents": r["documents"]}) + "\n" for r in records))
    # before: exit 0 and a table of "0 clusters" with no rows
    assert_one_line_error(run("eval", bare, "--systems", "lead"), "bare.jsonl", "reference summary")
    broken = tmp_path / "broken.jsonl"
    broken.write_text(json.dumps(records[0]) + "\n" + '{"id": oops}\n')
    assert_one_line_error(run("eval", broken, "--systems", "lead"), "broken.jsonl:2", "malformed JSON")


def test_cli_eval_says_how_many_records_it_left_out_and_train_scorer_skips_odd_ones(tmp_path, example_paths):
    """Before: eval scored 1 record of 3 and printed "(1 clusters ...)" without a word on the
    other two (a reference summary given as a list of lines is scored since the eleventh
    session: only the line that is not a record is left out); train-scorer stopped at a summary given as a list (or a line that is a list)
    with "internal error: AttributeError: 'list' object has no attribute 'strip'"."""
    docs = [p.read_text() for p in example_paths]
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_text(json.dumps({"id": "deir", "documents": docs[:3],
                                 "summary": "US-led strikes killed Syrian soldiers near Deir ez-Zor."}) + "\n"
                     + json.dumps({"id": "listed", "documents": docs[3:], "summary": ["a list", "of lines"]}) + "\n"
                     + "[1, 2]\n")
    scored = run("eval", mixed, "--systems", "lead")
    assert scored.returncode == 1, scored.stderr  # a partial run (README, "Exit codes")
    assert "(2 clusters" in scored.stdout
    assert scored.stderr.strip().splitlines()[-1] == (
        f"newsfuse: {mixed}: 1 of 3 records not scored (no documents, no reference summary, "
        "or nothing left after cleaning)")
    trained = run("train-scorer", "--train", mixed, "--out", tmp_path / "m.txt", "--trees", "2")
    assert "Traceback" not in trained.stderr and "internal error" not in trained.stderr, trained.stderr


def test_cli_folder_with_a_bad_file_briefs_the_good_ones(tmp_path, example_paths):
    import shutil

    for p in example_paths[:2]:
        shutil.copy(p, tmp_path / p.name)
    (tmp_path / "notes.txt").write_text("")
    result = run("brief", tmp_path, "--format", "json", "--sections", "none")
    assert result.returncode == 0, result.stderr
    # named by the number it would have had, after the two reports sorted before it
    assert f"a3 ({tmp_path / 'notes.txt'}): skipped, file is empty" in result.stderr
    assert "Traceback" not in result.stderr
    data = json.loads(result.stdout)
    assert len(data["articles"]) == 2 and data["summary"]
    assert any("notes.txt): skipped" in w for w in data["warnings"])


def test_cli_usage_errors_are_one_line(example_dir):
    # before: a multi-line framed panel with the usage text
    assert_one_line_error(run("brief", example_dir, "--format", "pdf"), "--format", "'pdf'", "newsfuse: error:")
    assert_one_line_error(run("brief", example_dir, "--words", "many"), "--words")
    assert_one_line_error(run("brief", example_dir, "--bogus"), "--bogus")
    assert_one_line_error(run("brief"), "PATH")
    assert_one_line_error(run("frobnicate"), "frobnicate")
    assert run("brief", example_dir, "--format", "pdf").returncode == 2
    helped = run("brief", "--help")
    assert helped.returncode == 0 and "--format" in helped.stdout


def test_cli_batch_bad_words_fails_once_before_any_record(tmp_path):
    records = train_records(3)
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": r["id"], "documents": r["documents"]}) + "\n" for r in records))
    out = tmp_path / "out.jsonl"
    # before: every record was briefed, failed and reported on its own line
    assert_one_line_error(run("batch", src, "--out", out, "--words", "0"), "--words", "at least 10")
    assert not out.exists() or out.read_text() == ""


def _brief_in_process(args, tmp_path):
    """``newsfuse brief ARGS`` in a process that also registered an atexit function and holds
    an object whose destructor would print at interpreter teardown."""
    code = (
        "import atexit, sys\n"
        "atexit.register(lambda: print('atexit ran', file=sys.stderr))\n"
        "class Teardown:\n"
        "    def __del__(self):\n"
        "        print('teardown ran', file=sys.stderr)\n"
        "keep = Teardown()\n"
        f"sys.argv = ['newsfuse', 'brief', *{[str(a) for a in args]!r}]\n"
        "from newsfuse.cli import main\n"
        "main()\n")
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=600,
                          cwd=tmp_path)


def test_cli_brief_of_files_ends_without_interpreter_teardown(example_paths, tmp_path):
    """A brief of input files is written and closed when the command returns: atexit
    functions still run and the output is whole, but the interpreter does not free its
    objects one by one (the destructor above never prints). Errors exit as before."""
    done = _brief_in_process([example_paths[0], "--sections", "none", "--format", "json",
                              "--out", tmp_path / "b.json"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads((tmp_path / "b.json").read_text())["summary"]
    assert "atexit ran" in done.stderr and "teardown ran" not in done.stderr
    on_stdout = _brief_in_process([example_paths[0], "--sections", "none", "--format", "json"], tmp_path)
    assert on_stdout.returncode == 0 and json.loads(on_stdout.stdout)["summary"]
    failed = _brief_in_process([tmp_path / "missing.txt"], tmp_path)
    assert failed.returncode != 0
    assert "atexit ran" in failed.stderr and "teardown ran" in failed.stderr


def test_an_interpreter_without_cpythons_exit_hook_ends_a_brief_the_normal_way():
    """The quick end of a brief calls CPython's ``atexit._run_exitfuncs``; where there is no
    such hook, the process exits as usual (atexit functions once, status 0, no traceback)."""
    code = ("import atexit, sys\n"
            "atexit.register(lambda: print('atexit ran', file=sys.stderr))\n"
            "del atexit._run_exitfuncs\n"
            "from newsfuse import interrupts\n"
            "interrupts.finish(0, teardown=False)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stderr.count("atexit ran") == 1 and "Traceback" not in done.stderr


def test_cli_figures_learned_shows_the_linkers_groups(example_dir, example_cluster):
    """brief --figures learned: the claims are the linker's groups, not the hand rules'
    (which differ on the example); an unknown grouping is a one-line error naming the choices."""
    from newsfuse.crosscheck.claims import find_claims

    result = run("brief", example_dir, "--sections", "claims", "--figures", "learned", "--format", "json")
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout)["claims"]
    rules = json.loads(json.dumps(find_claims(example_cluster)))
    learned = json.loads(json.dumps(find_claims(example_cluster, figures="learned")))
    assert shown == learned and shown != rules
    assert_one_line_error(run("brief", example_dir, "--figures", "neural"), "--figures", "rules or learned")


def test_a_wrong_choice_is_refused_in_one_wording_by_every_command(example_dir, tmp_path):
    """brief's and batch's --scorer, and the web API (tests/test_server.py), say it alike: the
    command line had its own checks in other words ("unknown scorer 'magic'; choose from ...")."""
    said = "--scorer: 'magic' is not a summary scorer; use learned or heuristic"
    assert_one_line_error(run("brief", example_dir, "--scorer", "magic"), said)
    clusters = tmp_path / "c.jsonl"
    clusters.write_text(json.dumps({"id": "c1", "documents": ["The council voted on Tuesday."]}) + "\n")
    assert_one_line_error(run("batch", clusters, "--out", tmp_path / "o.jsonl", "--scorer", "magic"), said)
    assert_one_line_error(run("brief", example_dir, "--format", "pdf"),
                          "--format: 'pdf' is not a format newsfuse writes; use one of text, md, json, html")


def test_a_report_without_a_headline_is_named_by_its_opening_words_not_its_path(tmp_path):
    """A report whose first line is a paragraph has no title: the terminal's sources table
    showed its path, cut at the column ("/tmp/pytest-of-.../untitle…"). A reader knows a report by
    its first words, as a feed reader shows an item with no title; they are quoted, and the
    JSON's title stays null, since they are no headline. A report with a headline keeps it."""
    stories = tmp_path / "reports"
    stories.mkdir()
    (stories / "titled.txt").write_text(
        "Council approves river bridge\nThe city council approved a new bridge over the river on "
        "Tuesday. The mayor said it would cost 40 million dollars.\n", encoding="utf-8")
    (stories / "untitled.txt").write_text(
        "The city council voted on Tuesday to build a new bridge across the river, the mayor said.\n"
        "Building it will take three years.\n", encoding="utf-8")
    text = run("brief", stories, "--sections", "none")
    assert text.returncode == 0, text.stderr
    rows: dict[str, str] = {}
    for line in text.stdout[text.stdout.index("Sources"):].splitlines():
        if line.startswith("│"):  # a row, or its title wrapped onto the next line
            cells = [c.strip() for c in line.split("│")]
            if cells[1]:
                rows[cells[1]] = cells[2]
            else:
                rows[list(rows)[-1]] += " " + cells[2]
    assert rows == {"a1": "Council approves river bridge", "a2": "“The city council voted on Tuesday to build a new…”"}
    table, _, below = text.stdout.rpartition("└")
    assert str(tmp_path) not in table  # the path is no title; it is on its id's line below, whole
    assert below.splitlines()[1:] == [f"a1  {stories / 'titled.txt'}", f"a2  {stories / 'untitled.txt'}"]
    md = run("brief", stories, "--sections", "none", "--format", "md").stdout
    assert "| a2 | *“The city council voted on Tuesday to build a new…”* |" in md
    brief = json.loads(run("brief", stories, "--sections", "none", "--format", "json").stdout)
    assert [a["title"] for a in brief["articles"]] == ["Council approves river bridge", None]


def test_a_format_is_known_by_its_other_names(example_paths):
    """'--format markdown' was refused ("use one of text, md, json, html"): it is what pandoc
    and most tools call the format, as "txt" is a text file's."""
    import newsfuse
    from newsfuse.render import render

    one = example_paths[0]
    shown = run("brief", one, "--sections", "summary", "--format", "markdown")
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout == run("brief", one, "--sections", "summary", "--format", "md").stdout
    assert shown.stdout.startswith("# ")
    brief = newsfuse.brief([one.read_text(encoding="utf-8")], sections="summary")
    assert render(brief, "txt") == render(brief, "text")
