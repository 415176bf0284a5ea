"""A quotation set after a colon whose lead-in names a text or talk someone owns is the owner's
words, though no verb says who spoke (``attribution._lead_in_owner``). The paragraphs are a
tuning record's (multinews-train-36781, the Kickstarter caveat; multinews-val-46174, a tuning
record despite its name, the tips), where without the rule the quotations had no speaker, and
fresh read text's (speaker_review seed 58, the talk, its capitals restored), where a "her" after
a quotation of its paragraph leaves the words with that quotation's speaker."""

from __future__ import annotations

from conftest import quote_speakers


def test_a_caveat_on_a_persons_page_is_their_words():
    speakers = quote_speakers(
        "The project has raised more than $30,000 since July 3rd, when Zack Brown posted it "
        "with a goal of $10.\n\n"
        "There is one tiny caveat at the bottom of Brown's Kickstarter page: \"It might not be "
        "that good. It's my first potato salad.\"")
    assert speakers["It might not be that good. It's my first potato salad."] == "Zack Brown"


def test_her_tips_before_a_colon_are_hers():
    speakers = quote_speakers(
        "Heather Saunders, 24 and from Oxford, has been vegan for two years.\n\n"
        "Her tips for anyone trying to eat more is to do it gently: \"Maybe decide to have one "
        "or two meat-free days a week and phase more veg in, I quite like a sweet potato curry "
        "with spinach and chickpeas.\"")
    said = next(s for t, s in speakers.items() if t.startswith("Maybe decide"))
    assert said == "Heather Saunders", speakers


def test_quotes_from_her_talk_go_on_with_the_quotation_before():
    # (the name is tagged an organisation here, so "her" would find no one: the quotation
    # before in the paragraph already gives the speaker)
    speakers = quote_speakers(
        "McKayla Maroney spoke about Larry Nassar for the first time in front of media on "
        "Tuesday, reportedly calling the ex-USA Gymnastics team doctor \"a monster.\" Quotes from "
        "her talk at a New York Society for the Prevention of Cruelty to Children luncheon via "
        "the NYSPCC (more to come): \"Within the gymnastics world, there's no question we need "
        "to rebuild from the ground up so this never happens again. I definitely see a future "
        "where athletes are safe and succeeding.\"")
    said = next(s for t, s in speakers.items() if t.startswith("Within the gymnastics"))
    assert said == "McKayla Maroney", speakers


def test_words_on_someone_elses_comments_are_not_that_persons():
    # a lead-in's noun under "on" is the topic the label's speaker answers ('Harris on the
    # injury:'), not an owner of the words
    speakers = quote_speakers(
        "Leeds manager Tom Harris spoke after the match.\n\n"
        "Harris on Smith's comments: \"I have never heard such nonsense in my whole career.\"")
    assert speakers["I have never heard such nonsense in my whole career."] != "Smith"


def test_someone_else_acting_in_the_lead_in_keeps_the_words():
    # a tuning story (BASIL): the ad's voice-over says the closing line, echoing the prime
    # minister's message; the message's owner did not say these words
    speakers = quote_speakers(
        "\"The fact is that every day that passes, Iran gets closer and closer to a nuclear "
        "bomb,\" Netanyahu says.\n\n"
        "A voice-over at the end of the ad underscores the prime minister's message: \"The world "
        "needs American strength, not apologies.\"")
    assert speakers["The world needs American strength, not apologies."] != "Netanyahu"
