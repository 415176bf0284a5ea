"""Timeline dates on the example reports and on dated MultiLing articles."""

from __future__ import annotations

import copy
from dataclasses import replace
from datetime import date, timedelta

import pytest


from conftest import record_cluster
from newsfuse.crosscheck.timeline import build_timeline, compared_sentences, dated_mentions


def _with_dates(cluster, **published):
    c = copy.copy(cluster)
    c.articles = [copy.copy(a) for a in cluster.articles]
    for aid, day in published.items():
        c.article(aid).published = day
    return c


def _dates_of(cluster, article, needle):
    return {m.date.isoformat() for m in dated_mentions(cluster)
            if m.sentence.article == article and needle in m.sentence.text}


def test_saturday_resolves_against_publication_date(example_cluster):
    c = _with_dates(example_cluster, a2="2016-09-18")
    assert _dates_of(c, "a2", "around 60 Syrian soldiers on Saturday") == {"2016-09-17"}
    event = next(e for e in build_timeline(c) if "a2" in e["articles"] and "60 Syrian" in e["text"])
    assert event["anchor"] == "published 2016-09-18"


def test_undated_cluster_uses_latest_stated_date(example_cluster):
    # the photo caption cleaning removed from a1 still dates the cluster: Sept 20, 2016
    timeline = build_timeline(example_cluster)
    saturday = [e for e in timeline if "strikes occurred Saturday" in e["text"]]
    assert saturday and saturday[0]["date"] == "2016-09-17"
    assert saturday[0]["anchor"] == "latest date in cluster 2016-09-20"
    assert [e["date"] for e in timeline] == sorted(e["date"] for e in timeline)


def test_explicit_day_month_and_weekday_pin(example_cluster):
    # a4: "came into effect at sunset on Monday (12 September)"
    assert _dates_of(example_cluster, "a4", "Monday (12 September)") == {"2016-09-12"}
    # a3 says "last Monday" for the same ceasefire start: the cluster's stated Monday wins
    assert "2016-09-12" in _dates_of(example_cluster, "a3", "took effect last Monday")


def test_vague_expressions_are_not_dated(example_cluster):
    texts = {m.sentence.text for m in dated_mentions(example_cluster)}
    for vague in ("held for five days", "five-year civil war", "for years in Deir Ezzor",
                  "past 24 hours"):
        assert not any(vague in t and "Saturday" not in t for t in texts), vague


def test_same_event_merged_across_articles(example_cluster):
    timeline = build_timeline(example_cluster)
    late_saturday = [e for e in timeline if "late Saturday" in " ".join(
        m["expression"] for m in e["mentions"])]
    assert len(late_saturday) == 1
    assert late_saturday[0]["articles"] == ["a3", "a5"]


def test_only_the_sentences_a_comparison_reads_are_embedded(example_cluster):
    """A day one article alone gives is never compared with another report's, and two
    reports' sentences on one day that share too few content words are never one event, so
    neither is embedded; the timeline is the one built with every dated sentence embedded."""
    from newsfuse.crosscheck.timeline import MERGE_OVERLAP
    from newsfuse.similarity import content_overlap
    from newsfuse.model import Cluster

    def fresh():
        asked = []
        c = Cluster(articles=example_cluster.articles, sentences=example_cluster.sentences,
                    vectors=example_cluster.vectors, docs=example_cluster.docs,
                    embed=lambda sentences: (asked.extend(s.index for s in sentences),
                                             example_cluster.embed(sentences))[1])
        return c, asked

    mentions = dated_mentions(example_cluster)
    dated = {m.sentence.index for m in mentions}
    days: dict = {}
    for m in mentions:
        days.setdefault(m.date, set()).add(m.sentence.article)
    shared = {m.sentence.index for m in mentions if len(days[m.date]) > 1}
    assert shared and shared < dated  # the examples have both kinds: the cut is exercised
    alike = {s.index for a in mentions for b in mentions for s in (a.sentence, b.sentence)
             if a.date == b.date and a.sentence.article != b.sentence.article
             and content_overlap(a.sentence, b.sentence) >= MERGE_OVERLAP}
    assert alike and alike <= shared
    cluster, asked = fresh()
    timeline = build_timeline(cluster)
    assert sorted(asked) == sorted(set(compared_sentences(mentions))) == sorted(alike)
    full, asked = fresh()
    full.embeddings_for(sorted(dated))
    asked.clear()
    assert build_timeline(full) == timeline and asked == []


def _written_cluster(*reports: tuple[str, str]):
    """A cluster of reports written for a test, each (published, text)."""
    from newsfuse.analyze import analyze
    from newsfuse.model import Article

    return analyze([Article(text=text, published=published) for published, text in reports])


def test_relative_days_use_each_articles_date():
    # reports of one conference written for this test, on Wednesday Dec. 12 and Saturday Dec. 15
    cluster = _written_cluster(
        ("2007-12-12", "Delegates at the climate conference said the talks were expected to end on Friday. "
                       "Ministers arrived in the city on Tuesday."),
        ("2007-12-15", "The talks ran late into the night. Yesterday evening the conference chairman had "
                       "said that a deal was close, but delegates kept arguing over the text."))
    # "Yesterday evening ... had said" in the report of Saturday Dec 15
    assert _dates_of(cluster, "a2", "Yesterday evening") == {"2007-12-14"}
    # "expected to end on Friday" in the report of Wednesday Dec 12 is the coming Friday
    assert _dates_of(cluster, "a1", "expected to end on Friday") == {"2007-12-14"}
    for event in build_timeline(cluster):
        date.fromisoformat(event["date"])
        assert event["anchor"]


def test_a_date_that_names_an_attack_is_not_an_event(example_cluster):
    # a1: "... at the site of the September 11, 2001, attacks" in a report of September 2016
    assert any("September 11, 2001, attacks" in s.text for s in example_cluster.sentences)
    assert all(m.date.year == 2016 for m in dated_mentions(example_cluster))


def test_yearless_name_is_not_moved_into_the_reporting_year():
    # reports written for the test, of 2016-09-28, on the veto of a bill for "families of those
    # killed in the Sept. 11 attacks": a yearless date naming the attacks, 17 days back and
    # dated nowhere else in the cluster, is that name (2001), not 2016-09-11
    cluster = _written_cluster(
        ("2016-09-28", "Congress voted on Wednesday to override the president's veto of a bill that "
                       "would let families of those killed in the Sept. 11 attacks sue the government "
                       "of Saudi Arabia. The Senate vote was 97 to 1."),
        ("2016-09-28", "Relatives of victims of the Sept. 11 attacks cheered in the House gallery on "
                       "Wednesday. The president had vetoed the bill on Friday, Sept. 23."))
    days = {m.date.isoformat() for m in dated_mentions(cluster)}
    assert "2016-09-11" not in days and "2001-09-11" not in days
    assert days == {"2016-09-28", "2016-09-23"}  # the story's own dates are still there


def test_relative_days_are_read_by_dateparser_against_the_publication_date(example_cluster):
    c = _with_dates(example_cluster, a3="2016-09-18")
    # a3: "... on Saturday night", published on Sunday the 18th
    assert {m.date.isoformat() for m in dated_mentions(c) if m.sentence.article == "a3"
            and "Saturday" in m.expression} == {"2016-09-17"}


def test_weekday_after_a_name_is_a_date():
    # a report written for the test, published Tuesday, March 29, 2016: "a mass rescue at Shell
    # Beach Tuesday"; words outside the weekday's entity do not make it a name (the old rule
    # took "Beach Tuesday" for one, as in "Super Tuesday")
    cluster = _written_cluster(
        ("2016-03-29", "Lifeguards carried out a mass rescue at Shell Beach Tuesday after a sudden swell "
                       "swept a dozen swimmers off the rocks."))
    assert _dates_of(cluster, "a1", "at Shell Beach Tuesday") == {"2016-03-29"}


