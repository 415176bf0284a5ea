"""Whether a report tells a game: a question about the whole article, answered once.

A report of a game gives its score in one paragraph and its box score in others ("Michigan
earned 23 first downs"), and the analysis parses one doc per paragraph: whether a paragraph's
counts of play are that game's depends on the rest of its article. So the analysis pass
(``analyze``) asks ``tells_games`` of each article's paragraphs together, once, and keeps the
answer on the article (``Article.game_report``); every section reads that answer and none asks
again, so no reading depends on which section ran first.

The words of a game's telling live here too, since the answer is read from them: a score of
play (``score_of_play``), a game's time (``game_time``), an act only a game counts
(``play_only``). The figures' reading of one game's statistics against a season's totals
(``crosscheck.game_stats``) asks the same words of one sentence.
"""

from __future__ import annotations

import re

from .dates import MONTH_WORDS

# acts of play that only a game counts (lemmas; "pointer" is the parse's noun of "3-pointers")
PLAY_ONLY = {"rebound", "assist", "touchdown", "reception", "interception", "rbi", "rbis",
             "strikeout", "homer", "inning", "innings", "pointer", "three-pointer", "layup",
             "dunk", "fumble", "birdie", "bogey", "wicket"}
# a noun's compound that makes it an act of play: "free throws", "field goals", "jump shots"
_PLAY_COMPOUNDS = {("throw", "free"), ("goal", "field"), ("run", "home"), ("shot", "jump"),
                   ("attempt", "field"), ("kick", "penalty")}
# the time of a game, which places a sentence in play: "at halftime", "in overtime"
_GAME_TIME = {"halftime", "half-time", "overtime", "inning", "innings"}
_PERIODS = {"half", "quarter", "period"}
ORDINALS = {"first", "second", "third", "fourth", "final", "1st", "2nd", "3rd", "4th"}
# the dashes a report joins numbers or words with: the hyphen-minus, the hyphen (U+2010) a
# typesetter's text has, and the en dash of a score ("65–53")
DASHES = ("-", "\u2010", "\u2013")
DASH = "[-\u2010\u2013]"
# a game's score: "65-53", "a 102-95 win"
SCORE_PAIR = re.compile(rf"(?<![\d/.\-\u2010\u2013])\d{{1,3}}\s?{DASH}\s?\d{{1,3}}(?![\d/\-\u2010\u2013]|\.\d)")
# a cricket score, wickets lost for runs made as Australian reports write it: "slumped to 9 for
# 233", "Australia is no wicket for 126", "resume at 0 for 3"; read as a score of play only where
# a pair of numbers would be (``score_of_play``: beside a word of play or of one game), and a
# report tells a game by it only if it also counts an act of play ("wickets", "innings")
WICKETS_FOR_RUNS = re.compile(r"(?<![\d$£€.,/#])(?<!no\.\s)\b(?:10|\d|no\s+wickets?)\s+for\s+\d{1,3}\b(?![\d,.%]\d|\s*%)",
                              re.I)
# the nouns that name one game or where it stands: "in the game", "Sunday's win", "a 21-7
# halftime deficit", "the final score was 10-3", "by a score of 21-14" (7 such on train)
ONE_GAME = {"game", "match", "matchup", "win", "victory", "loss", "defeat", "rout", "contest",
            "opener", "finale", "meeting", "showdown", "shutout", "thumping", "blowout", "upset",
            "rematch", "playoff", "final", "clash", "triumph", "drubbing", "comeback", "lead",
            "deficit", "score", "scoreline"}
# what one side does to the other in a game: "beat Rutgers, 78-0", "outscored them 30-12"
BEAT = {"beat", "defeat", "rout", "edge", "outscore", "blank", "trounce", "thrash", "upset",
        "outlast", "overcome", "trail"}
# what a pair of numbers splits when it is no score: votes, a court's decision, a poll's shares,
# a season's wins and losses ("a 47-35 record", "a record of 150-128": the standings)
_SPLIT_AFTER = re.compile(r"^\s*(?:%|percent|per\s+cent|(?:[a-z]+\s+)?(?:votes?|decision|ruling|majority|"
                          r"verdict|tally|record|mark))\b", re.I)
_SPLIT_BEFORE = re.compile(r"(?:\bvot(?:e|ed|ing)|\b(?:record|mark)\s+of)\s*$", re.I)
# a month before a pair makes it a range of days: "at its next meeting sept. 20-21", "will take
# place april 6 – 7", "an oct. 3-28 meeting of bishops" (7 of a random 40 train reports whose
# score of play was read and that told no game: "meeting" names one game)
_MONTH_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(MONTH_WORDS)) + r")\.?\s*$", re.I)


