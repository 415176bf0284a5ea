"""A name a document is addressed to ("a letter to Brooks") is whom it was written to, not who
wrote it: the document's words are not hers. A name the document comes from ("a letter from
Reyes to Brooks") still speaks for it.

The sentences are written for these tests; the first fails without ``speakers._addressee``.
"""

from __future__ import annotations

from conftest import quote_speakers as _speakers

PEOPLE = "Senator John Reyes and Senator Anne Brooks spoke on Monday.\n\n"


def test_the_addressee_of_a_document_does_not_speak_for_it():
    speakers = _speakers(PEOPLE + "A letter to Brooks called the bill \"a disaster.\"")
    assert speakers["a disaster."] != "Anne Brooks"


def test_the_sender_of_a_document_speaks_for_it():
    speakers = _speakers(PEOPLE + "\"The bill is a disaster,\" read a letter from Reyes to Brooks.")
    assert speakers["The bill is a disaster,"] == "John Reyes"
