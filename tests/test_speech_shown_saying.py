"""A participle of saying hung on what a recording shows ('The video ... shows a veiled girl
identified as one of the 276 students ..., saying some classmates died ... and 40 have been
"married" to Islamic extremist fighters') is the words of the one shown, not of the recording
(``speakers._SHOWING_VERBS``, ``speakers._someone_shown``); a thing shown speaks for no one.
On main 4bcecbf the quotation below went to "video".

The sentence is a fresh Multi-News cluster's (speaker_review seed 60, read draw,
multinews-plus-train-34177), with the capitals the review's lower-casing took out."""

from __future__ import annotations

from conftest import quote_speakers as _speakers
from conftest import speaker_opening as _of

VIDEO = (
    "The video posted Sunday on Twitter shows a veiled girl identified as one of the 276 "
    "students abducted from a remote school in northeastern Nigeria in April 2014, saying some "
    "classmates died in aerial bombardments and 40 have been \"married\" to Islamic extremist "
    "fighters."
)


def test_the_one_a_video_shows_saying_speaks():
    speakers = _speakers(VIDEO)
    assert _of(speakers, "married") == "veiled girl", speakers


def test_a_thing_shown_is_no_speaker():
    speakers = _speakers(VIDEO.replace("a veiled girl identified as one of the 276 students",
                                       "the damage done to the school of the 276 students"))
    assert _of(speakers, "married") != "damage", speakers
