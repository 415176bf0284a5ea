"""Figures worth tabulating, one quantity per group, and statuses that can be trusted.

Sentences are taken from the eval file (looked up, never retyped): an age set off by commas,
a storey count, a year naming an election and "hundreds of thousands" each read as a
journalist would read them.
"""

from __future__ import annotations

import re

import pytest

from conftest import eval_sentence, story_sentence, train_sentence
from newsfuse.analyze import analyze
from newsfuse.crosscheck import worth
from newsfuse.crosscheck.claims import find_claims, prepared_statements
from newsfuse.crosscheck.numbers import compatible, interval, parse_amount
from newsfuse.model import Article


def _figures(text: str) -> list[dict]:
    cluster = analyze([Article(text=text), Article(text=text + " ")])
    return [v for g in find_claims(cluster) for v in g["values"]]


@pytest.mark.parametrize("text, junk", [
    ("Mark Dunne, 21, was arrested on Thursday in a town near the border.", 21),
    ("The three-storey home, modest by the standards of the street, was sold last spring.", 3),
    ("The panel's finding that the firm broke the rules in the 2016 election was upheld.", 2016),
])
def test_ages_storeys_and_years_are_not_figures(text, junk):
    figures = _figures(text)
    assert junk not in [f["value"] for f in figures]


def test_vague_magnitudes_keep_their_scale():
    sentence = 'Ella is among an estimated hundreds of thousands of women who have implants made by the firm.'
    assert "hundreds of thousands" in sentence
    assert parse_amount("hundreds of thousands") == (200_000, "at least")
    assert parse_amount("tens of thousands") == (20_000, "at least")
    assert parse_amount("dozens") == (24, "at least")  # a lower bound, never exactly 24


def test_example_dispute_keeps_every_article(example_cluster):
    groups = find_claims(example_cluster)
    killed = next(g for g in groups if 62 in [v["value"] for v in g["values"]])
    assert killed["status"] == "disputed"
    by_value = {}
    for v in killed["values"]:
        by_value.setdefault(v["value"], set()).update(v["articles"])
    assert by_value[62] >= {"a1", "a3", "a4"}
    assert by_value[83] == {"a3", "a5"} and by_value[90] == {"a1"}
    observatory = [v for v in killed["values"] if v["value"] in (83, 90)]
    assert all(v["attributed_to"] == "Syrian Observatory for Human Rights" for v in observatory)
    wounded = next(g for g in groups if "wounded" in g["about"])
    assert wounded["status"] == "disputed"
    assert {a for v in wounded["values"] for a in v["articles"]} == {"a1", "a2", "a3", "a5"}


def test_agreed_never_over_values_that_cannot_all_be_true(example_cluster):
    for g in find_claims(example_cluster):
        spans = [interval(v["value"], v["qualifier"]) for v in g["values"]]
        articles = {a for v in g["values"] for a in v["articles"]}
        if g["status"] == "agreed":
            assert max(lo for lo, _ in spans) <= min(hi for _, hi in spans), g
            assert len(articles) >= 2
        if g["status"] == "single":
            assert len(articles) == 1


def test_one_article_two_quantities_are_not_a_dispute(example_cluster):
    """a4 says the truce held five days and must hold seven: two quantities, not a conflict."""
    days = [g for g in find_claims(example_cluster)
            if any(v["value"] in (5, 7) and "day" in (v.get("expression") or "") for v in g["values"])]
    assert days and all(g["status"] != "disputed" for g in days)
    held = next(g for g in days if any(v["value"] == 5 for v in g["values"]))
    assert held["status"] == "agreed" and {"a2", "a4"} <= {a for v in held["values"] for a in v["articles"]}


def test_percentages_written_in_words_are_figures_one_per_place():
    """"55 percent" used to be dropped (the word "percent" was read as part of the number),
    and three countries' shares in one sentence are three quantities, not a dispute."""
    sentence = 'Company officials told the paper that at one point as much as 55 percent of phone traffic in Norway, 52 percent in Egypt, and 82 percent in India was out of service.'
    assert parse_amount("as much as 55 percent") == (55, "at most")
    assert parse_amount("Sixty-five per cent") == (65, "exact")
    groups = find_claims(analyze([Article(text=sentence), Article(text=sentence + " ")]))
    shown = {v["value"]: g for g in groups for v in g["values"]}
    assert {55, 52, 82} <= set(shown)
    assert all(shown[v]["status"] == "agreed" for v in (55, 52, 82))
    assert len({id(shown[v]) for v in (55, 52, 82)}) == 3
    assert "Egypt" in shown[52]["about"] and "India" in shown[82]["about"]


def test_a_place_where_a_thing_lies_does_not_scope_its_figure():
    """"three hundred miles off the coast of Chile" is no figure for Chile: a route or a
    location ("between Italy and Egypt", "off Sicily") does not split one quantity by place.
    Written for this test."""
    from newsfuse.crosscheck.figure_scope import place_of

    text = "The weather station stands on a rocky island some three hundred miles off the coast of Chile."
    cluster = analyze([Article(text=text)])
    doc = cluster.docs[cluster.articles[0].id][0]
    ent = next(e for e in doc.ents if "hundred" in e.text)
    assert any(e.text == "Chile" for e in doc.ents)
    assert place_of(ent) is None


def test_a_mother_of_five_counts_children():
    """"The mother of five said ...": five counts her children, not mothers, and whatever
    befell the mother is no event of the five."""
    text = 'The mother of five said she was left with chronic pain after a failed operation that led to three more surgeries.'
    five = [v for v in _figures(text) if v["value"] == 5]
    assert five, "the mother's five children are a figure"
    cluster = analyze([Article(text=text), Article(text=text + " ")])
    groups = [g for g in find_claims(cluster) if any(v["value"] == 5 for v in g["values"])]
    assert groups and all(g["about"] == "children" for g in groups)


def test_an_articles_background_figure_is_not_part_of_the_story_figure():
    """One report gives the wedding's toll and, later, an older attack's 16 dead; another
    gives the wedding's toll. The 16 no other report backs is another quantity, not a side of
    the toll's agreement."""
    toll = 'At least 20 people were killed when a gunfight broke out at a wedding party in the north of the country, officials said on Monday.'
    older = "In July 2012, a suicide bomber killed a local mayor and 16 other people at his son's wedding party in the same province."
    other = 'A wedding in the north turned deadly Sunday night when a gunfight broke out, killing 21 people, a local official said.'
    cluster = analyze([Article(text=f"{toll} {older}"), Article(text=other)])
    shown = [g for g in find_claims(cluster) if g["status"] in ("agreed", "disputed")]
    values = [v["value"] for g in shown for v in g["values"]]
    assert 20 in values and 21 in values
    assert 16 not in values


def test_two_reports_giving_the_same_exact_count_of_one_thing_agree():
    """"deteriorated ... for 10 days" and "kept him bedridden ... for 10 days": two verbs, one
    quantity; the same exact count of days from two reports is read as one figure."""
    one = "In 2015, Leo lay ill in his father's flat for 10 days and was never taken to a doctor."
    two = 'The court heard Marsh gave Leo herbal tea when he developed the fever that kept him in bed in their Leeds home for 10 days in 2015.'
    cluster = analyze([Article(text=one), Article(text=two)])
    days = [g for g in find_claims(cluster) if any(v["value"] == 10 for v in g["values"])]
    assert len(days) == 1 and days[0]["status"] == "agreed"


def test_several_keeps_its_scale():
    """"several hundred thousand more" is at least 300,000 (several is three or more), not
    an unreadable phrase that drops the figure."""
    text = "The mayor's allied group has pitched in several hundred thousand more."
    assert "several hundred thousand" in text
    assert parse_amount("several hundred thousand") == (300000, "at least")
    assert parse_amount("several dozen") == (36, "at least")
    assert interval(*parse_amount("several hundred"))[0] == 300


def test_a_count_of_unnamed_sources_is_not_a_figure():
    """"two people familiar with the former Massachusetts governor's plans said": who spoke,
    not a quantity of the story."""
    text = "Speaking at the university on Friday, Dunn will not endorse one of his rivals, two people familiar with the former governor's plans said."
    assert all(v["value"] != 2 for v in _figures(text))


@pytest.mark.parametrize("text, junk", [
    # a house number and a block are addresses
    ("A real estate agent who was involved in trying to sell their home at 50 Old Mill Rd. said "
     "the couple had moved away.", 50),
    ("Officers responded to the warehouse, located on the 1000 block of Harbor Avenue, just "
     "after midnight.", 1000),
    # an hour after "at" with a link, not a thing, after it
    ("Don't worry, she's back at work :) details @citynewsdesk at 11 pic.twitter.com/ab12Cd34", 11),
    # a whole percent as emphasis
    ("Not everyone is 100% happy with the deal, the minister admitted.", 100),
    # how far back records go, and what did not happen
    ("And records going back nearly 700 years document terrible floods in the valley.", 700),
    ("If they had waited 100 years, that would be fine, she said.", 100),
    # a guideline's name written as one word
    ("The five-a-day target is the basis of a healthy diet, the agency says.", 5),
    # a chemical name's locant
    ("This study was undertaken to test the effect of a feed additive, 3-nitrooxypropanol, on "
     "dairy cows.", 3),
    # a video player's headline line, left in the page with its running time
    ("MUST WATCH Report: Flood waters force more than 200 families from homes 02:15", 200),
])
def test_addresses_hours_emphasis_and_names_are_not_figures(text, junk):
    figures = _figures(text)
    assert junk not in [f["value"] for f in figures]


def test_an_hour_with_a_spaced_p_m_is_a_time_of_day():
    """"after 2 p. m." (a wire style, a space inside "p. m."): the NER leaves the hour as a
    number counting "p.", which two reports repeating the sentence tabulated as an agreed 2."""
    sentence = 'Maria Ortiz, 34, was killed on Oct. 21, 2011 while walking near a school in the Bronx after 2 p. m.'
    assert 2 not in [f["value"] for f in _figures(sentence)]


def test_a_rate_per_day_is_its_amount_not_a_span():
    """"ten a day" is ten per day: before, "ten a" was read as 10 + 1 days."""
    sentence = 'Our results suggest that although five portions of fruit is good, ten a day is even better.'
    values = [f["value"] for f in _figures(sentence)]
    assert 10 in values and 11 not in values


def test_a_count_after_at_and_a_count_before_a_noun_stay_figures():
    """The hour and address rules leave real counts alone."""
    figures = _figures("Police said 11 people were arrested at 12 sites on Friday, "
                       "and 40 homes on Main Street were damaged.")
    values = {f["value"] for f in figures}
    assert {11, 12, 40} <= values


def _groups(*texts: str) -> list[dict]:
    """The groups of a cluster of one article per text (a1, a2, ...)."""
    return find_claims(analyze([Article(text=t) for t in texts]))


def _shown(groups, value) -> list[dict]:
    return [g for g in groups if g["status"] in ("agreed", "disputed")
            and value in [v["value"] for v in g["values"]]]


def test_every_five_years_and_two_decades_are_spans_in_years():
    """"every five years" is a five-year interval and "two decades" 20 years: before, neither
    was read, and the Paris reports' agreement on both was lost."""
    interval_1 = 'The fund will also help poor countries cut their emissions, and measure their progress every five years.'
    interval_2 = 'The final text requires all countries to report their progress every five years, with the goal of raising ambition.'
    decades = 'It is the first successful end to a global trade summit after two decades of failed talks.'
    years = 'And set against 20 years of failed trade agreements, these talks went very well.'
    assert [g["status"] for g in _shown(_groups(interval_1, interval_2), 5)] == ["agreed"]
    agreed = _shown(_groups(years, decades), 20)
    assert agreed and agreed[0]["status"] == "agreed"
    assert {a for v in agreed[0]["values"] for a in v["articles"]} == {"a1", "a2"}


