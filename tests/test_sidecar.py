"""The command line's helper process (``newsfuse.sidecar``): the answers it gives are the brief's own."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from conftest import SHARED, needs_posix, needs_small_pipe
from newsfuse import language, sidecar
from newsfuse.crosscheck import timeline
from newsfuse.crosscheck.date_reading import reading
from newsfuse.model import Article

SRC = Path(__file__).resolve().parents[1] / "src"

# the helper runs only where its pipes can be waited on by a deadline (sidecar.spawn_helper)
pytestmark = needs_posix


def _example_readings(cluster, monkeypatch) -> list[tuple[str, date, str]]:
    """Every (expression, base day, preference) the timeline of the example articles reads."""
    asked = []
    original = timeline.read_date

    def recording(text, base, prefer):
        asked.append((text, base, prefer))
        return original(text, base, prefer)

    monkeypatch.setattr(timeline, "read_date", recording)
    timeline.dated_mentions(cluster)
    monkeypatch.undo()
    return list(dict.fromkeys(asked))


def test_the_helper_reads_the_examples_dates_and_languages_as_the_brief_does(example_cluster, monkeypatch):
    """Each date expression the examples' timeline reads and each article's opening, asked of
    ``serve`` as the helper process is asked: the same days and the same languages (code and
    probability) as the brief's own reading and model give."""
    readings = _example_readings(example_cluster, monkeypatch)
    assert len(readings) >= 6
    readings = [(*r, ("day", "part_of_day")) for r in readings]
    readings += [("recent years", date(2016, 9, 18), "current_period", ("day", "part_of_day")),
                 ("this week", date(2016, 9, 18), "current_period", ("day", "part_of_day")),
                 # a day moved by a span, as the timeline reads "two days later"
                 ("in two days", date(2016, 9, 18), "current_period", ("day", "week")),
                 ("a week ago", date(2016, 9, 18), "current_period", ("day", "week"))]
    samples = [a.text[:language.SAMPLE_CHARS] for a in example_cluster.articles]
    lines = [json.dumps(["warm", "languages"]), json.dumps(["warm", "dates"])]
    lines += [json.dumps(["date", text, base.isoformat(), prefer, list(periods)])
              for text, base, prefer, periods in readings]
    lines += [json.dumps(["language", sample]) for sample in samples]
    lines.append(json.dumps(["languages", samples]))  # all in one question, as the brief asks
    out = io.StringIO()
    sidecar.serve(iter(line + "\n" for line in lines), out)
    answers = [json.loads(line)["answer"] for line in out.getvalue().splitlines()]
    days = [reading(*r) for r in readings]
    assert answers[:len(readings)] == [d.isoformat() if d else None for d in days]
    assert any(days) and None in days  # both kinds of answer were given
    local = [list(language.identifier().classify(s)) for s in samples]
    assert answers[len(readings):-1] == [[code, float(p)] for code, p in local]
    assert answers[-1] == answers[len(readings):-1]