@pytest.fixture(scope="module")
def romney_speech():
    # undated reports of a speech written for this test, cleaned as a brief reads them: a2 is
    # a blog post opening with its stamp "posted at 10:01 pm on March 2, 2016 by Ann Lee"; a4
    # embeds a post of March 3 and one of March 2
    return record_cluster({"id": "written", "documents": [
        "The former governor will give a speech on the state of the race, his aides said.",
        "posted at 10:01 pm on March 2, 2016 by Ann Lee\n\n"
        "The former governor will attack the front-runner when he speaks at the state university tomorrow.\n\n"
        "With the front-runner's big wins on Tuesday, party leaders are worried.\n\n"
        "The speech will be broadcast live.",
        "The governor's aide, who turns 37 today, said the speech was written by hand.",
        "A senator praised the points the former governor described in his speech today.\n\n"
        "The speaker only learned last night that the front-runner would respond.\n\n"
        "\"If he had said 4 years ago the things he says today, I would have lost,\" the governor wrote.\n\n"
        "The choice is clear for our party. — Jim Dole (@JimDole) March 3, 2016\n\n"
        "The former governor is having a press event tomorrow to attack me. (1/2) — Bob Smith "
        "(@BobSmith) March 2, 2016"]})


def test_a_page_stamp_line_dates_the_article(romney_speech):
    # the page's stamp line (removed by cleaning or kept, it is read either way) dates a2
    assert _dates_of(romney_speech, "a2", "when he speaks at the state university tomorrow") == {"2016-03-03"}
    assert _dates_of(romney_speech, "a2", "big wins on Tuesday") == {"2016-03-01"}


def test_relative_day_inside_an_embedded_post_counts_from_its_stamp(romney_speech):
    # "... is having a press event tomorrow to attack me. (1/2) — Bob Smith
    # (@BobSmith) March 2, 2016" in a4, whose day of writing is March 3 (its latest post): the
    # stamp, and the day after it
    assert _dates_of(romney_speech, "a4", "press event tomorrow to attack me") == {"2016-03-02", "2016-03-03"}


def test_today_of_an_undated_article_counts_from_its_latest_embedded_post(romney_speech):
    # a4 embeds a post of March 3, the cluster's latest date: the senator's praise for "his
    # speech today" and the speaker who "only learned last night"
    assert _dates_of(romney_speech, "a4", "described in his speech today") == {"2016-03-03"}
    assert _dates_of(romney_speech, "a4", "The speaker only learned last night") == {"2016-03-02"}
    # a quotation's "If he had said 4 years ago the things he says today" is no day
    assert _dates_of(romney_speech, "a4", '"If he had said 4 years ago') == set()
    # a3 embeds nothing and states no date: its "today" stays undated
    assert _dates_of(romney_speech, "a3", "who turns 37 today") == set()


def test_short_embedded_post_is_kept_and_dated_and_a_counterfactual_today_is_not():
    # an undated report written for this test, cleaned as a brief reads it: a three-word post
    # with no full stop used to go as a headline-like line; its stamp keeps it and dates it
    cluster = record_cluster({"id": "written", "documents": [
        "The senator broke with her party on the tax bill.\n\nCountry over Party pic.twitter.com/AbCdEf12 "
        "— Jane Roe (@JaneRoe) December 5, 2017\n\nA poll found she would lose if the vote "
        "were held today."]})
    assert _dates_of(cluster, "a1", "Country over Party") == {"2017-12-05"}
    assert _dates_of(cluster, "a1", "if the vote were held today") == set()


def test_a_dated_caption_anchors_the_article_it_sits_in():
    # undated reports written for the test: a2's wire caption writes its weekday beside its
    # date ("Monday, May 7, 2012"), which makes the cluster's latest date a day of the reports'
    # week; a1's "on Friday" (beside its own caption of May 2) is the Friday before it
    cluster = _written_cluster(
        (None, "The activist's village was under lockdown on Friday, and journalists who tried to visit "
               "were turned away.\n\nA photo released by the embassy shows the activist speaking on a "
               "phone in the capital, May 2, 2012."),
        (None, "Officials said on Friday that the activist could apply to study abroad.\n\nPetitioners "
               "wait outside the hospital where the activist is staying in the capital, Monday, May 7, "
               "2012."))
    assert _dates_of(cluster, "a1", "village was under lockdown on Friday") == {"2012-05-04"}


def _trial_reports():
    """Reports of a trial written for these tests, cleaned as a brief reads them: a1 and a2
    undated, each opening with a date line cleaning removes ("THURSDAY, APRIL 11, 2013, 9:05
    AM", "UPDATED: 08:41 GMT, 12 April 2013"), a3 and a4 published April 12, a5 (the verdict)
    April 24: read back from the verdict's day, a1's and a2's weekdays fall a week late."""
    from newsfuse.analyze import analyze
    from newsfuse.clean import clean_articles
    from newsfuse.model import Article

    return analyze(clean_articles([Article(text=text, published=published) for published, text in (
        (None, "THURSDAY, APRIL 11, 2013, 9:05 AM\n\nA teenager accused of shooting a classmate outside "
               "their school went on trial Wednesday in the county court."),
        (None, "UPDATED: 08:41 GMT, 12 April 2013\n\nJurors on Thursday saw a recording of the shooting. A "
               "witness had expected to testify on Thursday, but his evidence was delayed until Monday."),
        ("2013-04-12", "The judge adjourned the hearing of the officer's evidence until Monday."),
        ("2013-04-12", "Prosecutors say the boy fired six shots on a Friday afternoon outside the school "
                       "gates."),
        ("2013-04-24", "The jury found the teenager guilty on Tuesday."))])[0])


def test_page_date_lines_and_put_off_days_in_a_trial_story():
    cluster = _trial_reports()
    assert _dates_of(cluster, "a1", "went on trial Wednesday") == {"2013-04-10"}
    assert _dates_of(cluster, "a2", "Jurors on Thursday saw a recording") == {"2013-04-11"}
    # "had expected to testify ... on Thursday" is past; "delayed until Monday" lies ahead
    assert _dates_of(cluster, "a2", "had expected to testify") == {"2013-04-11", "2013-04-15"}
    assert _dates_of(cluster, "a3", "evidence until Monday") == {"2013-04-15"}
    # "six shots on a Friday afternoon" (the day of the shooting) is no Friday of the trial
    assert _dates_of(cluster, "a4", "on a Friday afternoon") == set()


def test_a_date_line_whose_time_was_split_into_tokens_dates_the_article():
    # an undated report written for the test opens with the date line "April 12, 2013 | 6:
    # 30am" (text re-joined from tokens, as ECB+ stores it, so the clock reads "6: 30am");
    # cleaning removes the line. The line is all that says when the report was written (the
    # other report is of April 24), and its "Jurors yesterday were shown footage" is April 11
    from newsfuse.analyze import analyze
    from newsfuse.clean import clean_articles
    from newsfuse.model import Article

    cluster = analyze(clean_articles([
        Article(text="April 12, 2013 | 6: 30am\n\nJurors yesterday were shown footage from a store camera "
                     "that showed the shooting."),
        Article(text="The jury found the teenager guilty on Tuesday.", published="2013-04-24")])[0])
    assert "April 12, 2013 | 6: 30am" in cluster.article("a1").removed
    assert _dates_of(cluster, "a1", "Jurors yesterday were shown footage") == {"2013-04-11"}


