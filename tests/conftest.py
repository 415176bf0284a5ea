"""Shared fixtures. Loading the models is expensive, so analysed objects are session-scoped."""

from __future__ import annotations

import json
import os
import re
import signal
from importlib.util import find_spec
from pathlib import Path

import pytest

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None

ROOT = Path(__file__).resolve().parents[1]
# beside the main checkout; a worktree under wt/ finds it one level higher
SHARED = next((p / "shared" for p in ROOT.parents if (p / "shared" / "examples").is_dir()),
              ROOT.parent / "shared")
EXAMPLES = SHARED / "examples" / "deir-ezzor-2016"
EVAL = SHARED / "eval"


# What some tests need of the system, so that elsewhere (Windows, macOS) they are skipped with
# the reason instead of failing on an import or a missing name.
needs_posix = pytest.mark.skipif(os.name != "posix", reason="needs POSIX: signals to a process group, "
                                 "file locks (flock), named pipes, closed descriptors at start (preexec_fn)")
needs_rlimit = pytest.mark.skipif(find_spec("resource") is None,
                                  reason="needs the resource module (POSIX) to limit a file's size")
needs_small_pipe = pytest.mark.skipif(
    fcntl is None or not hasattr(fcntl, "F_SETPIPE_SZ") or not hasattr(signal, "SIGSTOP"),
    reason="needs Linux's F_SETPIPE_SZ (a 4 kB pipe) and SIGSTOP / SIGTSTP")
SMALL_PIPE = 4096  # bytes (``small_pipe``)


def small_pipe() -> tuple[int, int]:
    """(read end, write end) of a pipe of 4 kB, which a writer fills at once (``needs_small_pipe``)."""
    read_end, write_end = os.pipe()
    fcntl.fcntl(write_end, fcntl.F_SETPIPE_SZ, SMALL_PIPE)
    return read_end, write_end


def stop_and_continue_when_full(process, read_end: int, stop: int, failure=lambda: "") -> None:
    """Wait (up to 240 s) until ``process`` has filled the small pipe ``read_end`` reads, so
    that it stands in its write, then stop it with ``stop`` and continue it, as Ctrl-Z and fg
    do; ``failure`` gives the message when it ends or the time runs out first."""
    import array
    import termios
    import time

    waiting, deadline = array.array("i", [0]), time.monotonic() + 240
    while waiting[0] < SMALL_PIPE:  # the pipe is full: the writer is in its write
        assert process.poll() is None and time.monotonic() < deadline, failure()
        time.sleep(0.05)
        fcntl.ioctl(read_end, termios.FIONREAD, waiting)
    process.send_signal(stop)
    time.sleep(0.2)
    process.send_signal(signal.SIGCONT)


@pytest.fixture(scope="session")
def example_dir() -> Path:
    if not EXAMPLES.is_dir():
        pytest.skip(f"example articles not found at {EXAMPLES}")
    return EXAMPLES


@pytest.fixture(scope="session")
def example_paths(example_dir) -> list[Path]:
    return sorted(example_dir.glob("*.txt"))


@pytest.fixture(scope="session")
def example_cluster(example_paths):
    """The five example articles, read, cleaned and analysed once for the whole session."""
    from newsfuse.analyze import analyze
    from newsfuse.clean import clean_articles
    from newsfuse.readers import read_inputs

    articles, _ = clean_articles(read_inputs(example_paths))
    return analyze(articles)


@pytest.fixture(scope="session")
def example_brief(example_paths):
    import newsfuse

    return newsfuse.brief(example_paths)


def eval_records(name: str, limit: int | None = None) -> list[dict]:
    path = EVAL / name
    if not path.exists():
        pytest.skip(f"evaluation file not found at {path}")
    out = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            out.append(json.loads(line))
            if limit and len(out) >= limit:
                break
    return out


def wanted_records(ids: tuple[str, ...], name: str = "multinews_sample100.jsonl") -> dict[str, dict]:
    """The evaluation records a test module reads, by id; skipped (not failed) when any is
    missing, since a test of real text means nothing on part of it."""
    found = {r["id"]: r for r in eval_records(name) if r["id"] in ids}
    if len(found) != len(ids):
        pytest.skip("eval records missing")
    return found


def events_containing(record: dict, cluster, sentence: str, words: str) -> list:
    """The speech events of ``cluster`` whose text holds ``words``, after checking that the
    record's documents hold ``sentence`` (so a test fails loudly if the text it reads changed)."""
    from newsfuse.crosscheck.speech import speech_events

    assert any(sentence in d for d in record["documents"]), f"not in {record['id']}: {sentence!r}"
    found = [e for events in speech_events(cluster).values() for e in events
             if words.lower() in e.text.lower()]
    assert found, f"no speech event containing {words!r}"
    return found


def _first_passage(pattern: str, texts) -> str:
    """The first match of ``pattern`` in ``texts``; the test is skipped when none holds it."""
    for text in texts:
        m = re.search(pattern, text)
        if m:
            return m.group(0)
    pytest.skip(f"no sentence matching {pattern!r}")


def held_out_ids() -> frozenset[str]:
    """Ids of the clusters a frozen or validation gold record names (a gold/frozen-* or
    gold/validation-* folder, gold/multinews-s4, or any record whose split says so): their
    texts are held out, so no test may be handed them. Only each record's "id" and "split"
    are kept; nothing else of a gold record is looked at."""
    gold = ROOT / "gold"
    held = set()
    for path in gold.glob("*/*.jsonl"):
        folder = path.parent.name
        whole = folder.startswith(("frozen", "validation")) or folder == "multinews-s4"
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                if not line.strip():
                    continue
                record = json.loads(line)
                if record.get("id") and (whole or record.get("split") in ("frozen", "validation")):
                    held.add(str(record["id"]))
    return frozenset(held)


