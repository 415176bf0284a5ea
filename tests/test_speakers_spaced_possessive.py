"""A spaced possessive ending ('Intel ’ s Jason Waxman', as ECB+ prints its text) that the
parse takes for the subject of a verb of saying gives the name after it as the speaker, not
"s" (``speakers._speaker_of``). A sentence of the T45 tuning story ecbplus-43b."""

from __future__ import annotations

from conftest import quote_speakers, story_sentence


def test_the_name_after_a_spaced_possessive_speaks():
    sentence = story_sentence("ecbplus-43b", r"Intel ’ s Jason Waxman[^\n]*?for Intel\.")
    speakers = quote_speakers(sentence)
    assert speakers.get("doesn ’ t change a whole lot") == "Jason Waxman"
