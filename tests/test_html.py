"""The HTML page without a browser: escaping, self-containment, sections present or absent.

What a browser does with the page (tooltips, the reader, phone width) is in test_browser.py.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import re

import pytest

from newsfuse.model import Brief
from newsfuse.render.html import (PALETTE, Citations, View, contrast, ink_for, render_html,
                                  safe_url, timeline_chart)
from web_fixtures import HOSTILE, TEXTS, sample_brief, sample_brief_dict


@pytest.fixture(scope="module")
def sample_page() -> str:
    return render_html(sample_brief())


@pytest.fixture(scope="module")
def example_page(example_brief) -> str:
    return render_html(example_brief)


def _block(page: str, tag: str) -> str:
    match = re.search(rf"<{tag}>(.*?)</{tag}>", page, re.S)
    assert match, f"no <{tag}> block"
    return match.group(1)


def _sha256(text: str) -> str:
    return base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()


def test_untrusted_text_is_escaped(sample_page):
    assert HOSTILE not in sample_page
    assert "&lt;script&gt;alert(" in sample_page
    assert sample_page.count("<script") == 1  # only our own script
    assert "<img" not in sample_page
    assert "javascript:" not in sample_page  # the hostile article URL never becomes a link
    assert 'href="https://example.org/two"' in sample_page


def test_page_is_self_contained(sample_page, example_page):
    for page in (sample_page, example_page):
        assert "<link" not in page and "@import" not in page
        assert not re.search(r"""\bsrc\s*=\s*["']?(https?:)?//""", page)
        assert not re.search(r"url\(\s*['\"]?(https?:)?//", page)
        links = re.findall(r'href="(https?://[^"]*)"', page)
        assert all("noopener" in page[page.index(u) - 200: page.index(u) + 200] for u in links)


def test_csp_allows_exactly_the_inline_style_and_script(sample_page):
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', sample_page).group(1)
    csp = csp.replace("&#39;", "'")
    assert "default-src 'none'" in csp
    assert f"'sha256-{_sha256(_block(sample_page, 'style'))}'" in csp
    assert f"'sha256-{_sha256(_block(sample_page, 'script'))}'" in csp
    assert "unsafe-inline" not in csp and "http" not in csp


def test_every_section_is_rendered(sample_page):
    for anchor in ("summary", "figures", "quotes", "timeline", "copying", "entities", "articles"):
        assert f'id="{anchor}"' in sample_page
    assert "not run" not in sample_page
    assert 'class="claims"' in sample_page and "s-disputed" in sample_page
    assert "Samantha Power" in sample_page and "US ambassador to the UN" in sample_page
    assert "<svg" in sample_page and 'class="bubble"' in sample_page
    assert 'class="matrix"' in sample_page and 'class="lv5 copy"' in sample_page
    assert 'class="entities"' in sample_page


def test_one_chip_per_cited_article_and_a_colour_per_article(sample_page):
    summary = sample_page[sample_page.index('id="summary"'):sample_page.index('id="figures"')]
    chips = re.findall(r'<a class="chip (c-a\d+)" href="#art-(a\d+)"', summary)
    assert [a for _, a in chips] == ["a1", "a3", "a2", "a1"]
    colours = dict(re.findall(r"\.(c-a\d+)\{--c:(#[0-9A-Fa-f]{6})", _block(sample_page, "style")))
    assert len(set(colours.values())) == 3
    assert "a1 copies this from" not in sample_page and "a3 copies this from a1" in sample_page


def test_cited_sentences_are_marked_in_their_article(sample_page):
    view = View(sample_brief())
    key = view.summary[0]["chips"][0]["key"]
    span = re.search(rf'<span class="cited" data-k="[^"]*\b{key}\b[^"]*">([^<]*)</span>', sample_page)
    assert span and span.group(1) == TEXTS["a1"].split("\n\n")[0].replace("'", "&#39;")


def test_overlapping_citations_keep_their_own_spans():
    text = "First sentence here. \"A quote inside,\" he said. Last one."
    cites = Citations({"a1": text})
    whole = cites.key("a1", "\"A quote inside,\" he said.")
    inner = cites.key("a1", "A quote inside,")
    loose = cites.key("a1", "First   sentence\nhere.")  # whitespace may differ
    assert cites.key("a1", "not in the text") is None
    assert len({whole, inner, loose}) == 3
    pieces = [p for para in cites.paragraphs("a1") for p in para]
    assert "".join(t for t, _ in pieces) == text
    marked = {k: "".join(t for t, keys in pieces if k in keys.split()) for k in (whole, inner, loose)}
    assert marked == {whole: "\"A quote inside,\" he said.", inner: "A quote inside,",
                      loose: "First sentence here."}


