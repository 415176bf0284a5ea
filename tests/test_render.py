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


def test_text_and_markdown_timelines_say_what_a_counted_date_counts_from(example_brief):
    """The example reports carry no dates, so a2's "It began on Monday" is dated by the
    Monday a4 states, and a1's "Saturday" by the latest date in the cluster. The JSON and the
    HTML page said so; the text and Markdown reports gave the day alone, as if a2 stated it."""
    (began,) = [t for t in example_brief.timeline if t["text"].startswith("It began on Monday")]
    assert began["date"] == "2016-09-12" and began["anchor"] == "Monday 2016-09-12 as stated in a4"
    md = render(example_brief, "md")
    (line,) = [ln for ln in md.splitlines() if "It began on Monday" in ln]
    assert line.endswith("[a2] *(from “Monday”, counted from Monday 2016-09-12 as stated in a4)*"), line
    text = " ".join(render(example_brief, "text").split())  # the terminal table wraps the cell
    assert "(from “Monday”, counted from" in text
    stated = [t for t in example_brief.timeline if t["anchor"] == "absolute"]
    assert stated, "a date a report writes out whole gets no note"
    (plain,) = [ln for ln in md.splitlines() if ln.startswith("- ") and stated[0]["text"][:60] in ln]
    assert "counted from" not in plain and "*(from" not in plain, plain


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


def test_markdown_keeps_article_text_as_text_when_rendered(example_paths):
    """Before: titles, summary sentences, quotes and names went into the Markdown as they
    were, so a page's markup ran when the brief was rendered to HTML (a CMS, a ticket), and
    text shaped like Markdown ("2. ...", "*...*") changed its meaning. Rendered with a
    CommonMark parser, every piece of article text must come back as the same text."""
    from markdown_it import MarkdownIt

    import newsfuse

    hostile = ("<img src=x onerror=alert(1)> Mayor *reopens* the [bridge](javascript:alert(1))\n\n"
               "The mayor said <script>alert(1)</script> the bridge_one will reopen on Monday, "
               "after 12 people were hurt.\n\n"
               "2. The council voted `unanimously` to fund repairs worth $3 million, the mayor said.\n")
    brief = newsfuse.brief([{"text": hostile}, {"text": example_paths[0].read_text()}], sections=[], words=400)
    md = render(brief, "md")
    html = MarkdownIt("commonmark").render(md)
    assert "<script" not in html and "<img" not in html and 'href="javascript' not in html
    assert "<em>reopens</em>" not in html and "<code>" not in html and "<ol" not in html
    assert any(item["text"].startswith("2. The council") for item in brief.summary)
    import html as html_lib
    import re

    visible = html_lib.unescape(re.sub(r"<[^>]+>", "", html))
    for item in brief.summary:
        assert item["text"] in visible, item["text"]
    assert "<img src=x onerror=alert(1)> Mayor *reopens* the [bridge](javascript:alert(1))" in visible


def test_text_report_shows_square_brackets_as_printed(example_paths):
    """Before: rich read article text as console markup, so a title or sentence holding
    "[/b]" stopped the default report with "internal error: MarkupError", and "[bold]" was
    silently swallowed."""
    import newsfuse

    text = ("Markup [/b] in a [red]title[/red]\n\n"
            "The mayor [/i] said the bridge will reopen on Monday, officials [bold]confirmed[/bold] on Sunday.\n\n"
            '"We will rebuild [/quote] everything," Mayor Anna Berg said on Tuesday.\n')
    brief = newsfuse.brief([{"text": text}, {"text": example_paths[0].read_text()}],
                           sections=["quotes", "entities"], words=400)
    from newsfuse.render.text import render_text

    flat = " ".join(render_text(brief, width=200).split())
    assert "Markup [/b] in a [red]title[/red]" in flat
    assert "officials [bold]confirmed[/bold] on Sunday." in flat
    assert "We will rebuild [/quote] everything," in flat


def test_many_dropped_articles_are_one_note_in_the_reports(tmp_path, example_paths):
    """Before: a folder of 2,000 short files ended the terminal report with 886 'note:' lines,
    one per dropped file. The reports now give one line per reason; the JSON keeps each."""
    import shutil

    import newsfuse
    from newsfuse.render.text import render_text

    for p in example_paths[:2]:
        shutil.copy(p, tmp_path / p.name)
    for n in range(6):
        (tmp_path / f"menu{n}.txt").write_text(f"Home | World | Sport | Video {n}\n")
    brief = newsfuse.brief([tmp_path], sections=[], words=60)
    dropped = [w for w in brief.warnings if ": dropped, one line only (a headline?), no article text" in w]
    assert len(dropped) == 6 and len(brief.to_dict()["warnings"]) >= 6
    text = render_text(brief, width=400)
    md = render(brief, "md")
    for report in (text, md.replace("\\\\", "")):
        assert report.count("one line only (a headline?), no article text") == 1
        assert "6 articles dropped, one line only (a headline?), no article text: " in report
        assert "menu0.txt" in report and "and 3 more (the JSON brief names each)" in report


