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


@pytest.mark.parametrize("text, junk, figure", [
    ("The suspect was arrested about 9: 15 p.m., and 40 people were evacuated from the block.",
     "about 9", "40"),
    ("Seoul, june 3, 2015 16: 22 kst — the storm destroyed 300 homes in the province.", "22",
     "300"),
])
def test_a_clock_written_with_a_space_after_its_colon_is_a_time_of_day(text, junk, figure):
    shown = _expressions(text)
    assert junk not in shown and figure in shown


@pytest.mark.parametrize("text, junk, figure", [
    ("Related photos: 20 essential songs from the band. The band sold 5 million records.", "20",
     "5 million"),
    ("Here are six ways you can keep your mind sharp, says a study of 2,000 adults.", "six",
     "2,000"),
    ("[ 10 things you didn't know about the brain ] the brain uses 20 percent of the body's "
     "energy.", "10", "20 percent"),
])
def test_a_lists_length_and_a_related_links_headline_are_no_figures(text, junk, figure):
    shown = _expressions(text)
    assert junk not in shown and figure in shown


def test_a_list_noun_after_a_lost_space_belongs_to_the_next_sentence():
    """A source that lost the space after a full stop ("90 days.the reason") puts a list noun
    right after the number; the span is still a figure. Written for this test."""
    shown = _expressions("The new permit stays valid for approximately 90 days.the reason is "
                         "that the office closes in winter, and 40 people applied.")
    assert "approximately 90" in shown and "40" in shown
    assert "three" not in _expressions("He gave three reasons for leaving, and 40 people "
                                       "applied.")
    assert "6" not in _expressions("6 ways to keep your brain young, says a study of 2,000 "
                                   "adults.")


def test_a_ranked_lists_places_are_no_figures_but_counts_in_a_row_stay():
    """A ranked list whose line breaks were lost numbers its items in order; a sentence's
    counts are not consecutive. Written for this test."""
    shown = _expressions("The guide ranks 30 fruits by their pesticide load: 1 plums 2 pears "
                         "3 figs 4 melons 5 limes, and 12 fruits were imported.")
    assert not {"1", "2", "3", "4", "5"} & set(shown)
    assert "30" in shown and "12" in shown
    shown = _expressions("The storm killed 3 people, injured 4 others and destroyed 40 homes.")
    assert "3" in shown and "4" in shown and "40" in shown


def test_a_notes_face_value_names_the_note_but_a_bills_sum_stays():
    shown = _expressions("Police found some of the $ 100 bills in his car, and $ 40,000 was "
                         "missing in total.")
    assert "100" not in shown and "40,000" in shown
    assert "$ 100 billion" in _expressions("The house passed a $ 100 billion bill, and 30 "
                                           "members voted against it.")


@pytest.mark.parametrize("text, junk, figure", [
    ("The rangers grabbed a 3-2 series lead, and 45,000 fans packed the stadium.", "3", "45,000"),
    ("The Kings won the series four games to two, and 18,000 fans watched at the arena.", "four",
     "18,000"),
    ("The girls won with an 8-0 thumping of the visitors, and 2,000 fans attended.", "8", "2,000"),
])
def test_a_series_score_and_a_thumpings_score_are_scores(text, junk, figure):
    shown = _expressions(text)
    assert junk not in shown and figure in shown


@pytest.mark.parametrize("text, junk, figure", [
    ("Davis threw a three-hitter on Sunday to lead her team to an 8-0 victory, and 30,000 fans "
     "watched.", "three-hitter", "30,000"),
    ("Slovenia scored the winner 38 seconds into overtime to beat the United States 3-2, and "
     "5,000 fans cheered.", "38 seconds", "5,000"),
    ("The Steelers overcame a bumbling first half by scoring three times to roar to a 31-24 "
     "playoff victory before 64,000 fans.", "three", "64,000"),
])
def test_a_pitchers_game_a_goals_moment_and_a_count_of_scoring_are_one_games(text, junk, figure):
    shown = _expressions(text)
    assert junk not in shown and figure in shown



