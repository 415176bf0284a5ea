"""Figures written in forms the reading used to lose: a range the NER cut in two or called a
date, "and a half", "X or Y", "16-plus", cents, a fraction that is a share, a span "for six
days after", a size "55-foot-long".

The forms came from clusters of the tuning gold whose missed figure values showed them
(bench/figure_worth_val.py misses). A sentence of a cluster no gold record names is looked up
in the eval or story file (never retyped); where a gold record names the cluster, the test
reads a sentence written for it with the same figure expression. Each test fails with the
reading as it was before.
"""

from __future__ import annotations

import pytest

from conftest import eval_sentence, story_sentence, train_sentence
from newsfuse.analyze import analyze
from newsfuse.crosscheck.claims import find_claims
from newsfuse.crosscheck.numbers import parse_amount
from newsfuse.model import Article


def _figures(text: str) -> list[tuple]:
    """(value, qualifier, unit-free expression) of every figure two copies of ``text`` give."""
    cluster = analyze([Article(text=text), Article(text=text + " ")])
    return [(v["value"], v["qualifier"], v["expression"]) for g in find_claims(cluster)
            for v in g["values"]]


@pytest.mark.parametrize("pattern, value, qualifier", [
    # "300" and "400" were two entities: 400 alone was tabulated, and 300 was a figure of
    # its own when anything counted it
    (r"The cemetery was once referred to[^\n]*?300 to 400 bodies buried there\.", [300, 400], "range"),
    # "11.5" and "17 mph" (the lower end's head is the upper number)
    (r"The water was about 59 degrees[^\n]*?Lee Swanson said\.", [11.5, 17], "range"),
    # a range the NER calls a date
    (r"In total, between 18 and 22 students had to be rescued[^\n]*?said\.", [18, 22], "range"),
    # "nine or 10": a range, not a number no parse could read
    (r"Heather Saunders, 24 and from Oxford, routinely manages nine or 10 portions a day"
     r"[^\n]*?vegan\.", [9, 10], "range"),
])
def test_ranges_are_read_whole(pattern, value, qualifier):
    figures = _figures(eval_sentence(pattern))
    assert (value, qualifier) in [(v, q) for v, q, _ in figures], figures
    high = value[1]
    assert not any(v == high for v, _, _ in figures), figures  # not the upper end alone


def test_and_a_half_is_a_half():
    # "two and a half" was 3.5 ("a" counted as one), and the NER calls it a date here
    text = ("This serving, which is equal to two and a half cups, was also linked to a 4 per cent "
            "lower risk of heart disease.")
    assert (2.5, "exact") in [(v, q) for v, q, _ in _figures(text)]
    assert parse_amount("five and a half") == (5.5, "exact")
    assert parse_amount("one and a half million") == (1_500_000, "exact")  # was a range 1..500,000


def test_plus_and_cents():
    text = ("The coach, who has been accused of bullying by 16-plus players, said on Monday that "
            "he would not resign.")
    assert (16, "at least") in [(v, q) for v, q, _ in _figures(text)]  # "16-plus women"
    text = "Shares of the Ohio-based retailer fell 4 cents to $31.20 in New York trading."
    assert 4 in [v for v, _, _ in _figures(text)]  # "fell 4 cents": no value was read


def test_a_fraction_of_a_whole_is_a_share_in_percent():
    # the gold writes shares as percent ("a quarter" = 25, about): the reports that say "26
    # percent" and "a quarter" then give one quantity
    text = "A quarter of all household water use in the state goes to watering lawns and gardens."
    assert (25, "about") in [(v, q) for v, q, _ in _figures(text)]
    # a fraction of a unit scales the unit instead, and is no share
    assert parse_amount("half a hundred") == (50, "exact")


def test_a_span_before_after():
    # "for six days after escaping" is how long he stayed; "six days after" alone dates
    text = "Ortiz, 52, hid in the church in the capital for six days after fleeing his farm in the north."
    assert (6, "exact") in [(v, q) for v, q, _ in _figures(text)]


def test_a_size_with_its_dimension_is_a_figure():
    text = ("Built in the tenth century, the 55-foot-long, 19-foot-wide fishing boat was found with "
            "some 300 clay jars on board.")
    values = [v for v, _, _ in _figures(text)]
    assert 55 in values and 19 in values, values


def test_a_weight_in_pounds_and_ounces_is_one_figure_in_ounces():
    # "6 pounds" and "13 ounces" were two figures, and two reports of one birth weight made
    # two agreed groups ("lb", "oz") instead of one: the weight is 6 * 16 + 13 ounces
    text = "The baby boy weighs 6 pounds, 13 ounces and is healthy, the palace said on Sunday."
    figures = _figures(text)
    assert (109, "exact", "6 pounds, 13 ounces") in figures, figures
    assert not any(v in (6, 13) for v, _, _ in figures), figures


@pytest.mark.parametrize("pattern, value", [
    # one token the NER called a person: no magnitude was read
    (r"The magnitude-6\.2 quake killed at least 241 people[^\n]*?injured\.", 6.2),
    # "a magnitude of 6.3": the number hangs on "of"
    (r"The area of Wednesday’s temblor experienced significant earthquakes[^\n]*?homeless\.", 6.3),
])
def test_magnitudes_written_every_way_are_read(pattern, value):
    text = eval_sentence(pattern)
    cluster = analyze([Article(text=text), Article(text=text + " ")])
    groups = [g for g in find_claims(cluster) if any(v["value"] == value for v in g["values"])]
    assert groups and groups[0]["about"].startswith("magnitude"), groups


def test_an_hour_long_show_is_one_hour_and_meets_a_one_hour_show():
    # "an hour-long" had no entity and was no figure, so the two reports' lengths of one
    # show never met
    # (sentences written for this test in the shape of two tuning reports')
    texts = ["The radio host has signed a deal for an hour-long daily daytime show that is set "
             "for national syndication next fall, according to a statement.",
             "Dana Price, the voice of the station’s “Morning Drive,” plans to host a one-hour "
             "daytime television show that will be nationally syndicated next fall."]
    claims = find_claims(analyze([Article(text=t) for t in texts]))
    hours = [g for g in claims if any(v["value"] == 1 and "hour" in v["expression"]
                                      for v in g["values"])]
    assert len(hours) == 1 and hours[0]["status"] == "agreed", hours
    assert "an hour-long" in {v["expression"] for v in hours[0]["values"]}, hours


@pytest.mark.parametrize("pattern", [
    # the NER gave "about 2" an entity and "4 feet" none: no height was read
    r"The water was about 59 degrees, and the waves were about 2 to 4 feet tall[^\n]*?said\.",
    # no entity at all
    r"Harris told NBC 7 the water was about 59 degrees Wednesday, with waves between two and "
    r"four feet[^\n]*?rescue\.",
])
def test_a_measure_the_ner_left_out_is_read(pattern):
    figures = _figures(eval_sentence(pattern))
    assert ([2, 4], "range") in [(v, q) for v, q, _ in figures], figures
    assert not any(v in (2, 4) for v, _, _ in figures), figures


def test_a_hedge_across_an_article_bounds_the_number():
    # "with at least a 7.5% risk" was an exact 7.5 (the article between the hedge and the
    # number hid it); "greater than 7.5%" was exact too (sentences written for this test in
    # a tuning report's shape)
    figures = _figures("The scheme covers drivers aged 18 to 25 with at least a 7.5% chance of "
                       "a crash in their first year")
    assert (7.5, "at least") in [(v, q) for v, q, _ in figures], figures
    figures = _figures("And is your yearly chance of a flood greater than 7.5%?")
    assert (7.5, "at least") in [(v, q) for v, q, _ in figures], figures


def test_a_scale_written_once_counts_both_ends_of_a_range():
    # "a 20- or 25-million person audience" was read as the range 25 to 1,000,000
    # ("25-million" split at its hyphen), and "20 to 25 million" ran from 20 to 25 million
    assert parse_amount("20 to 25 million") == ([20_000_000, 25_000_000], "range")
    assert parse_amount("25-million") == (25_000_000, "exact")
    figures = _figures("Perhaps the channel hoped for a 20- or 25-million person audience.")
    assert ([20_000_000, 25_000_000], "range") in [(v, q) for v, q, _ in figures], figures


