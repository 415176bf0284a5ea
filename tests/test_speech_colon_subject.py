"""A quotation introduced by a colon at the end of a clause with no verb of saying ('Governor
Huckabee didn't pull any punches when talking about Obama's Iran nuclear deal: "..."') is the
words of that clause's subject (``attribution._colon_subject``): the clause brings them in as
theirs, whatever the parse hangs it on (often the quotation's own verb). Not when the clause
receives words ('Police found a note: "..."'), nor when it reports what someone said. On main
4bcecbf the quotation below had no speaker.

The paragraph is a fresh Multi-News cluster's (speaker_review seed 60, read draw,
multinews-plus-train-27722), with the capitals the review's lower-casing took out."""

from __future__ import annotations

from conftest import quote_speakers as _speakers
from conftest import speaker_opening as _of

HUCKABEE = (
    "Governor Huckabee didn't pull any punches when talking about Obama's Iran nuclear deal: "
    "\"This president's foreign policy is the most feckless in American history. It is so naive "
    "that he would trust the Iranians. We gave away the whole store. It's got to be stopped.\""
)


def test_the_subject_of_the_clause_before_the_colon_speaks():
    speakers = _speakers(HUCKABEE)
    assert _of(speakers, "This president's foreign policy") == "Huckabee", speakers


def test_words_found_are_not_the_finders():
    speakers = _speakers(HUCKABEE.replace(
        "Governor Huckabee didn't pull any punches when talking about Obama's Iran nuclear deal",
        "Governor Huckabee found a note on his desk"))
    assert _of(speakers, "This president's foreign policy") is None, speakers


# a fresh Multi-News cluster's paragraph (speaker_review seed 90, read draw,
# multinews-plus-train-38758), with the capitals the review's lower-casing took out: on main
# 67ccdf6 the statement went on with the sheriff's words before it
FAMILY = (
    "\"We're focusing all our attention right now on the point of the accident,\" says Sheriff "
    "Davis. \"We've taken the information from the driver of the boat at the time and we're "
    "taking that information and we're focusing our efforts on that area right now.\" The "
    "family has released the following statement: \"Recent Dickson County High School "
    "graduate Jerry Greer, son of country music entertainer Craig Morgan and wife Karen Greer, "
    "went missing yesterday following a boating accident on Kentucky Lake in Humphreys County, "
    "Tennessee. Recovery efforts to locate him are underway.\""
)


def test_a_body_written_as_a_common_noun_speaks_after_its_colon():
    speakers = _speakers(FAMILY)
    assert _of(speakers, "Recent Dickson County") == "family", speakers
    assert _of(speakers, "We've taken the information") == "Davis", speakers