@pytest.mark.parametrize("text, junk, figure", [
    ("Bozo no no og clown dead at 89 bozo the clown, frank avruch, dead at 89 breaking news. He "
     "hosted 1,500 shows.", "89", "1,500"),
    ("The feb. 26 shooting sparked protests in 12 cities.", "26", "12"),
    ("A man called 911 dispatchers to report that 3 hikers were missing.", "911", "3"),
    ("The network fell behind perennial #1 \"the o'reilly factor \" and lost 30 % of its viewers.",
     "1", "30 %"),
])
def test_an_age_at_death_a_month_first_date_an_emergency_line_and_a_rank_sign(text, junk, figure):
    shown = _expressions(text)
    assert junk not in shown and figure in shown


def test_dead_at_before_a_plural_noun_counts_places():
    shown = _expressions("Police found two men dead at 3 sites, and 40 officers searched the area.")
    assert "3" in shown and "40" in shown


@pytest.mark.parametrize("text, junk, figure", [
    ("The donations were made at the walmart neighborhood market, 1199 s. Federal hwy. Last "
     "year the donor left 25,000 dollars.", "1199", "25,000 dollars"),
    ("Police found the women in an apartment closet at 4724 longshore avenue saturday while 12 "
     "officers searched the house.", "4724", "12"),
    ("police said john smith ( 45 ) of leeds was arrested, and 300 homes were evacuated.", "45",
     "300"),
    ("Notre Dame won a 20-3 upset of Michigan State, and Manti Te'o racked up 12 tackles; "
     "the school says 80,000 fans came.", "12", "80,000"),
    ("Turner, who rushed for 42 yards and a touchdown in the Monday night victory, was "
     "arrested and released on a $2,179 bond.", "42 yards", "2,179"),
    ("The Clippers met before a 118-97 game 4 loss, and the owner paid a $2.5 million fine.",
     "118", "$2.5 million"),
])
def test_a_lower_case_address_an_age_in_brackets_and_one_games_play(text, junk, figure):
    shown = set(_expressions(text))
    assert figure in shown and junk not in shown, shown


def test_a_count_of_roads_and_yards_outside_a_game_stay_figures():
    shown = _expressions("The state will build 12 new roads on the west side, and the crowd "
                         "stood 50 yards from the stadium during the game.")
    assert "12" in shown
    assert "50 yards" in shown


def test_a_web_archives_crawl_note_is_a_notice():
    from newsfuse.clean import furniture_reason

    assert furniture_reason("The seed for wide00014 was: slash pages from every domain, up to a "
                            "maximum of 100 most highly ranked urls per domain.") == "notice"
    assert furniture_reason("Crawl of outlinks started in march. These files are currently not "
                            "publicly accessible. The seed list was built from all 865 "
                            "collections.") == "notice"
    assert furniture_reason("The bar crawl was started by students in 2009 and drew 300 people "
                            "to the town.") is None


# seed 28 (junk25): a page's offers and link labels run into the text, an age group, unnamed
# sources, a lower-cased day-first date, a ranking cut by a superlative, a year of an era and an
# area code read alone; each sentence written for this test beside a real figure that stays
@pytest.mark.parametrize("text, junk, figure", [
    ("The channel will target 18 to 34 year olds, and the network has 40 million subscribers.",
     "18 to 34 year", "40 million"),
    ("That is according to 11 individuals who are knowledgeable about the report, and 50 "
     "analysts signed it.", "11", "50"),
    ("Un photo 21 february 2014 the office said at least seven people have been executed this "
     "year.", "21", "at least seven"),
    ("He has one of the 50 fastest marathon times, and the race drew 200 runners.", "50", "200"),
    ("The bowl dates back to about 500 b.c. and the museum paid $ 2 million for it.",
     "about 500", "$ 2 million"),
    ("contact: mary jones 202-555-0147 lake city, fla. -- following a two-month investigation, "
     "inspectors found 300 animals in the warehouse.", "202", "300"),
])
def test_an_age_group_unnamed_individuals_a_lower_case_date_a_superlative_an_era_a_phone(
        text, junk, figure):
    shown = set(_expressions(text))
    assert figure in shown and junk not in shown, shown