def test_a_glued_billion_is_read():
    # "$8bn" and "$174bn" had no value at all (written for this test)
    figures = _figures("She took charge of a firm with an $8bn turnover, a figure which grew to "
                       "$174bn two decades later.")
    assert (8_000_000_000, "about") in [(v, q) for v, q, _ in figures], figures
    assert parse_amount("310m") is None  # a height in metres ("the tapered 310m glass tower")


def test_a_decimal_billion_is_a_whole_number():
    # "$8.3 billion" came out as 8300000000.000001 (floating point), which the same sum in
    # another report, 8,300,000,000, never equals (written for this test)
    figures = _figures("The best seller of the group is its flu vaccine, which had sales of "
                       "$8.3 billion last year.")
    assert 8_300_000_000 in [v for v, _, _ in figures], figures


def test_a_bound_written_after_the_number():
    # "LDL of 190 or higher" (statins, tuning gold multinews-s5), "pledge $10 or more"
    # (potato salad): a bound written after the number is read as "at least 190" would be
    text = "Backers get a thank-you card so long as they pledge $10 or more."
    assert (10, "at least") in [(v, q) for v, q, _ in _figures(text)], _figures(text)
    assert parse_amount("190 or higher") == (190, "at least")
    assert parse_amount("100 or fewer") == (100, "at most")
    assert parse_amount("nine or 10") == ([9, 10], "range")  # a range stays a range


def test_emphasis_before_a_number_is_not_part_of_it():
    # the NER took "only" into the entity, and "only about 15 percent" was no number at all
    # (written for this test in a tuning report's shape)
    text = "Under the current rules, flu shots are offered to only about 15 percent of adults"
    assert (15, "about") in [(v, q) for v, q, _ in _figures(text)], _figures(text)
    assert parse_amount("only about 15 percent") == (15, "about")
    assert parse_amount("just over 40") == (40, "at least")
    assert parse_amount("a mere 12") == (12, "exact")
    assert parse_amount("only") is None



def test_two_unit_words_joined_by_a_hyphen_are_a_range():
    # "swim three-four days a week" was a duration of seven days (three plus four, as
    # "twenty-five" is twenty plus five); written for this test in a tuning report's shape
    text = ("whereas the benefit of habits such (as) swim three-four days a week is nearly double "
            "that of any one pill")
    figures = _figures(text)
    assert ([3, 4], "range") in [(v, q) for v, q, _ in figures], figures
    assert 7 not in [v for v, _, _ in figures], figures
    assert parse_amount("three-four") == ([3, 4], "range")
    assert parse_amount("twenty-five") == (25, "exact")
    assert parse_amount("a half-million") == (500_000, "exact")


def test_a_vague_magnitude_the_ner_left_out_is_read():
    # "Millions of phone users" had no entity, so a group of people who lost service missed
    # one report; "scores of old stone houses" the same (written for this test in the shapes
    # of tuning reports)
    text = "Millions of phone users across southern Africa lost service after a storm cut the main line."
    assert (2_000_000, "at least", "Millions") in _figures(text), _figures(text)
    text = "The storm killed at least 40 people and turned scores of old stone houses into rubble."
    assert (40, "at least", "scores") in _figures(text), _figures(text)


def test_a_number_hung_on_a_noun_modifying_a_plural_counts_the_plural():
    """"one of just five deep sea Roman boats": the parse hangs "five" on "sea", a singular noun
    modifying "boats"; the count is of boats, and another report's "five 'deep sea' Roman
    vessels" then joins it (a modifier in common). "at least two-and-a-half years ago"
    (hyphens join the number to "half") counts no months. Sentences written for this test in
    the shapes of tuning reports."""
    from newsfuse.crosscheck.numbers import counted_noun

    def nouns(text):
        cluster = analyze([Article(text=text)])
        doc = cluster.docs[cluster.articles[0].id][0]
        return {e.text: (lambda n: n.lower_ if n is not None else None)(counted_noun(e))
                for e in doc.ents if e.label_ == "CARDINAL"}

    ships = "That 1,500 year old wreck is now one of just five deep sea Roman boats found in the Aegean."
    assert nouns(ships).get("just five", nouns(ships).get("five")) == "boats"
    months = nouns("The review was kept quiet at first, with the ministry reaching its findings "
                   "at least two-and-a-half years ago.")
    assert "years" not in months.values()


def test_a_number_stated_as_the_value_of_a_count_is_read():
    """"bringing the total to about 64 million" (a tuning report's shape: people eligible for
    a treatment), "The number of cases nationwide reached 184", "raising
    the number of confirmed local patients to 25" state a count as the value of a noun phrase,
    not before a noun: nothing was counted, so no figure was read. A count noun stands for the
    thing after its "of"; an age stated so ("Lopez, who was 18 at the time") stays no figure."""
    from newsfuse.crosscheck.claims import prepared_statements

    def read(text):
        cluster = analyze([Article(text=text)])
        return [(s["value"], s["noun"]) for s in prepared_statements(cluster)[0]]

    text = ("By changing the way clinics assess a child for the vaccine, Marsh said the new rules "
            "will in effect double the number of children eligible for it, bringing the total to "
            "about 64 million")
    assert (64_000_000, "about", "about 64 million") in _figures(text), _figures(text)
    assert (184, "case") in read(train_sentence(r"The number of cases nationwide reached 184[^.]*\."))
    assert (25, "patient") in read(train_sentence(r"It reported six new cases of mers, raising the "
                                                  r"number of confirmed local patients to 25[^.]*\."))
    ruiz = "Ruiz, who was 18 at the time of the robbery, admitted to being the driver, police said."
    assert 18 not in [v for v, _ in read(ruiz)]


def _statements(text: str) -> list[tuple]:
    """(value, qualifier, expression) of every figure statement one report of ``text`` reads."""
    from newsfuse.crosscheck.claims import prepared_statements

    cluster = analyze([Article(text=text)])
    return [(s["value"], s["qualifier"], s["expression"]) for s in prepared_statements(cluster)[0]]


@pytest.mark.parametrize("text, value", [
    # a tuning Multi-News report's shape: the NER gives "three" an entity and "four" none
    ("Now, having become a broker for farm workers himself, he gets three or four calls a week "
     "from growers looking for land.", [3, 4]),
    # each number an entity of its own (written for this test in a tuning report's shape)
    ("Adults should do at least 30 minutes of brisk walking three or four times a week.", [3, 4]),
    ("The best clubs offer two or three in-person meetings a month for at least a year.", [2, 3]),
])
def test_a_range_written_x_or_y_is_read_whole(text, value):
    """"three or four calls a week" was read as 3 (the first number alone; the second, hung
    on it as a conjunct, counted nothing): a report's range is its figure."""
    read = _statements(text)
    assert (value, "range") in [(v, q) for v, q, _ in read], read
    assert value[0] not in [v for v, _, _ in read], read


def test_a_number_and_a_half_joined_by_hyphens_keeps_its_half():
    """"queued two-and-a-half hours early" (a tuning report's shape): the NER's entity is
    "two", read as 2 hours."""
    read = _statements("Dozens of fans and local officials queued two-and-a-half hours early "
                       "to see the singer, and filled a 900-seat theatre.")
    assert 2.5 in [v for v, _, _ in read], read
    assert 2 not in [v for v, _, _ in read], read


def test_an_article_and_a_describing_word_before_a_number_are_not_part_of_it():
    """"a modest $10 goal" and "just $8.23 per hour" (tuning reports' shapes): the NER takes the describing word, or the period of
    a rate, into the entity, and no value was read."""
    read = _statements("She had a modest $10 goal and a rough plan for her first bake sale.")
    assert 10 in [v for v, _, _ in read], read
    read = _statements("Idaho’s lowest wage is just $8.23 per hour, while renters in Boise need "
                       "at least $30 an hour, a housing group found.")
    assert 8.23 in [v for v, _, _ in read], read
    assert parse_amount("An additional 300") == (300, "exact")
    assert parse_amount("another seven") == (7, "exact")
    assert parse_amount("a dozen") == (12, "about")  # the number itself, not a description
    assert parse_amount("a half-million") == (500_000, "exact")
    assert parse_amount("another one") is None  # "one of" wording, left to worth


