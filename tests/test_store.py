"""The corpus store and the ingest flow, on real labelled articles (../shared/stories).

The grouper here is ``corpus_double`` (a test double with the grouping interface): these
tests are about what the store guarantees whatever grouper it drives.
"""

from __future__ import annotations

import json
import sqlite3
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

import corpus_double
from corpus_data import briefable_basil, read_assignments, records, write_jsonl
from newsfuse.corpus import ingest as ingest_module
from newsfuse.corpus.ingest import ingest
from newsfuse.corpus.stories import brief_story, list_stories, render_stories
from newsfuse.corpus.store import SCHEMA_VERSION, Store, StoreError


def run(inputs, out, store, **kw):
    return ingest([str(p) for p in inputs], str(out) if out else None, str(store) if store else None,
                  grouping=corpus_double, **kw)


@pytest.fixture(scope="module")
def allsides() -> list[dict]:
    return records("allsides_2021a.jsonl")


@pytest.fixture(scope="module")
def one_pass(allsides, tmp_path_factory) -> dict[str, str]:
    tmp = tmp_path_factory.mktemp("one")
    src = write_jsonl(tmp / "all.jsonl", allsides)
    run([src], tmp / "a.jsonl", tmp / "s.db")
    return read_assignments(tmp / "a.jsonl")