def _fresh_brief(example_paths, helper: bool, hang: bool = False) -> dict:
    """The examples' brief (every section) in a fresh process, with the helper or without it;
    ``hang``: the helper is stopped (SIGSTOP: alive, its pipes open, answering nothing) just
    before the brief's first date question, whose deadline is cut to 2 s."""
    code = (
        "import json, os, signal, sys, time\n"
        "from newsfuse import sidecar\n"
        "from newsfuse.pipeline import brief_articles\n"
        "from newsfuse.readers import read_inputs\n"
        f"helper, hang = {helper!r}, {hang!r}\n"
        "asked, waits = [], []\n"
        "def asking(*a):\n"
        "    if hang and a[0] == 'date' and not waits:\n"
        "        os.kill(sidecar.helper_process.pid, signal.SIGSTOP)\n"
        "        sidecar.deadline = lambda name, args: 2.0\n"
        "    started = time.monotonic()\n"
        "    answer = ask(*a)\n"
        "    if waits or (hang and a[0] == 'date'):\n"
        "        waits.append([a[0], answer is sidecar.NOT_SERVED, time.monotonic() - started])\n"
        "    asked.append(a[0])\n"
        "    return answer\n"
        "if helper:\n"
        "    sidecar.enable()\n"
        "    ask, ahead = sidecar.ask, sidecar.ask_ahead\n"
        "    sidecar.ask = asking\n"
        "    sidecar.ask_ahead = lambda *a: (asked.append('ahead ' + a[0]), ahead(*a))[1]\n"
        "    process = sidecar.helper_process\n"
        f"b = brief_articles(read_inputs({[str(p) for p in example_paths]!r}))\n"
        "served = sidecar.helper_process is not None and not sidecar.helper_failed\n"
        "status = process.poll() if helper else None\n"
        "loaded = [m for m in ('onnxruntime', 'dateparser', 'py3langid') if m in sys.modules]\n"
        "print(json.dumps({'brief': b.to_json(), 'served': served, 'loaded': loaded, 'status': status,\n"
        "                  'asked': sorted(set(asked)), 'n': len(asked), 'waits': waits, 'order': asked}))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300,
                         env={**os.environ, "PYTHONPATH": str(SRC)})
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_a_brief_with_the_helper_is_the_brief_without_it(example_paths):
    """The examples briefed with every section in a fresh process that uses the helper (as the
    command line does) and in one that does not (the Python API): the helper answered the
    timeline's readings, the languages (the five in one question asked first, before the
    parse) and every sentence embedding (the timeline's asked ahead, before the claims ask for
    theirs), and the brief is the same."""
    with_helper = _fresh_brief(example_paths, helper=True)
    without = _fresh_brief(example_paths, helper=False)
    assert with_helper["served"] and with_helper["asked"] == ["ahead encode", "ahead languages", "date", "encode"]
    assert with_helper["n"] >= 11  # the timeline's 8 readings, the encoder runs
    order = with_helper["order"]
    assert order.index("ahead languages") == 0 and order.count("ahead languages") == 1
    assert order.count("ahead encode") == 1 and order.index("ahead encode") < order.index("encode")
    assert not without["served"] and without["n"] == 0
    assert with_helper["loaded"] == [] and without["loaded"] == ["onnxruntime", "dateparser", "py3langid"]
    assert with_helper["brief"] == without["brief"]


def test_a_helper_that_hangs_mid_brief_is_stopped_and_the_brief_is_the_same(example_paths):
    """A helper that stops answering without dying (stopped after answering the languages,
    asked before the parse, and before the timeline's first date, which is now asked before any encoder run: the
    timeline's run is asked ahead of the claims'): the brief waits out the first unanswered question's deadline,
    kills the helper, computes that answer and every later one itself, and completes with
    the brief computed without a helper."""
    hung = _fresh_brief(example_paths, helper=True, hang=True)
    without = _fresh_brief(example_paths, helper=False)
    assert hung["brief"] == without["brief"]
    assert not hung["served"] and hung["status"] == -signal.SIGKILL
    # the helper had answered the languages; no encoder run was asked of it (the timeline's,
    # asked ahead after its dates, went to a helper already given up)
    assert [a for a in hung["asked"] if not a.startswith("ahead ")] == ["date"]
    assert "ahead languages" in hung["asked"]
    first, *later = hung["waits"]
    assert first[:2] == ["date", True] and 2.0 <= first[2] < 10.0
    assert later and all(not_served for _, not_served, _ in later)  # never asked again:
    assert sum(took for _, _, took in later) < 1.0  # no more waiting


def test_a_helper_that_stops_reading_cannot_block_a_long_question(example_cluster, monkeypatch):
    """A question longer than the pipe holds (the examples' text, 1 MB, to encode) sent to a
    helper that reads nothing more: the write gives up by the deadline too, and the helper is
    killed."""
    monkeypatch.setattr(sidecar, "_enabled", True)
    monkeypatch.setattr(sidecar, "helper_process", None)
    monkeypatch.setattr(sidecar, "helper_failed", False)
    monkeypatch.setattr(sidecar, "ANSWER_SECONDS", 1.0)
    monkeypatch.setattr(sidecar, "SECONDS_PER_TEXT", 0.0)
    texts = [a.text for a in example_cluster.articles] * 60
    assert sum(map(len, texts)) > 1_000_000
    try:
        assert sidecar.start("languages")
        process = sidecar.helper_process
        process.send_signal(signal.SIGSTOP)
        started = time.monotonic()
        assert sidecar.ask("encode", texts) is sidecar.NOT_SERVED
        assert time.monotonic() - started < 6.0
        assert sidecar.helper_failed and process.poll() == -signal.SIGKILL
    finally:
        sidecar.stop_helper()