def test_a_page_stamp_in_figures_dates_the_article():
    # an undated report written for this test opens with "First Posted: 10 / 25 / 11 06:44 PM
    # ET Updated: 12 / 25 / 11 05:12 AM ET", kept as text. Without the stamp, its "two boys
    # arrested on Tuesday" and "last Friday" were read back from the cluster's latest date,
    # April 2013 (another report's); the stamp makes them Oct. 25 and Oct. 21, 2011
    cluster = _written_cluster(
        (None, "First Posted: 10 / 25 / 11 07:15 PM ET Updated: 11 / 02 / 11 09:30 AM ET\n\nPolice said the "
               "shooter was one of two boys arrested on Tuesday after a fight that began last Friday."),
        ("2013-04-10", "The trial of the teen opened in a packed courtroom."))
    assert any(s.text.startswith("First Posted: 10 / 25 / 11") for s in cluster.sentences_of("a1"))
    assert _dates_of(cluster, "a1", "one of two boys arrested on Tuesday") == {"2011-10-25", "2011-10-21"}


def test_a_stamp_word_before_a_long_run_of_spaces_is_read_in_linear_time():
    """A line cleaning removes keeps its spaces ("Posted" and a byline padded apart, as text
    copied from a page's columns comes), and every removed line and sentence is asked whether
    it is a page stamp. The stamp in figures read the run after "Posted" with two ``\\s*``
    around an optional colon, so a line with no date tried every split of the run: 6,000
    spaces took 3.3 seconds of the timeline, 8,000 about 6. The stamp after such a run is
    still read."""
    import time

    from newsfuse.dates import stamp_line

    started = time.perf_counter()
    assert stamp_line("Posted" + " " * 8000 + "by Staff Reporter") is None
    assert time.perf_counter() - started < 1.5
    assert stamp_line("First Posted:" + " " * 8000 + "10 / 25 / 11 06:44 PM ET") == "2011-10-25"


def test_a_weekday_is_not_read_from_another_reports_date_line_when_the_article_states_no_date():
    # reports of a trial written for the test, published Oct. 26, 2011 (a1) and April 24, 2013
    # (a2); a3 and a4 state no date. Read back from the latest report's day, a3's "died on
    # Friday" (the shooting of 2011) became April 19, 2013, and a4's "Jurors on Thursday" the
    # day before it. Another report's day of writing gives the year, not the week: the
    # weekdays are withheld, and a yearless date still takes its year from it
    cluster = _written_cluster(
        ("2011-10-26", "The boy was charged as an adult on Tuesday, prosecutors said."),
        ("2013-04-24", "The jury reached its verdict on Tuesday after two days of talks."),
        (None, "The boy's classmate died on Friday, a day after he was shot."),
        (None, "Jurors on Thursday saw a recording of the shooting. His sentencing is set for May 7."))
    assert _dates_of(cluster, "a3", "died on Friday") == set()
    assert _dates_of(cluster, "a4", "Jurors on Thursday saw a recording") == set()
    assert _dates_of(cluster, "a4", "His sentencing is set for May 7") == {"2013-05-07"}


def test_a_date_in_brackets_after_this_morning_states_the_day_of_writing():
    # an undated report written for this test: "the strong earthquake that rocked the hill
    # towns early this morning (Aug. 24)"; its "today's quake" is that day, not the day after
    # that another report of the cluster was published
    quake = _written_cluster(
        (None, "The strong earthquake that rocked the hill towns early this morning (Aug. 24) flattened "
               "old stone houses. The center of today's quake was near a small village, officials said."),
        ("2016-08-25", "Rescuers dug through the rubble of the hill towns through the night."))
    assert _dates_of(quake, "a1", "The center of today's quake") == {"2016-08-24"}


def test_weekday_is_not_read_back_from_a_background_date():
    # an obituary written for this test: its only full date is the girl's birth, "born in
    # Ashford on Dec. 4, 2001"; "died Monday" read back from it was Dec. 3, 2001, the day
    # before her birth, and the visitation "on Saturday" Dec. 1. The birth date stays
    obituary = _written_cluster(
        (None, "A memorial was held for the girl who died Monday. Visitation will be at 5 p.m. on Saturday. "
               "She was born in Ashford on Dec. 4, 2001."),
        (None, "Friends gathered at the school after she died Monday."))
    assert _dates_of(obituary, "a1", "girl who died Monday") == set()
    assert _dates_of(obituary, "a2", "after she died Monday") == set()
    assert _dates_of(obituary, "a1", "at 5 p.m. on Saturday") == set()
    assert _dates_of(obituary, "a1", "born in Ashford on Dec. 4, 2001") == {"2001-12-04"}
    # the latest date is a file photo, "In this May 10, 2012 file photo", a Thursday;
    # "delivered Friday" read back from it was May 4; nothing names the photo's weekday
    report = _written_cluster(
        (None, "The report was delivered Friday to lawmakers. In this May 10, 2012 file photo, the minister "
               "speaks to reporters. The previous report, on Dec. 15, 2011, found no change."))
    assert _dates_of(report, "a1", "delivered Friday") == set()
    assert _dates_of(report, "a1", "The previous report, on Dec. 15, 2011") == {"2011-12-15"}


def test_weekday_is_not_read_back_from_a_day_the_reports_tell_as_coming():
    # undated reports written for this test of an actor named host of an awards show: the only
    # full date is the ceremony, "will be the host of the ceremony, televised live on Sunday,
    # February 22, 2009" (a3), a day ahead of every report; the weekday written beside it
    # would confirm it as the reports' week, and "named ... On Friday" read back to Feb. 20,
    # 2009. The yearless dates still take its year
    cluster = _written_cluster(
        (None, "On Friday, the academy named the actor host of its awards show."),
        (None, "\"I am thrilled,\" he said on Thursday."),
        (None, "The actor will be the host of the ceremony, shown live on Sunday, February 22, 2009."),
        (None, "The ceremony will take place at the city's grand theater on February 22."))
    assert _dates_of(cluster, "a1", "On Friday, the academy") == set()
    assert _dates_of(cluster, "a2", "he said on Thursday") == set()
    assert _dates_of(cluster, "a3", "shown live on Sunday, February 22, 2009") == {"2009-02-22"}
    assert _dates_of(cluster, "a4", "The ceremony will take place") == {"2009-02-22"}


def _early_stamp_reports():
    """Reports of one dispute written for these tests: a1 given as published Saturday, Aug.
    14, 2010 (a date set a few days before its page went up), a2 and a3 published Monday,
    Aug. 16, telling the same Monday."""
    return _written_cluster(
        ("2010-08-14", "Party leaders on Monday intensified efforts to make the new center a campaign issue. "
                       "The governor gave no sign of retreat on Monday."),
        ("2010-08-16", "The majority leader broke with the president Monday over the plan. The president "
                       "first joined the fight Friday."),
        ("2010-08-16", "The majority leader broke with the president on Monday, saying the center should be "
                       "built elsewhere."))


def test_a_weekday_read_days_back_from_an_early_stated_date_is_the_day_other_reports_give_it():
    # a1's "Party leaders on Monday intensified efforts" was read back to Aug. 9; the other
    # reports give that Monday as Aug. 16. a2's "Friday" (read back three days from its own
    # date) stays
    cluster = _early_stamp_reports()
    assert cluster.article("a1").published == "2010-08-14"
    assert _dates_of(cluster, "a1", "Party leaders on Monday") == {"2010-08-16"}
    assert _dates_of(cluster, "a1", "gave no sign of retreat on Monday") == {"2010-08-16"}
    assert _dates_of(cluster, "a2", "broke with the president Monday") == {"2010-08-16"}
    assert _dates_of(cluster, "a2", "first joined the fight Friday") == {"2010-08-13"}


