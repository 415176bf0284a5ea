"""A name the parser hangs as an appositive inside the phrase that opens a sentence, right
before a verb of saying with no subject ('In a press release posted to Twitter, Jenner, a
longtime Republican, said that ...'), is who says the words, not the document of the opening
phrase; the next paragraph's quotation goes on with that name. A "which said" the parser hangs
on a noun that cannot speak goes back to the fact sheet before it. Real text of T47 stories."""

from __future__ import annotations

from conftest import quote_speakers, speaker_opening, story_sentence


def _story_paragraphs():
    said = story_sentence("allsides-6106", r"In a press release posted to Twitter, Jenner[^\n]*",
                          file="allsides_2021a.jsonl")
    going_on = story_sentence("allsides-6106", r"\u201cCalifornia has been my home[^\n]*",
                              file="allsides_2021a.jsonl")
    opening = story_sentence("allsides-6106", r"Caitlyn Jenner, the former Olympian[^\n]*",
                             file="allsides_2021a.jsonl")
    return quote_speakers("\n\n".join([opening, said, going_on]))


def test_name_after_opening_phrase_says_the_words():
    speakers = _story_paragraphs()
    assert speaker_opening(speakers, "providing a roadmap") == "Caitlyn Jenner", speakers
    assert speaker_opening(speakers, "compassionate disruptor") == "Caitlyn Jenner", speakers


def test_next_paragraph_goes_on_with_that_name():
    speakers = _story_paragraphs()
    assert speaker_opening(speakers, "California has been my home") == "Caitlyn Jenner", speakers


def test_which_hung_on_a_name_after_a_fact_sheet_is_the_sheet():
    # 'a State Department fact sheet issued during the final days of ... administration, which
    # said ... "..."': the parser hangs "which" on the administration; the sheet said it,
    # not the report the sentence opens on
    text = story_sentence("allsides-6017", r"The report goes beyond a State Department fact sheet[^\n]*",
                          file="allsides_2021a.jsonl")
    speakers = quote_speakers(text)
    assert speaker_opening(speakers, "with symptoms consistent") == \
        "State Department fact sheet", speakers