def glued_pairs(doc, digits: int):
    """(first, last) number tokens of each pair written with a dash and no space, at most
    ``digits`` digits a side ("47-35", "68-32"), and not after a third number ("2016-10-05",
    "1/20-3": a date or a code). A record (``game_stats.record_sides``) and a vote's tally
    (``tallies.tally_sides``) are such pairs, told apart by the words beside them."""
    for t in doc[:-2]:
        dash, last = doc[t.i + 1], doc[t.i + 2]
        if (t.text.isdigit() and dash.text in DASHES and last.text.isdigit()
                and len(t.text) <= digits and len(last.text) <= digits and not t.whitespace_
                and not dash.whitespace_
                and not (t.i > 0 and doc[t.i - 1].text in (*DASHES, "/", "."))):
            yield t, last


def tells_a_game(docs) -> bool:
    """Whether a report, whose paragraphs the analysis parses one doc each, tells a game: a
    sentence of it gives a score of play, a pair of numbers ("a 45-27 win", "beat Rutgers,
    78-0", "a 21-7 halftime deficit") in a sentence that names one game, a game's time or a noun
    only a game counts. A vote's split ("a 5-4 decision", "voted 52-48") and a poll's ("leads
    48-42 percent") are no score; a profile of a player or a business report ("in the fourth
    quarter" of a year) gives no score of play, and an election's ("a 304-227 victory") no play:
    the report must also name a game's time or an act only a game counts somewhere ("at
    halftime", "rebounds", "touchdowns").

    Asked of the whole report, not of one paragraph: a report gives its score in one paragraph
    and its box score in others ("Michigan earned 23 first downs"). The analysis pass asks it
    once per article (``tells_games``) and keeps the answer (``Article.game_report``), so every
    reader sees the same answer whichever reads first."""
    docs = list(docs)
    return _tells(docs, _gives_a_score(docs))


def _tells(docs: list, scored: bool) -> bool:
    """``tells_a_game`` for a report whose score of play (``_gives_a_score``) is known."""
    return (scored and (any(of_play(t) for doc in docs for t in doc) or _a_game_scored(docs))) \
        or _told_without_score(docs)


# the nouns that name a game of sport and no vote or poll: "won the game 43-40", "a 118-97
# game 4 loss", "the match ended in a 1-1 draw", "a 113-103 playoff win", "in the world cup
# final". The other nouns of one game ("win", "victory", "lead", "meeting", "contest") an
# election has too: "romney's 41-38 percentage point win"
_SPORT_GAMES = {"game", "match", "matchup", "playoff", "final", "semifinal", "quarterfinal"}


def _a_game_scored(docs) -> bool:
    """A score of play in a sentence that names a game of sport (``_SPORT_GAMES``): the 150
    words Multi-News keeps of "the giants' 21-17 victory" or "beating the warriors 137-116
    in a testy game 4" often hold no word only a game uses ("rebounds", "halftime"), and an
    election's score never names a game. Counted on train: of 189 reports whose score of play
    was read but that told no game, 91 name such a noun in the score's sentence, none of them
    an election or a poll (a range of dates was one: "the aug. 6-15 preliminary round game
    schedule", which ``score_of_play`` no longer reads); of the other 98, 16 of a random 40
    were elections, polls and meetings."""
    return any(any(t.pos_ == "NOUN" and t.lemma_.lower() in _SPORT_GAMES for t in s)
               for s in _scored_sentences(docs))


def tells_games(reports) -> list[bool]:
    """Whether each report of one cluster tells a game (``tells_a_game``). A report that gives
    a score of play ("the cleveland cavaliers beat the boston celtics 135-102") but, in the
    150 words Multi-News keeps, no word only a game uses could be an election's "victory", so
    alone it tells no game, and its box score ("Kyrie irving added 24 points") stayed figures.
    The reports of a cluster retell one story: once another report tells the game, such a
    score is that game's.

    Only a report with a score of its own is read so. Reading every report of such a cluster
    as the game's (or every one that names play) dropped one game's counts on train text but
    18 shown numbers on the validation batches, none of them junk to the gold (junk33): a
    report that names play but gives no score of its own need not tell that game."""
    reports = [list(docs) for docs in reports]
    scored = [_gives_a_score(docs) for docs in reports]
    answers = [_tells(docs, score) for docs, score in zip(reports, scored)]
    if not any(answers):
        return answers
    return [told or score for told, score in zip(answers, scored)]


def _gives_a_score(docs) -> bool:
    """A sentence of the report gives a score of play (``score_of_play``); a pair of numbers
    first, one regex over each paragraph's text, as most reports have none."""
    return any(_scored_sentences(docs))