def test_an_early_stated_date_is_read_from_the_mention_not_from_its_label(monkeypatch):
    # the same reports: the stated publication date a weekday was read against travels with
    # the mention (``Mention.stated``); the anchor's label is words for the reader, and a
    # label worded otherwise moves the same weekdays
    from newsfuse.crosscheck import timeline

    cluster = _early_stamp_reports()
    seen = []
    original = timeline.early_stamp_weekdays
    monkeypatch.setattr(timeline, "early_stamp_weekdays", lambda ms: seen.extend(ms) or original(ms))
    dated_mentions(cluster)
    monday = next(m for m in seen if m.sentence.article == "a1"
                  and "Party leaders on Monday" in m.sentence.text)
    assert monday.stated == date(2010, 8, 14) and monday.date == date(2010, 8, 9)
    relabelled = [replace(m, anchor="the date the report gives") for m in seen]
    moved = next(m for m in original(relabelled) if m.sentence is monday.sentence and m.start == monday.start)
    assert moved.date == date(2010, 8, 16)


def test_a_yearless_date_takes_the_year_the_sentence_tells():
    # a report of May 6, 2010 (written for this test): "a plane that crashed on June 1 last
    # year" was read to the nearest June 1, 2010, four weeks after the report
    crash = _written_cluster(
        ("2010-05-06", "Investigators released a new report on the cargo plane that crashed on June 1 last "
                       "year off the northern coast. Its flight recorders were found in April."),
        ("2010-05-06", "The families of the crew met officials in the capital on Thursday."))
    assert "2009-06-01" in _dates_of(crash, "a1", "crashed on June 1 last year")
    assert "2010-06-01" not in _dates_of(crash, "a1", "crashed on June 1 last year")


def test_a_yearless_date_naming_a_noun_ahead_of_the_report_is_an_event_only_when_told_as_coming():
    # reports of Aug. 14 and 16, 2010 written for this test: "using the Sept. 11 attacks"
    # and "respect for Sept. 11 families" name the 2001 attacks; read to the nearest Sept.
    # 11 they were Sept. 11, 2010, four weeks ahead of the reports
    mosque = _written_cluster(
        ("2010-08-14", "The senator accused his rivals of using the Sept. 11 attacks for votes. He "
                       "spoke in Ohio on Friday."),
        ("2010-08-16", "The mayor urged respect for Sept. 11 families during the debate over the new "
                       "center."))
    assert _dates_of(mosque, "a1", "using the Sept. 11 attacks") == set()
    assert _dates_of(mosque, "a2", "respect for Sept. 11 families") == set()
    # a report of Nov. 9, 2017: "as she heads into the Dec. 12 runoff" tells a day 33 days
    # ahead as coming: the election of Dec. 12, 2017
    race = _written_cluster(
        ("2017-11-09", "The candidate denied the claims as she heads into the Dec. 12 runoff against a "
                       "former prosecutor."))
    assert _dates_of(race, "a1", "heads into the Dec. 12 runoff") == {"2017-12-12"}


def test_weekday_read_back_when_the_cluster_names_its_latest_day():
    # undated reports written for this test: a search "on Dec. 13, 2018" and an embedded
    # post stamped that day, and the articles say the threats came "Thursday" (Dec. 13, 2018
    # was a Thursday): the post says the latest date is a day of the reports' week
    threats = _written_cluster(
        (None, "Police said the threats sent Thursday were a hoax.\n\nOfficers searched a school in "
               "Chicago on Dec. 13, 2018, after the emails arrived."),
        (None, "The bureau posted on Thursday evening that there was no credible danger to the public.\n\n"
               "We are aware of the emailed threats and there is no credible danger at this time. "
               "— FBI Chicago (@FBIChicago) December 13, 2018"))
    assert _dates_of(threats, "a1", "the threats sent Thursday") == {"2018-12-13"}
    assert _dates_of(threats, "a2", "The bureau posted on Thursday evening") == {"2018-12-13"}


def test_a_weekday_named_somewhere_does_not_tie_a_background_date_to_the_story_week():
    # reports of an auction of old letters written for this test: the latest full date is
    # "On Wednesday morning, August 14, 1963, the first lady went into labor"; a2 naming a
    # Wednesday as past made it count as the reports' week, and "at Monday's auction" (a sale
    # of today) was read back to Aug. 12, 1963. A bare weekday matches any date one time in seven
    auction = _written_cluster(
        (None, "The letters sold for $88,000 at Monday's auction in Boston. On Wednesday morning, August 14, "
               "1963, the first lady went into labor."),
        (None, "The auction house first reported the sale on its website Wednesday."))
    assert _dates_of(auction, "a1", "at Monday's auction") == set()
    assert _dates_of(auction, "a1", "On Wednesday morning, August 14, 1963") == {"1963-08-14"}


def test_a_later_day_told_as_past_moves_the_latest_date_off_the_day_of_writing():
    # undated reports written for the test: the only full date is the day the bodies were
    # found, "Dec. 15, 2017", a Friday; the police's "Friday" weeks on was read back to it.
    # a1 tells that "the listing was taken down Dec. 20": the reports were written after Dec.
    # 20, and nothing names that day's week, so the Fridays stay undated rather than wrong
    farm = _written_cluster(
        (None, "The bodies of the couple were found in their farmhouse on Dec. 15, 2017. The farm had been "
               "put up for sale on Nov. 27, and the listing was taken down Dec. 20, an agent said. Police "
               "updated reporters Friday on the case."),
        (None, "The lead detective said Friday that no arrest had been made."),
        (None, "Neighbours said the couple were last seen alive late on Dec. 13."))
    assert _dates_of(farm, "a1", "updated reporters Friday") == set()
    assert _dates_of(farm, "a2", "The lead detective said Friday") == set()
    assert _dates_of(farm, "a1", "the listing was taken down Dec. 20") == {"2017-11-27", "2017-12-20"}
    assert _dates_of(farm, "a3", "last seen alive late on Dec. 13") == {"2017-12-13"}
    from newsfuse.crosscheck import timeline as tl

    spans = tl.sentence_spans(farm)
    found = {s.index: tl.expressions(s, spans.get(s.index)) for s in farm.sentences}
    assert tl.cluster_anchors(farm, found)["a2"].day == date(2017, 12, 20)
    # a day ahead is no proof the reports were written later: "would be in Norway by Sept. 9"
    # (a letter of 1955) and "before he leaves office Feb. 28" are not told as past: the
    # latest date stays the one the report states in full
    letter = ("In a letter dated March 3, 1955, the scientist wrote that he would be in Norway by Sept. 9.",
              "The letter was sold at auction.")
    governor = ("The governor, who took office on Jan. 3, 2015, promised to sign the bill before he leaves "
                "office Feb. 28.", "Lawmakers passed the bill in the spring.")
    for first, texts in ((date(1955, 3, 3), letter), (date(2015, 1, 3), governor)):
        cluster = _written_cluster(*((None, text) for text in texts))
        spans = tl.sentence_spans(cluster)
        found = {s.index: tl.expressions(s, spans.get(s.index)) for s in cluster.sentences}
        assert tl.cluster_anchors(cluster, found)["a1"].day == first, texts[0]