def test_dozens_and_hundreds_injured_bound_one_count():
    """Two vague lower bounds of the injured, one scale step apart, with no firm count
    between them: one agreed group, not two single ones."""
    dozens = 'The civil protection agency, which was coordinating the rescue, said dozens were injured and thousands needed shelter, though it stressed the numbers were fluid.'
    hundreds = 'The quake killed at least 160 people and left hundreds more injured.'
    groups = _groups(dozens, hundreds)
    wounded = [g for g in groups if {24, 200} <= {v["value"] for v in g["values"]}]
    assert wounded and wounded[0]["status"] == "agreed"


def test_a_toll_that_stood_at_a_number_is_a_toll():
    sentence = 'The death toll stood at 120 but the number of dead and missing was uncertain given the many visitors in the area for the holiday.'
    groups = _groups(sentence)
    assert any(g["about"].endswith("killed") and 120 in [v["value"] for v in g["values"]]
               for g in groups)


def test_distances_are_read_in_the_reports_unit_and_conversions_are_not_figures():
    """"some 100 kilometers (80 miles) northeast of the capital" is one distance of 100 km, and
    "about 70 miles (112 km)" is 112 km; before, no number written with a unit was read. The
    two met in one agreed group until the sixteenth session: two estimates agree only when
    each allows the other's value (``numbers.compatible``), and 100 and 112 are 12% apart."""
    a1 = 'Hardest hit were the small towns of Colleverde and Santa Ria, some 100 kilometers (80 miles) northeast of the capital.'
    a4 = 'The shaking was felt all the way in the capital, about 70 miles (112 km) southwest of the town.'
    groups = _groups(a1, a4)
    values = [(v["value"], v["qualifier"]) for g in groups for v in g["values"]]
    assert (100, "about") in values and (112, "about") in values
    assert 80 not in [v for v, _ in values] and 70 not in [v for v, _ in values]
    rome = [g for g in groups if {100, 112} <= {v["value"] for v in g["values"]}]
    assert not any(g["status"] == "agreed" for g in rome)


def test_a_conversion_in_metres_is_no_figure_of_its_own():
    """"about 100 feet (30 meters)" is one length, and "310m (1,016ft)" one height: the
    bracketed conversion restates the figure (the gold notes call it a non-figure). Metres,
    whose one name "m" is no word a report writes, and a unit standing after the NER's
    number ("310" "m") had kept both readings, each tabulated."""
    vessel = 'The barge was about 100 feet (30 meters) long and held up to 400 tons of grain, divers said.'
    values = [(v["value"], v["expression"]) for g in _groups(vessel) for v in g["values"]]
    assert (30, "about 100 feet") in values and "30 meters" not in [e for _, e in values]
    shard = 'The tower stands at 310m (1,016ft) and has 87 storeys.'
    assert [v["value"] for g in _groups(shard) for v in g["values"]] == [310]


def test_magnitudes_of_one_quake_written_three_ways_meet():
    """"The magnitude 6 quake", "a 6.2 magnitude earthquake", "the 6.2-magnitude temblor":
    one quantity, disputed between the reports (6 against 6.2)."""
    a1 = "The magnitude 6 quake in central Spain had its epicenter near the mountain villages of Soria and a shallow depth of just four kilometers, the geological institute said."
    a3 = 'At least 160 people have been confirmed dead following a 6.2 magnitude earthquake which struck central Spain in the early hours of Wednesday morning.'
    a4 = 'Powerful earthquakes like the 6.2-magnitude temblor that rocked central Spain'
    groups = _groups(a1, a3, a4)
    magnitude = [g for g in groups if {6, 6.2} <= {v["value"] for v in g["values"]}]
    assert magnitude and magnitude[0]["status"] == "disputed"


def test_two_limits_every_report_gives_are_two_quantities_not_a_dispute():
    """Both reports give 2 and 1.5 degrees (the limit and the aspiration): agreed on each,
    not one group disputed between them."""
    a1 = "For the 2 degrees C goal, that's net zero between 2080 and 2090, and for 1.5 degrees C between 2060 and 2070, says Ana Ruiz, a climate analyst."
    a2 = 'After two weeks of talks, 180 countries approved an accord limiting global warming to 2ºC, with a stretch goal of 1.5ºC.'
    groups = _groups(a1, a2)
    temperature = [g for g in groups if {1.5, 2} & {v["value"] for v in g["values"]}
                   and "degree" in g["about"]]
    assert temperature and all(g["status"] == "agreed" for g in temperature)
    assert not any({1.5, 2} <= {v["value"] for v in g["values"]} for g in temperature)


def test_a_maps_labels_give_no_figure():
    """A graphic's labels left in the text: now that distances are read, its scale bar
    ("100 miles") would otherwise become one."""
    sentence = 'SPAIN FRANCE Epicenter of quake Colleverde CORSICA Madrid Areas of strong shaking Balearic Sea MAJORCA 100 miles'
    assert 100 not in [f["value"] for f in _figures(sentence)]


def test_an_amount_counts_its_currency_not_itself():
    """NER leaves the "$" outside "$115,000" and the parse makes the number its own counted
    thing: the group was named "115,000" and its unit unknown ("money:?"), so a price in
    dollars could never meet another price of the same thing."""
    a1 = "A previous collection of the poet's letters to her sister sold at auction for $115,000 in 2010."
    a3 = 'A previous cache of letters between the two sisters sold at auction for $115,000 in 2010.'
    price = _shown(_groups(a1, a3), 115000)
    assert price and price[0]["about"] == "dollars" and price[0]["status"] == "agreed"


def _story(pattern: str, file: str = "allsides_2021a.jsonl") -> list[Article]:
    """The articles of the story (shared/stories) one of whose texts matches the pattern."""
    import json

    from conftest import SHARED
    path = SHARED / "stories" / file
    if not path.exists():
        pytest.skip("stories not found")
    rows = [json.loads(line) for line in open(path, encoding="utf-8")]
    story = next((r["story"] for r in rows if re.search(pattern, r["text"])), None)
    if story is None:
        pytest.skip(f"no story matching {pattern!r}")
    return [Article(text=r["text"]) for r in rows if r["story"] == story]


def test_a_figure_dated_to_another_month_is_another_quantity():
    """May's rise in prices and June's are two quantities, not one disputed figure: the date
    that governs each figure ("rose 0.9% in June", "faster than the 0.6% increase in May";
    not just any date in its sentence) is part of its scope."""
    articles = _story(r"rose 0\.9% in June, faster than the 0\.6% increase in May")
    groups = find_claims(analyze(articles))
    assert not [g for g in groups if {0.6, 0.9} <= {v["value"] for v in g["values"]}]
    assert [g["status"] for g in _shown(groups, 0.9)] == ["agreed"]


def test_a_decimal_figure_about_a_value_is_not_widened_by_a_whole_unit():
    """"the estimated 2.3 percent" and "three percent" cannot both be true; "about 60" still
    allows newsroom rounding (54 to 66) and "about 5" one either way."""
    assert not compatible([interval(2.3, "about"), interval(3, "exact")])
    assert compatible([interval(60, "about"), interval(65, "exact")])
    assert compatible([interval(5, "about"), interval(6, "exact")])


def test_lengths_meet_by_their_role_and_in_one_system():
    """A depth meets a depth and a length a length, whatever units each report uses: "a depth
    of more than 650 feet" agrees with "a depth of 200 meters" (about 198 m), the vessel
    "98 feet long" (about 30 m) disputes "25 meters long"; and a distance measured from the
    same place ("about 15 kilometres outside of Banff") is one figure in both reports. The
    sentences are written for this test."""
    a1 = 'Resting at a depth of more than 650 feet off the coast, the cargo ship is estimated to be 98 feet long.'
    a2 = "The cargo ship was buried at a depth of 200 meters. The cargo ship is 25 meters long."
    groups = _groups(a1, a2)
    depth = [g for g in groups if 200 in [v["value"] for v in g["values"]]]
    assert [g["status"] for g in depth] == ["agreed"]
    assert {(v["value"], v["qualifier"]) for v in depth[0]["values"]} == {(198, "at least"),
                                                                          (200, "exact")}
    length = [g for g in groups if 25 in [v["value"] for v in g["values"]]]
    assert [g["status"] for g in length] == ["disputed"]
    assert (30, "about") in {(v["value"], v["qualifier"]) for v in length[0]["values"]}
    b1 = 'Their van traveled down a 12-metre steep embankment about 15 kilometres outside of Banff and crashed into a tree.'
    b2 = 'Her van traveled down a 12-metre embankment about 15 kilometres outside of Banff, coming to rest against a tree.'
    groups = _groups(b1, b2)
    assert [g["status"] for g in _shown(groups, 15)] == ["agreed"]
    assert [g["status"] for g in _shown(groups, 12)] == ["agreed"]


def test_a_count_told_under_different_verbs_is_one_disputed_count():
    """Lifeguards "pulled 22 pupils from the sea", "hauling nearly two dozen pupils from the
    sea", "brought 20 pupils back to the sand": three verbs, one count
    the reports disagree on (22 and 20 cannot both be true)."""
    a1 = 'Officials said lifeguards on surfboards and boats pulled 22 pupils from the sea, some in shock.'
    a2 = 'Lifeguards launched a mass rescue at the cove Tuesday, hauling nearly two dozen pupils from the sea.'
    a3 = 'Lifeguards brought 20 pupils back to the sand.'
    groups = _shown(_groups(a1, a2, a3), 22)
    assert [g["status"] for g in groups] == ["disputed"]
    assert {20, 22, 24} <= {v["value"] for v in groups[0]["values"]}


def test_one_sources_count_under_two_nouns_is_one_count():
    """Greenpeace's "three London bases" of Shell in one report are its "three headquarters"
    in the other: the same exact count from the same named source, in sentences that say the
    same, is one figure the reports agree on. Before, each stood alone under its own noun."""
    a1 = 'In a later statement, the union said the tower was chosen because it was in sight of the three city offices of the bank.'
    a2 = "The union said the site was chosen because it sits in the middle of the bank's three headquarters."
    groups = _shown(_groups(a1, a2), 3)
    assert [g["status"] for g in groups] == ["agreed"]
    assert {a for v in groups[0]["values"] for a in v["articles"]} == {"a1", "a2"}


def test_a_percent_of_change_measures_the_subject_of_its_clause():
    """"services in Kenya were down by 80 percent" is 80 percent of the services: before, the
    percent counted nothing, so it never met "up to 80 percent of internet services in
    Kenya" nor disputed "up to 70 per cent of phone services in Kenya" (the shape of a tuning
    story's reports; the sentences are written for this test). The Uganda share in the same
    clause is another place's figure."""
    a1 = 'It is thought that up to 70 per cent of phone services in Kenya, and 60 per cent in Uganda, were disrupted yesterday.'
    a2 = 'Telephone and internet services in Kenya were down by 80 percent, in Uganda by 65 percent.'
    a3 = 'Up to 80 percent of internet services in Kenya have been cut after the cable was damaged on Friday, the state news agency said.'
    groups = [g for g in _shown(_groups(a1, a2, a3), 80) if 70 in [v["value"] for v in g["values"]]]
    assert [g["status"] for g in groups] == ["disputed"]
    assert {a for v in groups[0]["values"] for a in v["articles"]} == {"a1", "a2", "a3"}
    assert 65 not in [v["value"] for v in groups[0]["values"]]


def test_an_m_is_metres_only_where_the_text_says_length():
    """"The tower stands at 310m (1,016ft)" is a height in metres ("stands", and a length in
    feet beside it); before, "m" was no unit and 310 counted "m"s. "3.201m vs. its rival's 2.325m"
    (viewers) has no such word and stays what it was."""
    from newsfuse.crosscheck.figure_measures import measure_of

    def measures(text):
        cluster = analyze([Article(text=text)])
        return [measure_of(e) for d in cluster.docs[cluster.articles[0].id] for e in d.ents
                if e.label_ == "CARDINAL"]

    shard = measures('The tower stands at 310m (1,016ft) and has 87 storeys.')
    assert [(m[0], m[2]) for m in shard if m and m[0] == "310"] == [("310", "m")]
    viewers = measures("The channel did +38% better in total viewers (3.201m vs. its rival's 2.325m).")
    assert not any(m and m[2] == "m" for m in viewers), viewers


