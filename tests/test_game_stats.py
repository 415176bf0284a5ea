"""One game's statistics against the totals reports compare (the sports ruling of gold/README.md).

A report of a game is told paragraph by paragraph, and the analysis parses one doc per
paragraph: the report-level question is asked of the whole article. A count of play is many
games' only when the parse ties a season, a career, a record or a count of games to that count,
not when another clause of its sentence names one. Sentences come from the tuning story about a
receiver (ecbplus-35a, looked up, never retyped) or are our own, shaped as game reports write them.
"""

from __future__ import annotations

from newsfuse.analyze import analyze
from newsfuse.clean import clean_articles
from newsfuse.crosscheck.claims import find_claims
from newsfuse.crosscheck.game_stats import game_statistic
from newsfuse.game_report import tells_a_game
from newsfuse.model import Article

_SCORE = "The Heat beat the Knicks 102-95 in overtime on Sunday after trailing at halftime."
# the ABC items of gold/lee-abc (lee-15, a tuning story, reports a cricket Test)
ABC = "gold/lee-abc/stories.jsonl"


def _figures(text: str) -> set:
    """The values the figures table gives for a report told twice (two articles, so every
    figure is a cross-source one)."""
    cluster = analyze([Article(text=text), Article(text=text + " ")])
    return {v["value"] for g in find_claims(cluster) for v in g["values"]}


def test_a_box_score_paragraph_without_a_score_of_its_own_is_the_games():
    """The score in one paragraph, the box score in the next: the paragraph of rebounds and
    assists belongs to a report of a game, though it gives no score itself; the same paragraph
    in a report with no game told stays a player's counts, and the season's total stays."""
    box = "Dwyane Wade had 14 rebounds and nine assists."
    season = "Wade has scored 1,548 points this season."
    values = _figures(f"{_SCORE}\n\n{box}\n\n{season}")
    assert not {14, 9} & values and 1548 in values, values
    values = _figures(f"{box}\n\n{season}")
    assert {14, 9, 1548} <= values, values


def test_the_analysis_pass_answers_for_the_whole_article_before_any_section_reads_it():
    """The report's answer is the analysis pass's, kept on the article: a reader that asks about
    the box score's paragraph before the figures run gets the whole report's answer, and reading
    the figures leaves nothing on the parsed paragraphs (the answer once travelled there, so a
    reader that ran first saw the paragraph as no game's)."""
    cluster = analyze([Article(text=f"{_SCORE}\n\nDwyane Wade had 14 rebounds and nine assists.")])
    article = cluster.articles[0]
    assert article.game_report is True
    box = cluster.docs[article.id][-1]
    rebounds = next(e for e in box.ents if e.text == "14")
    assert game_statistic(rebounds, article.game_report)
    assert not game_statistic(rebounds)  # the paragraph read alone tells no game
    find_claims(cluster)
    assert not any(doc.user_data for doc in cluster.docs[article.id])


def test_a_reports_score_paragraph_makes_its_other_paragraphs_a_games_but_keeps_season_totals():
    """A report (written for the test in the shape of T11's a9) gives the last game's score in
    one paragraph ("beat the Tennessee Titans, 27-20, in last Sunday's AFC Divisional
    matchup") and the receiver's season in another ("set career-highs of 64 receptions, 1,142
    yards and nine touchdowns"). Read as one report, the season's paragraph belongs to a report
    of a game, which its own words alone are not; its totals are the season's and the scores
    are not figures."""
    report = ("A third-year pro out of Eastern Oregon, Marsh enjoyed a breakout year for the "
              "Ravens this season.\n"
              "He set career-highs of 64 receptions, 1,142 yards and nine touchdowns.\n"
              "Baltimore beat the Tennessee Titans, 27-20, in last Sunday's AFC Divisional matchup "
              "after posting a 41-13 rout of division rival Cleveland in a regular season finale "
              "that decided the AFC North champion.")
    cluster = analyze([Article(text=report), Article(text=report + " ")])
    values = {v["value"] for g in find_claims(cluster) for v in g["values"]}
    assert {64, 1142, 9} <= values, values
    assert not {27, 20, 41, 13} & values, values
    assert cluster.articles[0].game_report
    season = next(d for d in cluster.docs[cluster.articles[0].id] if "career-highs" in d.text)
    assert not tells_a_game([season])
    assert analyze([Article(text=season.text)]).articles[0].game_report is False


