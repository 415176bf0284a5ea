"""A verb of saying whose sentence ends before the next quotation opens ('"Is he breathing?"
the dispatcher asked. "He's barely breathing," she replied.') attributes the quotation before
it: only a verb the next quotation follows with nothing but a comma or a colon between
('Reeves joked, "..."') opens that quotation (``attribution._quotes_another``). On main
7fe9bc4 the dispatcher's words went to the caller, who spoke before and after them.

The paragraph is a fresh Multi-News cluster's (speaker_review seed 56, read draw,
multinews-plus-train-40751), as the review listed it."""

from __future__ import annotations

from conftest import quote_speakers as _speakers
from conftest import speaker_opening as _of

CALL = (
    "Full interview: esperanza quintero esperanza quintero made a phone call no 17-year-old "
    "should ever have to make after her friend was shot at a party. \" good job, just stay with "
    "me, ok? ok? there you go, good job jayden, \" she said during the call to 911. \" is he "
    "breathing? \" the dispatcher asked. \" he's barely breathing, \" she replied. \" how many "
    "times do i have to ( expletive deleted ) tell you? \" \" ok, you know what ma ' am? you "
    "could deal with it yourself. I ' m not gonna deal with this, ok? \" the dispatcher said. "
    "\" no, my ( inaudible ) is dying, \" quintero said."
)


def test_the_dispatchers_words_before_the_dispatcher_said():
    speakers = _speakers(CALL)
    assert _of(speakers, "ok, you know what") == "dispatcher", speakers
    assert "quintero" in _of(speakers, "no, my").lower(), speakers


def test_a_verb_before_a_comma_still_opens_the_quotation_after_it():
    speakers = _speakers("\"So I think we're married.\" Reeves joked, \"It's lovely to see you.\"")
    assert speakers["It's lovely to see you."] == "Reeves", speakers
