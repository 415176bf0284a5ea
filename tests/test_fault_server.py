"""The real server under concurrent load on loopback, and offline: bounded requests in
bounded time, every response accounted for and matched to its request, a 503 with
Retry-After (not an ever-growing queue) when briefs back up, and no page that names
another host."""

from __future__ import annotations

import re
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

import httpx
import pytest

from test_fault_signals import start_server
from web_fixtures import example_texts

pytestmark = pytest.mark.fault

CLIENTS = 10
QUEUE = 2  # briefs that may wait behind the running one


@pytest.fixture(scope="module")
def busy_server(example_dir):
    proc, url = start_server("--queue", QUEUE)
    yield url
    proc.terminate()
    proc.wait(30)


def test_concurrent_briefs_get_their_own_answer_or_a_503(busy_server):
    texts = example_texts()
    started = time.monotonic()

    def post(i: int):
        # each request's articles carry its own titles, so a mixed-up answer is visible
        articles = [{"title": f"request {i} article {k}", "text": texts[(i + k) % len(texts)]}
                    for k in range(2 + i % 3)]
        r = httpx.post(busy_server + "/api/brief", json={"articles": articles, "words": 80}, timeout=300)
        return i, articles, r

    with ThreadPoolExecutor(CLIENTS) as pool:
        futures = [pool.submit(post, i) for i in range(CLIENTS)]
        time.sleep(0.5)
        health = httpx.get(busy_server + "/health", timeout=10)  # the loop answers while busy
        results = [f.result(timeout=300) for f in futures]
    assert health.status_code == 200
    assert len(results) == CLIENTS  # none lost
    statuses = [r.status_code for _, _, r in results]
    assert set(statuses) <= {200, 503}, statuses
    assert statuses.count(503) >= 1, "no request was refused although 10 arrived for 1 + 2 places"
    assert statuses.count(200) >= 1 + QUEUE - 1, statuses
    for i, articles, r in results:
        if r.status_code == 200:
            assert [a["title"] for a in r.json()["articles"]] == [a["title"] for a in articles], i
        else:
            body = r.json()
            assert body["error"]["status"] == 503 and "busy" in body["error"]["message"]
            assert r.headers.get("retry-after")
    assert time.monotonic() - started < 300

    # once the backlog is gone, the server briefs again
    again = httpx.post(busy_server + "/api/brief", json={"articles": [{"text": texts[0]}], "words": 60},
                       timeout=120)
    assert again.status_code == 200


OTHER_HOST = re.compile(r"""(?:src|href|url)\s*[=(]\s*["']?\s*(?:https?:)?//""", re.I)


def test_no_page_references_another_host(busy_server):
    """The pages a browser loads (form, docs, a report) and the assets they name."""
    brief_page = httpx.post(busy_server + "/api/brief.html",
                            json={"articles": [{"text": t} for t in example_texts(2)], "words": 60}, timeout=120)
    assert brief_page.status_code == 200
    pages = {"/api/brief.html": brief_page.text}
    assert httpx.get(busy_server + "/redoc", timeout=30).status_code == 404  # ReDoc fetches a remote logo
    for path in ("/", "/docs"):
        r = httpx.get(busy_server + path, timeout=30)
        assert r.status_code == 200, path
        pages[path] = r.text
    for path, html in pages.items():
        assert not OTHER_HOST.search(html), f"{path} loads something from another host: " \
                                            f"{OTHER_HOST.search(html).group(0)}"
        for ref in re.findall(r"""(?:src|href)\s*=\s*["']([^"']+)""", html):
            if ref.startswith("/"):  # a local asset: it must exist here
                assert httpx.get(busy_server + ref, timeout=30).status_code == 200, (path, ref)
            else:
                assert not urlsplit(ref).netloc, (path, ref)
    assert "/docs-assets/swagger-ui-bundle.js" in pages["/docs"]
