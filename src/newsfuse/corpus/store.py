"""The corpus store: articles, their features, stories and cached briefs in one SQLite file.

Why SQLite in WAL mode: the store must need no server, and the web app must read it while a
``group`` run writes it. In WAL mode readers never block the one writer and the writer never
blocks readers; each reader sees the last committed chunk. (DuckDB allows a single process to
open a file for writing and then refuses every other process, even readers, so the web app
could not show a store being ingested.) SQLite is in the standard library, so the store adds
no dependency.

A run commits per chunk, in one transaction: the chunk's articles and features, or its
assignments together with the grouper's state. A killed run therefore loses nothing that was
committed, and the grouper state always matches the assignments beside it, so a rerun
continues exactly where the last commit left off.

Story ids are handed out by the grouper and never change; a merge keeps the older id and
records the other as an alias, which every lookup follows.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import pickle
import re
import sqlite3
from contextlib import contextmanager
from typing import Any, Iterable, Iterator

from .. import file_lock
from ..errors import NewsfuseError

SCHEMA_NAME = "newsfuse.store"
SCHEMA_VERSION = 1

_DDL = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value BLOB);
CREATE TABLE IF NOT EXISTS articles (
    seq INTEGER PRIMARY KEY,          -- order of arrival in the store
    key TEXT NOT NULL UNIQUE,         -- the article's id from the input
    url TEXT,
    fingerprint TEXT NOT NULL,        -- hash of the normalised text
    title TEXT, source TEXT, published TEXT, text TEXT NOT NULL,
    seen TEXT NOT NULL,               -- published date, or the ingest date when undated
    story TEXT,                       -- NULL while the article waits for assignment
    assigned INTEGER                  -- order of assignment (the stream order actually used)
);
CREATE INDEX IF NOT EXISTS articles_url ON articles(url) WHERE url IS NOT NULL;
CREATE INDEX IF NOT EXISTS articles_fingerprint ON articles(fingerprint);
CREATE INDEX IF NOT EXISTS articles_story ON articles(story);
CREATE INDEX IF NOT EXISTS articles_pending ON articles(assigned) WHERE story IS NULL;
CREATE TABLE IF NOT EXISTS duplicates (key TEXT PRIMARY KEY, of_key TEXT NOT NULL, reason TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS features (key TEXT PRIMARY KEY, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS stories (
    id TEXT PRIMARY KEY, title TEXT, first_seen TEXT, last_seen TEXT,
    n_articles INTEGER NOT NULL DEFAULT 0, updated TEXT
);
CREATE INDEX IF NOT EXISTS stories_last_seen ON stories(last_seen);
CREATE TABLE IF NOT EXISTS aliases (merged TEXT PRIMARY KEY, kept TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS briefs (
    story TEXT NOT NULL, options TEXT NOT NULL, articles_hash TEXT NOT NULL, brief TEXT NOT NULL,
    created TEXT NOT NULL, PRIMARY KEY (story, options)
);
"""


