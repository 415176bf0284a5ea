"""``newsfuse group``: read a stream of articles, group them into stories, keep them in a store.

The run has two phases, each committed per chunk so a killed run resumes where it stopped:

1. read and dedup on the driver (same id, same URL or same text as an article already stored
   or earlier in the input is not added again), then extract each new article's features
   through the executor (any engine, any order of completion, results taken in input order)
   and commit the articles with their features, still unassigned;
2. take every unassigned article of the store in stream order (``stream_order``: published,
   then id) and give it to the one ``StoryGrouper`` on the driver; each chunk of assignments
   commits together with the grouper's state. One ordered writer is why every engine gives
   the same stories, and why adding a stream in two dated halves gives the stories of one pass.

The assignments file gets one line per input article, ``{"id", "story"}``, written as chunks
commit; like ``batch`` it is resumed, never rewritten. Without ``--store`` the working store
lives beside it (``ASSIGNMENTS.store``) until the run completes, so a killed run still resumes.
"""

from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Callable, Iterable, Iterator

from ..batch import open_resumable
from ..clean import text_fingerprint
from ..errors import InputError, NewsfuseError, UsageError
from ..readers.decode import shown_name
from ..readers.jsonl import Entry, iter_articles
from .executor import Executor, SerialExecutor
from .features import LONGEST_WORD, long_run
from .store import Store

FEATURE_CHUNK = 64   # articles per committed chunk of features
ASSIGN_CHUNK = 1000  # assignments per committed chunk: cheap to redo, and each commit saves the
                     # grouper's whole state (megabytes for thousands of stories)
JSON_SUFFIXES = {".jsonl", ".ndjson", ".json"}


@dataclass
class IngestReport:
    read: int = 0              # articles read from the input
    malformed: list[str] = field(default_factory=list)  # "FILE:LINE: reason"
    new: int = 0               # added to the store by this run
    known: int = 0             # already in the store (same id, URL or text)
    duplicates: int = 0        # same URL or text as an earlier article of this input
    repeated: int = 0          # the same article under the same id twice in this input
    assigned: int = 0          # assignments committed by this run (incl. a killed run's remainder)
    stories_before: int = 0
    stories_after: int = 0
    written: int = 0           # lines appended to the assignments file
    seconds: float = 0.0
    seconds_features: float = 0.0   # reading features through the executor, and committing them
    seconds_assign: float = 0.0     # the ordered assignment on the driver, and committing it


def default_grouping() -> SimpleNamespace:
    """The grouping module's three entry points (see the corpus interface)."""
    try:
        from .features import extract_features
        from .grouping import StoryGrouper, stream_order
    except ImportError as exc:
        raise NewsfuseError(f"the story grouping module is not installed ({exc})") from None
    return SimpleNamespace(extract_features=extract_features, StoryGrouper=StoryGrouper,
                           stream_order=stream_order)


def _features(extract: Callable[[Any, str], Any], item: tuple[str, Any]) -> Any:
    key, article = item
    return extract(article, key)


def _features_many(extract_many: Callable[[list, list], list], batch: list[tuple[str, Any]]) -> list[Any]:
    return extract_many([article for _, article in batch], [key for key, _ in batch])


def iter_inputs(inputs: Iterable[str]) -> Iterator[Entry]:
    """Every article of every input, with its key. JSONL line by line (a bad line is an error
    entry, the rest still read); other files and folders through the project's readers."""
    from ..readers import read_inputs

    for name in inputs:
        path = Path(name)
        if name == "-":
            yield from iter_articles("-", sys.stdin.buffer)
            continue
        if not path.exists():
            raise InputError(name, "no such file or folder")
        if path.is_file() and path.suffix.lower() in JSON_SUFFIXES:
            yield from iter_articles(name)
            continue
        warnings: list[str] = []
        articles = read_inputs([path], warnings=warnings)
        for line in warnings:
            source, skipped, reason = line.partition(": skipped, ")
            yield Entry(source, source, None, reason) if skipped else Entry(name, name, None, note=line)
        for i, article in enumerate(articles, 1):
            key = article.path or f"{shown_name(name)}#{i}"
            yield Entry(key, key, article)


