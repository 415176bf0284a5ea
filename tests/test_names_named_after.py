"""A person's name that opens an institution's name in the same cluster ("Dana Whitcombe"
and the "Dana Whitcombe Network") is the person, not the network, when she speaks: the
network is named after her, not a fuller form of her name (``Names._named_after``). The
sentences are written for these tests; the first fails with that check off (the quotation went to
the network)."""

from __future__ import annotations

from conftest import quote_speakers as _speakers

TEXT = ("The show ends as long-running daytime host Dana Whitcombe moves to the upcoming "
        "Dana Whitcombe Network next year.\n\n"
        "\"I will miss the studio,\" {name} said.\n\n"
        "\"It was my home for twenty years,\" she said.")


def test_the_person_speaks_not_the_network_named_after_her():
    speakers = _speakers(TEXT.format(name="Whitcombe"))
    assert set(speakers.values()) == {"Dana Whitcombe"}, speakers


def test_her_full_name_too():
    speakers = _speakers(TEXT.format(name="Dana Whitcombe"))
    assert set(speakers.values()) == {"Dana Whitcombe"}, speakers