@pytest.mark.parametrize("text, junk, figure", [
    ("Once the water warms, the fish recover. $ 20 for 365 days of unlimited digital access last "
     "chance to take advantage of our best offer! The lake lost 4,000 fish.", "365 days", "4,000"),
    ("For more from the magazine, check out our latest issue subscribe now for as little as $ 2 "
     "a month! The storm killed 14 people.", "as little as $ 2", "14"),
    ("The magazine is reader supported: chip in $ 10 or more to help us continue to write. The "
     "fire killed 112 workers.", "10 or more", "112"),
    ("sign up for our newsletter and get three stories in your inbox every week. The fire killed "
     "112 workers.", "three", "112"),
    ("1 of 60 full screen autoplay close skip ad the rally drew 5,000 people.", "60", "5,000"),
    ("[ 11 surprising facts about sleep ] the researchers tracked 300 volunteers for a year.",
     "11", "300"),
    ("[ quiz: the 10 most popular baby names ] the agency counted 3.9 million births last year.",
     "10", "3.9 million"),
    ("( also on politico: senate passes 8 bills ) the governor signed 40 laws on friday.",
     "8", "40"),
    ("( photos: 12 senators who voted no ) the measure passed with 62 votes.", "12", "62"),
    ("Editor's picks the making of a champion six months, four cities. The team won 12 games.",
     "four", "12"),
    ("3: 48 pm police arrest five men at the border ( radio ) 3: 17 pm army chief warns rivals "
     "( reuters ) 2: 51 pm court indicts 59 men ( dpa ). The flood forced 6,000 people from "
     "their homes.", "59", "6,000"),
])
def test_a_pages_offers_links_and_ticker_run_into_the_text_give_no_figure(text, junk, figure):
    shown = set(_expressions(text))
    assert figure in shown and junk not in shown, shown


def test_times_placing_a_storys_events_are_no_ticker():
    shown = set(_expressions("Police were called at 9:02 p.m., arrived at 9:10 p.m. and by "
                             "9:40 p.m. had moved 120 residents out of the building."))
    assert "120" in shown, shown


# seed 29 (junk25): a recipe's steps, a paper's DOI, the emergency line in "911 and dispatch
# tapes", an age before a hometown with its comma left out, a clip's headline after "video:"
@pytest.mark.parametrize("text, junk, figure", [
    ("Mix the flour and butter with your hands and form 6 balls. Divide the dough into 12 flat "
     "rounds. Spread the filling on 6 of the rounds. Bake 10 to 15 minutes, or until golden. "
     "The recipe won a prize from 3,000 readers.", "12", "3,000"),
    ("Journal of dermatology accepted article preview 7 july 2014; doi: 10.1038/jid.2014.273 "
     "the study followed 841 women.", "10.1038", "841"),
    ("He posed as a witness, according to 911 and dispatch tapes released by police. The chief "
     "suspended 3 officers on monday.", "911", "3"),
    ("Kyle Parker, 22 of Spencer, was taken into custody as 300 people searched for the girl.",
     "22", "300"),
    ("Text size - + reset video: $ 50 b to roads, rail? The president asked congress for "
     "$ 50 billion on monday.", "50", "$ 50 billion"),
])
def test_a_recipe_a_doi_a_hometown_age_and_a_clips_headline(text, junk, figure):
    shown = set(_expressions(text))
    assert figure in shown and junk not in shown, shown


def test_one_imperative_is_no_recipe():
    shown = set(_expressions("The chief said: place 40 officers on the bridge. The march drew "
                             "5,000 people."))
    assert {"40", "5,000"} <= shown, shown


def test_a_superlative_cut_outside_one_of_stays_a_count():
    # who testified and which list a story reports are counts; "one of the 50 fastest" is a rank
    shown = set(_expressions("The senators questioned the heads of the five largest oil "
                             "companies, and the group names the country's 10 most troubled "
                             "rivers each year."))
    assert {"five", "10"} <= shown, shown


# seeds 28 and 29 (junk25): a span after the narrator's "fast forward" and a table's row of
# bare percents; a span "into" a period (the tuning gold tabulates "nearly 10 hours into the
# flight"), and shares a sentence lists with commas, stay
@pytest.mark.parametrize("text, junk, figure", [
    ("Fast forward eight months and the team is top of the league, with 40,000 fans at every "
     "game.", "eight months", "40,000"),
    ("Wage estimates for this occupation: percentile 10 % 25 % 50 % ( median ) 75 % 90 % hourly "
     "wage. The agency said 38,790 people work in the trade.", "25 %", "38,790"),
])
def test_a_fast_forward_span_and_a_tables_row_of_percents(text, junk, figure):
    shown = set(_expressions(text))
    assert figure in shown and junk not in shown, shown