def test_missing_sections_say_so_and_empty_ones_say_none_found():
    data = sample_brief_dict()
    for name in ("claims", "quotes", "timeline", "overlap", "entities"):
        del data[name]
    page = render_html(Brief.from_dict(data))
    for what in ("figures", "quotes", "dated events", "comparison of reports", "named entities"):
        assert f"This brief has no {what}: that analysis was not run." in page
    data.update(claims=[], quotes=[], timeline=[], entities=[], overlap={"pairs": [], "copies": []})
    page = render_html(Brief.from_dict(data))
    assert "not run" not in page
    for what in ("figures", "quotes", "dated events", "named entities"):
        assert f"No {what} found in these reports." in page


def test_the_copying_section_of_one_report_or_of_reports_sharing_nothing_says_so_plainly():
    """Before: both read "No comparison of reports found in these reports.", for one report
    (nothing to compare it with) as for reports that were compared and share no sentence."""
    import newsfuse

    one = newsfuse.brief([{"text": ("Storm leaves 40,000 homes without power in Maine\n\nA powerful storm knocked "
                                    "out electricity to about 40,000 homes across southern Maine on Monday, "
                                    "officials said. Schools in Portland were closed on Tuesday.\n")}],
                         sections="overlap,quotes")
    page = render_html(one)
    assert "One report: there is no other to compare it with." in page
    assert "comparison of reports" not in page and "No quotes found in this report." in page
    data = sample_brief_dict()
    data["overlap"] = {"pairs": [], "copies": []}
    page = render_html(Brief.from_dict(data))
    assert "No report shares a sentence with another." in page and "comparison of reports" not in page


def test_articles_without_text_still_render():
    data = sample_brief_dict()
    for a in data["articles"]:
        del a["text"]
    page = render_html(Brief.from_dict(data))
    assert "The text of this report is not part of this brief." in page
    assert 'data-key=""' in page


def test_palette_is_readable():
    assert len(set(PALETTE)) == len(PALETTE)
    for colour in PALETTE:
        assert contrast(colour, ink_for(colour)) >= 4.5, colour


def test_only_web_urls_become_links():
    assert safe_url("https://example.org/a") == "https://example.org/a"
    for bad in ("javascript:alert(1)", " JAVASCRIPT:alert(1)", "data:text/html,x", "file:///etc/passwd",
                "//evil.example", "http:/nohost", None, 5):
        assert safe_url(bad) is None


def _days(*dates):
    return [{"date": d, "day": dt.date.fromisoformat(d), "events": [{}] * n} for d, n in dates]


def test_timeline_axis_breaks_long_gaps_and_stays_inside():
    chart = timeline_chart(_days(("2001-09-11", 1), ("2016-09-12", 3), ("2016-09-17", 9), ("2016-09-19", 1)))
    assert len(chart["breaks"]) == 1
    xs = [b["x"] for b in chart["bubbles"]]
    assert xs == sorted(xs)
    assert all(b["r"] <= b["x"] <= chart["width"] - b["r"] for b in chart["bubbles"])
    assert all(b["y"] - b["r"] >= 0 for b in chart["bubbles"])
    # the week of 2016 gets most of the width, not a sliver next to 15 years of nothing
    assert xs[-1] - xs[1] > chart["width"] / 2
    assert any(t["label"].endswith("2001") for t in chart["ticks"])
    assert timeline_chart([{"date": "sometime", "day": None, "events": [{}]}]) is None


def test_timeline_single_day_and_crowded_days():
    one = timeline_chart(_days(("2020-01-01", 2)))
    assert len(one["bubbles"]) == 1 and one["ticks"][0]["label"] == "1 Jan 2020"
    many = timeline_chart(_days(*[((dt.date(2020, 1, 1) + dt.timedelta(days=i)).isoformat(), 4) for i in range(90)]))
    assert len(many["ticks"]) <= 12
    rows: dict[int, list] = {}
    for b in many["bubbles"]:
        rows.setdefault(b["lane"], []).append(b)
    for row in rows.values():  # bubbles in one row never overlap
        assert all(b["x"] - b["r"] >= a["x"] + a["r"] for a, b in zip(row, row[1:]))


def test_real_example_page(example_brief, example_page):
    assert example_page.count('<ol class="summary">') == 1
    cited = {(s["article"]) for item in example_brief.summary for s in item["sources"]}
    for aid in cited:
        assert f'href="#art-{aid}"' in example_page
    assert example_page.count('class="cited"') >= len(example_brief.summary)
    present = {"claims": 'class="claims"', "quotes": 'class="speaker"', "timeline": 'class="days"',
               "overlap": 'class="matrix"', "entities": 'class="entities"'}
    for name, marker in present.items():
        if getattr(example_brief, name):  # computed and not empty: drawn, not excused
            assert marker in example_page, name
