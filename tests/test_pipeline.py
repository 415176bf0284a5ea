"""The Python API's arguments, as a caller writes them."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsfuse


def test_sections_as_the_command_line_writes_them(example_paths):
    """Before: sections="claims" was read letter by letter ("unknown section 'c'")."""
    texts = [p.read_text() for p in example_paths[:2]]
    brief = newsfuse.brief([{"text": t} for t in texts], sections="overlap, entities", words=60)
    assert brief.entities and brief.overlap is not None and not brief.claims
    assert not newsfuse.brief([{"text": t} for t in texts], sections="none", words=60).entities


def test_words_must_be_a_number(example_paths):
    """Before: words="100" stopped inside the summary with a TypeError."""
    with pytest.raises(newsfuse.InputError, match="words: '100' is not a whole number"):
        newsfuse.brief([{"text": example_paths[0].read_text()}], words="100", sections=[])


def test_an_empty_summary_says_why(example_paths):
    """Before: one word repeated (200,000 times in the report that found it; 2,000 here) gave
    a brief with an empty summary, exit status 0 and no word why. Real text keeps its notes.
    Since the analysis pass cuts a stretch of over 2,000 characters with no sentence end at
    spaces, the repeated word is read in pieces, and the brief says so."""
    repeated = newsfuse.brief([{"text": " ".join(["buffalo"] * 2000)}], sections=[])
    assert any(w.startswith("text without sentence punctuation (a1: 1 stretch of up to 15,999 characters) "
                            "was cut at spaces") for w in repeated.warnings), repeated.warnings
    assert all(len(s["text"].split()) <= 250 for s in repeated.summary)
    run_on = "Officials said 40 people were hurt in the fire on Monday as it spread " + "and spread " * 150 + "through town."
    ended = newsfuse.brief([{"title": "Fire hits town", "text": run_on}], sections=[], words=100)
    assert ended.summary == [] and ended.warnings[-1] == (
        "no summary: no sentence fits in 100 words (the one sentence has 316 words)")
    real = newsfuse.brief([{"text": p.read_text()} for p in example_paths[:2]], sections=[], words=60)
    assert real.summary and not any(w.startswith("no summary") for w in real.warnings)


def test_sections_the_encoder_serves_run_after_the_others_and_the_summary(example_paths, monkeypatch):
    """The claims and the timeline ask the encoder, which in a cold brief runs in the helper
    process behind the timeline's run asked ahead: the other sections and the summary run
    first, so that run is encoded while they do. The brief keeps the order the sections were
    asked in."""
    import importlib

    from newsfuse import pipeline

    ran = []
    for name in ("overlap", "claims", "quotes", "timeline", "entities"):
        module, function = pipeline.SECTIONS[name].target.split(":")
        module = importlib.import_module(module)
        real = getattr(module, function)
        monkeypatch.setattr(module, function, lambda c, _n=name, _f=real: (ran.append(_n), _f(c))[1])
    summarize = pipeline.summarize
    monkeypatch.setattr(pipeline, "summarize", lambda *a, **k: (ran.append("summary"), summarize(*a, **k))[1])
    texts = [p.read_text() for p in example_paths[:2]]
    brief = newsfuse.brief([{"text": t} for t in texts], sections="timeline,claims,entities,quotes", words=60)
    assert ran == ["entities", "quotes", "summary", "timeline", "claims"]
    assert brief.summary and brief.entities and brief.timeline is not None


def test_a_feed_over_the_word_limit_names_its_longest_article_not_the_file(tmp_path):
    """A 10 MB feed of real story articles was refused as "many.jsonl alone has 4,072", as if
    the file held 4,072 words: its articles share the file's path, so the longest is named by
    its title within the file, beside the count of articles, the limit and the way out."""
    import json

    from conftest import SHARED

    stories = SHARED / "stories" / "basil.jsonl"
    if not stories.exists():
        pytest.skip(f"{stories} not found")
    articles = [json.loads(line) for line in open(stories, encoding="utf-8")]
    feed = tmp_path / "feed.jsonl"
    with open(feed, "w", encoding="utf-8") as out:
        while sum(len(a["text"].split()) for a in articles) <= 500_000:
            articles += articles[:300]
        for a in articles:
            out.write(json.dumps({"title": a["title"], "text": a["text"]}) + "\n")
    longest = max(articles, key=lambda a: len(a["text"].split()))
    with pytest.raises(newsfuse.InputError) as refused:
        newsfuse.brief([feed], sections=[])
    message = str(refused.value)
    assert f"{len(articles):,} articles; the longest, {longest['title']!r} in {feed}, has " \
           f"{len(longest['text'].split()):,}" in message
    assert "the limit is 500,000 words" in message and "newsfuse group" in message
    assert "alone has" not in message


def test_a_duplicate_names_the_copy_kept_by_its_id(example_paths, tmp_path):
    """A folder holding one report twice: the brief cites a1 and a3, and its sources show no
    paths, so "b.txt: dropped, exact duplicate of .../a.txt" left the reader to guess which of
    the two a.txt was. The copy kept is named by its id too."""
    for name, path in (("a.txt", example_paths[0]), ("b.txt", example_paths[0]), ("c.txt", example_paths[1])):
        (tmp_path / name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    brief = newsfuse.brief([tmp_path], sections=[], words=60)
    assert [(a["id"], Path(a["path"]).name) for a in brief.articles] == [("a1", "a.txt"), ("a3", "c.txt")]
    dropped = [w for w in brief.warnings if "exact duplicate" in w]
    assert dropped == [f"a2 ({tmp_path / 'b.txt'}): dropped, exact duplicate of a1 ({tmp_path / 'a.txt'})"], dropped


def test_a_duplicate_line_of_a_jsonl_file_is_named_by_its_id(example_paths, tmp_path):
    """Every article of a JSONL file has the file as its path, so the warning read
    "in.jsonl: dropped, exact duplicate of in.jsonl", naming neither line."""
    import json

    texts = [p.read_text(encoding="utf-8") for p in example_paths[:2]]
    feed = tmp_path / "in.jsonl"
    feed.write_text("".join(json.dumps({"text": t}) + "\n" for t in (texts[0], texts[1], texts[0])), encoding="utf-8")
    brief = newsfuse.brief([feed], sections=[], words=60)
    assert [a["id"] for a in brief.articles] == ["a1", "a2"]
    dropped = [w for w in brief.warnings if "exact duplicate" in w]
    assert dropped == [f"a3 ({feed}): dropped, exact duplicate of a1 ({feed})"], dropped


def test_an_article_keeps_its_input_number_when_one_before_it_is_dropped(example_paths):
    """Before: the kept articles were numbered again after cleaning, so with the second input
    dropped ("article 2: dropped, ...") the brief's a2 was the third input and its a3 the
    fourth: a reader matching ids to inputs cited the wrong report. Now a2 stays unused."""
    texts = [p.read_text(encoding="utf-8") for p in example_paths[:3]]
    inputs = [{"title": "First", "text": texts[0]}, {"text": "Home | World | Sport | Video"},
              {"title": "Third", "text": texts[1]}, {"title": "Fourth", "text": texts[2]}]
    brief = newsfuse.brief(inputs, sections=["quotes"], words=60)
    assert [(a["id"], a["title"]) for a in brief.articles] == [("a1", "First"), ("a3", "Third"), ("a4", "Fourth")]
    assert any(w.startswith("a2: dropped") for w in brief.warnings), brief.warnings
    assert {c["article"] for s in brief.summary for c in s["sources"]} <= {"a1", "a3", "a4"}
    assert brief.quotes and {a for q in brief.quotes for a in q["articles"]} <= {"a1", "a3", "a4"}


def test_a_dropped_input_changes_nothing_but_the_ids(example_paths):
    """The summary read each sentence's article from the number in its id (a3 -> the third
    article), so once ids kept the input's numbers, a dropped first input shifted every article
    out of the centroid and a cluster whose one kept article was a2 stopped with a numpy error.
    The brief of the same reports must be the same whatever was dropped before them."""
    texts = [p.read_text(encoding="utf-8") for p in example_paths[:3]]
    menu = {"text": "Home | World | Sport | Video"}
    plain = newsfuse.brief([{"text": t} for t in texts], words=80)
    after_drop = newsfuse.brief([menu] + [{"text": t} for t in texts], words=80)
    shift = {"a1": "a2", "a2": "a3", "a3": "a4"}
    assert [s["text"] for s in after_drop.summary] == [s["text"] for s in plain.summary]
    assert [[c["article"] for c in s["sources"]] for s in after_drop.summary] == \
        [[shift[c["article"]] for c in s["sources"]] for s in plain.summary]
    assert [q["text"] for q in after_drop.quotes] == [q["text"] for q in plain.quotes]
    alone = newsfuse.brief([menu, {"text": texts[0]}], words=80)
    assert alone.summary and {c["article"] for s in alone.summary for c in s["sources"]} == {"a2"}


def test_articles_briefed_again_are_numbered_in_their_new_order(example_paths):
    """An Article keeps the id a brief gave it; since ids are given before cleaning and kept
    when set, a caller who briefed the same Article objects again in another order or as a
    subset got the first brief's ids (the third report cited as a3 though it came first)."""
    articles = [newsfuse.Article(text=p.read_text(encoding="utf-8")) for p in example_paths[:3]]
    newsfuse.brief(articles, sections=[], words=60)
    again = newsfuse.brief([articles[2], articles[0]], sections=[], words=60)
    assert [a["id"] for a in again.articles] == ["a1", "a2"]
    assert {c["article"] for s in again.summary for c in s["sources"]} <= {"a1", "a2"}