def test_two_dated_halves_give_the_stories_of_one_pass(allsides, one_pass, tmp_path):
    dates = sorted(r["published"] for r in allsides)
    cut = dates[len(dates) // 2]
    first = [r for r in allsides if r["published"] < cut]
    second = [r for r in allsides if r["published"] >= cut]
    assert first and second
    store = tmp_path / "s.db"
    run([write_jsonl(tmp_path / "h1.jsonl", first)], tmp_path / "a1.jsonl", store)
    after_first = read_assignments(tmp_path / "a1.jsonl")
    report = run([write_jsonl(tmp_path / "h2.jsonl", second)], tmp_path / "a2.jsonl", store)
    assert report.new == len(second) and report.known == 0
    with Store(str(store), read_only=True) as db:
        both = db.assignments()
    assert both == one_pass
    assert {k: both[k] for k in after_first} == after_first  # the first half's ids did not change
    assert len(set(one_pass.values())) > 100  # real stories, not one bucket


def test_adding_the_same_articles_again_adds_nothing(allsides, tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", allsides[:150])
    store, out = tmp_path / "s.db", tmp_path / "a.jsonl"
    run([src], out, store)
    with Store(str(store), read_only=True) as db:
        before = (db.counts(), db.assignments())
    lines = out.read_text()
    report = run([src], out, store)
    assert report.new == 0 and report.known == 150 and report.written == 0
    with Store(str(store), read_only=True) as db:
        assert (db.counts(), db.assignments()) == before
    assert out.read_text() == lines


def test_same_url_or_same_text_under_a_new_id_is_not_added_twice(allsides, tmp_path):
    base = allsides[:40]
    store = tmp_path / "s.db"
    run([write_jsonl(tmp_path / "in.jsonl", base)], None, store)
    same_url = {**base[3], "id": "repost-by-url", "text": base[3]["text"] + "\n\nUpdated with new details."}
    rewrapped = {**base[7], "id": "copy-by-text", "url": "https://elsewhere.example/copy",
                 "text": "  " + base[7]["text"].upper().replace("\n\n", "\n") + " "}
    fresh = allsides[40]
    out = tmp_path / "a2.jsonl"
    report = run([write_jsonl(tmp_path / "more.jsonl", [same_url, rewrapped, fresh])], out, store)
    assert report.known == 2 and report.new == 1
    got = read_assignments(out)
    with Store(str(store), read_only=True) as db:
        assert db.counts()["articles"] == 41
        assert got["repost-by-url"] == db.story_of(base[3]["id"])
        assert got["copy-by-text"] == db.story_of(base[7]["id"])


def test_a_copy_later_in_the_same_input_is_not_added_twice(allsides, tmp_path):
    recs = allsides[:10] + [{**allsides[2], "id": "wire-copy", "url": None}]
    out = tmp_path / "a.jsonl"
    report = run([write_jsonl(tmp_path / "in.jsonl", recs)], out, tmp_path / "s.db")
    assert report.duplicates == 1 and report.new == 10
    got = read_assignments(out)
    assert len(got) == 11 and got["wire-copy"] == got[allsides[2]["id"]]


def test_one_id_for_two_different_articles_is_said_not_dropped_unsaid(allsides, tmp_path):
    """Before: a second article under an id already used (earlier in the input, or in the
    store by an earlier run) was dropped with no line and counted nowhere ('7 articles read,
    6 new, 0 already in the store, 0 duplicates, 0 lines skipped'). The same article under the
    same id twice is still just a repeat."""
    src = tmp_path / "in.jsonl"
    reused = {**allsides[5], "id": allsides[1]["id"]}
    write_jsonl(src, allsides[:5] + [reused, allsides[3]])
    warnings: list[str] = []
    out, store = tmp_path / "a.jsonl", tmp_path / "s.db"
    report = run([src], out, store, on_warning=warnings.append)
    assert warnings == [f"{src}:6: skipped, its id {allsides[1]['id']!r} is already the id of another "
                        f"article ({src}:2); give each article its own id"]
    assert report.new == 5 and report.repeated == 1 and len(report.malformed) == 1 and report.read == 6
    later = write_jsonl(tmp_path / "later.jsonl", [reused, allsides[6]])
    warnings.clear()
    report = run([later], tmp_path / "b.jsonl", store, on_warning=warnings.append)
    assert warnings == [f"{later}:1: skipped, its id {allsides[1]['id']!r} is already in the store with "
                        "another text (the store keeps the first); give it a new id to add it"]
    assert report.new == 1 and report.read == 1
    assert set(read_assignments(tmp_path / "b.jsonl")) == {allsides[6]["id"]}


def test_malformed_line_is_reported_with_its_number_and_the_rest_ingested(allsides, tmp_path):
    src = tmp_path / "in.jsonl"
    lines = [json.dumps(r) for r in allsides[:6]]
    lines.insert(2, '{"id": "broken", "text": "unterminated')
    lines.insert(5, json.dumps({"id": "no-text", "title": "only a title"}))
    src.write_text("\n".join(lines) + "\n")
    warnings: list[str] = []
    out = tmp_path / "a.jsonl"
    report = run([src], out, tmp_path / "s.db", on_warning=warnings.append)
    assert [w.split(": skipped")[0] for w in warnings] == [f"{src}:3", f"{src}:6"]
    assert "malformed JSON" in warnings[0] and "no 'text'" in warnings[1]
    assert set(read_assignments(out)) == {r["id"] for r in allsides[:6]}
    assert report.read == 6 and len(report.malformed) == 2


def test_a_killed_run_resumes_to_the_stories_of_one_pass(allsides, one_pass, tmp_path, monkeypatch):
    src = write_jsonl(tmp_path / "all.jsonl", allsides)
    store, out = tmp_path / "s.db", tmp_path / "a.jsonl"
    monkeypatch.setattr(ingest_module, "ASSIGN_CHUNK", 100)
    calls = []

    def die_after_two_chunks(n):
        calls.append(n)
        if len(calls) == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run([src], out, store, on_assigned=die_after_two_chunks)
    with Store(str(store), read_only=True) as db:
        counts = db.counts()
    assert counts["articles"] == len(allsides) and counts["assigned"] == 200  # two chunks committed
    assert len(read_assignments(out)) == 200
    report = run([src], out, store)
    assert report.assigned == len(allsides) - 200
    assert read_assignments(out) == one_pass


def test_killed_while_extracting_keeps_the_committed_chunks(allsides, tmp_path, monkeypatch):
    src = write_jsonl(tmp_path / "in.jsonl", allsides[:200])
    store = tmp_path / "s.db"
    monkeypatch.setattr(ingest_module, "FEATURE_CHUNK", 50)

    def die(n):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run([src], None, store, on_features=die)
    with Store(str(store), read_only=True) as db:
        assert db.counts()["articles"] == 50 and db.counts()["assigned"] == 0
    report = run([src], tmp_path / "a.jsonl", store)
    assert report.new == 150 and report.known == 50 and report.assigned == 200
    assert len(read_assignments(tmp_path / "a.jsonl")) == 200


def test_without_a_store_the_working_store_is_removed_when_done(allsides, tmp_path):
    out = tmp_path / "a.jsonl"
    run([write_jsonl(tmp_path / "in.jsonl", allsides[:30])], out, None)
    assert len(read_assignments(out)) == 30
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.jsonl", "in.jsonl"]


def test_files_that_are_not_a_store_are_refused_in_one_line(tmp_path):
    text = tmp_path / "notes.db"
    text.write_text("these are my notes\n")
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE people (name TEXT)")
    newer = tmp_path / "newer.db"
    Store(str(newer)).close()
    with sqlite3.connect(newer) as db:
        db.execute("UPDATE meta SET value=? WHERE key='version'", (str(SCHEMA_VERSION + 1),))
    for path, words in ((text, "not an SQLite file"), (other, "not a newsfuse store"),
                        (newer, "newer than this newsfuse")):
        with pytest.raises(StoreError) as err:
            Store(str(path))
        assert words in str(err.value) and "\n" not in str(err.value)
    assert text.read_text() == "these are my notes\n"  # refused, not overwritten
    with pytest.raises(StoreError, match="no such store"):
        Store(str(tmp_path / "missing.db"), read_only=True)


def test_a_refused_file_keeps_every_byte_and_only_group_makes_a_store_of_an_empty_file(tmp_path):
    """Before: opening for writing switched the file to WAL before checking it, so someone's
    SQLite database was rewritten (its header's journal bytes) and then refused, and 'brief
    --store EMPTY --story ID' turned an empty file into a store, then said the story was missing."""
    other = tmp_path / "people.db"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE people (name TEXT)")
    before = other.read_bytes()
    for kw in ({}, {"create": False}, {"read_only": True}):
        with pytest.raises(StoreError, match="an SQLite database of something else"):
            Store(str(other), **kw)
        assert other.read_bytes() == before, kw
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    for kw in ({"create": False}, {"read_only": True}):  # brief --story, merge, brief --all; stories
        with pytest.raises(StoreError, match="empty file, not a newsfuse store"):
            Store(str(empty), **kw)
        assert empty.read_bytes() == b"", kw
    Store(str(empty)).close()  # group may build its store in an empty file
    assert Store(str(empty), read_only=True).counts()["stories"] == 0


def overwrite_root_page(store, table: str) -> int:
    """Damage ``table`` as a bad disk would: its root page overwritten with junk, the write-ahead
    log checkpointed first so the page is in the file. Returns the page's number."""
    with sqlite3.connect(store) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        root = db.execute("SELECT rootpage FROM sqlite_master WHERE name=?", (table,)).fetchone()[0]
        page = db.execute("PRAGMA page_size").fetchone()[0]
    with open(store, "r+b") as handle:
        handle.seek((root - 1) * page)
        handle.write(b"\xa5" * page)
    return root


def test_a_damaged_store_is_one_line_naming_it_when_the_damage_is_read(allsides, tmp_path):
    """A damaged page is found only by the query that reads it, after the store opened fine.
    Before: 'newsfuse: internal error: DatabaseError: database disk image is malformed',
    status 2, from 'stories' (and 'brief --all'), naming neither the file nor a way out."""
    import subprocess
    import sys

    store = tmp_path / "s.db"
    run([write_jsonl(tmp_path / "in.jsonl", allsides[:60])], None, store)
    root = overwrite_root_page(store, "articles")
    assert root > 1  # the schema page stays whole: the store opens
    with Store(str(store), read_only=True) as db:
        with pytest.raises(StoreError, match=r"s\.db: the store is damaged \(database disk image is malformed\)"):
            list_stories(db)
    proc = subprocess.run([sys.executable, "-m", "newsfuse", "stories", "--store", str(store), "--format", "json"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1 and proc.stdout == ""
    assert proc.stderr.strip().splitlines() == [
        f"newsfuse: error: {store}: the store is damaged (database disk image is malformed); "
        "rebuild it with 'newsfuse group INPUT --store NEW' from its input"]
    # the web app answers a server-side fault as one (500, not the client's 422), page or API
    from fastapi.testclient import TestClient

    from newsfuse.server import create_app

    client = TestClient(create_app(store=str(store)))
    for path in ("/api/stories", "/"):
        answer = client.get(path)
        assert answer.status_code == 500 and "the store is damaged" in answer.text, path


def test_a_damaged_page_no_run_reads_stops_a_writer_before_it_writes(allsides, tmp_path):
    """Before: a group run never reads the briefs table, so with its page overwritten the run
    appended 30 articles to the damaged store and said nothing. Writers now run SQLite's
    quick_check on open (readers still name damage where they reach it)."""
    store = tmp_path / "s.db"
    run([write_jsonl(tmp_path / "in.jsonl", allsides[:60])], None, store)
    with sqlite3.connect(store) as db:
        before = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    root = overwrite_root_page(store, "briefs")
    with pytest.raises(StoreError) as refused:
        run([write_jsonl(tmp_path / "more.jsonl", allsides[60:90])], None, store)
    assert str(refused.value) == (
        f"{store}: the store is damaged (SQLite's quick_check: Page {root}: btreeInitPage() returns error "
        "code 11); rebuild it with 'newsfuse group INPUT --store NEW' from its input")
    with sqlite3.connect(store) as db:
        assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == before
    with Store(str(store), read_only=True) as db:  # a reader still lists what it can read
        assert db.counts()["articles"] == before


def test_merge_keeps_the_older_id_and_records_an_alias(allsides, tmp_path):
    store = tmp_path / "s.db"
    run([write_jsonl(tmp_path / "in.jsonl", allsides[:60])], None, store)
    with Store(str(store)) as db:
        listing = db.stories()
        older, newer = sorted(listing, key=lambda s: s["first_seen"])[0], listing[0]
        assert older["first_seen"] < newer["first_seen"]
        n = db.counts()["stories"]
        kept = db.merge_stories(newer["id"], older["id"])
        assert kept == older["id"]
        assert db.resolve(newer["id"]) == older["id"]
        assert db.story(newer["id"])["id"] == older["id"]
        assert set(db.story(older["id"])["articles"]) == set(older["articles"]) | set(newer["articles"])
        assert db.counts()["stories"] == n - 1
        assert db.assign("no-such-article", newer["id"]) == older["id"]  # later joins follow the alias


def test_proposals_recorded_by_a_run_are_listed_until_applied(allsides, tmp_path, monkeypatch):
    # the double proposes merging its two newest stories, as the grouper's offline pass
    # would record a pair; the store offers it resolved, older first, until it is applied
    monkeypatch.setattr(corpus_double.StoryGrouper, "proposals", lambda self: [
        {"kind": "merge", "stories": [self.stories[-1][0], self.stories[-2][0]], "score": 0.9},
        {"kind": "merge", "stories": [self.stories[-1][0], "s999999"], "score": 0.8}])  # gone: dropped
    store = tmp_path / "s.db"
    run([write_jsonl(tmp_path / "in.jsonl", allsides[:60])], None, store)
    with Store(str(store)) as db:
        (p,) = db.proposals()
        older, newer = p["stories"]
        assert older["first_seen"] <= newer["first_seen"] and older["id"] < newer["id"]
        assert {older["id"], newer["id"]} <= {s["id"] for s in db.stories()}
        assert older["title"] and older["n_articles"] >= 1
        schema = json.loads((resources.files("newsfuse") / "schema" / "proposals.schema.json").read_text())
        from newsfuse.corpus.stories import list_proposals, render_proposals
        jsonschema.validate(json.loads(render_proposals(list_proposals(db), "json")), schema)
        text = render_proposals(list_proposals(db), "text")
        assert f"newsfuse merge --store {store} {older['id']} {newer['id']}" in text
        assert db.merge_stories(newer["id"], older["id"]) == older["id"]
        assert db.proposals() == []  # applied: one story now
        assert render_proposals(list_proposals(db), "text") == "No merge proposals.\n"
    # a later run keeps the applied merge: the proposal stays resolved, the alias holds
    run([write_jsonl(tmp_path / "more.jsonl", allsides[60:90])], None, store)
    with Store(str(store), read_only=True) as db:
        assert db.resolve(newer["id"]) == older["id"]
        assert all(newer["id"] not in [s["id"] for s in q["stories"]] for q in db.proposals())


def test_readers_see_committed_chunks_while_a_writer_holds_a_transaction(allsides, tmp_path):
    store = tmp_path / "s.db"
    run([write_jsonl(tmp_path / "in.jsonl", allsides[:20])], None, store)
    writer = Store(str(store))
    reader = Store(str(store), read_only=True)
    with writer.transaction():
        writer.db.execute("UPDATE stories SET title='uncommitted'")
        assert reader.counts()["assigned"] == 20  # not blocked by the open write transaction
        assert all(s["title"] != "uncommitted" for s in reader.stories())
    assert any(s["title"] == "uncommitted" for s in reader.stories())
    writer.close()
    reader.close()
    assert writer.db is not None


def test_story_list_is_newest_first_filters_and_validates(allsides, tmp_path):
    store = tmp_path / "s.db"
    run([write_jsonl(tmp_path / "in.jsonl", allsides[:120])], None, store)
    schema = json.loads((resources.files("newsfuse") / "schema" / "stories.schema.json").read_text())
    with Store(str(store), read_only=True) as db:
        listing = list_stories(db)
        jsonschema.validate(json.loads(render_stories(listing, "json")), schema)
        stories = listing["stories"]
        assert [s["last_seen"] for s in stories] == sorted((s["last_seen"] for s in stories), reverse=True)
        assert sum(s["n_articles"] for s in stories) == 120
        ids = {r["id"]: r for r in allsides[:120]}
        for s in stories:
            assert s["sources"] == sorted({ids[a]["source"] for a in s["articles"] if ids[a]["source"]})
            assert s["first_seen"] == min(ids[a]["published"] for a in s["articles"])
        since = stories[len(stories) // 2]["last_seen"]
        later = list_stories(db, since=since)["stories"]
        assert later and all(s["last_seen"] >= since for s in later) and len(later) < len(stories)
        big = list_stories(db, min_articles=3)["stories"]
        assert big and all(s["n_articles"] >= 3 for s in big)
        text, md, html = (render_stories(listing, f) for f in ("text", "md", "html"))
        first = stories[0]
        assert first["id"] in text and first["title"] in text
        assert f"| {first['id']} |" in md
        assert 'href="/stories/' not in html and first["id"] in html


def test_brief_of_a_story_is_cached_until_its_articles_change(tmp_path):
    recs = briefable_basil(2)
    assert len(recs) == 6
    store = tmp_path / "s.db"
    run([write_jsonl(tmp_path / "in.jsonl", recs[:-1])], None, store)
    with Store(str(store)) as db:
        target = db.story_of(recs[0]["id"])
        first, cached = brief_story(db, target, words=60, sections=[])
        assert not cached and first.summary
        assert {a["path"] for a in first.articles} == set(db.story(target)["articles"])
        again, cached = brief_story(db, target, words=60, sections=[])
        assert cached and again.to_dict() == first.to_dict()
        _, cached = brief_story(db, target, words=80, sections=[])
        assert not cached  # other options, other brief
    last = recs[-1]
    run([write_jsonl(tmp_path / "more.jsonl", [last])], None, store)
    with Store(str(store)) as db:
        if db.story_of(last["id"]) == target:
            third, cached = brief_story(db, target, words=60, sections=[])
            assert not cached and len(third.articles) == len(first.articles) + 1
        else:  # the story did not change: its brief is still valid
            _, cached = brief_story(db, target, words=60, sections=[])
            assert cached


def test_brief_all_runs_stories_through_the_pool_and_fills_the_cache(tmp_path):
    from newsfuse.corpus.executor import LocalExecutor
    from newsfuse.corpus.stories import brief_all

    recs = briefable_basil(2)
    store = tmp_path / "s.db"
    run([write_jsonl(tmp_path / "in.jsonl", recs)], None, store)
    with Store(str(store)) as db:
        n = db.counts()["stories"]
        with LocalExecutor(workers=2) as pool:
            counts = brief_all(db, pool, words=60, sections=[])
        assert counts == {"briefed": n, "cached": 0, "failed": 0}
        for s in db.stories():
            result, cached = brief_story(db, s["id"], words=60, sections=[])
            assert cached and {a["path"] for a in result.articles} == set(s["articles"])
        assert brief_all(db, LocalExecutor(workers=1), words=60, sections=[]) == {"briefed": 0, "cached": n, "failed": 0}


def test_a_missing_input_creates_no_store(tmp_path):
    from newsfuse.errors import InputError

    with pytest.raises(InputError, match="no such file"):
        run([tmp_path / "missing.jsonl"], tmp_path / "a.jsonl", tmp_path / "s.db")
    assert list(tmp_path.iterdir()) == []


def test_web_app_lists_the_store_read_only(allsides, tmp_path):
    from fastapi.testclient import TestClient

    from newsfuse.server import create_app

    store = tmp_path / "s.db"
    run([write_jsonl(tmp_path / "in.jsonl", allsides[:50])], None, store)
    with Store(str(store), read_only=True) as db:
        expected = list_stories(db)["stories"]
    before = store.read_bytes()
    client = TestClient(create_app(store=str(store)))
    api = client.get("/api/stories").json()
    assert api["schema"] == "newsfuse.stories/1" and api["stories"] == expected
    assert client.get("/api/stories", params={"min_articles": 2}).json()["stories"] == \
        [s for s in expected if s["n_articles"] >= 2]
    page = client.get("/")
    assert page.status_code == 200
    assert all(f'href="/stories/{s["id"]}"' in page.text for s in expected)
    assert client.get("/api/stories/s999999").status_code == 404
    # named as the web API takes them; before: "--since: 'soon' ..." and "query.min_articles: ..."
    since = client.get("/api/stories", params={"since": "soon"})
    assert since.status_code == 422
    assert since.json()["error"]["message"] == "since: 'soon' is not a date; use YYYY-MM-DD"
    fewest = client.get("/api/stories", params={"min_articles": 0})
    assert fewest.status_code == 422 and fewest.json()["error"]["message"].startswith("min_articles: ")
    assert client.get("/new").status_code == 200
    assert store.read_bytes() == before  # read-only: nothing written


def test_story_list_markdown_shows_headlines_as_text():
    """Before: only '|' was escaped, so a headline's markup ran when the list was rendered."""
    from markdown_it import MarkdownIt

    from newsfuse.corpus.stories import render_proposals

    side = {"id": "s000001", "title": "<img src=x onerror=alert(1)> *Live* updates | [video](javascript:x)",
            "articles": ["a"], "n_articles": 1, "sources": ["<b>Daily</b> News"],
            "first_seen": "2021-05-01", "last_seen": "2021-05-01"}
    stories = {"schema": "newsfuse.stories/1", "store": "s.db", "stories": [side]}
    proposals = {"schema": "newsfuse.proposals/1", "store": "s.db",
                 "proposals": [{"kind": "merge", "score": 0.9, "stories": [side, {**side, "id": "s000002"}]}]}
    for md in (render_stories(stories, "md"), render_proposals(proposals, "md")):
        html = MarkdownIt("commonmark").enable("table").render(md)
        assert "<img" not in html and "<em>" not in html and "<b>" not in html and "<a " not in html
        assert "&lt;img src=x onerror=alert(1)&gt; *Live* updates | [video](javascript:x)" in html


def test_empty_story_and_proposal_lists_say_so_in_markdown(allsides, tmp_path):
    """Before: the Markdown list of no stories (a --since past the stream's end) or of no
    proposals was a table of column headers alone; the text and HTML lists say "No stories
    match." / "No merge proposals."."""
    from newsfuse.corpus.stories import list_proposals, render_proposals

    store = tmp_path / "s.db"
    run([write_jsonl(tmp_path / "in.jsonl", allsides[:12])], None, store)
    with Store(str(store), read_only=True) as db:
        none = list_stories(db, since="2099-01-01")
        assert render_stories(none, "md") == "# Stories (0)\n\nNo stories match.\n"
        assert render_stories(none, "text") == "No stories match.\n"
        assert "| story |" in render_stories(list_stories(db), "md")
        assert render_proposals(list_proposals(db), "md") == "# Merge proposals (0)\n\nNo merge proposals.\n"


def test_story_pages_answer_a_browser_with_a_page(allsides, tmp_path):
    """Before: /stories/ID for an unknown story, or one too large to brief, and / with a bad
    ?since= answered the browser with the API's raw JSON error."""
    from fastapi.testclient import TestClient

    from newsfuse.server import create_app

    store = tmp_path / "s.db"
    run([write_jsonl(tmp_path / "in.jsonl", allsides[:20])], None, store)
    client = TestClient(create_app(store=str(store)))
    for url, status, needle in (("/stories/s999999", 404, "no story &#39;s999999&#39;"),
                                ("/?since=soon", 422, "&#39;soon&#39; is not a date")):
        page = client.get(url)
        assert page.status_code == status
        assert page.headers["content-type"].startswith("text/html")
        assert needle in page.text and 'href="/"' in page.text
    assert client.get("/api/stories/s999999").json()["error"]["status"] == 404  # the API keeps JSON
    # a story's brief takes the same choices as /api/brief, refused before any work
    with Store(str(store), read_only=True) as db:
        story = list_stories(db)["stories"][0]["id"]
    bad = client.get(f"/api/stories/{story}", params={"figures": "neural"})
    assert bad.status_code == 422
    assert bad.json()["error"]["message"] == "figures: 'neural' is not a figure grouping; use rules or learned"
    page = client.get(f"/stories/{story}", params={"scorer": "magic"})
    assert page.status_code == 422 and "use learned or heuristic" in page.text


def test_a_brief_grouped_by_the_linker_is_cached_apart():
    """--figures learned changes the claims, so a store keeps its brief apart from the default
    (rules) one; without the claims section, or with the default, the key is the older one."""
    from newsfuse.corpus.stories import brief_options

    default = brief_options(250, ["claims", "quotes"])
    assert brief_options(250, ["claims", "quotes"], figures="rules") == default
    assert brief_options(250, ["claims", "quotes"], figures="learned") != default
    assert brief_options(250, ["quotes"], figures="learned") == brief_options(250, ["quotes"])


def test_a_store_refused_at_open_leaves_the_assignments_file_to_the_next_run(example_paths, tmp_path):
    """A store that cannot be opened (a file of notes given as --store) is refused after the
    assignments file was opened and claimed: that file was left open, so while the refusal
    lived (a caller's ``except`` block, a notebook's last traceback) the next run into it in
    the same process was refused as 'another newsfuse run is writing this file'."""
    source = write_jsonl(tmp_path / "examples.jsonl",
                         [{"id": f"e{i}", "text": p.read_text(encoding="utf-8")} for i, p in enumerate(example_paths)])
    notes = tmp_path / "notes.db"
    notes.write_text("these are my notes\n")
    out = tmp_path / "a.jsonl"
    with pytest.raises(StoreError, match="not an SQLite file") as refused:
        run([source], out, notes)
    run([source], out, tmp_path / "s.db")  # ``refused`` still holds the first run's frames
    assert sorted(read_assignments(out)) == [f"e{i}" for i in range(len(example_paths))]
    assert str(refused.value).startswith(f"{notes}: ")
