"""A description whose noun the article brought in with "a" ('A senior fire department
official said ... "Several crucial minutes were lost," the official said') goes back to that
unnamed person: the delayed identification of a lede (``speakers._identified_after``) does not
hand it the first person named as a subject after it, here a chancellor two sentences on, whom
a report stored on one line (its paragraph breaks lost) puts in the same paragraph. Real text
of a tuning article (ECB+), its lines joined by spaces."""

from __future__ import annotations

from newsfuse.analyze import analyze
from newsfuse.crosscheck.quotes import find_quotes
from newsfuse.readers.text import article_from_text

TEXT = ('A senior fire department official said demonstrators prevented firefighters from '
        'reaching the burning building, costing them vital time. "Several crucial minutes were '
        'lost," the official said, visibly upset. "If we had intervened earlier, the loss of '
        'life could have been prevented." He asked not to be identified pending an official '
        'announcement. In Berlin, German Chancellor Angela Merkel called the Greek bailout '
        'critical for all of Europe.')


def test_the_official_brought_in_unnamed_is_not_the_next_person_named():
    cluster = analyze([article_from_text("Athens protest\n\n" + TEXT, path=None)])
    quotes = {q["text"]: q["speaker"] or q.get("unconfirmed_speaker")
              for q in find_quotes(cluster)}
    said = [who for text, who in quotes.items() if text.startswith("Several crucial minutes")]
    assert said and "Merkel" not in (said[0] or "")
