from newsfuse.render import render
from newsfuse.render.citations import citation_labels, format_value


def test_render_text_and_markdown_carry_summary_and_citations(example_brief):
    text = render(example_brief, "text")
    md = render(example_brief, "md")
    for item in example_brief.summary[:3]:
        assert item["text"][:40] in md
        assert item["text"].split()[0] in text
    assert "## Figures" in md and "disputed" in md
    assert "Syrian Observatory for Human Rights" in md
    assert "## Quotes" in md and "Samantha Power" in md


def test_render_citation_labels_fold_copies():
    sources = [{"article": "a4", "copied_from": None}, {"article": "a3", "copied_from": None},
               {"article": "a5", "copied_from": "a3"}]
    assert citation_labels(sources) == ["a4", "a3 (copied by a5)"]


def test_render_values_read_like_reporting():
    assert format_value({"value": 62, "qualifier": "exact"}) == "62"
    assert format_value({"value": 100, "qualifier": "at least"}) == "at least 100"
    assert format_value({"value": [60, 83], "qualifier": "range"}) == "60–83"
    assert format_value({"value": 430000.0, "qualifier": "about"}) == "about 430,000"


def test_render_values_keep_the_reports_wording():
    assert format_value({"value": 100, "qualifier": "at least", "expression": "more than 100"}) == "more than 100"
    assert format_value({"value": 24, "qualifier": "at least", "expression": "dozens"}) == "dozens (at least 24)"
    assert format_value({"value": 83, "qualifier": "at most", "expression": "Up to 83"}) == "up to 83"


def test_markdown_and_text_list_sources_with_urls_and_authors(example_paths):
    import newsfuse

    objects = [{"title": f"Report {i}", "text": p.read_text(), "source": f"Outlet {i}", "author": f"Writer {i}",
                "url": f"https://news.example/{i}/{'long-path-' * 6}story.html"} for i, p in enumerate(example_paths[:2])]
    objects.append({"title": "Hostile link", "text": example_paths[2].read_text(), "url": "javascript:alert(1)"})
    brief = newsfuse.brief(objects, sections=[])
    md, text = render(brief, "md"), render(brief, "text")
    for obj in objects[:2]:
        assert f"<{obj['url']}>" in md and obj["author"] in md
        assert any(line.split() == [f"a{objects.index(obj) + 1}", obj["url"]] for line in text.splitlines()), \
            "the text report does not give the whole URL on a line of its own"
        assert obj["author"] in text
    assert "javascript:" not in md and "javascript:" not in text


def test_render_shows_cross_source_figures_before_one_report_figures(example_brief):
    text = render(example_brief, "text")
    assert text.index("Figures the reports share") < text.index("Figures only one report gives")
    md = render(example_brief, "md")
    shared = md.index("Figures the reports share")
    single = md.index("Figures only one report gives")
    # the disputed toll, with Russia's military and the Observatory, sits in the first part
    assert shared < md.index("Syrian Observatory for Human Rights") < single
    part = md[md.index("Figures the reports share"):md.index("Figures only one report gives")]
    assert "| single |" not in part and "| disputed |" in part
