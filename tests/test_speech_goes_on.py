"""A quotation that is a sentence of its own after another quotation ('"...," he said. "I got
a phone call."') goes on with that quotation's speaker, even when the parser hangs it on the
next sentence's verb of saying, which has words of its own ('Officials said a surveyor found
the plane', 'The Miss World Organization declined to answer questions'): that verb says its
own clause (``attribution._goes_on``). On main 7fe9bc4 both quotations below went to the next
sentence's subject.

The paragraphs are fresh Multi-News clusters' (speaker_review seed 56, read draw,
multinews-plus-train-9667 and multinews-plus-train-42765), as the review listed them; the last
is a tuning story's (BASIL), where a quotation inside its sentence keeps the verb after it."""

from __future__ import annotations

from conftest import quote_speakers as _speakers
from conftest import speaker_opening as _of

PLANE = (
    "\" pretty much everyone had given up hope that they'd be found in our lifetimes. \" michael "
    "smith, of linden, said. For two decades, smith has wondered what happened to his sister "
    "janet and her husband mark. \" i found out yesterday, \" he said. \" i got a phone call. \" "
    "officials said a surveyor found the plane in a wooded area up north."
)

PAGEANT = (
    "Jacob wallenberg, a friend who has spoken to ms. Lin by phone, said pageant employees "
    "warned her that she would be ejected from the competition if she spoke to reporters. "
    "\"they have specifically told her not to talk about human rights during the pageant, even "
    "though that is her official platform, \" he said. \"she is very frustrated. \" the miss "
    "world organization declined to answer questions about the restrictions it has placed on ms. "
    "Lin."
)

SCHOLARS = (
    "The scholars corrected Mr. Ryan on his use of the Catholic concept of “subsidiarity” as "
    "“a rationale gutting government programs.” The scholars say that it is true that “It calls "
    "for solutions to be enacted as close to the level of local communities as possible.”"
)


def test_a_quoted_sentence_after_he_said_is_not_the_next_sentences():
    speakers = _speakers(PLANE)
    assert _of(speakers, "i got a phone call") == _of(speakers, "i found out"), speakers
    assert (_of(speakers, "i got a phone call") or "").lower() != "officials", speakers


def test_a_verb_with_an_object_of_its_own_does_not_take_the_quotation_before():
    speakers = _speakers(PAGEANT)
    assert (_of(speakers, "she is very frustrated") or "").lower() == "jacob wallenberg", speakers


def test_a_quotation_inside_its_sentence_keeps_the_verb_after_it():
    speakers = _speakers(SCHOLARS)
    assert _of(speakers, "a rationale gutting") == "scholars", speakers
