"""Entity variants and label votes on the example reports and text written for the tests."""

from __future__ import annotations

import pytest

from conftest import story_cluster
from newsfuse.crosscheck.entities import find_entities, key_of


def _find(entities, name):
    return next(e for e in entities if e["name"] == name)


def test_us_spellings_merge(example_cluster):
    entities = find_entities(example_cluster)
    us = _find(entities, "United States")
    assert {"US", "United States", "USA"} <= set(us["variants"])
    assert us["label"] == "GPE" and us == entities[0]
    assert not any(e["name"] in ("US", "USA") for e in entities)


def test_dotted_acronym_merges_with_its_other_spellings():
    # three reports of one round of talks (text written for this test) write the country
    # "U.S.", "US" and "United States": one entity
    from newsfuse.analyze import analyze
    from newsfuse.clean import clean_articles
    from newsfuse.readers.text import article_from_text

    texts = ["Trade talks resume in Geneva\n\nNegotiators from the U.S. and the European Union met in "
             "Geneva on Monday to resume talks on steel tariffs.\n\nThe U.S. delegation said it hoped "
             "for an agreement before the summer.",
             "Steel tariffs back on the table\n\nThe US trade representative told reporters that both "
             "sides wanted to lower tariffs on steel and aluminium.\n\nEuropean officials said the US "
             "offer was a good start.",
             "Tariff talks open\n\nOfficials from the United States and Europe opened a new round of "
             "talks on Monday, a week after U.S. farmers asked for relief from retaliatory duties."]
    articles, _ = clean_articles([article_from_text(t, path=f"a{i}.txt") for i, t in enumerate(texts)])
    entities = find_entities(analyze(articles))
    us = [e for e in entities if "U.S." in e["variants"]]
    assert len(us) == 1 and {"US", "United States"} <= set(us[0]["variants"]) and us[0]["mentions"] >= 5


def test_deir_ezzor_transliterations_merge(example_cluster):
    entities = find_entities(example_cluster)
    deir = [e for e in entities if e["name"].startswith("Deir") and e["label"] == "GPE"]
    assert len(deir) == 1
    assert {"Deir Ezzor", "Deir Az Zor", "Deir al-Zour", "Deir el Zour"} <= set(deir[0]["variants"])
    # the airport is a different place
    assert any(e["name"] == "Deir Ezzor Airport" for e in entities)


def test_surnames_join_full_names_and_labels_vote(example_cluster):
    entities = find_entities(example_cluster)
    power = _find(entities, "Samantha Power")
    assert power["label"] == "PERSON" and "Ms Power" in power["variants"]
    churkin = _find(entities, "Vitaly Churkin")  # spaCy tags the bare surname as a place
    assert churkin["label"] == "PERSON" and "Churkin" in churkin["variants"]
    assert not any(e["name"] == "Churkin" for e in entities)
    un = _find(entities, "United Nations")
    assert "UN" in un["variants"]


def test_sorted_by_mentions_with_articles(example_cluster):
    entities = find_entities(example_cluster)
    counts = [e["mentions"] for e in entities]
    assert counts == sorted(counts, reverse=True)
    assert all(e["articles"] for e in entities)
    assert set(_find(entities, "Russia")["articles"]) == {"a1", "a2", "a3", "a4", "a5"}


def test_keys_do_not_merge_different_names():
    assert key_of("Foreign Ministry") != key_of("Defence Ministry")
    assert key_of("the U.S.") == key_of("US")
    assert key_of("United States of America") == key_of("the United States")


def test_one_person_one_entity_as_quotes_name_them():
    # the three reports write "Adam Schiff", "Representative Adam B. Schiff" and "Schiff";
    # quotes name him "Adam Schiff", and so does the entities table, once
    entities = find_entities(story_cluster("basil-b7021938-ff8d-42ea-adec-5704c0b65237"))
    schiff = [e for e in entities if "Schiff" in e["name"]]
    assert [e["name"] for e in schiff] == ["Adam Schiff"]
    assert {"Schiff", "Adam B. Schiff"} <= set(schiff[0]["variants"])
    mueller = [e for e in entities if e["label"] == "PERSON" and "Mueller" in e["name"]]
    assert [e["name"] for e in mueller] == ["Robert Mueller"]