def test_the_languages_of_hundreds_of_articles_asked_ahead_do_not_wait_for_a_busy_helper(monkeypatch):
    """The languages of 300 short reports (the openings of shared/stories articles, 120 kB of
    samples, more than a pipe holds) asked ahead while the helper is busy (here stopped, as a
    helper still starting or warming up is not reading): the question went out only as fast
    as the helper read it, so the brief waited for the helper's warm-ups (0.25 s at load 1
    from 60 articles up) or, with a helper that did not read, until the deadline. Now the
    question is sent while the brief goes on, and the answers are the helper's."""
    if not (SHARED / "stories").is_dir():
        pytest.skip("stories not found")
    rows = []
    for name in ("basil.jsonl", "ecbplus.jsonl", "allsides_2021a.jsonl"):
        with open(SHARED / "stories" / name, encoding="utf-8") as handle:
            rows.extend(json.loads(line) for line in handle)
    articles = [Article(text=row["text"][:400]) for row in rows if len(row["text"]) >= 400][:300]
    assert len(articles) == 300 and sum(len(a.text) for a in articles) > 100_000  # a pipe holds 64 kB
    expected = [language.article_language(a) for a in articles]  # no helper yet: computed here
    monkeypatch.setattr(sidecar, "_enabled", True)
    monkeypatch.setattr(sidecar, "helper_process", None)
    monkeypatch.setattr(sidecar, "helper_failed", False)
    monkeypatch.setattr(sidecar, "ANSWER_SECONDS", 5.0)
    try:
        assert sidecar.start("languages")
        process = sidecar.helper_process
        process.send_signal(signal.SIGSTOP)
        started = time.monotonic()
        settle = language.languages_ahead(articles)
        assert time.monotonic() - started < 1.0
        process.send_signal(signal.SIGCONT)
        monkeypatch.setattr(language, "detect_language", None)  # the answers must be the helper's
        settle()
        assert not sidecar.helper_failed
        assert [a.language for a in articles] == expected
    finally:
        sidecar.stop_helper()


def test_a_helper_that_stops_answering_leaves_the_answers_to_the_brief(monkeypatch):
    """When the helper has gone, a reading is made here (the same day) and the helper is not
    asked again."""
    monkeypatch.setattr(sidecar, "_enabled", True)
    monkeypatch.setattr(sidecar, "helper_process", None)
    monkeypatch.setattr(sidecar, "helper_failed", False)
    timeline.read_date.cache_clear()
    try:
        assert sidecar.start("dates")
        assert timeline.read_date("yesterday", date(2016, 9, 18), "current_period") == date(2016, 9, 17)
        sidecar.helper_process.kill()
        sidecar.helper_process.wait()
        assert timeline.read_date("last Monday", date(2016, 9, 18), "current_period") == date(2016, 9, 12)
        assert sidecar.helper_failed
        assert sidecar.ask("date", "Tuesday", "2016-09-18", "future") is sidecar.NOT_SERVED
    finally:
        timeline.read_date.cache_clear()
        sidecar.stop_helper()


def test_without_a_way_to_wait_on_pipes_no_helper_starts_and_the_brief_reads_its_dates(monkeypatch):
    """Where ``os.set_blocking`` is missing (Windows before Python 3.12) no helper is started
    and the brief reads the examples' "on Saturday" itself; starting one raised AttributeError
    (an internal error for every parsing brief) and left the spawned helper running."""
    monkeypatch.setattr(sidecar, "_enabled", True)
    monkeypatch.setattr(sidecar, "helper_process", None)
    monkeypatch.setattr(sidecar, "helper_failed", False)
    monkeypatch.delattr(os, "set_blocking")
    timeline.read_date.cache_clear()
    try:
        assert not sidecar.start("dates")
        assert sidecar.helper_process is None and sidecar.helper_failed
        assert timeline.read_date("Saturday", date(2016, 9, 18), "current_period") == date(2016, 9, 17)
    finally:
        timeline.read_date.cache_clear()
        sidecar.stop_helper()