@pytest.mark.parametrize("pattern, value", [
    # multinews-train-2847 (a2, tuning): "quarter" was no number, so no span was read
    (r"Bashir was re-elected in April[^.]*?quarter-century rule\.", 25),
    # multinews-train-35713 (a2, tuning): the NER gave "a half-mile" no entity
    (r"The group, Harris said, was about a half-mile out from the shore[^.]*\.", 0.5),
    # multinews-train-39565 (a1, tuning): "centimetre" in the singular was no unit
    (r"She said her broken back had caused a bone fragment[^.]*?half centimetre[^.]*\.", 0.5),
])
def test_a_fraction_of_one_unit_is_read(pattern, value):
    """A fraction of one unit, written with no number: "his quarter-century rule" (25 years),
    "about a half-mile out", "about a half centimetre"; and a half written after its unit ("a
    year and a half" is 1.5 years)."""
    read = _statements(eval_sentence(pattern))
    assert value in [v for v, _, _ in read], read
    from newsfuse.crosscheck.figure_measures import duration_of

    cluster = analyze([Article(text="The trial lasted a year and a half.")])
    doc = cluster.docs[cluster.articles[0].id][0]
    spans = [duration_of(e) for e in doc.ents if e.label_ in ("DATE", "TIME")]
    assert any(d is not None and parse_amount(d[0]) == (1.5, "exact") for d in spans), spans


def test_a_vague_magnitude_after_many_is_read():
    """"a private fortune of many billions of dollars" (a tuning report's shape): "many"
    before the plural vague word left the entity
    with no value."""
    read = _statements("As a woman who built one of the largest shipping firms in the world, and "
                       "who has a private fortune of many billions of dollars, she says she can "
                       "pay for her own campaign.")
    assert (2_000_000_000, "at least") in [(v, q) for v, q, _ in read], read
    assert parse_amount("many thousands") == (2_000, "at least")
    assert parse_amount("many") is None


def test_the_first_number_of_n_of_m_things_counts_the_things():
    """"We've lost three out of four cables" and "three of four Ohioans want Dale to retire"
    (tuning reports' shapes, sentences written for this test): without a determiner the parse makes the first
    number a modifier of the second, or hangs "out" on the verb, so it counted nothing and was
    dropped, where "two of the three lanes" (the parse hangs "of" on "two") was read. Both
    numbers count the things now; a number "of" a pronoun ("Two of them then hung a green
    flag") still counts nothing."""
    from newsfuse.crosscheck.numbers import counted_noun

    def nouns(text):
        cluster = analyze([Article(text=text)])
        return {e.text: (lambda n: n.lower_ if n is not None else None)(counted_noun(e))
                for doc in cluster.docs[cluster.articles[0].id] for e in doc.ents
                if e.label_ == "CARDINAL"}

    lines = nouns("We've lost three out of four cables.")
    assert lines.get("three") == "cables" and lines.get("four") == "cables", lines
    poll = nouns("However, a new survey showed that three of four Ohioans want Dale to retire this year.")
    assert poll.get("three") == "ohioans", poll
    them = nouns("Two of them then hung a green banner with \"Save the Forest\" painted on it.")
    assert them.get("Two") is None, them


def _money_units(text: str) -> dict:
    """{value: unit} of the sums one report of ``text`` reads."""
    from newsfuse.crosscheck.claims import prepared_statements

    cluster = analyze([Article(text=text)])
    return {s["value"]: s["unit"] for s in prepared_statements(cluster)[0] if s["unit"].startswith("money")}


def test_a_dollar_with_a_country_is_its_own_currency():
    """"an industry worth a$ 160 million" (Australian strawberry farmers, Multi-News training
    text) and "hk$ 4.8 million" are Australian and Hong Kong dollars: read as "dollars", an A$
    sum and a US$ sum of two reports could meet as one agreed figure. "US$334 million" is the
    "$334 million" another report of the same deal writes (ecbplus-43b): one currency."""
    worth = train_sentence(r"[^.]*casting a shadow over an industry worth a\$ 160 million[^.]*\.",
                           file="multinews_train.jsonl.gz")
    assert _money_units(worth).get(160_000_000) == "money:Australian dollar"
    parking = train_sentence(r"It tops the hk\$ 4\.8 million paid for a parking space[^.]*\.",
                             file="multinews_train.jsonl.gz")
    assert _money_units(parking).get(4_800_000) == "money:Hong Kong dollar"
    pay = story_sentence("ecbplus-43b", r"AMD will pay US\$334 million in cash and stock for SeaMicro[^.]*\.")
    shelled = story_sentence("ecbplus-43b", r"AMD shelled out \$334 million for the acquisition of SeaMicro\.")
    assert _money_units(pay)[334_000_000] == _money_units(shelled)[334_000_000] == "money:dollar"


def _cleaned_statements(text: str) -> list[dict]:
    """Every figure statement of one report of ``text``, cleaned as a brief cleans it (the
    stories' tokenized numbers joined)."""
    from newsfuse.clean import clean_articles
    from newsfuse.crosscheck.claims import prepared_statements

    cluster = analyze(clean_articles([Article(text=text)])[0])
    return prepared_statements(cluster)[0]


# a laptop's sizes in two units (written for the tests here, tokenized as the ECB+ text is)
_THIN = ("What is new is the slim wedge design (with the thick end topping out at 0. 68 in or 17 mm), "
         "weighing in at 2. 38 pounds (1. 08 kg) for the 12-inch model and 2. 96 pounds (1. 35 kg) "
         "for the 14-inch.")


def test_units_of_a_specification_sheet():
    """A laptop's specification sheet (ECB+ 40b's shapes, tokenized as the ECB+ text is; written
    for this test): "up to 2. 7GHz" (one token the NER leaves out),
    "up to 8GB of RAM" (the number counted the token "GB", or was dropped as part of a name),
    "2. 38 pounds (1. 08 kg)" (money, as a pound was). Each is a figure with its unit now;
    "USB 3. 0 ports" is a version, no count of three ports."""
    read = _cleaned_statements("The 14-and 16-inch notebooks run up to 2. 7GHz quad chips (boost up "
                               "to 3. 7GHz), carry up to 8GB of RAM and have new graphics 50 percent "
                               "faster than before.")
    got = {(s["value"], s["qualifier"], s["unit"]) for s in read}
    assert {(2.7, "at most", "measure:GHz"), (3.7, "at most", "measure:GHz"),
            (8, "at most", "measure:GB")} <= got, got
    read = _cleaned_statements("The new notebook will start at $2, 199 for the 2. 3 GHz quad-core model "
                               "with 256GB storage, and go up from there.")
    assert (2.3, "measure:GHz") in {(s["value"], s["unit"]) for s in read}, read
    read = _cleaned_statements(_THIN)
    assert not any(s["unit"].startswith("money") for s in read), read
    read = _cleaned_statements("Like the new tablet, they offer USB 3. 0 ports.")
    assert read == [], read


@pytest.mark.parametrize("pattern, value, qualifier", [
    # ecbplus-20b (tuning): the hedge before "magnitude-", a hedge inside "a magnitude of",
    # "on the Richter scale", "put ... magnitude at", a decimal before a quake
    ("A tremor measuring at least magnitude-5. 4 shook the hill towns early on Tuesday.", 5.4, "at least"),
    ("A tremor with a magnitude of at least 5. 4 shook the hill towns early on Tuesday.", 5.4, "at least"),
    ("The national observatory registered a quake measuring 4. 2 on the Richter scale near the coast.", 4.2, "exact"),
    ("The regional monitoring office put the tremor's magnitude at 5. 4 in its first report.", 5.4, "exact"),
    ("A 6. 2-strength quake killed dozens in the valley last spring.", 6.2, "exact"),
])
def test_magnitudes_written_every_way(pattern, value, qualifier):
    # sentences written for this test in the shapes of a tuning quake story's (ECB+ 20b)
    read = _cleaned_statements(pattern)
    assert (value, qualifier, "measure:magnitude") in {(s["value"], s["qualifier"], s["unit"]) for s in read}, read