def test_todays_event_dated_by_its_weekday_in_the_same_article_fixes_its_today():
    # undated reports written for the test: a3 states no date, but its "Aftershocks following
    # today's earthquake" and "The earthquake which struck ... in the early hours of Wednesday
    # morning" (Aug. 24, 2016, pinned by a1's caption) make its today that Wednesday
    from newsfuse.analyze import analyze
    from newsfuse.clean import clean_articles
    from newsfuse.model import Article

    quake = analyze(clean_articles([Article(text=text, published=published) for published, text in (
        (None, "Rescuers searched the rubble of the hill towns through the night.\n\nA woman is carried "
               "from a collapsed house in the town of Sella, central Italy, Wednesday, Aug. 24, 2016."),
        ("2016-08-26", "The death toll rose to 267 on Friday as rescuers gave up hope of finding more "
                       "survivors."),
        (None, "The earthquake which struck the hill towns in the early hours of Wednesday morning flattened "
               "whole streets. Aftershocks following today's earthquake were felt on the coast. Buses left "
               "with departures this morning to the nearest city."))])[0])
    assert _dates_of(quake, "a3", "Aftershocks following today's earthquake") == {"2016-08-24"}
    assert _dates_of(quake, "a3", "with departures this morning") == {"2016-08-24"}
    # a1's "today's unanimous vote" names no event the article dates (its "Friday morning" is
    # the draft's, in a sentence without the vote): its today stays undated
    vote = _written_cluster(
        (None, "The council backed the climate plan in today's unanimous vote. Delegates finished the "
               "draft on Friday morning after a week of talks."),
        (None, "The plan was approved on Saturday, Dec. 12, 2015, after two weeks of talks. Protesters "
               "marched on Saturday."))
    assert _dates_of(vote, "a1", "finished the draft on Friday morning") == {"2015-12-11"}
    assert _dates_of(vote, "a1", "today's unanimous vote") == set()


def test_weekday_six_days_back_is_the_day_after_when_the_article_names_the_anchors_day():
    # undated reports written for this test: the cluster's latest date is Monday, May 7, 2012
    # (a2's caption); a1 tells of "the official he met on Monday", so it was written that day
    # or later, and the activist "saying on Tuesday" is May 8, not May 1
    cluster = record_cluster({"id": "written", "documents": [
        "The activist said of the official he met on Monday that the man seemed sincere.\n\nHe called a "
        "friend, saying on Tuesday that his family still faces threats.",
        "Supporters gather outside the hospital in the capital on Monday, May 7, 2012.\n\nThe activist is "
        "being treated for a broken foot."]})
    assert _dates_of(cluster, "a1", "saying on Tuesday that his family") == {"2012-05-08"}
    assert _dates_of(cluster, "a1", "the official he met on Monday") == {"2012-05-07"}


def test_a_yearless_day_in_a_clause_about_the_future_is_not_read_into_the_past():
    # reports of autumn 2013 written for this test: "The ban is set to expire Jan. 1"
    # was read as Jan. 1, 2013, nine months gone; the coming Jan. 1 lies more than 60 days
    # ahead, which the timeline leaves out like any far-ahead yearless day no other report dates
    ban = _written_cluster(
        (None, "The city council voted to extend the ban on new shops, which existed prior to Oct. 1, 2013. "
               "The ban is set to expire Jan. 1 unless the council acts again."),
        (None, "Shop owners said on Oct. 2, 2013 that they would sue the city."))
    assert _dates_of(ban, "a1", "The ban is set to expire Jan. 1") == set()
    assert _dates_of(ban, "a1", "existed prior to Oct. 1, 2013") == {"2013-10-01"}


@pytest.fixture(scope="module")
def debate_reports():
    # undated reports of a candidate skipping a debate written for these tests, cleaned as a
    # brief reads them: a1's post stamp says they were written on Wednesday, Jan. 27, 2016,
    # the day before the debate of Thursday, Jan. 28
    return record_cluster({"id": "written", "documents": [
        "The candidate said he would skip the network's Thursday debate.\n\nHe is angry at the network. "
        "— Pat Kim (@PatKim) January 27, 2016",
        "The candidate said Tuesday night that he might not attend the network's debate this Thursday.",
        "The network is hosting a sanctioned debate in the capital on Thursday night.\n\nThe candidate is "
        "still invited to Thursday night's debate, the network said.",
        "The candidate announced Tuesday night that he would not take part in the debate set for Thursday.",
        "The mayor intends to leave the city on Friday for a week of meetings.",
        "Thursday's debate is the party's final one before the voting starts."]})


def test_a_weekday_told_as_not_yet_done_is_the_coming_one(debate_reports):
    # a weekday under a modal, in the present progressive, as an infinitive under a verb in the
    # present, or after "set for" is the coming one; read back it was Jan. 21, a week early
    fox = debate_reports
    assert "2016-01-28" in _dates_of(fox, "a2", "he might not attend the network's debate this Thursday")
    assert _dates_of(fox, "a1", "would skip the network's Thursday debate") == {"2016-01-28"}
    assert _dates_of(fox, "a3", "The network is hosting a sanctioned debate") == {"2016-01-28"}
    assert "2016-01-28" in _dates_of(fox, "a4", "the debate set for Thursday")
    assert _dates_of(fox, "a5", "The mayor intends to leave the city on Friday") == {"2016-01-29"}
    # told in the past, the weekday is still read back: "announced Tuesday night" is Jan. 26
    assert "2016-01-26" in _dates_of(fox, "a4", "announced Tuesday night")


def test_a_weekday_reports_of_that_day_tell_as_ahead_is_the_coming_one_where_read_back(debate_reports):
    # the reports of Wednesday, Jan. 27, 2016 (the cluster's latest date) tell Thursday's
    # debate as ahead ("would skip the network's Thursday debate"); a6's "Thursday's debate is
    # the party's final one" and a3's "still invited to Thursday night's debate" tell no tense
    # of their own and were read back a week, to Jan. 21
    fox = debate_reports
    assert _dates_of(fox, "a6", "Thursday's debate is the party's final one") == {"2016-01-28"}
    assert _dates_of(fox, "a3", "still invited to Thursday night") == {"2016-01-28"}
    # a weekday whose verb is told in the past stays where it was read back
    from newsfuse.crosscheck.timeline import coming_weekdays

    mentions = dated_mentions(fox)
    moved = next(m for m in mentions if "Thursday's debate is the party's final one" in m.sentence.text)
    as_read = replace(moved, date=moved.date - timedelta(days=7), anchor=moved.anchor.split(",")[0])
    assert coming_weekdays([*mentions, replace(as_read, told="past")])[-1].date.isoformat() == "2016-01-21"
    assert coming_weekdays([m for m in mentions if m is not moved] + [replace(as_read, told="back")])[-1].date \
        .isoformat() == "2016-01-28"


def test_a_weekday_the_ner_runs_into_a_medium_is_a_date_not_a_name():
    # an undated report written for this test: "Twitter" is the object of "on", not a word of
    # the day's name ("Super Tuesday"), so the producer's announcement "on Twitter Friday
    # afternoon" is dated: Sept. 1, 2017 (the report's post stamp)
    post = _written_cluster(
        (None, "The star's daughter was born this week. The producer shared the news on Twitter Friday "
               "afternoon, thanking fans.\n\nWelcome to the world, little one! — Tom Park (@tompark) "
               "September 1, 2017"))
    assert _dates_of(post, "a1", "shared the news on Twitter Friday afternoon") == {"2017-09-01"}


