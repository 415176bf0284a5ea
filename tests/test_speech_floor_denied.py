"""A sentence of narrative between two quotations whose verb of saying is denied ('CNN cannot
confirm the authenticity of the audio') hands the floor to no one: its subject said nothing,
so an unattributed quotation after it goes on with the speaker before
(``speech._took_floor``), as ``attribution.attribute`` already passes over a denied verb
beside a quotation. On main 7fe9bc4 the quotation went to CNN.

The paragraph is a fresh Multi-News cluster's (speaker_review seed 56, read draw,
multinews-plus-train-32000), as the review listed it (its last quotation is cut off there)."""

from __future__ import annotations

from conftest import quote_speakers as _speakers
from conftest import speaker_opening as _of

AUDIO = (
    "An audio recording purportedly from the islamic state of iraq and syria promises more "
    "fighting in more iraqi cities, including baghdad. \" continue your march as the battle is "
    "not yet raging, \" a voice said to be that of isis spokesman abu mohammed al-adnani says on "
    "the message posted early thursday ( last wednesday night et ) on the group's media "
    "website. \" it will rage in baghdad and karbala. So be ready for it. \" cnn cannot confirm "
    "the authenticity of the audio or time and date of its recording, which is nearly 17 "
    "minutes long. \" don't give up a hand's width of land you have freed. \""
)


def test_a_denied_verb_of_saying_takes_no_floor():
    speakers = _speakers(AUDIO)
    assert _of(speakers, "don't give up") != "cnn", speakers
    assert _of(speakers, "don't give up") == _of(speakers, "it will rage"), speakers


def test_a_verb_of_saying_between_quotations_still_takes_the_floor():
    speakers = _speakers(
        "\"We are not facing shortages,\" Payan said. The agency says video evidence will help. "
        "\"Onboard recorders would show what happened.\"")
    assert _of(speakers, "Onboard recorders") == "agency", speakers


def test_one_who_declined_to_comment_takes_no_floor():
    # the sentences of a tuning story (ecbplus-5b), the narrative one set between two of
    # King's quotations: "O'Brien declined to comment" says nothing, so the quotation opening
    # the next paragraph is not carried to O'Brien (main gave it to him, "carried")
    from conftest import story_sentence

    said = story_sentence("ecbplus-5b", r"\"In the interview process with Jim[^\n]*King said\.")
    declined = story_sentence("ecbplus-5b", r"Reached by telephone yesterday, O'Brien declined to "
                                            r"comment\.")
    words = story_sentence("ecbplus-5b", r"\"But in watching the season[^\n]*comfortable with\.\"")
    speakers = _speakers("\n\n".join((said, declined, words)))
    assert _of(speakers, "But in watching the season") != "O'Brien", speakers
