"""Numbers that describe a kind of thing instead of counting anything of the story.

"a four-story building", "a 10-point plan", "the 13- and 15-inch models", 'the 14" Zenbook
Air', "a 9mm handgun", "a 3.5mm headset jack", "a zero waste plan", "has 87 storeys": the
number says what sort of building, plan, gun or policy it is, as an adjective would. A size
that is stated ("the 55-foot-long vessel", ``dimension_after``) stays a figure. ``worth.reason``
asks these tests and says "shape" or "degree"."""

from __future__ import annotations

import re

from .numbers import counted_noun


# what "N-<word>" describes when it is no quantity of the story
# (not "member" nor "seat": "the 1,000-member church", "a 500-seat auditorium" count a body's
# members and a hall's seats, which the tuning gold holds as figures, never as non-figures)
SHAPE_WORDS = {"story", "storey", "stories", "storeys", "floor", "bedroom", "door", "lane",
                "star", "point", "time", "inch", "foot",
                "hole", "speed", "piece", "part", "way", "game", "match", "round",
                "caliber", "calibre", "gauge",  # a gun's bore: "a .40-caliber handgun", "12-gauge"
                "figure",  # "a six-figure salary": how many digits a sum has, no count
                "dose"}  # "the two-dose shot": a vaccine's schedule, no count of doses given
_DIMENSIONS = {"long", "wide", "tall", "high", "deep", "thick"}


def dimension_after(doc, i) -> bool:
    """Whether "-long", "-wide", ... follows at token ``i``: "the 55-foot-long, 19-foot-wide
    vessel" gives a size, which a report states and another may contradict, while "a
    six-foot fence" or "a 10-inch blade" only describe (the unit alone is a shape word)."""
    return i + 1 < len(doc) and doc[i].text in ("-", "‐") and doc[i + 1].lower_ in _DIMENSIONS


def counts_singular(ent) -> bool:
    """A number above one counts a plural noun; zero before a singular noun ("a zero
    waste plan", "zero gravity") names a degree, not a count ("zero arrests" counts)."""
    noun = counted_noun(ent)
    return noun is not None and noun.tag_ == "NN"


def in_storeys(ent) -> bool:
    """"has 87 storeys", "is 40 stories tall", "a window 68 stories up", "fell 10 stories",
    "plunged nine floors": how high a building or a fall is, told in its storeys, like "a
    four-storey building" (the gold lists storeys as no figures). "stories" alone may be news
    stories and "floors" the floors a fire reached, so they need "tall", "high", "above",
    "up", "down" or "below" after them, or a verb of falling or climbing."""
    noun = counted_noun(ent)
    if noun is None:
        return False
    if noun.lower_ in ("storey", "storeys"):
        return True
    if noun.lower_ not in ("story", "stories", "floor", "floors"):
        return False
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if nxt is not None and nxt.lower_ in ("tall", "high", "above", "up", "down", "below"):
        return True
    verb = next((t for t in noun.ancestors if t.pos_ == "VERB"), None)
    return verb is not None and verb.lemma_.lower() in _HEIGHT_VERBS and noun.dep_ in ("dobj", "npadvmod")


# what is done over a building's storeys: "fell 10 stories", "climbed 40 floors"
_HEIGHT_VERBS = {"fall", "plunge", "plummet", "tumble", "drop", "jump", "leap", "climb", "rise",
                 "descend", "ascend", "dangle"}


def suspended_partner(ent):
    """The second number of a suspended hyphen, "13- and 15-inch models", "the 14-and 16-inch
    portables", "two- or three-bedroom flats", "17- to 18-year-olds": the first number's hyphen
    waits for the word after the second, so the first is read by that word (the tokenizer
    writes the first as "13-" or as "13" and "-"). None when the entity is no such first
    number. The one reading of the form, for ages and shapes alike."""
    doc = ent.doc
    last = ent[-1]
    i = ent.end
    if last.text.endswith(("-", "‐")) and last.text[:-1].replace(",", "").isdigit():
        pass
    elif last.like_num and i < len(doc) and doc[i].text in ("-", "‐") and not last.whitespace_:
        i += 1
    else:
        return None
    if i + 1 >= len(doc) or doc[i].lower_ not in ("and", "or", "&", "to"):
        return None
    second = doc[i + 1]
    if not second.like_num or i + 2 >= len(doc) or doc[i + 2].text not in ("-", "‐"):
        return None
    return second


def shape_word(word) -> bool:
    """Whether a word hyphened to a number makes it a shape, not a count (``SHAPE_WORDS``)."""
    return word.lower_ in SHAPE_WORDS or word.lemma_.lower() in SHAPE_WORDS