def _ids_and_citations(brief) -> tuple[list[tuple[str, str | None]], set[str]]:
    cited = {c["article"] for s in brief.summary for c in s["sources"]}
    return [(a["id"], a["path"] and Path(a["path"]).name) for a in brief.articles], cited


def test_a_file_skipped_in_a_folder_keeps_its_number(example_paths, tmp_path):
    """Before: an empty file read no article and took no number, so with the second of three
    files empty the brief's a2 was the third file, while the warning named the second by its
    path. The number is the input's place in the folder, skipped ones included."""
    (tmp_path / "a.txt").write_text(example_paths[0].read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "b.txt").write_text("", encoding="utf-8")
    (tmp_path / "c.txt").write_text(example_paths[1].read_text(encoding="utf-8"), encoding="utf-8")
    brief = newsfuse.brief([tmp_path], sections=["quotes"], words=60)
    articles, cited = _ids_and_citations(brief)
    assert articles == [("a1", "a.txt"), ("a3", "c.txt")]
    assert cited <= {"a1", "a3"} and {a for q in brief.quotes for a in q["articles"]} <= {"a1", "a3"}
    assert brief.warnings[0] == f"a2 ({tmp_path / 'b.txt'}): skipped, file is empty", brief.warnings


def test_a_jsonl_line_without_text_keeps_its_number(example_paths, tmp_path):
    """A feed item that kept only its headline is skipped; the lines after it were numbered
    one lower than their place (line 3 cited as a2, its warning naming line 2)."""
    import json

    texts = [p.read_text(encoding="utf-8") for p in example_paths[:3]]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in (
        {"title": "Strikes kill Syrian troops", "text": texts[0]},
        {"title": "US-led strikes hit Syrian army near Deir ez-Zor", "text": ""},
        {"title": "Syria says coalition hit its troops", "text": texts[1]},
        {"title": "Fourth", "text": texts[2]})), encoding="utf-8")
    brief = newsfuse.brief(feed, sections=[], words=60)
    assert [(a["id"], a["title"]) for a in brief.articles] == [
        ("a1", "Strikes kill Syrian troops"), ("a3", "Syria says coalition hit its troops"), ("a4", "Fourth")]
    assert brief.warnings[0] == f"a2 ({feed}:2): skipped, article object has no 'text'", brief.warnings
    # the same articles passed as objects keep the order they are passed in
    again = newsfuse.brief([newsfuse.Article(text=t) for t in texts[1:]], sections=[], words=60)
    assert [a["id"] for a in again.articles] == ["a1", "a2"]