def test_a_record_another_clause_names_leaves_one_games_counts_one_games():
    """In a report of a game, a season or a record named by another clause of the sentence
    ("as Jones set the school scoring record", "which improved to 10-2 on the season") does not
    make the game's rebounds, assists and first downs a season's; a record that the count
    itself is or sets ("set the school record with 52 points", "52 points, breaking the school
    record of 48") keeps the record's numbers, not the game's other counts."""
    values = _figures(f"{_SCORE} Smith had 12 rebounds and eight assists as Jones set the "
                      "school scoring record.")
    assert not {12, 8} & values, values
    values = _figures(f"{_SCORE} Michigan, which improved to 10-2 on the season, earned 23 "
                      "first downs and 14 rebounds.")
    assert not {23, 14} & values, values
    values = _figures(f"{_SCORE} Jones set the school record with 52 points and added 14 rebounds.")
    assert 52 in values and 14 not in values, values
    values = _figures(f"{_SCORE} Jones scored 52 points, breaking the school record.")
    assert 52 in values, values


def test_season_totals_tied_to_the_count_stay_figures_in_a_game_report():
    """A season, a career, a count of games or a rate per game that the parse ties to the
    count keeps it a figure, in a report of a game too: "Marsh had his finest season in 2017
    with 64 receptions for 1,142 yards and nine touchdowns" (written in the shape of a T11
    sentence), "1,548 points this season, averaging 27.1 points a game", "612 rebounds in his
    career"; a career-high stays one game's."""
    finest = ("Marsh had his finest season in 2017 with 64 receptions for 1,142 yards and nine "
              "touchdowns.")
    values = _figures(f"{_SCORE} {finest}")
    assert {64, 1142, 9} <= values, values
    values = _figures(f"{_SCORE} Wade has scored 1,548 points this season, averaging 27.1 points "
                      "a game. Jones has 612 rebounds in his career. Rose scored a career-high 33 "
                      "points.")
    assert {1548, 27.1, 612} <= values and 33 not in values, values
    values = _figures(f"{_SCORE} Jones scored 40 points in a game against Denver.")
    assert 40 not in values, values  # "a game" after a count of play is a rate; here it is one game


def test_a_score_typeset_with_a_hyphen_or_an_en_dash_is_a_score():
    """Typeset text joins a score with U+2010 or an en dash ("102‐95", "102–95"), as plain
    text does with a hyphen-minus: each makes the report one of a game, whose box score is no
    figure, and a yard's measure or a made-of line written so reads as the plain one."""
    for dash in ("-", "\u2010", "\u2013"):
        values = _figures(f"The Heat beat the Knicks 102{dash}95 in overtime on Sunday. Dwyane "
                          f"Wade had 14 rebounds and nine assists, and Smith had a 27{dash}yard run.")
        assert not {14, 9, 27} & values, (dash, values)


def test_a_season_that_ranks_one_games_act_and_a_games_scores_and_shooting_are_the_games():
    """"a 38-yard field goal, his first of the season" ranks one game's kick within the season,
    as "a career-high" ranks a count; "two more scores" and "19 of 62 shooting" are a game's
    touchdowns and shots (sentences of our own, shaped as game reports write them)."""
    values = _figures(f"{_SCORE} Brendan Gibbons made a 38-yard field goal, his first of the "
                      "season. Robinson threw for 169 yards and two more scores. Kansas State was "
                      "held to 19 of 62 shooting.")
    assert not {38, 169, 2, 19, 62} & values, values


