"""A quoted fragment of what a speech verb's clause reports belongs to whoever reports that
clause, when a named reporter does: 'Lena Fox ... asked Mr. Hale ... to weigh “other paths”
..., the State Department said in a statement' is the department's wording, and 'Park then
started bargaining, saying that his superiors “were ready ...,” Khan wrote' is Khan's (the
shapes of a BASIL and a Multi-News tuning article's sentences). A quotation that is all the
inner verb says stays the inner speaker's, and an unnamed relay ("sources tell the Daily
Courier", the shape of an ECB+ one) does not take a named speaker's words.

The sentences are written for these tests, each read as a one-paragraph article; the first
two tests fail without ``attribution._reporter``. The last test is a tagging slip of the same
kind of sentence ("writing" read as a noun); it fails without ``speech_words.speech_participle``.
"""

from __future__ import annotations

import pytest

from conftest import quote_speakers as _speakers


@pytest.mark.parametrize("paragraph, opening, speaker", [
    ("Lena Fox, the chief of staff, asked Mr. Hale last spring to weigh “other paths” on a federal "
     "advisory board with Mr. Dunn, the State Department said in a statement.", "other paths",
     "State Department"),
    ("Park then started bargaining, saying that his superiors “were ready to pay another "
     "$1.5 million, provided we handed over the drawings,” Khan wrote.", "were ready", "Khan"),
])
def test_a_named_reporter_owns_a_fragment_of_the_clause_it_reports(paragraph, opening, speaker):
    speakers = _speakers(paragraph)
    given = next(s for t, s in speakers.items() if t.startswith(opening))
    assert given is not None and given.endswith(speaker)


def test_an_unnamed_relay_leaves_the_named_speaker_his_words():
    speakers = _speakers(
        "A 19-year-old man has admitted to hitting a cyclist, who died on Sunday as she rode home "
        "from work, but insisted he \"did not mean to hurt anyone,\" sources tell the Daily Courier.")
    given = next(s for t, s in speakers.items() if t.startswith("did not mean"))
    assert given != "sources"


def test_a_whole_quotation_stays_the_inner_speakers():
    speakers = _speakers("Police said the man told officers: \"I did it because I was angry.\"")
    assert speakers["I did it because I was angry."] == "man"


def test_a_participle_of_saying_tagged_as_a_noun_still_attributes():
    # the tagger reads "writing" as a noun (NN, lemma "writing") though the parse hangs it on
    # "made" as an adverbial clause (the shape of a Multi-News tuning article's sentence)
    speakers = _speakers(
        "Radio host Dana Price made the announcement on Twitter Monday morning, "
        "writing, \"Olympic swimmer Ana Brook gives birth to a baby boy weighing 7 pounds, 2 "
        "ounces. Mom and son doing great.\"")
    given = next(s for t, s in speakers.items() if t.startswith("Olympic swimmer"))
    assert given == "Dana Price", speakers