@pytest.mark.parametrize("text, junk", [
    # "not one day": a denial that there was any, not a count of one
    ("“You ran for governor and had three sons — not one day of service in the army.", 1),
    # "zero" before a singular noun names a degree ("zero tolerance"), not a count
    ("“The school and the whole district have a zero tolerance policy on bullying,” the letter "
     "said.", 0),
    # a unit capitalised after its number is a title: the program "60 Minutes"
    ("Lee, who also contributes to the program “60 Minutes,” joins daytime TV next month.", 60),
    # a building's storeys written as a plain count
    ("The tower stands at 310m (1,016ft) and has 87 storeys.", 87),
    # a count set beside the two or three names it counts
    ("Dunn's speech at the university comes as many in the party fear that Hale and Brandt will "
     "split the vote.", 2),
    ("The girl's mother, Nina Holt, said she and her two children, five-year-old Mia and "
     "two-year-old Sam, were hurt.", 2),
    # unnamed sources who briefed a news agency
    ("Three officials who briefed the news agency said the talks had stalled.", 3),
])
def test_denials_degrees_titles_storeys_and_named_lists_are_not_figures(text, junk):
    figures = _figures(text)
    assert junk not in [f["value"] for f in figures]


def test_one_day_before_its_verb_is_a_time_not_a_span():
    """"One day my bicycle ..." opens a story at some time; it is no span of one day.
    Written for this test."""
    text = "One day my old bicycle started making a strange clicking noise on the hill."
    assert 1 not in [f["value"] for f in _figures(text)]


@pytest.mark.parametrize("pattern", [
    # a read mark of an earlier session (idiom, still shown on main f2dced4)
    r"[^.]*had dreamed of one day jumping out of an airplane\.",
    # junk34's count at scale (train, seed 3434): shown as a span of one day
    r"[^.]*hoped to one day win an award[^.]*\.",
])
def test_one_day_inside_an_infinitive_or_a_gerund_is_some_day(pattern):
    """"hoped to one day win an award", "dreamed of one day jumping out of an airplane": the
    parse takes "one day" for the object of "to" or "of", but set before the verb it means
    "some day", as after a modal; the strike that "lasted one day" keeps its span."""
    text = train_sentence(pattern, file="multinews_train.jsonl.gz")
    assert 1 not in [f["value"] for f in _figures(text)]
    assert 1 in [f["value"] for f in _figures("The strike lasted one day and closed every "
                                              "school in the city.")]  # written for the test


def test_a_number_dialled_is_not_a_figure():
    """"a frantic 911 call" names the number dialled; it counts nothing."""
    sentence = story_sentence("allsides-6111", r"[^.]*editing out a portion of a frantic 911 call[^.]*\.",
                               "allsides_2021a.jsonl")
    assert 911 not in [f["value"] for f in _figures(sentence)]


def test_real_counts_beside_those_rules_stay_figures():
    """Beside the title, dialled-number and named-list rules, real counts stay figures: a
    span in lower case after a title ("nearly 40 years" beside "48 Hours"), a named thing
    counted ("20 Emmy Awards": the unit is capitalised, but the sentence is not a
    headline), calls counted ("I missed 4 calls", not "a 911 call") and a long named list
    summed up by its count ("12 countries: Pakistan, Indonesia, ..."). No sentence of the
    shared data gives "zero" before a plural noun or "one day" as a span after its verb."""
    title = _figures("48 Hours, which has won 20 Emmy Awards over the course of nearly 40 years, "
                     "aired the interview on Sunday.")  # written for the test
    assert {20, 40} <= {f["value"] for f in title} and 48 not in {f["value"] for f in title}
    calls = '30 minutes later, I missed 4 calls and I’m like, ‘That’s odd,\'” she told a reporter at a conference days later.'
    assert 4 in [f["value"] for f in _figures(calls)]
    countries = 'It connects 12 countries: Kenya, Uganda, Tanzania, Rwanda, Ethiopia, Somalia, Sudan, Egypt, Oman, Yemen, India and France.'
    assert 12 in [f["value"] for f in _figures(countries)]


def test_twice_counts_occurrences_but_not_a_multiple_or_a_rate():
    """"resuscitated twice" is a count of two, which the NER gives no entity; "twice as
    many" and "twice as long" are multiples, "fly twice a month" a rate and "Look Twice" a
    title, none a count of occurrences."""
    sentence = 'Anna said she had to be resuscitated twice after the crash while on the way to hospital.'
    assert [(f["value"], f["expression"]) for f in _figures(sentence)] == [(2, "twice")]
    others = ["“We need twice as many nurses.",  # written for the test
              'The process of writing the rules was rocky, taking at least twice as long as in the past.',
              story_sentence("allsides-6060", r"[^.]*where I would fly twice a month to do Fox "
                                               r"programs on set\.", "allsides_2021a.jsonl"),
              'Some had the subject line: “Look Twice.”']
    for text in others:
        assert 2 not in [f["value"] for f in _figures(text)], text


def test_twice_in_a_rate_or_a_compound_is_not_a_count():
    """"appear twice a month" (which the NER marks as a DATE) is a rate, and "a
    twice-convicted felon" describes the man as "a two-time champion" would: neither counts
    occurrences the story reports, though "twice" alone would."""
    column = "Her column will appear twice a month in the magazine."  # written for this test
    assert 2 not in [f["value"] for f in _figures(column)]
    felon = story_sentence("allsides-5876", r"A twice-convicted\sfelon\swho allegedly voted[^.]*\.",
                            "allsides_2021a.jsonl")
    assert 2 not in [f["value"] for f in _figures(felon)]


def test_a_ranking_cut_a_day_first_date_and_a_player_notice_are_not_figures():
    """Kinds of number seen on the fourth session's fresh Multi-News batch (gold/multinews-s4b)
    and left in the table: "the top three actors" and "the top ten online ad networks"
    say where a ranking is cut; "When: 23 Sep 2016" in a photo caption is a
    day-first date the NER left as a number; "Wait 1 second to continue" is the notice of
    a video player in a photo caption. The real figures beside them stay."""
    top = _figures('Just the top three actors in films earned almost as much combined ($88 million).')
    assert 3 not in [f["value"] for f in top] and 88_000_000 in [f["value"] for f in top]
    networks = 'The report claims to establish “the direct link between the top ten online ad networks and their support of pirate sites”.'
    assert 10 not in [f["value"] for f in _figures(networks)]
    caption = 'Maria Lind appears on a TV show in Rome Featuring: Maria Lind Where: Rome, Italy When: 23 Sep 2016 Credit: PHOTO/Agency.com'
    assert 23 not in [f["value"] for f in _figures(caption)]
    photo = 'Dec. 17, 2016 The governor waves as he is greeted by a school band on his way to an event in Mobile, Ala. Photo Desk/The Daily Post Buy Photo Wait 1 second to continue.'
    assert 1 not in [f["value"] for f in _figures(photo)]


def test_a_number_after_a_capitalised_name_word_is_part_of_the_name():
    """"the Highway 25-Highway 70 junction" (the tagger reads the second "Highway"
    as a common noun) and "the Blue Sea 4 and Blue Sea 3 lines" (a name of several
    capitalised words): a capital inside running text marks a name, and the number is the name's.
    The area counted in the same sentence stays."""
    junction = _figures("The state's farm industry occupies at least 3.7 million square feet near the Highway 25-Highway 70 junction, according to a real estate firm.")
    values = [f["value"] for f in junction]
    assert 70 not in values and 25 not in values and 3_700_000 in values
    cables = 'The cuts were to the Blue Sea 4 and Blue Sea 3 lines, which connect countries between Kenya and France.'
    assert 3 not in [f["value"] for f in _figures(cables)]


def test_a_known_familys_members_are_no_figure():
    """An obituary's "survived by his mother, two brothers", "the four Morgan siblings",
    "the three fathers and two children" of a video's narrative and "the four suburban
    housewives" of a show's premise describe a story's people; the tuning gold lists each
    such number as no figure. Family members a toll word or a charge governs ("his two
    cousins, 17 and 22, were also arrested") and children not said to be someone's ("after
    three children drank floor cleaner") stay figures. The sentences are written for this
    test."""
    obituary = 'An obituary published online for Dalton states that he is survived by his mother, two brothers and many cousins.'
    assert 2 not in [f["value"] for f in _figures(obituary)]
    siblings = 'Early in the investigation, a detective suggested the working theory was suicide, but the four Morgan siblings pushed back and hired their own investigators.'
    assert 4 not in [f["value"] for f in _figures(siblings)]
    show = 'The lives of the four suburban housewives on the show have been a boon for the network.'
    assert 4 not in [f["value"] for f in _figures(show)]
    commotion = 'A commotion breaks out as the three fathers and two children press up against a shop window for safety.'
    values = [f["value"] for f in _figures(commotion)]
    assert 3 not in values and 2 not in values
    arrested = 'Ruiz has been charged with murder; his two cousins, 17 and 22, were also arrested.'
    assert 2 in [f["value"] for f in _figures(arrested)]
    pine_sol = 'A nursery in Maine is taking a closer look at its cleaning policy after three children drank floor cleaner.'
    assert 3 in [f["value"] for f in _figures(pine_sol)]


def test_a_day_round_the_clock_is_no_duration():
    """"the 24-hour news channel" says the channel never stops, not how long anything lasted;
    the tuning gold lists such a span as a descriptor."""
    deal = 'Lee, who joined the network in 2001, will continue to anchor his 10 p.m. program and extended his deal with the 24-hour news channel for an undisclosed period of time.'
    assert 24 not in [f["value"] for f in _figures(deal)]


def test_a_fraction_with_its_own_article_is_a_part_not_a_share():
    """"the hardest-hit half of the town" names a part of the town, not a share a report
    measured (the tuning gold calls such a half rhetorical); "about half its normal speed"
    stays a figure."""
    city = 'The old center of Colleverde was devastated, with the hardest-hit half of the town cut off by rescue crews digging by hand to get to trapped residents.'
    assert 50 not in [f["value"] for f in _figures(city)]
    speed = 'The rerouting slowed some traffic to about half its normal speed, an engineer said.'
    assert 50 in [f["value"] for f in _figures(speed)]


def test_a_number_that_opens_a_title_is_the_titles():
    """"an excerpt from 100 Deadly Skills: The SEAL Operative's Guide": capitalised words
    closed by a subtitle's colon mark a book's title, and its number is no count (the gold
    lists it, multinews-train-14328). "the 50 Senate Democrats: They don't have a single
    vote to spare" (allsides-6083) counts senators and stays: a title has no article."""
    excerpt = "In this excerpt from 100 Deadly Skills: The Diver's Guide, retired Navy diver Tom Ash explains how to survive a flood."
    assert 100 not in [f["value"] for f in _figures(excerpt)]
    senators = story_sentence("allsides-6083", r"My idea was to focus on the 50 Senate "
                                               r"Democrats: They don[^.]*\.", "allsides_2021a.jsonl")
    assert 50 in [f["value"] for f in _figures(senators)]


def _entities(text: str) -> list:
    """The NER entities of a text, with the parse the analysis pass gave them."""
    cluster = analyze([Article(text=text)])
    return [ent for doc in next(iter(cluster.docs.values())) for ent in doc.ents]


def _verdicts(text: str) -> dict:
    """worth.reason for each number entity of a text, by its words: the decision itself,
    seen even where a later step would drop the number for another cause."""
    out = {}
    for ent in _entities(text):
        parsed = parse_amount(ent.text)
        if ent.label_ in ("CARDINAL", "DATE", "QUANTITY") and parsed is not None:
            out[ent.text] = worth.reason(ent, parsed[0])
    return out