def test_a_win_loss_record_makes_no_report_of_a_game():
    """"Martinez did lead the Hawks to a 47-35 record ... and a playoff berth" gives a season's
    wins and losses (the standings), not a game's score, so the story (which names assists
    elsewhere) tells no game; a score of play still does (sentences of our own)."""
    record = ("Martinez did lead the Hawks to a 47-35 record in his first season and a playoff "
              "berth, before the team let him go in the spring.")
    leader = "He is still the club's all-time leader in assists, with 4,102 over nine seasons."
    assert analyze([Article(text=f"{record}\n\n{leader}")]).articles[0].game_report is False
    assert analyze([Article(text=f"{_SCORE}\n\n{leader}")]).articles[0].game_report is True


def test_a_careers_shooting_is_a_figure_and_one_games_is_not():
    """"In 96 career playoff games, he averaged 17.3 points ... while shooting 49.6 percent from
    the field": the share hangs from a career's average, a total the reports compare; "Wade shot
    48 percent from the field" in a report of a game is one game's shooting line (sentences of
    our own)."""
    career = ("In 96 career playoff games, he averaged 17.3 points and 6.1 rebounds while shooting "
              "49.6 percent from the field.")
    text = f"{career}\n\nWade shot 48 percent from the field as the Heat beat the Knicks 102-95."
    articles, _ = clean_articles([Article(text=text), Article(text=text + " ")])
    values = {v["value"] for g in find_claims(analyze(articles)) for v in g["values"]}
    assert 49.6 in values and 48 not in values, values


def test_counts_told_in_the_present_or_ranked_among_all_players_are_totals():
    """A report narrates its game in the past tense: a count of play told in the present or the
    present perfect is what a player or a team has now ("leads the league with", "has 59
    catches", "has thrown 40 touchdown passes", "sits two points behind"), a season's or a
    career's total or the standings; so is a count that ranks a player among all others ("the
    fifth player in NBA history to score 30,000 points") or within a league ("led the league
    with 12 sacks"). The game's own counts, told in the past or placed in the game ("has 31
    points with two minutes left"), stay out (sentences of our own, shaped as reports write them)."""
    values = _figures(f"{_SCORE} Wade had 31 points and 14 rebounds. Wade leads the league with "
                      "1,548 points. Jackson has 59 catches for 1,098 yards. Brady has thrown 40 "
                      "touchdown passes. Boston sits two points behind Arsenal in the table.")
    assert {1548, 59, 1098, 40, 2} <= values and not {31, 14} & values, values
    values = _figures(f"{_SCORE} He became the fifth player in NBA history to score 30,000 points. "
                      "Allen led the league with 12 sacks. Smith led the Heat with 33 points. Jones "
                      "has 26 points with two minutes left.")
    assert {30000, 12} <= values and not {33, 26} & values, values
    # a headline's present narrates the game
    title = "Wade scores 31 points as Heat beat Knicks"
    cluster = analyze([Article(title=title, text=_SCORE), Article(title=title, text=_SCORE + " ")])
    assert 31 not in {v["value"] for g in find_claims(cluster) for v in g["values"]}


def test_a_pitchers_game_told_by_whom_he_faced_is_the_games():
    """Fresh text (junk26, seed 45): a report of one game counts its pitches, the batters
    struck out, the hitters retired and the runners left on base; a season's strikeouts and the
    crowd stay figures, and a marathon's runners in a report of no game stay a count."""
    game = ("The Giants beat the Astros 10-0 in nine innings on Tuesday. Cain needed just 92 "
            "pitches, struck out 14 batters and retired all 27 hitters he faced. The Astros "
            "stranded three runners in the second inning. Cain has struck out 180 batters this "
            "season, and 41,500 fans watched.")
    values = _figures(game)
    assert not {92, 14, 27, 3} & values and {180, 41500} <= values, values
    assert 5000 in _figures("More than 5,000 runners signed up for the city marathon, and 300 "
                            "volunteers helped at the finish line.")


