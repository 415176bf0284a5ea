""""the spokeswoman said" after "Linda Ferris, a spokeswoman for the agency, said" is Linda
Ferris: the person at the role's last earlier mention in the article
(``speakers._last_holder``); with two spokesmen, the one brought in last. A spokeswoman
brought in with no name stays an unnamed speaker. The sentences are written for these
tests; the first and the last fail with that reading off."""

from __future__ import annotations

from conftest import quote_speakers as _speakers

WORDS = "We expect the repairs to take two weeks,"


def test_the_spokeswoman_the_article_named():
    speakers = _speakers("Linda Ferris, a spokeswoman for the agency, said the road would "
                         f'reopen.\n\n"{WORDS}" the spokeswoman said.')
    assert speakers[WORDS] == "Linda Ferris", speakers


def test_an_unnamed_spokeswoman_stays_unnamed():
    speakers = _speakers("A spokeswoman for the agency said the road would reopen.\n\n"
                         f'"{WORDS}" the spokeswoman said.')
    assert speakers[WORDS] == "spokeswoman", speakers


def test_the_spokesman_brought_in_last():
    # two spokesmen: "the spokesman" goes on with the one the text brought in last
    words = "We welcome him warmly,"
    speakers = _speakers("Jason Miller, a spokesman for the campaign, confirmed the choice.\n\n"
                         "Foreign ministry spokesman Lu Kang called the governor an old friend. "
                         f'"{words}" the spokesman said.')
    assert speakers[words] == "Lu Kang", speakers
