"""Classes of speaker error counted on fresh Multi-News text (gold/multinews-s4b, fourth
session), each fixed as a rule about the class and checked here on sentences written for the
test in the shape of the sentences it was found on."""

from __future__ import annotations

import pytest

from newsfuse.crosscheck.quotes import find_quotes


def _written(text: str, words: str) -> dict:
    """The quotation holding ``words`` of one article written for a test."""
    from newsfuse.analyze import analyze
    from newsfuse.readers.text import article_from_text

    found = [q for q in find_quotes(analyze([article_from_text("Story\n\n" + text, path=None)]))
             if words.lower() in q["text"].lower()]
    assert found, f"no quote containing {words!r}"
    return found[0]


@pytest.mark.parametrize("text,words,speaker", [
    ('This would be a new stage, Larkin says. The market is "the best place" for small farm '
     'produce, Larkin says, and the company has a loyal group of repeat buyers not found at other '
     'markets.', "the best place", "Larkin"),
    ("Rita Okafor, a transport professor at the University of Leeds, does not think the new road "
     "has much to do with the traffic. High rents in cities like London, Bristol and Bath, Okafor "
     "says, have pushed younger workers to leave city flats for towns like Leeds, drawn by jobs in "
     "health, retail and other fields, cheaper homes, and \u201coutdoor opportunities.\u201d",
     "outdoor opportunities", "Rita Okafor"),
])
def test_a_parenthetical_says_governs_a_short_quote_in_its_clause(text, words, speaker):
    # a short quote is kept only when a speech verb governs it; ", X says," set into the
    # clause that holds the quoted words governs them
    q = _written(text, words)
    assert q["speaker"] is not None and q["speaker"].endswith(speaker)


@pytest.mark.parametrize("text,words,speaker", [
    ('A spokeswoman for Nora Vance says the singer and her husband "are spending some time apart" '
     'after a hard year.', "some time apart", "spokeswoman for Nora Vance"),
    ('"We have never received a copy of this letter," wrote a Samsung spokeswoman in an email to the '
     'Courier.', "never received a copy", "Samsung spokeswoman"),
    ("Vance's rep told E! News Sunday that the singer \"is feeling much better\" and is resting at home.",
     "feeling much better", "Vance's rep"),
])
def test_a_spokesperson_speaks_not_whom_they_speak_for(text, words, speaker):
    # an unnamed spokesperson is given as the text gives them, with whom they speak for,
    # in three constructions: "a spokeswoman for X says", "wrote an X spokeswoman", "X's rep
    # told" (here across a sentence the splitter ended at "E!"); written for this test
    assert _written(text, words)["speaker"] == speaker


def test_he_said_after_a_spokesperson_is_the_spokesperson():
    # the spokesperson is a person, so the next paragraph's "he said" can mean them; the
    # building's name (an organisation) could not, and the pronoun reached far back instead
    q = _written("The guests were moved to another floor.\n\nA Tower Hotel spokesman said the building's "
                 "safety team acted at once.\n\n\"We are sorry to guests for the trouble this caused,\" he said.",
                 "sorry to guests")
    assert q["speaker"] == "Tower Hotel spokesman" and q["attribution"] == "pronoun"


@pytest.mark.parametrize("text,words,speaker", [
    # ("the president" is the one person that report titles so: "President Ines Calder")
    ('President Ines Calder faces a charge of favouritism, an allegation the president has rejected as '
     '"absurd" and "false."', "absurd", "Ines Calder"),
    ('President Ines Calder faces a charge of favouritism, an allegation the president has rejected as '
     '"absurd" and "false."', "false", "Ines Calder"),
    ('The plan is unpopular among parents who described themselves as "very involved in school life."',
     "very involved in school life", "parents"),
    ('The ship, which sank in 1702, was described by marine historians last week as "a jewel of the '
     'old fleet."', "a jewel of the old fleet", "marine historians"),
    ('The fire was initially ruled as "suspicious" by investigators.', "suspicious", "investigators"),
])
def test_who_calls_something_as_quoted_words_says_them(text, words, speaker):
    # a verb taking the quotation through "as" names something by it: its subject (through
    # a relative clause: "who described", "the president has rejected") or a passive's agent;
    # written for this test
    q = _written(text, words)
    assert q["speaker"] is not None and q["speaker"].endswith(speaker), q
    assert q["attribution"] == "direct"