def test_a_span_that_measures_another_noun_places_no_count_in_many_games():
    """Fresh text (junk27, seed 53, multinews-plus-train-33736): "to end their 108-year title
    drought" tells how long a drought lasted; its "year", hyphened to a number before another
    noun, does not make the game's "10 innings" a season's. A career still does."""
    game = ("Close the cubs pull off a thrilling win in 10 innings over the indians to end their "
            "108-year world series title drought. It's fair to think that we're talking millions "
            "of people will be along the parade route as joe maddon, anthony rizzo, dexter fowler, "
            "kris bryant and the rest of the team pass.")
    cluster = analyze([Article(text=game), Article(text=game + " ")])
    shown = {v["expression"] for g in find_claims(cluster) for v in g["values"]}
    assert "10" not in shown and "millions" in shown, shown
    assert 40 in _figures("Smith scored 40 points in his 15-year career, and 5 million fans "
                          "watched.")


def test_a_report_that_tells_its_game_without_a_score_is_a_games():
    """Fresh text (junk26's seed 45, multinews-plus-train-13649, read again by junk27): a
    report of a softball game gives no pair of numbers, but one side shuts out a named other
    and the game has innings; its pitches and strikeouts are that game's. A business report's
    "beat Samsung in the fourth quarter" tells no game."""
    game = ("Mixing a fastball that topped out around 70 mph with an effective slider, davis needed "
            "only 70 pitches to shut out tennessee for the complete six-inning game. She allowed "
            "two hits, struck out eight batters, and walked none.")
    cluster = analyze([Article(text=game)])
    assert tells_a_game(next(iter(cluster.docs.values())))
    cluster = analyze([Article(text=game), Article(text=game + " ")])
    shown = {v["expression"] for g in find_claims(cluster) for v in g["values"]}
    assert not {"only 70", "eight"} & shown, shown
    sales = "Apple beat Samsung in the fourth quarter, selling 70 million phones."
    cluster = analyze([Article(text=sales)])
    assert not tells_a_game(next(iter(cluster.docs.values())))


def test_a_count_of_play_on_a_named_weekday_is_that_days_games():
    """Fresh read text (junk28, seed 56; a preview that gives no score of play): "seven catches
    last sunday" counts the play of that day's game, as "in the game" would say; the season's
    catches and players signed on a weekday stay (written for the test)."""
    from conftest import train_sentence

    catches = train_sentence(r"Devin funchess had seven catches last sunday in foxborough\.",
                             file="multinews_train.jsonl.gz")
    assert 7 not in _figures(catches)
    values = _figures("The team signed three players on Monday. He had 90 catches last season.")
    assert {3, 90} <= values, values


def test_a_score_a_report_gives_is_a_games_when_its_cluster_tells_the_game():
    """Train text (multinews-plus-train-5202, counted by junk33): one report gives the score
    and the third quarter; another gives the same score ("beat the boston celtics 135-102")
    and its box score ("Kyrie irving added 24 points") but, in its first 150 words, no word
    only a game uses, so alone it could be an election's "victory" and its counts stayed
    figures. In a cluster where another report tells the game, its score of play is that
    game's; alone, the same report keeps its counts. (Its sentence also names "the nba's
    all-time playoff scoring leader" and "another trip to the nba finals", games of sport
    that, since junk37, tell the game alone too: the score's clause is taken here alone.)"""
    from conftest import train_sentence

    game = train_sentence(r"Cleveland cavaliers star lebron james passed michael jordan.*?"
                          r"135-102 win over the boston celtics[^.]*\.", file="multinews_train.jsonl.gz")
    score = train_sentence(r"the cleveland cavaliers beat the boston celtics 135-102 on thursday night",
                           file="multinews_train.jsonl.gz")
    added = train_sentence(r"Kyrie irving added 24 points and kevin love finished with 15 for the cavs",
                           file="multinews_train.jsonl.gz")
    box = f"{score}. {added}."
    cluster = analyze([Article(text=game), Article(text=box), Article(text=box + " ")])
    values = {v["value"] for g in find_claims(cluster) for v in g["values"]}
    assert 24 not in values, values
    assert 24 in _figures(box)