def test_the_one_quoted_as_saying_is_credited():
    """A quake story's shapes (ECB+ 20b, tuning; sentences written for this test): "State
    radio quoted the relief agency ... as saying 12 people were killed", "the news agency quoted
    the head of the port authority, Omar Selim, as saying ...", "..., local officials were
    quoted by AP as saying": the quoted
    source gives the figures, as it speaks a quote (``speakers.quoted_as``); before, the one
    quoting was credited or no one. A pronoun the speech layer finds for a participle ("he
    said, adding that it was warm, about 28 degrees") is still
    resolved through the verb that frames the sentence."""
    def credits(text):
        return {s["value"]: s["attributed_to"] for s in _cleaned_statements(text)}

    assert "relief agency" in credits("State radio quoted the relief agency in the province of "
                                      "Tarsa as saying 12 people were killed.")[12]
    selim = credits("The state news agency quoted the head of the port authority, Omar Selim, as "
                    "saying the quake caused damage estimated at around 31 million dollars, with "
                    "40 schools and about 1, 200 houses rendered unsafe.")
    assert selim[31_000_000] == selim[40] == "Omar Selim", selim
    officials = credits("A 5. 6 magnitude earthquake has flattened four villages in the north, "
                        "killing 12 people and wounding 80 others, officials were quoted by AP as "
                        "saying.")
    assert officials[12] == officials[80] == "officials", officials


def test_having_and_asking_credit_no_one():
    """A laptop story's shapes (ECB+ 40b, tuning; written for this test): "The updated machine
    boasts ... 2. 7GHz ... and 7 hours of battery life" (the machine has them) and "the maker
    will ask $1, 099 for the base 12-inch version" (a price) credited the machine and Apple as sources of the figures; a boast
    with "that" still credits its subject."""
    machine = _cleaned_statements("The updated machine boasts a 2. 7GHz chip (boosted up to 3. 7GHz), "
                                  "USB 3. 0, new graphics, and 7 hours of battery life.")
    assert machine and all(s["attributed_to"] is None for s in machine), machine
    prices = _cleaned_statements("If you prefer the older design to the new one, the maker will ask "
                                 "$1, 099 for the base 12-inch version and $1, 799 for a 14-inch "
                                 "version, with an upgraded 14-inch model going for $2, 199.")
    assert {s["value"] for s in prices} == {1099, 1799, 2199}
    assert all(s["attributed_to"] is None for s in prices), prices
    boast = _cleaned_statements("The ministry boasted that 62 soldiers were killed.")
    assert [s["attributed_to"] for s in boast] == ["ministry"]


def test_two_values_the_ner_took_as_one():
    """A laptop story's shapes (ECB+ 40b, tuning; written for this test): "$1, 199 and $1, 499
    versions" was read as a range from
    1,199 to 1,499 (every "and" range of the tuning gold opens with "between"), "$1, 799 and $"
    as no number, and "either 2. 3 or 2. 6 GHz" as a range; each is two values now, the unit
    written after the second read for the first too. "between $1799 and $2199" stays a range."""
    read = _cleaned_statements("The 12-inch model comes in $1, 199 and $1, 499 versions; the 14-inch "
                               "model is sold in $1, 799 and $2, 199 versions.")
    assert {s["value"] for s in read} == {1199, 1499, 1799, 2199}, read
    read = _cleaned_statements("The 15\" models will have either 2. 3 or 2. 6 GHz quad cores.")
    assert {(s["value"], s["unit"]) for s in read} >= {(2.3, "measure:GHz"), (2.6, "measure:GHz")}, read
    assert not any(s["value"] == 15 for s in read), read  # 'The 15" models' names a model
    read = _cleaned_statements("These bigger models will be priced between $1799 and $2199, which is "
                               "a lot to pay for last year's screen.")
    assert ([1799, 2199], "range") in [(s["value"], s["qualifier"]) for s in read], read


# a share the NER calls a date, and a percent range with its unit written twice (written for
# the tests here in the shapes of a tuning quake story's)
_WORST = "The hardest hit hamlets suffered between 30 and 80 percent damage."
_GOVERNOR = ("Omar Selim, the governor of Tarsa Province, the heart of the stricken area, said 40 "
             "percent to 70 percent of the houses in five hamlets were destroyed, the agency reported.")


@pytest.mark.parametrize("text, value, qualifier, unit", [
    # a quake story's figures (written for this test in the shapes of ECB+ 20b's, tuning, and
    # tokenized as the ECB+ text is): a count stated as the value of "a population of"
    ("Tolva is the largest island in the bay and is a duty-free port with a population of more "
     "than 100, 000.", 100_000, "at least", "count"),
    # a share the NER calls a date; a percent range with its unit written twice
    (_WORST, [30, 80], "range", "percent"),
    (_GOVERNOR, [40, 70], "range", "percent"),
    # magnitudes of aftershocks: "of around 4. 0", "magnitudes ranging from 3. 6 to 4. 3"
    ("The first shock lasted just under 20 seconds, he says, and there have been at least three "
     "aftershocks of around 4. 0.", 4, "about", "measure:magnitude"),
    ("The main quake was followed by at least three strong aftershocks, with magnitudes ranging "
     "from 3. 6 to 4. 3, which frightened the townspeople.", [3.6, 4.3], "range", "measure:magnitude"),
    # "more than a dozen" is at least 12 (the hedge was dropped for a round 12)
    ("On Monday, more than a dozen people were killed by a landslide in the north.", 12,
     "at least", "count"),
])
def test_quake_story_figures(text, value, qualifier, unit):
    read = _cleaned_statements(text)
    assert (value, qualifier, unit) in [(s["value"], s["qualifier"], s["unit"]) for s in read], read


def test_a_length_turned_metric_keeps_its_whole_units():
    """A tuning quake story's shape: "about 940 miles south of the capital" beside reports in km
    was 1,510 km (three significant digits), where a reader converting it writes 1,513."""
    from newsfuse.crosscheck.figure_measures import to_metric

    statements = [{"noun": "mile", "unit": "measure:mile", "value": 940, "qualifier": "about",
                   "role": ("distance", "Tehran"), "surface": "mile", "phrase": "mile"},
                  {"noun": "km", "unit": "measure:km", "value": 1500, "qualifier": "exact",
                   "role": ("distance", "Tehran"), "surface": "km", "phrase": "km"},
                  {"noun": "foot", "unit": "measure:foot", "value": 98, "qualifier": "exact",
                   "role": ("length", None), "surface": "foot", "phrase": "foot"},
                  {"noun": "m", "unit": "measure:m", "value": 25, "qualifier": "exact",
                   "role": ("length", None), "surface": "m", "phrase": "m"}]
    to_metric(statements)
    assert (statements[0]["value"], statements[0]["noun"]) == (1513, "km")
    assert (statements[2]["value"], statements[2]["qualifier"]) == (30, "about")  # not 29.87


def test_readings_below_zero_and_bail_posted():
    """Tuning ECB+ stories' shapes (sentences written for this test): "in temperatures of minus
    17 degrees" was no number and "minus-20 degree temperatures" (one token the NER calls a
    date) nothing; both are readings below zero now. "Paul Reyes posted $7,500 (U.S.) bail"
    credited the bail to Reyes, as if he had posted words."""
    cold = _cleaned_statements("Crews cleared the roads in temperatures of minus 17 degrees.")
    assert (-17, "measure:degree") in [(s["value"], s["unit"]) for s in cold], cold
    colder = _cleaned_statements("Crews worked for about six hours in minus-20 degree temperatures to "
                                 "free the trapped bus.")
    assert (-20, "measure:degree") in [(s["value"], s["unit"]) for s in colder], colder
    bail = _cleaned_statements("Paul Reyes posted $7,500 (U.S.) bail on Monday and was fitted for an "
                               "ankle monitor.")
    assert [(s["value"], s["attributed_to"]) for s in bail if s["value"] == 7500] == [(7500, None)], bail


def test_two_sources_said_together_are_credited_together():
    """A tuning quake story's shape: "Ten people died and at least 50 were hurt ...,
    police and state radio said" credited "officials" alone, as if one source gave the
    toll; the speech layer joins two people so, and now any two subjects of one verb."""
    read = _cleaned_statements("The state news agency and the European Seismic Centre said it had a "
                               "magnitude of 5. 6.")
    assert [s["attributed_to"] for s in read] == ["state news agency and European Seismic Centre"], read


def test_a_demand_of_money_is_no_saying():
    """A tuning report's shape: "Many of the letters demanded $20,000 in bitcoin, according to
    MailGuard" credited "Many" (a demand of money is no saying, as "ask" a price
    is not) where MailGuard is named."""
    read = _cleaned_statements("Many of the letters demanded $20,000 in bitcoin, according to MailGuard, "
                               "a Texas-based security firm that saw copies of them.")
    assert {s["value"]: s["attributed_to"] for s in read}[20000] == "MailGuard", read


