"""A speaker described as someone's relative, lawyer or aide and not named ("Mr Osborne's
sister said", "his mother said") is a person in who the article has named so far, whom the next
"she said" means, not an organisation a pronoun passes over (``pronouns.SPEAKING_PEOPLE``); a
noun of one sex gives the description its sex (``speech_words.NOUN_GENDER``), so a "she said" is
not "his mother", nor a son named after it. A speaker described with "the" ("The pope urged
...") is not a person the text brings in later with "a" ("Robert Duncan, a journalist from
North Carolina ..."): that is someone new (``speakers._identified_after``). On main 4bcecbf the
pope was read as that journalist, so the pope's "he said" went to him, and the sister was
labelled an organisation, so her second quotation was withheld.

The paragraphs are fresh Multi-News clusters' (speaker_review seed 60, read draw,
multinews-plus-train-43308 as the review listed it, and multinews-plus-train-44042 with the
capitals the review's lower-casing took out)."""

from __future__ import annotations

from conftest import quote_speakers as _speakers
from conftest import speaker_opening as _of

POPE = (
    "The pope urged couples to have the courage to make lasting choices – which can be "
    "challenging in what he called today's throw-away culture. \"it's important to ask whether "
    "it's possible to love one another forever, \" he said. \"today many believe that making "
    "lifetime definitive choices is impossible. \" In a way there is no more appropriate place for "
    "lovers to spend the day. But this was the first time that such an event was held at st. "
    "Peter's square. Robert duncan, a journalist from north carolina who works for the catholic "
    "news service in rome, participated in the event with his british bride-to-be constance "
    "daggett."
)

SISTER = (
    "Speaking to the Standard from her home in Weston-super-Mare, Mr Osborne's sister Nicola said: "
    "\"Obviously I'm really sad about what's happened. It's terrible, I can't believe it. I think "
    "I'm in shock.\" Asked whether she had recognised her brother in the video of his arrest, she "
    "said: \"No I haven't seen it, I don't want to. My son told me about it this morning.\""
)


def test_the_pope_is_not_a_journalist_brought_in_later():
    speakers = _speakers(POPE)
    assert _of(speakers, "it's important to ask") != "Robert duncan", speakers


def test_she_said_after_a_sister_is_the_sister():
    speakers = _speakers(SISTER)
    assert _of(speakers, "No I haven't seen it") == _of(speakers, "Obviously I'm really sad"), speakers
    assert _of(speakers, "No I haven't seen it") is not None, speakers


def test_a_son_named_after_she_said_is_not_her():
    # the lower-cased paragraph, as the review listed it: no name before the "she" fits, and
    # the son her words name after it is no "she"
    speakers = _speakers(SISTER.lower())
    assert (_of(speakers, "no i haven't seen it") or "").lower() != "my son", speakers