def test_an_age_as_a_persons_complement_or_apposition_is_no_figure():
    """Ages the comma rule did not see, from tuning gold that lists each as an age: what a
    person is or turns ("Chief Justice Ellen Ward is 61", "Lopez, who was 18 at the time",
    "Jane Moss and Kay Dale were 17 and 19 respectively", "who turns 37 today"),
    an apposition after a noun of a person ("her daughter, 11,", "The tennis champion, 35,",
    "Jon, now 84,", "Luis Ruiz, 20 and Pedro Vega, 24,") and a caption's
    "Victoria Henry (23)". Most are dropped later for counting nothing, so the decision is
    checked itself; an age that a toll verb governs would not be. Counts beside them stay:
    "a mother of 12", "sprayed 13 bullets"."""
    cases = [
        ('Chief Justice Ellen Ward is 61', ["61"]),
        ('Ruiz, who was 18 at the time of the shooting, confessed to being the gunman, the paper reported.', ["18"]),
        ('At the time of the recording, Jane Moss and Kay Dale were 17 and 19 respectively and both lived in Leeds.', ["17", "19"]),
        ('“I came to see if she can change the mood,” said Rita Vance, a teacher from Ohio and registered voter who turns 37 today.', ["37"]),
        ('Maria Ortiz, 34, a mother of 12, was fatally shot in 2011 while picking up her daughter, 11, from school', ["34", "11"]),
        ('The tennis champion, 35, gave birth to her first child, a baby boy, with her partner Tom Kerr, 34, on Friday, according to several reports.', ["35", "34"]),
        ('Park, now 84, the official whose signature appears on the letter, has long been a powerful member of the defense council.', ["84"]),
        ('Maria Ortiz was killed when the accused men Luis Ruiz, 20 and Pedro Vega, 24, were firing from a rooftop in the Bronx.', ["20", "24"]),
        ("The charity's feed carried a photograph of the climbers, all women, before they began the protest, naming them as Ana Mróz (23) from Poland, Lia Byrne (27) from Ireland and Eva Claes (33) from Belgium.", ["23", "27", "33"]),
    ]
    for text, ages in cases:
        verdicts = _verdicts(text)
        assert all(verdicts.get(a) == "age" for a in ages), (text, verdicts)
    mother = _figures('Maria Ortiz, 34, a mother of 12, was fatally shot in 2011 while picking up her daughter, 11, from school')
    assert 12 in [f["value"] for f in mother]
    bullets = _figures('A gang member was convicted Tuesday for taking the life of a mother of 12 when he sprayed 13 bullets from a rooftop in broad daylight.')
    assert 13 in [f["value"] for f in bullets]


def test_a_number_dialled_or_labelling_its_noun_is_no_count():
    """A number that names rather than counts, from tuning gold that lists each (phone
    number, flight number, name): "Relatives called 911", the last group of "0800 555 111",
    "United flight 116", "the deck on floors 68, 69 and 72", "(Type 1 or 2)". A count
    stands before its noun; these stand after it or are dialled. Counts beside them stay:
    "police called 12 witnesses" has its noun, and "The magnitude 6 quake" reads a scale."""
    cases = [
        ('Relatives called 911 after finding the body of Asha Rao on Saturday in her home.',
         {"911": "phone"}),
        ('Anyone with information can call police on 0161 555 0198 or the hotline anonymously on 0800 555 111.', {"111": "phone"}),
        ('Passengers aboard Northern flight 116 bound for Boston from Lisbon were finally able to leave the plane late this afternoon after a man was taken into custody.',
         {"116": "name"}),
        ('A tower spokesman said the building\'s safety team had advised that "The Deck" - the platform on floors 68, 69 and 72 which gives a view of the city from 800ft (244m) up - should be closed at once.', {"68": "name", "69": "name", "72": "name"}),
        ('Have you been told you have diabetes (Type 1 or 2)?', {"1": "name", "2": "name"}),
    ]
    for text, expected in cases:
        verdicts = _verdicts(text)
        assert {k: verdicts.get(k) for k in expected} == expected, (text, verdicts)
    quake = _verdicts('The magnitude 6 quake struck at 3:36 a.m. and was felt across a wide stretch of the region, where residents woke to a long swaying followed by aftershocks.')
    assert quake.get("6") is None


def test_a_sponsors_paragraph_a_forecast_widget_and_a_rates_base_give_no_figure():
    """Numbers the tuning gold lists as page junk or no count, each shown as a figure before:
    a paragraph a sponsor paid for ("** A message from Walmart: ... 6.5 million bottles of
    water to 10,000 pupils", multinews-train-8180), a weather widget's lines
    ("Winds ENE at 10 to 20 mph.", "Chance of rain 90%.", multinews-train-14328), the base of
    a rate ("for every 100 people with the same risk, seven or eight would have a
    heart attack", multinews-train-44348) and how far off an event is ("the midterm
    elections three weeks away", multinews-train-18210). The span the rate is over ("within
    10 years") stays."""
    ad = "** A message from Greenmart: The Harbor Town Community Needs Our Help: As the region's largest grocer, Greenmart is bringing 6.5 million bottles of water to 10,000 pupils this year. **"
    values = [f["value"] for f in _figures(ad)]
    assert 6_500_000 not in values and 10_000 not in values
    for line in ("Winds ENE at 10 to 20 mph.", "Chance of rain 90%."):
        assert _figures(line) == []
    rate = _figures('(This means that for every 100 people with the same risk, seven or eight would have a heart attack within 10 years.)')
    assert 100 not in [f["value"] for f in rate] and 10 in [f["value"] for f in rate]
    midterms = "One former aide, who said “plenty of harsh terms” were used to describe the senator inside the office, found the governor's post troublesome with the elections three weeks away."
    assert 3 not in [f["value"] for f in _figures(midterms)]


def test_an_age_the_ner_reads_whole_is_no_span(example_dir):
    """"the five-year-old conflict" (an example article): the NER gives "five-year-old" as
    one date, which the duration reader would take for five years; it is the war's age.
    "the five-year civil war" beside it is a span and stays one."""
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted(example_dir.glob("*.txt")))
    old = re.search(r"Despite numerous violations[^.]*five-year-old conflict[^.]*\.", text).group(0)
    assert _verdicts_all(old).get("five-year-old") == "age"
    war = re.search(r"[^.]*during the five-year civil war\.", text).group(0)
    assert _verdicts_all(war).get("five-year") is None


def _verdicts_all(text: str) -> dict:
    """worth.context_reason for every entity of a text (durations are judged by it alone)."""
    return {ent.text: worth.context_reason(ent) for ent in _entities(text)}


def test_a_span_before_a_measure_is_its_period_not_a_duration():
    """"a 10-year risk of stroke" (multinews-train-44348, whose gold lists
    "10-year" as the period of the risk measure, and which the table showed as a disputed
    group over three articles): a span written as one word before a risk, a rate or a high
    says over what period the measure is taken. A span before another noun stays a duration:
    "a two-day summit" (multinews-train-2847)."""
    risk = 'Critics also question the use of a 10-year risk of stroke as the measure of who should be treated.'
    assert 10 not in [f["value"] for f in _figures(risk)]
    summit = 'The minister had been in Kenya attending a two-day summit of regional leaders.'
    assert 2 in [f["value"] for f in _figures(summit)]
    # the measure may qualify the noun it counts (a sentence of our own)
    average = _figures("Since January, the seven-day average number of deaths has fallen to 600.")
    assert [f["value"] for f in average] == [600], average


def test_storeys_of_a_height_or_a_fall_are_not_figures():
    """"a window 68 stories up", "fell 10 stories", "plunged nine floors": a height told in
    storeys, like "has 87 storeys" (the gold lists storeys as no figures); news stories
    written and the floors a fire reached stay counts (sentences of our own)."""
    values = [f["value"] for f in _figures(
        "Fire crews cut through a window 68 stories up. He fell 10 stories to his death. "
        "A worker plunged nine floors. Reporters wrote 12 stories about the case. "
        "The fire spread across three floors of the hospital.")]
    assert not {68, 10, 9} & set(values), values
    assert {12, 3} <= set(values), values


def _one_report(text: str) -> list[float]:
    """The values the table shows for a text that one report alone gives."""
    return [v["value"] for g in find_claims(analyze([Article(text=text)])) for v in g["values"]]


def test_a_figure_one_report_gives_only_inside_a_quote_is_kept_apart():
    """A number one report alone gives, inside someone's quoted words, is the speaker's and as
    often rhetoric as a figure (tuning gold multinews-train-18231 lists "will play 100,000
    times on cable" as a rhetorical prediction, multinews-train-33118 the quoted "one of just
    five 'deep sea' Roman vessels"): it stays in the quote, not in the table
    (``worth.kept_apart``). The same report's own figures beside it stay ("buried at a depth
    of 200 meters", "spent two years"), and so does a quoted figure two reports give."""
    tapper = '"The video of the infamous debate exchange on the new tax will play 100,000 times on cable and who knows how many million times online," he said.'
    assert 100_000 not in _one_report(tapper)
    both = find_claims(analyze([Article(text=tapper), Article(text=tapper + " ")]))
    assert 100_000 in [v["value"] for g in both if g["status"] == "agreed" for v in g["values"]]
    wreck = "“It's one of just five 'deep sea' Greek vessels ever to be found in the sea and the first one found off this coast. We know it was carrying a cargo of oil when it sank.” The cargo ship was buried at a depth of 200 meters and divers spent two years scouring the seabed before they found it."
    values = _one_report(wreck)
    assert 5 not in values and 200 in values and 2 in values


def test_a_figure_one_report_gives_in_the_first_or_second_person_is_kept_apart():
    """A clause whose subject is I, we or you is a voice, not a report's narration: a
    transcript whose quotation marks were lost ("I promise you within 48 hours they will be
    phoning", a candidate's line in multinews-train-8180, gold: rhetorical) or advice to the
    reader ("if you said yes to any of those four questions, you should be on a statin",
    multinews-train-44348, gold: no new figure). One report alone giving it, it is kept
    apart like a quoted figure; a third-person sentence's figures stay ("held up to 400 tons
    of cargo"), and so does a count whose clause only quotes an I."""
    guarantee = 'I promise you within 48 hours they will be phoning… saying, "We’re ready to talk, when can we start?'
    assert 48 not in _one_report(guarantee)
    statin = 'According to the new advice, if you said yes to any of those four questions, you should be on a statin.'
    assert 4 not in _one_report(statin)
    vessel = 'The barge was about 100 feet (30 meters) long and held up to 400 tons of grain, divers said.'
    assert 400 in _one_report(vessel)
    # an I inside quotation marks is the quote's: 'a man screamed and repeated "I'm dead" 23
    # times' (multinews-train-5697, a gold figure) is the report's own count
    recording = 'On the recording, a man shouted and repeated "I\'m hurt" 23 times.'
    assert 23 in _one_report(recording)


def test_one_count_qualified_alike_under_two_nouns_is_one_count():
    """The police's "127 witness interviews" in one report are "Nearly 130 witness statements"
    in another (multinews-train-7296): two nouns, one thing, qualified alike ("witness"), with
    values that can both be true. Before, each stood alone under its own noun."""
    a1 = 'But after “thousands of hours” of work, including 20 searches, more than 150 pieces of evidence and 127 witness interviews, the police have named no suspect.'
    a2 = 'Nearly 130 witness statements have been taken so far.'
    groups = _shown(_groups(a1, a2), 127)
    assert [g["status"] for g in groups] == ["agreed"]
    assert {a for v in groups[0]["values"] for a in v["articles"]} == {"a1", "a2"}


def test_a_sum_converted_in_brackets_is_not_a_second_figure():
    """"$US1 million ($1.52 million)" (T11, ecbplus-13a, whose gold lists the bracketed sum as
    a currency conversion): the newsroom's conversion of the sum before it, which made the
    reports' agreed damage look disputed. The sum converted stays, and so does a sum in
    brackets that says more than the money."""
    church = 'Damage to the school was estimated at $US1 million ($1.52 million), authorities said.'
    assert 1_520_000 not in [f["value"] for f in _figures(church)]
    fire = 'The fire, which broke out when several people were inside the school, did an estimated $1 million damage.'
    assert 1_000_000 in [f["value"] for f in _figures(fire)]


