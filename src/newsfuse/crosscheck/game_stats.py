"""One game's score and statistics: no report tabulates them.

A report of a game writes the box score into its prose. The gold's sports ruling (seventeenth
session, gold/README.md) reads a game's score and that one game's statistics (points, rebounds,
assists, goals, shots, yards, saves, minutes, a team's totals or margin in that game, shooting
lines) as no figures, and a season's or a career's totals, records the reports compare,
standings, attendance, salaries and fees as figures. Before the ruling the older gold read one
game's counts of play as figures, so only the lines no annotation tabulated were left out here:
the shooting line, a share of shots made ("Miami shot 48 percent from the field", "45 percent
shooting", "hit 40 percent of their 3-pointers") or a made-of-attempted pair ("went 7-for-12
from the floor"), and a margin told beside the score it restates ("won by 12 points, 65-53").

``game_statistic`` reads the rest of the ruling: a count of play in a report that gives a
score of play, unless the parse ties the count itself to many games (a season, a career, a
record it is or sets, a count of games, a rate per game). A player's arrest or a season's
review names a game now and then but gives no score of play, and its counts stay figures,
save a count only a game has ("two catches for 25 yards") in a sentence that names one game
against a side ("in Tampa's first meeting with the Bears").

The parse decides: the verb that governs the share ("shot"), what follows it ("from the field",
"from 3-point range", "shooting"), or what it is a share of (a noun only a game counts); a
made-of pair only in a sentence of play; the noun a count of play counts and what the sentence
counts it over.

Whether the report tells a game at all is asked of the whole article, once, by the analysis
pass (``newsfuse.game_report``, kept as ``Article.game_report``); the words of a game's telling
(a score of play, a game's time, an act only a game counts) are that module's, and read here of
one sentence.
"""

from __future__ import annotations

import re

from ..dates import WEEKDAYS
from ..game_report import (BEAT, DASH, DASHES, ONE_GAME, ORDINALS, PLAY_ONLY, SCORE_PAIR, a_side, game_time,
                           glued_pairs, of_play, play_only, score_of_play, tells_a_game)

# where a shot is taken from: "from the field", "from 3-point range", "from the free-throw line"
# (not "the line" or "deep" alone: "30 percent from deep lows")
_FROM_SPOT = re.compile(r"^\s*(?:of\s+(?:\w+\s+){0,3})?from\s+(?:the\s+)?(?:field|floor|"
                        r"free[-\s]throw\s+line|foul\s+line|beyond\s+the\s+arc|"
                        r"(?:3|three)[-\s]?point\s+(?:range|line))\b(?!\s+(?:price|level|value)s?\b)",
                        re.I)
# "7-for-12", "3-of-5": made of attempted, as a shooter's or a batter's line writes it
_MADE_OF = re.compile(rf"^\s*{DASH}\s*(?:for|of)\s*{DASH}\s*\d+\b", re.I)


def shooting_line(ent) -> bool:
    """Whether the number ``ent`` is a shooting line: a share of shots made or a made-of-
    attempted pair (see the module's docstring)."""
    doc = ent.doc
    if ent.label_ == "PERCENT":
        return _share_of_shots(ent) and not _line_over_many_games(ent)
    after = doc[ent.end:min(ent.end + 4, len(doc))].text
    return bool(_MADE_OF.match(after)) and _in_play(ent.sent, doc[ent.end:min(ent.end + 8, len(doc))]) \
        and not _line_over_many_games(ent)


