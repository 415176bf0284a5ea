"""Someone whose verb of saying is only supposed, in a clause under another verb ("knowing
there was little chance a victimized family would report the acts"), takes no floor: a
quotation after that names no speaker is not theirs (``speech._hypothetical``). On main 4bcecbf
the quotation below went to "victimized family".

The paragraph is a fresh Multi-News cluster's (speaker_review seed 60, read draw,
multinews-plus-train-3214), with the capitals the review's lower-casing took out and the
quotation cut where the review cut it."""

from __future__ import annotations

from conftest import quote_speakers as _speakers
from conftest import speaker_opening as _of

SCHOOL = (
    "The hard-pressed barrio school is just the kind of place where an adult with bad intentions "
    "could take advantage of a child, knowing there was little chance a victimized family would "
    "report the acts. Or if they did, little chance they would be believed. \"You have lots of "
    "the very poor who don't even know what\""
)


def test_a_family_that_would_report_does_not_speak_the_next_quotation():
    speakers = _speakers(SCHOOL)
    assert _of(speakers, "You have lots of the very poor") != "victimized family", speakers
