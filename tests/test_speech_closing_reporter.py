"""Quotations inside a sentence that a closing "X said" reports, on real excerpts (T45, T38):
a verb with nothing it calls by the words ("serve as") is no namer of them; a name the parser
took into the reported clause still closes it as its speaker; a nation's word in the plural
is a people, not one person named before."""

from __future__ import annotations

from conftest import quote_speakers as _speakers, story_sentence


def test_a_verb_that_calls_nothing_so_is_no_namer():
    # 'The site is meant to serve as "..."': the site is what is described; the statement
    # that closes the sentence says the words
    text = story_sentence("allsides-6065",
                          r"The site is meant to serve as[^\n]*?said\.",
                          file="allsides_2021a.jsonl")
    speakers = _speakers(text)
    said = next(s for q, s in speakers.items() if "speak freely and safely" in q)
    assert said == "Team Trump", speakers


def test_a_name_the_parse_took_into_the_clause_still_closes_it():
    # '..., researcher Allan Liska at cybersecurity firm Recorded Future said.', the name
    # parsed as the object of "negotiate"
    text = story_sentence("allsides-5893",
                          r"The offer of a universal tool[^\n]*?said\.",
                          file="allsides_2021a.jsonl")
    speakers = _speakers(text)
    said = next(s for q, s in speakers.items() if "logistical nightmare" in q)
    assert said == "Allan Liska", speakers


def test_a_nation_in_the_plural_is_no_epithet_for_one_person():
    # 'The Palestinians called the meeting a "failure"' after a sentence naming envoy
    # Anthony Zinni: the Palestinians speak, not Zinni
    text = story_sentence("lee-17", r"Weeks of knife-edge[^\n]*?gone well\.",
                          file="gold/lee-abc/stories.jsonl")
    speakers = _speakers(text)
    said = next(s for q, s in speakers.items() if q.startswith("failure"))
    assert said and "Zinni" not in said and "Palestinians" in said, speakers
