"""The one asked a question answers it, named or not: 'Tapper asked Park whether he would vote
for it. "Never," he said.' is Park's answer, not the asker's (``pronouns.mentions_in`` hands
the floor to whom "ask" names as its object, ``pronouns.paragraph_subject`` lets the asker's
being the paragraph's subject not take it back). Asking someone to do something asks for a
deed, not an answer ("asked Park to resign"), and leaves the floor where it was.

The sentences are written for these tests; the first fails without the named listener.
"""

from __future__ import annotations

from conftest import quote_speakers as _speakers


def test_the_one_asked_by_name_answers():
    speakers = _speakers("Senator John Park spoke on Monday.\n\n"
                         "Tapper asked Park whether he would vote for it. \"Never,\" he said.")
    assert speakers["Never,"] == "John Park"


def test_asking_for_a_deed_hands_no_one_the_floor():
    speakers = _speakers("Senator John Park spoke on Monday.\n\n"
                         "Senator Tom Reyes said he asked Park to resign. \"He refused,\" he said.")
    assert speakers["He refused,"] == "Tom Reyes"
