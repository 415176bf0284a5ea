"""An apology and an assurance are said: the quoted words a verb of apologising or assuring
governs are its subject's (``speech_words.SPEECH_VERBS``). Sentences from the tuning gold's
ecbplus-13a story and the multinews_sample100 cluster of the Long Island diocese."""

from __future__ import annotations

from conftest import eval_sentence, quote_speakers, speaker_opening, story_sentence


def test_words_a_governor_apologized_for_are_hers():
    sentence = story_sentence("ecbplus-13a", r"The Governor of Alaska has apologized if \"undeserved "
                                             r"attention\"[^.]*\.")
    speakers = quote_speakers("Sarah Palin visited Wasilla Bible Church on Saturday.\n\n" + sentence)
    assert speakers["undeserved attention"] in ("Governor of Alaska", "Sarah Palin")


def test_what_a_bishop_assured_parishioners_of_is_his():
    sentence = eval_sentence(r"Provenzano assured parishioners at the church that the diocese "
                             r"would “provide pastoral care[^”]*”")
    speakers = quote_speakers(sentence)
    assert speaker_opening(speakers, "provide pastoral care") == "Provenzano"