def eval_sentence(pattern: str, file: str = "multinews_sample100.jsonl") -> str:
    """The first passage of an evaluation file's documents matching ``pattern``: a real
    sentence to test on, found by its words rather than copied into the test. Clusters a
    frozen or validation gold record names are skipped: held-out text never reaches a test."""
    held = held_out_ids()
    return _first_passage(pattern, (doc for record in eval_records(file)
                                    if record["id"] not in held
                                    for doc in record["documents"])).strip()


def train_sentence(pattern: str, file: str = "multinews_val.jsonl.gz") -> str:
    """The first passage of a training file's documents (shared/train, gzipped, lower-cased
    Multi-News text) matching ``pattern``, as ``eval_sentence`` finds one in the evaluation
    files: for shapes of sentence that no evaluation or gold text holds."""
    import gzip

    path = SHARED / "train" / file
    if not path.exists():
        pytest.skip("training file not found")
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return _first_passage(pattern, (doc for line in handle
                                        for doc in json.loads(line)["documents"])).strip()


def train_records(limit: int, file: str = "multinews_val.jsonl.gz") -> list[dict]:
    """The first ``limit`` clusters of a training file (shared/train, the ``../eval`` record
    format with a reference summary): real clusters no gold folder annotates, for tests that
    need whole records (batch, eval, the scorer). Multinews_val is no part of the shipped
    scorer's training data. Its text is truncated and lower-cased (see its README)."""
    import gzip

    path = SHARED / "train" / file
    if not path.exists():
        pytest.skip("training file not found")
    out = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            out.append(json.loads(line))
            if len(out) >= limit:
                break
    return out


def story_sentence(story: str, pattern: str, file: str = "ecbplus.jsonl") -> str:
    """The first passage of a story's articles (shared/stories, or a story file kept under
    gold/ when ``file`` names one there: the ABC items of gold/lee-abc) matching ``pattern``,
    as ``eval_sentence`` finds one in the evaluation files; a story a frozen or validation gold
    record names is refused, as ``eval_sentence`` skips such clusters."""
    assert story not in held_out_ids(), f"{story} is held out: write the test's own sentence"
    path = ROOT / file if file.startswith("gold/") else SHARED / "stories" / file
    if not path.exists():
        pytest.skip("stories not found")
    with open(path, encoding="utf-8") as handle:
        rows = (json.loads(line) for line in handle)
        return _first_passage(pattern, (row["text"] for row in rows if row.get("story") == story))


def article_quotes(text: str) -> list[dict]:
    """The quotations of one article made of ``text`` (its first line the headline), as the
    brief gives them: the speaker tests read whole paragraphs as the attribution layer reads
    them, nothing mocked."""
    from newsfuse.analyze import analyze
    from newsfuse.crosscheck.quotes import find_quotes
    from newsfuse.readers.text import article_from_text

    return find_quotes(analyze([article_from_text(text, path=None)]))


def article_speakers(text: str) -> dict[str, str | None]:
    """{quotation: speaker} of one article made of ``text`` (its first line the headline)."""
    return {q["text"]: q["speaker"] for q in article_quotes(text)}


def quote_speakers(text: str) -> dict[str, str | None]:
    """{quotation: speaker} of one article made of ``text`` under a one-word headline."""
    return article_speakers("Story\n\n" + text)


def quote_speaker(text: str, opening: str) -> str | None:
    """The speaker of the quotation that opens with ``opening`` in one article made of
    ``text`` (its first line the headline)."""
    return next(q["speaker"] for q in article_quotes(text) if q["text"].startswith(opening))


def speaker_opening(speakers: dict[str, str | None], opening: str) -> str | None:
    """The speaker, in a {quotation: speaker} map (``quote_speakers``), of the quotation that
    opens with ``opening``: one analysis read for several quotations of one paragraph. Case is
    ignored: a lower-cased train passage is read with its capitals restored (``nlp.casing``)."""
    return speakers[next(t for t in speakers if t.lower().startswith(opening.lower()))]


def quote_in_paragraphs(paragraphs: list[str], opening: str) -> dict:
    """The quotation that opens with ``opening`` in one article made of ``paragraphs`` under a
    one-word headline, whole (speaker, attribution, evidence)."""
    return next(q for q in article_quotes("Story\n\n" + "\n\n".join(paragraphs))
                if q["text"].startswith(opening))


def story_cluster(story: str, file: str = "basil.jsonl"):
    """A story of the shared story files (its articles in file order) read, cleaned and
    analysed as a brief reads it; skipped when the story is missing. A story a frozen or
    validation gold record names is refused, as ``story_sentence`` refuses it."""
    assert story not in held_out_ids(), f"{story} is held out: choose a story no gold record holds"
    from corpus_data import records
    from newsfuse.analyze import analyze
    from newsfuse.clean import clean_articles
    from newsfuse.readers.jsonl import article_from_dict

    rows = [r for r in records(file) if r.get("story") == story]
    if not rows:
        pytest.skip(f"story {story} missing")
    articles = [article_from_dict({k: r.get(k) for k in ("title", "text", "url", "source", "published")},
                                  story) for r in rows]
    return analyze(clean_articles(articles)[0])


def record_cluster(record: dict):
    """An evaluation record's documents read, cleaned and analysed as a brief reads them
    (articles a1..aN in document order)."""
    from newsfuse.analyze import analyze
    from newsfuse.clean import clean_articles
    from newsfuse.readers.jsonl import articles_from_record

    articles, _ = clean_articles(articles_from_record(record, record["id"]))
    return analyze(articles)