def test_questions_asked_ahead_get_their_own_answers_in_any_order_read(example_cluster, monkeypatch):
    """Two encoder runs of the examples' sentences asked ahead, then a language asked at once:
    each answer is its own question's (the vectors the encoder's here bit for bit, the
    language the model's here), whichever is read first. Once the helper has gone, a run
    asked ahead is not served, and the brief's encoder gives the same vectors itself."""
    import numpy as np

    from newsfuse.nlp.encoder import HelperEncoder, local_encoder, vectors_from_text

    first = [s.text for s in example_cluster.sentences[:30]]
    second = [s.text for s in example_cluster.sentences[30:42]]
    sample = example_cluster.articles[2].text[:language.SAMPLE_CHARS]
    monkeypatch.setattr(sidecar, "_enabled", True)
    monkeypatch.setattr(sidecar, "helper_process", None)
    monkeypatch.setattr(sidecar, "helper_failed", False)
    try:
        assert sidecar.start("encoder") and sidecar.start("languages")
        first_answer = sidecar.ask_ahead("encode", first)
        second_vectors = HelperEncoder().encode_later(second)
        code, probability = language.identifier().classify(sample)
        assert sidecar.ask("language", sample) == [code, float(probability)]
        assert np.array_equal(second_vectors(), local_encoder().encode(second))
        assert np.array_equal(vectors_from_text(first_answer(), len(first)), local_encoder().encode(first))
        sidecar.helper_process.kill()
        sidecar.helper_process.wait()
        late = HelperEncoder().encode_later(second)
        assert sidecar.ask_ahead("encode", first)() is sidecar.NOT_SERVED and sidecar.helper_failed
        assert np.array_equal(late(), local_encoder().encode(second))
    finally:
        sidecar.stop_helper()


def test_a_helper_with_a_reply_nobody_reads_is_ended_at_once(example_cluster, monkeypatch):
    """Every sentence of the examples asked ahead (a reply of about 300 kB, more than a pipe
    holds) and never read, as when an interrupt ends a brief before its timeline: stopping
    the helper does not wait for it to write that reply (the wait would give up after 2 s)."""
    import time

    monkeypatch.setattr(sidecar, "_enabled", True)
    monkeypatch.setattr(sidecar, "helper_process", None)
    monkeypatch.setattr(sidecar, "helper_failed", False)
    texts = [s.text for s in example_cluster.sentences]
    assert len(texts) * 384 * 4 * 4 / 3 > 2 ** 16
    try:
        assert sidecar.start("encoder")
        answer = sidecar.ask_ahead("encode", texts)
        process = sidecar.helper_process
        time.sleep(1.0)  # the helper is encoding, or writing its reply into the full pipe
    finally:
        started = time.perf_counter()
        sidecar.stop_helper()
        took = time.perf_counter() - started
    assert process.poll() is not None and took < 1.0
    assert answer() is sidecar.NOT_SERVED


def test_a_reply_larger_than_a_pipe_read_past_its_deadline_is_read_whole(example_cluster, monkeypatch, tmp_path):
    """The examples' sentences asked ahead and read after the deadline, from a helper whose
    reply (the encoder's vectors, about 300 kB) waits in its write behind a full pipe and whose
    next part comes 0.3 s after the reader's first look: the whole reply is read. Only the
    first 64 kB had "already come"; the read looked once more, found nothing yet, and killed a
    helper that was answering. (A stand-in helper gives the real reply in two parts, so the
    moment is certain.)"""
    import array
    import fcntl
    import termios
    import threading

    import numpy as np

    from newsfuse.nlp.encoder import local_encoder, vectors_as_text, vectors_from_text

    texts = [s.text for s in example_cluster.sentences]
    vectors = local_encoder().encode(texts)
    reply = tmp_path / "reply.jsonl"
    reply.write_text(json.dumps({"answer": vectors_as_text(vectors)}) + "\n", encoding="utf-8")
    assert reply.stat().st_size > 2 ** 17
    helper = ("import sys\n"
              "sys.stdin.buffer.readline()\n"
              "data = open(sys.argv[1], 'rb').read()\n"
              "sys.stdout.buffer.write(data[:65536]); sys.stdout.buffer.flush()\n"
              "sys.stdin.buffer.readline()\n"  # the test's word that the reader has looked
              "sys.stdout.buffer.write(data[65536:]); sys.stdout.buffer.flush()\n"
              "sys.stdin.buffer.read()\n")
    process = subprocess.Popen([sys.executable, "-c", helper, str(reply)], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, bufsize=0)
    os.set_blocking(process.stdin.fileno(), False)
    monkeypatch.setattr(sidecar, "helper_process", process)
    monkeypatch.setattr(sidecar, "helper_failed", False)
    monkeypatch.setattr(sidecar, "ANSWER_SECONDS", 0.5)
    monkeypatch.setattr(sidecar, "SECONDS_PER_TEXT", 0.0)

    def next_part() -> None:
        try:
            os.write(process.stdin.fileno(), b"go\n")
        except OSError:
            pass  # the helper was killed: the assertion below says so

    try:
        answer = sidecar.ask_ahead("encode", texts)
        time.sleep(0.6)  # past the deadline
        waiting, given_up = array.array("i", [0]), time.monotonic() + 60
        while waiting[0] < 2 ** 16:  # the first 64 kB are there; the rest waits for next_part
            assert process.poll() is None and time.monotonic() < given_up
            time.sleep(0.05)
            fcntl.ioctl(process.stdout.fileno(), termios.FIONREAD, waiting)
        threading.Timer(0.3, next_part).start()
        got = answer()
        assert got is not sidecar.NOT_SERVED and not sidecar.helper_failed
        assert np.array_equal(vectors_from_text(got, len(texts)), vectors)
    finally:
        sidecar.stop_helper()


