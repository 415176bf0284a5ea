"""The speaker phrase between a quotation's closing mark and its verb of saying speaks, when
the parser hangs that phrase on a word of the quotation and leaves the verb without a subject.
The paragraphs are a tuning article's own (gold ecbplus-20b a6): the quotation opens in one
paragraph and closes in the next, and before ``speakers._phrase_after_quote`` both parts went
to the governor quoted a paragraph earlier."""

from __future__ import annotations

from conftest import quote_speakers as _speakers


def test_a_described_and_named_speaker_after_the_closing_mark():
    speakers = _speakers(
        "\"We have distributed the needed tents, blankets, fresh water and food to survivors,\" "
        "the governor-general of Hormouzgan province, Abdolreza Sheikholeslami, told state "
        "television.\n\n"
        "\"Most of the buildings in the villages are not safe to live in any more.\n\n"
        "However, by nightfall all those who need tents will be provided with one, \"the head of "
        "the provincial natural disaster service, Massoud Dalman, told the television.")
    given = next(s for t, s in speakers.items() if t.startswith("Most of the buildings"))
    assert given == "Massoud Dalman"


def test_a_verb_with_its_own_subject_is_left_alone():
    speakers = _speakers(
        "\"We are not facing shortages and the relief operations are going smoothly,\" the "
        "governor said, and the head of the relief service, Massoud Dalman, told the television "
        "the same.")
    given = next(s for t, s in speakers.items() if t.startswith("We are not facing"))
    assert given != "Massoud Dalman"