def _append_lines(out, store: Store, keys: Iterable[str], done: set[str]) -> int:
    n = 0
    for key in keys:
        if key in done:
            continue
        story = store.story_of(key)
        if story is None:
            continue
        out.write(json.dumps({"id": key, "story": story}, ensure_ascii=False) + "\n")
        out.flush()  # whole lines only: a second run reading the file (and refused) sees no half line to cut
        done.add(key)
        n += 1
    return n


def ingest(inputs: list[str], out_path: str | None, store_path: str | None,
           executor: Executor | None = None, grouping: Any = None,
           on_warning: Callable[[str], None] = lambda line: None,
           on_features: Callable[[int], None] | None = None,
           on_assigned: Callable[[int], None] | None = None,
           on_total: Callable[[int], None] | None = None) -> IngestReport:
    """Group ``inputs`` into the store at ``store_path``; see the module docstring.

    ``on_total`` is told how many articles need features, ``on_features`` / ``on_assigned``
    how many more are done, for a progress bar.
    """
    started = time.perf_counter()
    if out_path is None and store_path is None:
        raise UsageError("group", "give --out ASSIGNMENTS.jsonl, --store PATH, or both")
    from ..readers import path_argument

    for name in inputs:
        path_argument(name)  # a web address is refused in one line
        if name != "-" and not os.path.exists(name):  # before any file is created
            raise InputError(name, "no such file or folder")
        if out_path and name != "-" and os.path.exists(name) and os.path.realpath(name) == os.path.realpath(out_path):
            raise UsageError(out_path, "--out is an input file; write the assignments to another file")
    grouping = grouping or default_grouping()
    executor = executor or SerialExecutor()
    temporary = store_path is None
    store_path = store_path or f"{out_path}.store"
    report = IngestReport()
    out = None
    done: set[str] = set()
    if out_path:
        done, out = open_resumable(out_path)
    store = None
    completed = False
    try:
        store = Store(store_path)  # inside: a store refused here still lets the --out claim go
        store.claim_sole_writer()
        report.stories_before = store.counts()["stories"]
        input_keys, new = _read_and_dedup(inputs, store, report, on_warning)
        if on_total:
            on_total(len(new))
        phase = time.perf_counter()
        _extract_and_store(new, store, executor, grouping, on_features)
        report.seconds_features = time.perf_counter() - phase
        phase = time.perf_counter()
        wanted = set(input_keys)
        grouper = grouping.StoryGrouper(state=store.grouper_state())
        pending = grouping.stream_order(store.pending_features())
        for start in range(0, len(pending), ASSIGN_CHUNK):
            chunk = pending[start:start + ASSIGN_CHUNK]
            with store.transaction():
                for feats in chunk:
                    store.assign(feats.key, grouper.add(feats))
                store.save_grouper_state(grouper.state())
            report.assigned += len(chunk)
            if out:
                report.written += _append_lines(out, store, (f.key for f in chunk if f.key in wanted), done)
            if on_assigned:
                on_assigned(len(chunk))
        if pending:
            with store.transaction():
                store.save_grouper_state(grouper.state(), grouper.proposals())
        report.seconds_assign = time.perf_counter() - phase
        if out:
            report.written += _append_lines(out, store, input_keys, done)
        report.stories_after = store.counts()["stories"]
        completed = True
    finally:
        try:
            if store is not None:
                store.close()
            if temporary and completed:  # the assignments file is the result
                _remove_store(store_path)
        finally:
            if out:
                out.close()
    report.seconds = time.perf_counter() - started
    return report


def _remove_store(store_path: str) -> None:
    """A completed run's working store, removed while the run still holds its --out file:
    once that claim goes, a second run given the same --out may open this store (it is where
    that run keeps its work), and a store removed under it lost what it had committed."""
    for suffix in ("", "-wal", "-shm", ".lock"):
        try:
            os.remove(store_path + suffix)
        except FileNotFoundError:
            pass