def test_the_helpers_vectors_are_the_encoders_bit_for_bit(example_cluster):
    """The examples' sentences embedded through ``serve`` (as the helper embeds them, sent
    back as float32 bytes) and by the encoder here: the same arrays."""
    import numpy as np

    from newsfuse.nlp.encoder import local_encoder, vectors_from_text

    texts = [s.text for s in example_cluster.sentences[:40]]
    out = io.StringIO()
    sidecar.serve(iter([json.dumps(["encode", texts]) + "\n"]), out)
    served = vectors_from_text(json.loads(out.getvalue())["answer"], len(texts))
    local = local_encoder().encode(texts)
    assert served.dtype == local.dtype == np.float32 and served.flags.writeable
    assert np.array_equal(served, local)


def _cli_spawns_helper(example_dir, *options) -> bool:
    code = (
        "import atexit, sys\n"
        "from newsfuse import sidecar\n"
        "spawned = []\n"
        "spawn = sidecar.spawn_helper\n"
        "sidecar.spawn_helper = lambda: (spawned.append(1), spawn())[1]\n"
        "atexit.register(lambda: sys.stderr.write(f'SPAWNED {len(spawned)}\\n'))\n"
        f"sys.argv = ['newsfuse', 'brief', {str(example_dir)!r}, '--format', 'json', *{list(options)!r}]\n"
        "from newsfuse.console import main\n"
        "main()\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300,
                         env={**os.environ, "PYTHONPATH": str(SRC)})
    assert out.returncode == 0, out.stderr[-2000:]
    json.loads(out.stdout)
    return "SPAWNED 1" in out.stderr


def test_the_command_line_starts_a_helper_only_for_briefs_that_parse(example_dir):
    """Every section (spaCy loads): one helper. The summary alone, or the overlap alone (no
    parse): none, the langid model loads on a thread as before."""
    assert _cli_spawns_helper(example_dir)
    assert not _cli_spawns_helper(example_dir, "--sections", "none")
    assert not _cli_spawns_helper(example_dir, "--sections", "overlap")


@needs_small_pipe
def test_a_helper_stopped_and_continued_while_its_reply_waits_in_a_full_pipe_writes_it_whole(example_cluster):
    """The helper's reply (the examples' vectors, about 300 kB) waits in a pipe of 4 kB the
    brief has not read yet, and the helper is stopped and continued meanwhile (Ctrl-Z and fg
    reach it too): Python's buffered writer dropped what the pipe had not taken, and the reply
    line came cut, which the brief took for a failed helper."""
    from conftest import small_pipe, stop_and_continue_when_full
    from newsfuse.nlp.encoder import vectors_from_text

    texts = [s.text for s in example_cluster.sentences]
    read_end, write_end = small_pipe()
    env = {**os.environ, "PYTHONPATH": str(SRC) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    process = subprocess.Popen([sys.executable, "-m", "newsfuse.sidecar"], stdin=subprocess.PIPE,
                               stdout=write_end, stderr=subprocess.DEVNULL, env=env)
    os.close(write_end)
    try:
        process.stdin.write((json.dumps(["encode", texts]) + "\n").encode())
        process.stdin.close()  # its last question: it answers, then ends
        stop_and_continue_when_full(process, read_end, signal.SIGSTOP)
        with os.fdopen(read_end, "rb") as pipe:
            reply = pipe.read()
        assert process.wait(timeout=60) == 0
        assert len(vectors_from_text(json.loads(reply)["answer"], len(texts))) == len(texts)
    finally:
        process.kill()
        process.wait()
