"""The page and the web app in a real browser: Debian's Chromium driven by Playwright.

One browser and one server for the session. Skipped, with the reason, only when no
Chromium executable is installed (``apt-get install chromium``); Playwright's own browser
download is never used.
"""

from __future__ import annotations

import io
import re
from urllib.parse import urlsplit

import pytest

from newsfuse.render.html import render_html
from web_fixtures import chromium_path, example_files, example_texts, live_server, sample_brief

@pytest.fixture(scope="session")
def browser_context(tmp_path_factory):
    if chromium_path() is None:
        pytest.skip("no Chromium executable at /usr/bin/chromium: install it with "
                    "'apt-get install -y --no-install-recommends chromium libatomic1' to run browser tests")
    from playwright.sync_api import sync_playwright

    from web_fixtures import launch_browser

    with sync_playwright() as p:
        context, cleanup = launch_browser(p, str(tmp_path_factory.mktemp("chromium-profile")))
        context.set_default_timeout(15000)
        try:
            yield context
        finally:
            cleanup()


@pytest.fixture(scope="session")
def report_files(tmp_path_factory, example_brief):
    folder = tmp_path_factory.mktemp("pages")
    example = folder / "example.html"
    example.write_text(render_html(example_brief), encoding="utf-8")
    sample = folder / "sample.html"
    sample.write_text(render_html(sample_brief()), encoding="utf-8")
    return {"example": example, "sample": sample}


class Watch:
    """Everything a page asks the network for, its script errors and any dialogs it opens."""

    def __init__(self, page):
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        page.on("request", lambda r: self.requests.append(r.url))
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))


@pytest.fixture()
def page(browser_context):
    page = browser_context.new_page()
    # anything not from the file itself is refused, and recorded by Watch
    page.route(re.compile(r"^(?!file:|data:|about:).*"), lambda route: route.abort())
    yield page
    page.close()


@pytest.fixture()
def example_page(page, report_files):
    watch = Watch(page)
    page.goto(report_files["example"].as_uri())
    page.watch = watch
    return page


def chip_in_summary(page, n: int = 0):
    return page.locator("#summary a.chip").nth(n)


def normalise(text: str) -> str:
    return " ".join(text.split())


# ---------------------------------------------------------------------------- the file

def test_page_shows_summary_and_tables(example_page, example_brief):
    page = example_page
    assert page.locator("#summary ol.summary > li").count() == len(example_brief.summary)
    first = normalise(example_brief.summary[0]["text"])
    assert normalise(page.locator("#summary ol.summary > li").first.inner_text()).startswith(first)
    assert page.locator(".legend > li").count() == len(example_brief.articles)
    if example_brief.claims:
        assert page.locator("table.claims").first.is_visible()
    if example_brief.overlap and example_brief.overlap.get("pairs"):
        assert page.locator("table.matrix tbody td").count() == len(example_brief.articles) ** 2
    if example_brief.entities:
        assert page.locator("table.entities tbody tr").first.is_visible()
    if example_brief.timeline:
        assert page.locator("#timeline svg .bubble").count() >= 1


def test_chip_hover_shows_its_source_sentence(example_page, example_brief):
    page = example_page
    chip = chip_in_summary(page)
    chip.hover()
    tip = page.locator("#tip")
    assert tip.is_visible()
    source = example_brief.summary[0]["sources"][0]
    assert normalise(source["text"]) in normalise(tip.inner_text())
    assert chip.get_attribute("aria-describedby") == "tip"
    page.mouse.move(5, 5)
    assert tip.is_hidden()


def test_chip_click_opens_the_article_at_the_sentence(example_page, example_brief):
    page = example_page
    n = len(example_brief.summary) - 1  # the last one: its sentence is rarely at the top
    source = example_brief.summary[n]["sources"][0]
    chip = page.locator("#summary ol.summary > li").nth(n).locator("a.chip").first
    assert chip.inner_text() == source["article"]
    chip.click()
    reader = page.locator("#reader")
    assert reader.is_visible()
    assert page.locator("#reader-badge").inner_text() == source["article"]
    hits = page.locator("#reader-body .hit")
    assert hits.count() >= 1
    assert normalise(" ".join(hits.all_inner_texts())) == normalise(source["text"])
    body = page.locator("#reader-body").bounding_box()
    hit = hits.first.bounding_box()
    assert body["y"] <= hit["y"] and hit["y"] + hit["height"] <= body["y"] + body["height"], "hit not scrolled into view"
    page.keyboard.press("Escape")
    assert reader.is_hidden()
    assert page.evaluate("document.activeElement.classList.contains('chip')")


def test_keyboard_reaches_chips_and_opens_the_reader(example_page):
    page = example_page
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("!!document.activeElement.closest('#summary') && document.activeElement.matches('a.chip')"):
            break
    else:
        pytest.fail("Tab never reached a summary chip")
    assert page.locator("#tip").is_visible()
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("none", ""), "focus is not visible"
    page.keyboard.press("Escape")
    assert page.locator("#tip").is_hidden()
    page.keyboard.press("Enter")
    assert page.locator("#reader").is_visible()
    assert page.locator("#reader-body .hit").count() >= 1
    page.keyboard.press("Escape")
    assert page.locator("#reader").is_hidden()


