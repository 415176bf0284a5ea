"""A "they said" does not mean an organisation's name that only describes a noun after it ("a
possible Gazprom-Rosneft merger", "the Senate panel members"): the phrase is about the noun, so the
pronoun cannot mean the name (``pronouns._modifies_noun``). Written for this test in the shape
of a tuning article (BASIL) where "they said" went to such a name."""

from __future__ import annotations

from conftest import article_speakers as _speakers


def test_they_does_not_mean_a_name_that_modifies_a_noun():
    quotes = _speakers(
        "Panel members demand chairman quit\n\n"
        "The chairman, Paul Rendell, has said the inquiry will go on.\n\n"
        "In a letter dated Friday, the opposition members of the panel accused Rendell of "
        "leading a campaign of leaks about a possible Gazprom-Rosneft merger. The group also "
        "tied him to leaked reports about the inquiry.\n\n"
        "\u201cYour eagerness to keep spreading a story you know to be false is alarming,\u201d "
        "they said, joining other senior lawmakers in calling for him to step down.")
    given = next(s for t, s in quotes.items() if t.startswith("Your eagerness"))
    assert given is None or "Gazprom" not in given


def test_they_still_means_an_organisation_named_as_a_subject():
    quotes = _speakers(
        "Union rejects offer\n\n"
        "The Transport Workers Union rejected the city's latest wage offer on Monday.\n\n"
        "\u201cThis offer does nothing for the drivers who kept the buses running all "
        "winter,\u201d they said in a statement.")
    given = next(s for t, s in quotes.items() if t.startswith("This offer"))
    assert given == "Transport Workers Union"
