"""Numbers a journalist would not tabulate, found by reading the figures table on new
Multi-News train text (bench/junk_review.py): an escaped character's code, a number that
labels the noun before it, a clock read at a moment, a house number before a numbered
street, a baby's age, and a count of play placed in a period of one game. Each sentence is
written here for the test; each keeps its real figure beside the junk, so a rule that
dropped every number would fail too.
"""

from __future__ import annotations

import pytest

from newsfuse.analyze import analyze
from newsfuse.crosscheck.claims import find_claims
from newsfuse.model import Article


def _expressions(text: str) -> list[str]:
    cluster = analyze([Article(text=text), Article(text=text + " ")])
    return [v["expression"] for g in find_claims(cluster, figures="rules") for v in g["values"]]


@pytest.mark.parametrize("text, junk, figure", [
    ("Cairo &#124; cairo ( reuters ) - a drone killed at least six suspected militants on "
     "thursday, officials said.", "124", "at least six"),
    ("With every new iphone 8 leak the price climbs, and analysts now expect the phone to cost "
     "more than 900 dollars.", "8", "more than 900 dollars"),
    ("The widow of a flight 93 hero spoke on Monday, and 40 passengers and crew died on the "
     "plane.", "93", "40"),
    ("She was diagnosed with stage 4 colon cancer in March, and the hospital treated 300 "
     "patients that year.", "4", "300"),
])
def test_markup_and_a_number_labelling_the_noun_before_it_are_no_figures(text, junk, figure):
    shown = _expressions(text)
    assert junk not in shown
    assert figure in shown


def test_a_count_before_a_plural_or_a_unit_stays_a_figure():
    shown = _expressions("Rescuers searched an area 65 miles off the coast, and the donors gave "
                         "the families 30 homes.")
    assert "65 miles" in shown and "30" in shown
    # lower-cased as Multi-News writes it, where no capital marks "rs" as the rupee
    assert "70" in _expressions("he was arrested in a rs 70 lakh theft case, and 12 others were held.")


@pytest.mark.parametrize("text, junk, figure", [
    ("The kicker missed with 10 seconds remaining, and 52,000 fans booed.", "10 seconds", "52,000"),
    ("With five minutes to go, 3,000 volunteers were still knocking on doors.", "five minutes",
     "3,000"),
])
def test_a_span_read_off_a_clock_at_a_moment_is_a_relative_time(text, junk, figure):
    shown = _expressions(text)
    assert junk not in shown and figure in shown


@pytest.mark.parametrize("text, span", [
    ("The strike lasted two days, and 3,000 workers walked out.", "two days"),
    ("With 20 days to go in the campaign, the project already has 1,300 backers.", "20 days"),
])
def test_a_span_a_verb_makes_or_a_campaign_has_left_stays(text, span):
    assert span in _expressions(text)


@pytest.mark.parametrize("text", [
    "The dead were identified as Ofelia Ben, 69, and Matthew Cruz, 4 months, of 542 N. 13th St. "
    "About 350 people were forced to evacuate.",
    "the dead were identified as ofelia ben, 69, and matthew cruz, 4 months, of 542 n. 13th st. "
    "About 350 people were forced to evacuate.",
])
def test_a_babys_age_and_a_house_number_on_a_numbered_street_are_no_figures(text):
    shown = _expressions(text)
    assert "4 months" not in shown and "542" not in shown and "69" not in shown
    assert "About 350" in shown


def test_a_play_placed_in_a_period_of_one_game_is_that_games_but_a_business_quarter_is_not():
    game = _expressions("He made a 38-yard field goal in the fourth quarter, and 60,000 fans "
                        "cheered.")
    assert not any(e.startswith("38") for e in game) and "60,000" in game
    business = _expressions("Profits rose 30 percent in the fourth quarter as the company sold "
                            "2 million phones.")
    assert "30 percent" in business and "2 million" in business


def test_one_name_before_who_was_is_a_persons_age_whatever_the_ner_took_it_for():
    shown = _expressions("Ebosse, who was 24, was declared dead after being taken to hospital, "
                         "and 40 fans were hurt.")
    assert "24" not in shown and "40" in shown


def test_the_span_of_an_nth_thing_to_happen_is_its_window_but_a_firsts_stays():
    second = _expressions("Leonard is the second Fennville athlete to die in 14 months, and 500 "
                          "people attended the service.")
    assert "14 months" not in second and "500" in second
    first = _expressions("Leonard is the first Fennville athlete to die in 14 months, and 500 "
                         "people attended the service.")
    assert "14 months" in first