def test_a_sum_converted_in_brackets_is_known_when_the_ner_leaves_its_scale_out():
    """"the uk pledged £ 52.25m ( $ 84m )" and "sold at auction in new york for $ 110.5m
    ( £ 85.4m )" (Multi-News training text; cased text splits "£2m" the same way): the
    tokenizer splits "52.25" from its "m", the NER's entity is the number alone, and the
    bracket after it followed no sum, so the restated sum stood as a figure of its own."""
    aid = train_sentence(r"It comes as the uk pledged £ 52\.25m \( \$ 84m \)[^.]*\.",
                         file="multinews_train.jsonl.gz")
    assert 84 not in [f["value"] for f in _figures(aid)]
    painting = train_sentence(r"[^.]*basquiat has sold at auction in new york for \$ 110\.5m "
                              r"\( £ 85\.4m \)\.", file="multinews_train.jsonl.gz")
    assert 85.4 not in [f["value"] for f in _figures(painting)]


def test_a_quantity_alone_in_brackets_after_another_is_a_conversion():
    """Multi-News training text (481 clusters already marked by hand: 13 such conversions
    among 2,427 numbers shown, in ten clusters): an area, a mass in "metric tons", a speed in
    knots and a sum in a currency named in words, each restated in brackets in another
    unit, were read as second figures, because the unit before the bracket is in no unit
    table or the NER made no entity of it. The gold lists a bracketed conversion as no
    figure. The figure before the bracket stays, and so does a share in brackets."""
    train = "multinews_train.jsonl.gz"
    dump = train_sentence(r"[^.]*stretches across 132 hectares \( 326 acres \)[^.]*\.", file=train)
    assert [f["value"] for f in _figures(dump)].count(326) == 0
    cargo = train_sentence(r"[^.]*bring 459 metric tons \( 506 u\.s\. Tons \) of cargo", file=train)
    assert 506 not in [f["value"] for f in _figures(cargo)]
    assert 459 in [f["value"] for f in _figures(cargo)]
    trash = train_sentence(r"[^.]*3,700 metric tons \( 8\.1 million pounds \)[^.]*\.", file=train)
    assert 8_100_000 not in [f["value"] for f in _figures(trash)]
    vault = train_sentence(r"[^.]*100 million norwegian crowns \( \$ 13 million \)[^.]*\.", file=train)
    assert 13_000_000 not in [f["value"] for f in _figures(vault)]
    winds = train_sentence(r"[^.]*43\.8 knots \( 50\.4 miles per hour \)[^.]*\.", file=train)
    assert 50.4 not in [f["value"] for f in _figures(winds)]
    hospital = train_sentence(r"Among patients who were admitted to the hospital \( 4\.5 % \)[^.]*\.",
                              file=train)
    assert 4.5 in [f["value"] for f in _figures(hospital)]


def test_a_number_inside_a_name_is_not_a_count():
    """A capitalised number word inside a running sentence ("this weekend's men's NCAA Final
    Four basketball championships", T12) and a number hyphened to a capital or a preposition
    ("our 3-for-All game", T11) name something; neither counts it. A capitalised count after a page's run-in label stays a count ("Story
    highlights Two clans got into a dispute", a tuning gold figure)."""
    final_four = "Hale on Monday also denied that a change in the law would be needed before this weekend's women's NCAA Final Four basketball games, in Denver."
    assert 4 not in [f["value"] for f in _figures(final_four)]
    game = 'Those in keeper leagues (like our Dynasty game or our 3-for-All game) should avoid Brooks, but not just because of his recent troubles with the law.'
    assert 3 not in [f["value"] for f in _figures(game)]
    groups = 'Story highlights Two clans got into a dispute in the north of the province, a ministry spokesman says'
    assert 2 in [f["value"] for f in _figures(groups)]


def test_a_number_hyphened_to_a_capitalised_unit_is_a_measure_not_a_name():
    """"The Calxeda chip includes cache, an 80-Gigabit fabric switch" (ecbplus-43b): a product
    sheet's capitalised unit; "an 80-gigabit switch" was read, "80-Gigabit" dropped as a name
    like "our 3-for-All game" (which stays dropped, in the test above)."""
    chip = story_sentence("ecbplus-43b", r"The Calxeda chip includes cache, an 80-Gigabit fabric switch[^.]*\.")
    assert 80 in [f["value"] for f in _figures(chip)]


def test_a_span_before_since_is_a_relative_time():
    """"While it's been more than two decades since a non-actor was one of the festival's
    Award hosts" (T12, gold: relative time) says how long ago, not how long anything lasted;
    "It took the jury just over two hours to convict Ruiz" is a duration of the story."""
    hosts = ("While it's been more than two decades since a non-actor was one of the festival's "
             "hosts, the choice is hardly unprecedented.")
    assert 20 not in [f["value"] for f in _figures(hosts)]
    panel = 'It took the jury just over two hours to convict Ruiz, who confessed after the shooting.'
    assert 2 in [f["value"] for f in _figures(panel)]


def test_a_count_of_unnamed_sources_who_speak_is_who_spoke():
    """"Officials broached revising the country's water goals, two participants said"
    (tuning gold: a count of anonymous sources): the people a report cites, counted, as "two
    people familiar with the plans" are. People of the story stay ("two people were injured
    fleeing the area, williams said")."""
    talks = "Officials broached revising the country's water goals, two participants said, signaling a compromise."
    assert 2 not in [f["value"] for f in _figures(talks)]
    fled = train_sentence(r"Nine other people suffered gunshot wounds and two people were injured "
                          r"fleeing the area[^.]*\.")
    assert 2 in [f["value"] for f in _figures(fled)]


def test_a_guns_bore_is_a_shape_not_a_count():
    """"her 12-gauge shotgun" describes the gun, as "a four-story building" does the building
    (the validation batches' junk held three numbers of an object's measure of this form)."""
    hunt = train_sentence(r"A 25-year-old avilla woman on saturday was hunting waterfowl[^.]*12-gauge "
                          r"shotgun[^.]*\.", file="multinews_train.jsonl.gz")
    assert 12 not in [f["value"] for f in _figures(hunt)]


def test_a_count_of_members_written_as_a_modifier_is_a_figure():
    # Wasilla church fire (tuning gold T11, ecbplus-13a): "The 1000-member evangelical church"
    # and "The 1,000-member evangelical church" give the church's membership in two reports;
    # "-member" was read as a shape like "-story", and the count never reached the table.
    # "the three-story structure" of the same story stays out.
    from conftest import story_sentence

    texts = ['The 1000-member church was the subject of scrutiny after its pastor was named to the board.',
             "The 1,000-member church was the subject of intense scrutiny after the pastor's appointment.",
             'Crews arrived Friday and found flames and smoke coming out windows at the back of the three-story structure, the fire chief said.']
    claims = find_claims(analyze([Article(text=t) for t in texts]))
    values = {v["value"]: g["status"] for g in claims for v in g["values"]}
    assert values.get(1000) == "agreed", claims
    assert 3 not in values, claims


def test_a_screen_size_that_names_a_model_is_no_count():
    # MacBook launch (tuning gold T13, ecbplus-40b): "13-and 15-inch" writes the first size with
    # a suspended hyphen and "13"" writes the inch as a mark; both name a model as "the 15-inch
    # model" does, and were read as 13 "MacBook Pros" and 13 "Macbook Airs". The prices and the
    # memory of the same sentences stay.
    cheapest = 'The cheapest 13-and 15-inch Zenbook laptops start with 4GB of RAM.'
    air = 'The 13" model will have the option for a faster chip, a 750 GB drive, and up to 8 GB of RAM, priced at $1799.'
    values = [f["value"] for f in _figures(cheapest)]
    assert 13 not in values and 15 not in values
    values = [f["value"] for f in _figures(air)]
    assert 13 not in values and 1799 in values, values


def test_the_window_of_a_count_and_a_term_of_office_are_no_durations():
    # Cowan appointed (tuning gold T13, basil-d3a1ce0a): "his third statewide Senate race in
    # three years", "a full six-year term — or four statewide races in nearly five years": the
    # spans frame a count and an office; the count of races is the figure the gold keeps.
    third = ("The June 25 special election would be Mr. Hale's third statewide Senate race in "
             "three years.")
    term = ("If he won, he would presumably run in 2024 for a full six-year term — or four "
            "statewide races in nearly five years.")
    assert 3 not in [f["value"] for f in _figures(third)]
    values = [f["value"] for f in _figures(term)]
    assert 6 not in values and 5 not in values and 4 in values, values


@pytest.mark.parametrize("pattern, cells", [
    # junk34's count at scale (train, seed 3434, multinews-plus-train-20955): 23 lines of one table
    (r"countries percentage of people thriving in 3 or more elements of well-being panama 61 "
     r"costa rica 44 denmark 40 austria 39[^.]*", {61, 44, 40, 39, 37, 36, 34}),
    # junk34's read draw (seed 110, multinews-plus-train-26953): a ranking's scores
    (r"community well-being index score naples-immokalee-marco island, fl 66\.3 barnstable "
     r"town, ma 66\.2[^\]]{0,300}", {66.3, 66.2, 65.9, 65.4}),
])
def test_a_tables_rows_run_together_are_no_figures(pattern, cells):
    """A table of places and their values whose rows the page's text ran together ("panama 61
    costa rica 44 denmark 40 ...") gives each row's cell, not a figure the report states; it
    filled the figures table with a line a row (``page_furniture.table_row``). Counts a
    sentence lists, each before its noun ("12 men, 15 women, 9 teenagers, ..."), stay figures."""
    text = train_sentence(pattern, file="multinews_train.jsonl.gz")
    values = {f["value"] for f in _figures(text)}
    assert not values & cells, values
    listed = ("Police detained 12 men, 15 women, 9 teenagers, 4 children, 7 tourists and 3 "
              "officers after the march.")  # written for the test
    assert {12, 15, 9, 4, 7} <= {f["value"] for f in _figures(listed)}


def test_a_span_a_verb_carries_stays_a_duration():
    """The window test reads only a span that a counted or numbered noun carries: a span the
    verb carries ("has not been shaken by a quake in more than 25 years", a gold figure of
    ecbplus-20b) stays."""
    quiet = 'The valley has not been shaken by a quake in more than 25 years.'
    assert 25 in [f["value"] for f in _figures(quiet)]


@pytest.mark.parametrize("pattern, side", [
    (r"[^.]*kaepernick lit up the pack[^.]*34-28 victory[^.]*\.", 34),
    (r"[^.]*clinch a 13-12 victory over[^.]*\.", 13),
])
def test_one_side_of_a_score_is_no_count(pattern, side):
    """"a 34-28 victory", "a 13-12 victory": the NER took the first side of the score alone,
    and it was counted as victories."""
    text = train_sentence(pattern)
    assert side not in [f["value"] for f in _figures(text)]



def test_a_million_in_a_speakers_mouth_is_a_manner_of_speaking():
    # Tara Reid in rehab (tuning gold T13, ecbplus-1a): "I dated a million guys" is "very
    # many", and three reports quoting it made an agreed figure of a million guys.
    dated = "I dated a million guys, but I'm so happy with where I'm at right now, the singer said."
    assert 1_000_000 not in [f["value"] for f in _figures(dated)]


def test_a_number_in_a_general_fact_is_no_figure_of_the_story():
    # the shape of a tuning story's line (T13, ecbplus-20b): "A magnitude 6 quake can flatten old houses"
    # explains the scale; it was set against the story's magnitudes as a disputed 6.
    generic = 'A magnitude 6 quake can flatten old houses.'
    assert 6 not in [f["value"] for f in _figures(generic)]


def test_a_version_number_is_no_count():
    """"Eyenote version 3.0 works on the iphone 5": the parse hung the version on "works", and
    3.0 was tabulated as a count of works."""
    text = train_sentence(r"[^.]*version 3\.0 works on the iphone[^.]*\.")
    assert 3 not in [f["value"] for f in _figures(text)]