def test_a_span_into_a_period_and_listed_shares_stay():
    shown = set(_expressions("The passenger began screaming nearly 10 hours into the flight. "
                             "Prices rose 10 %, 12 %, 15 % and 20 % in four years."))
    assert {"nearly 10 hours", "10 %", "12 %", "15 %", "20 %"} <= shown, shown


# seed 28 (junk25): a stake set to explain odds, and a group's name after "big"; a bettor's
# own stake stays
@pytest.mark.parametrize("text, junk, figure", [
    ("At 4-1, a $ 100 bet on walker would pay $ 400. He placed his $ 140,000 bet on the royals.",
     "400", "140,000"),
    ("He ran one of the big five studios back in the golden age, and 300 films were made there.",
     "five", "300"),
])
def test_an_odds_example_and_a_big_group_name(text, junk, figure):
    shown = set(_expressions(text))
    assert figure in shown and junk not in shown, shown


# seeds 42, 43 and 45 (junk26): a clock's minutes the NER took with "am", "half" before a
# sibling, an age written "yr old", a note's mark in brackets, a lower-cased day-first date,
# how many digits a sum has, the sum a charge is named by and a road's number; each beside a
# figure of the same sentence that stays. Tried and left out: a person's height ("the 6-foot-3
# musician", seeds 44 and 45) cost the validation values one right figure, and "a mother of
# five" is a figure in test_figures_worth (the gold tabulates a mother's children)
@pytest.mark.parametrize("text, junk, figure", [
    ("Posted 9: 50 am gmt the company said it would cut 1,200 jobs at its plants.",
     "50 am gmt", "1,200"),
    ("The court heard that her half brother was held for 14 months before the trial.",
     "half", "14 months"),
    ("A 31 yr old woman was charged, and officers seized 12 kilos of cocaine from her car.",
     "31", "12 kilos"),
    ("Critics called it the trial of the century. [ 6 ] [ 7 ] legal scholars have cited it in "
     "30 cases.", "7", "30"),
    ("He preached to one of the 11 september bombers, and 300 people protested outside.",
     "11", "300"),
    ("The bank will not claw back her nine-figure pay, though it was fined $ 185 million.",
     "nine", "$ 185 million"),
    ("He faces two counts of fraud over $ 5,000 after his clients lost 2 million dollars.",
     "5,000", "2 million dollars"),
    ("An interstate 80 gas station was closed after the crash, and 14 people were hurt.",
     "80", "14"),
])
def test_clocks_kin_ages_notes_dates_charges_and_roads(text, junk, figure):
    shown = set(_expressions(text))
    assert figure in shown and junk not in shown, shown


def test_a_bracketed_count_stays():
    shown = set(_expressions("The report [ 12 pages ] lists 40 victims of the flood."))
    assert "40" in shown, shown


def test_a_review_widgets_rating_is_furniture():
    shown = set(_expressions("Average rating: 3.00 tom verducci saturday, the writer joins the "
                             "show to talk about the 30 teams in the league."))
    assert "30" in shown and "3.00" not in shown, shown


def test_a_video_players_buttons_in_lower_case_are_furniture():
    shown = set(_expressions("Just watched: suspect sold over 100 guns replay more videos. "
                             "Police recovered 153 weapons in the raid."))
    assert "153" in shown and "over 100" not in shown, shown


