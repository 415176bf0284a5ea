"""A speaker named after a quotation, with what the speaker was doing set between commas before
the verb ('"...," Karzai, wearing his trademark green robe ..., told his nation'), speaks the
quotation: the parser hangs the participle on the quotation's verb and leaves the verb of
saying with no subject, and the participle's verb kept the name from being read as the speaker
(``speakers._without_participle_aside``, read by ``_phrase_after_quote``).

The first passages are Multi-News train documents (multinews-plus-train-24049 and -18211) with
their capitals put back: the train text is lower-cased, and there "karzai" is no name to the
tagger at all, so the lower-cased line shows nothing of the rule; held-out text keeps its
capitals. Before the rule both quotations had no speaker. The last test reads the train text
as it is."""

from __future__ import annotations

import pytest

from conftest import quote_speakers as _speakers
from conftest import speaker_opening as _of
from conftest import train_sentence


@pytest.mark.parametrize("text, opening, speaker", [
    ("This could be the beginning of a potentially dangerous period for Afghanistan. \"Today we "
     "proved to the world that this is a people driven country,\" Karzai, wearing his trademark "
     "green robe and a lambskin hat, told his nation in televised remarks.",
     "Today we proved", "Karzai"),
    ("The satellite is India's first Mars mission and reached the red planet two days after the "
     "$671 million Maven craft. \"History has been created today,\" Indian Prime Minister "
     "Narendra Modi, wearing a red vest, said in a speech today at the ISRO's office in "
     "Bengaluru, formerly known as Bangalore.",
     "History has been created", "Narendra Modi"),
])
def test_a_participle_aside_between_the_speaker_and_the_verb(text, opening, speaker):
    speakers = _speakers(text)
    assert _of(speakers, opening) == speaker, speakers


def test_an_aside_whose_verb_says_its_own_words_takes_no_quotation_before():
    # multinews-plus-train-2217: "said he has no plans" says its own clause; the quotation
    # before it is the earlier "said in an interview"'s
    line = train_sentence(r"chief executive officer reed hasting said in an interview\. \"we are "
                          r"going to pause[^\"]*\" hastings, responding to questions, said he has "
                          r"no plans to step down[^.]*\.", file="multinews_train.jsonl.gz")
    speakers = _speakers(line)
    assert (_of(speakers, "we are going to pause") or "").lower() in ("hastings", "reed hasting"), speakers
