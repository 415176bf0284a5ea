"""A verb the lists of verbs of saying do not hold says the quotation when it stands in the
attribution's slot: right after a quotation that closes on a comma, with its subject and
nothing else of its own ('The upshot was that the new feed "cut the herd's water use by 20%,"
the study found.', written for this test in the shape of a tuning article's sentence whose
quotation had no speaker before ``attribution._closing_verb``). A verb with an object of its
own there does something else."""

from __future__ import annotations

from conftest import quote_speakers as _speakers
from conftest import train_sentence


def test_a_verb_in_the_attribution_slot_says_the_words():
    speakers = _speakers(
        "The upshot was that the new feed \"cut the herd's water use by 20%,\" the study found.")
    given = next(s for t, s in speakers.items() if t.startswith("cut the herd"))
    assert given == "study", speakers


def test_a_verb_with_an_object_after_the_quote_says_nothing():
    speakers = _speakers(
        "The raid went wrong quickly.\n\n"
        "\"I got a gun, I am gonna shoot and nobody will stop me,\" pulled a handgun out of "
        "the bag.")
    given = next(s for t, s in speakers.items() if t.startswith("I got a gun"))
    assert given is None


def test_only_a_subject_adverbials_and_a_particle_may_follow_the_verb():
    """A Multi-News report (shared/train, lower-cased there): "echoed" after the quotation is
    a passive with its agent ("an accusation echoed wednesday by representative howard
    mckeon"), and the check of what follows the verb let every word under it pass, so the
    quotation went to "accusation". An adverbial clause stays allowed: the marchers chanted
    the words as they called for the leader's return (without it, Reuters, named a sentence
    before, took them)."""
    echoed = _speakers(train_sentence(
        r"republican critics of the deal have compared it to \"negotiating with terrorists[^.]*\.",
        "multinews_train.jsonl.gz"))
    assert "accusation" not in echoed.values(), echoed
    chanted = _speakers(
        "Thousands of Morsi supporters took to the streets in a Cairo march today, Reuters "
        "reports. \"We are not terrorists,\" the marchers chanted as they called for the former "
        "leader's reinstatement.")
    assert chanted["We are not terrorists,"] == "marchers", chanted