def named_body_size(ent) -> bool:
    """"the 15-member Security Council", "68 of the 100-member Senate": a number of members
    hyphened before a body's proper name is how many seats the body has by its rules, the same
    in every story that names it; it tells which body acts, not a quantity a report found or
    another could dispute. So is the number when the body is named again by the last word of
    its name ("the 15-member council" after "the Security Council"). A body no name marks stays a
    figure ("the 1,000-member evangelical church", "a 12-member jury": SHAPE_WORDS leaves
    "member" out for them). Capitals decide, so the name must be written with them."""
    doc = ent.doc
    i = ent.end
    if ent[-1].text.endswith(("-member", "‐member")):
        word = ent[-1]
    elif i + 1 < len(doc) and doc[i].text in ("-", "‐") and not ent[-1].whitespace_:
        word = doc[i + 1]
    else:
        return False
    if word.lemma_.lower() != "member" and not word.lower_.endswith("member"):
        return False
    body = word.head
    if body.i <= word.i or word.dep_ not in ("compound", "amod", "nmod"):
        return False
    between = doc[word.i + 1:body.i + 1]
    if body.pos_ == "PROPN" and all(t.text[:1].isupper() for t in between if t.is_alpha):
        return True
    # "The United Nations Security Council has authorised ... The 15-member council voted":
    # the body named again by the last word of its name, right after "member"
    return body.i == word.i + 1 and body.is_lower and body.pos_ == "NOUN" \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in body.children) \
        and any(t.i != body.i and t.pos_ == "PROPN" and t.lower_ == body.lower_
                and t.text[:1].isupper() and t.i > 0 and doc[t.i - 1].pos_ == "PROPN"
                and (t.i + 1 >= len(doc) or doc[t.i + 1].pos_ != "PROPN") for t in doc)


def inch_mark(ent) -> bool:
    """"The 13" Zenbook Air", "the 15" models": a whole number with an inch mark written
    against it, before the noun it sizes, is "13-inch" written short, a screen or a wheel size
    that names a model (``SHAPE_WORDS`` holds "inch"). Not a closing quotation mark: the
    quotation marks of the sentence before it must be balanced. A decimal ("a 15.4" display")
    is left alone."""
    doc = ent.doc
    if len(ent) != 1 or not ent[0].text.isdigit() or ent[0].whitespace_ or ent.end + 1 >= len(doc):
        return False
    mark, word = doc[ent.end], doc[ent.end + 1]
    if mark.text not in ('"', "”", "″", "''") or not word.is_alpha \
            or word.pos_ not in ("NOUN", "PROPN"):
        return False
    before = doc[max(ent.start - 2, 0):ent.start].text.replace(" ", "")
    if re.search(r"\d\.$", before):
        return False  # "15. 4"": the decimals of a size the text spaced out
    before = doc[ent.sent.start:ent.start].text
    return sum(before.count(q) for q in ('"', "“", "”")) % 2 == 0


_MILLIMETRES = {"mm", "millimeter", "millimetre", "millimeters", "millimetres"}
# nouns a size in millimetres before them measures rather than names: rain or snow that fell
# ("150mm rainfall"), a level's change ("a 30mm rise in sea levels"); no thing is made to them
_MEASURED_IN_MILLIMETRES = {"rain", "rainfall", "snow", "snowfall", "precipitation", "downpour",
                            "rise", "increase", "fall", "drop", "decline", "gain", "growth"}


def is_calibre(ent) -> bool:
    """"a 2.5mm mono audio jack", "a 9mm handgun", "155mm shells", "35mm film": a size in
    millimetres set before the noun it sizes is a standard the thing is made to, a calibre
    or a connector's, and names the kind of thing as "a 20-gauge shotgun" or "the 14-inch
    Zenbook" do (``SHAPE_WORDS``), not a measure of the story. A dimension stays ("a
    13.5mm-thick phone", ``dimension_after``), and so does a size said of the thing ("it is 13.5
    mm thick", "rainfall of 20mm") or an amount before its noun ("150mm rainfall", "a 30mm
    rise": ``_MEASURED_IN_MILLIMETRES``)."""
    doc = ent.doc
    num = next((t for t in reversed(list(ent)) if t.like_num), None)
    if num is None or num.i + 1 >= len(doc):
        return False
    unit = doc[num.i + 1]
    if unit.text in ("-", "‐") and unit.i + 1 < len(doc):
        unit = doc[unit.i + 1]
    if unit.lower_ not in _MILLIMETRES or dimension_after(doc, unit.i + 1):
        return False
    noun = unit.head
    return unit.dep_ in ("compound", "amod", "nmod", "nummod") and noun.i > unit.i \
        and noun.pos_ in ("NOUN", "PROPN") and noun.lemma_.lower() not in _MEASURED_IN_MILLIMETRES
