"""A relative pronoun stands for the name it follows: in 'a written ruling by U.S. District
Judge Analisa Torres, who called it the "proper course."' the judge calls the dismissal so, and
the quoted words are hers. Before, the quote's clause had "who" as its subject, which no rule
read as anyone, so the walk went on up to "The dismissal came", found a noun and stopped: no
speaker, and the two-word quote was dropped.

The paragraphs are an article's own (allsides-6010-center, The Hill on the dismissal of Steve
Bannon's indictment, from /work/shared/stories/allsides_2021a.jsonl, story-grouping data the
project may tune on), read as a short article. The first test fails on main db0fae6.
"""

from __future__ import annotations

from newsfuse.analyze import analyze
from newsfuse.crosscheck.quotes import find_quotes
from newsfuse.readers.text import article_from_text

BANNON = [
    "An indictment against Steve Bannon was dismissed Tuesday over the objection of "
    "prosecutors who said it should stand despite ex-President Donald Trump’s decision to "
    "pardon his former chief strategist.",
    "The dismissal came in a written ruling by U.S. District Judge Analisa Torres, who called "
    "it the “proper course.”",
]


def _quotes(paragraphs: list[str]) -> list[dict]:
    cluster = analyze([article_from_text("Story\n\n" + "\n\n".join(paragraphs), path=None)])
    return find_quotes(cluster)


def test_who_called_it_is_the_name_before_who():
    # main found no speaker and dropped the short quotation
    q = next(q for q in _quotes(BANNON) if q["text"].startswith("proper course"))
    assert q["speaker"] == "Analisa Torres"
    assert q["attribution"] == "direct"