def test_a_surname_two_people_share_stays_as_written():
    # a couple in politics (reports written for this test, in the shape of a frozen BASIL
    # story's): a bare "Keller" is not folded into either, and her middle name stays hers
    from newsfuse.analyze import analyze
    from newsfuse.clean import clean_articles
    from newsfuse.model import Article

    reports = [("Kellers campaign together in Ohio",
                "Former governor Maria Anne Keller spoke to voters in Columbus on Tuesday. Her husband, former "
                "senator Tom Keller, joined her on stage and praised her record on schools. Keller told the crowd "
                "that the state needed new roads."),
               ("Maria Keller makes her case in Columbus",
                "Maria Keller promised to raise teachers' pay. Tom Keller, who served two terms in the Senate, said "
                "little. Keller has not said whether she will debate her rival."),
               ("Keller rally draws thousands",
                "Thousands came to hear Maria Keller on Tuesday. Tom Keller stood behind her. Keller's aides said the "
                "tour would continue in Dayton on Friday.")]
    articles, _ = clean_articles([Article(title=title, text=text) for title, text in reports])
    people = [e for e in find_entities(analyze(articles)) if e["label"] == "PERSON"]
    assert not any(e["name"] != "Keller" and "Keller" in e["variants"] for e in people), people
    assert any(e["name"] == "Maria Keller" and "Maria Anne Keller" in e["variants"] for e in people), people


def test_names_read_only_in_title_case_headlines_are_not_listed():
    # AllSides story 6080 (three reports of falling Covid-19 deaths): the headlines "COVID
    # Deaths Continue to Decline in U.S." and "Vaccines Appear to Be Slowing Spread of Covid-19
    # Infections" are written in title case, and the parser read people "COVID Deaths Continue"
    # and "Vaccines Appear" and organisations "Be Slowing Spread" and "Infections" in them; no
    # article's text names any. What the texts name stays.
    cluster = story_cluster("allsides-6080", "allsides_2021a.jsonl")
    read = {e.text for s in cluster.sentences if s.is_headline for e in s.entities}
    assert {"COVID Deaths Continue", "Vaccines Appear"} <= read, read  # the slips this is about
    names = {e["name"] for e in find_entities(cluster)}
    assert not any(w in n for n in names for w in ("Continue", "Appear", "Slowing", "Infections")), names
    assert {"Centers for Disease Control and Prevention", "Johns Hopkins University"} <= names


def test_a_name_in_a_sentence_case_headline_is_listed():
    # a headline written as a sentence is read as one ("Cuba blames US, social media for
    # uprising ..." in the same story): a name it alone carries is still a name
    from newsfuse.analyze import analyze
    from newsfuse.clean import clean_articles
    from newsfuse.readers.text import article_from_text

    text = ("Havana police detain protest organiser\n\nPolice in the capital detained one of the "
            "organisers of Sunday's protests, his family said on Monday.\n\nHe was taken from his "
            "home in the early hours, a neighbour said.")
    articles, _ = clean_articles([article_from_text(text, path="a.txt")])
    assert "Havana" in {e["name"] for e in find_entities(analyze(articles))}


def test_a_word_capitalised_only_where_it_opens_a_sentence_is_no_name():
    # ECB+ story 13a (the Wasilla church fire): "Arson is suspected in the burning of ..."
    # gave a person "Arson" and "Flames ..." an organisation; the reports write "arson" and
    # "flames" in lower case inside their sentences. Names written inside sentences stay,
    # and so does an acronym that is also a word ("US" beside "us")
    entities = find_entities(story_cluster("ecbplus-13a", "ecbplus.jsonl"))
    names = {e["name"] for e in entities}
    assert not names & {"Arson", "Flames"}, names
    assert {"Sarah Palin", "Wasilla Bible Church", "Larry Kroon", "Anchorage"} <= names
