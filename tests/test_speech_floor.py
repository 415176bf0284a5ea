"""Who has the floor when a paragraph opens with quotation and names no one: the speaker the
paragraph before introduced. The articles are built from T11 tuning sentences
(gold/tuning-s11, ecbplus-35a a3), one paragraph to a line."""

from __future__ import annotations

from newsfuse.analyze import analyze
from newsfuse.crosscheck.quotes import find_quotes
from newsfuse.readers.text import article_from_text


def _speakers(paragraphs: list[str]) -> dict[str, str | None]:
    cluster = analyze([article_from_text("Story\n\n" + "\n\n".join(paragraphs), path=None)])
    return {q["text"]: q["speaker"] for q in find_quotes(cluster)}


def test_a_full_name_introducing_a_statement_takes_the_floor():
    # the paragraph's subject is "A.J. Smith", a name of two words: the floor was given only
    # to a subject whose first word is the parse's subject ("Smith issued ...")
    speakers = _speakers([
        'Jackson said in a statement: "I was stopped by an officer and arrested."',
        "General Manager A.J. Smith issued the following statement on Jackson's arrest:",
        '"We\'re aware of the off-the-field issue involving Vincent.',
        "Obviously, we're disappointed.",
        'We take these issues very seriously."',
    ])
    said = next(s for t, s in speakers.items() if t.startswith("We're aware"))
    assert said == "A.J. Smith"
