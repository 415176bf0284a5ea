"""Quotations in single marks (crosscheck/speech.py, ``quotation_texts``).

British and some wire outlets quote speech as 'We are devastated,' she said. or in curly
‘single marks’; the same marks are apostrophes (it's, Jones' house, the '90s, rock 'n' roll)
and, in an article that quotes in double marks, headlines, terms and quotations nested in
quotations. Each test fails on the reader that knew double marks only, or guards an
apostrophe or a nested quotation that must not become a quote of its own.
"""

from __future__ import annotations

import json

import pytest

from conftest import SHARED
from newsfuse.crosscheck.claims import find_claims
from newsfuse.crosscheck.quotes import find_quotes
from newsfuse.crosscheck.speech import speech_events

# A short article in the Daily Mail's style (written for this test): its quotations are in
# single marks, one runs over two paragraphs, the second paragraph of another carries a figure,
# and its last paragraph holds every kind of apostrophe and no quotation.
BRITISH = """Family pay tribute to teenager killed in M6 crash

The mother of a teenager killed in a crash on the M6 has paid tribute to her son.

'We are devastated,' said Sarah Jones, 45, from Walsall. 'He was the light of our lives.'

Inspector Mark Ellis said: 'Our thoughts are with the family at this very difficult time.

'We found 14 vehicles damaged along the carriageway and we are appealing for witnesses.'

The Jones' house in Walsall was covered in flowers on Sunday. Neighbours said it's where the boy played rock 'n' roll records from the '90s 'til late, and he was always goin' out with friends.
"""


def _cluster(text: str):
    from newsfuse.analyze import analyze
    from newsfuse.readers.text import article_from_text

    return analyze([article_from_text(text, path=None)])


@pytest.fixture(scope="module")
def british():
    return _cluster(BRITISH)


def test_single_quoted_speech_is_found_with_its_speaker(british):
    quotes = {q["text"]: q for q in find_quotes(british)}
    assert quotes["We are devastated,"]["speaker"] == "Sarah Jones"
    assert quotes["He was the light of our lives."]["speaker"] == "Sarah Jones"
    # the quotation reopened in the next paragraph is one quote of the inspector's
    both = next(q for t, q in quotes.items() if t.startswith("Our thoughts are with"))
    assert "We found 14 vehicles damaged" in both["text"]
    assert both["speaker"] == "Mark Ellis"


def test_apostrophes_are_no_quotations(british):
    events = [e for evs in speech_events(british).values() for e in evs]
    assert len(events) == 3  # the two-paragraph quotation is one event
    for e in events:
        for word in ("Jones' house", "rock 'n' roll", "'90s", "'til", "goin'", "it's"):
            assert word.strip("'") not in e.text


def test_a_figure_inside_single_marks_goes_to_its_speaker(british):
    # '14 vehicles' stands in a paragraph with no verb of saying: only the quotation, carried
    # over from "Inspector Mark Ellis said:", says whose figure it is
    values = [v for g in find_claims(british) for v in g["values"] if v["value"] == 14]
    assert values and values[0]["attributed_to"] == "Mark Ellis"


def test_double_marks_keep_single_ones_nested_and_titles_out():
    # an American-style article: double marks quote, single marks nest or name a term
    cluster = _cluster(
        "Senate passes the spending bill\n\n"
        "\"We will not back down,\" Senator John Smith said on Tuesday.\n\n"
        "\"He told me 'no' when I asked him to wait,\" said Mary Brown, a Democrat.\n\n"
        "Protesters outside carried a banner reading 'Lion of the Senate'.\n")
    texts = [e.text for evs in speech_events(cluster).values() for e in evs]
    assert any(t.startswith("He told me 'no' when I asked") for t in texts)
    assert "no" not in texts
    assert not any("Lion of the Senate" in t for t in texts)


def _story_article(story: str, words: str) -> dict:
    path = SHARED / "stories" / "ecbplus.jsonl"
    if not path.exists():
        pytest.skip(f"stories not found at {path}")
    rows = [json.loads(line) for line in open(path, encoding="utf-8")]
    found = [r for r in rows if r.get("story") == story and words in (r.get("text") or "")]
    assert found, f"{story} has no article with {words!r}"
    return found[0]


def test_a_daily_mail_article_in_single_marks():
    # ecbplus-33b (tuning gold, gold/ecbplus): the Daily Mail's report quotes only in single
    # marks, typeset with a space before each closing mark and one sentence a line, so a
    # quotation runs over three lines: "'When me and my son were on the floor, ..." /
    # "I honestly thought ..." / "There was blood, ' said Unique Armstead, ..."
    from newsfuse.analyze import analyze
    from newsfuse.clean import clean_articles
    from newsfuse.readers.jsonl import article_from_dict

    row = _story_article("ecbplus-33b", "'At the time, I thought it was a brick, but it was a "
                                        "bullet, ' Mrs Armstead said of her injury.")
    assert "\nThere was blood, ' said Unique Armstead" in row["text"]
    articles, _ = clean_articles([article_from_dict(row, "ecbplus-33b")])
    cluster = analyze(articles)
    events = [e for evs in speech_events(cluster).values() for e in evs]
    brick = [e for e in events if e.text.startswith("At the time, I thought it was a brick")]
    assert brick and brick[0].speaker == "Unique Armstead"
    floor = [e for e in events if e.text.startswith("When me and my son were on the floor")]
    assert floor and "There was blood" in floor[0].text and floor[0].speaker == "Unique Armstead"
    # "Lopez' half-brother", "Valentine's Day", "'8 Block, '" (a gang's name) are no speech
    assert not any("half-brother" in e.text or "Valentine" in e.text for e in events)
    assert not any(q["text"].startswith("8 Block") for q in find_quotes(cluster))