def test_a_relative_day_the_ner_left_untagged_is_read_but_not_inside_a_name():
    # a report of Saturday, Dec. 15, 2007 (written for this test): "during yesterdays closed
    # talks" (the apostrophe lost) is Dec. 14, beside "the day before yesterday", Dec. 13
    talks = _written_cluster(
        ("2007-12-15", "The objection was raised the day before yesterday and had apparently been settled "
                       "during yesterdays closed talks, a delegate said."),
        ("2007-12-15", "Ministers met again on Saturday morning."))
    assert _dates_of(talks, "a1", "during yesterdays closed talks") == {"2007-12-13", "2007-12-14"}
    # a report written for this test: the page's "USA TODAY" (an organisation) is no day
    threats = _written_cluster(
        ("2018-12-14", "Police told USA TODAY that the school was closed after the threats."))
    assert not any(m.expression.lower() == "today" and "USA TODAY" in m.sentence.text
                   for m in dated_mentions(threats))
    # a report of June 30, 2015 written for this test: the NER tags "Rubio today" in "Ben
    # Stone writes of Rubio today" as one entity of another kind; the day in lower case is the day
    column = _written_cluster(
        ("2015-06-30", "Ben Stone writes of Rubio today that his campaign faces long odds."))
    assert any(e.text == "Rubio today" for s in column.sentences for e in s.entities)
    assert _dates_of(column, "a1", "Ben Stone writes of Rubio today") == {"2015-06-30"}


def test_news_past_of_cannot_is_no_day_ahead():
    # a report written for this test: "he could not be reached on Monday" tells of a Monday gone
    # by (news's past of "cannot"), not of the coming one; "might not attend ... this
    # Thursday" is still told ahead
    report = _written_cluster(
        ("2012-05-08", "The lawyer's phone was turned off and he could not be reached on Monday. The senator "
                       "said he might not attend the party's debate this Thursday."))
    assert not _weekday_expression(report, "he could not be reached on Monday", "Monday").ahead
    assert _weekday_expression(report, "he might not attend", "Thursday").ahead


def _weekday_expression(cluster, needle, day):
    """The one weekday expression naming ``day`` in the sentence holding ``needle``, as the
    timeline reads it (with the sentence's parse)."""
    from newsfuse.crosscheck import timeline as tl

    spans = tl.sentence_spans(cluster)
    sentence = next(s for s in cluster.sentences if needle in s.text)
    [weekday] = [x for x in tl.expressions(sentence, spans.get(sentence.index)) if x.kind == "weekday" and day in x.text]
    return weekday


def test_a_weekday_of_a_noun_further_down_is_not_told_ahead_by_the_verb():
    # constructed (no tuning sentence has this shape): the progressive "are assessing" does
    # not say when "Monday's storm" was; one noun between a date and its verb ("would skip
    # Fox News's Thursday debate", real text in the test above) still counts
    cluster = record_cluster({"id": "constructed", "documents": [
        "Crews are still assessing the damage from Monday's storm, officials said on Wednesday, March 2, 2016."]})
    assert not _weekday_expression(cluster, "Monday's storm", "Monday").ahead


def test_a_cluster_without_a_full_date_is_dated_by_a_weekday_written_beside_its_date():
    # reports written for this test state no full date: a2's note "(This article was
    # first published on Friday, Jan. 25 at 3:33 p.m.)" and the year a1 names (surgery
    # "in 2010") leave one year in which Jan. 25 is a Friday, 2013; the note is the page's
    # stamp, not an event, and the representatives' "said Friday" in a1 is that Friday
    cluster = _written_cluster(
        (None, "The singer is recovering after surgery, a spokesman for the singer said Friday. He had a "
               "similar operation in 2010."),
        (None, "(This story was first published on Friday, Jan. 25 at 9:10 a.m.)\n\nThe singer "
               "canceled the rest of his tour dates this winter."))
    assert _dates_of(cluster, "a1", "a spokesman for the singer said Friday") == {"2013-01-25"}
    assert _dates_of(cluster, "a2", "first published on Friday, Jan. 25") == set()



def test_a_yearless_date_naming_an_event_months_back_is_kept_only_when_the_cluster_dates_that_day():
    # a line written for this test, in a report of 16 December 2016: "the Nov. 8 election",
    # 38 days back, names the election; alone it stays out (as "the July 7 bombers" in a
    # later year must), but beside a report that dates Nov. 8, 2016 itself (a "today" in a
    # report published that day) it dates the election
    from newsfuse.analyze import analyze
    from newsfuse.model import Article

    election = "The leaked memos were posted online in batches over many weeks before the Nov. 8 election."
    today = ("\"I am not the only one watching the count today, and the result will matter to every "
             "family in this town,\" she said.")

    def days(*articles):
        return {m.date.isoformat() for m in dated_mentions(analyze(list(articles)))
                if "Nov. 8 election" in m.sentence.text}

    assert days(Article(text=election, published="2016-12-16")) == set()
    assert days(Article(text=election, published="2016-12-16"),
                Article(text=today, published="2016-11-08")) == {"2016-11-08"}


def test_a_day_stated_outright_wins_over_the_same_day_only_named_in_one_sentence():
    # a line written for this test, in a report of 25 May 2014: "The March 11 floods" (a
    # name, 75 days back, which needs support) and "March 11, 2014" (the day itself) in one
    # sentence keep the stated day
    from newsfuse.analyze import analyze
    from newsfuse.model import Article

    line = "The March 11 floods were a series of flash floods which struck the valley on the night of March 11, 2014."
    mentions = dated_mentions(analyze([Article(text=line, published="2014-05-25")]))
    assert {(m.expression, m.date.isoformat()) for m in mentions} == {("the night of March 11, 2014", "2014-03-11")}


def test_a_yearless_date_counts_from_the_articles_own_dates_when_the_cluster_runs_long_after():
    # posts written for this test: a 2016 preview of a primary clustered with a post of
    # December 2017. An undated article whose own latest full date (a post stamp of January
    # 27, 2016) lies long before the cluster's latest (a post of December 5, 2017) reads
    # "March 8" near its own date
    from newsfuse.analyze import analyze
    from newsfuse.model import Article

    preview = ("Our polls show a close race — Dana Reyes (@danareyes) January 27, 2016"
               "\n\nThe state is the region's most rural, and the senator lost its primary on March 8 by 18 points.")
    later = "Proud of our team tonight — Mark Olson (@MarkOlson) December 5, 2017"
    mentions = dated_mentions(analyze([Article(text=preview), Article(text=later)]))
    assert {m.date.isoformat() for m in mentions if "its primary" in m.sentence.text} == {"2016-03-08"}


def test_a_day_told_from_the_day_the_story_has_just_given():
    # undated reports written for this test (a1's post stamp: Jan. 27, 2016): "At the Jan. 14
    # debate, there were 15 mentions of ... but three days later at the rival party's debate,
    # it came up three times" (a2), and "... hosting a sanctioned debate ... on Thursday night
    # ..." then "... on stage that night" (a3): the story counts from the day it has just
    # told; dateparser reads the distance
    debate = record_cluster({"id": "written", "documents": [
        "The candidate said he would skip the network's Thursday debate.\n\nHe is angry at the network. "
        "— Pat Kim (@PatKim) January 27, 2016",
        "At the Jan. 14 debate, there were 15 mentions of \"taxes,\" but three days later at the rival "
        "party's debate, it came up three times.",
        "The network is hosting a sanctioned debate in the capital on Thursday night, three days before the "
        "first ballots of the 2016 election. Seven candidates will be on stage that night."]})
    assert _dates_of(debate, "a2", "but three days later at the rival party's debate") == {"2016-01-14", "2016-01-17"}
    thursday = _dates_of(debate, "a3", "on Thursday night, three days before the first ballots")
    assert thursday and _dates_of(debate, "a3", "on stage that night") == thursday
    # "Thursday night, three days before the first ballots of the 2016 election": a distance
    # from an event the sentence names, right after its own date, adds no day
    assert len(thursday) == 1


