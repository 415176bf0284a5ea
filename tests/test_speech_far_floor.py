"""A report without paragraph breaks (every Multi-News report is one line) is one paragraph, so
a quotation no verb attributes went to whoever spoke last anywhere before it ("paragraph"), or
to the words quoted last ("continued"), over narrative that had moved on. A whole sentence of
narrative that neither hears nor names that speaker again now withholds it (``paragraph-far``,
``continued-far``, ``speech.ABSTAIN``); a sentence between that names them again by a "she"
keeps the floor theirs (``speech._names_again``).

The reports are fresh Multi-News clusters' (speaker_review seed 126, read draw: 37773, 2776,
17730, 44700) and one train cluster marked by hand before (42370), as the review lists them."""

from __future__ import annotations

from conftest import quote_speakers as _speakers
from conftest import speaker_opening as _of

FACTORY = (
    "The endowment fund memorial of shoah and oskar schindler has bought a dilapidated factory "
    "with a humanitarian history and intends to give it a future as a holocaust memorial, the "
    "czech newspaper pravo reported. The foundation, which takes its name from the sudeten "
    "german industrialist and nazi spy who saved more than 1,200 jews, will now look at ways to "
    "finance the project in the eastern village of brnenec. The factory had stood out of use and "
    "unprotected for a dozen years. Rehabilitating it for use as a memorial is expected to cost "
    "millions of euros. \" our main goal is to restore the building and the surrounding area back "
    "to its original historical condition, including the watch towers and the hospital, \" "
    "jaroslav novak"
)

CHURCH = (
    "After three decades of debate over its stance on homosexuality, members of the presbyterian "
    "church ( u.s.a. ) voted on tuesday to change the definition of marriage in the church's "
    "constitution to include same-sex marriage. The final approval by a majority of the church's "
    "171 regional bodies, known as presbyteries, enshrines a change recommended last year by the "
    "church's general assembly. The vote amends the church's constitution to broaden marriage "
    "from being between \"a man and a woman \" to \"two people, traditionally a man and a woman. "
    "\" the presbytery of the palisades, meeting in fair lawn, n.j., put the ratification count "
    "over the top on tuesday on a voice vote. With many presbyteries still left to vote, the "
    "tally late tuesday stood at 87 presbyteries in favor, 41 against and one tied. \"finally, "
    "the church in its constitutional documents fully recognizes that"
)


def test_a_quotation_after_sentences_of_narrative_is_not_the_last_speakers():
    speakers = _speakers(FACTORY)
    assert _of(speakers, "our main goal") is None, speakers


def test_words_quoted_in_narrative_do_not_lend_their_source_to_a_later_quotation():
    speakers = _speakers(CHURCH)
    assert _of(speakers, "finally, the church") is None, speakers


JUSTICE = (
    "Asked if the five justices revealed a \" blind spot \" in their decision, ginsburg said yes. "
    "The feisty leader of the court's minority liberal bloc compared the decision of her five "
    "male peers to an old supreme court ruling that found discriminating against pregnant women "
    "was legal. \" but justices continue to think and can change, \" she added, hopefully. \" they "
    "have wives. They have daughters"
)

POSTERS = (
    "From staging a texas competition to draw the prophet muhammed to the protests against the "
    "so-called 9/11 mosque, pamela geller has led anti-muslim campaigns for years. "
    "So who is she? ( jorge ribas/the washington post ) for those unfamiliar with pamela geller, "
    "she was in the news a few weeks ago for sponsoring an ad campaign across major u.s. Cities "
    "with anti-muslim posters saying, among other things, \"killing jews is worship that draws us "
    "close to allah. \" on sunday, she was in the news again"
)

SHARK = (
    "As dragan and his friends approached the beach, he saw a fairly high positioned jumping "
    "board utilized earlier in the day by divers. \"dragan climbed on the jumping board, told me "
    "to hold his beer and simply ran to jump. There was no time for me to react or to try to stop "
    "him, he just went for it \" says milovan. \"dragan jumped high and plunged down to the sea, "
    "but didn't make as much splash as we thought he would \", explained milovan."
)


def test_a_she_in_the_sentence_between_keeps_the_floor():
    speakers = _speakers(JUSTICE)
    assert (_of(speakers, "they have wives") or "").lower() == "ginsburg", speakers


def test_the_quotations_own_sentence_naming_the_speaker_again_keeps_the_floor():
    speakers = _speakers(POSTERS)
    assert (_of(speakers, "killing jews") or "").lower() == "pamela geller", speakers


def test_words_right_after_a_quotation_and_its_verb_are_not_far_from_it():
    speakers = _speakers(SHARK)
    assert (_of(speakers, "dragan jumped high") or "").lower() == "milovan", speakers
