"""A short quotation that only modifies the noun after it ('the "microserver" market') sets
off a term for a kind of thing, not anyone's words (``quotes._names_a_kind``); a verb of
saying, naming or judging above the noun keeps it as its subject's words. Sentences of the
T45 tuning stories ecbplus-43b and allsides-5893, and of the tuning story allsides-6079."""

from __future__ import annotations

from conftest import quote_speakers, story_sentence


def test_a_term_before_its_noun_is_nobody_s_words():
    sentence = story_sentence("ecbplus-43b", r"Texas startup Calxeda offers[^¶\n]*?Moonshot\.")
    speakers = quote_speakers(sentence)
    assert not any("wimpy core" in text for text in speakers)


def test_a_term_in_a_bet_on_a_market():
    sentence = story_sentence("ecbplus-43b", r"AMD has made a \$334 million bet on the "
                                             r"energy-efficient \"microserver\" market\.")
    assert quote_speakers(sentence) == {}


def test_an_adjective_before_its_noun_is_not_the_president_s():
    sentence = story_sentence("allsides-5893", r"A Russian-linked group that is counted[^\n]*?"
                                               r"cyberattacks\.", "allsides_2021a.jsonl")
    speakers = quote_speakers(sentence)
    assert not any("colossal" in text for text in speakers)


def test_an_accuser_s_term_stays_his_words():
    sentence = story_sentence("allsides-6079", r"Tuesday’s big flap was an interview at Vox "
                                               r"with James Carville[^\n]*?rhetoric voters "
                                               r"like\.", "allsides_2021a.jsonl")
    speakers = quote_speakers(sentence)
    assert speakers.get("faculty lounge") == "James Carville"