# junk27: sentences of the fresh read draws (seeds 50 and 51), as Multi-News writes them
@pytest.mark.parametrize("text, junk, figure", [
    # multinews-plus-train-575: an hour before "o'clock", wherever it stands
    ("Nine o ' clock on a friday night in an unfamiliar city, and i was marooned with two young "
     "boys. What i tell my girlfriends is that walking 60 miles on a 3-day will empower you to "
     "do anything.", "Nine", "60 miles"),
    # multinews-plus-train-14892: the field a rank is taken in
    ("Ali-mohammadzadeh said iran ranked 23rd among 26 regional countries and 146th among 209 "
     "countries in terms of population growth. The one-child trend is among the main factors "
     "leading to a decline in the world's tfr by 33 percent in the past 30 years.", "209",
     "33 percent"),
    # multinews-plus-train-25581: a freeway's number before the word
    ("Officials investigate the scene of a three-car accident where six people were killed on "
     "the westbound 60 freeway near philips ranch road in diamond bar early sunday morning.",
     "60", "six"),
    # multinews-plus-train-5875 and 20447: a tournament's round named by the teams left
    ("Kansas head coach bill self calls out to his team during the second half of an ncaa final "
     "four semifinal college basketball tournament game against ohio state saturday. The americans "
     "will have logged nearly 9,000 miles after they complete group play.", "four",
     "nearly 9,000 miles"),
    # multinews-plus-train-30303: the exchange after a bracketed area code
    ("Contact: bil goldfield phone: ( 818 ) 874-4647 william.goldfield@dole.com monterey, "
     "california. The salads were distributed in 13 u.s. States ( connecticut, indiana, kentucky, "
     "maryland ).", "874", "13"),
    # multinews-plus-train-13436 and 1540: a number word labelling the noun before it
    ("Gendry hadn't been seen since he rowed away from dragonstone in the season three finale of "
     "game of thrones. Hbo's game of thrones, with seven trophies, was the big winner.", "three",
     "seven"),
    # multinews-plus-train-39260 and 44967: an obituary's kin, listed however deep
    ('The family released a statement, saying shriver died tuesday " surrounded by his five '
     'children, five children in-law, and his 19 grandchildren. " More than 670,000 copies of '
     "the pearls' self-published book are in circulation.", "19", "More than 670,000"),
    # multinews-plus-train-8859 (seed 43) and 32692 (seed 51): "N cent" before a possessive or
    # a verb is the rapper, as "a 50 cent fare" is a sum
    ("50 cent's dreams of pitching in the big leagues were shattered after tossing the "
     "ceremonial first pitch. Now its value has soared and the musician has made almost $ 8m.",
     "50 cent", "almost $ 8m"),
    ("In a reddit ama on june 3, 2014 — the same day the album was released, which was also the "
     "day 50 cent set up his reddit account — the rapper said he was accepting bitcoin as payment "
     "for the album. Our sources say animal ambition pulled in about 700 bitcoin in sales",
     "50 cent", "about 700"),
    ("That's exactly what is happening with rapper 50 cent and bitcoin. Our sources say animal "
     "ambition pulled in about 700 bitcoin in sales", "50 cent", "about 700"),
])
def test_an_oclock_hour_a_ranks_field_roads_rounds_phones_labels_kin_and_a_rappers_name(
        text, junk, figure):
    shown = set(_expressions(text))
    assert figure in shown and junk not in shown, shown


def test_one_day_after_a_modal_is_some_day():
    """multinews-plus-train-4222 (seed 43): "would one day meet" is some day, no span; "lasted
    one day" measures."""
    from newsfuse.crosscheck import worth
    text = ("So if longtime fans ' hopes that daenerys targaryen and jon snow would one day meet "
            "were dashed, the show moved on. The strike lasted one day.")
    cluster = analyze([Article(text=text)])
    verdicts = [worth.context_reason(e) for doc in next(iter(cluster.docs.values()))
                for e in doc.ents if e.text == "one day"]
    assert verdicts == ["indefinite time", None], verdicts


def test_one_night_after_a_verb_that_measures_no_time_is_some_night():
    """Fresh read text (junk30 counting the read draws again): "did not have his sugarhouse
    casino card one night" (seed 76, multinews-plus-train-14761) and "is due to rupture one
    day" (seed 50) say when, no span of one night or day; after a verb that measures time
    ("lasted one day", "spent one night in jail") it is a span and stays."""
    from newsfuse.crosscheck import worth
    text = ("D ' amico said he spent $ 500 of the gofundme money to gamble because he did not "
            "have his sugarhouse casino card one night, but he said he quickly repaid it with his "
            "winnings. All know that the san andreas fault is due to rupture one day — it last "
            "did so in 1906. The strike lasted one day. He spent one night in jail.")
    cluster = analyze([Article(text=text)])
    verdicts = [worth.context_reason(e) for doc in next(iter(cluster.docs.values()))
                for e in doc.ents if e.text in ("one night", "one day")]
    assert verdicts == ["indefinite time", "indefinite time", None, None], verdicts