def test_a_score_of_three_digits_a_side_before_its_result_is_a_score():
    """Train text (multinews-plus-train-37770, counted by junk33: all 14 such pairs before a
    result in the Multi-News train clusters are basketball scores): the NER takes "126-85"
    whole, and a pair of three digits a side was no score; before a word for the game's
    result it is one."""
    from conftest import train_sentence

    rout = train_sentence(r"[^.]*resulting in a 126-85 thumping of the houston rockets[^.]*\.",
                          file="multinews_train.jsonl.gz")
    cluster = analyze([Article(text=rout), Article(text=rout + " ")])
    shown = {v["expression"] for g in find_claims(cluster) for v in g["values"]}
    assert "126-85" not in shown, shown


def test_a_period_of_the_game_places_its_play_in_that_game():
    """Train text (multinews-plus-train-34598, counted by junk33: "the third quarter of the
    game" and the like 34 times in 27 train clusters): a photo caption's field goal "during
    the fourth quarter of an nfl football game" is that game's play, as "in the fourth
    quarter" says; "the first half of 2016" stays a year's."""
    from conftest import train_sentence

    caption = train_sentence(r"pittsburgh steelers'shaun suisham \( 6 \) kicks a 38-yard field goal"
                             r"[^.]*\.", file="multinews_train.jsonl.gz")
    assert 38 not in _figures(caption)
    assert 38 in _figures("He kicked a 38-yard field goal in the first half of 2016.")


def _shown(text: str) -> set:
    """The expressions the figures table shows for a report told twice."""
    cluster = analyze([Article(text=text), Article(text=text + " ")])
    return {v["expression"] for g in find_claims(cluster) for v in g["values"]}


def test_a_games_clock_read_to_the_second_is_the_games():
    """Train text (multinews-plus-train-17241, -32060, -10878; counted by junk35 over 386
    sports clusters of train: 17 readings of one game's clock or length still shown, these
    three shapes among them): a clock read in minutes and seconds ("nine minutes and 40
    seconds into sudden-death play", "took four hours and 33 minutes to play") and "with ten
    seconds on the clock" are one game's time, as "with two minutes left" is; "the fans
    waited four hours and 33 minutes" in the same report stays a span."""
    from conftest import train_sentence

    sudden = train_sentence(r"Kaprizov, whose nhl rights are owned by the minnesota wild[^.]*\.",
                            file="multinews_train.jsonl.gz")
    length = train_sentence(r"For the record, the cardinals ' 10-9, 11-inning win[^.]*\.",
                            file="multinews_train.jsonl.gz")
    clock = train_sentence(r"Up two points, with ten seconds on the clock[^.]*\.", file="multinews_train.jsonl.gz")
    shown = _shown(f"{_SCORE}\n\n{sudden}\n\n{clock}")
    assert not {"nine minutes and 40 seconds", "ten seconds"} & shown, shown
    wait = _shown(f"{_SCORE}\n\nThe fans waited four hours and 33 minutes in the rain.")
    assert any(e.startswith("four hours") for e in wait), wait
    played = _shown(f"{_SCORE}\n\n{length}")
    assert not any(e.startswith("four hours") for e in played), played


