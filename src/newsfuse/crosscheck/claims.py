"""Figures the reports give, who gives them, and where the reports disagree.

A death toll is the figure readers most need checked and the one reports most often
disagree on. Each figure is read from the parse (the number, the noun it counts, the event
word such as "killed", and who the sentence credits), then figures about the same counted
thing and event are grouped across articles. A group is disputed when no single true count
could satisfy every figure in it: "at least 62" and "83" can both hold, "62" and "83" cannot.

The hand rules block figures by (event, counted-noun class), so a 200-article cluster compares
figures only with figures about the same kind of thing, never every sentence with every other.
Their grouping is one piece of evidence for the learned linker (links.py), which decides which
figures of two reports are one quantity; the rules' groups stand alone only past its pair limit.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

import numpy as np

from ..dates import MONTHS
from ..union_find import UnionFind
from . import worth
from .numbers import (AFTER_HEDGES, FRACTIONS, HEDGES, NUMERAL_ADVERBS, SCALES, TIME_UNITS, UNITS, VAGUE,
                      compatible, counted_noun, interval, magnitude, parse_amount)
from .names import Names, cluster_places, content_words, names_of, voice_key
from .events import ATTRIBUTION_VERBS, CORE_DEPS, EVENTS, TRACKED, event_of
from .quotes import independent
from .speech import (according_to, is_speech_verb, quoted_speakers, quoted_tokens, resolve_pronoun,
                     sentence_histories, speaker_of)

NUMBER_LABELS = {"CARDINAL", "QUANTITY", "MONEY", "PERCENT"}
# MiniLM cosine of two figures' sentences above which they are read as one quantity: to join
# blocks whose verbs differ, and (higher) to call two different values a dispute
MERGE_SIMILARITY = 0.5
DISPUTE_SIMILARITY = 0.6
SAME_VALUE_SIMILARITY = 0.2
# words of a rounded figure ("a half-million" holds "million"); "five and a half weeks" is exact
ROUND_WORDS = ("million", "billion", "thousand", "dozen", "bn")  # "$8bn" too
PERSON_MARGIN = 0.08  # "pirates" 0.10, "men" 0.21, "aides" 0.12; "lanes" -0.02, "cables" -0.13
RENAMED_MIN = 3  # the same exact count under two counted nouns (a source's or of people): not a small one
# sentences that say the same for counts of people under two nouns and verbs (0.4 and 0.3
# measured pooled; 0.3 showed one wrong group fewer on X, the same elsewhere)
RENAMED_SIMILARITY = 0.3
NOUN_SIMILARITY = 0.8  # "troops" ~ "soldiers" (0.89) but not "civilians" (0.64) in MiniLM
SAME_QUANTITY_RATIO = 3.0  # figures for one quantity rarely differ by more than 3x
VAGUE_STEP = 10.0  # "dozens" and "hundreds": one step of the vague scale
MAX_BLOCK = 2000
MAX_VALUES = 300  # distinct values in one group checked pair by pair
_BARE_NUMBER = re.compile(r"^\d{1,3}(,\d{3})*$")
# A duration NER calls DATE/TIME: "67 minutes", "nearly 40 years", "a 30-month time frame".
# Its unit is the counted thing; ages ("48 years old", "aged 14") are not figures of the story.
_DURATION = re.compile(r"^(?:the\s+|a\s+|an\s+|every\s+)?(.*?\S)[\s-]"
                       r"(second|minute|hour|day|week|month|year|decade|century|centurie)s?$", re.I)
# long spans told in the larger units are counted in years: "two decades" is "20 years"
_YEARS_IN = {"decade": 10, "century": 100, "centurie": 100}
_PRONOUNS = {"it", "they", "he", "she", "we", "i", "who", "which", "that", "this"}
# Pronouns that stand for a speaker named earlier ("He said some 400 people ..."); "we"/"I"
# outside a quote and relative pronouns are left alone.
_ANAPHORS = {"he", "she", "it", "they"}
# Phrasal verbs of proposing: the verb alone says something else ("called it a farce").
PROPOSAL_PARTICLES = {"call": "for", "push": "for", "argue": "for", "ask": "for"}


def _credits(verb) -> bool:
    """Whether a verb credits what it governs to its subject: a verb of saying or proposing,
    or a phrasal one ("The Crown had called for Lovett to spend up to five years")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = verb.lemma_.lower()
    if lemma in ATTRIBUTION_VERBS:
        return True
    particle = PROPOSAL_PARTICLES.get(lemma)
    if particle is None:
        return False
    # the particle hangs on the verb ("called for a ceasefire") or opens the clause it
    # governs ("called for Lovett to spend ...": "for" marks the clause)
    return any(c.lower_ == particle and c.dep_ in ("prep", "prt") for c in verb.children) or any(
        g.lower_ == particle and g.dep_ == "mark" for c in verb.children
        if c.dep_ in ("advcl", "ccomp", "xcomp") for g in c.children)


# nouns that only frame a span of time ("a 30-month time frame", "a five-year period"): the
# verb that owns the span says what it measures, not the noun
_SPAN_NOUNS = {"period", "frame", "span", "stretch", "window", "spell", "time"}


def _measured_thing(unit) -> str | None:
    """The noun a duration written as a modifier measures: "the 16-hour flight" -> "flight",
    "his 22-month investigation" -> "investigation". Such a duration is the length of that
    thing, whatever verb the sentence hangs it on ("said nearly 10 hours into the 16-hour
    flight", "started screaming about nine hours into the 15-hour flight"), and two of them
    are one quantity only when they measure the same thing ("a four-year review" is not "a
    10-year risk"). None for a duration that is no modifier, or that frames a span."""
    head = unit.head
    if unit.dep_ in ("compound", "amod", "nmod", "npadvmod") and head.pos_ == "NOUN" \
            and head.i > unit.i and head.lemma_.lower() not in _SPAN_NOUNS:
        return head.lemma_.lower()
    return None


def _lasting_one(ent) -> bool:
    """Whether a span is "a"/"an" and a unit of time that "-long" makes an adjective ("an
    hour-long show", "a year-long probe"): one unit, written without a number."""
    doc = ent.doc
    return len(ent) == 2 and ent[0].lower_ in ("a", "an") and ent[1].lower_ in TIME_UNITS \
        and ent.end + 1 < len(doc) and doc[ent.end].text in ("-", "‐") \
        and doc[ent.end + 1].lower_ == "long"


def _lasting_one_spans(doc) -> list:
    """"an hour-long", "a year-long" as duration spans: the NER gives them no entity, and
    a report's "one-hour show" then met nothing in another's "hour-long show"."""
    from spacy.tokens import Span

    out = []
    for t in doc[:-2]:
        if t.lower_ in ("a", "an") and not t.ent_type_ and not doc[t.i + 1].ent_type_:
            span = Span(doc, t.i, t.i + 2, label="TIME")
            if _lasting_one(span):
                out.append(span)
    return out


# "five a day", "twice a week": the amount of a rate per unit of time, not a span
_PER_UNIT = re.compile(r"^(.*?\S)[\s-]+(?:a|an|per)$", re.I)


def _duration(ent):
    """(amount text, unit token) for a duration entity, with "rate" third for an amount per
    unit of time ("five a day"), or None (dates, ages, "each year")."""
    if ent.label_ not in ("DATE", "TIME"):
        return None
    m = _DURATION.match(ent.text.strip())
    doc = ent.doc
    if _lasting_one(ent):
        return "one", ent[-1]  # "an hour-long daily daytime show": a one-hour show
    if m is None or parse_amount(m.group(1)) is None:
        return None
    after = doc[ent.end].lower_ if ent.end < len(doc) else ""
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    if (after in ("old", "ago", "later", "earlier", "ahead", "prior") or (
            after in ("before", "after") and before != "for")) or before in ("aged", "age"):
        # an age, or a date counted from another ("two days ago", "two days after the vote";
        # "for six days after escaping" is a span)
        return None
    unit = next((t for t in reversed(list(ent)) if t.lower_.rstrip("s") == m.group(2).lower()),
                ent.root)
    rate = _PER_UNIT.match(m.group(1))
    if rate:  # "five a day", "ten a day": five per day, not a span of six days
        return rate.group(1), unit, "rate"
    scale = _YEARS_IN.get(m.group(2).lower())
    if scale:  # "two decades" is 20 years, so it meets "20 years" in another report
        parsed = parse_amount(m.group(1))
        if parsed is None or isinstance(parsed[0], list):
            return None
        hedge = next((h for h, q in HEDGES if q == parsed[1] and m.group(1).lower().startswith(h)), "")
        return f"{hedge} {parsed[0] * scale:g}".strip(), unit, "years"
    return m.group(1), unit


# Units of measure a report writes after a number, under one name each, and the dimension
# each measures (a conversion in parentheses restates the figure in the other system).
MEASURES = {
    "km": ("km", "length"), "kilometer": ("km", "length"), "kilometre": ("km", "length"),
    "kilometers": ("km", "length"), "kilometres": ("km", "length"), "kms": ("km", "length"),
    "meter": ("m", "length"), "metre": ("m", "length"), "meters": ("m", "length"),
    "metres": ("m", "length"), "cm": ("cm", "length"), "centimeters": ("cm", "length"),
    "centimetres": ("cm", "length"), "mile": ("mile", "length"), "miles": ("mile", "length"),
    "foot": ("foot", "length"), "feet": ("foot", "length"), "ft": ("foot", "length"),
    "inch": ("inch", "length"), "inches": ("inch", "length"), "yard": ("yard", "length"),
    "yards": ("yard", "length"),
    "kg": ("kg", "mass"), "kilogram": ("kg", "mass"), "kilograms": ("kg", "mass"),
    "kilogramme": ("kg", "mass"), "kilogrammes": ("kg", "mass"), "kilos": ("kg", "mass"),
    "g": ("g", "mass"), "gram": ("g", "mass"), "grams": ("g", "mass"),
    "gramme": ("g", "mass"), "grammes": ("g", "mass"), "lb": ("lb", "mass"),
    "lbs": ("lb", "mass"), "pound": ("lb", "mass"), "pounds": ("lb", "mass"),
    "oz": ("oz", "mass"), "ounce": ("oz", "mass"), "ounces": ("oz", "mass"),
    "tonne": ("tonne", "mass"), "tonnes": ("tonne", "mass"), "ton": ("ton", "mass"),
    "tons": ("ton", "mass"),
    "degree": ("degree", "temperature"), "degrees": ("degree", "temperature"),
    "celsius": ("degree", "temperature"), "c": ("degree", "temperature"),
    "ºc": ("degree", "temperature"), "°c": ("degree", "temperature"),
    "fahrenheit": ("fahrenheit", "temperature"), "f": ("fahrenheit", "temperature"),
    "ºf": ("fahrenheit", "temperature"), "°f": ("fahrenheit", "temperature"),
    "magnitude": ("magnitude", "magnitude"),
}
_METRIC = {"km", "m", "cm", "kg", "g", "tonne", "degree", "magnitude"}
# a number with its unit in one token: "2ºC", "1.5C", "9.7km" (not "1m", which may be a million)
_GLUED = re.compile(r"^(\d+(?:\.\d+)?)((?:º|°)?[CF]|km|kg|cm|g)\.?$")
# a magnitude written as one token with its number: "magnitude-6.2"
_MAGNITUDE = re.compile(r"^magnitude[-‐](\d(?:\.\d+)?)$", re.I)
# a pound is money unless the entity is a measure
_MONEY_UNITS = {"pound", "pounds"}


