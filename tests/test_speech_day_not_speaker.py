"""A weekday hung on a verb of saying tells when, not who: in the fresh Multi-News text of
speaker_review seed 70 (read draw), '"...," dean, a key witness in the watergate hearings,
testified before the senate judiciary committee friday.' gave the quotation to "friday", the
word an inverted verb of saying ('"...," said Churkin') would have after it
(``speakers._DAYS``). The verb's own subject speaks."""

from __future__ import annotations

from conftest import quote_speakers, speaker_opening

WORDS = ("under judge kavanaugh's recommendation, if a president shot somebody in cold blood on "
         "fifth avenue, that president could not be prosecuted while in office,")


def test_a_day_after_the_verb_of_saying_is_not_its_speaker():
    speakers = quote_speakers(
        f'"{WORDS} " dean, a key witness in the watergate hearings, testified before the senate '
        "judiciary committee friday.")
    assert (speaker_opening(speakers, WORDS) or "").lower() == "dean", speakers  # the text may be re-cased
