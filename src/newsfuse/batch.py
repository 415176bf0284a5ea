"""Batch briefing of a JSONL file of clusters, written as it goes and resumable.

Each finished record is appended to the output as one line and flushed, so a killed run
loses at most the record in flight; a rerun reads the ids already in the output and skips
them. A half-written last line (the process died mid-write) is cut off before appending.
A record that cannot be read or briefed is reported and skipped; the others complete.
"""

from __future__ import annotations

import json
import os
import signal
import stat
from dataclasses import dataclass, field
from multiprocessing import TimeoutError, get_context
from typing import Callable, Iterable, Iterator

from . import file_lock, interrupts
from .errors import InputError, NewsfuseError, UsageError
from .output_path import write_error
from .pipeline import DEFAULT_FIGURES, DEFAULT_WORDS, check_figures, check_scorer, check_words
from .readers.decode import bom_encoding, bomless_utf16, text_lines
from .readers.jsonl import Record, id_text, iter_records, load_json
from .summarize import DEFAULT_SCORER


@dataclass
class BatchReport:
    done: int = 0
    skipped: int = 0  # already in the output from an earlier run
    failed: list[tuple[str, str]] = field(default_factory=list)  # (record id, reason)


_LINE_START = json.dumps({"id": ""})[:7].encode()  # how every line written here starts: {"id":


def finished_ids(out_path: str) -> set[str]:
    """Ids already written; also truncates a partial last line left by a killed run.

    Only a regular file can be resumed: a pipe or a terminal (``--out /dev/stdout``) holds
    nothing to read back, and reading it would wait for ever on what this run is to write.
    Every line a run writes is one JSON object with an ``id``, written whole with its newline
    last, so a kill leaves at worst a last line without its newline. Anything else (a complete
    line that is not such an object, bytes that are not UTF-8, a last line that does not start
    as ours do) means the file is not an output of this kind: it is refused, untouched, rather
    than cut back to its first odd line."""
    try:
        if not stat.S_ISREG(os.stat(out_path).st_mode):
            return set()
    except FileNotFoundError:
        return set()
    ids: set[str] = set()
    good_end = 0
    with open(out_path, "rb") as handle:
        for n, raw in enumerate(handle, 1):
            if not raw.endswith(b"\n") and raw[:len(_LINE_START)] == _LINE_START[:len(raw)]:
                break  # the half-written last line of a killed run
            good_end += len(raw)
            if not raw.strip():
                continue
            try:
                obj = load_json(raw)
            except ValueError:  # malformed JSON, or not UTF-8
                obj = None
            if not isinstance(obj, dict) or "id" not in obj or not raw.endswith(b"\n"):
                raise InputError(out_path, f"line {n} is not a newsfuse output line (a JSON object with "
                                           "an 'id'), so this is not an output to resume; left "
                                           "untouched: give another --out")
            ids.add(id_text(obj["id"]))
    if good_end < os.path.getsize(out_path):
        with open(out_path, "r+b") as handle:
            handle.truncate(good_end)
    return ids


def open_resumable(out_path: str):
    """(ids already written, the file opened for appending): how every resumable writer starts.

    Makes a missing output folder; an unwritable path is one ``InputError``. A regular file
    is this run's alone until it is closed: a second run given the same file meanwhile (a cron
    job overlapping the last) is refused in one line. Both would have read the same ids as done
    and written the rest twice; the claim is an exclusive ``flock`` on the file, taken before
    the file is read (a half line of the running run is not cut) and released by the kernel
    when the process ends, however it ends."""
    try:
        os.makedirs(os.path.dirname(os.path.abspath(out_path)), exist_ok=True)
        handle = open(out_path, "a", encoding="utf-8")
    except OSError as exc:
        raise InputError(out_path, write_error(out_path, exc)) from None
    try:
        _claim(handle, out_path)
        return finished_ids(out_path), handle
    except OSError as exc:
        handle.close()
        raise InputError(out_path, f"cannot write ({exc.strerror or exc})") from None
    except BaseException:
        handle.close()
        raise


def _claim(handle, out_path: str) -> None:
    """``open_resumable``'s claim on a regular output file (a terminal or a pipe is shared by
    nature); where file locks are missing, runs are not guarded (``file_lock``)."""
    if not file_lock.AVAILABLE or not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
        return
    if not file_lock.claim(handle):
        raise InputError(out_path, "another newsfuse run is writing this file; run this one when it "
                                   "has ended, or give another --out")


def _brief_record(args: tuple[Record, int, tuple[str, ...], str, str]) -> tuple[str, dict | None, str | None]:
    record, words, sections, scorer, figures = args
    from .pipeline import brief_articles

    try:
        result = brief_articles(record.articles, words=words, sections=sections, scorer=scorer,
                                figures=figures, read_warnings=record.skipped, places=record.places)
    except NewsfuseError as exc:
        return record.id, None, str(exc)
    except Exception as exc:  # one odd record must not stop a batch of thousands
        return record.id, None, f"internal error ({type(exc).__name__}: {exc})"
    return record.id, {"id": record.id, "summary": result.summary_text, "brief": result.to_dict()}, None