def test_the_terminal_report_gives_each_source_link_whole_at_any_width():
    """Before: the link lines said "whole, so nothing cuts them", but the console cropped every
    line to its width, so an 80-column terminal (or a pipe) got a link cut mid-path that
    opens another page or none (an AllSides story's axios.com address lost its last 24
    characters)."""
    import newsfuse
    from newsfuse.render.text import render_text

    url = ("https://www.axios.com/biden-putin-summit-russia-939c9554-81e0-4241-94d8-b76693ae19f1.html"
           "?utm_source=newsletter")
    text = ("President Biden will meet Russian President Vladimir Putin in Geneva on June 16, the White "
            "House said Tuesday. The meeting is expected to focus heavily on preventing nuclear escalation.")
    brief = newsfuse.brief([{"title": "Biden-Putin summit set for Geneva", "text": text, "url": url}],
                           sections=[])
    for width in (60, 80, 100):
        lines = render_text(brief, width=width).splitlines()
        assert f"a1  {url}" in lines, width
        assert max(len(line) for line in lines if "https://" not in line) <= width


LIBRARY = ("City council delays vote on new library\n\n"
           "The city council on Thursday postponed its vote on the design of a new central library, after "
           "residents asked for more time to review the plans.\n\n"
           "Council members said the public consultation would be extended until the end of the month. The "
           "architects will present revised drawings at a meeting next week.\n\n"
           "The library has been debated for several years. Supporters say the current building is too small, "
           "while critics question the choice of site near the river.\n")


def test_sections_that_found_nothing_are_one_line_in_the_terminal_and_markdown_reports():
    """Before: a report with no figures, quotes, dates or names printed the summary and the
    sources and nothing else, as if those sections had not been asked for (the HTML page said
    "No figures found"); now one line says which found nothing, and a section not asked for
    is not named."""
    import newsfuse
    from newsfuse.render.text import render_text

    brief = newsfuse.brief([{"text": LIBRARY}])
    assert brief.claims == [] and brief.quotes == [] and brief.timeline == []
    line = "No figures, quotes, dated events or named entities found in this report."
    assert line in " ".join(render_text(brief, width=200).split())
    md = render(brief, "md")
    assert f"## Notes\n\n- {line}" in md and "## Figures" not in md and "## Quotes" not in md
    only = newsfuse.brief([{"text": LIBRARY}], sections="claims")
    assert "No figures found in this report." in render(only, "md")
    assert "found in" not in render(newsfuse.brief([{"text": LIBRARY}], sections=[]), "md")


def test_a_brief_with_every_section_filled_has_no_nothing_found_line(example_brief):
    from newsfuse.render.text import render_text

    assert "found in these reports" not in render(example_brief, "md")
    assert "found in these reports" not in " ".join(render_text(example_brief, width=200).split())


def test_an_untitled_report_without_its_text_is_named_by_its_file_not_its_path(example_brief):
    """A brief read back from JSON holds no article texts: a report with no headline is named by
    its file's name, whole, where the terminal showed its path cut at the column's width."""
    from newsfuse.model import Brief

    untitled = [a for a in example_brief.articles if not a["title"]]
    assert untitled and all(a["path"] for a in untitled)
    text = render(Brief.from_dict(example_brief.to_dict()), "text")
    fresh = render(example_brief, "text")
    for a in untitled:
        name = a["path"].replace("\\", "/").rsplit("/", 1)[-1]
        table, _, below = text.rpartition("└")  # the path whole on its id's line, not cut in the table
        assert name in table and a["path"] not in table and f"{a['id']}  {a['path']}" in below.splitlines()
        assert name not in fresh.rpartition("└")[0]  # with the text at hand, its opening words instead


def test_figures_and_quotes_say_how_many_of_their_articles_are_independent(example_brief):
    # in the example, a5 reprints a3's wire text: a figure or quote both carry is one source,
    # and every report says so beside the articles, as the JSON's "independent" does
    from newsfuse.render.html import render_html
    from newsfuse.render.text import render_text

    copied = [q for q in example_brief.quotes if q["independent"] < len(q["articles"])]
    figures = [v for c in example_brief.claims for v in c["values"]
               if v["independent"] < len(v["articles"])]
    assert copied and figures
    md = render(example_brief, "md")
    text = render_text(example_brief)
    # the terminal's articles column wraps the note after its number: one per item
    assert text.count(" independent") == len(copied) + len(figures)
    page = render_html(example_brief)
    for item in copied + figures:
        n = item["independent"]
        note = f"{n} independent report{'s' if n != 1 else ''}"
        assert f"{', '.join(item['articles'])} ({note})" in md
        assert f"({n} independent" in text and note in page
    alone = [q for q in example_brief.quotes if q["independent"] == len(q["articles"])]
    assert alone and all(f"[{', '.join(q['articles'])}]" in md for q in alone)
