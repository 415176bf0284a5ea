"""A long brief names its steps as they start: the parse counted against its paragraphs, then
each section. Without that a brief of a few hundred reports stood still for minutes after its
parse bar (docs/measurements.md, fifteenth session)."""

from __future__ import annotations

import html
import os
import pty

from newsfuse.cli import PROGRESS_WORDS, brief_progress
from newsfuse.model import Article
from newsfuse.pipeline import brief_articles
from newsfuse.progress import Progress, TerminalProgress, as_progress
from newsfuse.readers import read_inputs


class Recorder(Progress):
    def __init__(self) -> None:
        self.steps: list[list] = []

    def begin(self, step: str, total: int | None = None) -> None:
        self.steps.append([step, total, 0])

    def advance(self, n: int = 1) -> None:
        self.steps[-1][2] += n


def test_a_brief_reports_the_parse_against_its_total_then_each_section(example_paths):
    seen = Recorder()
    brief = brief_articles(read_inputs(example_paths), sections=["overlap", "quotes", "claims"], progress=seen)
    names = [s[0] for s in seen.steps]
    assert names == ["models", "parse", "overlap", "quotes", "summary", "claims"]
    parse = seen.steps[1]
    # every paragraph (and headline) of the five reports is counted once, against the total given
    assert parse[1] == parse[2] > len(example_paths)
    assert brief.quotes and brief.claims


def test_a_counting_callable_still_counts_paragraphs(example_paths):
    counted = []
    brief_articles(read_inputs(example_paths), sections=[], progress=counted.append)
    assert counted and set(counted) == {1}


def test_the_terminal_shows_steps_only_for_a_long_brief_on_a_terminal():
    short = [Article(text="A short report about a flood in the valley. " * 20)]
    long = [Article(text="word " * (PROGRESS_WORDS + 1))]
    leader, follower = pty.openpty()
    try:
        with os.fdopen(follower, "w", closefd=False) as terminal:
            assert type(brief_progress(short, terminal)) is Progress
            shown = brief_progress(long, terminal)
            assert isinstance(shown, TerminalProgress)
            shown.begin("parse", total=3)
            shown.advance(2)
            shown.begin("claims")
            shown.close()
        drawn = os.read(leader, 65536).decode(errors="replace")
        assert "parsing paragraphs" in drawn or "claims: figures" in drawn
    finally:
        os.close(leader)
        os.close(follower)
    with open(os.devnull, "w") as not_a_terminal:
        assert type(brief_progress(long, not_a_terminal)) is Progress


def test_as_progress_keeps_a_progress_and_wraps_the_rest():
    seen = Recorder()
    assert as_progress(seen) is seen
    as_progress(None).begin("parse", 3)  # silent, no error


def test_the_server_says_which_step_the_running_brief_is_at(example_paths):
    """``GET /api/progress`` while a brief runs (the form's page polls it): the step, and the
    parse counted against its total; nothing running before and after."""
    import threading
    import time

    from fastapi.testclient import TestClient

    from newsfuse import server
    from newsfuse.progress import STEP_NAMES

    articles = read_inputs(example_paths)
    with TestClient(server.create_app()) as client:
        assert client.get("/api/progress").json() == {"running": False, "waiting": 0}
        seen = []
        worker = threading.Thread(target=server.brief_guarded, args=(articles, 100, None))
        worker.start()
        while worker.is_alive():
            now = client.get("/api/progress").json()
            if now["running"]:
                seen.append(now)
            time.sleep(0.02)
        worker.join()
        assert client.get("/api/progress").json()["running"] is False
        page = client.get("/").text  # its policy lets the page's script ask, and only this server
    assert seen, "the brief ran without /api/progress ever seeing it"
    assert all(s["step"] in STEP_NAMES and s["label"] == STEP_NAMES[s["step"]] for s in seen)
    assert all(s.get("total") is None or 0 <= s["done"] <= s["total"] for s in seen)
    assert [s["seconds"] for s in seen] == sorted(s["seconds"] for s in seen)
    assert "connect-src 'self'" in html.unescape(page) and "/api/progress" in page