def _line_over_many_games(ent) -> bool:
    """A career's or a season's shooting, which the ruling keeps as a figure: the parse ties
    many games to the share itself ("shot 48 percent from the field this season") or to the
    clause a "while shooting" hangs from ("In 96 career playoff games, he averaged 17.3 points
    while shooting 49.6 percent from the field")."""
    if _many_games(ent.root):
        return True
    verb = next((t for t in ent.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.dep_ == "advcl" and verb.tag_ == "VBG" \
        and not any(c.dep_ in _SUBJECTS for c in verb.children) and _many_games(verb.head)


def _lemma(t) -> str:
    return t.lemma_.lower()


def _share_of_shots(ent) -> bool:
    """"Miami shot 48 percent from the field", "45 percent shooting", "hit 40 percent of
    their 3-pointers": a team's or a player's share of shots made."""
    doc = ent.doc
    rest = doc[ent.end:min(ent.end + 8, len(doc))]
    share = ent.root
    while share.dep_ == "conj":  # "48 percent from the field and 40 percent from 3-point range"
        share = share.head
    verb = share.head
    if share.dep_ == "dobj" and _lemma(verb) == "shoot" and not any(c.dep_ == "prt" for c in verb.children):
        return True  # "Miami shot 48 percent", not "prices shot up 20 percent"
    if len(rest) and rest[0].lower_ == "shooting":
        return True
    if _FROM_SPOT.match(rest.text):
        return True
    of = next((c for c in ent.root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return of is not None and any(o.dep_ == "pobj" and play_only(o) for o in of.children)


def _in_play(sent, rest) -> bool:
    """Whether a made-of pair is a line of play: a spot it is shot from ("7-for-12 from the
    floor"), "shooting", a game's time, or a noun only a game counts in the sentence."""
    if _FROM_SPOT.match(rest.text) or re.search(r"\bshooting\b", rest.text, re.I):
        return True
    return any(of_play(t) for t in sent)


# what a game's margin is counted in: "won by 12 points", "lost by two runs"
_MARGIN_UNITS = {"point", "run", "goal", "stroke", "length", "wicket"}


def margin_of_score(ent, game_report: bool | None = None) -> bool:
    """"The Wildcats won by 12 points, 65-53": the margin of a game whose score the sentence
    gives, or which it places in a game's time, is the score told again. A margin with no
    score beside it ("Hale lost the Vermont primary by 14 points", "ahead by 2 points in the
    poll") is an election's or a poll's, and stays a figure. In a report that tells a game
    (``game_report``), a margin by which one side beat a named other ("Australia has beaten
    South Africa by 246 runs", "defeated Italy by three goals") is that game's result told as
    a score is, though the sentence gives no pair: the side beaten is the parse's object of the
    verb of beating (``tells_a_game`` reads the same act), and an election's "defeated Smith by
    14 points" is no report of a game."""
    root = ent.root
    noun = root.head if root.dep_ in ("nummod", "compound") else None
    if noun is None or noun.lemma_.lower() not in _MARGIN_UNITS:
        return False
    if not (noun.dep_ == "pobj" and noun.head.lower_ == "by"):
        return False
    sent = ent.sent
    if SCORE_PAIR.search(sent.text) or _in_play(sent, sent[0:0]):
        return True
    verb = noun.head.head
    return bool(game_report) and verb.pos_ == "VERB" and verb.lemma_.lower() in BEAT \
        and any(c.dep_ == "dobj" and a_side(c) for c in verb.children)


# what a box score counts in one game, besides the acts only a game counts (``PLAY_ONLY``):
# nouns other stories use too ("points" of an index, "goals" of a plan, "shots" fired, "yards"
# from a door, "scores" of a test, "shootings"), read as play only in a report that gives a
# score of play ("threw for two more scores", "held to 19 of 62 shooting")
_PLAY_COUNTS = PLAY_ONLY | {
    "point", "goal", "yard", "shot", "save", "catch", "pass", "completion", "attempt", "carry",
    "sack", "tackle", "turnover", "steal", "block", "foul", "hit", "run", "walk", "kick", "punt",
    "play", "drive", "ace", "td", "down", "basket", "minute", "second", "lap", "putt", "corner",
    "score", "shooting",
    # a pitcher's game told by whom he faced and how he threw: "needed just 70 pitches",
    # "struck out eight batters", "retired all 27 hitters", "stranded three runners"
    "pitch", "batter", "hitter", "runner",
    # an innings told by what the batsman faced and hit: "came from 207 balls, including 12
    # fours and four sixes", "out three balls later", "only 40 overs possible"
    "ball", "delivery", "over", "four", "six"}
# what spans many games: a season's or a career's total, an average, a record the reports
# compare, a team's standing ("lost 10 games", "in his last five starts")
_MANY_GAMES = {"season", "career", "campaign", "year", "average", "record", "history", "all-time",
               "standing", "standings", "table"}
_MANY_GAME_COUNTS = {"game", "match", "season", "start", "outing", "appearance", "contest", "year"}
# what is done with a gun's shots, which no game counts
_GUNFIRE = {"fire", "hear", "ring", "discharge", "shoot", "spray", "unleash", "squeeze"}
# a game's clock, which only a game counts down: "with two minutes left", "seconds to play",
# "with ten seconds on the clock" (worth's countdown reads the same words after minutes or
# seconds in any report, two words on, so "on the clock" is read only here)
CLOCK_AFTER = re.compile(r"^\s*(?:left|remaining|to\s+play|to\s+go|on\s+the\s+(?:game\s+|shot\s+)?clock)\b",
                         re.I)
_YARDS = re.compile(rf"(?:^|[\d\s]|{DASH})yards?$", re.I)
# a moment of play read off the game's clock from a period's start: "the winner 38 seconds into
# overtime", "two minutes into the second half"
_INTO_PLAY = re.compile(r"^\s*into\s+(?:the\s+)?(?:overtime|extra\s+time|ot|game|match|"
                        r"sudden\s*[-\u2010\u2013]?\s*death|"
                        r"(?:first|second|third|fourth|final|1st|2nd|3rd|4th)\s+"
                        r"(?:half|quarter|period|set|inning|overtime))\b", re.I)
# "a three-hitter", "his one-hitter": a pitcher's game told by the hits he allowed in it
_HITTER = re.compile(rf"^\s*{DASH}\s*hitters?\b", re.I)


def game_statistic(ent, game_report: bool | None = None) -> bool:
    """Whether the number ``ent`` is one game's statistic: a count of play ("scored 30 points",
    "had 12 rebounds", "rushed for 120 yards", "completed 31 of 36 passes", "a 27-yard run",
    "with two minutes left") in a report that tells a game (``game_report``, the analysis
    pass's answer of ``tells_a_game`` for the article ``ent`` stands in). A report of a
    game writes its box score into the prose, sentence after sentence, without naming the game
    each time ("Michigan earned 23 first downs"). A season's or a career's total, an average, a
    record, the standings, attendance, salaries and fees are what reports compare about a player
    or a team, and stay figures: a count the parse ties to many games (``_many_games``) is not
    read here, nor is a count in a report that tells no game (a player's arrest, his season's
    totals) unless its sentence names one game against a side (``_against_a_side``)."""
    if ent.label_ in ("MONEY", "PERCENT"):
        return False
    if _side_of_score(ent, game_report):
        return True
    doc = ent.doc
    if _HITTER.match(doc[ent.end:min(ent.end + 2, len(doc))].text) or ent.text.lower().endswith("-hitter"):
        return True  # "threw a three-hitter": the hits one game's pitcher allowed
    noun = _play_noun(ent)
    if noun is None:
        return False
    sent = ent.sent
    if _many_games(noun):
        return False
    if not _game_report(doc, game_report) and not (
            (_times_of_play(noun) or _lemma(noun)) in _NAMED_PLAY | PLAY_ONLY
            and (_against_a_side(sent) or _in_a_period(sent) or score_of_play(sent)
                 or ((_in_one_game(sent) or _on_a_weekday(sent))
                     and (_lemma(noun) != "yard" or noun.head.lower_ == "for")))):
        return False
    if _lemma(noun) in ("minute", "second"):
        # a game's clock ("with two minutes left") or time on the floor ("played 38 minutes"),
        # not a span of the story ("within 15 minutes of the final whistle")
        end = _finer_clock(doc, ent.end)  # "four hours and 33 minutes to play"
        after = doc[end:min(end + 4, len(doc))].text
        return bool(CLOCK_AFTER.match(after) or _INTO_PLAY.match(after)) \
            or any(_lemma(t) == "play" for t in noun.ancestors)
    return True


# counts of play that name their game when a sentence names one game against a side: "two
# catches for 25 yards" (not "points", "goals" or "shots", which a meeting or a plan has too)
_NAMED_PLAY = {"catch", "yard", "carry", "completion", "sack", "tackle", "turnover", "td"}


def _against_a_side(sent) -> bool:
    """"In Tampa's first meeting with the Bears", "in Sunday's win over Denver": the
    sentence names one game (a singular noun of one game, after "in" or "during") against a
    named side."""
    for t in sent:
        if _lemma(t) not in ONE_GAME or t.tag_ != "NN" or t.dep_ != "pobj" \
                or t.head.lower_ not in ("in", "during"):
            continue
        for prep in t.children:
            if prep.dep_ == "prep" and prep.lower_ in ("with", "against", "over", "versus", "vs", "vs."):
                if any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in prep.children):
                    return True
    return False


def _in_one_game(sent) -> bool:
    """"rushed for 42 yards and a TD in the Monday night victory", "had 12 tackles during the
    game": the sentence places its play in one game, a singular noun of one game after "in"
    or "during" with "the" or an owner before it, as a named side does (``_against_a_side``).
    A sentence that gives that game's score says the same ("led the Irish to a 20-3 upset of
    Michigan State, racking up 12 tackles": ``score_of_play``). Only a count of play reads
    so (``_NAMED_PLAY``), and yards only as what a run or a pass went for ("rushed for 42
    yards"): "stood 50 yards from the stadium during the game" is a distance."""
    for t in sent:
        if _lemma(t) in ONE_GAME and t.tag_ == "NN" and t.dep_ == "pobj" \
                and t.head.lower_ in ("in", "during") \
                and any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in t.children):
            return True
    return False


def _on_a_weekday(sent) -> bool:
    """"Devin Funchess had seven catches last Sunday in Foxborough": a weekday that places the
    sentence's play ("last Sunday", "on Monday night") names the one game of that day, as "in
    the game" does (``_in_one_game``); only a count of play reads so (``_NAMED_PLAY``): "the
    team signed three players on Monday" counts no play."""
    return any(t.lower_ in WEEKDAYS and (t.dep_ in ("npadvmod", "tmod")
                                        or (t.dep_ == "pobj" and t.head.lower_ == "on"))
               for t in sent)


def _in_a_period(sent) -> bool:
    """"kicked a 38-yard field goal in the fourth quarter", "had two catches at halftime": the
    sentence places its play in a period of one game (``game_time``), so its count of play is
    that game's, as a sentence that names the game against a side says (``_against_a_side``).
    Only a count of play reads so: "profits rose in the fourth quarter" counts no play."""
    return any(game_time(t) for t in sent)


def _side_of_score(ent, game_report: bool | None) -> bool:
    """One side of a score of play that the NER took alone: "overcame a 21-7 halftime
    deficit", "leads 78-0", "beat Rutgers, 78-0": a bare number joined by a dash to another,
    in a sentence that gives a score of play (``score_of_play``) in a report of a game."""
    doc = ent.doc
    if len(ent) != 1 or not ent[0].text.isdigit() or len(ent[0].text) > 3:
        return False
    i = ent.start
    if i + 2 < len(doc) and doc[i + 1].text in DASHES and doc[i + 2].text.isdigit():
        first = i
    elif i >= 2 and doc[i - 1].text in DASHES and doc[i - 2].text.isdigit():
        first = i - 2
    else:
        return False
    pair = doc[first:first + 3]
    return bool(SCORE_PAIR.fullmatch(pair.text)) and not _record_pair(doc, first) \
        and _game_report(doc, game_report) and score_of_play(ent.sent)


# what a win-loss pair is the record of: "a 47-35 record", "a record of 47-35", "a mark of 150-128"
_RECORD_WORDS = {"record", "mark"}


def _record_pair(doc, first: int) -> bool:
    """Whether the pair of numbers whose first number is token ``first`` ("43", "-", "39") is
    a win-loss record: "a 47-35 record", "a record of 47-35", "a mark of 150-128"."""
    after = doc[first + 3] if first + 3 < len(doc) else None
    before = doc[first - 2:first] if first >= 2 else None
    return (after is not None and after.lemma_.lower() in _RECORD_WORDS) or (
        before is not None and before[1].lower_ == "of" and before[0].lemma_.lower() in _RECORD_WORDS)


def record_sides(doc) -> list:
    """The two sides of each win-loss record, as (number span, "win" or "loss"): "a 47-35
    record" is 47 wins and 35 losses, the standings the sports ruling keeps as figures, which
    reports compare ("Martinez led the Hawks to a 47-35 record" against "despite a 47-35
    record"). The NER takes such a pair whole or in halves, and either way it was read as a
    game's score (``worth.reason``) or as one number; read here, each side counts its own."""
    from spacy.tokens import Span

    out = []
    for t, last in glued_pairs(doc, 4):
        if not _record_pair(doc, t.i):
            continue
        if len(t.text) == 4 and 1800 <= int(t.text) <= 2100:
            continue  # "his 2012-13 record": a season's years, not 2012 wins and 13 losses
        out.append((Span(doc, t.i, t.i + 1, label="CARDINAL"), "win"))
        out.append((Span(doc, last.i, last.i + 1, label="CARDINAL"), "loss"))
    return out


def _play_noun(ent):
    """The noun of play the number counts, or None: its counted noun ("30 points", "31 of 36
    passes"), a yard's measure ("312 yards", "a 27-yard run")."""
    from .numbers import counted_noun

    noun = counted_noun(ent)
    if noun is not None and (_lemma(noun) in _PLAY_COUNTS or noun.lower_ in _PLAY_COUNTS
                             or play_only(noun)):
        verb = next((t for t in noun.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if _lemma(noun) == "shot" and verb is not None and _lemma(verb) in _GUNFIRE:
            return None  # "police said 12 shots were fired after the game": a shooting's count
        return noun
    if noun is not None and _lemma(noun) == "time" and noun.i >= ent.end:
        verb = next((t for t in noun.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if verb is not None and _lemma(verb) == "score":
            return noun  # "the Kings scored three times": goals told as a count of scoring
        if _times_of_play(noun) is not None:
            return noun  # "rushed eight times for 80 yards", "was sacked four times"
    if ent.label_ in ("TIME", "DATE") and _lemma(ent.root) in ("minute", "second"):
        return ent.root  # "played 41 minutes", "with two minutes left": the span is its own noun
    if ent.label_ in ("TIME", "DATE") and _lemma(ent[-1]) in ("minute", "second") \
            and any(t.lower_ == "and" for t in ent):
        return ent[-1]  # "nine minutes and 40 seconds": a clock read to the second, taken whole
    rest = _finer_clock(ent.doc, ent.end)
    if ent.label_ in ("TIME", "DATE") and rest > ent.end and _lemma(ent[-1]) in ("hour", "minute"):
        return ent.doc[rest - 1]  # "four hours" of "four hours and 33 minutes to play"
    doc = ent.doc
    after = doc[ent.end:min(ent.end + 2, len(doc))]
    if _YARDS.search(ent.text.strip()):
        return ent.root
    if len(after) == 2 and after[0].text in DASHES and after[1].lemma_.lower() == "yard":
        return after[1]  # "a 6-yard pass": the NER left the unit outside
    return None


# an act of play told as a count of times, and the count of play it is: "rushing 10 times for
# 57 yards" (carries), "was sacked four times" (sacks), "intercepted his passes three times"
_PLAY_TIMES = {"rush": "carry", "carry": "carry", "sack": "sack", "intercept": "interception",
               "fumble": "fumble"}
_FOR_YARDS = re.compile(rf"^\s*for\s+(?:\d[\d,]*|a|an)\s*(?:{DASH}\s*)?yards?\b", re.I)


def _times_of_play(noun) -> str | None:
    """The count of play a number of "times" is, or None: the times of an act only play has
    ("rushed eight times", "was sacked four times"), and a run's times that go for yards ("ran
    16 times for 91 yards", not "ran for office twice")."""
    if _lemma(noun) != "time":
        return None
    verb = next((t for t in noun.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    if _lemma(verb) in _PLAY_TIMES:
        return _PLAY_TIMES[_lemma(verb)]
    doc = noun.doc
    if _lemma(verb) == "run" and _FOR_YARDS.match(doc[noun.i + 1:min(noun.i + 5, len(doc))].text):
        return "carry"
    return None


def _finer_clock(doc, end: int) -> int:
    """Where a clock's reading ends when a finer unit follows the span: "four hours" of "four
    hours and 33 minutes", "nine minutes" of "nine minutes and 40 seconds" (the figure reader
    reads the first span alone); ``end`` when none follows."""
    if end + 2 < len(doc) and doc[end].lower_ == "and" and doc[end + 1].like_num \
            and _lemma(doc[end + 2]) in ("minute", "second"):
        return end + 3
    return end


def _game_report(doc, game_report: bool | None) -> bool:
    """The report's answer (``tells_a_game``) when the caller has it; a doc read with none (a
    test's sentence, a bench's) is its own report."""
    return tells_a_game([doc]) if game_report is None else game_report


# what joins a clause of its own to a count's verb or noun: what such a clause says ("setting
# a school record", "who leads the league this season") is not said of the count
_CLAUSES = {"advcl", "ccomp", "xcomp", "conj", "parataxis", "relcl", "csubj", "csubjpass",
            "cc", "punct", "mark"}
_SUBJECTS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}


def _count_scope(noun):
    """The words the parse ties to the count of ``noun``: the noun and what it hangs from up
    to its verb ("a record of 38 points", "career-highs of 71 receptions"), their modifiers
    ("30 points a game", "612 career rebounds"), and the verb's own modifiers and objects
    ("scored 1,548 points this season", "in his last five games", "had his finest season
    with 59 receptions"), with a clause that tells what the same act did and has no subject of
    its own ("scored 52 points, breaking the school record"). The subject is the count's own
    only after a copula ("his 40 points were a school record"); any other clause is left out
    ("as Jones set the scoring record", "who leads the league this season"). Returns (scope,
    near, verb): every word tied to the count, the words that say what the count is or does
    (the noun's path and its modifiers, the verb's objects and its clause's), and the verb
    (None in a verbless line)."""
    path, t = [noun], noun
    while t.head.i != t.i and t.head.pos_ not in ("VERB", "AUX"):
        t = t.head
        path.append(t)
    verb = t.head if t.head.i != t.i else None
    on_path = {p.i for p in path}
    scope: dict = {}

    def take(w):
        scope[w.i] = w
        for c in w.children:
            if c.i not in on_path and c.dep_ not in _CLAUSES:
                take(c)

    for p in path:
        take(p)
    near = on_path | {c.i for p in path for c in p.children}
    if verb is not None:
        copula = verb.lemma_.lower() == "be"
        for c in verb.children:
            if c.i in on_path:
                continue
            if c.dep_ == "advcl" and (c.tag_ in ("VBG", "VBN") or c.tag_ == "VB" and any(
                    g.dep_ == "aux" and g.lower_ == "to" for g in c.children)) \
                    and not any(g.dep_ in _SUBJECTS for g in c.children):
                take(c)  # "..., breaking the school record", "to break the record"
                near |= {g.i for g in c.children if g.dep_ in ("dobj", "attr")}
            elif c.dep_ not in _CLAUSES and (copula or c.dep_ not in _SUBJECTS):
                take(c)
                if c.dep_ in ("dobj", "attr", "nsubj", "nsubjpass"):
                    near.add(c.i)
    return sorted(scope.values(), key=lambda w: w.i), near, verb


def _many_games(noun) -> bool:
    """Whether the count of ``noun`` is over many games: a season's, a career's or a year's
    total, an average, a record, a count of games ("in five games"), a rate per game ("30
    points a game"). Only what the parse ties to the count reads (``_count_scope``): a season
    or a record the sentence names elsewhere ("Michigan, which improved to 10-2 on the season,
    earned 23 first downs"; "Smith had 12 rebounds as Jones set the scoring record") leaves one
    game's counts one game's. A season that only places one game ("in the first meeting this
    season", "the season opener") and a game's best ("a career-high 30 points") do not make a
    count many games'. A record counts only as what the count is or does ("a record of 38
    points", "his 40 points were a school record", "set the record with 40 points", "scored 52
    points, breaking the school record"), not as another word's ("in a record-setting win")."""
    doc = noun.doc
    scope, near, verb = _count_scope(noun)
    if verb is not None and _lemma(verb) == "average":
        return True  # "averaging 27.1 points"
    if verb is not None and (_running_total(noun, verb, scope) or _ranked_feat(verb)
                             or _league_rank(verb)):
        return True
    for t in scope:
        lemma = _lemma(t)
        if t.ent_type_ == "DATE" and re.fullmatch(r"(?:19|20)\d\d", t.text):
            return True  # "his best season in 2011"
        if lemma in _MANY_GAME_COUNTS and t.tag_ in ("NNS",) and any(
                c.like_num or c.lower_ in ("several", "many", "last", "all") for c in t.children):
            return True  # "in his last five games", "in 10 seasons"
        if lemma in ("game", "contest") and t.tag_ == "NN" and t.i > 1 \
                and doc[t.i - 1].lower_ in ("a", "per") \
                and doc[t.i - 2].lemma_.lower() in _PLAY_COUNTS | {"yard"}:
            return True  # "30 points a game", "yards per game" (not "in a game against Denver")
        if lemma in ("average", "averaging") or (lemma == "per" and t.i + 1 < len(doc)
                                                  and _lemma(doc[t.i + 1]) in ("game", "season")):
            return True
        if lemma not in _MANY_GAMES:
            continue
        if t.i + 2 < len(doc) and doc[t.i + 1].text in DASHES \
                and doc[t.i + 2].lower_ in ("high", "best", "low", "worst"):
            continue  # "a career-high 30 points": one game's best (not "set career-highs of")
        if lemma in ("season", "year", "career", "campaign") and _places_a_game(t):
            continue
        if lemma == "year" and t.i >= 2 and doc[t.i - 1].text in DASHES and doc[t.i - 2].like_num \
                and t.dep_ in ("compound", "amod", "npadvmod"):
            continue  # "to end their 108-year title drought": a span that measures another noun
        if lemma == "record" and t.i not in near:
            continue  # "in a record-setting win": the record is another word's
        return True
    return False


# a game's own hour, which places a count told in the present in that game: "has 31 points
# with two minutes left", "has 20 points tonight"
_TONIGHT = {"tonight", "today"}


def _running_total(noun, verb, scope) -> bool:
    """A count told as it stands now: the present ("leads the league with 1,548 points", "has 71
    catches for 1,212 yards", "ranks second in the NFL with 12 sacks", "sits two points behind
    Arsenal") or the present perfect ("has thrown 40 touchdown passes"). A report narrates its
    game in the past tense; what a player or a team has now is a season's or a career's total,
    or the standings. Not a count that is the verb's subject ("Wade's 31 points lead Miami past
    New York", a headline's present), nor one whose words place it in one game ("has 31 points
    with two minutes left", "in the game")."""
    top = noun
    while top.head.i != verb.i and top.head.i != top.i:
        top = top.head
    if top.dep_ in _SUBJECTS:
        return False
    present = verb.tag_ in ("VBZ", "VBP") or (verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and _lemma(c) == "have" and c.tag_ in ("VBZ", "VBP") for c in verb.children))
    if not present or not _ends_as_prose(noun.sent):
        return False
    return not any(game_time(t) or t.lower_ in _TONIGHT or (t.tag_ == "NN" and _lemma(t) in ONE_GAME)
                   or CLOCK_AFTER.match(t.doc[t.i + 1:t.i + 3].text) and _lemma(t) in ("minute", "second")
                   for t in scope if t.i != noun.i)


def _ends_as_prose(sent) -> bool:
    """Whether a sentence ends as a report's prose does (a full stop, a question or an
    exclamation mark, a closing quotation mark): a headline has none, and its present narrates
    the game ("Wade scores 31 points as Heat beat Knicks")."""
    last = next((t for t in reversed(sent) if not t.is_space), None)
    return last is not None and last.text[-1] in ".!?\"'”’"


def _ranked_feat(verb) -> bool:
    """"the fifth player in NBA history to score 30,000 points", "the youngest player to hit
    500 home runs": the count is what ranks a player among all others, a record the reports
    compare, not what one game did."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if verb.dep_ in ("acl", "relcl"):
        ranked = [verb.head]
    elif verb.dep_ in ("advcl", "xcomp"):  # the parse hangs "to score" on "became"
        ranked = [c for c in verb.head.children if c.dep_ in ("attr", "dobj", "oprd")]
    else:
        return False
    return any(c.dep_ in ("amod", "nummod") and (c.ent_type_ == "ORDINAL" or c.tag_ == "JJS"
                                                 or c.lower_ in ORDINALS | {"only"})
               for noun in ranked for c in noun.children)


# what a player or a team is ranked within when it leads it: "leads the league", "ranked second
# in the nation", "topped the conference"
_LEAGUES = {"league", "nation", "conference", "division", "country", "majors"}


def _league_rank(verb) -> bool:
    """"led the league with 12 sacks", "ranks second in the nation with 1,500 rushing yards": a
    rank within a league is over its season (not "led all scorers with 31 points", "led the Heat
    with 31 points", one game's)."""
    if _lemma(verb) not in ("lead", "rank", "top", "pace"):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
                for o in c.children if o.dep_ == "pobj"]
    return any(_lemma(o) in _LEAGUES for o in objects)


def _places_a_game(t) -> bool:
    """"the season opener", "the first meeting this season", "the regular season finale": a
    season named only to place one game; "a 38-yard field goal, his first of the season", "33
    points, his most this season": a season or a career that ranks one game's act, as "a
    career-high" does."""
    if t.head.i != t.i and _lemma(t.head) in ONE_GAME:
        return True
    head = t.head
    while head.i != head.head.i and head.pos_ not in ("VERB", "AUX"):
        if _lemma(head) in ONE_GAME or head.tag_ in ("JJS", "RBS") or head.lower_ in ORDINALS:
            return True
        head = head.head
    return False


SCORE = re.compile(r"^(\d{1,2})\s*[-–]\s*(\d{1,2})$")
# what a game's score is the score of: "a 34-28 victory", "a 3-0 lead", "a 10-6 record", "an
# 8-0 thumping"
_RESULTS = {"win", "victory", "loss", "defeat", "lead", "record", "draw", "tie", "rout",
            "triumph", "shutout", "drubbing", "thrashing", "comeback", "thumping", "blowout",
            "shellacking", "whipping", "romp", "deficit", "upset", "scoreline", "beatdown"}


def score_half(ent):
    """One side of a game's score that the NER took alone: "a 34-28 victory by the 49ers",
    "clinch a 13-12 victory", "a 3-0 lead", "a 10-6 record": two numbers joined by a dash with
    no space, before a word for the result of a game, were counted as victories or leads. A
    score is read as one quantity only when the NER takes it whole (``SCORE``). A split of
    votes ("in a 5-4 decision", "a 76-0 vote") is left alone: reading every such split as a
    score took 9 gold figure values off the validation batches (aggregate line) against 5
    junk numbers; reading a pair with nothing counted after it as a record too ("the scarlet
    knights are 2-11 overall", "The Lakers fell to 30-42") took 8 others off and no junk."""
    doc = ent.doc
    if len(ent) != 1 or not ent[0].text.isdigit():
        return False
    if not ent[0].whitespace_ and ent.end + 1 < len(doc) and doc[ent.end].text in ("-", "–", "‐") \
            and not doc[ent.end].whitespace_ and doc[ent.end + 1].text.isdigit():
        last = doc[ent.end + 1]
    elif ent.start >= 2 and doc[ent.start - 1].text in ("-", "–", "‐") \
            and not doc[ent.start - 1].whitespace_ and doc[ent.start - 2].text.isdigit() \
            and not doc[ent.start - 2].whitespace_:
        last = ent[0]
    else:
        return False
    if len(last.text) > 3 or len(doc[last.i - 2].text) > 3:
        return False  # "1939-45", "555-1234": years and telephone numbers, not scores
    return _result_after(doc, last.i + 1)


def _result_after(doc, i: int) -> bool:
    """Whether the word at ``i``, after a pair of numbers, names the result of a game: "a
    34-28 victory", "a 3-2 series lead" (the series' score, games won), "a 118-97 game 4 loss"
    (which game of a series it was)."""
    nxt = doc[i] if i < len(doc) else None
    if nxt is not None and nxt.lower_ in ("series", "game", "match") and nxt.i + 1 < len(doc):
        nxt = doc[nxt.i + 1]
        if nxt.text.isdigit() and len(nxt.text) == 1 and nxt.i + 1 < len(doc):
            nxt = doc[nxt.i + 1]
    return nxt is not None and nxt.lemma_.lower() in _RESULTS


# a match told set by set: two or more pairs joined by commas, a tiebreak's points in brackets
# after a set ("a 6-4, 3-6, 7-6 ( 9 ), 3-6, 10-8 victory", "a 6-1, 6-0 drubbing")
_SET_RUN = re.compile(rf"(?<![\d/.\-\u2010\u2013])\d{{1,2}}\s?{DASH}\s?\d{{1,2}}(?:\s?\(\s?\d{{1,2}}\s?\))?"
                      rf"(?:\s?,\s?\d{{1,2}}\s?{DASH}\s?\d{{1,2}}(?:\s?\(\s?\d{{1,2}}\s?\))?)+(?![\d/\-\u2010\u2013])")
# the round a match's result is told of: "his 6-4, 6-3, 6-4 first round loss"
_ROUND = re.compile(r"^(?:first|second|third|fourth|fifth|final|opening)[-\s]round$|"
                    r"^(?:semi|quarter)?final$", re.I)


def set_scores(ent) -> bool:
    """A number of a match told set by set: "Marion bartoli won her first major title with a
    6-1, 6-4 victory", "his insipid 6-4, 6-3, 6-4 first round loss", "a 6-4, 3-6, 7-6 ( 9 ),
    3-6, 10-8 victory". Each pair is one set's games, the loser's sets written loser first, so
    neither a side alone (``score_half``) nor a whole pair with the winner first (``SCORE``)
    reads them all: the run of pairs before a word for the result is the match's score, every
    number in it (a tiebreak's points too). A run with no result after it is left alone."""
    sent = ent.sent
    text, base = sent.text, sent.start_char
    for m in _SET_RUN.finditer(text):
        if not (base + m.start() <= ent.start_char and ent.end_char <= base + m.end()):
            continue
        after = [t for t in sent if t.idx >= base + m.end()]
        i = 0
        if len(after) >= 3 and after[1].text in DASHES and _ROUND.match(f"{after[0].text}-{after[2].text}"):
            i = 3  # "first-round loss"
        elif len(after) >= 2 and _ROUND.match(f"{after[0].text} {after[1].text}"):
            i = 2  # "first round loss"
        elif after and _ROUND.match(after[0].text):
            i = 1  # "semifinal win"
        return i < len(after) and _result_after(ent.doc, after[i].i)
    return False


# a score the NER took whole with three digits a side, as basketball's are: "126-85"
_WIDE_SCORE = re.compile(r"^(\d{1,3})\s*[-–]\s*(\d{1,3})$")


def whole_score(ent) -> bool:
    """A game's score of three digits a side that the NER took whole, before a word for its
    result: "a 126-85 thumping of the Houston Rockets", "the Cavaliers' 135-102 win". A pair
    of one or two digits a side is read as a score wherever it stands (``SCORE``); three
    digits a side write ranges and House votes too ("a 232-196 vote"), so only a word for the
    result of a game after it reads such a pair as a score, and the winner's side comes first."""
    m = _WIDE_SCORE.match(ent.text.strip())
    return bool(m) and int(m.group(1)) >= int(m.group(2)) and _result_after(ent.doc, ent.end)


# how a series' score is written out: "won the series four games to two", "4 games to 1"
_SERIES_TO = re.compile(r"^\s*games?\s+to\s+(?:\d{1,2}|none|nil|zero|one|two|three)\b", re.I)


def series_score(ent) -> bool:
    """"Winning the best-of-seven series, four games to two": the games each side won of one
    series, told as a score is ("4-2"), either side of "games to". Not a count of games a
    season holds ("82 games to play" has no number after "to")."""
    doc = ent.doc
    if _SERIES_TO.match(doc[ent.end:min(ent.end + 4, len(doc))].text):
        return True
    before = doc[max(0, ent.start - 3):ent.start]
    return len(before) == 3 and before[0].like_num and before[1].lower_ in ("game", "games") \
        and before[2].lower_ == "to"


def series_format(ent) -> bool:
    """"Australia is now 1-0 in the best of three series", "a best-of-seven final", "best of
    five sets": how many games a series or a match is played over, which its rules fix before
    any game, not a count of the story (the gold reads it as the series' format). Only the
    number right after "best of": with a word between ("the best of his four NFL seasons")
    "best" picks one of many, which are counted."""
    doc = ent.doc
    words = [t.lower_ for t in doc[max(0, ent.start - 4):ent.start] if t.text not in DASHES]
    return words[-2:] == ["best", "of"]