def test_a_generation_a_standard_or_a_calibre_is_no_figure():
    """Numbers of a product's specification sheet that name a kind rather than measure the
    story, each listed by the tuning gold of ecbplus-42a (T14) as no figure: "3G" (a network
    generation), "Wi-Fi (802.11 b/g)" (a standard) and "a 3.5mm stereo headset jack" (a
    connector's size, like a calibre). A letter is no thing counted and a size in millimetres
    before its noun names the standard; the figures beside them stay: "512MHz processor" and
    "up to 16GB" measure, and "13.5 mm" said of the phone is its thickness."""
    cases = [
        ('It looks like the phone does not support 3G but does have quad band support.',
         {"3": "name"}),
        ('It pairs a slim design with a full keyboard, 512MHz processor for fast performance, and built-in GPS and Wi-Fi (802.11 b/g) connectivity.',
         {"802.11": "name"}),
    ]
    for text, expected in cases:
        verdicts = _verdicts(text)
        assert {k: verdicts.get(k) for k in expected} == expected, (text, verdicts)
    jack = _figures('It also has a music player with a 3.5mm stereo headset jack.')
    assert 3.5 not in [f["value"] for f in jack]
    spec = _figures('It pairs a slim design with a full keyboard, 512MHz processor for fast performance, and built-in GPS and Wi-Fi (802.11 b/g) connectivity.')
    assert 512 in [f["value"] for f in spec] and 802.11 not in [f["value"] for f in spec]
    thin = _figures("The X200 is the thinnest phone the firm has ever built (only 13.5 mm), and it's also among the best looking.")
    assert 13.5 in [f["value"] for f in thin]


def test_a_rank_after_a_split_no_is_no_count():
    """"..., who was the No. 2 official at the agency": the tokenizer splits "No." into "No"
    and "." before the number, and the rank was read as a count of two officials. Written for
    this test."""
    deputy = _verdicts("Ruth Adler, who was the No. 2 official at the tax agency, retired in May.")
    assert deputy.get("2") == "rank", deputy


def test_an_age_written_without_old_before_a_person_is_an_age():
    """ecbplus-1b (tuning T14): "The 26-year troubled starlet" is Lohan's age with "-old" left
    out (the gold's "age"); the NER reads it as a span, like "a 40-year debate". A span
    before a person's role is the time served in it and stays: "a 27-year veteran of the
    World Health Organization" (a gold figure of multinews-train-4679)."""
    starlet = 'The 26-year troubled singer narrowly avoided jail time by checking into a second rehab center after her quick exit from a clinic in Malibu.'
    assert 26 not in [f["value"] for f in _figures(starlet)]
    veteran = 'Anna Berg, a 27-year vet\xaderan of the World Health Organization who led its inquiry before moving to a university last year, said the letter is similar to others she had seen.'
    assert 27 in [f["value"] for f in _figures(veteran)]


def test_a_span_that_names_an_anniversary_or_a_mark_is_no_duration():
    """allsides-5995 (untagged AllSides text): "the 100-year anniversary" of the Tulsa massacre
    says which anniversary, as "100th" would, and was tabulated as a span of 100 years; the
    killed it recalls ("about 300 Black residents") stay."""
    remarks = story_sentence("allsides-5995", r"Biden will deliver remarks\s*on the 100-year "
                             r"anniversary[^.]*\.", file="allsides_2021a.jsonl")
    assert 100 not in [f["value"] for f in _figures(remarks)]
    killed = story_sentence("allsides-5995", r"[^.]*that killed about 300 Black residents[^.]*\.",
                            file="allsides_2021a.jsonl")
    assert 300 in [f["value"] for f in _figures(killed)]
    # allsides-6102: "the 100-day mark of his presidency" names the day; "After almost 100
    # days" is the span itself and stays
    mark = story_sentence("allsides-6102", r"As we approach the 100-day mark of his presidency[^.]*\.",
                          file="allsides_2021a.jsonl")
    assert 100 not in [f["value"] for f in _figures(mark)]
    span = story_sentence("allsides-6102", r"After almost 100 days, polling shows[^.]*\.",
                          file="allsides_2021a.jsonl")
    assert 100 in [f["value"] for f in _figures(span)]
def test_an_amount_in_millimetres_before_its_noun_is_a_figure_not_a_calibre():
    """The calibre reading ("a 9mm handgun", "a 3.5mm headset jack": a size a thing is made
    to) took every size in millimetres before a noun, so a weather report's "150mm rainfall"
    and "a 30mm rise in river levels" were read as the shape of a thing and left out, where
    they are the amounts the report gives and the figures two reports of a storm compare.
    The calibre beside them stays out."""
    storm = ("The storm dumped 150mm rainfall on the city overnight, and the agency expected a "
             "30mm rise in river levels by Monday. Police said a man fired a 9mm handgun at "
             "officers during the evacuation.")
    verdicts = _verdicts(storm)
    assert verdicts.get("150") is None and verdicts.get("30") is None, verdicts
    assert 9 not in [f["value"] for f in _figures(storm)]


def test_a_shooting_line_is_not_a_figure():
    """A share of shots made and a made-of-attempted pair are a box score's line, which no
    annotation tabulates (sentences of our own, shaped as game reports write them)."""
    figures = _figures("Miami shot 48 percent from the field and 40 percent from 3-point range. "
                       "The Knicks were held to 38 percent shooting. "
                       "Chris Bosh went 7-for-12 from the floor and made 45 percent of his free throws. "
                       "Police said 12 people were arrested outside the arena.")
    values = [f["value"] for f in figures]
    assert not {48, 40, 38, 45, 7} & set(values), values
    assert 12 in values  # the story's count beside them stays


def test_a_percentage_that_shot_up_or_of_people_shot_stays_a_figure():
    """"shot" is a verb of markets and of guns too: a change told with it, or a share of the
    people shot, is a figure."""
    figures = _figures("Oil prices shot up 20 percent in March. "
                       "Shares of the company shot 15 percent higher on Friday. "
                       "Unemployment shot to 10 percent last year. "
                       "About 48 percent of the people who were shot survived.")
    assert {20, 15, 10, 48} <= {f["value"] for f in figures}


def test_a_players_season_totals_two_reports_compare_stay_figures():
    """The gold of a tuning story (a player's arrest, five reports) tabulates his season's
    receptions, yards and touchdowns: counts of play are figures, only the shooting line is not."""
    sentence = 'Brooks had his finest season in 2010 with 59 receptions for 1,098 yards and seven touchdowns for the division champions.'
    values = {f["value"] for f in _figures(sentence)}
    assert {59, 7} <= values, values


def test_a_games_margin_beside_its_score_is_the_score_and_a_polls_margin_a_figure():
    """"won by 12 points, 65-53" tells the score again; a primary's margin, with no score
    beside it, is a figure (the tuning gold tabulates "lost the Idaho primary ... by 18
    points")."""
    values = [f["value"] for f in _figures("The Wildcats won by 12 points, 65-53, on Saturday. "
                                          "Trump lost the Idaho primary on March 8 by 18 points.")]
    assert 12 not in values and 18 in values, values


_GAME = ("The Heat beat the Knicks 102-95 on Sunday. Dwyane Wade scored 31 points and had 14 "
         "rebounds, and Chris Bosh added nine assists. Miami outscored New York 30-12 in the third "
         "quarter, and Wade was 11 of 19 from the field. LeBron James played 41 minutes. "
         "Wade has scored 1,548 points this season, averaging 27.1 points a game. "
         "About 19,600 fans watched, and police said 17 people were arrested outside the arena "
         "after 23 shots were fired. "
         "Wade signed a $107 million contract in 2010.")


def test_one_games_statistics_are_not_figures():
    """A game's score and that one game's counts of play (points, rebounds, assists, a
    quarter's score, a made-of line, minutes played) are no figures (the sports ruling of
    gold/README.md); a season's total, an average, attendance, a contract, the story's count
    of arrests and the shots fired outside the arena in the same report are (sentences of our
    own, shaped as game reports write them)."""
    values = [f["value"] for f in _figures(_GAME)]
    assert not {102, 95, 31, 14, 9, 30, 11, 19, 41} & set(values), values
    assert {1548, 27.1, 19600, 17, 23, 107_000_000} <= set(values), values


def test_counts_of_play_outside_a_game_report_stay_figures():
    """Without a game told in the report, counts of play are a player's record, which reports
    compare ("59 receptions for 1,098 yards"), and points, goals and shots belong to other
    stories: an index, a plan, a shooting, a poll beside an election's result (each report
    of our own, briefed alone)."""
    reports = {"The Dow fell 412 points in the fourth quarter.": 412,
               "The city set three goals for the year.": 3,
               "Police said the gunman fired 23 shots.": 23,
               "The Wildcats' guard has 612 rebounds in his career, and his team won 70-62 on "
               "Sunday.": 612,
               "Trump won a 304-227 victory in the Electoral College. Clinton had led by 4 "
               "points in the final quarter of the campaign.": 4}
    for text, value in reports.items():
        assert value in [f["value"] for f in _figures(text)], text


def test_a_sentence_that_names_one_game_against_a_side_keeps_its_counts_of_play_out():
    """T11's player story gives no score, but one sentence names the game ("In San Diego's
    first meeting with the Chiefs this season"), and the gold (sports ruling) lists its "two
    catches for 25 yards" as one game's statistics; the story's season totals in a sentence
    with no such game stay figures, and a meeting with a person holds no game."""
    held = "In Denver's first meeting with the Chiefs this season, Brooks was held to just two catches for 25 yards."
    values = [f["value"] for f in _figures(held)]
    assert not {2, 25} & set(values), values
    season = 'Brooks had his finest season in 2010 with 59 receptions for 1,098 yards and seven touchdowns for the division champions.'
    assert {59, 7} <= {f["value"] for f in _figures(season)}
    meeting = [f["value"] for f in _figures("In a meeting with Merkel, Trump set three goals.")]
    assert 3 in meeting, meeting


def test_a_season_named_only_to_place_one_game_keeps_the_games_statistics_out():
    """"the season opener", "a career-high 33 points": a season or a career that only places
    or ranks one game's count does not make it a season's total."""
    values = [f["value"] for f in _figures(
        "The Bulls beat the Celtics 110-101 in the season opener. "
        "Derrick Rose scored a career-high 33 points in the season opener, 12 in the fourth quarter.")]
    assert not {33, 110, 12} & set(values), values


def test_the_two_as_a_clauses_subject_is_no_count():
    """"The two leaders met", "the two countries will exchange ambassadors": a pair the story
    has named, as the subject of a clause, is referred to, not counted (the gold lists "the two
    organizations", "those two countries", "the two emirs" as trivial counts). A pair the
    police or a court acts on, one a toll word governs, and a pair that is not the subject
    stay (sentences of our own)."""
    values = [f["value"] for f in _figures(
        "The two leaders met for three hours in Geneva. "
        "The two countries will exchange ambassadors.")]
    assert 2 not in values and 3 in values, values
    for text in ("The two men were charged with murder.",
                 "The two soldiers were killed by a roadside bomb.",
                 "Police are investigating the two deaths."):
        assert 2 in [f["value"] for f in _figures(text)], text


def test_a_win_loss_record_is_wins_and_losses():
    """A coach's or a team's record is the standings the sports ruling keeps as figures, and
    reports compare it: T17's coach story gives "a 43-39 record" in two reports and "a record
    of 43-39" in a third (the gold groups 43 wins and 39 losses, each agreed). Each side counts
    its own, never read as a game's score; a game's score in a game report stays no figure."""
    reports = ['Hale did lead the Hawks to a 43-39 record and a playoff berth and coached their star guard to his first scoring title.',
               "Hale's stubbornness and belief in a system that didn't fit his players cost him his job despite a 43-39 record and a return to the playoffs.",
               "O'Brien posted a record of 43-39 in 2004-05."]
    groups = find_claims(analyze([Article(text=t) for t in reports]))
    agreed = {(v["value"], tuple(v["articles"])) for g in groups if g["status"] == "agreed"
              for v in g["values"]}
    assert {(43, ("a1", "a2", "a3")), (39, ("a1", "a2", "a3"))} <= agreed, groups
    values = [f["value"] for f in _figures("The Heat beat the Knicks 102-95 in overtime on Sunday.")]
    assert not {102, 95} & set(values), values
    # a season's years before "record" count no wins and no losses (sentences of our own)
    values = [f["value"] for f in _figures("His 2004-05 record was the best in years. Cheeks "
                                          "had a 2012-13 record the team praised, with 41 wins.")]
    assert not {5, 13, 2004, 2012} & set(values) and 41 in values, values
    # a number after the record is no side of it: the standings stay a figure
    values = [f["value"] for f in _figures("He posted a record of 20-62, 5 games behind Boston.")]
    assert {20, 62, 5} <= set(values), values