def _warm(sections: tuple[str, ...]) -> None:
    """Load in each worker, once, what its records will need; leave signals to the parent."""
    interrupts.quiet_worker()
    from .analyze import lexicon
    from .pipeline import NEEDS_NER

    lexicon()
    if NEEDS_NER & set(sections):
        from .nlp import get_encoder, get_nlp

        try:
            get_nlp(full=True)
            get_encoder()
        except NewsfuseError:  # e.g. a corrupt model file: each record then fails saying so
            pass  # (an initializer that raises would make the pool restart workers forever)


def _records_to_do(in_path: str, done: set[str], report: BatchReport,
                   on_error: Callable[[str, str], None]) -> Iterator[Record]:
    seen: set[str] = set()
    for record in iter_records(in_path):
        if record.id in done:
            report.skipped += 1
            continue
        if record.error:
            report.failed.append((record.id, f"line {record.line}: {record.error}"))
            on_error(record.id, f"line {record.line}: {record.error}")
            continue
        if record.id in seen:
            report.failed.append((record.id, f"line {record.line}: duplicate id"))
            on_error(record.id, f"line {record.line}: duplicate id, skipped")
            continue
        seen.add(record.id)
        yield record


def check_input(in_path: str) -> None:
    """Refuse, in one line, an input that is not a JSONL file: missing, a folder, or binary
    (batch, eval and eval-stories read one JSONL file)."""
    if in_path == "-":  # counted, then briefed, then resumed: a file read more than once
        raise InputError(in_path, "standard input cannot be read here; save it to a file and give "
                                  "that (cat > clusters.jsonl)")
    if not os.path.exists(in_path):
        raise InputError(in_path, "no such file")
    if os.path.isdir(in_path):
        raise InputError(in_path, "is a folder; give one JSONL file (brief a folder with 'newsfuse brief')")
    with open(in_path, "rb") as handle:
        head = handle.read(8192)
    # UTF-16/32 text is full of NULs too: known by its mark, or by where its NULs are
    if b"\x00" in head and bom_encoding(head) is None and bomless_utf16(head) is None:
        raise InputError(in_path, "binary file (NUL bytes), not JSONL")


def count_records(in_path: str) -> int:
    with open(in_path, "rb") as handle:
        return sum(1 for line in text_lines(handle) if line.strip())


def run_batch(in_path: str, out_path: str, words: int = DEFAULT_WORDS, workers: int = 1,
              sections: Iterable[str] = (), on_done: Callable[[], None] | None = None,
              on_error: Callable[[str, str], None] | None = None,
              report: BatchReport | None = None, scorer: str = DEFAULT_SCORER,
              figures: str = DEFAULT_FIGURES) -> BatchReport:
    """Brief every record of ``in_path`` into ``out_path``; see the module docstring.

    Pass ``report`` to read the counts after an interrupt (``interrupts.STOP`` propagates,
    with every line written so far complete and the worker processes stopped)."""
    check_input(in_path)
    if workers < 1:
        raise UsageError("--workers", "must be at least 1")
    # once here, not again as a failure of every record; named as the command line names them
    check_scorer(scorer, "--scorer")
    check_figures(figures, "--figures")
    check_words(words, "--words")
    if os.path.realpath(out_path) == os.path.realpath(in_path):
        # resuming would read every input id as done and brief nothing, then append to the input
        raise UsageError(out_path, "--out is the input file; write the briefs to another file")
    on_error = on_error or (lambda rid, reason: None)
    report = report if report is not None else BatchReport()
    done, out = open_resumable(out_path)
    sections = tuple(sections)
    todo = ((r, words, sections, scorer, figures) for r in _records_to_do(in_path, done, report, on_error))
    with out:
        def write(rid: str, line: dict | None, error: str | None) -> None:
            if error:
                report.failed.append((rid, error))
                on_error(rid, error)
            else:
                text = json.dumps(line, ensure_ascii=False) + "\n"
                with interrupts.held():  # a signal now would leave half a line
                    out.write(text)
                    out.flush()
                    report.done += 1
            if on_done:
                on_done()

        if workers == 1:
            for item in todo:
                write(*_brief_record(item))
        else:
            with interrupts.held((signal.SIGINT,)):  # workers start deaf to Ctrl-C; we stop them
                pool = get_context("spawn").Pool(workers, initializer=_warm, initargs=(sections,))
            with pool:  # leaving it, even on an interrupt, terminates the workers
                results = pool.imap(_brief_record, todo, chunksize=1)
                while True:
                    try:  # wait in slices: a signal the kernel gave another thread is seen
                        result = results.next(timeout=0.2)
                    except TimeoutError:
                        continue
                    except StopIteration:
                        break
                    write(*result)
    return report