def test_a_distance_from_a_named_event_or_a_duration_is_no_day_of_the_story():
    from newsfuse.analyze import analyze
    from newsfuse.model import Article

    # sentences written for the test, each after a dated one: "two days after a neighbour
    # last spoke to them" counts from that talk, not from the day before; "after two weeks of
    # round-the-clock talks" and "nearly a week after" are a duration and a rough distance
    text = ("Police said on Dec. 15, 2017, that the couple had been found.\n\n"
            "The pair were found two days after a neighbour last spoke to them.\n\n"
            "The talks ended on Dec. 12, 2015.\n\n"
            "After two weeks of round-the-clock talks, 190 nations backed a deal.\n\n"
            "He was arrested on July 29, 2005.\n\n"
            "But nearly a week after the ceasefire began, aid had not arrived.\n\n"
            "The rebels met on Oct. 3, 2016.\n\n"
            "A day later, the army withdrew.")
    cluster = analyze([Article(text=text)])
    found = {m.sentence.text[:20]: m.date.isoformat() for m in dated_mentions(cluster)}
    assert not any(key.startswith(("The pair were found", "After two weeks", "But nearly")) for key in found)
    assert found.get("A day later, the arm") == "2016-10-04"


def test_a_yearless_date_that_tells_its_year_is_not_moved_a_year_ahead_by_a_future_verb():
    # The told year ("June 1 last year" in a report of May 6, 2010) was read, then moved to the
    # coming June 1 when a future verb governed the clause, as a bare "Jan. 1" after "is set to
    # expire" is: "the crash on June 1 last year" in a sentence of the coming payouts was dated
    # 2010-06-01. The sentence is written here
    from newsfuse.analyze import analyze
    from newsfuse.model import Article

    said = "The airline is expected to pay families of those killed in the crash on June 1 last year."
    cluster = analyze([Article(text=said, published="2010-05-06"),
                       Article(text="Officials said the search was costly and slow.", published="2010-05-06")])
    assert _dates_of(cluster, "a1", "the crash on June 1 last year") == {"2009-06-01"}


def _special_election_reports():
    """Three reports of a Senate seat's special election written for these tests, all of
    Wednesday, Jan. 30, 2013."""
    from newsfuse.analyze import analyze
    from newsfuse.model import Article

    published = "2013-01-30"
    return analyze([
        Article(text="The governor named an interim senator on Wednesday. Candidates are lining up for the "
                     "June 25 special general election, officials said.", published=published),
        Article(text="Former mayor Tom Hale has not said what he will do, but a local newspaper reported "
                     "Tuesday that he was leaning strongly towards a run. Rep. Ann Ford is expected to "
                     "announce her bid Thursday. The winner of the final vote slated for June 25 "
                     "will serve until 2014.", published=published),
        Article(text="The special election is set for June 25. The primary would take place on April 30. The "
                     "June 25 special vote would be Mr. Hale's third race for the seat.", published=published),
    ])


def test_a_weekday_whose_verb_the_parse_finds_in_the_past_is_not_read_ahead_by_an_earlier_will():
    # "... has not said what he will do, but a local newspaper reported Tuesday that he was
    # leaning strongly towards a run" in a report of Wednesday, Jan. 30, 2013: "will" governs
    # "do"; "reported" is in the past tense, so Tuesday is Jan. 29, not the coming Tuesday
    cluster = _special_election_reports()
    assert _dates_of(cluster, "a2", "a local newspaper reported Tuesday") == {"2013-01-29"}
    # a word about the future still tells the coming day where the parse finds no past tense:
    # "is expected to announce her bid Thursday" is Jan. 31
    assert _dates_of(cluster, "a2", "is expected to announce her bid Thursday") == {"2013-01-31"}


def test_a_yearless_day_told_as_coming_months_ahead_is_next_years_when_another_report_dates_it():
    # the special election "slated for June 25" (a2), "set for June 25" (a3) and "The June 25
    # special vote would be ..." (a3), in reports of Jan. 30, 2013, lie 146 days ahead.
    # Read as the nearest June 25 within 60 days they were June 25, 2012; told as coming,
    # they are the coming one
    cluster = _special_election_reports()
    assert _dates_of(cluster, "a2", "the final vote slated for June 25") == {"2013-06-25"}
    assert _dates_of(cluster, "a3", "The June 25 special vote would be") == {"2013-06-25"}
    assert _dates_of(cluster, "a1", "June 25 special general") == {"2013-06-25"}
    # a day only one report gives so is kept when the modal tells it and the coming April 30
    # is the nearer reading (90 days ahead, 275 back): the nearest day, not a reading of the
    # tense
    assert _dates_of(cluster, "a3", "The primary would take place on April 30.") == {"2013-04-30"}


def test_a_weekday_with_a_part_of_the_day_before_a_yearless_date_fixes_its_year():
    # undated reports written for this test of a director hired for a sequel: their only full
    # date is the film's opening, "now scheduled to open on November 20, 2009", a day
    # every report tells as coming; a1's "told a radio host on Thursday night (December 11)"
    # would be read as Dec. 11, 2009 (a Friday), and "opened in cinemas on November 21st"
    # and "December 14th the cast will be named" a year late. Thursday, Dec. 11 is
    # 2008: the reports were written then, and the yearless dates take that year. Their bare
    # weekdays ("said Friday") stay unread: the date tells the year, not the week
    cluster = _written_cluster(
        (None, "The director told a radio host on Thursday night (December 11) that filming would start soon."),
        (None, "The sequel is now scheduled to open on November 20, 2009."),
        (None, "The first film was opened in cinemas on November 21st."),
        (None, "December 14th the cast will be named. A trade paper said Friday that filming would "
               "start in March."))
    assert _dates_of(cluster, "a1", "on Thursday night (December 11)") == {"2008-12-11"}
    assert _dates_of(cluster, "a3", "opened in cinemas on November 21st") == {"2008-11-21"}
    assert _dates_of(cluster, "a4", "December 14th the cast will be named") == {"2008-12-14"}
    assert _dates_of(cluster, "a4", "A trade paper said Friday") == set()
    assert _dates_of(cluster, "a2", "scheduled to open on November 20, 2009") == {"2009-11-20"}


def test_a_stamp_in_figures_that_reads_as_two_days_is_the_one_near_the_storys_dates():
    # reports written for this test: a4's page keeps "UPDATED 05 / 03 / 2013 at 9:40 AM EDT",
    # which reads as a day in May or in March. Unread, a4 took the cluster's latest date (June
    # 14, a report of the actress leaving the clinic) and its "checked into a clinic ... on
    # Thursday night" became June 13. Among reports of May 2 and 3, 2013, the stamp is May 3,
    # and that Thursday is May 2
    cluster = _written_cluster(
        ("2013-05-02", "The actress agreed to a plea deal that sends her to treatment."),
        ("2013-05-03", "Her lawyer said the actress was doing well."),
        ("2013-06-14", "The actress left the clinic after a three-month stay."),
        (None, "UPDATED 05 / 03 / 2013 at 9:40 AM EDT\n\nThe actress checked into a clinic in the desert on "
               "Thursday night, her lawyer said."))
    assert _dates_of(cluster, "a4", "checked into a clinic in the desert") == {"2013-05-02"}


def test_a_yearless_day_told_as_past_lies_before_the_stated_day_of_writing():
    # a sentence written for this test, in a report of May 4, 2013: the small tagger gives
    # "ended" of "rear-ended" VBN with its own subject and no auxiliary (the simple past); a
    # day told as gone by a month after the report was written is last year's June 8, not
    # the nearest one ahead
    from newsfuse.analyze import analyze
    from newsfuse.model import Article

    said = "The fine comes after Brown rear-ended a truck with her Porsche on the highway on June 8."
    cluster = analyze([Article(text=said, published="2013-05-04")])
    assert _dates_of(cluster, "a1", "rear-ended") == {"2012-06-08"}
    # a day told as coming keeps the nearest reading ahead
    ahead = analyze([Article(text="Brown will appear in court on June 8.", published="2013-05-04")])
    assert _dates_of(ahead, "a1", "appear in court") == {"2013-06-08"}