def test_a_span_following_an_event_is_a_relative_time():
    """"nearly three weeks following the end of the season" (T17's coach story, whose gold
    lists it as relative time) tells when, as "three weeks after" does; a span that lasts
    stays ("the talks lasted three weeks")."""
    fired = 'In a surprising move nearly three weeks following the end of the season, the Hawks fired Tom Hale on Monday after one season as coach.'
    assert 3 not in [f["value"] for f in _figures(fired)]
    assert 3 in [f["value"] for f in _figures("The talks lasted three weeks.")]


def test_a_rule_for_any_such_one_is_no_figure_of_the_story():
    """"a voter must miss two presidential elections": a number in what a rule lets or makes any
    one do (a subject opened by "a", "each" or "every", with "must", "may" or "can", or a
    present "needs") is a general fact the report explains, like "A magnitude 6 quake can
    flatten old houses"; the story's own counts, in the past or of a named one, stay."""
    voter = train_sentence(r"[^.]*a voter must miss two presidential elections[^.]*\.")
    assert 2 not in [f["value"] for f in _figures(voter)]
    values = [f["value"] for f in _figures(
        "A Chinese company has 5,000 employees in Iowa. A gunman killed 12 people on Sunday.")]
    assert {5000, 12} <= set(values), values


def test_the_latest_of_a_series_is_no_count():
    """"unlike his four most recent predecessors" (T18 allsides-5957, whose gold
    lists the four as no figure): how far back a writer looks along a series, as "the top
    three" says where a ranking is cut."""
    text = "But unlike his four most recent predecessors, the mayor has not visited the port."
    assert 4 not in [f["value"] for f in _figures(text)]
    assert 3 not in [f["value"] for f in _figures("The last three presidents all visited Kyiv.")]
    # "previous" counts what came before, which the tuning gold tabulates
    kept = "The report ranks the United States last, the same spot it held in four previous reports."
    assert 4 in [f["value"] for f in _figures(kept)]


def test_a_countdown_before_until_is_a_relative_time():
    """"It's Jan. 30, 1989, two weeks until the last troops leave" (the shape of T18 allsides-5897,
    gold: relative time): a span right before "until" says when something comes, as "two
    decades since" says how long ago; a span "for" makes a duration stays."""
    text = "30, 1989, two weeks until the last troops leave the valley."
    assert 2 not in [f["value"] for f in _figures("It's Jan. " + text.strip())]
    assert 2 in [f["value"] for f in _figures("He was held for two weeks until his release.")]


def test_what_a_share_counts_is_no_count_of_its_own():
    """"more than 42% have had at least one dose", "to have 70% of adult residents with
    at least one shot" (T18 allsides-6096 and allsides-6073, whose gold lists "at least one" as no figure): the count
    says which people the share counts; the share is the figure. A count in a clause of its
    own stays ("At least one person was killed")."""
    for text in ("The rules come as more than 29% of people in the state have been fully "
                 "vaccinated and more than 42% have had at least one dose.",
                 "“Our goal by July 4th is to have 70% of adult residents with at least one shot,” "
                 "the governor said."):
        values = [f["value"] for f in _figures(text)]
        assert 1 not in values, (text, values)
    values = [f["value"] for f in _figures("At least one person was killed and 12 were injured.")]
    assert 1 in values and 12 in values, values


def test_a_first_person_figure_no_one_is_named_for_stays_out_beside_another_report():
    """A number in a first- or second-person clause the report names no speaker for ("I
    promise you within 48 hours they will be phoning", multinews-train-8180, gold:
    rhetorical) is a voice, not the report's statement: it stays out of the table even where
    another report gives it too, not only when it stands alone (``worth.unvoiced``). A first
    person the report hands to a named speaker is that speaker's claim and is tabulated:
    "experts say we'll be lucky if we hit the 2ºC" (multinews-val-48598, a gold figure)."""
    def read(text):
        statements, _ = prepared_statements(analyze([Article(text=text), Article(text=text + " ")]))
        return [s["value"] for s in statements]

    guarantee = 'I promise you within 48 hours they will be phoning… saying, "We’re ready to talk, when can we start?'
    assert 48 not in read(guarantee) and 48 not in [f["value"] for f in _figures(guarantee)]
    experts = 'Bear in mind that the planet has already warmed by 1ºC, and on the pledges made so far, experts say we’ll be lucky if we hit the 2ºC warming target.'
    assert "experts say we" in experts
    assert read(experts).count(2) == 2  # read in both reports, given to the experts


def test_page_furniture_run_into_the_text_gives_no_figure():
    # a page saved without line breaks carries its gallery counter, paywall meter, player and
    # subscription pitch inside the story's sentences (sentences written for this test); the
    # story's own numbers beside them stay
    text = ("Harbor fire destroys warehouse image 1 of 4 firefighters said 37 people were evacuated "
            "from the docks on Tuesday. Thank you for reading 10 free articles on our site. "
            "The video will start in 8 cancel play now the blaze caused $2 million in damage. "
            "( 1: 45 ) officials said 12 workers were treated for smoke. "
            "Join our members for just £ 4.99 € 5.99 $ 6.99 a month and read without ads. "
            "Related: council approves 3 new fire stations after 5 fires in a month. "
            "[ the 7 busiest harbors in the country ] crews stayed overnight.")
    values = [f["value"] for f in _figures(text)]
    for kept in (37, 2_000_000, 12):
        assert kept in values, (kept, values)
    for junk in (1, 4, 10, 8, 45, 4.99, 3, 5, 7):
        assert junk not in values, (junk, values)


def test_numbers_near_furniture_words_in_reporting_stay():
    # the same words in a story's own sentences: a price a company set, photos counted, a
    # subscription's cost reported, a time in a sentence
    text = ("The streaming service raised its monthly price to $9.99 for 40 million subscribers. "
            "Police released 14 photos of the suspect on Monday. "
            "The newspaper said 2,000 readers cancelled their subscriptions after the change.")
    values = [f["value"] for f in _figures(text)]
    for kept in (9.99, 40_000_000, 14, 2000):
        assert kept in values, (kept, values)


def test_a_turn_in_degrees_and_at_one_point_are_no_counts():
    # fresh read text (junk28, seed 56): "a 180 degree turn" written without its hyphen is how
    # far the plane turned, as "a 180-degree turn" is; "At one point tonight" places a moment
    # (the NER took "tonight" into the entity, so the bare "one" rule did not see it); the
    # distance flown before the turn and a reading of heat stay
    turn = train_sentence(r"[^.]*before making a 180 degree turn and disappearing from radar\.",
                          file="multinews_train.jsonl.gz")
    values = [f["value"] for f in _figures(turn)]
    assert 180 not in values, values
    heat = "Temperatures reached 90 degrees on Tuesday and 180 degrees inside the kiln."
    assert {90, 180} <= set(f["value"] for f in _figures(heat))
    moment = train_sentence(r"At one point tonight, the hashtag bringbackchad was trending[^.]*\.",
                            file="multinews_train.jsonl.gz")
    assert 1 not in [f["value"] for f in _figures(moment)]


def test_a_twelve_step_program_names_a_method():
    # "a 12-step program of recovery" (tuning gold basil-6f95dcb9, a non-figure: the name of a
    # recovery method) and fresh read text (junk28, seed 56); a plan's "five-step process"
    # counts its steps, and the tuning gold tabulates it
    urged = story_sentence("basil-6f95dcb9-e960-45ac-8c0e-91b85724c909",
                           r"[^.]*embark on a 12-step program of recovery\.", file="basil.jsonl")
    antihero = train_sentence(r"[^.]*working a very au courant 12-step program\.",
                              file="multinews_train.jsonl.gz")
    for text in (urged, antihero):
        assert 12 not in [f["value"] for f in _figures(text)], text
    assert 5 in [f["value"] for f in _figures("The agency replaced the current complex, five-step process.")]


def test_a_video_headline_left_in_the_text_gives_no_figure():
    # fresh read text (junk28, seed 56): a news site's clip headline that "Must watch" opens and
    # its running time closes, and a player's list of clips after "now playing:"; the story's
    # sentence that runs on after the running time keeps its numbers (written for the test)
    crabs = train_sentence(r"Must watch thousands of crabs washing up on california beaches 01: 16",
                           file="multinews_train.jsonl.gz")
    assert "thousands" in crabs
    values = [f["value"] for f in _figures(crabs + " domoic acid killed 40 sea lions this year.")]
    assert 1000 not in values and 40 in values, values
    clips = train_sentence(r"[^.]*now playing: now playing dancing coach viral again[^.]*watch two kids",
                           file="multinews_train.jsonl.gz")
    assert 2 not in [f["value"] for f in _figures(clips)]


def test_one_of_a_publications_ranked_list_is_where_the_ranking_is_cut():
    # fresh read text (junk28, seed 56): "one of rolling stone's 100 greatest tv shows" names a
    # list by where its ranking is cut, as "one of the 50 fastest marathon times" does; a
    # list the story reports stays ("the country's 10 most troubled rivers")
    show = train_sentence(r"The show is one of rolling stone's 100 greatest tv shows of all time\.",
                          file="multinews_train.jsonl.gz")
    assert 100 not in [f["value"] for f in _figures(show)]
    rivers = "The report named the country's 10 most troubled rivers."
    assert 10 in [f["value"] for f in _figures(rivers)]


def test_the_number_of_a_super_bowl_names_it():
    # fresh read text (junk28, seed 56): "super bowl 50" says which game, as "interstate 80"
    # says which road; the game's viewers stay (written for the test)
    ads = train_sentence(r"[^.]*the highly anticipated super bowl 50 commercials have been preceded",
                         file="multinews_train.jsonl.gz")
    assert 50 not in [f["value"] for f in _figures(ads)]
    assert 111_000_000 in [f["value"] for f in _figures("The super bowl drew 111 million viewers.")]


def test_a_related_link_without_its_colon_gives_no_figure():
    # fresh read text (junk28, seed 56): "Related" opening a sentence before a headline that
    # starts with a number is a link's label whose colon the page lost; "related" elsewhere
    # in prose keeps the sentence's numbers (written for the test)
    link = train_sentence(r"Related 100 greatest tv shows of all time from time-capsule sitcoms",
                          file="multinews_train.jsonl.gz")
    assert 100 not in [f["value"] for f in _figures(link + " to cutting-edge peak-tv dramas.")]
    assert 40 in [f["value"] for f in _figures("Related offences cost 40 people their jobs.")]


def test_the_base_of_a_proportion_counts_nothing():
    # fresh read text (junk29, seed 66): "fewer than four in 10 conservative republicans" read
    # the 10 as a count of republicans; the tuning gold's "about one in three people" (a
    # share, multinews-val-46174) showed 3 people. The share in brackets stays, and so does a
    # count after "in" that no smaller number stands before (written for the test)
    poll = train_sentence(r"[^.]*fewer than four in 10 conservative republicans \( 37 % \) agree[^.]*\.",
                          file="multinews_train.jsonl.gz")
    values = [f["value"] for f in _figures(poll)]
    assert 10 not in values and 37 in values, values
    share = eval_sentence(r"In the UK, only about one in three people eats enough[^.]*\.")
    assert 3 not in [f["value"] for f in _figures(share)]
    assert 10 in [f["value"] for f in _figures("Police arrested 40 people in 10 raids.")]
    # "out of" gives the whole a report counts (fresh read text, junk25's seed 29)
    whole = train_sentence(r"In a written statement, unicef said at least 59 out of 80 people who",
                           file="multinews_train.jsonl.gz")
    assert 80 in [f["value"] for f in _figures(whole)]


