"""A verb of saying set into a clause as an aside ('Brooks, Park said, is "out of touch."') says
the whole clause, quoted words included: its subject speaks, not the clause's own subject, who
is what the words are about. An aside set into the words of a verb of saying is left to that
verb's own reading.

The sentences are written for these tests; the first fails without ``attribution._aside``.
"""

from __future__ import annotations

from conftest import quote_speakers as _speakers


def test_an_aside_speaks_for_the_clause_it_is_set_into():
    speakers = _speakers("Senator John Park and Senator Anne Brooks spoke on Monday.\n\n"
                         "Brooks, Park said, is \"out of touch.\"")
    assert speakers["out of touch."] == "John Park"


def test_the_clause_subject_speaks_without_an_aside():
    speakers = _speakers("Senator John Park and Senator Anne Brooks spoke on Monday.\n\n"
                         "Brooks said Park is \"out of touch.\"")
    assert speakers["out of touch."] == "Anne Brooks"