def test_a_sum_with_a_sign_and_a_glued_scale_is_read_whole():
    """"$281m", "£ 246m", "€ 1.9 million": the tokenizer splits "$281m" into "$", "281", "m"
    and the NER's entity was "281", read as 281 dollars; a sign other than a leading "$" left
    the sum unread ("€ 1.9 million", "about £2m" were no number). ecbplus-43b (no gold record
    holds it) and lines of the tokenized Multi-News text (shared/train)."""
    paying = _cleaned_statements(story_sentence("ecbplus-43b", r"AMD is paying \$281m in cash[^\n]*"))
    assert {(s["value"], s["unit"]) for s in paying} >= {(281_000_000, "money:dollar"),
                                                           (53_000_000, "money:dollar")}, paying
    profit = _cleaned_statements(train_sentence(r"Barclays also reported a plunge in pre-tax profit to £ 246m in 2012, "
                                                r"from £ 5\.9bn in 2011"))
    assert (246_000_000, "money:pound") in [(s["value"], s["unit"]) for s in profit], profit
    assert 5_900_000_000 in [s["value"] for s in profit]  # "£ 5.9bn", read as before
    # (the company's unvoiced "we invested € 1.9 million in sustainable cotton" read here until
    # worth.unvoiced kept a first person no report names a speaker for out of the table)
    fine = _cleaned_statements(train_sentence(r"Google has been hit with a record-breaking € 4\.3 billion[^.]*\."))
    assert (4_300_000_000, "money:euro") in [(s["value"], s["unit"]) for s in fine], fine
    assert parse_amount("about £2m") == (2_000_000, "about")
    assert parse_amount("more than $5bn") == (5_000_000_000, "at least")
    assert parse_amount("€3.5m") == (3_500_000, "exact") and parse_amount("310m") is None  # metres


def test_a_size_restated_after_or_in_another_unit_is_no_figure_of_its_own():
    """A laptop story's shape (ECB+ 40b, tuning T13): "topping out at 0. 68 in or 17 mm" gives one thickness twice,
    as "(1. 08 kg)" after "2. 38 pounds" gives one weight twice; the millimetres were a figure
    of their own (the gold calls them a conversion). The weights stay read, in their metric
    twins."""
    read = _cleaned_statements(_THIN)
    values = {(s["value"], s["unit"]) for s in read}
    assert not any(s["unit"].startswith("measure:mm") for s in read), values
    assert {(1.08, "measure:kg"), (1.35, "measure:kg")} <= values, values
def _read(*texts: str) -> list[dict]:
    from newsfuse.crosscheck.claims import prepared_statements

    return prepared_statements(analyze([Article(text=t) for t in texts]))[0]


def test_a_pair_of_things_is_two():
    """"a pair of ... guards": the NER takes "a pair" for no number, so the count was never
    read where another report writes "two guards"; read, it counts the plural after its
    "of". Written for this test."""
    text = "Police said the man pointed a knife at a pair of off-duty prison guards outside the station."
    read = [(s["value"], s["qualifier"], s["noun"]) for s in _read(text)]
    assert (2, "exact", "guard") in read, read


def test_a_sum_without_its_currency_meets_the_story_s_dollars():
    """A film's box office in three reports (the shape of ECB+ 6a, tuning T14; sentences written
    for this test): "grossed more than 141 million" names no currency (unit "money:?", counted noun "money") and "$140 million worth of
    business" was counted as "worth"; neither met "$142 million". In a story whose sums are
    all in dollars, the first is dollars, and a sum's "worth" counts its currency."""
    sentences = [
        "So far the thriller has grossed over $142 million at home.",
        "Weeks after Jane Moss was dropped, despite having made the thriller well enough to pull in "
        "$140 million worth of business from teenagers and parents alike, the studio is close to "
        "hiring a new director for the sequel.",
        '"Night Harbor" has grossed more than 141 million so far.']
    read = {s["value"]: (s["noun"], s["unit"]) for s in _read(*sentences)}
    assert read[141_000_000] == read[142_000_000] == read[140_000_000] == ("dollars", "money:dollar"), read
    cluster = analyze([Article(text=s) for s in sentences])
    groups = [sorted(v["value"] for v in g["values"]) for g in find_claims(cluster)]
    assert [141_000_000, 142_000_000] in groups, groups


def test_a_cardinal_counting_hours_is_a_duration():
    """"with a claimed 5 and 7 hours for the smaller and larger models" (a tuning laptop story's
    shape, written for this test): the NER calls "5" a cardinal counting "hours", so the figure was a count of
    hours (unit "count") and never met the other report's "5 hours of battery life", a
    duration ("duration:hour")."""
    text = ("Battery life stays the same (no bad thing), with a claimed 5 and 7 hours for the smaller "
            "and larger models respectively while streaming video.")
    read = [(s["value"], s["unit"]) for s in _read(text)]
    assert (5, "duration:hour") in read, read


def test_a_size_whose_unit_is_hyphened_to_its_second_number_is_read():
    """"a 2.6-inch 480 by 360-pixel touch display" (a tuning phone story's shape, written
    for this test): the pixel is joined to 360 by a hyphen, so the pair had no unit and neither side was read as
    the screen's width and height that the other reports give."""
    text = ("The new handset also has a 2.6-inch 480 by 360-pixel touch display, and a loud "
            "speaker for hands-free calls.")
    read = [(s["value"], s["unit"]) for s in _read(text)]
    assert (480, "measure:pixel wide") in read and (360, "measure:pixel high") in read, read


@pytest.mark.parametrize("text, value", [
    ("The club is thought to have paid £2-3m for the striker.", [2_000_000, 3_000_000]),
    ("Officials estimate the damage at £2-3m.", [2_000_000, 3_000_000]),
    # a Multi-News report (shared/train): no entity at all
    (r"[^.]*It has been estimated at € 1\.2-1\.8m\.", [1_200_000, 1_800_000]),
])
def test_a_sums_range_with_one_sign_and_one_glued_scale_is_read_whole(text, value):
    """"£2-3m": the NER's entity is "2" (or nothing at all, "€ 1.2-1.8m"), read as £2 or not
    read, and the glued "m" with no sign of its own was no scale. The sign of the first end is
    the range's, and the range runs from two to three million."""
    assert parse_amount("£2-3m") == ([2_000_000, 3_000_000], "range")
    assert parse_amount("£2m-3m") == ([2_000_000, 3_000_000], "range")
    assert parse_amount("£2-£3m") == ([2_000_000, 3_000_000], "range")  # was 2 to 3,000,000
    assert parse_amount("$25-50k") == ([25_000, 50_000], "range")
    assert parse_amount("$500 to $2m") == ([500, 2_000_000], "range")
    assert parse_amount("2-3m") is None  # no sign: metres as likely as millions
    read = _statements(train_sentence(text) if text.startswith("[^") else text)
    assert (value, "range") in [(v, q) for v, q, _ in read], read
    assert not any(v in (value[0] / 1e6, value[1] / 1e6) for v, _, _ in read), read


def test_a_side_of_a_size_is_no_year():
    # "2880 x 1800 pixels": the second side was left out as a year (1800), so two reports'
    # screen height never met (T13's next-generation MacBook Pro, four reports); "founded in
    # 1998" stays a year
    from newsfuse.analyze import analyze
    from newsfuse.crosscheck.claims import find_claims
    from newsfuse.model import Article

    claims = find_claims(analyze([
        Article(text="Apple said the new MacBook Pro has a Retina screen of 2880 x 1800 pixels."),
        Article(text="The new MacBook Pro's Retina display shows 2880 x 1800 pixels, Apple said.")]))
    shown = {g["about"]: (g["status"], [v["value"] for v in g["values"]]) for g in claims}
    assert shown.get("pixel high") == ("agreed", [1800]), claims
    assert shown.get("pixel wide") == ("agreed", [2880]), claims
    founded = find_claims(analyze([Article(text="The company was founded in 1998 by two brothers."),
                                   Article(text="Two brothers founded the company in 1998.")]))
    assert not any(v["value"] == 1998 for g in founded for v in g["values"]), founded