def test_no_request_leaves_the_file(example_page, report_files, page):
    page.wait_for_load_state("load")
    chip_in_summary(page).hover()
    chip_in_summary(page).click()
    page.keyboard.press("Escape")
    own = report_files["example"].as_uri()
    outside = [u for u in example_page.watch.requests if u != own and not u.startswith("data:")]
    assert outside == []
    assert example_page.watch.errors == []  # includes CSP refusals, which log console errors


def test_hostile_text_stays_text(page, report_files):
    watch = Watch(page)
    page.goto(report_files["sample"].as_uri())
    page.locator("#summary a.chip").first.hover()
    page.locator("#summary a.chip").first.click()
    page.keyboard.press("Escape")
    assert watch.dialogs == [] and watch.errors == []
    assert page.locator("img").count() == 0
    assert '<script>alert("x")</script>' in page.locator("#summary").inner_text()
    assert page.locator('a[href^="javascript:"]').count() == 0


def test_phone_width_has_no_horizontal_overflow(page, report_files):
    page.set_viewport_size({"width": 375, "height": 800})
    for name in ("example", "sample"):
        page.goto(report_files[name].as_uri())
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 375, f"{name}: page is {width}px wide at 375px"
        chip_in_summary(page).click()
        box = page.locator("#reader").bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 375
        page.keyboard.press("Escape")


def test_print_shows_every_article_and_no_controls(page, report_files):
    page.goto(report_files["example"].as_uri())
    page.emulate_media(media="print")
    try:
        bodies = page.locator(".art .art-body")
        assert bodies.count() >= 1
        for i in range(bodies.count()):
            assert bodies.nth(i).bounding_box()["height"] > 0, "a collapsed article does not print"
        assert page.locator("header nav").is_hidden()
        assert page.locator(".hint").is_hidden()
    finally:
        page.emulate_media(media="screen")


def test_screenshot_is_not_blank(page, report_files, tmp_path):
    from PIL import Image, ImageStat

    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(report_files["example"].as_uri())
    png = page.screenshot(full_page=False)
    image = Image.open(io.BytesIO(png)).convert("RGB")
    assert image.size == (1280, 900)
    stddev = ImageStat.Stat(image.convert("L")).stddev[0]
    colours = len(image.getcolors(maxcolors=1 << 20) or [])
    assert stddev > 20 and colours > 100, f"screenshot looks blank (stddev {stddev:.1f}, {colours} colours)"


# ---------------------------------------------------------------------------- the web app

@pytest.fixture(scope="module")
def server(example_dir):
    return live_server()


@pytest.fixture()
def app_page(browser_context, server):
    page = browser_context.new_page()
    page.watch = Watch(page)
    host = urlsplit(server.url).netloc
    page.route(re.compile(r"^https?://(?!" + re.escape(host) + r"/).*"), lambda route: route.abort())
    yield page
    page.close()


def test_paste_produces_a_report(app_page, server):
    page = app_page
    page.goto(server.url + "/")
    page.fill("textarea[name=text]", "\n---\n".join(example_texts(3)))
    page.fill("input[name=words]", "80")
    with page.expect_navigation(timeout=120000):
        page.click("#submit")
    assert page.locator("#summary ol.summary > li").count() >= 1
    assert page.locator(".legend > li").count() == 3
    chip_in_summary(page).click()
    assert page.locator("#reader-body .hit").count() >= 1
    assert all(urlsplit(u).netloc == urlsplit(server.url).netloc for u in page.watch.requests)
    assert page.watch.errors == []


def test_upload_produces_a_report(app_page, server):
    page = app_page
    page.goto(server.url + "/")
    page.set_input_files("#files", [str(p) for p in example_files(2)])
    page.fill("input[name=words]", "60")
    with page.expect_navigation(timeout=120000):
        page.click("#submit")
    assert page.locator(".legend > li").count() == 2
    assert page.locator("#summary a.chip").count() >= 1


def test_form_reports_a_mistake_in_place(app_page, server):
    page = app_page
    page.goto(server.url + "/")
    page.click("#add-box")
    assert page.locator("textarea[name=text]").count() == 2
    with page.expect_navigation():
        page.click("#submit")
    assert page.locator("#error").is_visible()
    assert "no articles" in page.locator("#error").inner_text()


def test_api_docs_render_offline(app_page, server):
    """Swagger UI comes from the installed fastapi-offline package: every request the page
    makes, including late ones (images, validators), goes to this server, and the page shows
    the API's operations."""
    page = app_page
    page.goto(server.url + "/docs")
    page.get_by_text("/api/brief.html").first.wait_for(timeout=30000)
    page.locator(".opblock-summary").first.click()  # open an operation: it may load more
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(1500)
    host = urlsplit(server.url).netloc
    assert page.watch.requests and all(urlsplit(u).netloc == host for u in page.watch.requests
                                       if urlsplit(u).scheme in ("http", "https")), page.watch.requests
    assert page.watch.errors == []