def test_a_span_counted_from_another_moment_is_no_duration():
    # fresh read text (junk29, seed 66): the NER took "Two" of "Two-and-a-half weeks later"
    # alone, so the span the date rule reads as a relative time ("four days later") was
    # tabulated as weeks; a span that lasted stays (written for the test)
    later = train_sentence(r"Two-and-a-half weeks later, they started sleeping together[^.]*\.",
                           file="multinews_train.jsonl.gz")
    assert 2.5 not in [f["value"] for f in _figures(later)]
    assert 2.5 in [f["value"] for f in _figures("The strike lasted two-and-a-half weeks.")]


def test_a_count_that_here_presents_is_a_lists_length():
    # the tuning gold's "Here's a rundown of these three scenarios" (multinews-train-8180, a
    # non-figure: the article's own sections) and fresh read text (junk25's seed 28 and
    # junk26's seed 42, read again by junk29): "here are" presents a list whose items are the
    # story. A count after another verb stays (written for the test)
    rundown = eval_sentence(r"Here's a rundown of these three scenarios\.")
    players = train_sentence(r"[^.]*here are the 10 players who have the best chance of joining thome[^.]*\.",
                             file="multinews_train.jsonl.gz")
    points = train_sentence(r"Here are four key points to keep an eye on:", file="multinews_train.jsonl.gz")
    for text, junk in ((rundown, 3), (players, 10), (points + " compensation fell.", 4)):
        assert junk not in [f["value"] for f in _figures(text)], text
    assert 300 in [f["value"] for f in _figures("Here is why 300 people lost their jobs.")]


def test_a_number_before_news_names_a_channel():
    # fresh read text (junk27's seed 50, read again by junk29): "according to doral's local 10
    # news" counted ten local news; news is no count noun, so a number right before it names
    # a channel, as the tuning gold's "Watch NBC 7 News" (a station name) does. A count of
    # what the news word describes stays (written for the test)
    doral = train_sentence(r"[^.]*according to doral's local 10 news\.", file="multinews_train.jsonl.gz")
    assert 10 not in [f["value"] for f in _figures(doral)]
    assert 12 in [f["value"] for f in _figures("The 12 news crews left the scene.")]


def test_a_number_before_a_singular_noun_names_which_one():
    # fresh read text (junk30 counting the read draws again: seeds 42, 43 and 51): "boeing
    # co.'s 787 dreamliner", "a railing in the 300 level", "gas at a 76 gas station" each
    # counted a plane, a level or a station; a count of more than one after an article or a
    # possessive takes a plural noun, so the number names which one. A count (plural), a noun
    # of many ("500 staff") and a noun that modifies another ("a 98 bed hospital", a
    # descriptor the gold tabulates) stay (written for the test)
    for text, junk in (("Photographer: luke macgregor / bloomberg boeing co.'s 787 dreamliner has "
                        "acquitted itself nicely in opening smaller destinations to nonstop "
                        "international service.", 787),
                       ("Rob hopkins, who lost his balance sliding down a railing in the 300 level and "
                        "then crashed into the crowd below, is now a former employee of eric mower "
                        "and associates, buffalo's wkbw reported on tuesday.", 300),
                       ("Updated story: jennifer huston's husband addresses media a 38-year-old woman "
                        "went missing thursday after purchasing gas at a 76 gas station in "
                        "newberg.", 76)):
        assert junk not in [f["value"] for f in _figures(text)], text
    for text, count in (("The airline flew its 787 jets to 40 cities.", 787),
                        ("The company hired its 500 staff last year.", 500),
                        ("The town opened a 98 bed hospital in May.", 98)):
        assert count in [f["value"] for f in _figures(text)], text


def test_a_sum_without_a_currency_is_read_as_the_count_or_share_it_is():
    """The NER calls a number MONEY where no currency goes with it, and every test but a
    sum's asks the label: "amoebae existed hundreds of millions of years ago" (a read junk
    draw, seed 42, shown as a count of years) is a relative time as "66 million years ago" is,
    and "per cent" (its "cent") is a share, whose figures stay (tuning ecbplus-30a)."""
    text = ("scientists have discovered that microscopic ' vampire ' amoebae existed hundreds of "
            "millions of years ago, and they may have been some of the first predators on earth.")
    ent = next(e for e in _entities(text) if e.text.startswith("hundreds"))
    assert worth.reason(ent, 200_000_000) == "relative time"
    assert not [f for f in _figures(text) if "hundreds" in (f.get("expression") or "")]
    share = story_sentence("ecbplus-30a", r"It is thought that up to 70 per cent of web services[^.]*\.")
    assert {70, 60} <= {f["value"] for f in _figures(share)}


def test_a_confidence_level_is_no_figure():
    # fresh read text (junk32, seed 98: a review's abstract): the 95 of "95 % confidence
    # interval" is the level the statistician chose in every study; the count of studies stays
    text = train_sentence(r"Twelve prospective cohort studies in humans reported inconsistent "
                          r"associations[^)]*\)[^)]*\)\.", file="multinews_train.jsonl.gz")
    values = [f["value"] for f in _figures(text)]
    assert 95 not in values and 12 in values, values
    sure = "Scientists are 95 percent confident that humans caused most of the warming."
    assert 95 in [f["value"] for f in _figures(sure)]


def test_a_bracketed_link_a_live_quote_and_a_view_counter_are_page_furniture():
    # Multi-News train: a headline linked in square brackets behind its label, a financial
    # site's quote after a ticker symbol, a video page's counter; the story's numbers beside
    # them stay
    link = train_sentence(r"\[ read: ted cruz reports \$ 13\.8 million cash on hand[^\]]*\][^.]*\.",
                          file="multinews_train.jsonl.gz")
    assert 13_800_000 not in [f["value"] for f in _figures(link)]
    toll = train_sentence(r"\[ a year of reckoning: police fatally shoot nearly 1,000 \][^.]*\.",
                          file="multinews_train.jsonl.gz")
    assert 1000 not in [f["value"] for f in _figures(toll)]
    quote = train_sentence(r"Actually, apple aapl, -0\.06 % ended the day down just 0\.4 %[^.]*\.[^.]*\.",
                           file="multinews_train.jsonl.gz")
    values = [f["value"] for f in _figures(quote)]
    assert 0.06 not in values and 0.4 in values, values
    views = train_sentence(r"[^.]*Viraldark7 43,942,658 views", file="multinews_train.jsonl.gz")
    assert 43_942_658 not in [f["value"] for f in _figures(views)]
    update = ("The suit seeks $ 100 million. [ update: the full amount sought totals more than "
              "$ 285 million. ] The site drew more than 650,000 views.")
    assert {285_000_000, 650_000} <= set(f["value"] for f in _figures(update))



def test_a_span_after_in_on_a_clause_set_after_now_says_when():
    # T39 lee-p25 (a republic campaign): "A committee will meet in about four weeks", "in five
    # or six years we should be pretty near": the gold lists both as relative times. A span a
    # clause of the past or present carries stays (tuning gold ecbplus-30a: "is expected to
    # improve in 12 hours" is tabulated).
    meet = story_sentence("lee-p25", r"A committee will meet in about four weeks[^.]*\.",
                          file="gold/lee-abc/rest.jsonl")
    near = story_sentence("lee-p25", r"I think that in five or six years we should[^.]*\.",
                          file="gold/lee-abc/rest.jsonl")
    improve = story_sentence("ecbplus-30a", r"[^.]*expected to improve in 12 hours[^.]*\.")
    assert 4 not in [f["value"] for f in _figures(meet)]
    assert [5, 6] not in [f["value"] for f in _figures(near)]
    assert 12 in [f["value"] for f in _figures(improve)]


def test_the_seats_of_a_named_body_are_no_count():
    # T39 lee-p23: "adopted by the 15-member Security Council", and the same body named again
    # by its last word, "The 15-member council voted": the gold lists both as the body's
    # fixed size. A membership no name marks stays (tuning gold ecbplus-13a, "The 1000-member
    # evangelical church", tabulated).
    named = story_sentence("lee-p23", r"[^.]*by the 15-member Security Council[^.]*\.",
                           file="gold/lee-abc/rest.jsonl")
    again = story_sentence("lee-p23", r"The United Nations Security Council has authorised[^.]*\. The 15-member[^.]*\.",
                           file="gold/lee-abc/rest.jsonl")
    church = story_sentence("ecbplus-13a", r"[^.]*1000-member evangelical church[^.]*\.")
    assert 15 not in [f["value"] for f in _figures(named)]
    assert 15 not in [f["value"] for f in _figures(again)]
    assert 1000 in [f["value"] for f in _figures(church)]


def test_a_measures_window_a_word_size_and_a_second_model_number_are_no_figures():
    """T45 text. "The 4-week moving average" (the parse tags "average" an adjective) and "the
    four-week moving" (a text cut there) name the measure's window; "the largest 1-month
    spike" is a record over a window; "64-bit Atoms" a kind of chip; "an Opteron 3200 or 4200
    part" two model numbers. The gold lists each as no figure, and each was tabulated; the
    figures beside them stay."""
    average = story_sentence("allsides-6026", r"The 4-week moving average[^.]*\.",
                             file="allsides_2021a.jsonl")
    values = [f["value"] for f in _figures(average)]
    assert 4 not in values
    cut = story_sentence("allsides-5987", r"Claims can be volatile week to week[^.]*\.",
                         file="allsides_2021a.jsonl")
    assert 4 not in [f["value"] for f in _figures(cut)]
    spike = story_sentence("allsides-5871", r"The price hike in June marked the largest 1-month[^.]*\.",
                           file="allsides_2021a.jsonl")
    assert 1 not in [f["value"] for f in _figures(spike)]
    atoms = story_sentence("ecbplus-43b", r"Over time, SeaMicro has added 64-bit Atoms[^.]*\.")
    assert 64 not in [f["value"] for f in _figures(atoms)]
    part = story_sentence("ecbplus-43b", r"The company will not divulge what Opteron chips[^.]*\.")
    assert 4200 not in [f["value"] for f in _figures(part)]
    # a span of the story's own stays: "a 30-business-day period" of the recall's next phase
    recall = story_sentence("allsides-6099", r"This now triggers the next phase of the recall process[^.]*\.",
                            file="allsides_2021a.jsonl")
    assert 30 in [f["value"] for f in _figures(recall)]


def test_a_span_into_an_office_is_a_relative_time():
    """"signing a $1.9 trillion Covid relief bill into law less than two months into his term"
    (T46 allsides-6087, whose gold lists the span as a relative time): how long the holder had
    held the office when something happened is when, as "since his swearing-in" says; the sum
    stays. A span into an event stays (the tuning gold tabulates "nearly 10 hours into the
    16-hour flight")."""
    signing = story_sentence("allsides-6087", r"President Joe Biden has moved fast since his "
                             r"January 20 swearing-in[^\n]*?predecessors\.", file="allsides_2021a.jsonl")
    values = [f["value"] for f in _figures(signing)]
    assert 2 not in values and 1_900_000_000_000 in values, values
    flight = "A man started screaming nearly 10 hours into the 16-hour flight."
    assert 10 in [f["value"] for f in _figures(flight)]


def test_north_of_a_number_is_more_than_it():
    """"the economy will grow at just north of 5 percent this year" (T46 allsides-5999, gold: at
    least 5): "north of" bounds the figure from below as "more than" does."""
    grow = story_sentence("allsides-5999", r"In its first budget, the Biden administration said"
                          r"[^\n]*?\.", file="allsides_2021a.jsonl")
    assert (5, "at least") in [(f["value"], f["qualifier"]) for f in _figures(grow)]