def test_a_match_told_set_by_set_before_its_result_is_its_score():
    """Train text (multinews-plus-train-36971, -2592; 8 such runs of set scores before a
    result in all of Multi-News train, counted by junk35): each pair is one set's games and
    the loser's sets are written loser first, so "a 6-1, 6-4 victory" showed its first 6 and
    "a 6-4, 3-6, 7-6 ( 9 ), 3-6, 10-8 victory" its 3s as counts. The run before a word for the
    result is the match's score; a run of votes with no result after it is left alone."""
    from conftest import train_sentence

    bartoli = train_sentence(r"Marion bartoli won her first major title on her second attempt[^.]*\.",
                             file="multinews_train.jsonl.gz")
    djokovic = train_sentence(r"Djokovic sent the strongest signal yet[^.]*\.", file="multinews_train.jsonl.gz")
    assert not _figures(bartoli) & {1, 4, 6}, _figures(bartoli)
    assert not _figures(djokovic) & {3, 6, 7, 8, 9, 10}, _figures(djokovic)


def test_a_final_score_is_a_score_of_play():
    """Train text (multinews-plus-train-30793; "the final score was 10-3", "by a score of
    21-14": 7 such on train): a report whose only score is told as "the final score" tells
    its game, so "The game featured ... 10 fumbles" is that game's count of play."""
    from conftest import train_sentence

    report = train_sentence(r"The game featured a host of botched snaps.*?The final score was 10-3\.",
                            file="multinews_train.jsonl.gz")
    assert 10 not in _figures(report), _figures(report)
    assert tells_a_game(analyze([Article(text=report)]).docs["a1"])


def test_a_count_of_times_of_an_act_of_play_is_a_count_of_play():
    """Train text (multinews-plus-train-8861, -43918; counted by junk35: "rushing 10 times
    for 57 yards", "rushed eight times for 80-yards", "ran 16 times for 91 yards", "was sacked
    four times", "intercepted ... three times": 5 on train): the times of an act only play has
    are its carries, sacks or interceptions, counted as "57 yards" beside them is; "ran for
    political office twice" and shots "fired 12 times" are no play."""
    from conftest import train_sentence

    debut = train_sentence(r"[^.]*rushing 10 times for 57 yards and one touchdown[^.]*\.",
                           file="multinews_train.jsonl.gz")
    vick = train_sentence(r"He also rushed eight times for 80-yards and two touchdowns\.",
                          file="multinews_train.jsonl.gz")
    assert 10 not in _figures(debut), _figures(debut)
    assert 8 not in _figures(f"{_SCORE}\n\n{vick}"), _figures(f"{_SCORE}\n\n{vick}")
    assert 12 in _figures(f"{_SCORE}\n\nThe shooter fired 12 times outside the arena, police said.")


def test_a_score_whose_sentence_names_a_game_tells_it_without_a_word_only_play_uses():
    """Train text (multinews-plus-train-35342, counted by junk37): the report gives the score
    ("beating the warriors 137-116") in a sentence that names "game 4", but in its first 150
    words no word only a game uses ("rebounds", "halftime"), so it was read as no game and
    "kyrie irving scored 40 points" stayed a figure. A sentence that names a game of sport
    beside its score tells one; an election's score ("romney's 41-38 percentage point win")
    names none and stays no game's."""
    from conftest import train_sentence

    box = train_sentence(r"Lebron james recorded a triple-double, kyrie irving scored 40 points[^.]*\.",
                         file="multinews_train.jsonl.gz")
    cluster = analyze([Article(text=box), Article(text=box + " ")])
    values = {v["value"] for g in find_claims(cluster) for v in g["values"]}
    assert cluster.articles[0].game_report and 40 not in values, values
    win = train_sentence(r"With polls showing his native michigan being too close to call[^.]*\.",
                         file="multinews_train.jsonl.gz")
    assert analyze([Article(text=win)]).articles[0].game_report is False