def test_a_size_written_as_one_token_is_read_as_its_two_sides():
    # "a 2880x1800 resolution" is one token, which the NER reads as no number: neither side
    # was read, and the other report's "2880 x 1800 resolution" stood single (T13's MacBook
    # Pro, "the screen with have a 2880x1800 resolution")
    from newsfuse.analyze import analyze
    from newsfuse.crosscheck.claims import find_claims
    from newsfuse.model import Article

    claims = find_claims(analyze([
        Article(text="Apple said the new MacBook Pro has a Retina screen with a 2880x1800 resolution."),
        Article(text="The new MacBook Pro's Retina display has a 2880 x 1800 resolution, Apple said.")]))
    shown = {g["about"]: (g["status"], [(v["value"], v["articles"]) for v in g["values"]]) for g in claims}
    assert shown.get("resolution wide") == ("agreed", [(2880, ["a1", "a2"])]), claims
    assert shown.get("resolution high") == ("agreed", [(1800, ["a1", "a2"])]), claims


def test_a_count_the_ner_calls_a_date_with_its_noun():
    # a T17 story's shape: the NER takes "11 seasons" and "nearly four seasons" whole as
    # dates, and a season is no unit of time the reading knows, so neither was read; the
    # counted noun is cut off the date and the number read as the count of it (sentences
    # written for this test)
    texts = ["Moreno was a third-round draft pick of the Hawks in 1984 and played for 11 seasons "
             "with the club.",
             "Moreno, who played for the Hawks for 11 seasons and worked as an assistant for five, "
             "was named coach after Tom Ellis was let go."]
    claims = find_claims(analyze([Article(text=t) for t in texts]))
    assert any(g["status"] == "agreed" and [v["value"] for v in g["values"]] == [11] for g in claims), claims
    text = "Moreno was fired on Monday after nearly four seasons as coach of the Hawks."
    assert (4, "about") in [(v, q) for v, q, _ in _figures(text)]


def test_a_win_loss_record_is_two_figures():
    # a T17 story's shape: "a 171-148 record" has a game score's shape, which is no figure,
    # and was left out; a record is the wins and the losses the reports compare (the sports
    # ruling); sentences written for this test
    texts = ["He took the club to a 171-148 record.",
             "He had a 171-148 record in Atlanta, the third-best win total in club history."]
    claims = find_claims(analyze([Article(text=t) for t in texts]))
    shown = {(g["status"], tuple(v["value"] for v in g["values"])) for g in claims}
    assert ("agreed", (171,)) in shown and ("agreed", (148,)) in shown, claims


def test_occurrences_in_a_sentence_without_a_verb_are_read():
    # "three times" joined to "43 times" under a noun root (a sentence of our own): the walk
    # up from the noun to a verb compared a token with its head by identity, which a parse
    # never gives (each token object is made anew), and went round the root for ever
    import signal

    def stop(signum, frame):
        raise TimeoutError("the reading did not end")

    old = signal.signal(signal.SIGALRM, stop)
    signal.alarm(60)
    try:
        values = [v for v, _, _ in _figures("Record: 43 times in 2015, and only three times in 2016.")]
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    assert {43, 3} <= set(values), values


def test_a_share_whose_parse_root_is_a_word_of_its_range_counts_nothing_named():
    """"between 30 and 80 percent damage" (a tuning quake story's shape): the parse makes
    "between" the entity's root, read as the thing counted, so the share stood in a block of
    its own and never met another report's "40 percent to 70 percent of the houses" (one
    agreed share of houses damaged in the hardest-hit hamlets)."""
    cluster = analyze([Article(text=_WORST), Article(text=_GOVERNOR)])
    groups = [g for g in find_claims(cluster) if g["status"] in ("agreed", "disputed")]
    values = [sorted(map(str, (v["value"] for v in g["values"]))) for g in groups]
    assert ["[30, 80]", "[40, 70]"] in values, groups


def test_the_first_end_of_a_sum_range_with_a_scale_word_is_not_a_sum_of_its_own():
    # "$2-3 million": the NER's entity is "2", read as $2 where the report says two to three
    # million; a sum read whole ("$2 million") and a range with a glued scale stay read
    values = [v for v, _, _ in _statements("The company paid $2-3 million for the land, officials said.")]
    assert 2 not in values, values
    assert 2000000 in [v for v, _, _ in _statements("The company paid $2 million for the land, officials said.")]


@pytest.mark.parametrize("text, noun", [
    ("Officials said the new rules will nearly triple the number of households eligible for the grant, "
     "bringing the total to about 9 million.", "household"),
    ("The law will double the number of Americans eligible for the benefit, bringing the total to about "
     "70 million.", "americans"),
    ("The number of Canadians on the waiting list rose to 4,000 last month.", "canadians"),
])
def test_the_total_counts_what_the_number_before_it_named(text, noun):
    # "the total" takes up "the number of households" the sentence named; a plural name of
    # people ("Americans") is what "the number of" counts, as a plural noun is
    from newsfuse.crosscheck.claims import prepared_statements

    statements, _ = prepared_statements(analyze([Article(text=text)]))
    assert [s["noun"] for s in statements] == [noun], statements


@pytest.mark.parametrize("text, value, qualifier, noun", [
    ("Doctors now advise statins for anyone with LDL of 190 or higher, the panel said.", 190, "at least", "ldl"),
    ("Patients with a body mass index over 35 may be offered surgery, the guidance says.", 35, "at least",
     "index"),
    ("The driver had a blood alcohol level of 0.24, police said.", 0.24, "exact", "level"),
    ("Any reading above 50 on the survey points to growth in factories.", 50, "at least", "reading"),
])
def test_a_bare_number_after_a_scale_is_its_value(text, value, qualifier, noun):
    # "LDL of 190 or higher": the number counts nothing after it, and was left out as bare;
    # it is the value of the scale named before it
    from newsfuse.crosscheck.claims import prepared_statements

    statements, _ = prepared_statements(analyze([Article(text=text)]))
    assert (value, qualifier, noun) in [(s["value"], s["qualifier"], s["noun"]) for s in statements], statements


@pytest.mark.parametrize("text, value, expression", [
    ("The singer thanked her 20 million-plus followers on Monday.", 20000000, "20 million-plus"),
    ("The studio expects a $150 million-plus opening weekend, analysts said.", 150000000, "$150 million-plus"),
])
def test_a_scale_with_plus_is_the_least_there_was(text, value, expression):
    # "20 million-plus" was no number at all, and "$150 million-plus" (the NER leaves "-plus"
    # out) a round estimate: the number is the least there was, as in "16-plus women"
    assert (value, "at least", expression) in _statements(text), _statements(text)


def test_plus_as_an_addition_bounds_nothing():
    # "$11.1 million plus interest": two sums added, the first as written
    assert (11100000, "about", "$11.1 million") in _statements(
        "The judge said the firm must pay $11.1 million plus interest.")


def test_from_x_to_y_after_a_verb_of_change_is_an_old_value_and_a_new_one():
    # fresh read text (group_review seed 54, Multi-News train 1077): read as the range
    # [13.5, 750], the old price and the new one made one figure, shown agreed with another
    # report's old price $13.50 (and it agreed with any price between the two)
    text = ("Turing pharmaceuticals sparked nationwide outrage and government investigations when "
            "it raised the cost of a generic drug used for aids and cancer from $ 13.50 to $ 750 "
            "a capsule.")
    values = sorted(v for v, _, _ in _statements(text))
    assert values == [13.5, 750], values


def test_thousands_counted_by_its_verb_is_no_year():
    # "thousands" reads as at least 2,000, and a number with no counted noun in 1800..2100 was
    # left out as a year, so "injured thousands more" gave no figure; a year is four digits
    sarin = train_sentence(r"The sarin attack, japan's worst terror incident, killed 13 people and "
                           r"injured thousands more\.")
    assert (2000, "at least", "thousands") in _figures(sarin), _figures(sarin)
    # a year written as one still is no figure, nor is a year at a count's place
    assert not any(v == 2011 for v, _, _ in _figures("The plant was closed in 2011, officials said."))