def test_a_cluster_that_states_no_day_but_names_one_year_reads_its_yearless_dates_in_that_year():
    # reports of an undersea cable cut written for this test: no publication date, date line
    # or full date; one names a year ("the second time in 2008"). "By December 31" is read
    # in 2008
    from newsfuse.analyze import analyze
    from newsfuse.model import Article

    ship = "The operator said it was sending a repair ship and expected full service to return by December 31."
    year = "It is the second time in 2008 that an undersea cable in the region has been cut."
    cluster = analyze([Article(text=ship), Article(text=year)])
    mentions = dated_mentions(cluster)
    assert {(m.expression, m.date.isoformat()) for m in mentions} == {("December 31", "2008-12-31")}
    assert mentions[0].anchor == "the one year the cluster names, 2008"
    # a cluster naming two years gives no year to its yearless dates
    two = analyze([Article(text=ship), Article(text=year),
                   Article(text="The previous cut, in 2007, took weeks to repair.")])
    assert not dated_mentions(two)
    # nor does one year named only as past: the background of a story told later (an unseen
    # ECB+ story of the Peterson verdict of Nov. 12, 2004 names only the year of the murder)
    past = analyze([Article(text="On Nov. 12, a jury convicted Scott Peterson of murder."),
                    Article(text="His wife Laci disappeared on Christmas Eve in 2002.")])
    assert not dated_mentions(past)
    present = analyze([Article(text="On Nov. 12, a jury convicted Scott Peterson of murder."),
                       Article(text="It is the third such verdict in 2004.")])
    assert {m.date.isoformat() for m in dated_mentions(present)} == {"2004-11-12"}


def test_an_entry_cites_only_the_reports_whose_sentence_is_the_event_it_shows():
    # undated reports written for the test: a1's "Profiles of the four suspects in the March 3,
    # 2009 bombings ... have been released" is one event with a2's police release of the
    # bombers' profiles, and a2's sentence one with a3's headline of tributes to the 40 people
    # killed that day; chained, the tributes' report was cited for the profiles. Each entry
    # holds only the mentions found to be its shown sentence's event
    from newsfuse.crosscheck.timeline import same_event

    cluster = _written_cluster(
        (None, "Profiles of the four suspects in the March 3, 2009 bombings in Harbourton have been "
               "released by police."),
        (None, "Police have released profiles of the four bombers who attacked Harbourton on March 3, "
               "2009, killing 40 people."),
        (None, "Tributes paid to the 40 people killed when bombers attacked Harbourton on March 3, 2009"))
    events = build_timeline(cluster)
    profiles = next(e for e in events if e["text"].startswith("Profiles of the four suspects"))
    assert profiles["articles"] == ["a1", "a2"]
    assert any(e["text"].startswith("Tributes paid") and e["articles"] == ["a3"] for e in events)
    mentions = {(m.sentence.article, m.sentence.position, m.expression): m for m in dated_mentions(cluster)}
    for e in events:
        members = [mentions[(m["article"], m["sentence"], m["expression"])] for m in e["mentions"]]
        assert all(same_event(members[0], m, cluster) for m in members[1:])


def test_a_yearless_deadline_not_told_as_past_is_the_nearest_reading_even_months_ahead():
    # "by July 4" written 64 days before it was read as last July 4 (a yearless date more than
    # ``YEARLESS_AHEAD`` days ahead is taken as last year's); a deadline with no past verb is
    # not yet past, so it is the nearest July 4, the coming one. Told as past ("By July 4, the
    # river had flooded"), the same distance still reads back
    from newsfuse.analyze import analyze
    from newsfuse.model import Article

    cluster = analyze([
        Article(text="The mayor announced a goal to reopen the old bridge by July 4. Crews began work.",
                published="2019-05-01"),
        Article(text="City officials hope to finish the bridge repairs by July 4, the mayor said.",
                published="2019-05-01"),
        Article(text="By July 4, the river had flooded three towns upstream, a report found.",
                published="2019-05-01"),
    ])
    assert _dates_of(cluster, "a1", "reopen the old bridge by July 4") == {"2019-07-04"}
    assert _dates_of(cluster, "a2", "finish the bridge repairs by July 4") == {"2019-07-04"}
    assert _dates_of(cluster, "a3", "the river had flooded") == {"2018-07-04"}


def test_a_name_of_a_day_months_back_is_not_moved_ahead_by_a_verb_about_the_future():
    # "plans to investigate the Jan. 10 flood" in June: the verb tells of the inquiry, not of
    # the flood's day, which is the nearer, past Jan. 10 (a name, left out unless the cluster
    # dates that day otherwise); it was read as the coming Jan. 10. A name whose coming day is
    # the nearer one is still read ahead ("the Nov. 5 election will be close", in July)
    from newsfuse.analyze import analyze
    from newsfuse.model import Article

    cluster = analyze([
        Article(text="The council plans to investigate the Jan. 10 flood at the rail depot.", published="2019-06-20"),
        Article(text="Analysts say the Nov. 5 election will be close in the county.", published="2019-07-20"),
    ])
    assert _dates_of(cluster, "a1", "investigate the Jan. 10 flood") == set()
    assert _dates_of(cluster, "a2", "the Nov. 5 election will be close") == {"2019-11-05"}


def test_last_before_a_yearless_date_tells_the_occurrence_before_the_day_of_writing():
    # "Last July 4" in a report of July 4 is a year back, not the day of writing (the nearest
    # July 4); a bare "July 4" there is the day itself
    from newsfuse.analyze import analyze
    from newsfuse.model import Article

    cluster = analyze([
        Article(text="Last July 4, the town held its parade in the rain. On July 4, the parade was held "
                     "in the sun.", published="2021-07-04"),
    ])
    assert _dates_of(cluster, "a1", "the town held its parade") == {"2020-07-04"}
    assert _dates_of(cluster, "a1", "the parade was held in the sun") == {"2021-07-04"}


def test_a_yearless_day_months_ahead_told_by_a_modal_or_as_a_deadline_is_kept_when_nearer_than_last_years():
    # one report, written Jan. 10: March 30 lies 79 days ahead and 286 back. Under a modal or
    # as a deadline it is the coming one, kept though no other report dates it; told as coming
    # by a word alone ("is set to expire") it still needs another report (``corroborate``)
    from newsfuse.analyze import analyze
    from newsfuse.model import Article

    def alone(text):
        return analyze([Article(text=text, published="2019-01-10")])

    vote = alone("The board will vote on the new budget on March 30, its chairman said.")
    assert _dates_of(vote, "a1", "will vote on the new budget") == {"2019-03-30"}
    claims = alone("Tenants must file their claims by March 30, the housing office said.")
    assert _dates_of(claims, "a1", "must file their claims by March 30") == {"2019-03-30"}
    permits = alone("The parking permit program is set to expire March 30 unless renewed.")
    assert _dates_of(permits, "a1", "set to expire March 30") == set()


def test_a_weekday_that_names_a_day_is_no_weekday_before_the_report():
    """'... to cast a vote at 1 a.m. on Super Tuesday in March 2020': the NER tagged "Super" a
    place and the parse hung "Tuesday" on the time, so the timeline dated the vote to the
    Tuesday before the report, 2021-07-06."""
    from conftest import story_cluster

    cluster = story_cluster("allsides-5876", file="allsides_2021a.jsonl")
    assert any("on Super Tuesday in March 2020" in s.text.replace("\xa0", " ") for s in cluster.sentences)
    events = build_timeline(cluster)
    assert not [e for e in events if "Super Tuesday" in e["text"] and e["date"].startswith("2021")]