def test_a_range_of_days_after_a_month_is_no_score():
    """Train text (multinews-plus-train-9061; 7 of a random 40 train reports whose score of
    play was read but that told no game were such ranges): "meeting" names one game, so "its
    sept. 20-21 rate meeting" read as a score of play."""
    from conftest import train_sentence
    from newsfuse.game_report import score_of_play

    fed = train_sentence(r"The fed is divided enough ahead of its sept\. 20-21 rate meeting[^.]*\.",
                         file="multinews_train.jsonl.gz")
    doc = analyze([Article(text=fed)]).docs["a1"][0]
    assert not any(score_of_play(s) for s in doc.sents)


def test_a_cricket_score_of_wickets_for_runs_tells_the_game():
    """A cricket report writes its score as wickets lost for runs made ("no wicket for
    126"), no pair of numbers joined by a dash: with the wickets its paragraphs count, the
    report tells a game, so a partnership's runs in another paragraph are that game's. Real ABC
    text of a tuning story (gold/lee-abc; no shared text reports a cricket match); the same
    runs with no score of play beside them stay figures."""
    from conftest import story_sentence

    score = story_sentence("lee-15", r"Australia is no wicket for 126[^.]*\.", file=ABC)
    runs = story_sentence("lee-15", r"The pair put on 44 runs for the final wicket[^.]*\.", file=ABC)
    cluster = analyze([Article(text=f"{score}\n\n{runs}")])
    assert cluster.articles[0].game_report is True
    assert 44 not in _figures(f"{score}\n\n{runs}")
    assert 44 in _figures(runs)


def test_a_number_before_for_is_no_cricket_score_in_a_report_of_no_play():
    """Train text (multinews-plus-train, Trump's "1 for 38 kasich"): the shape of a cricket
    score in a report that counts no act of play tells no game."""
    from conftest import train_sentence

    kasich = train_sentence(r"[^.]*1 for 38 kasich are unable to beat me[^.]*\.", file="multinews_train.jsonl.gz")
    assert not tells_a_game(analyze([Article(text=kasich)]).docs["a1"])


def test_a_margin_one_side_beat_a_named_other_by_is_the_games_result():
    """"has beaten South Africa by 246 runs": in a report of a game, the margin by which one
    side beat a named other is the result told as a score is, though told in the present
    perfect that reads a count of play as a running total (real ABC text of a tuning story,
    gold/lee-abc). An election's margin stays a figure (train text, multinews-plus-train:
    "democrat ralph northam beat ed gillespie by 9 points"): no report of a game."""
    from conftest import story_sentence, train_sentence

    beaten = " ".join((story_sentence("lee-15", r"Australia has beaten South Africa by 246 runs[^.]*\.", file=ABC),
                       story_sentence("lee-15", r"Glenn McGrath and Shane Warne each took three wickets[^.]*\.", file=ABC)))
    assert 246 not in _figures(beaten), _figures(beaten)
    northam = train_sentence(r"In the virginia governor's race, democrat ralph northam beat ed gillespie by 9 points[^.]*\.",
                             file="multinews_train.jsonl.gz")
    assert 9 in _figures(northam), _figures(northam)


def test_the_balls_fours_and_sixes_of_an_innings_are_the_games():
    """"His innings came from 207 balls, including 12 fours and four sixes", "He was out three
    balls later": in a report of a cricket game (its score of wickets for runs beside), what a
    batsman faced and hit counts one innings' play, as a box score's rebounds do (T38 lee-15
    lists them as one game's statistics). With no report of a game beside them they stay."""
    from conftest import story_sentence

    score = story_sentence("lee-15", r"Australia is no wicket for 126[^.]*\.", file=ABC)
    innings = story_sentence("lee-15", r"His innings came from 207 balls[^.]*\.", file=ABC)
    later = story_sentence("lee-15", r"He was out three balls later\.", file=ABC)
    found = _figures(f"{score}\n\n{innings} {later}")
    assert not found & {207, 12, 4, 3}, found
    assert 207 in _figures(innings)