def test_a_word_before_a_figure_that_bounds_itself_is_no_second_hedge():
    # "estimated" before "as many as 250 to 1,000" was read as a hedge of its own, and
    # "estimated as many as 250 to 1,000" parsed as no number: the figure was lost (fresh
    # Multi-News text, seed 50 of bench/group_review.py)
    choking = train_sentence(r"It's estimated as many as 250 to 1,000 young people die in",
                             "multinews_train.jsonl.gz") + " the united states every year."
    assert ([250, 1000], "range", "as many as 250 to 1,000") in _figures(choking), _figures(choking)
    # nor is "over" of "handed over" before a bound of the figure's own
    handed = "The company handed over more than 300 documents to the committee."
    assert (300, "at least", "more than 300") in _figures(handed), _figures(handed)


def test_a_share_whose_upper_end_the_ner_left_out_is_one_range():
    # the NER's entity was "about 70" and "roughly 25": read alone, each was the report's share
    # (fresh Multi-News text: seed 50 of bench/group_review.py, and a train cluster)
    kept = train_sentence(r"the degree of preservation is about 70 to 80 percent\.", "multinews_train.jsonl.gz")
    assert ([70, 80], "range", "about 70 to 80 percent") in _figures(kept), _figures(kept)
    isil = train_sentence(r"isil is no longer the dominant force in roughly 25 to 30 percent of the "
                          r"populated areas of iraq", "multinews_train.jsonl.gz") + "."
    assert ([25, 30], "range", "roughly 25 to 30 percent") in _figures(isil), _figures(isil)
    # an old value and a new one are no range
    rose = _figures("Support for the plan rose from about 70 to 80 percent over the year, the poll found.")
    assert not any(isinstance(v, list) for v, _, _ in rose), rose


def test_bucks_are_dollars():
    # "75 bucks" was a MONEY entity that parsed as no number; "bucks" is the dollar's everyday
    # name, so the sum meets another report's "$75" (a train cluster's sentence)
    jail = train_sentence(r"Bay minette police chief mike rowland says it costs his department about "
                          r"75 bucks per inmate per day\.", "multinews_train.jsonl.gz")
    assert (75, "about", "about 75 bucks") in _figures(jail), _figures(jail)
    cluster = analyze([Article(text="Tickets for the show cost 50 bucks each, the promoter said."),
                       Article(text="Tickets for the show cost $50 each, the promoter said.")])
    assert [sorted(a for v in g["values"] for a in v["articles"]) for g in find_claims(cluster)
            if any(v["value"] == 50 for v in g["values"])] == [["a1", "a2"]]


def test_a_number_whose_noun_is_left_out_counts_the_noun_before_it():
    # "for seven" and "compared with 55.3 million": the noun is left out after a preposition,
    # and read with nothing counted each was dropped as a bare number (tuning records
    # ecbplus-5b and ecbplus-2a, whose gold counts seasons and viewers)
    coach = story_sentence("ecbplus-5b", r"[^.]*assistant coach for seven[^.]*\.").strip()
    assert (7, "exact", "seven") in _figures(coach), _figures(coach)
    oscars = story_sentence("ecbplus-2a", r"[^.]*compared with 55\.3 million a decade ago[^.]*\.").strip()
    assert (55_300_000, "about", "55.3 million") in _figures(oscars), _figures(oscars)
    # a part after "including" is no such number
    toll = _figures("The attack killed 12 people, including three.")
    assert not any(v == 3 for v, _, _ in toll), toll


def test_a_span_with_a_possessive_mark_is_a_duration():
    # the NER's date "30 days'" of "30 days' worth of treatment" held the possessive mark and
    # read as no span (tuning record ecbplus-1b, whose gold gives the 30 days in two reports)
    rehab = story_sentence("ecbplus-1b", r"[^.]*just finished 30 days' worth of treatment[^.]*\.").strip()
    assert (30, "exact", "30 days'") in _figures(rehab), _figures(rehab)


def test_nights_are_a_span_of_time():
    # "five nights" is a TIME the reading took for no span (its unit was no unit of time), so
    # three reports' five nights alone in the woods stood apart (fresh Multi-News train text,
    # group review seed 56)
    survived = train_sentence(r"He survived five nights in sub-freezing temperatures[^.]*\.",
                              "multinews_train.jsonl.gz")
    spending = train_sentence(r"[^.]*lucky to be alive after spending five nights alone in the woods[^.]*\.",
                              "multinews_train.jsonl.gz")
    cluster = analyze([Article(text=survived), Article(text=spending)])
    assert [sorted(a for v in g["values"] for a in v["articles"]) for g in find_claims(cluster)
            if any(v["value"] == 5 for v in g["values"])] == [["a1", "a2"]]


def test_two_reports_multiples_of_one_comparison_are_one_figure():
    """"that's four times that of the prior MacBook Pro" and "4 times the current pixel count"
    (ECB+ 40b, a tuning story, whose gold groups them): a number before "times" and what is
    compared was left out as no count of that noun (``multiplier``), so the two reports'
    multiple was never set side by side. Read as a multiple (unit and noun "times"), they
    meet; the tuning gold lists nine such multiples as figures and none as a non-figure."""
    texts = [story_sentence("ecbplus-40b", r"The screen is 2880 pixels by 1800; that's four times[^\n]*?\."),
             story_sentence("ecbplus-40b", r"That amounts to 5, ?184, ?000 pixels and 220 ppi, 4 times[^\n]*?\.")]
    groups = [(g["status"], sorted({a for v in g["values"] for a in v["articles"]}),
               [v["value"] for v in g["values"]])
              for g in find_claims(analyze([Article(text=t) for t in texts]))]
    assert any(status == "agreed" and len(articles) == 2 and values == [4]
               for status, articles, values in groups), groups


def test_a_part_named_after_including_shares_its_whole_s_event():
    """"about 30 people, including 10 women and children, were killed" and "at least 10 yemeni
    women and children were killed" (two reports of a Multi-News cluster of the seed-72 group
    review draw, read): the parse hangs the part on "including", where the climb to the verb
    stopped, so the first ten had no event and never met the second report's toll."""
    texts = [train_sentence(r"However, medics at the scene said about 30 people, including 10 women and "
                            r"children, were killed\.", "multinews_train.jsonl.gz"),
             train_sentence(r"[^.\n]*at least 10 yemeni women and children were killed in the raid[^.\n]*\.",
                            "multinews_train.jsonl.gz")]
    groups = [(g["status"], [v["value"] for v in g["values"]],
               sorted({a for v in g["values"] for a in v["articles"]}))
              for g in find_claims(analyze([Article(text=t) for t in texts]))]
    assert ("agreed", [10, 10], ["a1", "a2"]) in groups, groups


def test_a_dateline_is_no_claimant():
    """"Kabul, afghanistan ( ap ) — a united nations spokesman says at least 350 people have
    died" (fresh Multi-News text, group review seed 64, read): the parse hangs the dateline on
    "says" as a second subject, and the figure was credited to "Kabul"; the subject nearest
    the verb, the spokesman, is who gives it."""
    from newsfuse.crosscheck.claims import prepared_statements

    text = train_sentence(r"(?i)kabul, afghanistan \( ap \) — a united nations spokesman says at least 350 people[^.]*\.",
                          "multinews_train.jsonl.gz")
    claimants = {s["attributed_to"] for s in prepared_statements(analyze([Article(text=text)]))[0]
                 if s["value"] == 350}
    assert claimants and not any(c and "kabul" in c.lower() for c in claimants), claimants
    assert any(c and "spokesman" in c.lower() for c in claimants), claimants


def test_a_length_per_hour_is_a_speed():
    """"down the verruckt at over 65 miles per hour" and "get back down at 65 mph or so" (two
    reports of a Multi-News train cluster read in the thirty-second session's count of values
    two reports state under two counted nouns, bench/noun_split_shapes.py): the speed written
    out was read as a length of 65 miles, so it never met the other report's 65 mph."""
    texts = [train_sentence(r"you might think differently once you're \" speed sliding \" down the "
                            r"verruckt at over 65 miles per hour[^.\n]*\.", "multinews_train.jsonl.gz"),
             train_sentence(r"It won\St take that long to get back down at 65 mph or so\.",
                            "multinews_train.jsonl.gz")]
    groups = [(g["status"], sorted({v["value"] for v in g["values"]}),
               sorted({a for v in g["values"] for a in v["articles"]}))
              for g in find_claims(analyze([Article(text=t) for t in texts]))]
    assert ("agreed", [65], ["a1", "a2"]) in groups, groups


