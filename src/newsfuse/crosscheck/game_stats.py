"""A shooter's or a batter's line, and a game's margin told beside its score: no report
tabulates them.

A report of a game writes the box score into its prose. Its scores are ``worth.reason``'s
(issue 7 names them). Of the rest, the gold's annotators disagree on the counts of play: a
player's "59 receptions for 1,098 yards and seven touchdowns" is a figure in a tuning story (five
reports compare it), and the counts of play of a validation story are figures too (reading
every count of play in a game as no figure took 26 gold values and 6 right groups off the
validation batches, and kept only 2 junk numbers out; reading only the counts one report gives
took 10 values off; reading averages, "averaging 27.1 points", 1). What no annotation holds as
a figure, and one lists as no figure, is the shooting line: a share of shots made ("Miami shot
48 percent from the field", "45 percent shooting", "hit 40 percent of their 3-pointers") and a
made-of-attempted pair ("went 7-for-12 from the floor"). Those are left out here, and so is
a margin told beside the score it restates ("won by 12 points, 65-53"), which is the score.

The parse decides: the verb that governs the share ("shot"), what follows it ("from the field",
"from 3-point range", "shooting"), or what it is a share of (a noun only a game counts); a
made-of pair only in a sentence of play.
"""

from __future__ import annotations

import re

# acts of play that only a game counts (lemmas; "pointer" is the parse's noun of "3-pointers")
_PLAY_ONLY = {"rebound", "assist", "touchdown", "reception", "interception", "rbi", "rbis",
              "strikeout", "homer", "inning", "innings", "pointer", "three-pointer", "layup",
              "dunk", "fumble", "birdie", "bogey", "wicket"}
# a noun's compound that makes it an act of play: "free throws", "field goals", "jump shots"
_PLAY_COMPOUNDS = {("throw", "free"), ("goal", "field"), ("run", "home"), ("shot", "jump"),
                   ("attempt", "field"), ("kick", "penalty")}
# the time of a game, which places a sentence in play: "at halftime", "in overtime"
_GAME_TIME = {"halftime", "half-time", "overtime", "inning", "innings"}
_PERIODS = {"half", "quarter", "period"}
_ORDINALS = {"first", "second", "third", "fourth", "final", "1st", "2nd", "3rd", "4th"}
# where a shot is taken from: "from the field", "from 3-point range", "from the free-throw line"
# (not "the line" or "deep" alone: "30 percent from deep lows")
_FROM_SPOT = re.compile(r"^\s*(?:of\s+(?:\w+\s+){0,3})?from\s+(?:the\s+)?(?:field|floor|"
                        r"free[-\s]throw\s+line|foul\s+line|beyond\s+the\s+arc|"
                        r"(?:3|three)[-\s]?point\s+(?:range|line))\b(?!\s+(?:price|level|value)s?\b)",
                        re.I)
# "7-for-12", "3-of-5": made of attempted, as a shooter's or a batter's line writes it
_MADE_OF = re.compile(r"^\s*-\s*(?:for|of)\s*-\s*\d+\b", re.I)


def shooting_line(ent) -> bool:
    """Whether the number ``ent`` is a shooting line: a share of shots made or a made-of-
    attempted pair (see the module's docstring)."""
    doc = ent.doc
    if ent.label_ == "PERCENT":
        return _share_of_shots(ent)
    after = doc[ent.end:min(ent.end + 4, len(doc))].text
    return bool(_MADE_OF.match(after)) and _in_play(ent.sent, doc[ent.end:min(ent.end + 8, len(doc))])


def _lemma(t) -> str:
    return t.lemma_.lower()


def _play_only(t) -> bool:
    return _lemma(t) in _PLAY_ONLY or t.lower_ in _PLAY_ONLY or any(
        (_lemma(t), c.lower_) in _PLAY_COMPOUNDS for c in t.children
        if c.dep_ in ("compound", "amod", "nmod") and c.i < t.i)


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
    return of is not None and any(o.dep_ == "pobj" and _play_only(o) for o in of.children)


def _in_play(sent, rest) -> bool:
    """Whether a made-of pair is a line of play: a spot it is shot from ("7-for-12 from the
    floor"), "shooting", a game's time, or a noun only a game counts in the sentence."""
    if _FROM_SPOT.match(rest.text) or re.search(r"\bshooting\b", rest.text, re.I):
        return True
    for t in sent:
        if t.lower_ in _GAME_TIME or (t.pos_ in ("NOUN", "PROPN") and _play_only(t)):
            return True
        if t.lower_ in _PERIODS and any(c.lower_ in _ORDINALS for c in t.children) \
                and not any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children):
            return True
    return False


# what a game's margin is counted in: "won by 12 points", "lost by two runs"
_MARGIN_UNITS = {"point", "run", "goal", "stroke", "length", "wicket"}
# a game's score beside the margin: "65-53", "a 102-95 win"
_SCORE_PAIR = re.compile(r"(?<![\d/.-])\d{1,3}\s?[-–]\s?\d{1,3}(?![\d/-]|\.\d)")


def margin_of_score(ent) -> bool:
    """"The Wildcats won by 12 points, 65-53": the margin of a game whose score the sentence
    gives, or which it places in a game's time, is the score told again. A margin with no
    score beside it ("Trump lost the Idaho primary by 18 points", "ahead by 2 points in the
    poll") is an election's or a poll's, and stays a figure."""
    root = ent.root
    noun = root.head if root.dep_ in ("nummod", "compound") else None
    if noun is None or noun.lemma_.lower() not in _MARGIN_UNITS:
        return False
    if not (noun.dep_ == "pobj" and noun.head.lower_ == "by"):
        return False
    sent = ent.sent
    return bool(_SCORE_PAIR.search(sent.text)) or _in_play(sent, sent[0:0])
