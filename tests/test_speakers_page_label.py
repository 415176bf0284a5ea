"""The label "Story highlights" that opens a news page's summary lines (CNN's) is no speaker and
no word of a speaker's name (``speakers.page_label``): the lines after it run on without stops,
so the parser made "Story" the subject of a line's "says", or took the label into the next name
("Story highlights trump"). On main 67ccdf6 both quotations below were given so."""

from __future__ import annotations

from conftest import quote_speakers as _speakers
from conftest import speaker_opening as _of
from conftest import train_sentence

# a tuning story's opening line (multinews-train-6338, a2)
FERGUSON = ('Story highlights Woman: Protesters "united," says cause is "not a race thing, '
            'it\'s ... right or wrong"\n\nThe Ferguson police officer who shot Michael Brown '
            "didn't stop him because he was suspected in a convenience-store robbery.")


def test_the_label_is_no_speaker():
    speakers = _speakers(FERGUSON)
    assert _of(speakers, "not a race thing") != "Story", speakers


def test_the_label_is_no_word_of_the_name_after_it():
    # a Multi-News train document (multinews-plus-train-17141), lower-cased as that file is
    line = train_sentence(r"Story highlights trump said thursday that his administration will "
                          r"issue \" a new and very comprehensive order to protect our people \"",
                          file="multinews_train.jsonl.gz")
    speakers = _speakers(line)
    assert _of(speakers, "a new and very comprehensive order") == "trump", speakers