def test_a_counted_noun_keeps_its_hyphened_modifier_whole():
    """The figures table's "about" read "based companies (Indiana)" and "breaking people": a
    modifier the tokenizer cut at its hyphen lost its first part."""
    from newsfuse.crosscheck.names import names_of
    from newsfuse.crosscheck.figure_reading import read_statements

    letter = story_sentence("basil-4f473faf-f928-4cfd-8bed-00578be9db9a",
                            r"And on Monday, the executives of nine Indiana-based companies[^.]*\.", file="basil.jsonl")
    crowd = story_sentence("basil-4f473faf-f928-4cfd-8bed-00578be9db9a",
                           r"A record-breaking 158,682 people attended[^.]*\.", file="basil.jsonl")
    cluster = analyze([Article(text=letter.strip()), Article(text=crowd.strip())])
    phrases = {s["phrase"] for s in read_statements(cluster, names_of(cluster))}
    assert {"Indiana-based companies", "record-breaking people"} <= phrases, phrases


def test_a_place_the_counted_words_name_is_not_repeated_after_them():
    letter = story_sentence("basil-4f473faf-f928-4cfd-8bed-00578be9db9a",
                            r"And on Monday, the executives of nine Indiana-based companies[^.]*\.", file="basil.jsonl")
    cluster = analyze([Article(text=letter.strip())])
    about = [g["about"] for g in find_claims(cluster)]
    assert "Indiana-based companies" in about, about


def _read_one(text: str) -> list[dict]:
    """Every figure statement one report of ``text`` reads, bare ones too (before any report's
    figures are set beside another's)."""
    from newsfuse.crosscheck.figure_reading import read_statements
    from newsfuse.crosscheck.names import names_of

    cluster = analyze([Article(text=text)])
    return read_statements(cluster, names_of(cluster))


def test_a_change_the_ner_read_as_one_range_is_an_old_value_and_a_new_one():
    # T45 (allsides-6047, tuning): the NER's one entity "498,000 to 507,000" after "from" and
    # a verb of change was read as a range, which met no other report's revised 507,000
    text = story_sentence("allsides-6047", r"The previous week's level was revised up by 9,000 "
                          r"from 498,000 to 507,000\.", file="allsides_2021a.jsonl")
    read = [(s["value"], s["qualifier"]) for s in _read_one(text)]
    assert (498000, "exact") in read and (507000, "exact") in read, read
    assert not any(isinstance(v, list) for v, _ in read), read


def test_up_as_a_verbs_particle_bounds_nothing():
    # T45 (allsides-6047): "revised up to 507,000" read as "at most 507,000"
    text = story_sentence("allsides-6047", r"The previous week was revised up to 507,000 from the "
                          r"preliminary estimate of 498,000\.", file="allsides_2021a.jsonl")
    read = [(s["value"], s["qualifier"], s["expression"]) for s in _read_one(text)]
    assert (507000, "exact", "507,000") in read, read
    # an "up to" that is no verb's particle still bounds its figure
    bound = [(s["value"], s["qualifier"]) for s in _read_one("Up to 40 people were hurt, police said.")]
    assert bound == [(40, "at most")], bound


def test_the_value_a_count_changed_from_counts_what_it_changed_to():
    # T45 (allsides-6047): "from a revised 507,000" counted nothing, so the old value was a
    # bare number that no report's figure met
    text = story_sentence("allsides-6047", r"Unemployment claims fell to 473,000 last week from a "
                          r"revised 507,000 a week earlier", file="allsides_2021a.jsonl")
    nouns = {s["value"]: s["noun"] for s in _read_one(text)}
    assert nouns.get(507000) == nouns.get(473000) == "claim", nouns


def test_a_change_by_an_amount_to_a_value_is_two_values():
    # T45 (allsides-5945, tuning): "rose by 37,000 to 412,000" was one range from 37,000 to
    # 412,000, which met no other report's 412,000 and no other report's rise of 37,000
    text = story_sentence("allsides-5945", r"Worker filings for initial unemployment benefits rose "
                          r"by 37,000 to 412,000 last week", file="allsides_2021a.jsonl")
    read = {s["value"]: (s["qualifier"], s["noun"], s["event"]) for s in _read_one(text)}
    assert read.get(37000) == ("exact", "filing", "rise"), read
    assert read.get(412000) == ("exact", "filing", None), read
    # a change still to come, and ends of one size, stay a range of the amount
    for sentence in ("Prices could rise by 20 to 30 percent next year, the agency said.",
                     "The number of applicants rose by 200 to 300 a week, officials said."):
        assert any(isinstance(s["value"], list) for s in _read_one(sentence)), sentence


def test_the_amount_of_a_change_counts_the_subject_of_its_verb():
    # T45 (allsides-5945): "rose 37,000 last week" counted nothing, a bare number left out
    # though all three reports gave the week's rise
    text = story_sentence("allsides-5945", r"The number of new applications for\s+unemployment\s+"
                          r"benefits\s+rose 37,000 last week to 412,000", file="allsides_2021a.jsonl")
    read = {s["value"]: (s["noun"], s["event"]) for s in _read_one(text)}
    assert read.get(37000) == ("application", "rise"), read
    # a transitive verb's own object is no amount: "cut 5,000 jobs" counts jobs, no change
    cut = {s["value"]: (s["noun"], s["event"]) for s in _read_one("The company cut 5,000 jobs last year.")}
    assert cut.get(5000, ("job",))[0] == "job", cut


def test_what_forecasters_expected_is_their_figure():
    # T45 (allsides-5884, tuning): "Analysts surveyed by Refinitiv expected a decline to
    # 350,000 filings" was the report's own figure, as if the week's count had been 350,000
    text = story_sentence("allsides-5884", r"Analysts surveyed by Refinitiv expected a decline to "
                          r"350,000 filings\.", file="allsides_2021a.jsonl")
    by = {s["value"]: s["attributed_to"] for s in _read_one(text)}
    assert by.get(350000) == "Analysts", by
    # an expectation still to be told (no tense of its own) credits no one
    plain = {s["value"]: s["attributed_to"] for s in _read_one("About 40 people are expected to attend.")}
    assert plain.get(40) is None, plain


@pytest.mark.parametrize("story, file, pattern, value, qualifier", [
    # "+" glued to the scale word: "$1 trillion+" was 1
    ("allsides-6093", "allsides_2021a.jsonl", r"President Biden on Wednesday will present his third"
     r"[^\n]*?\.", 1_000_000_000_000, "at least"),
    # a glued million before what it counts, with no sign: "up to 60m doses" was 60
    ("allsides-6100", "allsides_2021a.jsonl", r"The US will share up to 60m doses[^\n]*?\.",
     60_000_000, "at most"),
    # a glued million is a round figure as "$334 million" is: "$281M" was exact
    ("ecbplus-43b", "ecbplus.jsonl", r"The deal cost AMD \$334 million[^\n]*?\.", 281_000_000, "about"),
])
def test_a_scale_written_short_is_read(story, file, pattern, value, qualifier):
    """Scales as headlines and wires shorten them (T45, T46 tuning stories): the NER leaves
    the short scale outside its entity, and the figure was read as the bare number."""
    read = _statements(story_sentence(story, pattern, file=file))
    assert (value, qualifier) in [(v, q) for v, q, _ in read], read


@pytest.mark.parametrize("text, value", [
    # the shapes of two tuning headlines (allsides-5999, allsides-5893), which no story
    # sentence holds: "$6T" was 6, "$70 mln" 70
    ("Biden releases $6T budget that foresees a decade of deficits", 6_000_000_000_000),
    ("Hackers demand $70 mln to restore data held by companies hit in cyberattack", 70_000_000),
])
def test_a_short_scale_of_a_headline_is_read(text, value):
    read = _statements(text)
    assert (value, "about") in [(v, q) for v, q, _ in read], read


def test_a_glued_m_before_a_race_is_metres():
    # written for this test: a distance in metres names a race, and a model's number a chip
    read = [v for v, _, _ in _statements("She won the 400m hurdles and two 100m relays, and the "
                                         "laptop ships with GeForce GT 650M graphics.")]
    assert not any(v >= 1_000_000 for v in read if isinstance(v, (int, float))), read
