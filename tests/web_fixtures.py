"""Helpers for the page, server and browser tests: a full hand-made brief, a real browser,
a real server process.

The hand-made brief has every section, including hostile text, so the page is tested for
sections other engineers have not finished yet; the real example brief covers what exists.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
# beside the main checkout; a worktree under wt/ finds it one level higher (as conftest does)
EXAMPLES = next((p / "shared" for p in ROOT.parents if (p / "shared" / "examples").is_dir()),
                ROOT.parent / "shared") / "examples" / "deir-ezzor-2016"
SCHEMA = SRC / "newsfuse" / "schema" / "brief.schema.json"
CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'

TEXTS = {
    "a1": ("Sixty-two Syrian soldiers were killed in the strike near Deir ez-Zor, Russia's "
           "defence ministry said on Saturday.\n\n"
           "\"We regret the loss of life,\" said Samantha Power, the US ambassador.\n\n"
           "The ceasefire began on 12 September 2016. " + HOSTILE),
    "a2": ("At least 60 soldiers died when coalition jets hit an army base near the airport, "
           "according to the Syrian Observatory.\n\n"
           "\"We regret the loss of life,\" said Samantha Power, the US ambassador.\n\n"
           "Australia said its aircraft took part in the raid on 17 September 2016."),
    "a3": ("Sixty-two Syrian soldiers were killed in the strike near Deir ez-Zor, Russia's "
           "defence ministry said on Saturday.\n\n"
           "The UN Security Council met in an emergency session on Saturday night."),
}


def sample_brief_dict() -> dict:
    """A brief with every section and text a page must escape (see ``HOSTILE``)."""
    def meta(aid, title, source, published, url, path):
        return {"id": aid, "title": title, "source": source, "published": published,
                "path": path, "url": url, "author": None, "words": len(TEXTS[aid].split()),
                "text": TEXTS[aid]}

    s_a1 = TEXTS["a1"].split("\n\n")[0]
    s_a2 = TEXTS["a2"].split("\n\n")[0]
    quote = "We regret the loss of life,"
    return {
        "schema": "newsfuse.brief/1",
        "articles": [
            meta("a1", "Strike kills Syrian troops " + HOSTILE, "Wire One", "2016-09-17",
                 "javascript:alert(1)", "one.txt"),
            meta("a2", None, "Daily Two", "2016-09-18", "https://example.org/two", None),
            meta("a3", "Strike kills Syrian troops", None, None, None, "three.txt"),
        ],
        "summary": [
            {"text": s_a1, "sources": [
                {"article": "a1", "sentence": 0, "text": s_a1},
                {"article": "a3", "sentence": 0, "text": s_a1, "copied_from": "a1"}]},
            {"text": s_a2, "sources": [{"article": "a2", "sentence": 0, "text": s_a2}]},
            {"text": "The ceasefire began on 12 September 2016. " + HOSTILE,
             "sources": [{"article": "a1", "sentence": 2,
                          "text": "The ceasefire began on 12 September 2016. " + HOSTILE}]},
        ],
        "summary_words": 60,
        "claims": [
            {"about": "soldiers killed", "status": "disputed", "values": [
                {"value": 62, "qualifier": "exact", "text": s_a1,
                 "attributed_to": "Russia's defence ministry", "articles": ["a1", "a3"]},
                {"value": 60, "qualifier": "at least", "text": s_a2,
                 "attributed_to": "Syrian Observatory", "articles": ["a2"]}]},
            {"about": "aircraft " + HOSTILE, "status": "single", "values": [
                {"value": [2, 4], "qualifier": "range", "text": "two to four aircraft",
                 "attributed_to": None, "articles": ["a2"]}]},
        ],
        "quotes": [
            {"speaker": "Samantha Power", "role": "US ambassador to the UN", "text": quote,
             "articles": ["a1", "a2"]},
            {"speaker": None, "role": None, "text": "An unattributed remark " + HOSTILE,
             "articles": ["a3"]},
        ],
        "timeline": [
            {"date": "2016-09-17", "anchor": "absolute",
             "text": "Australia said its aircraft took part in the raid on 17 September 2016.",
             "articles": ["a2"]},
            {"date": "2016-09-12", "anchor": "absolute",
             "text": "The ceasefire began on 12 September 2016.", "articles": ["a1"]},
            {"date": "2016-09-17", "anchor": "latest date in cluster 2016-09-18",
             "mentions": [{"article": "a3", "sentence": 1, "expression": "Saturday", "anchor": "relative"}],
             "text": "The UN Security Council met in an emergency session on Saturday night.",
             "articles": ["a3", "a1"]},
        ],
        "overlap": {
            "pairs": [
                {"a": "a1", "b": "a2", "a_in_b": 0.33, "b_in_a": 0.33, "shared_sentences": 1},
                {"a": "a1", "b": "a3", "a_in_b": 0.33, "b_in_a": 0.5, "shared_sentences": 1},
                {"a": "a2", "b": "a3", "a_in_b": 0.0, "b_in_a": 0.0, "shared_sentences": 0},
            ],
            "copies": [{"copy": "a3", "original": "a1", "share": 0.5, "passages": [s_a1]}],
        },
        "entities": [
            {"name": "Samantha Power", "label": "PERSON", "mentions": 2,
             "variants": ["Samantha Power", "Ms Power"], "articles": ["a1", "a2"]},
            {"name": "Deir ez-Zor " + HOSTILE, "label": "GPE", "mentions": 2,
             "variants": [], "articles": ["a1", "a3"]},
        ],
        "warnings": ["a9: dropped " + HOSTILE],
    }


def sample_brief():
    from newsfuse.model import Brief

    return Brief.from_dict(sample_brief_dict())


# ---------------------------------------------------------------------------- browser

def chromium_path() -> str | None:
    env = os.environ.get("NEWSFUSE_CHROMIUM")
    for candidate in ([env] if env else []) + list(CHROMIUM_CANDIDATES):
        if candidate and Path(candidate).exists():
            return candidate
    return shutil.which("chromium")


def launch_browser(playwright, user_data_dir: str | None = None):
    """A persistent Chromium context on Debian's chromium (never a downloaded browser).

    Returns (context, cleanup). A persistent context is how Playwright takes a user-data-dir.
    """
    executable = chromium_path()
    if executable is None:
        raise FileNotFoundError("chromium not installed")
    own_dir = user_data_dir is None
    user_data_dir = user_data_dir or tempfile.mkdtemp(prefix="newsfuse-chromium-")
    context = playwright.chromium.launch_persistent_context(
        user_data_dir, executable_path=executable, headless=True, args=CHROMIUM_ARGS,
        viewport={"width": 1280, "height": 900},
    )

    def cleanup():
        context.close()
        if own_dir:
            shutil.rmtree(user_data_dir, ignore_errors=True)

    return context, cleanup


# ---------------------------------------------------------------------------- server

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ServerProcess:
    """``newsfuse.server.run`` in its own Python process on a free loopback port."""

    def __init__(self, timeout: float = 60.0):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {**os.environ, "PYTHONPATH": str(SRC) + os.pathsep + os.environ.get("PYTHONPATH", "")}
        self.log = tempfile.TemporaryFile()
        self.proc = subprocess.Popen(
            [sys.executable, "-c", f"from newsfuse.server import run; run(port={self.port})"],
            env=env, stdout=self.log, stderr=subprocess.STDOUT, cwd=str(ROOT),
        )
        deadline = time.monotonic() + timeout
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited with {self.proc.returncode}: {self.output()}")
            try:
                with urllib.request.urlopen(self.url + "/health", timeout=2) as r:
                    if r.status == 200:
                        return
            except OSError:
                pass
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"server did not answer /health in {timeout}s: {self.output()}")
            time.sleep(0.2)

    def output(self) -> str:
        self.log.seek(0)
        return self.log.read().decode("utf-8", "replace")[-3000:]

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()


_live: ServerProcess | None = None


def live_server() -> ServerProcess:
    """One real server process for the whole test session, however many modules use it."""
    global _live
    if _live is None:
        import atexit

        _live = ServerProcess()
        atexit.register(_live.stop)
    return _live


def example_texts(limit: int | None = None) -> list[str]:
    paths = sorted(EXAMPLES.glob("*.txt"))[:limit]
    return [p.read_text(encoding="utf-8") for p in paths]


def example_files(limit: int | None = None) -> list[Path]:
    return sorted(EXAMPLES.glob("*.txt"))[:limit]


def make_screenshot(out: Path = ROOT / "docs" / "screenshot.png") -> Path:
    """Regenerate the README screenshot: the example brief at 1280 px, one chip's tooltip open.

        .venv/bin/python tests/web_fixtures.py
    """
    sys.path.insert(0, str(SRC))
    from playwright.sync_api import sync_playwright

    import newsfuse
    from newsfuse.render.html import render_html

    folder = EXAMPLES
    page_file = Path(tempfile.mkdtemp(prefix="newsfuse-shot-")) / "brief.html"
    page_file.write_text(render_html(newsfuse.brief([folder])), encoding="utf-8")
    out.parent.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        context, cleanup = launch_browser(p)
        try:
            page = context.new_page()
            page.set_viewport_size({"width": 1280, "height": 1200})
            page.goto(page_file.as_uri())
            chips = page.locator("#summary ol.summary > li a.chip")
            chips.nth(min(1, chips.count() - 1)).hover()
            page.screenshot(path=str(out))
        finally:
            cleanup()
            shutil.rmtree(page_file.parent, ignore_errors=True)
    return out


if __name__ == "__main__":
    print(make_screenshot())