class StoreError(NewsfuseError):
    """A file that cannot serve as a store; the message names the file and the fix."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")


_DAMAGED = {"SQLITE_CORRUPT", "SQLITE_NOTADB"}


def _store_error(path: str, exc: sqlite3.DatabaseError) -> StoreError:
    """SQLite's complaint about the file as one line naming the store and what to do.

    A damaged page is found only when a query reads it, which can be long after the store was
    opened (a listing, a brief, the middle of a run); a full disk or a locked file likewise."""
    if getattr(exc, "sqlite_errorname", None) in _DAMAGED:
        return StoreError(path, f"the store is damaged ({exc}); rebuild it with 'newsfuse group "
                                "INPUT --store NEW' from its input")
    return StoreError(path, f"cannot use the store ({exc})")


class _Cursor(sqlite3.Cursor):
    """A cursor whose errors about the file (not about our SQL) are ``StoreError``s."""

    path = ""

    def _guard(self, call, *args):
        try:
            return call(*args)
        except (sqlite3.IntegrityError, sqlite3.ProgrammingError, sqlite3.InterfaceError):
            raise  # a mistake in a statement of ours, not the file's state
        except sqlite3.DatabaseError as exc:
            raise _store_error(self.path, exc) from None

    def execute(self, *args):
        return self._guard(super().execute, *args)

    def executemany(self, *args):
        return self._guard(super().executemany, *args)

    def fetchone(self):
        return self._guard(super().fetchone)

    def fetchmany(self, *args):
        return self._guard(super().fetchmany, *args)

    def fetchall(self):
        return self._guard(super().fetchall)

    def __next__(self):
        return self._guard(super().__next__)


class _Connection(sqlite3.Connection):
    """Every statement runs on a ``_Cursor`` (``Connection.execute`` would bypass ``cursor``)."""

    path = ""

    def cursor(self, factory=_Cursor):
        cursor = super().cursor(factory)
        cursor.path = self.path
        return cursor

    def execute(self, *args):
        return self.cursor().execute(*args)

    def executemany(self, *args):
        return self.cursor().executemany(*args)


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class Store:
    """One store file. ``read_only`` opens it for readers (the web app, ``stories``)."""

    def __init__(self, path: str, read_only: bool = False, create: bool = True):
        self.path = str(path)
        self.read_only = read_only
        self._last_order: int | None = None  # the writer's last assignment number (one writer per store)
        exists = os.path.exists(self.path)
        if not exists and (read_only or not create):
            raise StoreError(self.path, "no such store; build one with 'newsfuse group INPUT --store PATH'")
        if exists:
            _check_header(self.path)
        try:
            if read_only:
                uri = "file:" + os.path.abspath(self.path) + "?mode=ro"
                self.db = sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=30,
                                          factory=_Connection)
            else:
                os.makedirs(os.path.dirname(os.path.abspath(self.path)), exist_ok=True)
                self.db = sqlite3.connect(self.path, check_same_thread=False, timeout=30,
                                          isolation_level=None, factory=_Connection)
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(self.path, f"cannot open ({exc})") from None
        self.db.path = self.path
        self.db.row_factory = sqlite3.Row
        try:
            self._check_or_create(exists, create)
        except StoreError:
            self.db.close()
            raise

    # ------------------------------------------------------------------ opening

    def _check_or_create(self, exists: bool, create: bool) -> None:
        """Refuse a file that is not a store before writing anything to it (switching an
        SQLite file to WAL rewrites its header), then make the store when asked to."""
        tables = {r[0] for r in self.db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if exists and tables:
            if "meta" not in tables:
                raise StoreError(self.path, "not a newsfuse store (an SQLite database of something else); "
                                            "give a new file name or a store made by 'newsfuse group'")
            name, version = self.meta("schema"), self.meta("version")
            if name != SCHEMA_NAME:
                raise StoreError(self.path, "not a newsfuse store; give a new file name or a store "
                                            "made by 'newsfuse group'")
            if int(version or 0) > SCHEMA_VERSION:
                raise StoreError(self.path, f"store schema version {version} is newer than this "
                                            f"newsfuse reads ({SCHEMA_VERSION}); upgrade newsfuse")
        elif self.read_only or not create:  # only a command that builds a store makes one
            raise StoreError(self.path, "empty file, not a newsfuse store")
        if not self.read_only:
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")  # durable at each checkpoint; safe in WAL
        if exists and tables:
            if not self.read_only:
                self._check_pages()
            return
        with self.transaction():
            for statement in _DDL.split(";"):
                if statement.strip():
                    self.db.execute(statement)
            self._set_meta("schema", SCHEMA_NAME)
            self._set_meta("version", str(SCHEMA_VERSION))
            self._set_meta("created", _now())

    def _check_pages(self) -> None:
        """Refuse to write to a store with a damaged page. SQLite finds damage only where a
        query reads, and a run that appends (group, merge, brief --all) may never read the
        damaged page, so it wrote more to a store already broken and exited 0. ``quick_check``
        reads every page (not the index contents, as ``integrity_check`` does): 0.03 s per open
        of the 55.6 MB store of the 9,000-article stress stream (warm page cache), where a group
        run adding 5 articles to it took 5.6 s (README, "Corpus mode", Refusals). Readers are
        not checked: they already name the damage when they reach it, and serve the rest."""
        rows = [r[0] for r in self.db.execute("PRAGMA quick_check(1)").fetchall()]
        if rows != ["ok"]:
            lines = [line for r in rows[:1] for line in str(r).splitlines() if not line.startswith("***")]
            first = " ".join(" ".join(lines).split()) or "no answer"  # '*** in database main ***' dropped
            raise StoreError(self.path, f"the store is damaged (SQLite's quick_check: {first}); rebuild it "
                                        "with 'newsfuse group INPUT --store NEW' from its input")

    def claim_sole_writer(self) -> None:
        """Be the one ``group`` run adding to this store until ``close``, or fail at once.

        Why: a run reads the store to know which articles are new, extracts their features,
        then assigns them with the grouper's state it loaded; a second run at the same time (a
        cron job that overlaps the last one) stored the same articles again (one story of 11
        articles where one run at a time gives 6) and saved a grouper state that knew nothing
        of the other run's assignments. SQLite's own locks last one transaction, so the claim
        is an exclusive ``flock`` on ``PATH.lock``, held for the run and released by the kernel
        when the process ends however it ends, so a killed run never blocks its rerun. The
        file stays (deleting it would race a run opening it). Where ``fcntl`` is missing
        (Windows), runs are not guarded."""
        if not file_lock.AVAILABLE:
            return
        lock_path = self.path + ".lock"
        try:
            handle = open(lock_path, "a")
        except OSError as exc:
            raise StoreError(self.path, f"cannot open its lock file {lock_path} ({exc.strerror or exc})") from None
        if not file_lock.claim(handle):
            handle.close()
            raise StoreError(self.path, "another 'newsfuse group' run is adding to this store; "
                                        "run this one when it has ended")
        self._writer_claim = handle

    def close(self) -> None:
        self.db.close()
        claim, self._writer_claim = getattr(self, "_writer_claim", None), None
        if claim is not None:
            claim.close()  # releases the flock

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic chunk: everything inside commits together or not at all (also on Ctrl-C)."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            self._last_order = None
            raise
        self.db.execute("COMMIT")

    # ------------------------------------------------------------------ meta

    def meta(self, key: str) -> Any:
        row = self.db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return None if row is None else row[0]

    def _set_meta(self, key: str, value: Any) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))

    def grouper_state(self) -> bytes | None:
        return self.meta("grouper_state")

    # ------------------------------------------------------------------ dedup

    def find_existing(self, key: str, url: str | None, fingerprint: str) -> tuple[str, str] | None:
        """(key of the stored article, reason) when this article is already in the store."""
        row = self.db.execute("SELECT key FROM articles WHERE key=?", (key,)).fetchone()
        if row:
            return row[0], "id"
        row = self.db.execute("SELECT of_key FROM duplicates WHERE key=?", (key,)).fetchone()
        if row:
            return row[0], "id"
        if url:
            row = self.db.execute("SELECT key FROM articles WHERE url=? ORDER BY seq LIMIT 1", (url,)).fetchone()
            if row:
                return row[0], "url"
        row = self.db.execute("SELECT key FROM articles WHERE fingerprint=? ORDER BY seq LIMIT 1",
                              (fingerprint,)).fetchone()
        if row:
            return row[0], "text"
        return None

    def stored_fingerprint(self, key: str) -> str | None:
        """The text fingerprint of the stored article with this id (None when there is none)."""
        row = self.db.execute("SELECT fingerprint FROM articles WHERE key=?", (key,)).fetchone()
        return None if row is None else row[0]

    # ------------------------------------------------------------------ writing (call inside transaction())

    def add_article(self, key: str, article: Any, fingerprint: str, features: Any) -> None:
        """Store a new article and its features, waiting for assignment."""
        seen = article.published or dt.date.today().isoformat()
        self.db.execute(
            "INSERT INTO articles(key, url, fingerprint, title, source, published, text, seen) "
            "VALUES (?,?,?,?,?,?,?,?)",
            (key, article.url, fingerprint, article.title, article.source, article.published,
             article.text, seen))
        self.db.execute("INSERT OR REPLACE INTO features(key, data) VALUES (?, ?)",
                        (key, pickle.dumps(features, protocol=pickle.HIGHEST_PROTOCOL)))

    def add_duplicate(self, key: str, of_key: str, reason: str) -> None:
        self.db.execute("INSERT OR IGNORE INTO duplicates(key, of_key, reason) VALUES (?,?,?)",
                        (key, of_key, reason))

    def assign(self, key: str, story: str) -> str:
        """Put an article in a story (following aliases); returns the story id actually used."""
        story = self.resolve(story)
        if self._last_order is None:  # read once: a scan per article would grow with the store
            self._last_order = self.db.execute("SELECT COALESCE(MAX(assigned), 0) FROM articles").fetchone()[0]
        order = self._last_order + 1
        row = self.db.execute("UPDATE articles SET story=?, assigned=? WHERE key=? AND story IS NULL "
                              "RETURNING title, text, seen", (story, order, key)).fetchone()
        if row is None:
            return story
        self._last_order = order
        title = row["title"] or _headline_from_text(row["text"])
        self.db.execute(
            "INSERT INTO stories(id, title, first_seen, last_seen, n_articles, updated) VALUES (?,?,?,?,1,?) "
            "ON CONFLICT(id) DO UPDATE SET n_articles = n_articles + 1, "
            "first_seen = MIN(first_seen, excluded.first_seen), "
            "last_seen = MAX(last_seen, excluded.last_seen), updated = excluded.updated",
            (story, title, row["seen"], row["seen"], _now()))
        return story

    def save_grouper_state(self, state: bytes, proposals: list[dict] | None = None) -> None:
        self._set_meta("grouper_state", state)
        if proposals is not None:
            self._set_meta("proposals", json.dumps(proposals))

    def merge_stories(self, a: str, b: str) -> str:
        """Merge two stories: the story first seen (earliest first_seen) keeps its id, the other becomes its alias. Returns the kept id."""
        a, b = self.resolve(a), self.resolve(b)
        if a == b:
            return a
        (kept, merged), rows = self._older_first(a, b)
        if len(rows) != 2:
            raise StoreError(self.path, f"no story {a if a not in rows else b!r}; list them with "
                                        f"'newsfuse stories --store {self.path}'")
        with self.transaction():
            self.db.execute("UPDATE articles SET story=? WHERE story=?", (kept, merged))
            self.db.execute("UPDATE aliases SET kept=? WHERE kept=?", (kept, merged))
            self.db.execute("INSERT OR REPLACE INTO aliases(merged, kept) VALUES (?, ?)", (merged, kept))
            m = rows[merged]
            self.db.execute(
                "UPDATE stories SET n_articles = n_articles + ?, first_seen = MIN(first_seen, ?), "
                "last_seen = MAX(last_seen, ?), updated = ? WHERE id = ?",
                (m["n_articles"], m["first_seen"], m["last_seen"], _now(), kept))
            self.db.execute("DELETE FROM stories WHERE id=?", (merged,))
        return kept

    def _older_first(self, a: str, b: str) -> tuple[list[str], dict[str, Any]]:
        """Two stories' ids, the older first, and their rows (without a story that is gone).
        One rule for both callers: a merge keeps the first, and proposals list it first."""
        rows = {r["id"]: r for r in self.db.execute("SELECT * FROM stories WHERE id IN (?, ?)", (a, b))}
        if len(rows) != 2:
            return [a, b], rows
        return sorted((a, b), key=lambda s: (rows[s]["first_seen"] or "", s)), rows

    def proposals(self) -> list[dict[str, Any]]:
        """The grouper's merge proposals from the last run, as the store stands now.

        The grouper proposes among its own story ids and knows nothing of merges applied
        since, so each id is resolved through the aliases here, and a pair that is already
        one story (or names a story that is gone) is dropped: the list only ever offers
        merges that can still be made. Each proposal carries both stories' headline, size
        and span, the older story first (the one a merge keeps)."""
        raw = self.meta("proposals")
        try:
            proposals = json.loads(raw) if raw else []
        except (TypeError, ValueError):
            proposals = []
        out, seen = [], set()
        for p in proposals:
            if not isinstance(p, dict) or p.get("kind") != "merge" or len(p.get("stories") or ()) != 2:
                continue
            ids = [self.resolve(str(s)) for s in p["stories"]]
            if ids[0] == ids[1]:
                continue
            ids, rows = self._older_first(*ids)
            if len(rows) != 2:
                continue
            if tuple(ids) in seen:
                continue
            seen.add(tuple(ids))
            out.append({"kind": "merge", "score": p.get("score"),
                        "stories": [{"id": s, "title": rows[s]["title"], "n_articles": rows[s]["n_articles"],
                                     "first_seen": rows[s]["first_seen"], "last_seen": rows[s]["last_seen"]}
                                    for s in ids]})
        return out

    # ------------------------------------------------------------------ reading

    def resolve(self, story: str) -> str:
        """The id a story is kept under (itself, or the story it was merged into)."""
        for _ in range(100):  # alias chains are flattened on merge; the bound only guards a loop
            row = self.db.execute("SELECT kept FROM aliases WHERE merged=?", (story,)).fetchone()
            if row is None:
                return story
            story = row[0]
        return story

    def story_of(self, key: str) -> str | None:
        """The story of an input id (a stored article, or a duplicate of one)."""
        row = self.db.execute("SELECT story FROM articles WHERE key=?", (key,)).fetchone()
        if row is None:
            row = self.db.execute("SELECT a.story FROM duplicates d JOIN articles a ON a.key = d.of_key "
                                  "WHERE d.key=?", (key,)).fetchone()
        return None if row is None else row[0]

    def pending_features(self) -> list[Any]:
        """Features of articles stored but not yet assigned (a killed run's remainder)."""
        rows = self.db.execute("SELECT f.data FROM articles a JOIN features f ON f.key = a.key "
                               "WHERE a.story IS NULL ORDER BY a.seq").fetchall()
        return [pickle.loads(r[0]) for r in rows]

    def counts(self) -> dict[str, int]:
        one = lambda sql: self.db.execute(sql).fetchone()[0]  # noqa: E731
        return {
            "articles": one("SELECT COUNT(*) FROM articles"),
            "assigned": one("SELECT COUNT(*) FROM articles WHERE story IS NOT NULL"),
            "duplicates": one("SELECT COUNT(*) FROM duplicates"),
            "stories": one("SELECT COUNT(*) FROM stories"),
        }

    def assignments(self) -> dict[str, str]:
        """Every input id -> its story, duplicates included."""
        out = {r[0]: r[1] for r in self.db.execute("SELECT key, story FROM articles WHERE story IS NOT NULL")}
        for key, of_key in self.db.execute("SELECT key, of_key FROM duplicates"):
            if of_key in out:
                out[key] = out[of_key]
        return out

    def stories(self, since: str | None = None, min_articles: int = 1) -> list[dict[str, Any]]:
        """Stories newest first (by last seen, then id), with their articles and outlets."""
        rows = self.db.execute(
            "SELECT * FROM stories WHERE n_articles >= ? AND (? IS NULL OR last_seen >= ?) "
            "ORDER BY last_seen DESC, id DESC", (min_articles, since, since)).fetchall()
        members: dict[str, list[sqlite3.Row]] = {}
        if rows:
            ids = [r["id"] for r in rows]
            for chunk in range(0, len(ids), 500):
                part = ids[chunk:chunk + 500]
                marks = ",".join("?" * len(part))
                for a in self.db.execute(
                        f"SELECT key, story, source, title, url, published FROM articles "
                        f"WHERE story IN ({marks}) ORDER BY seen, assigned", part):
                    members.setdefault(a["story"], []).append(a)
        return [_story_dict(r, members.get(r["id"], [])) for r in rows]

    def story(self, story_id: str) -> dict[str, Any] | None:
        kept = self.resolve(story_id)
        row = self.db.execute("SELECT * FROM stories WHERE id=?", (kept,)).fetchone()
        if row is None:
            return None
        members = self.db.execute("SELECT key, story, source, title, url, published FROM articles "
                                  "WHERE story=? ORDER BY seen, assigned", (kept,)).fetchall()
        return _story_dict(row, members)

    def story_articles(self, story_id: str) -> list[sqlite3.Row]:
        return self.db.execute("SELECT * FROM articles WHERE story=? ORDER BY seen, assigned",
                               (self.resolve(story_id),)).fetchall()

    # ------------------------------------------------------------------ brief cache

    def cached_brief(self, story: str, options: str, articles_hash: str) -> str | None:
        row = self.db.execute("SELECT brief, articles_hash FROM briefs WHERE story=? AND options=?",
                              (story, options)).fetchone()
        return row[0] if row and row[1] == articles_hash else None

    def save_brief(self, story: str, options: str, articles_hash: str, brief_json: str) -> None:
        with self.transaction():
            self.db.execute("INSERT OR REPLACE INTO briefs(story, options, articles_hash, brief, created) "
                            "VALUES (?,?,?,?,?)", (story, options, articles_hash, brief_json, _now()))


def _story_dict(row: sqlite3.Row, members: Iterable[sqlite3.Row]) -> dict[str, Any]:
    members = list(members)
    sources = sorted({m["source"] for m in members if m["source"]})
    return {
        "id": row["id"],
        "title": row["title"],
        "articles": [m["key"] for m in members],
        "n_articles": len(members),
        "sources": sources,
        "first_seen": row["first_seen"],
        "last_seen": row["last_seen"],
    }


def _headline_from_text(text: str) -> str:
    first = re.split(r"(?<=[.!?])\s", text.strip(), maxsplit=1)[0]
    return first if len(first) <= 120 else first[:117].rsplit(" ", 1)[0] + "..."


def _check_header(path: str) -> None:
    """Refuse a file that is not SQLite before sqlite3 would take it for an empty database."""
    if os.path.isdir(path):
        raise StoreError(path, "is a folder; give a file name for the store")
    try:
        with open(path, "rb") as handle:
            head = handle.read(16)
    except OSError as exc:
        raise StoreError(path, f"cannot read ({exc.strerror or exc})") from None
    if head and head != b"SQLite format 3\x00":
        raise StoreError(path, "not a newsfuse store (not an SQLite file); give a new file name "
                               "or a store made by 'newsfuse group'")