def _scored_sentences(docs):
    """The report's sentences that give a score of play (``score_of_play``), lazily."""
    return (s for doc in docs if SCORE_PAIR.search(doc.text) or WICKETS_FOR_RUNS.search(doc.text)
            for s in doc.sents if score_of_play(s))


def _told_without_score(docs) -> bool:
    """A report that tells its game without a pair of numbers: "davis needed only 70 pitches
    to shut out tennessee for the complete six-inning game". One side does to a named other
    what one side does in a game (``BEAT``, "shut out"), and the report counts what only a
    game counts or names a game's own time ("innings", "halftime", "rebounds"), not a period
    another report has too ("the fourth quarter" of a year): "Apple beat Samsung in the fourth
    quarter" tells no game. A result told over a named side ("a thrilling win over the
    indians") was tried too and cost the validation values a right figure (junk27)."""
    return any(_of_play_strictly(t) for doc in docs for t in doc) \
        and any(_beats_a_side(s) for doc in docs for s in doc.sents)


def _of_play_strictly(t) -> bool:
    """A game's own time or an act only a game counts, not a period a year has too ("the
    fourth quarter"): with no score to place it, a period proves no game."""
    return t.lower_ in _GAME_TIME or (t.pos_ in ("NOUN", "PROPN") and play_only(t))


def a_side(t) -> bool:
    """A named side: a team, a school, a country ("tennessee", "the indians", "Rutgers")."""
    return t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "GPE", "NORP")


def _beats_a_side(sent) -> bool:
    """"shut out tennessee", "beat the Yankees": one side's act over a named other, as a game
    has it; "beat analysts' estimates" names no side."""
    for t in sent:
        lemma = t.lemma_.lower()
        if t.pos_ == "VERB" and (lemma in BEAT or (lemma == "shut" and any(
                c.dep_ == "prt" and c.lower_ == "out" for c in t.children))):
            if any(c.dep_ == "dobj" and a_side(c) for c in t.children):
                return True
    return False


def play_only(t) -> bool:
    """Whether a token names an act only a game counts: "rebounds", "free throws"."""
    lemma = t.lemma_.lower()
    return lemma in PLAY_ONLY or t.lower_ in PLAY_ONLY or any(
        (lemma, c.lower_) in _PLAY_COMPOUNDS for c in t.children
        if c.dep_ in ("compound", "amod", "nmod") and c.i < t.i)


def of_play(t) -> bool:
    """A word only a game's telling uses: a game's time or an act only a game counts. The
    made-of line, the margin and the report of a game all ask it."""
    return game_time(t) or (t.pos_ in ("NOUN", "PROPN") and play_only(t))


def game_time(t) -> bool:
    """"at halftime", "in overtime", "in the third quarter", "in the 89th minute", "the second
    half of the game" (not "the first half of 2016")."""
    return t.lower_ in _GAME_TIME or (
        (t.lower_ in _PERIODS or t.lower_ == "minute")
        and any(c.lower_ in ORDINALS or c.tag_ == "JJ" and re.match(r"^\d+(?:st|nd|rd|th)$", c.lower_)
                for c in t.children)
        and not any(c.dep_ == "prep" and c.lower_ == "of" and not _of_a_game(c) for c in t.children))


# what a period is of when it is a game's: "the third quarter of the game", "the first half of
# game 5", "the second half of their match"
_GAMES = {"game", "match", "contest", "matchup"}


def _of_a_game(prep) -> bool:
    """"of the game", "of game 5": a period of one game, not of a year ("of 2016")."""
    return any(o.dep_ == "pobj" and o.lemma_.lower() in _GAMES for o in prep.children)


def score_of_play(sent) -> bool:
    """Whether a sentence gives a score of play: a pair of numbers ("45-27") beside a game's
    time, a noun that names one game or its state ("the game", "Sunday's win", "a halftime
    deficit"), a verb of one side over the other ("beat", "outscored"), or a noun only a game
    counts. A pair a vote or a poll splits is none, and so is a win-loss record: "Martinez led
    the Hawks to a 47-35 record and a playoff berth" tells a coach's season, not a game."""
    text = sent.text
    if not any(not _SPLIT_AFTER.match(text[m.end():]) and not _SPLIT_BEFORE.search(text[:m.start()])
               and not _MONTH_BEFORE.search(text[:m.start()]) for m in SCORE_PAIR.finditer(text)) \
            and not any(not _SPLIT_AFTER.match(text[m.end():]) for m in WICKETS_FOR_RUNS.finditer(text)):
        return False
    return any(of_play(t)
               or (t.pos_ == "NOUN" and t.tag_ == "NN" and t.lemma_.lower() in ONE_GAME)
               or (t.pos_ == "VERB" and t.lemma_.lower() in BEAT) for t in sent)