def _measure(ent):
    """(amount text, unit token, unit name) for a number with a unit of measure: "some 100
    kilometers", "6.2-magnitude", "The magnitude 6 quake", "2ºC", "1.5 degrees". A distance,
    a magnitude or a temperature is a figure reports give and disagree on, and its unit is
    what it counts; before, no number written with a unit was read at all."""
    doc = ent.doc
    first = ent[0]
    glued = _GLUED.match(first.text)
    if glued and len(ent) <= 3:
        name = MEASURES.get(glued.group(2).lower())
        if name:
            return glued.group(1), first, name[0]
    prev = doc[ent.start - 1] if ent.start > 0 else None
    if prev is not None and prev.text in ("-", "‐") and ent.start > 1:
        prev = doc[ent.start - 2]
    if ent.label_ == "CARDINAL" and prev is not None and prev.lower_ == "magnitude" and len(ent) == 1:
        return ent.text, prev, "magnitude"  # "The magnitude 6 quake", "magnitude-6.2"
    if ent.label_ == "CARDINAL" and len(ent) == 1 and prev is not None and prev.lower_ == "of" \
            and ent.start > 1 and doc[ent.start - 2].lower_ == "magnitude":
        return ent.text, doc[ent.start - 2], "magnitude"  # "a magnitude of 6.3"
    one_token = _MAGNITUDE.match(first.text)
    if one_token and len(ent) == 1:
        # "The magnitude-6.2 quake": one token, which the NER may call a person or a place
        return one_token.group(1), first, "magnitude"
    if ent.label_ == "CARDINAL":
        nxt = doc[ent.end] if ent.end < len(doc) else None
        if nxt is not None and nxt.lower_ in MEASURES and nxt.lower_ not in _MONEY_UNITS \
                and nxt.lower_ not in ("c", "f", "g"):
            return ent.text, nxt, MEASURES[nxt.lower_][0]  # "1.5" "degrees" split by NER
        if nxt is not None and nxt.lower_ == "m" and _metres(nxt):
            return ent.text, nxt, "m"  # "stands at 310m (1,016ft)"
        return None
    if ent.label_ != "QUANTITY":
        return None
    last = max((t.i for t in ent if t.like_num or t.lower_ in UNITS or t.lower_ in SCALES),
               default=None)
    if last is None:
        return None
    for t in doc[last + 1:ent.end]:
        if t.text in ("-", "‐"):
            continue
        name = MEASURES.get(t.lower_)
        return doc[ent.start:last + 1].text, t, name[0] if name else t.lemma_.lower()
    return None


def _measure_spans(doc) -> list:
    """Numbers with a unit of measure that the NER left out of every entity, as QUANTITY
    spans: "the waves were about 2 to 4 feet tall" (only "about 2" was an entity), "waves
    between two and four feet" (none was). A range's lower end is read with it (see
    ``_range_low``; "between X and Y" is taken whole here). One-letter units ("m", "g",
    "c", "f") and pounds, which may be money or millions, are left alone."""
    from spacy.tokens import Span

    out = []
    for t in doc[:-1]:
        unit = doc[t.i + 1]
        if not t.like_num or t.ent_type_ or unit.ent_type_ or len(unit.text) < 2 \
                or unit.lower_ not in MEASURES or unit.lower_ in _MONEY_UNITS:
            continue
        start = t.i
        if t.i >= 3 and doc[t.i - 1].lower_ == "and" and doc[t.i - 2].like_num \
                and doc[t.i - 3].lower_ == "between":
            start = t.i - 3  # "between two and four feet"
        out.append(Span(doc, start, t.i + 2, label="QUANTITY"))
    return out


# words that say no one: "No one was killed", "nobody was hurt", "none were injured"
_NO_ONE = {("no", "one"), ("nobody",), ("none",), ("no-one",)}
# casualty nouns a report denies outright: "No injuries were reported", "no deaths have been reported"
_CASUALTY_NOUNS = {"death", "casualty", "fatality", "injury"}


def _zero_spans(doc) -> list:
    """Explicit zero tolls as spans labelled ZERO, each with the event it denies: "No one was
    killed" and "no one died" (killed), "Nobody was hurt" and "No injuries were reported"
    (wounded), "No casualties were reported" (killed). A report that says no one died
    answers the same question as one that counts 12 dead, and the two cannot both be true:
    a reader wants them side by side. Only a casualty event's own subject or a denied
    casualty noun counts; "no one was looking" and "no one can say" count nothing."""
    from spacy.tokens import Span

    out = []
    for t in doc:
        words = (t.lower_,) if (t.lower_,) in _NO_ONE else (
            (t.lower_, doc[t.i + 1].lower_) if t.lower_ == "no" and t.i + 1 < len(doc) else ())
        if words in _NO_ONE:
            subject = t if len(words) == 1 else doc[t.i + 1]
            verb = subject.head
            if subject.dep_ in ("nsubj", "nsubjpass") and verb.lemma_.lower() in EVENTS \
                    and verb.pos_ in ("VERB", "ADJ") and not any(c.dep_ == "neg" for c in verb.children):
                out.append((Span(doc, t.i, subject.i + 1, label="ZERO"), EVENTS[verb.lemma_.lower()], verb))
        elif t.lower_ == "no" and t.dep_ == "det" and t.head.lemma_.lower() in _CASUALTY_NOUNS \
                and t.head.i == t.i + 1 and t.head.tag_ == "NNS":
            noun = t.head
            out.append((Span(doc, t.i, noun.i + 1, label="ZERO"), EVENTS[noun.lemma_.lower()], noun))
    return out


def _metres(unit) -> bool:
    """Whether an "m" after a number is metres, not millions ("5m people", "a 310m deal"): a
    length role word is tied to it in the parse ("The Shard stands at 310m", "310m tall",
    "a depth of 200m"), or a length in another system follows it in parentheses ("310m
    (1,016ft)"). Without either, "m" is left alone as before."""
    if _role_word(unit) is not None:
        return True
    doc = unit.doc
    after = doc[unit.i + 1:min(unit.i + 5, len(doc))]
    return len(after) >= 3 and after[0].text == "(" and after[1].like_num \
        and MEASURES.get(after[2].lower_, ("", ""))[1] == "length"


def _role_word(unit) -> str | None:
    """The role of a length from the words the parse ties its unit to: its modifiers, its
    head, and through a preposition or an adverbial the word above ("a depth of 200 meters",
    "98 feet long", "stands at 310m"); None when no such word is there."""
    near = [*unit.children, unit.head]
    if unit.head.dep_ == "prep" or unit.dep_ in ("npadvmod", "pobj"):
        near.append(unit.head.head)  # "a depth of 200 meters", "98 feet long"
    return next((LENGTH_ROLES[t.lemma_.lower()] for t in near
                 if t.lemma_.lower() in LENGTH_ROLES and t.i != unit.i), None)


# What a length measures, by the word the parse ties it to: "a depth of 200 meters", "98 feet
# long", "stands at 310m", "15 kilometres outside of Jasper", "a 25-meter wreck".
LENGTH_ROLES = {
    "depth": "depth", "deep": "depth", "below": "depth", "beneath": "depth",
    "underground": "depth", "underwater": "depth",
    "height": "height", "high": "height", "tall": "height", "stand": "height",
    "altitude": "height", "elevation": "height",
    "length": "length", "long": "length", "width": "width", "wide": "width",
    "distance": "distance", "away": "distance", "from": "distance", "outside": "distance",
    "off": "distance", "north": "distance", "south": "distance", "east": "distance",
    "west": "distance", "northeast": "distance", "northwest": "distance",
    "southeast": "distance", "southwest": "distance", "inland": "distance",
}