def _read_and_dedup(inputs: list[str], store: Store, report: IngestReport,
                    on_warning: Callable[[str], None]) -> tuple[list[str], list[tuple[str, Any, str]]]:
    """Input keys in input order, and the articles that are new to the store."""
    input_keys: list[str] = []
    new: list[tuple[str, Any, str]] = []
    keys: dict[str, tuple[str, str]] = {}  # id -> (where it was read, text fingerprint)
    by_url: dict[str, str] = {}
    by_text: dict[str, str] = {}
    duplicates: list[tuple[str, str, str]] = []

    def skip(where: str, reason: str) -> None:
        """An input left out, said in the one form a skipped input takes (``skipped_line``)."""
        message = InputError(where, reason).skipped_line
        report.malformed.append(message)
        on_warning(message)

    for entry in iter_inputs(inputs):
        if entry.note:
            on_warning(entry.note)
            continue
        if entry.error:
            skip(entry.where, entry.error)
            continue
        article = entry.article
        fingerprint = text_fingerprint(article.text)
        if entry.key in keys:
            where, first_text = keys[entry.key]
            if fingerprint != first_text:  # one id for two articles: the second would vanish unsaid
                skip(entry.where, f"its id {entry.key!r} is already the id of another article "
                                  f"({where}); give each article its own id")
                continue
            report.read += 1
            report.repeated += 1
            continue
        found = store.find_existing(entry.key, article.url, fingerprint)
        if found and found[1] == "id" and store.stored_fingerprint(entry.key) not in (None, fingerprint):
            skip(entry.where, f"its id {entry.key!r} is already in the store with another text "
                              "(the store keeps the first); give it a new id to add it")
            continue
        report.read += 1
        keys[entry.key] = (entry.where, fingerprint)
        input_keys.append(entry.key)
        if found:
            report.known += 1
            if found[1] != "id":
                duplicates.append((entry.key, found[0], found[1]))
            continue
        earlier = (article.url and by_url.get(article.url)) or by_text.get(fingerprint)
        if earlier:
            report.duplicates += 1
            duplicates.append((entry.key, earlier, "url" if by_url.get(article.url or "") else "text"))
            continue
        if article.url:
            by_url[article.url] = entry.key
        by_text[fingerprint] = entry.key
        new.append((entry.key, article, fingerprint))
        run = max(long_run(article.text or ""), long_run(article.title or ""))
        if run:  # a data URI or a line of no words: said, since the grouping reads around it
            on_warning(f"{entry.where}: a run of {run:,} characters without a space is no word; "
                       f"grouped by the rest of the article (words over {LONGEST_WORD:,} characters are left out)")
    if duplicates:
        with store.transaction():
            for key, of_key, reason in duplicates:
                store.add_duplicate(key, of_key, reason)
    report.new = len(new)
    return input_keys, new


def _extract_and_store(new: list[tuple[str, Any, str]], store: Store, executor: Executor,
                       grouping: Any, on_features: Callable[[int], None] | None) -> None:
    """Features through the executor; articles and features committed per chunk."""
    items = ((key, article) for key, article, _ in new)
    if hasattr(grouping, "extract_many"):  # batched embeddings when the grouping module offers them
        results = executor.map_batches(partial(_features_many, grouping.extract_many), items)
    else:
        results = executor.map(partial(_features, grouping.extract_features), items)
    chunk: list[tuple[tuple[str, Any, str], Any]] = []

    def commit() -> None:
        with store.transaction():
            for (key, article, fingerprint), feats in chunk:
                store.add_article(key, article, fingerprint, feats)
        if on_features:
            on_features(len(chunk))
        chunk.clear()

    for item, feats in zip(new, results):
        chunk.append((item, feats))
        if len(chunk) >= FEATURE_CHUNK:
            commit()
    if chunk:
        commit()
