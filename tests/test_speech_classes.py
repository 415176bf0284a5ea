"""Classes of speaker error counted on fresh Multi-News text (gold/multinews-s4b, fourth
session), each fixed as a rule about the class and checked here on real sentences of two or
more clusters, looked up in the eval file first so a test fails loudly if the file changes."""

from __future__ import annotations

import pytest

from conftest import record_cluster, wanted_records
from newsfuse.crosscheck.quotes import find_quotes

WANTED = ("multinews-train-36781", "multinews-train-13031", "multinews-train-15256",
          "multinews-train-41660", "multinews-train-41905", "multinews-train-1639",
          "multinews-train-14628", "multinews-train-23283", "multinews-train-33118",
          "multinews-train-7296")


@pytest.fixture(scope="module")
def analysed():
    records = wanted_records(WANTED)
    return {rid: (record, find_quotes(record_cluster(record))) for rid, record in records.items()}


def _quote(analysed, rid, sentence, words):
    record, quotes = analysed[rid]
    assert any(sentence in d for d in record["documents"]), f"not in {rid}: {sentence!r}"
    found = [q for q in quotes if words.lower() in q["text"].lower()]
    assert found, f"no quote containing {words!r}"
    return found[0]


@pytest.mark.parametrize("rid,sentence,words,speaker", [
    ("multinews-train-36781", 'The site is "the premier place" for crowdfunded projects, '
     "Strickler says,", "the premier place", "Strickler"),
    ("multinews-train-13031", "Makarewicz says, have prompted higher-paid workers",
     "recreational opportunities", "Carrie Makarewicz"),
])
def test_a_parenthetical_says_governs_a_short_quote_in_its_clause(analysed, rid, sentence,
                                                                    words, speaker):
    # a short quote is kept only when a speech verb governs it; ", X says," set into the
    # clause that holds the quoted words governs them
    q = _quote(analysed, rid, sentence, words)
    assert q["speaker"] is not None and q["speaker"].endswith(speaker)


@pytest.mark.parametrize("rid,sentence,words,speaker", [
    ("multinews-train-15256", "A spokeswoman for Catherine Zeta-Jones says the actress",
     "are taking some time apart", "spokeswoman for Catherine Zeta-Jones"),
    ("multinews-train-41660", "wrote a Google spokeswoman in an email to Vulture",
     "We have not seen a copy of this report", "Google spokeswoman"),
    ("multinews-train-41905", "Reynolds' rep told E! News Saturday",
     "fever is down", "Reynolds' rep"),
])
def test_a_spokesperson_speaks_not_whom_they_speak_for(analysed, rid, sentence, words,
                                                         speaker):
    # an unnamed spokesperson is given as the text gives them, with whom they speak for,
    # in three constructions: "a spokeswoman for X says", "wrote an X spokeswoman", "X's rep
    # told" (here across a sentence the splitter ended at "E!")
    assert _quote(analysed, rid, sentence, words)["speaker"] == speaker


def test_he_said_after_a_spokesperson_is_the_spokesperson(analysed):
    # the spokesperson is a person, so the next paragraph's "he said" can mean them; the
    # building's name (an organisation) could not, and the pronoun reached far back instead
    record, quotes = analysed["multinews-train-1639"]
    assert any("A Shard spokesman said the building's emergency response team" in d
               for d in record["documents"])
    q = _quote(analysed, "multinews-train-1639", "A Shard spokesman said",
               "We apologise to guests for the inconvenience")
    assert q["speaker"] == "Shard spokesman" and q["attribution"] == "pronoun"


@pytest.mark.parametrize("rid,sentence,words,speaker", [
    # ("the president" is the one person that report titles so: "President Barack Obama")
    ("multinews-train-14628", 'an allegation the president has rejected as "offensive" and '
     '"wrong."', "offensive", "Barack Obama"),
    ("multinews-train-14628", 'an allegation the president has rejected as "offensive" and '
     '"wrong."', "wrong", "Barack Obama"),
    ("multinews-train-23283", "uniquely unpopular among voters who described themselves as",
     "very active in religion", "voters"),
    ("multinews-train-33118", "was described by marine archaeologists last week as",
     "a jewel of the Old World", "marine archaeologists"),
    ("multinews-train-7296", 'The deaths were initially ruled as "suspicious" by police.',
     "suspicious", "Police"),
])
def test_who_calls_something_as_quoted_words_says_them(analysed, rid, sentence, words,
                                                      speaker):
    # a verb taking the quotation through "as" names something by it: its subject (through
    # a relative clause: "who described", "the president has rejected") or a passive's agent
    q = _quote(analysed, rid, sentence, words)
    assert q["speaker"] is not None and q["speaker"].endswith(speaker)
    assert q["attribution"] == "direct"