def _measure_role(unit):
    """(role, reference place) of a length: its role read from the words the parse ties the
    unit to (its modifiers, its head, and through a preposition or an adverbial the word
    above: "a depth of 200 meters", "98 feet long"), "length" for a length
    that describes a thing ("a 25-meter wreck", "a 12-metre embankment"), and for a
    distance the place it is measured from ("about 15 kilometres outside of Jasper"). None
    when the parse says neither."""
    if MEASURES.get(unit.lower_, ("", ""))[1] != "length" and unit.lower_ != "m":
        return None
    role = _role_word(unit)
    if role is None and unit.dep_ in ("amod", "compound", "nummod", "nmod") \
            and unit.head.pos_ == "NOUN":
        role = "length"
    if role is None:  # "20 kilometres of spare cable": the length of what follows "of"
        thing = next((g for c in unit.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
        role = "of " + thing.lemma_.lower() if thing is not None else None
    if role != "distance":
        return (role, None) if role else None
    # the place it is measured from: after it ("outside of Jasper"), else just before it
    # ("in and around L'Aquila, about 90 kilometers ...")
    doc, sent = unit.doc, unit.sent
    places = [e for e in doc.ents if e.label_ in ("GPE", "LOC", "FAC") and e.sent == sent]
    place = next((e for e in places if unit.i < e.start <= unit.i + 8), None) or next(
        (e for e in reversed(places) if unit.i - 8 <= e.end <= unit.i), None)
    return role, place.text if place is not None else None


# a length given in feet or miles, turned metric when other reports give it so
_TO_METRIC = {"foot": ("m", 0.3048), "yard": ("m", 0.9144), "mile": ("km", 1.609344),
              "inch": ("cm", 2.54)}


def _to_metric(statements: list[dict]) -> None:
    """Lengths in feet or miles turned metric when another figure of the cluster gives the
    same length (same role, see ``_measure_role``) in metric units: "98 feet long" meets
    "the 25-meter wreck", "a depth of more than 650 feet" meets "a depth of 200 meters".
    The value keeps the figure's precision ("98 feet" is about 30 m, "650 feet" about
    198 m) and an exact figure becomes "about"; a length no metric figure of its role
    meets keeps its unit, as written."""
    dimension = dict(MEASURES.values())

    def role(s):
        r = s.get("role")
        return r and (r[0], place_key(r[1]))

    metric = {(dimension.get(s["noun"]), role(s)) for s in statements
              if s["unit"].startswith("measure:") and s["noun"] in _METRIC and role(s)}
    for s in statements:
        target = _TO_METRIC.get(s["noun"] or "")
        if target is None or not s["unit"].startswith("measure:") \
                or (dimension[target[0]], role(s)) not in metric:
            continue
        name, factor = target

        def convert(v):
            digits = max(len(re.sub(r"\D", "", f"{v:g}").lstrip("0")), 2)
            x = float(f"{v * factor:.{digits}g}")
            return int(x) if x.is_integer() else x

        value = s["value"]
        s["value"] = [convert(v) for v in value] if isinstance(value, list) else convert(value)
        if s["qualifier"] == "exact":
            s["qualifier"] = "about"
        s["noun"] = s["surface"] = s["phrase"] = name
        s["unit"] = "measure:" + name


def _conversion(ent, name: str, measures: dict):
    """How a measure stands to a conversion beside it: "skip" for the one in parentheses
    ("some 100 kilometers (80 miles)": 80 miles restates 100 km), the metric twin's (value
    text, unit name) for a figure in another system followed by one ("about 70 miles (112
    km)" counts 112 km, as a report in km would give it), else None."""
    doc = ent.doc
    dimension = MEASURES.get(name, (name, name))[1]

    def same(other) -> bool:
        return other is not None and MEASURES.get(other[1], (other[1], other[1]))[1] == dimension

    if ent.start > 1 and doc[ent.start - 1].text == "(" and same(measures.get(("end", ent.start - 1))):
        return "skip"
    twin = measures.get(("start", ent.end + 1)) if ent.end + 1 < len(doc) and doc[ent.end].text == "(" \
        else None
    if same(twin) and name not in _METRIC and twin[1] in _METRIC:
        return twin
    return None


# a larger unit a report writes with its smaller one ("6 pounds, 13 ounces", "5 feet 9
# inches"): the smaller unit and how many of it make one larger unit
_SUBUNITS = {"lb": ("oz", 16), "foot": ("inch", 12)}


def _compound_measure(ent, name: str, measures: dict):
    """How a measure stands to the smaller unit beside it: "skip" for the smaller one ("13
    ounces" of "6 pounds, 13 ounces": read with the pounds), (amount text in the smaller
    unit, its unit name, the token after it) for the larger one followed by its smaller one
    ("6 pounds, 13 ounces" is 109 ounces, as "weighed 109 ounces" in another report), else
    None. Read apart, one weight was two figures, "6 pounds" and "13 ounces", and each met
    only the same pair in another report."""
    doc = ent.doc
    before = measures.get(("end", ent.start)) or (
        measures.get(("end", ent.start - 1)) if ent.start > 0 and doc[ent.start - 1].text == ","
        else None)
    if before is not None and _SUBUNITS.get(before[1], ("",))[0] == name:
        return "skip"
    small = _SUBUNITS.get(name)
    if small is None:
        return None
    after = measures.get(("start", ent.end)) or (
        measures.get(("start", ent.end + 1)) if ent.end < len(doc) and doc[ent.end].text == ","
        else None)
    if after is None or after[1] != small[0]:
        return None
    whole, part = parse_amount(measures[("start", ent.start)][0]), parse_amount(after[0])
    if whole is None or part is None or isinstance(whole[0], list) or isinstance(part[0], list) \
            or part[1] != "exact":
        return None
    hedged = re.match(r"^(\D*?)\s*[\d.,]+$", measures[("start", ent.start)][0])
    prefix = hedged.group(1) if hedged and hedged.group(1).lower() in {h for h, _ in HEDGES} else ""
    return f"{prefix} {whole[0] * small[1] + part[0]:g}".strip(), small[0], after[2]


def _occurrences(noun) -> tuple[str, str, str] | None:
    """(lemma, surface, phrase) of what "N times" counts: the occurrences of the verb it
    modifies ("breached 199 times" counts breaches, "viewed 2.5 million times" views).
    "times" is no thing of the story, and one "times" block would put breaches and views
    of unrelated things side by side."""
    if noun is None or ((noun.lemma_.lower() != "time" or noun.lower_ == "time")
                        and noun.lower_ not in NUMERAL_ADVERBS):
        return None
    verb = noun.head
    while noun.dep_ == "conj" and verb.pos_ == "NOUN" and verb.head is not verb:
        verb = verb.head  # "43 times ... but only three times"
    if verb.pos_ not in ("VERB", "AUX") or noun.dep_ not in ("npadvmod", "dobj", "advmod",
                                                               "conj"):
        return None
    return verb.lemma_.lower(), verb.lower_, f"times {verb.text}"


def _noun_phrase(noun) -> str:
    mods = [t for t in noun.lefts if t.dep_ in ("amod", "compound") and t.ent_type_ not in
            ("CARDINAL", "MONEY", "PERCENT", "QUANTITY") and not t.like_num]
    words = [t.text for t in mods if t.i > noun.i - 4] + [noun.text]
    return " ".join(words)


def _attribution(ent, names: Names, pronoun=None) -> str | None:
    """Who the sentence credits with the figure.

    A speech verb whose complement holds the figure names the source ("the military says
    62 ... were killed, according to state media": the military; state media relays it).
    When the figure only sits in a clause coordinated or relative to what was said, the
    "according to" attached to the figure's own clause is the nearer credit. A pronoun
    subject inside a clause another speech verb reports ("the Ministry said it believed ...")
    stands for that verb's subject; any other "he said" takes the person ``pronoun`` (the
    quotes module's resolution) gives it. A parenthetical "..., he said, ..." hung on the
    sentence's main verb credits the whole sentence.
    """
    according = None
    token = ent.root
    loose = False  # crossed a conj/relcl edge: the speech verb no longer governs the figure

    def credit(verb):
        """(found, name) for a crediting verb's subject; found is False to walk on."""
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or (ent.start <= subject.i < ent.end) \
                or subject in ent.root.ancestors or (loose and according is not None):
            return False, None
        # who a verb's subject credits is who it makes the speaker of a quote: the person in
        # apposition to a title, a spokesperson as written (speech.speaker_of)
        name, _ = speaker_of(subject, names)
        if name and name.lower() not in _PRONOUNS:
            return True, name
        if subject.lower_ in _ANAPHORS and verb.dep_ in ("ccomp", "xcomp") \
                and _credits(verb.head):
            return False, None  # "X said it believed ...": X's verb above gives the credit
        # only a verb of saying that frames the sentence ("He said ...", "..., he said, ...")
        # names its speaker; "atrocities she said the regime has perpetuated during the
        # five-year war" or "It called for ..." do not credit the figure to a resolved name
        frames = verb.dep_ == "ROOT" or (verb.dep_ == "parataxis" and verb.head.dep_ == "ROOT")
        if subject.lower_ in _ANAPHORS and pronoun is not None and frames \
                and is_speech_verb(verb):
            resolved = pronoun(subject)
            if resolved:
                return True, resolved
        return True, None if according is None else speaker_of(according, names)[0]

    for _ in range(12):
        acc = according_to(token)
        if acc is not None and according is None:
            according = acc
        if _credits(token):
            found, name = credit(token)
            if found:
                return name
        if token.head.i == token.i:
            for child in token.children:  # "Two boys were among the 21 killed, he said, and ..."
                if child.dep_ == "parataxis" and _credits(child):
                    found, name = credit(child)
                    if found:
                        return name
            break
        if token.dep_ in ("conj", "relcl", "advcl"):
            loose = True
        token = token.head
    if according is not None:
        return speaker_of(according, names)[0]
    return None


PARENTS = {"mother", "father", "parent", "mom", "mum", "dad", "grandmother", "grandfather",
           "grandparent"}


def _parent_of(ent) -> bool:
    """"a mother of 12", "father of five": the number counts the person's children. The
    parse hangs it on the parent, so without this it counts mothers, or takes the verb
    that befell the parent ("mother of 12 killed" is no toll of 12)."""
    doc = ent.doc
    return ent.start >= 2 and doc[ent.start - 1].lower_ == "of" \
        and doc[ent.start - 2].lemma_.lower() in PARENTS


def _multiplier(ent) -> bool:
    """Whether a number is a multiple, not a count: "58 times the normal amount", "two
    times more Americans", "250 times more energy", "three times as many". The parser hangs
    the number on the noun after "times", which is what is compared, not what is counted.
    "viewed 2.5 million times" and "three times a week" are counts of occurrences."""
    doc = ent.doc
    i = ent.end if ent[-1].lower_ not in ("times", "fold") else ent.end - 1
    if i >= len(doc) or doc[i].lower_ not in ("times", "fold") or i + 1 >= len(doc):
        return doc[ent.end - 1].lower_.endswith("-fold")
    after = doc[i + 1]
    return after.tag_ in ("JJR", "RBR", "PRP$") or after.lower_ in (
        "as", "the", "that", "those", "this", "these", "what")


def _range_low(ent):
    """The lower end of a range the NER cut in two: "300 to 400 bodies" ("300", "400"),
    "Approximately 132 to" + "264 gallons", "from 11.5 to 17 mph". Read alone, the upper
    entity gave 400 where the report says 300 to 400, and the lower one a second figure.
    The token of the lower number when "to" or a dash joins it to this entity's first
    number and the parse hangs it there, else None."""
    doc = ent.doc
    i = ent.start
    if i >= 2 and doc[i - 1].lower_ in ("or", "to", "and") and doc[i - 2].text.endswith("-") \
            and doc[i - 2].text[:-1].replace(".", "").isalnum():
        # "a 20- or 25-million person debate": a suspended hyphen, the entity only the second
        return doc[i - 2]
    if not ent[0].like_num or i < 2 or doc[i - 1].lower_ not in ("to", "-", "–"):
        return None
    low = doc[i - 2]
    if not low.like_num or not (ent.start <= low.head.i < ent.end or low.head.i == i - 1):
        return None
    return low


def _counted_as_date(ent):
    """A number or range the NER calls a date while it counts a plural noun that is no unit
    of time, as the count it is (a CARDINAL span, without a leading "between", which the
    parse hangs on the verb): "between 18 and 22 students had to be rescued", "equivalent to
    two and a half portions". A year ("the 2016 elections") is then left to worth.py; an age
    ("Chen, 40,") counts no noun. None for every other entity."""
    from spacy.tokens import Span

    if ent.label_ != "DATE" or parse_amount(ent.text) is None:
        return None
    start = ent.start + 1 if ent[0].lower_ == "between" and len(ent) > 1 else ent.start
    span = Span(ent.doc, start, ent.end, label="CARDINAL")
    noun = counted_noun(span)
    if noun is not None and noun.pos_ == "NOUN" and noun.tag_ == "NNS" \
            and noun.lemma_.lower() not in TIME_UNITS:
        return span
    return None


def _share(ent) -> str | None:
    """"about half", "a quarter of", "two-thirds of them" as a percent amount ("about 50"),
    or None. Only a fraction that stands for a share of something: followed by "of", or
    standing alone as what the clause is about; not a fraction of a unit ("half an hour",
    "half a century", "a half-mile"), which scales the unit after it. A date-labelled one
    ("A quarter of ...") must be followed by "of", since "a quarter" is also three months."""
    doc = ent.doc
    text = ent.text.strip().lower()
    hedge = next((h for h, _ in HEDGES if text.startswith(h + " ")), "")
    core = text[len(hedge):].strip()
    if core not in FRACTIONS or ent.label_ not in ("CARDINAL", "DATE"):
        return None
    nxt = doc[ent.end] if ent.end < len(doc) else None
    # a fraction is a rounded share, like "a half-million": "about" unless hedged otherwise
    amount = f"{hedge or 'about'} {FRACTIONS[core]}"
    if nxt is not None and nxt.lower_ == "of":
        return amount
    if ent.label_ == "DATE" or (nxt is not None and (nxt.text in ("-", "‐") or nxt.lower_ in (
            "a", "an", "the") or nxt.pos_ in ("NOUN", "PROPN", "NUM", "ADJ"))):
        return None
    return amount


def _statements(cluster, names: Names) -> list[dict]:
    out = []
    for article in cluster.articles:
        docs = cluster.docs.get(article.id, [])
        histories: dict = {}

        def pronoun(subject, docs=docs, histories=histories):
            """The name a pronoun subject stands for, read as the quotes module reads it."""
            if not histories:
                histories.update(sentence_histories(docs, names))
            p = next(i for i, d in enumerate(docs) if d is subject.doc)
            sent = subject.sent
            return resolve_pronoun(subject.lower_, histories.get((p, sent.start), []), names,
                                   before=subject.doc[sent.start:subject.i])

        quoted = quoted_speakers(cluster, article.id)  # a figure inside a quote is its speaker's
        spoken = quoted_tokens(cluster, article.id)  # inside quoted words, speaker given or not

        for p, doc in enumerate(docs):
            measures: dict = {}  # ("start"/"end", token index) -> unit name of a measure there
            for ent in doc.ents:
                m = _measure(ent) if ent.label_ not in ("DATE", "TIME") else None
                if m is not None:
                    measures[("start", ent.start)] = measures[("end", ent.end)] = (m[0], m[2], ent.end)
            zero_spans = _zero_spans(doc)
            zeros = {(z.start, z.end): (event, token) for z, event, token in zero_spans}
            ents = [*doc.ents, *worth.numeral_adverbs(doc), *_lasting_one_spans(doc),
                    *_measure_spans(doc), *(z for z, _, _ in zero_spans)]
            lows = {ent.start: _range_low(ent) for ent in ents}
            ends = {low.i for low in lows.values() if low is not None}
            for ent in ents:
                if any(t.i in ends for t in ent if t.like_num):
                    continue  # "300" of "300 to 400 bodies": read with the upper end
                ent = _counted_as_date(ent) or ent  # "between 18 and 22 students" (a DATE)
                # NER sometimes calls a bare toll ("put the death toll at 83") a DATE
                slip = ent.label_ == "DATE" and _BARE_NUMBER.match(ent.text)
                share = _share(ent)
                duration = _duration(ent)
                measure = None if duration or slip else _measure(ent)
                # where the figure's expression ends ("an hour-long": past its "-long")
                end = ent.end + 2 if duration and _lasting_one(ent) else ent.end
                compound = measure and _compound_measure(ent, measure[2], measures)
                if compound == "skip":
                    continue  # "13 ounces" after "6 pounds,": read with the pounds
                if compound:  # "6 pounds, 13 ounces": 109 ounces
                    measure, end = (compound[0], measure[1], compound[1]), compound[2]
                converted = measure and _conversion(ent, measure[2], measures)
                if converted == "skip":
                    continue  # "(80 miles)" after "some 100 kilometers": the same distance
                if converted:  # "about 70 miles (112 km)": 112 km, hedged as written
                    hedged = re.match(r"^(\D*?)\s*[\d.,]+$", measure[0])
                    prefix = hedged.group(1) if hedged else ""
                    prefix = prefix if prefix.lower() in {h for h, _ in HEDGES} else ""
                    measure = (f"{prefix} {converted[0]}".strip(), measure[1], converted[1])
                zero = zeros.get((ent.start, ent.end)) if ent.label_ == "ZERO" else None
                if ent.label_ not in NUMBER_LABELS and not slip and duration is None \
                        and measure is None and share is None and zero is None:
                    continue
                if _multiplier(ent):
                    continue
                low = None if duration else lows.get(ent.start)
                start = low.i if low is not None else ent.start
                lead = doc[max(start - 3, 0):start].text.lower()
                hedge = next((h for h, _ in HEDGES if lead.endswith(h) and
                              (len(lead) == len(h) or not lead[-len(h) - 1].isalpha())), None)
                article_after = False
                if hedge is None and start >= 2 and doc[start - 1].lower_ in ("a", "an"):
                    # "at least a 7.5% risk", "more than a 50 percent chance": the hedge
                    # bounds the number across the article; a preposition does not ("over a
                    # 12-week period", "knocking over a 300-pound robot")
                    before = doc[max(start - 4, 0):start - 1].text.lower()
                    hedge = next((h for h, q in HEDGES if q != "about" and " " in h
                                  and h.split()[-1] in ("than", "least", "most")
                                  and before.endswith(h)
                                  and (len(before) == len(h) or not before[-len(h) - 1].isalpha())),
                                 None)
                    article_after = hedge is not None
                amount = duration[0] if duration else measure[0] if measure else ent.text
                if low is not None:  # "300 to 400 bodies", "from 11.5 to 17 mph"
                    amount = f"{low.text} to {amount}"
                if share is not None:  # "about half", "a quarter of": a share, in percent
                    amount = share
                elif not duration and end + 1 < len(doc) and doc[end].lower_ == "or" \
                        and doc[end + 1].lower_ in AFTER_HEDGES and not doc[end + 1].like_num:
                    # "190 or higher" (the NER leaves the bound outside): the number is the bound
                    amount, end = f"{amount} or {doc[end + 1].lower_}", end + 2
                # "around 60": NER sometimes leaves the hedge outside the entity
                parsed = (0, "exact") if zero else \
                    parse_amount(f"{hedge} {amount}" if hedge else amount)
                if parsed is None:
                    continue
                value, qualifier = parsed
                if (worth.context_reason(ent) if duration or zero else worth.reason(ent, value)) \
                        is not None:
                    continue  # an age, a year, a storey count, "one of": no figure of the story
                if qualifier == "exact" and any(w in ent.text.lower() for w in ROUND_WORDS):
                    qualifier = "about"  # "a half-million" is a round figure, not a count
                noun = duration[1] if duration else measure[1] if measure else \
                    None if zero else counted_noun(ent)
                in_years = bool(duration) and len(duration) > 2 and duration[2] == "years"
                # "$15,000", "$100 billion": the parse names the number itself as what is
                # counted, so each amount was a thing of its own and two reports' prices of one
                # thing never met; an amount counts its currency
                currency = _currency(ent) if ent.label_ == "MONEY" and noun is not None \
                    and ent.start <= noun.i < ent.end and (noun.like_num or noun.lower_ in SCALES) \
                    else None
                anchor = noun if noun is not None else ent.root
                event, event_token = zero or event_of(anchor)
                children = _parent_of(ent)
                if children:  # "a mother of 12 killed": 12 children, and they were not killed
                    noun, event, event_token = None, None, None
                if slip and event is None:
                    continue
                if noun is None and event is None and not children:
                    continue  # a bare number with nothing counted ("in 2011", "one of")
                if noun is None and ent.label_ == "CARDINAL" and isinstance(value, int) \
                        and 1800 <= value <= 2100:
                    continue  # a year
                counted_as = _occurrences(noun)
                verb = event or (event_token.lemma_ if event_token is not None else None)
                measured = _measured_thing(noun) if duration and not event else None
                if measured:
                    verb = measured  # "the 16-hour flight" and "the 15-hour flight": the flight's
                if duration and verb is None:
                    # durations of one unit are rarely one quantity ("took 38 months", "leaves
                    # 32 months"): the verb that owns the duration keeps them apart
                    owner = next((t for t in noun.ancestors if t.pos_ in ("VERB", "AUX")), None)
                    verb = owner.lemma_.lower() if owner is not None else None
                if measure and measure[2] == "magnitude":
                    # a quake has one magnitude whichever verb carries it ("the magnitude 6
                    # quake struck", "the 6.2-magnitude temblor that rocked", "the magnitude-6.2
                    # quake killed"): a magnitude counts no one killed; another quake's
                    # magnitude in the same report is set aside by its article (see _asides)
                    verb = None
                # the figure as the text writes it: "dozens", "more than 100", "up to 83"
                expression = doc[start:end].text.strip()
                if hedge and not expression.lower().startswith(hedge):
                    expression = doc[start - len(hedge.split()) - article_after:end].text
                expression = re.sub(r"^(the|a total of)\s+", "", expression, flags=re.I)
                out.append({
                    "article": article.id,
                    "value": value,
                    "qualifier": qualifier,
                    "expression": expression,
                    "text": ent.sent.text.strip(),
                    "noun": "child" if children else counted_as[0] if counted_as else
                    "year" if in_years else measure[2] if measure else currency if currency else
                    noun.lemma_.lower() if noun is not None else None,
                    "surface": "children" if children else counted_as[1] if counted_as else
                    "years" if in_years else measure[2] if measure else currency if currency else
                    noun.lower_ if noun is not None else None,
                    # "23 men", not "the No. 3 ad": a count of three or more names a plural
                    "plural": noun is not None and not children and noun.tag_ in ("NNS", "NNPS"),
                    "phrase": "children" if children else counted_as[2] if counted_as else
                    measure[2] if measure else currency if currency else
                    _noun_phrase(noun) if noun is not None else None,
                    "event": verb,
                    "event_text": event or (event_token.text if event_token is not None else ""),
                    "attributed_to": quoted.get((p, ent.root.i))
                    or _attribution(ent, names, pronoun),
                    # told in a speaker's voice, not the report's (worth.kept_apart)
                    "voice": worth.spoken(ent, spoken.get(p, set())),
                    "vague": any(w.lower() in VAGUE for w in ent.text.split()),
                    "unit": "measure:" + measure[2] if measure else "percent" if share is not None
                    else _unit(ent, duration),
                    "role": _measure_role(measure[1]) if measure else None,
                    "measured": bool(measured),  # a duration keyed by the thing it measures
                    "place": None if children else _place_of(ent),  # "a Brooklyn mother of 12"
                    "scope": _scope(ent, noun if noun is not None and not children else ent.root),
                    # "two sides", "two aides": a count this small is a figure only when
                    # another report counts the same thing too (see find_claims)
                    "small": ent.label_ not in ("MONEY", "PERCENT") and not duration and not measure
                    and not isinstance(value, list) and value <= 2
                    and event not in EVENTS.values(),
                })
    return out


_CURRENCY_NAMES = {"$": "dollars", "€": "euros", "£": "pounds", "¥": "yen"}


def _currency(ent) -> str:
    """The currency an amount is in, as a plural noun: "$15,000" -> "dollars"."""
    doc = ent.doc
    m = _CURRENCY.search(doc[max(ent.start - 1, 0):min(ent.end + 1, len(doc))].text)
    if m is None:
        return "money"
    word = m.group(0).lower()
    return _CURRENCY_NAMES.get(word, word.rstrip("s") + "s")


_CURRENCY = re.compile(r"[$€£¥]|\b(?:dollars?|euros?|pounds?|yen|yuan|rupees?|francs?)\b", re.I)


def _unit(ent, duration) -> str:
    """What a figure measures, so a rate is never compared with a count nor dollars with
    euros: "percent", "money:$", "rate" ("65.2 per 100,000"), a duration's unit, or "count"."""
    if duration:
        if len(duration) > 2 and duration[2] == "years":
            return "duration:year"
        return ("rate:" if len(duration) > 2 else "duration:") + duration[1].lemma_.lower()
    if ent.label_ == "PERCENT" or any(t.lower_ in ("percent", "%") for t in ent) or \
            re.search(r"per\s+cent\b", ent.text, re.I):
        return "percent"
    doc = ent.doc
    following = doc[ent.end:min(ent.end + 3, len(doc))]
    if any(t.lower_ in ("per", "percent", "%") for t in following):
        percent = any(t.lower_ in ("percent", "%") for t in following) or (
            following[0].lower_ == "per" and len(following) > 1 and following[1].lower_ == "cent")
        return "percent" if percent else "rate"
    if ent.label_ == "MONEY":  # "$15,000" where NER leaves the "$" outside the amount
        m = _CURRENCY.search(doc[max(ent.start - 1, 0):min(ent.end + 1, len(doc))].text)
        return "money:" + (m.group(0).lower().rstrip("s") if m else "?")
    return "count"


# Words that place a thing on a route or a map ("between Italy and Egypt", "off Sicily",
# "connecting Europe with Asia"); the place does not split what is counted by place, as "55
# percent in Egypt" and "52 percent in India" are split.
ROUTE_WORDS = {"between", "off", "from", "connecting", "linking", "via", "near", "through",
               "across", "along", "outside", "and", "coast", "shores", "south", "north", "east",
               "west"}


def _place_of(ent) -> str | None:
    """The place a figure is about when its sentence names one right beside it ("55 percent of
    voice traffic in Saudi Arabia, 52 percent in Egypt"): the nearest place within a few words
    after the number (or just before it), never across another number. A place that says
    where a thing lies ("cables between Italy and Egypt", "off the coast of Sicily") does not
    scope it, and a place after a comma starts the next figure's scope."""
    doc, sent = ent.doc, ent.sent
    best = None
    for other in doc.ents:
        if other.label_ not in ("GPE", "LOC") or not (sent.start <= other.start < sent.end):
            continue
        lead = doc[max(other.start - 3, 0):other.start]
        lead = [t.lower_ for t in lead if t.lower_ not in ("the", "of")][-1:]
        if lead and lead[0] in ROUTE_WORDS:
            continue  # "three cables between Italy and Egypt": where the thing lies, not a scope
        if other.start >= ent.end:
            gap = doc[ent.end:other.start]
            distance = other.start - ent.end
            if any(t.text in (",", ";") for t in gap):
                continue  # "down by 80 percent, in India by 65 percent": the next figure's place
        elif other.end <= ent.start and ent.start - other.end <= 3:  # "in Egypt, 52 percent"
            gap = doc[other.end:ent.start]
            distance = (ent.start - other.end) * 2  # a place after the number is likelier
        else:
            continue
        # a conversion in parentheses is the same figure again: "some 100 kilometers (80
        # miles) northeast of Rome"
        gap = [t for t in gap if not _in_parentheses(t)]
        if distance > 8 or any(t.like_num or t.ent_type_ in ("PERCENT", "CARDINAL", "MONEY",
                                                             "QUANTITY") for t in gap):
            continue
        if best is None or distance < best[0]:
            best = (distance, other.text)
    return best[1] if best else None


# What a figure's scope is read from: the months and years its clause dates it to, and
# whether it is a forecast or a goal rather than a count of what happened.
_WHEN = re.compile(r"\b(?:(%s)|((?:1[89]|20)\d\d))\b" % "|".join(MONTHS), re.I)
# a figure someone expects or aims at is another quantity than the one that came about
# ("forecasters had anticipated ... 5.8%" against "rose to 6.1%", "a goal of 70 percent"
# against "currently stands at 44.4%"); "estimated" is left out, it mostly hedges a count
# ("aim" is a noun only: "aiming for rival gang members" points a gun, it forecasts nothing)
EXPECTATION_VERBS = {"expect", "forecast", "predict", "anticipate", "project"}
EXPECTATION_NOUNS = {"expectation", "forecast", "forecaster", "prediction", "projection", "goal",
                     "target", "aim", "consensus", "estimate"}
_TIME_PREPOSITIONS = {"in", "on", "during", "for", "throughout", "over"}


def _scope(ent, anchor) -> dict:
    """The scope of a figure, read from the parse: ``when`` (the months and years of the
    nearest date that governs it: "rose 0.9% in June" is June, "faster than the 0.6% increase
    in May" is May) and ``expected`` (a forecast, a goal or an aim governs it). Two figures
    whose scopes differ are two quantities however alike their nouns: May's rise and June's,
    the goal and the count."""
    doc, sent = ent.doc, ent.sent
    path = [anchor]
    while path[-1].head is not path[-1] and len(path) < 12:
        path.append(path[-1].head)
    # a date dates the figure when it hangs on the figure's own clause, up to its verb
    clause = next((n for n, t in enumerate(path) if n and t.pos_ in ("VERB", "AUX")), len(path))
    level = {t.i: n for n, t in enumerate(path[:clause + 1])}
    if clause < len(path):
        # the thing that did it dates the figure too: "the 2009 quake that killed more than 300
        # people", "A 1997 quake killed a dozen people", "the L'Aquila quake of 2009 killed ..."
        # are an earlier event's toll, not the story's, however alike the sentence reads
        for agent in _agents(path[clause]):
            level.setdefault(agent.i, clause)
    when, best = set(), None
    for other in doc.ents:
        if other.label_ != "DATE" or not (sent.start <= other.start < sent.end) \
                or ent.start <= other.start < ent.end:
            continue
        found = _WHEN.findall(other.text)
        if not found:
            continue
        # "rose 0.9% in June": the date hangs on the figure's clause, bare or through a
        # preposition of time; "from May", "since 2008" and "than in May" are baselines
        t = other.root
        if t.i not in level and t.dep_ == "pobj" and t.head.lower_ in _TIME_PREPOSITIONS:
            t = t.head
        if t.i not in level:
            t = t.head
        n = level.get(t.i)
        if n is None:
            continue
        marks = {(m or y).lower() for m, y in found}
        if best is None or n < best:
            best, when = n, marks
        elif n == best:
            when |= marks
    expected = False
    for t in path:
        words = [t] + [c for c in t.children if c.dep_ in ("amod", "compound", "nsubj", "poss",
                                                          "nmod", "advmod")]
        if any(_expects(w) for w in words if not (ent.start <= w.i < ent.end)):
            expected = True
            break
        if t.dep_ in ("ROOT",) or (t.pos_ in ("VERB", "AUX") and is_speech_verb(t)):
            break
    return {"when": frozenset(when), "expected": expected, "change": _increment(ent)}


# "35 million more Americans", "millions fewer voters": a count of what is added to (or taken
# from) a total; "more than 35 million" is a bound (see HEDGES)
_MORE_AFTER = {"more", "fewer"}


def _agents(verb) -> list:
    """The noun that does what a figure's clause tells, with its "of" phrase: the subject of
    the verb ("A 1997 quake killed a dozen people") or the noun a relative clause hangs on
    ("the 2009 quake that killed more than 300 people"). A year or month written on it dates
    the figure as one written on the clause does."""
    nouns = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"]
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ == "NOUN":
        nouns.append(verb.head)
    return [t for n in nouns for t in (n, *(c for c in n.children
                                             if c.dep_ == "prep" and c.lower_ == "of"))]


def _increment(ent) -> bool:
    """Whether a figure counts what is added to (or taken from) a total rather than the total:
    "medicating 35 million more Americans" is not "33 million Americans would meet the
    threshold", however alike the nouns; a rise is one quantity and the level another, as a
    rate is not a count. Only "more" between the number and the noun it counts: "killed 241
    people and left hundreds more injured" counts the injured, not a rise in them."""
    doc = ent.doc
    if ent.end + 1 >= len(doc):
        return False
    more, noun = doc[ent.end], doc[ent.end + 1]
    return more.lower_ in _MORE_AFTER and noun.pos_ in ("NOUN", "PROPN")


def _expects(token) -> bool:
    """A word of forecasting or aiming: "expected", "forecasters had anticipated", "a goal"
    (not "the proposed project", where "project" is a thing)."""
    lemma = token.lemma_.lower()
    if token.pos_ in ("VERB", "AUX") or token.tag_ in ("VBN", "VBG"):
        return lemma in EXPECTATION_VERBS
    return token.pos_ == "NOUN" and lemma in EXPECTATION_NOUNS


def scope_conflict(a: dict, b: dict) -> str | None:
    """Why two figures are two quantities by their scopes, or None."""
    sa, sb = a.get("scope"), b.get("scope")
    if not sa or not sb:
        return None
    if sa["when"] and sb["when"] and not (sa["when"] & sb["when"]):
        return "when"
    if sa.get("change") != sb.get("change"):
        return "change"  # "35 million more Americans" against "33 million Americans"
    # a report may call a figure a goal where another does not ("the 1.5C aim", "1.5C"):
    # the goal and the count are told apart only where their values differ
    if sa["expected"] != sb["expected"] and not compatible(
            [interval(a["value"], a["qualifier"]), interval(b["value"], b["qualifier"])]):
        return "expected"
    return None


def _in_parentheses(token) -> bool:
    """Whether a token sits inside a short parenthesis of its sentence (or is one)."""
    if token.text in ("(", ")"):
        return True
    sent = token.sent
    left = next((t for t in reversed(sent[:token.i - sent.start]) if t.text in ("(", ")")), None)
    return left is not None and left.text == "(" and token.i - left.i <= 6


# Words a place's name may carry or drop: "the Mediterranean Sea" is "Mediterranean".
_PLACE_GENERIC = {"the", "sea", "ocean", "gulf", "of", "city", "province", "state", "region",
                  "county", "island", "islands"}


def place_key(place: str | None) -> str:
    """One spelling per place, so one quantity is not split by how a report names it: "North
    Korea's government paid" and "payments by North Korea" are one place (a possessive ending
    is no word of the name)."""
    words = re.findall(r"[a-z]+", re.sub(r"['’]s\b", "", (place or "").lower()))
    return " ".join(w for w in words if w not in _PLACE_GENERIC) or " ".join(words)


def _noun_classes(forms: dict[str, str]) -> dict[str, str]:
    """Map each counted-noun lemma to a class representative ("troop" -> "soldier").

    MiniLM is the only general notion of synonymy the project ships; its term vectors come
    from the cached ``encode_terms`` (see its module for why this analysis may ask for them)
    and cover the few distinct nouns only (tens per cluster), not sentences.
    """
    nouns = sorted(forms)
    if len(nouns) < 2:
        return {n: n for n in nouns}
    from ..nlp.terms import encode_terms

    # plural surface forms embed closer to their synonyms than bare lemmas do
    vectors = encode_terms([forms[n] for n in nouns])
    sims = vectors @ vectors.T
    joined = UnionFind(len(nouns))
    for i, j in zip(*np.nonzero(np.triu(sims, 1) >= NOUN_SIMILARITY)):
        joined.union(j, i)
    return {n: nouns[joined.find(i)] for i, n in enumerate(nouns)}


def _counts_people(forms: dict[str, str]) -> set[str]:
    """The counted-noun lemmas that name people ("pirates", "men", "suspects", "victims"):
    their MiniLM term vector is nearer "people"/"person" than "things"/"objects" by a margin.
    Two reports that count the same exact number of pirates and of men after one event count
    one group of people; "three cables" and "three lines" name things, whose nouns say too
    little to join them (``_same_kind_renamed``). The vectors are the cached term vectors the
    noun classes use, a few per cluster."""
    nouns = sorted(forms)
    if not nouns:
        return set()
    from ..nlp.terms import encode_terms

    vectors = encode_terms([forms[n] for n in nouns])
    anchors = encode_terms(["people", "person", "things", "objects"])
    sims = vectors @ anchors.T
    return {n for n, row in zip(nouns, sims)
            if max(row[0], row[1]) - max(row[2], row[3]) >= PERSON_MARGIN}


def _denies(s: dict) -> bool:
    """Whether a figure is an explicit zero toll ("No one was killed"; see ``_zero_spans``)."""
    return s["value"] == 0 and s["event"] in TRACKED and s["noun"] is None


def _split_by_size(statements: list[dict]) -> list[list[dict]]:
    """Within one block, figures of very different size are different quantities
    (8 killed by a barrel bomb vs 430,000 in the war), except steps of a casualty toll that
    rises over the story's reports (at least 73, 120, at least 241 dead: each within three
    times the one below it), which annotators and readers hold as one disputed toll. Vague
    lower bounds ("dozens") join the largest group they are compatible with instead of
    bridging groups."""
    firm = sorted((s for s in statements if not s.get("vague") and not _denies(s)),
                  key=lambda s: magnitude(s["value"]))
    groups: list[list[dict]] = []
    for s in firm:
        # a toll rises from report to report (73, 120, 241 dead): each is measured against the
        # last figure below it, so the running count stays one disputed quantity; other
        # figures against the group's smallest, so sizes do not creep from one thing to another
        ref = groups[-1][-1] if groups and s["event"] in TRACKED else groups[-1][0] if groups else None
        if groups and magnitude(s["value"]) <= SAME_QUANTITY_RATIO * max(
                magnitude(ref["value"]), 1):
            groups[-1].append(s)
        else:
            groups.append([s])
    for s in statements:
        if _denies(s):  # "No one was killed": the same toll as any count of the dead
            if groups:
                max(groups, key=len).append(s)
            else:
                groups.append([s])
            continue
        if not s.get("vague"):
            continue
        lo, hi = interval(s["value"], s["qualifier"])
        fits = [g for g in groups if any(magnitude(x["value"]) >= lo and
                                         magnitude(x["value"]) <= SAME_QUANTITY_RATIO * max(lo, 1)
                                         for x in g)]
        if fits:
            max(fits, key=len).append(s)
            continue
        # "dozens injured" in one report, "hundreds injured" in another: lower bounds one
        # step of scale apart, with no firm count between them, bound the same count
        vague = [g for g in groups if all(x.get("vague") for x in g) and any(
            max(lo, 1) <= VAGUE_STEP * max(magnitude(x["value"]), 1)
            and magnitude(x["value"]) <= VAGUE_STEP * max(lo, 1) for x in g)]
        if vague:
            max(vague, key=len).append(s)
        else:
            groups.append([s])
    return groups


def _attribution_key(name: str | None) -> frozenset | None:
    if not name:
        return None
    return frozenset(w[:5] for w in content_words(name))


QUALIFIER_ORDER = {"exact": 0, "about": 1, "at least": 2, "at most": 3, "range": 4}


def _display_values(group: list[dict], copies: dict[str, str], places: dict[str, str],
                    order: dict[str, int], figures_in: Counter) -> list[dict]:
    """One entry per figure and voice, with every article that carries it.

    Statements with the same value and qualifier merge when their sources are one voice
    (see ``voice_key``). An unattributed statement of a figure joins the attributed entry of
    that figure carried by the most reports (earliest on a tie); its own source stays
    visible in ``voices`` as null, so nothing is credited to a name the sentence does not
    give. A weaker qualifier ("at least 62" vs "62") is a different entry, sorted next to it.
    """
    by_figure: dict[tuple, dict] = {}
    for s in group:
        value = s["value"]
        fig = (tuple(value) if isinstance(value, list) else value, s["qualifier"])
        voices = by_figure.setdefault(fig, {})
        voices.setdefault(voice_key(s["attributed_to"], places), []).append(s)

    def first(members):
        return min(order.get(m["article"], 0) for m in members)

    def spread(members):
        return len({m["article"] for m in members})

    out = []
    for voices in by_figure.values():
        unattributed = voices.pop(None, [])
        entries = [members for _, members in sorted(voices.items(), key=lambda kv: first(kv[1]))]
        if unattributed and entries:
            target = max(entries, key=lambda m: (spread(m), -first(m)))
            entries[entries.index(target)] = target + unattributed
        elif unattributed:
            entries.append(unattributed)
        for members in entries:
            out.append(_merged_entry(members, copies, places, order, figures_in))
    out.sort(key=lambda v: (magnitude(v["value"]), QUALIFIER_ORDER.get(v["qualifier"], 9),
                            -len(v["articles"]), order.get(v["articles"][0], 0)))
    return out


def _merged_entry(members: list[dict], copies, places, order, figures_in: Counter) -> dict:
    members = sorted(members, key=lambda m: order.get(m["article"], 0))
    names = Counter(m["attributed_to"] for m in members if m["attributed_to"])
    articles = sorted({m["article"] for m in members}, key=lambda a: order.get(a, 0))
    # the clearest sentence: one that names the source, carries fewest other figures, is short
    best = min(members, key=lambda m: (m["attributed_to"] is None,
                                       figures_in[(m["article"], m["text"])], len(m["text"])))
    entry = {"value": best["value"], "qualifier": best["qualifier"],
             "expression": best["expression"], "text": best["text"],
             "attributed_to": names.most_common(1)[0][0] if names else None,
             "articles": articles, "independent": independent(articles, copies)}
    texts = list(dict.fromkeys(m["text"] for m in members if m["text"] != best["text"]))
    if texts:
        entry["texts"] = texts
    voices: dict = {}
    for m in members:
        key = voice_key(m["attributed_to"], places)
        v = voices.setdefault(key, {"attributed_to": m["attributed_to"], "articles": []})
        if m["article"] not in v["articles"]:
            v["articles"].append(m["article"])
    if len(voices) > 1:  # who says it where, when an unattributed report joined a named one
        entry["voices"] = list(voices.values())
    return entry


class _ContextSimilarity:
    """sim(a, b): cosine of the MiniLM embeddings of two figures' sentences. Outside the
    casualty events, the counted noun and unit do not say enough: "held for five days" and
    "seven days of calm are required" count days of different things, and only the sentence
    around each figure tells them apart. Sentences are embedded only when a comparison needs
    them (``prefetch`` batches them), and the Cluster keeps them for other analyses."""

    def __init__(self, cluster, statements: list[dict]):
        self.cluster = cluster
        at = {(t.article, t.text): t.index for t in cluster.sentences}
        for st in statements:
            st["sentence"] = at.get((st["article"], st["text"]))
        self.rows: dict[int, object] = {}
        self.usable = cluster.embed is not None

    def prefetch(self, statements) -> None:
        wanted = sorted({st["sentence"] for st in statements
                         if st["sentence"] is not None and st["sentence"] not in self.rows})
        if wanted and self.usable:
            self.rows.update(zip(wanted, self.cluster.embeddings_for(wanted)))

    def __call__(self, a: dict, b: dict) -> float | None:
        if not self.usable or a["sentence"] is None or b["sentence"] is None:
            return None  # a cluster built without an encoder: the counted noun decides
        self.prefetch([a, b])
        return float(self.rows[a["sentence"]] @ self.rows[b["sentence"]])


def _context_similarity(cluster, statements: list[dict]) -> _ContextSimilarity:
    return _ContextSimilarity(cluster, statements)


def _same_quantity(a: dict, b: dict, similar, threshold: float) -> bool:
    """Whether two figures of one block count the same thing: never when their scopes differ
    (see ``scope_conflict``), else always for casualty events (the event and the counted
    noun say it), else when they are not about two different places and their sentences say
    the same."""
    if scope_conflict(a, b):
        return False
    if a["event"] in TRACKED and a["event"] == b["event"]:
        return True
    if a.get("measured") and b.get("measured") and a["event"] == b["event"]:
        return True  # "the 16-hour flight", "the 15-hour flight": the length of one flight
    if a.get("place") and b.get("place") and place_key(a["place"]) != place_key(b["place"]):
        return False
    value = similar(a, b)
    return value is None or value >= threshold


def _merge_threshold(a: dict, b: dict) -> float:
    """How alike two figures' sentences must be to join their blocks: less when two reports
    give the very same exact count of the same thing ("deteriorated for 10 days", "kept him
    bedridden for 10 days"), which seldom happens by chance for two quantities."""
    if a["qualifier"] == b["qualifier"] == "exact" and a["value"] == b["value"] \
            and not isinstance(a["value"], list) and a["value"] > 2:
        return SAME_VALUE_SIMILARITY
    return MERGE_SIMILARITY


def _joins(a: dict, b: dict, similar) -> bool:
    """Whether two reports' figures of one counted thing and unit under different verbs are
    one quantity: figures that can both be true and whose sentences say the same, or two
    that cannot, close in size, whose sentences say the same as closely as a dispute needs
    ("performs worse than 11 other similar industrialized nations", "when compared with 10
    other western, industrialized nations")."""
    if a.get("measured") and b.get("measured") and a["event"] != b["event"]:
        return False  # "a four-year review" and "a 10-year risk" measure two things
    if compatible([interval(a["value"], a["qualifier"]), interval(b["value"], b["qualifier"])]):
        return _same_quantity(a, b, similar, _merge_threshold(a, b))
    lo, hi = sorted((magnitude(a["value"]), magnitude(b["value"])))
    return hi <= SAME_QUANTITY_RATIO * max(lo, 1e-9) and \
        _same_quantity(a, b, similar, DISPUTE_SIMILARITY)


def _one_exact_count(a: dict, b: dict) -> bool:
    """Whether two figures give the same exact count, not a small one: what lets figures under
    two counted nouns be compared at all (``_same_count_renamed``, ``_same_kind_renamed``)."""
    return a["qualifier"] == "exact" and b["qualifier"] == "exact" \
        and not isinstance(a["value"], list) and a["value"] == b["value"] \
        and a["value"] >= RENAMED_MIN


def _same_count_renamed(a: dict, b: dict, similar, places: dict[str, str]) -> bool:
    """Whether two reports' figures under different counted nouns are one count: the same
    exact value (three or more), credited to the same named source or, where a report names
    none, under the same event verb, in sentences that say the same as closely as a dispute
    needs ("Greenpeace said ... the three London bases of the energy giant Shell",
    "Greenpeace said ... Shell's three headquarters"; "three undersea cables ... were
    damaged", "Three cable systems ... have been damaged, according to Interoute"). A report
    names a thing its own way; the source or the verb, the value and the sentence say it is
    the same thing. A round or hedged figure, two different sources' figures, or an
    unattributed one with no event are not joined: the same small number under two nouns is
    most often two things."""
    if not _one_exact_count(a, b):
        return False
    va, vb = voice_key(a["attributed_to"], places), voice_key(b["attributed_to"], places)
    if va and vb and va != vb:
        return False
    if not (va and vb) and (a["event"] is None or a["event"] != b["event"]):
        return False
    return _same_quantity(a, b, similar, DISPUTE_SIMILARITY) and similar(a, b) is not None


def _one_in(s: dict) -> bool:
    """A figure read from "one in three adults": a share of a group, not a count of it."""
    return re.search(rf"\b(?:one|1)\s+in\s+{re.escape(s['expression'])}\b", s["text"], re.I) is not None


def _same_kind_renamed(a: dict, b: dict, similar, people: set[str]) -> bool:
    """Whether two reports' figures under different counted nouns are one count of people:
    the same exact value (three or more) of nouns that both name people ("23 pirates", "23
    men"; ``_counts_people``) or of which one holds the other's noun in its phrase
    ("suspects", "suspected pirates"), after the same event ("were arrested", "were
    arrested") or in sentences that say the same, with no scope or place setting them apart.
    The same exact count of people in two reports of one story is seldom two groups."""
    if not (_one_exact_count(a, b) and a["noun"] and b["noun"]):
        return False
    if not (a.get("plural") and b.get("plural")) or _one_in(a) or _one_in(b):
        return False  # "the No. 3 ad" ranks an ad; "one in three adults" is a share
    inside = a["noun"] in (b["phrase"] or "").lower().split() or \
        b["noun"] in (a["phrase"] or "").lower().split()
    if not inside and not (a["noun"] in people and b["noun"] in people):
        return False
    if not _linked(a, b):  # no scope or place sets them apart
        return False
    if a["event"] is not None and a["event"] == b["event"]:
        return True
    value = similar(a, b)
    return value is not None and value >= RENAMED_SIMILARITY


def _merge_blocks(blocks: dict[tuple, list[dict]], similar,
                  places: dict[str, str] | None = None) -> dict[tuple, list[dict]]:
    """Join blocks of one counted thing and unit whose verbs differ ("closed for four days",
    "four days of closures") when figures of two articles agree and their sentences say the
    same, and blocks of one event and unit whose counted nouns differ when two reports give
    one source's same exact count (``_same_count_renamed``: "three London bases", "three
    headquarters"); casualty blocks stay as they are."""
    keys = [k for k in blocks if k[0] not in TRACKED]
    index = {k: i for i, k in enumerate(keys)}
    joined = UnionFind(len(keys))

    def find(k):
        return keys[joined.find(index[k])]

    by_thing: dict[tuple, list[tuple]] = defaultdict(list)
    for k in keys:
        by_thing[(k[1], k[2])].append(k)
    similar.prefetch([st for ks in by_thing.values() if len(ks) > 1 for k in ks
                      for st in blocks[k][:50]])
    for ks in by_thing.values():
        for i, k1 in enumerate(ks):
            for k2 in ks[i + 1:]:
                if find(k1) == find(k2):
                    continue
                if any(a["article"] != b["article"] and _joins(a, b, similar)
                       for a in blocks[k1][:50] for b in blocks[k2][:50]):
                    joined.union(index[k1], index[k2])
    # the same count under two nouns: only figures that can meet (same exact value and
    # named source in two articles) are compared, so this stays cheap on a large cluster
    by_count: dict[tuple, list[tuple[tuple, dict]]] = defaultdict(list)
    for k in keys:
        for st in blocks[k][:50]:
            if st["qualifier"] == "exact" and (st["attributed_to"] or st["event"]) and st["noun"] \
                    and not isinstance(st["value"], list):
                by_count[(k[0], k[2], st["value"])].append((k, st))
    for members in by_count.values():
        for i, (k1, a) in enumerate(members):
            for k2, b in members[i + 1:]:
                if k1[1] != k2[1] and find(k1) != find(k2) and a["article"] != b["article"] \
                        and _same_count_renamed(a, b, similar, places or {}):
                    joined.union(index[k1], index[k2])
    out: dict[tuple, list[dict]] = defaultdict(list)
    for k, block in blocks.items():
        out[find(k) if k in index else k].extend(block)
    return out


def _people_renamed(blocks: dict[tuple, list[dict]], similar, people: set[str],
                    copies: dict[str, str]) -> None:
    """Join the blocks of two counted nouns when two independent reports give one count of
    people under them (``_same_kind_renamed``: "10 others were wounded", "10 people were
    wounded"), casualty blocks included. The whole blocks join, not the two figures alone:
    once one exact count says the two nouns name one set of people, the story's other counts
    of them (a hedged "at least", an earlier or later count) are counts of that set too, and
    the size split and the status rules that follow keep different quantities apart. Moving
    only the two figures was measured too: it found no group more on V, X or Y and lost one
    on V with the linker (docs/measurements.md, figures tenth round)."""
    by_value: dict[tuple, list[tuple[tuple, dict]]] = defaultdict(list)
    for k, block in blocks.items():
        for st in block[:50]:
            if st["qualifier"] == "exact" and st["noun"] and not isinstance(st["value"], list) \
                    and st["value"] >= RENAMED_MIN:
                by_value[(k[2], st["value"])].append((k, st))
    if not any(len(m) > 1 for m in by_value.values()):
        return
    # each figure joins once; the block fewer articles count joins the other's, whose key
    # (event, noun class) names the joined block
    spread = {k: len({st["article"] for st in block}) for k, block in blocks.items()}
    used: set[int] = set()
    joined: list[tuple[tuple, tuple]] = []
    for members in by_value.values():
        for i, (k1, a) in enumerate(members):
            for k2, b in members[i + 1:]:
                if k1[1] == k2[1] or a["article"] == b["article"] or id(a) in used \
                        or id(b) in used or independent([a["article"], b["article"]], copies) < 2 \
                        or not _same_kind_renamed(a, b, similar, people):
                    continue
                (src, st), dst = ((k2, b), k1) if spread[k1] >= spread[k2] else ((k1, a), k2)
                used.add(id(st))
                joined.append((src, dst))
    keys = list(blocks)
    index = {k: i for i, k in enumerate(keys)}
    union = UnionFind(len(keys))
    for src, dst in joined:
        union.union(index[dst], index[src])
    for k in keys:
        root = keys[union.find(index[k])]
        if root != k:
            blocks[root].extend(blocks[k])
            blocks[k] = []
    for k in [k for k, block in blocks.items() if not block]:
        del blocks[k]


def _value_key(s: dict):
    return tuple(s["value"]) if isinstance(s["value"], list) else s["value"]


def _side_by_side(group: list[dict], places: dict[str, str]) -> set[frozenset]:
    """The pairs of values some report gives side by side in one sentence as one voice's
    (not credited to two different named sources): two quantities that report tells apart."""
    by_sentence: dict[tuple, list[dict]] = defaultdict(list)
    for s in group:
        by_sentence[(s["article"], s["text"])].append(s)
    out: set[frozenset] = set()
    for members in by_sentence.values():
        for i, x in enumerate(members):
            for y in members[i + 1:]:
                v1, v2 = voice_key(x["attributed_to"], places), voice_key(y["attributed_to"], places)
                if _value_key(x) != _value_key(y) and not (v1 and v2 and v1 != v2):
                    out.add(frozenset((_value_key(x), _value_key(y))))
    return out


def _conflict(a: dict, b: dict, places: dict[str, str], similar, group=None,
              apart: set | None = None) -> bool:
    """Two statements of one quantity that cannot both be true, from two voices: different
    articles, or one article crediting two different named sources. One voice giving two
    incompatible figures is talking about two quantities, not contradicting itself, and so
    are two figures whose sentences are about different things."""
    if compatible([interval(a["value"], a["qualifier"]), interval(b["value"], b["qualifier"])]):
        return False
    if not _same_quantity(a, b, similar, DISPUTE_SIMILARITY):
        return False
    if a["article"] != b["article"]:
        # each report gives both values as one voice's two quantities ("below 2C ... 1.5C"
        # in every Paris report), or one report gives them side by side in one sentence
        # ("prices rose 0.9 percent in the past month, ... after prices also rose 0.6
        # percent in May"): the reports tell two quantities apart, and a report giving only
        # one of them does not contradict it. The military's 62 and the Observatory's 83 in
        # one article stay a dispute (two named voices), and so does one report's "mother of
        # 12" against its "mother of 13" two paragraphs on.
        if group is None:
            return True
        if _tells_both(group, a["article"], a, b, places) and \
                _tells_both(group, b["article"], a, b, places):
            return False
        if apart is None:
            apart = _side_by_side(group, places)
        return frozenset((_value_key(a), _value_key(b))) not in apart
    va, vb = voice_key(a["attributed_to"], places), voice_key(b["attributed_to"], places)
    return bool(va and vb and va != vb)


def _tells_both(group: list[dict], article: str, a: dict, b: dict, places) -> bool:
    """Whether the article gives both values, not credited to two different named sources."""
    mine = [s for s in group if s["article"] == article]
    return any(not (v1 and v2 and v1 != v2)
               for x in mine if x["value"] == a["value"]
               for y in mine if y["value"] == b["value"]
               for v1, v2 in [(voice_key(x["attributed_to"], places), voice_key(y["attributed_to"], places))])


def _asides(group: list[dict], places: dict[str, str]) -> tuple[list[dict], list[dict]]:
    """(the group's figures, the figures its articles give of other quantities).

    An article's own figure of the quantity is the one other reports back (can be true with
    theirs), else the one it gives first; another figure of the same counted thing that
    cannot be true together with it, from the same voice or from none, and that no other
    report backs, is about something else (an earlier attack's 16 dead), not a correction
    of itself; one another report backs is a quantity of its own (held five days, must hold
    seven), which the parts below keep apart. Two named voices in one article (the military's 62, the Observatory's 83) stay
    a dispute. Only groups that span articles are cut: one article's figures are single."""
    if len({s["article"] for s in group}) < 2:
        return group, []
    spans = {id(s): interval(s["value"], s["qualifier"]) for s in group}

    def backing(s) -> int:
        """How many other articles give a figure that can be true with this one."""
        return len({o["article"] for o in group if o["article"] != s["article"]
                    and compatible([spans[id(s)], spans[id(o)]])})

    first: dict[str, dict] = {}
    for s in sorted(group, key=lambda s: (-backing(s), s.get("seq", 0))):
        first.setdefault(s["article"], s)
    main, asides = [], []
    for s in group:
        anchor = first[s["article"]]
        va, vb = voice_key(anchor["attributed_to"], places), voice_key(s["attributed_to"], places)
        other = not compatible([spans[id(anchor)], spans[id(s)]])
        alone = other and not (va and vb and va != vb) and backing(s) == 0
        (asides if alone else main).append(s)
    return main, asides


def _dates(s: dict) -> frozenset:
    """The months and years a figure's scope names ("In 2009, the 6.3-magnitude earthquake",
    "In January, five cables ... were cut")."""
    return (s.get("scope") or {}).get("when") or frozenset()


def _dated_apart(group: list[dict]) -> tuple[list[dict], list[list[dict]]]:
    """(the group's figures, the parts dated to another time).

    A report that gives an undated figure and, beside it, another value of the same thing
    dated to a year or a month that no report gives undated ("the magnitude-6.2 quake" and
    "one with a magnitude of 6.3 ... in 2009"; "three undersea cables" damaged on Friday and
    "In January, five cables ... were cut") tells the story's quantity and that time's
    apart. Its dated figures leave the group, with the other reports' figures of such values
    dated to the same time (2009's 6.3 in two reports agrees). A dated value some report also
    gives undated in as many articles as date it stays: a report may date the story's own
    figure ("a mother of 12 ... in 2011", undated in nine other reports). One that more
    articles date than leave undated is that time's, and its undated mentions go with it
    ("the 2009 quake that killed more than 300 people" in two reports, "That earthquake killed
    more than 300 people" in a third)."""
    if len({s["article"] for s in group}) < 2:
        return group, []
    writes: dict = defaultdict(lambda: (set(), set()))  # value -> (undated in, dated in)
    for s in group:
        writes[_value_key(s)][bool(_dates(s))].add(s["article"])
    undated = {v for v, (plain, dated_in) in writes.items() if len(plain) >= len(dated_in)}
    told_undated = {s["article"] for s in group if not _dates(s)}
    dated = [s for s in group if _dates(s) and _value_key(s) not in undated]
    marks = {m for s in dated if s["article"] in told_undated for m in _dates(s)}
    apart = [s for s in dated if _dates(s) & marks]
    if not apart or len(apart) == len(group):
        return group, []
    # figures that name a common month or year are of one time ("in January" and "between
    # late January and early February")
    joined = UnionFind(len(apart))
    for i, x in enumerate(apart):
        for j in range(i + 1, len(apart)):
            if _dates(x) & _dates(apart[j]):
                joined.union(i, j)
    parts = [[apart[i] for i in members] for members in joined.groups().values()]
    for s in group:  # an undated mention of a value its time's reports date
        key = (_value_key(s), s["qualifier"])
        if not _dates(s) and key[0] not in undated:
            home = next((p for p in parts if any((_value_key(x), x["qualifier"]) == key for x in p)), None)
            if home is not None:
                home.append(s)
    out = {id(s) for p in parts for s in p}
    if len(out) == len(group):
        return group, []  # every figure is of that time: it is the group's own
    return [s for s in group if id(s) not in out], parts


def _statuses(group: list[dict], places_of: dict[str, str], similar) -> list[tuple[list[dict], str]]:
    """The group's status, or its parts' when it holds more than one quantity.

    disputed: two voices give figures that cannot both be true; agreed: two or more articles
    give figures that can all be true (never two different exact values); single: one
    article. Figures one voice gives that cannot all be true are different quantities, so
    the group is cut into parts whose figures can all hold, each judged on its own.
    """
    places = {place_key(s.get("place")) for s in group if s["event"] not in TRACKED} - {""}
    # "55 percent in Saudi Arabia, 52 percent in Egypt": a sentence that gives figures place
    # by place makes the quantity one per place; a place named in passing ("three cables ...
    # in the Mediterranean", "five cables in the Middle East") does not
    if len(places) > 1 and any(s.get("listed") for s in group):
        by_place: dict = defaultdict(list)
        for s in group:
            by_place[place_key(s.get("place"))].append(s)
        return [r for part in by_place.values() for r in _statuses(part, places_of, similar)]
    main, dated = _dated_apart(group)
    if dated:
        return _statuses(main, places_of, similar) + [
            r for part in dated for r in _statuses(part, places_of, similar)]
    main, asides = _asides(group, places_of)
    if asides:
        return _statuses(main, places_of, similar) + _statuses(asides, places_of, similar)
    articles = {s["article"] for s in group}
    if len(articles) > 1 and len(group) <= MAX_VALUES and \
            not compatible([interval(s["value"], s["qualifier"]) for s in group]):
        similar.prefetch([s for s in group if s["event"] not in TRACKED])
        apart = _side_by_side(group, places_of)
        if any(_conflict(a, b, places_of, similar, group, apart) for i, a in enumerate(group)
               for b in group[i + 1:]):
            return [(group, "disputed")]
    intervals = [interval(s["value"], s["qualifier"]) for s in group]
    if len(articles) > 1 and len(group) > MAX_VALUES and not compatible(intervals):
        return [(group, "disputed")]
    if compatible(intervals):
        return [(group, "agreed" if len(articles) > 1 else "single")]
    parts: list[list[dict]] = []
    for s in sorted(group, key=lambda s: (magnitude(s["value"]), s["qualifier"] != "exact")):
        span = interval(s["value"], s["qualifier"])
        homes = [p for p in parts if compatible(
            [span] + [interval(x["value"], x["qualifier"]) for x in p])]
        # "well below 2C" belongs with the 2C figures, not with the 1.5C one it also allows
        home = max(homes, key=lambda p: any(x["value"] == s["value"] for x in p), default=None)
        if home is None:
            parts.append([s])
        else:
            home.append(s)
    return [(p, "agreed" if len({s["article"] for s in p}) > 1 else "single") for p in parts]


def _linked(a: dict, b: dict) -> bool:
    """Whether two reports' figures of one block (same event, counted thing and unit) may be
    one quantity: their scopes agree (see ``scope_conflict``) and they are not about two
    places. Values far apart stay linked: a running toll (23 early, 247 later) is one
    disputed count, and a lower bound agrees with any larger figure."""
    if scope_conflict(a, b):
        return False
    return not (a.get("place") and b.get("place")
                and place_key(a["place"]) != place_key(b["place"]))


def _supported(part: list[dict], status: str, places_of: dict[str, str],
               similar) -> list[tuple[list[dict], str]]:
    """A cross-source group as shown only where the evidence links its reports.

    Blocks join figures by event, counted noun and unit; that says two figures may be one
    quantity, not that they are. A report's figures stay in the group only when one of them
    is linked (``_linked``) to another report's figure; a report no link reaches is kept
    apart as its own single figures, and the linked parts are judged again."""
    articles = {s["article"] for s in part}
    if status == "single" or len(articles) < 2 or len(part) > MAX_VALUES:
        return [(part, status)]
    joined = UnionFind(len(part))
    for i, a in enumerate(part):
        for j in range(i + 1, len(part)):
            b = part[j]
            if joined.find(i) == joined.find(j):
                continue
            if a["article"] == b["article"]:
                same = a["value"] == b["value"] and a["qualifier"] == b["qualifier"]
            else:
                same = _linked(a, b)
            if same:
                joined.union(i, j)
    components = {root: [part[i] for i in members] for root, members in joined.groups().items()}
    if len(components) == 1:
        return [(part, status)]
    # an article's figures no link reached go with the article's linked figures when the
    # article has some (one report telling its own figure twice), else stand alone
    linked = [c for c in components.values() if len({s["article"] for s in c}) > 1]
    out: list[tuple[list[dict], str]] = []
    for c in components.values():
        if len({s["article"] for s in c}) > 1:
            continue
        home = next((g for g in linked if any(s["article"] == c[0]["article"] for s in g)
                     and compatible([interval(x["value"], x["qualifier"]) for x in g + c])), None)
        if home is not None:
            home.extend(c)
        else:
            out.append((c, "single"))
    for c in linked:
        out.extend(_statuses(c, places_of, similar))
    return out


def _merge_repeats(statements: list[dict], classes: dict[str, str]) -> None:
    """One article giving one figure (value, qualifier, source, counted-noun class) twice is
    one figure, even when the parser hung the two sentences on different verbs (a video
    caption's "rape more than 200 women Replay" read "Replay" as the verb). The repeats take
    one event so they land in one group: the casualty-style event if one of them has it,
    else the first one read. Two different tracked events (62 killed, 62 wounded) stay two
    figures."""
    tracked = set(EVENTS.values())
    events: dict[tuple, list] = defaultdict(list)

    def key(s):
        value = s["value"]
        return (s["article"], tuple(value) if isinstance(value, list) else value,
                s["qualifier"], _attribution_key(s["attributed_to"]), classes[s["noun"]])

    counted = [s for s in statements if s["noun"]]
    for s in counted:
        events[key(s)].append(s["event"])
    for s in counted:
        seen = events[key(s)]
        preferred = next((e for e in seen if e in tracked), seen[0])
        if s["event"] != preferred and s["event"] not in tracked:
            s["event"] = preferred


class _Context:
    """What grouping and display read besides the figures themselves, built once per cluster
    by ``_prepared``: the name resolver, the place folding of voices, article order, how many
    figures each sentence carries, the counted-noun classes, the nouns that count people and
    the sentence similarity."""

    def __init__(self, cluster, names, places, order, figures_in, classes, similar, people=frozenset()):
        self.cluster, self.names, self.places, self.order = cluster, names, places, order
        self.figures_in, self.classes, self.similar = figures_in, classes, similar
        self.people = people


def _prepared(cluster) -> tuple[list[dict], _Context]:
    """The cluster's figure statements, ready to be grouped: read from the parse
    (``_statements``), one spelling per source, lengths made metric, sentences that list
    figures place by place marked, one article's repeats given one event, lengths keyed by
    their role. Rule grouping and the learned linker (``links.py``) both start here, so the
    linker is trained on the very statements it later links."""
    names = names_of(cluster)
    statements = _statements(cluster, names)
    for i, s in enumerate(statements):
        s["seq"] = i  # reading order: an article's first figure of a quantity is its own
    for s in statements:  # "52 percent in Egypt": the percent sign is no counted thing
        if s["unit"] == "percent" and s["noun"] in ("percent", "%", "cent", "per"):
            s["noun"] = s["surface"] = s["phrase"] = None
    _to_metric(statements)
    spelling = names.one_spelling(s["attributed_to"] for s in statements)
    for s in statements:
        if s["attributed_to"]:
            s["attributed_to"] = spelling[s["attributed_to"]]
    places = cluster_places(cluster)
    by_sentence: dict[tuple, set] = defaultdict(set)
    for s in statements:
        if s.get("place"):
            by_sentence[(s["article"], s["text"], s["unit"])].add(place_key(s["place"]))
    for s in statements:  # the sentence lists figures of one unit place by place
        s["listed"] = len(by_sentence.get((s["article"], s["text"], s["unit"]), ())) > 1
    order = {a.id: i for i, a in enumerate(cluster.articles)}
    figures_in = Counter((s["article"], s["text"]) for s in statements)
    surfaces: dict[str, Counter] = defaultdict(Counter)
    for s in statements:
        if s["noun"]:
            surfaces[s["noun"]][s["surface"]] += 1
    forms = {n: c.most_common(1)[0][0] for n, c in surfaces.items()}
    classes = _noun_classes(forms)
    people = _counts_people(forms)

    _merge_repeats(statements, classes)
    for s in statements:
        # a length is one quantity only with another of the same role: a depth with a depth,
        # a distance with a distance from the same place ("100 km northeast of Rome");
        # one whose role the parse does not give is compared with no other report's
        if s["unit"].startswith("measure:") and dict(MEASURES.values()).get(s["noun"]) == "length":
            role = s.get("role")
            if role and role[0] == "distance":
                key = place_key(role[1]) if role[1] else None
                s["unit"] += "@distance:" + key if key else "@" + s["article"]
            elif role:
                s["unit"] += "@" + role[0]
            else:
                s["unit"] += "@" + (place_key(s.get("place")) or s["article"])
    similar = _context_similarity(cluster, statements)
    return statements, _Context(cluster, names, places, order, figures_in, classes, similar, people)


def articles_counting(statements: list[dict], classes: dict[str, str]) -> dict[str, set[str]]:
    """Noun class -> the articles counting it. A small count ("two sides", "two aides") is
    a figure only when another report counts the same thing too."""
    out: dict[str, set[str]] = defaultdict(set)
    for s in statements:
        if s["noun"]:
            out[classes[s["noun"]]].add(s["article"])
    return out


def _rule_parts(statements: list[dict], ctx: _Context) -> list[tuple[list[dict], str, str]]:
    """The hand rules' grouping: blocks by (event, counted-noun class, unit), joined by
    ``_merge_blocks`` and ``_people_renamed``, split by size, then judged and cut by
    ``_statuses`` and ``_supported``.
    Returns (statements of one quantity, status, the event its block is keyed by) parts."""
    classes, places, similar = ctx.classes, ctx.places, ctx.similar
    # a block holds one kind of quantity: same event, same counted thing, same unit
    blocks: dict[tuple, list[dict]] = defaultdict(list)
    for s in statements:
        if s["noun"]:
            blocks[(s["event"], classes[s["noun"]], s["unit"])].append(s)
    # "Dozens killed", "more than 100 wounded": the count's noun is understood from the story,
    # so the figure joins the biggest block about the same event and unit
    by_event: dict[tuple, list[tuple]] = defaultdict(list)
    for key in blocks:
        by_event[(key[0], key[2])].append(key)
    for s in statements:
        if s["noun"] is None:
            keys = by_event.get((s["event"], s["unit"]))
            key = max(keys, key=lambda k: len(blocks[k])) if keys else (s["event"], None, s["unit"])
            blocks[key].append(s)

    blocks = _merge_blocks(blocks, similar, places)
    _people_renamed(blocks, similar, ctx.people, ctx.cluster.copies)
    counted_in = articles_counting(statements, classes)
    out = []
    for (event, noun_class, _), block in blocks.items():
        if len(counted_in.get(noun_class, ())) < 2:
            block = [s for s in block if not s["small"]]
        # an earlier time's figures are set apart before the story's are split by size: the
        # 1997 quake's "dozen" dead and its "more than 100" are one quantity whatever their
        # sizes, and split by size with the story's toll they cut it in pieces
        main, eras = _dated_apart(block[:MAX_BLOCK])
        for group in [*_split_by_size(main), *eras]:
            out.extend((part, status, event) for p, st in _statuses(group, places, similar)
                       for part, status in _supported(p, st, places, similar))
    return out


def _rendered(parts: list[tuple[list[dict], str, str | None]], ctx: _Context) -> list[dict]:
    """The figures table from (statements, status, event) parts: each part named by its
    commonest counted-noun phrase and its event, its values merged per figure and voice, and the groups
    sorted disputed, agreed, single, most-reported first."""
    cluster = ctx.cluster
    groups = []
    for part, status, event in parts:
        phrases = Counter(s["phrase"] for s in part if s["phrase"])
        what = phrases.most_common(1)[0][0] if phrases else \
            "percent" if part[0]["unit"] == "percent" else "figure"
        about = f"{what} {event}" if event in EVENTS.values() else what
        where = Counter(s["place"] for s in part if s.get("place"))
        if len({place_key(w) for w in where}) == 1 and event not in EVENTS.values():
            about += f" ({where.most_common(1)[0][0]})"
        shown = _display_values(part, cluster.copies, ctx.places, ctx.order, ctx.figures_in)
        groups.append({"about": about, "status": status, "values": shown})
    # disputed first, then agreed, then single figures; within each, the groups most reports
    # mention first (independent reports, then figures, break ties)
    rank = {"disputed": 0, "agreed": 1, "single": 2}

    def mentions(g):
        articles = sorted({a for v in g["values"] for a in v["articles"]})
        return len(articles), independent(articles, cluster.copies)

    groups.sort(key=lambda g: (rank[g["status"]], -mentions(g)[0], -mentions(g)[1],
                               -len(g["values"])))
    return groups


def find_claims(cluster, figures: str = "rules") -> list[dict]:
    """The figures table. Which figures of two reports are one quantity is decided, with
    ``figures="rules"`` (the default), by the hand rules, which read no model; with
    ``figures="learned"`` by the learned linker (``links.linked_parts``), which weighs the
    rules' grouping as one piece of evidence among others. The linker found more of the
    figures two reports share on new stories but showed more wrong groups, and it is trained on
    annotations of Multi-News, whose agreement allows non-commercial research use only
    (README, "Licences of the trained models"), so it is asked for, not assumed."""
    if figures not in ("learned", "rules"):  # pipeline.FIGURE_GROUPINGS, checked there for users
        raise ValueError(f"unknown figure grouping {figures!r}")
    statements, ctx = _prepared(cluster)
    parts = _rule_parts(statements, ctx)
    if figures == "learned":
        from .links import linked_parts

        parts = linked_parts(statements, ctx, parts)
    return _rendered([p for p in parts if worth.kept_apart(p[0], p[1]) is None], ctx)


def find_claims_learned(cluster) -> list[dict]:
    """The figures table grouped by the learned linker (``--figures learned``)."""
    return find_claims(cluster, figures="learned")
