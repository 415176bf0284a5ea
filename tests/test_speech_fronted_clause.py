"""A he/she that is the main clause's subject takes up the subject of a clause fronted before
it, not the person that clause acts on: 'When Carter hired Dunn, he called him a "natural
leader"' is Carter's (``speech._fronted_subject``). Sentences written for this test; it fails
when the object of the fronted clause is read as the pronoun's referent."""

from __future__ import annotations

from conftest import quote_speaker

TEXT = (
    "The club named Paul Carter as its general manager in 2019. Carter later hired Mark Dunn "
    "as coach.\n\n"
    "Dunn was fired on Monday after a run of eight defeats.\n\n"
    "When Carter hired Dunn, he called him a \"natural leader who will get the best out of "
    "every player.\"")


def _speaker(opening: str) -> str | None:
    return quote_speaker("Story\n\n" + TEXT, opening)


def test_the_pronoun_takes_up_the_fronted_clauses_subject_not_its_object():
    assert _speaker("natural leader") == "Paul Carter"
