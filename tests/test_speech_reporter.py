"""A quoted fragment of what a speech verb's clause reports belongs to whoever reports that
clause, when a named reporter does: 'Rahm Emanuel ... asked Mr. Clinton ... to explore
“options of service” ..., the White House said in a statement' is the White House's wording
(gold basil-38f7cbb7), and 'Kang then started bargaining, saying that his superiors “were
willing ...,” Khan wrote' is Khan's (gold multinews-train-4679). A quotation that is all the
inner verb says stays the inner speaker's, and an unnamed relay ("sources tell the New York
Daily News", ecbplus-33b) does not take a named speaker's words.

The sentences are the tuning articles' own, each read as a one-paragraph article; the first
two tests fail without ``attribution._reporter``. The last test is a tagging slip of the same
kind of sentence ("writing" read as a noun); it fails without ``speech_words.speech_participle``.
"""

from __future__ import annotations

import pytest

from conftest import quote_speakers as _speakers


@pytest.mark.parametrize("paragraph, opening, speaker", [
    ("Rahm Emanuel, the chief of staff, asked Mr. Clinton last summer to explore “options of "
     "service” on a presidential or senior government advisory board with Mr. Sestak, the White "
     "House said in a statement.", "options of service", "White House"),
    ("Kang then started bargaining, saying that his superiors “were willing to provide another "
     "$2.5 million, provided we helped them with the enrichment technology,” Khan wrote.",
     "were willing", "Khan"),
])
def test_a_named_reporter_owns_a_fragment_of_the_clause_it_reports(paragraph, opening, speaker):
    speakers = _speakers(paragraph)
    given = next(s for t, s in speakers.items() if t.startswith(opening))
    assert given is not None and given.endswith(speaker)


def test_an_unnamed_relay_leaves_the_named_speaker_his_words():
    speakers = _speakers(
        "An 18-year-old gang member has confessed to killing a pregnant mom, who died on Friday "
        "as she shielded a group of children from bullets, but insisted he \"did not mean to "
        "shoot the ladies,\" sources tell the New York Daily News.")
    given = next(s for t, s in speakers.items() if t.startswith("did not mean"))
    assert given != "sources"


def test_a_whole_quotation_stays_the_inner_speakers():
    speakers = _speakers("Police said the man told officers: \"I did it because I was angry.\"")
    assert speakers["I did it because I was angry."] == "man"


def test_a_participle_of_saying_tagged_as_a_noun_still_attributes():
    # multinews-train-18965 a2: the tagger reads "writing" as a noun (NN, lemma "writing")
    # though the parse hangs it on "made" as an adverbial clause
    speakers = _speakers(
        "WPBF-25 news producer Chris Shepherd made the announcement on Twitter Friday afternoon, "
        "writing, \"Tennis star Serena Williams gives birth to a baby girl weighing 6 pounds, 13 "
        "ounces. Mom and baby doing well.\"")
    given = next(s for t, s in speakers.items() if t.startswith("Tennis star"))
    assert given == "Chris Shepherd"
