"""A quotation set off as its own paragraph under a short lead-in line that names its source
('Politico reports:') is that source's words once cleaning keeps the line
(``clean._quote_lead_in``): the reporter named there has the floor when the block opens. The
paragraphs are a BASIL tuning story's (basil-b4dbeda7, whose gold names Politico); on main
f2dced4 cleaning cut the line as a subhead, and the block quotation, which itself reports who
said what, was read as relayed after a paragraph naming Netanyahu and withheld with him as the
guess. A sentence of the passage that names its own source keeps its figures with that source
(``speech.quoted_speakers``)."""

from __future__ import annotations

from conftest import story_sentence


def test_a_block_quotation_under_reports_colon_is_the_reporters():
    from newsfuse.analyze import analyze
    from newsfuse.clean import clean_articles
    from newsfuse.crosscheck.quotes import find_quotes
    from newsfuse.model import Article

    passage = story_sentence("basil-b4dbeda7-a1f3-4711-ae77-db23809d1ed2",
                             r"Even though Bibi Netanyahu[^\n]*\n\nPolitico reports:\n\n"
                             r"\u201cA Republican involved[^\n]*", "basil.jsonl")
    articles, _ = clean_articles([Article(text=passage)])
    quote = next(q for q in find_quotes(analyze(articles))
                 if q["text"].startswith("A Republican involved"))
    assert quote["speaker"] == "Politico"


def test_a_figure_in_a_relayed_sentence_is_its_own_speakers():
    # the block quotation is Politico's, but its sentences name their own sources ('... $1
    # million, the official said - a media-tracking source said about $400,000 ...'): a figure
    # there is the source's, as the gold gives it (``speech.quoted_speakers``); without the cut
    # line both went to the passage's speaker once it was given one
    from newsfuse.analyze import analyze
    from newsfuse.clean import clean_articles
    from newsfuse.crosscheck.claims import prepared_statements
    from newsfuse.model import Article

    passage = story_sentence("basil-b4dbeda7-a1f3-4711-ae77-db23809d1ed2",
                             r"Even though Bibi Netanyahu[^\n]*\n\nPolitico reports:\n\n"
                             r"\u201cA Republican involved[^\n]*", "basil.jsonl")
    articles, _ = clean_articles([Article(text=passage)])
    statements, _ = prepared_statements(analyze(articles))
    given = {s["expression"]: s["attributed_to"] for s in statements}
    assert given == {"$1 million": "official", "about $400,000": "media-tracking source"}
