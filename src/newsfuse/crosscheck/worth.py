"""Which numbers a fact-checker would tabulate, and which are part of the prose.

A figures table is checked first and trusted most, so a number earns a row only when it
is a quantity of the story: people killed, wounded or arrested, money, counts of things,
percentages and rates, durations. An age ("Smith, 51,"), a year or decade ("the 2016
election", "the 1990s"), a building's storeys ("a four-story building"), a score ("won
3-1"), a rank ("No. 3") or a phrase like "one of the jobs" is prose. Each test reads the
parse the analysis pass already made; ``reason`` says why a number was left out, so the
rules can be checked one by one.
"""

from __future__ import annotations

import re

# what "N-<word>" describes when it is no quantity of the story
_SHAPE_WORDS = {"story", "storey", "stories", "storeys", "floor", "bedroom", "door", "lane",
                "star", "point", "time", "member", "seat", "inch", "foot",
                "hole", "speed", "piece", "part", "way", "game", "match", "round"}
_AGE = re.compile(r"^\s*-?\s*(?:year|month|week|day)s?[\s-]*old\b", re.I)
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
_DECADE = re.compile(r"^(?:1[89]|20)?\d0['’]?s$")
_SCORE = re.compile(r"^(\d{1,2})\s*[-–]\s*(\d{1,2})$")


def reason(ent, value) -> str | None:
    """Why this number entity is not worth tabulating, or None when it is."""
    doc = ent.doc
    text = ent.text.strip()
    after = doc[ent.end:min(ent.end + 4, len(doc))].text
    nxt = doc[ent.end] if ent.end < len(doc) else None
    prev = doc[ent.start - 1] if ent.start > 0 else None
    if ent.label_ in ("MONEY", "PERCENT"):
        return None
    if _AGE.match(after) or (prev is not None and prev.lower_ in ("aged", "age", "ages")):
        return "age"
    if _is_age_apposition(ent):
        return "age"
    if _YEAR.match(text.replace("the ", "")) and "," not in text:
        return "year"
    if _DECADE.match(text.lower().replace("the ", "")):
        return "decade"
    m = _SCORE.match(text)
    if m and int(m.group(1)) >= int(m.group(2)):
        return "score"
    if prev is not None and prev.lower_ in ("no.", "no", "number", "#") and prev.i == ent.start - 1 \
            and prev.text != "no":
        return "rank"
    if nxt is not None and nxt.text in ("-", "‐") and nxt.i + 1 < len(doc):
        word = doc[nxt.i + 1]
        if word.lower_ in _SHAPE_WORDS or word.lemma_.lower() in _SHAPE_WORDS:
            return "shape"  # "a four-story building", "a 10-point plan", "two-term"
    if "-" in text and text.lower().split("-")[-1] in _SHAPE_WORDS:
        return "shape"
    if value == 1 and text.lower() in ("one", "1", "a", "an", "single"):
        return "one"  # "one of the jobs", "in one deposition": no quantity to compare
    if nxt is not None and nxt.lower_ == "of" and text.lower() in ("one", "two", "both"):
        return "one"
    return None


def _is_age_apposition(ent) -> bool:
    """"John Smith, 51, of Springfield": a bare number set off by commas after a person."""
    doc = ent.doc
    if ent.start < 2 or ent.end >= len(doc) or len(ent) != 1 or not ent[0].like_num:
        return False
    before, after = doc[ent.start - 1], doc[ent.end]
    person = doc[ent.start - 2]
    return before.text == "," and after.text in (",", ".", ";") and \
        (person.ent_type_ == "PERSON" or person.pos_ == "PROPN") and ent[0].text.isdigit() \
        and 1 <= int(ent[0].text) <= 110
