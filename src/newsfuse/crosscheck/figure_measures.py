"""Durations and units of measure: what a number written with a unit counts.

"67 minutes", "some 120 kilometers (75 miles)", "6 pounds, 13 ounces", "the 16-hour flight":
a number with a unit is a figure reports give and disagree on, and its unit is what it counts.
Reading the unit apart from the sentence's grammar keeps the figure reader (figure_reading.py)
about who counts what, and puts every conversion between units in one place.
"""

from __future__ import annotations

import re

from .figure_scope import place_key
from .numbers import HEDGES, SCALES, TIME_UNITS, UNITS, parse_amount
# A duration NER calls DATE/TIME: "67 minutes", "nearly 40 years", "a 30-month time frame".
# Its unit is the counted thing; ages ("52 years old", "aged 14") are not figures of the story.
# "five nights" (alone in the woods, in a hotel) is a span the NER calls a time as it calls
# "five days" one, and read as no duration three reports' five nights stood apart
_DURATION = re.compile(r"^(?:the\s+|a\s+|an\s+|every\s+)?(.*?\S)[\s-]"
                       r"(second|minute|hour|day|night|week|month|year|decade|century|centurie)s?$", re.I)
# "a year and a half", "an hour and a half": the unit, then its half
_HALF_AFTER = re.compile(r"^(.*?\S)\s+(second|minute|hour|day|week|month|year|decade|century)s?"
                         r"\s+and\s+a\s+half$", re.I)
# a fraction word alone before a unit of time: "a quarter-century", "a half-century"
_FRACTION_OF_UNIT = {"quarter": "0.25", "a quarter": "0.25", "half": "0.5", "a half": "0.5"}
# long spans told in the larger units are counted in years: "two decades" is "20 years"
_YEARS_IN = {"decade": 10, "century": 100, "centurie": 100}


# nouns that only frame a span of time ("a 30-month time frame", "a five-year period"): the
# verb that owns the span says what it measures, not the noun
_SPAN_NOUNS = {"period", "frame", "span", "stretch", "window", "spell", "time"}


def measured_thing(unit) -> str | None:
    """The noun a duration written as a modifier measures: "the 16-hour flight" -> "flight",
    "her 18-month inquiry" -> "investigation". Such a duration is the length of that
    thing, whatever verb the sentence hangs it on ("said nearly 6 hours into the 11-hour
    flight", "started shouting about five hours into the 12-hour flight"), and two of them
    are one quantity only when they measure the same thing ("a four-year review" is not "a
    10-year risk"). None for a duration that is no modifier, or that frames a span."""
    head = unit.head
    if unit.dep_ in ("compound", "amod", "nmod", "npadvmod") and head.pos_ == "NOUN" \
            and head.i > unit.i and head.lemma_.lower() not in _SPAN_NOUNS:
        return head.lemma_.lower()
    return None


def lasting_one(ent) -> bool:
    """Whether a span is "a"/"an" and a unit of time that "-long" makes an adjective ("an
    hour-long show", "a year-long probe"): one unit, written without a number."""
    doc = ent.doc
    return len(ent) == 2 and ent[0].lower_ in ("a", "an") and ent[1].lower_ in TIME_UNITS \
        and ent.end + 1 < len(doc) and doc[ent.end].text in ("-", "‐") \
        and doc[ent.end + 1].lower_ == "long"


def lasting_one_spans(doc) -> list:
    """"an hour-long", "a year-long" as duration spans: the NER gives them no entity, and
    a report's "one-hour show" then met nothing in another's "hour-long show"."""
    from spacy.tokens import Span

    out = []
    for t in doc[:-2]:
        if t.lower_ in ("a", "an") and not t.ent_type_ and not doc[t.i + 1].ent_type_:
            span = Span(doc, t.i, t.i + 2, label="TIME")
            if lasting_one(span):
                out.append(span)
    return out


# "five a day", "twice a week": the amount of a rate per unit of time, not a span
_PER_UNIT = re.compile(r"^(.*?\S)[\s-]+(?:a|an|per)$", re.I)


def duration_of(ent):
    """(amount text, unit token) for a duration entity, with "rate" third for an amount per
    unit of time ("five a day"), or None (dates, ages, "each year")."""
    if ent.label_ not in ("DATE", "TIME"):
        return None
    # "30 days' worth of treatment", "two weeks' notice", "a year's supply": the possessive
    # mark the NER takes into the date is no part of the span, which read with it was none
    text = re.sub(r"(?<=[a-z])\s*['’]s?$", "", ent.text.strip(), flags=re.I)
    # "a year and a half", "an hour and a half": the half written after the unit
    half = _HALF_AFTER.match(text)
    if half:
        whole = "one" if half.group(1).lower() in ("a", "an") else half.group(1)
        text = f"{whole} and a half {half.group(2)}"
    m = _DURATION.match(text)
    doc = ent.doc
    if lasting_one(ent):
        return "one", ent[-1]  # "a half-hour weekly evening show": a one-hour show
    if m is not None and m.group(1).lower() in _FRACTION_OF_UNIT:
        # "his quarter-century rule", "a half-century": a fraction of the unit
        m = _DURATION.match(f"{_FRACTION_OF_UNIT[m.group(1).lower()]} {m.group(2)}")
    if m is None or parse_amount(m.group(1)) is None:
        return None
    after = doc[ent.end].lower_ if ent.end < len(doc) else ""
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    if (after in ("old", "ago", "later", "earlier", "ahead", "prior") or (
            after in ("before", "after", "following") and before != "for")) or before in ("aged", "age"):
        # an age, or a date counted from another ("two days ago", "two days after the vote",
        # "two weeks following the close of their tour"; "for four days after fleeing" is a span)
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
    "centimetres": ("cm", "length"), "centimeter": ("cm", "length"), "centimetre": ("cm", "length"),
    "mm": ("mm", "length"), "millimeter": ("mm", "length"), "millimetre": ("mm", "length"),
    "millimeters": ("mm", "length"), "millimetres": ("mm", "length"), "mile": ("mile", "length"), "miles": ("mile", "length"),
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
    # the units of a specification sheet: a clock speed, a memory, a speed ("2.7GHz quad
    # Core i7s", "up to 8GB of RAM", "a 512 gigabyte flash-storage option", "70 mph"). Read
    # without them, "8" counted the token "GB" as a thing, and "2.7GHz" (one token, which the
    # NER mostly leaves out) was no figure at all
    "ghz": ("GHz", "frequency"), "mhz": ("MHz", "frequency"), "gigahertz": ("GHz", "frequency"),
    "megahertz": ("MHz", "frequency"),
    "gb": ("GB", "storage"), "gigabyte": ("GB", "storage"), "gigabytes": ("GB", "storage"),
    "mb": ("MB", "storage"), "megabyte": ("MB", "storage"), "megabytes": ("MB", "storage"),
    "tb": ("TB", "storage"), "terabyte": ("TB", "storage"), "terabytes": ("TB", "storage"),
    "mph": ("mph", "speed"), "kph": ("km/h", "speed"), "km/h": ("km/h", "speed"),
    "″": ("inch", "length"),  # the inch mark: "The 15.4″ MacBook Pro", "at 0.71″"
}
# an area or a volume is a length unit raised to a power ("58 square kilometers", "a
# 300-square-foot apartment", "20 cubic meters", "50 km²"): read as its length unit alone, or
# as the word "square", an area in square miles and one in square kilometres were one unit
# and two reports' areas of one slick (52 square miles, 58 square kilometres) a dispute
_POWERS = {"square": ("square", "area", "²"), "sq": ("square", "area", "²"),
           "sq.": ("square", "area", "²"), "cubic": ("cubic", "volume", "³")}
MEASURES.update({name + sign: (f"{power} {name}", dimension)
                 for name in sorted({n for n, d in MEASURES.values() if d == "length"})
                 for power, dimension, sign in set(_POWERS.values())})
# a unit with a metric prefix, which MEASURES does not list: "an 80-Gigabit fabric switch"
_PREFIXED_UNIT = re.compile(r"^(?:kilo|mega|giga|tera|peta|milli|micro|nano)(?:bit|byte|watt|hertz|volt|"
                            r"pixel|ton|joule|liter|litre|meter|metre|gram)s?$", re.I)


def unit_word(word: str) -> bool:
    """Whether a word, of a letter or more, names a unit a number measures in: one of
    ``MEASURES`` ("Mile"), a unit of time ("Year") or a unit with a metric prefix ("Gigabit").
    A letter alone is left out: "5-G" or "4-H" is a name, not five grams."""
    low = word.lower()
    return len(word) > 1 and (low in MEASURES or low.rstrip("s") in TIME_UNITS
                              or _PREFIXED_UNIT.match(low) is not None)


_METRIC = {"km", "m", "cm", "kg", "g", "tonne", "degree", "magnitude"}
# a number with its unit in one token: "2ºC", "1.5C", "9.7km", "2.7GHz", "8GB" (not "1m",
# which may be a million, nor a lower-case "c" or "f")
_GLUED = re.compile(r"^(\d+(?:\.\d+)?)((?:º|°)?[CF]|km|kg|cm|mm|g|lbs?|oz|ft|[GMT]B|[GM]Hz|mph|kph|″)\.?$")
# a magnitude written as one token with its number: "magnitude-6.2"
_MAGNITUDE = re.compile(r"^magnitude[-‐](\d(?:\.\d+)?)$", re.I)
# a temperature below zero written as one token: "minus-20"
_MINUS = re.compile(r"^(?:minus|negative)[-‐](\d+(?:\.\d+)?)$", re.I)
# a pound is money unless the entity is a measure
_MONEY_UNITS = {"pound", "pounds"}


# a length per hour is a speed: "62,000 miles per hour" is the "62,000 mph" of another report
_SPEEDS = {"mile": "mph", "km": "km/h"}


def _per_hour(unit) -> str | None:
    """The speed unit a length unit written "per hour" or "an hour" names ("at over 65 miles per
    hour", "100 kilometers an hour"), else None. Read as a length, the speed a report writes out
    in words met no other report's "65 mph" and was compared with distances: 172 such speeds in
    133 of the 44,891 Multi-News train clusters, 52 of which write a speed "mph" or "km/h" too;
    two of 66 pairs of one value under two counted nouns read by hand were such a speed."""
    name = MEASURES.get(unit.lower_)
    after = [t.lower_ for t in unit.doc[unit.i + 1:unit.i + 3]]
    if name and name[0] in _SPEEDS and after in (["per", "hour"], ["an", "hour"], ["a", "hour"]):
        return _SPEEDS[name[0]]
    return None


def measure_of(ent):
    """(amount text, unit token, unit name) for a number with a unit of measure: "some 100
    kilometers", "6.2-magnitude", "The magnitude 6 quake", "2ºC", "1.5 degrees". A distance,
    a magnitude or a temperature is a figure reports give and disagree on, and its unit is
    what it counts; before, no number written with a unit was read at all."""
    doc = ent.doc
    first = ent[0]
    if ent.label_ in _SIDES:  # "2880x1800 resolution": one side of a size written as one token
        unit = doc[ent.end] if ent.end < len(doc) and doc[ent.end].pos_ in ("NOUN", "PROPN") else None
        if unit is None:
            return None
        return _ONE_TOKEN_SIZE.match(first.text).group(_SIDES[ent.label_]), unit, \
            unit.lemma_.lower() + " " + ("wide" if ent.label_ == "SIZE_WIDE" else "high")
    minus = _MINUS.match(first.text)
    if minus and len(ent) <= 2:
        # "in minus-15 degree temperatures": one token, which the NER calls a date
        unit = ent[1] if len(ent) == 2 else doc[ent.end] if ent.end < len(doc) else None
        name = MEASURES.get(unit.lower_) if unit is not None else None
        if name and name[1] == "temperature" and unit.lower_ not in ("c", "f"):
            return "minus " + minus.group(1), unit, name[0]
    for t in ent[:3]:
        glued = _GLUED.match(t.text)
        name = MEASURES.get(glued.group(2).lower()) if glued else None
        if name:  # "3.7GHz", "up to 3.7GHz": the hedge is the amount's, the unit the token's
            return (doc[ent.start:t.i].text + " " + glued.group(1)).strip(), t, name[0]
    prev = doc[ent.start - 1] if ent.start > 0 else None
    if prev is not None and prev.text in ("-", "‐") and ent.start > 1:
        prev = doc[ent.start - 2]
    if ent.label_ == "CARDINAL" and prev is not None and prev.lower_ == "magnitude" and len(ent) == 1:
        return ent.text, prev, "magnitude"  # "The magnitude 6 quake", "magnitude-6.2"
    # "a magnitude of at least 5.9": the hedge, in the entity or before it, is the figure's
    of = _before_hedge(doc, ent.start)
    hedged = ent[-1].like_num and not any(t.like_num for t in ent[:-1])
    if ent.label_ == "CARDINAL" and hedged and of >= 1 and doc[of].lower_ == "of" \
            and doc[of - 1].lower_ == "magnitude":
        return ent.text, doc[of - 1], "magnitude"  # "a magnitude of 6.3"
    one_token = _MAGNITUDE.match(first.text)
    if one_token and len(ent) == 1:
        # "The magnitude-6.2 quake": one token, which the NER may call a person or a place
        return one_token.group(1), first, "magnitude"
    quake = _quake_magnitude(ent)
    if quake is not None:
        return quake
    side = dimension_side(ent)
    if side is not None:
        return side
    if ent.label_ == "MONEY" and ent[-1].lower_ in _MONEY_UNITS and _weighed(ent):
        return doc[ent.start:ent.end - 1].text, ent[-1], "lb"  # "weighing in at 2.38 pounds"
    if ent.label_ == "CARDINAL":
        nxt = doc[ent.end] if ent.end < len(doc) else None
        if nxt is not None and nxt.lower_ in ("and", "or") and ent.end + 2 < len(doc) \
                and doc[ent.end + 1].like_num:
            # "either 2.3 or 2.6 GHz", "64 and 128 GB": the unit written once, after the second
            nxt = doc[ent.end + 2]
        if nxt is not None and nxt.text == '"' and not ent[-1].whitespace_ and "." in ent[-1].text:
            return ent.text, nxt, "inch"  # 'a 15.4" retina display': a straight inch mark
        if nxt is not None and nxt.text in ("-", "‐") and not ent[-1].whitespace_ \
                and not nxt.whitespace_ and ent.end + 1 < len(doc):
            unit = doc[ent.end + 1]  # "a 512-MHz processor": the unit as a compound's modifier
            if len(unit.text) > 1 and unit.lower_ in MEASURES and unit.lower_ not in _MONEY_UNITS:
                return ent.text, unit, MEASURES[unit.lower_][0]
        glued = _GLUED.match(ent[-1].text + nxt.text) if nxt is not None and not ent[-1].whitespace_ else None
        if glued and MEASURES.get(glued.group(2).lower()):
            # "800g of fruit": a number and its unit written as one word, which the tokenizer
            # parts (read as the one token "3.7GHz" is); "5G" names no grams
            return ent.text, nxt, MEASURES[glued.group(2).lower()][0]
        if nxt is not None and nxt.lower_ in MEASURES and nxt.lower_ not in _MONEY_UNITS \
                and nxt.lower_ not in ("c", "f", "g"):
            return ent.text, nxt, _per_hour(nxt) or MEASURES[nxt.lower_][0]  # "1.5" "degrees" split by NER
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
        if t.lower_ in _POWERS:  # "58 square kilometers": an area, named by its length unit
            after = next((u for u in doc[t.i + 1:min(t.i + 3, len(doc))] if u.text not in ("-", "‐")), None)
            length = MEASURES.get(after.lower_) if after is not None else None
            if length and length[1] == "length":
                return doc[ent.start:last + 1].text, after, MEASURES[length[0] + _POWERS[t.lower_][2]][0]
        name = MEASURES.get(t.lower_)
        return doc[ent.start:last + 1].text, t, _per_hour(t) or (name[0] if name else t.lemma_.lower())
    return None


# what a magnitude measures, and the words that may stand between it and the quake ("a 6.7
# degree quake", "A 6.7-strength quake", "5.9 Earthquake Jolts Iran")
_QUAKES = {"earthquake", "quake", "temblor", "tremor", "aftershock", "shock"}
_MAGNITUDE_WORDS = {"-", "‐", "magnitude", "strength", "degree", "point", "richter"}


# HEDGES by their last word, each list in HEDGES' order (longest first): only a hedge ending
# in the word before a number can end there, and slicing the parse for every hedge at every
# figure was a tenth of a 1 MB brief (23 s of 224, cProfile, docs/measurements.md)
_HEDGES_ENDING: dict[str, list[list[str]]] = {}
for _phrase, _ in HEDGES:
    _HEDGES_ENDING.setdefault(_phrase.split()[-1], []).append(_phrase.split())


def _before_hedge(doc, i: int) -> int:
    """The index of the token before ``i`` and before any hedge that ends there ("of at least
    5.9" gives the index of "of")."""
    j = i - 1
    if j < 0:
        return j
    for words in _HEDGES_ENDING.get(doc[j].lower_, ()):
        if j - len(words) + 1 >= 0 and [t.lower_ for t in doc[j - len(words) + 1:j + 1]] == words:
            return j - len(words)
    return j


def _quake_magnitude(ent):
    """(amount, unit token, "magnitude") for a magnitude written without that word before
    it: a decimal that modifies a quake ("a 6.7 degree quake", "A 6.7-strength quake", "5.9
    Earthquake Jolts Iran"), a number "on the Richter scale" ("a quake measuring 6.4 on the
    Richter scale"), the value a magnitude is put at ("put the quake's magnitude at 5.9").
    Before, the first was a temperature or a count of quakes, the others counted nothing and
    were dropped. A whole number before a quake ("one quake", "two quakes") is a count."""
    doc = ent.doc
    numbers = [t for t in ent if t.like_num]
    if not numbers or ent.label_ not in ("CARDINAL", "QUANTITY"):
        return None
    number = numbers[-1]
    amount = doc[ent.start:number.i + 1].text
    after = [t.lower_ for t in doc[ent.end:ent.end + 4]]
    if after == ["on", "the", "richter", "scale"]:
        return amount, doc[ent.end + 2], "magnitude"
    i = number.i + 1
    while i < len(doc) and doc[i].lower_ in _MAGNITUDE_WORDS and i <= number.i + 3:
        i += 1
    if "." in number.text and i < len(doc) and doc[i].lemma_.lower() in _QUAKES \
            and doc[i].tag_ in ("NN", "NNP") and _amount_below_ten(number.text):
        return amount, doc[i], "magnitude"
    root = ent.root
    if "." in number.text and _amount_below_ten(number.text) and any(
            a.lemma_.lower() == "magnitude" or (a.lemma_.lower() in _QUAKES and a.dep_ != "pobj")
            for a in _up_to_noun(root)):
        # "at least three aftershocks of around 3.5", "with magnitudes ranging from 3.1 to 3.9"
        return amount, root.head, "magnitude"
    if root.dep_ == "pobj" and root.head.lower_ == "at" and any(
            c.dep_ == "dobj" and c.lemma_.lower() == "magnitude" for c in root.head.head.children):
        return amount, root.head, "magnitude"
    return None


def _up_to_noun(token) -> list:
    """The words above a number up to the first noun, through "of", "from" and a participle:
    "aftershocks of around 4.0" gives "of", "aftershocks"; "magnitudes ranging from 3.6"
    gives "from", "ranging", "magnitudes"."""
    out = []
    for a in token.ancestors:
        if len(out) >= 5:
            break
        out.append(a)
        if a.pos_ in ("NOUN", "PROPN"):
            break
        if not (a.lower_ in ("of", "from", "to") or a.tag_ == "VBG" or a.like_num):
            break
    return out


_TIMES = {"x", "×", "by"}


def dimension_side(ent):
    """(amount, unit token, unit name) for one side of a size written as two numbers: "1,280
    x 800 resolution", "2,560 by 1,600 pixels", "2560 pixels by 1600". Each side is a figure
    reports give (a screen's width and height in pixels), named by the noun the pair gives
    ("pixel", "resolution", the "pixel" of "360-pixel") and its side ("wide", "high") so that
    one screen's width never meets another's height; before, the first read as a count and
    the second as nothing.
    With "by" the noun must be a unit ("pixels", "feet"): "cut 500 jobs by 2020" is no size."""
    doc = ent.doc
    number = ent[0]
    if not number.like_num or len(ent) > 2 or (len(ent) == 2 and ent[1].pos_ != "NOUN"):
        return None
    i = number.i

    def noun_at(j):
        return doc[j] if j < len(doc) and doc[j].pos_ in ("NOUN", "PROPN") and not doc[j].like_num \
            and doc[j].lower_ not in _TIMES else None

    def hyphened(j):
        # "640 by 480-pixel colour OLED screen", "a 10-by-12-foot room": the unit joined to the
        # second number by a hyphen, as a size is written before its noun; before, the pair
        # had no unit and neither side was read (T14's screen, two groups)
        return noun_at(j + 1) if j + 1 < len(doc) and doc[j].text in ("-", "‐") \
            and not doc[j].whitespace_ else None

    def fits(joiner, unit):
        return unit is not None and (joiner.lower_ != "by" or unit.lower_ in MEASURES
                                     or unit.lemma_.lower() == "pixel")

    first_noun = noun_at(i + 1)
    k = i + 2 if first_noun is not None else i + 1
    if k + 1 < len(doc) and doc[k].lower_ in _TIMES and doc[k + 1].like_num:  # the first side
        unit = noun_at(k + 2) or hyphened(k + 2) or first_noun
        return (number.text, unit, unit.lemma_.lower() + " wide") if fits(doc[k], unit) else None
    j = i - 1
    if j >= 1 and doc[j].lower_ in _TIMES:  # the second side
        before = noun_at(j - 1)
        low = doc[j - 2] if before is not None and j >= 2 else doc[j - 1]
        if not low.like_num:
            return None
        unit = noun_at(i + 1) or hyphened(i + 1) or before
        return (number.text, unit, unit.lemma_.lower() + " high") if fits(doc[j], unit) else None
    return None


def _amount_below_ten(text: str) -> bool:
    try:
        return float(text.replace(",", "")) < 10
    except ValueError:
        return False


def _weighed(ent) -> bool:
    """Whether an amount in pounds is a weight: a verb of weighing governs it ("weighing in
    at 2.38 pounds") or a mass in another unit restates it in brackets ("2.96 pounds (1.35
    kg)"). Without either a pound is money, as before."""
    doc = ent.doc
    after = doc[ent.end:min(ent.end + 4, len(doc))]
    if len(after) >= 3 and after[0].text == "(" and after[1].like_num \
            and MEASURES.get(after[2].lower_, ("", ""))[1] == "mass":
        return True
    return any(t.lemma_.lower() == "weigh" for t in list(ent.root.ancestors)[:3])


# a size written as one token, "2880x1800", "1440×900": the tokenizer keeps it whole and the
# NER's entity, if any, reads as no number; each side is a span of its own (``measure_spans``)
_ONE_TOKEN_SIZE = re.compile(r"^(\d{1,3}(?:,\d{3})*|\d+)[x×](\d{1,3}(?:,\d{3})*|\d+)$", re.I)
_SIDES = {"SIZE_WIDE": 1, "SIZE_HIGH": 2}


def measure_spans(doc) -> list:
    """Numbers with a unit of measure that the NER left out of every entity, as QUANTITY
    spans: "the swells were about 3 to 5 feet high" (only "about 2" was an entity), "swells
    between three and five feet" (none was). A range's lower end is read with it (see
    figure_reading.py; "between X and Y" is taken whole here). One-letter units ("m", "g",
    "c", "f") and pounds, which may be money or millions, are left alone."""
    from spacy.tokens import Span

    out = []
    for t in doc[2:]:
        # "1,280 x 800 resolution": the second side of a size, which the NER leaves out
        if t.like_num and t.ent_type_ in ("", "DATE") and doc[t.i - 1].lower_ in _TIMES \
                and (doc[t.i - 2].like_num or (t.i >= 3 and doc[t.i - 3].like_num)):
            span = Span(doc, t.i, t.i + 1, label="CARDINAL")
            if dimension_side(span) is not None:
                out.append(span)
    for t in doc:
        # "a 2880x1800 resolution": both sides of a size in one token, read as two figures
        # as "2880 x 1800" is (``dimension_side``); before, neither was read
        if _ONE_TOKEN_SIZE.match(t.text) and t.i + 1 < len(doc) and doc[t.i + 1].pos_ in ("NOUN", "PROPN"):
            out.extend(Span(doc, t.i, t.i + 1, label=label) for label in _SIDES)
    for t in doc:
        # "2.7GHz", "magnitude-5.9": a number and its unit in one token, which the NER most
        # often leaves out ("run up to 2.7GHz quad Core i7s", "measuring at least magnitude-5.9")
        if not t.ent_type_ and (_MAGNITUDE.match(t.text) or (
                _GLUED.match(t.text) and _GLUED.match(t.text).group(2).lower() in MEASURES)):
            out.append(Span(doc, t.i, t.i + 1, label="QUANTITY"))
    for t in doc[1:-1]:
        # "about a half-mile out", "a half mile wide": half of one unit, no number written
        unit = doc[t.i + 2] if doc[t.i + 1].text in ("-", "‐") and t.i + 2 < len(doc) else doc[t.i + 1]
        if t.lower_ == "half" and doc[t.i - 1].lower_ == "a" and not t.ent_type_ \
                and not unit.ent_type_ and unit.lower_ in MEASURES and len(unit.text) > 2 \
                and unit.lower_ not in _MONEY_UNITS:
            out.append(Span(doc, t.i - 1, unit.i + 1, label="QUANTITY"))
    for t in doc[:-1]:
        unit = doc[t.i + 1]
        if not t.like_num or t.ent_type_ or unit.ent_type_ or len(unit.text) < 2 \
                or unit.lower_ not in MEASURES or unit.lower_ in _MONEY_UNITS:
            continue
        start = t.i
        if t.i >= 3 and doc[t.i - 1].lower_ == "and" and doc[t.i - 2].like_num \
                and doc[t.i - 3].lower_ == "between":
            start = t.i - 3  # "between three and five feet"
        out.append(Span(doc, start, t.i + 2, label="QUANTITY"))
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


def _tied_words(unit) -> list:
    """The words the parse ties a unit to: its modifiers, its head, through a preposition or
    an adverbial the word above ("a depth of 200 meters", "98 feet long"), and an adverbial's
    preposition right after it on the same head ("started 20 km from Banff")."""
    near = [*unit.children, unit.head]
    if unit.head.dep_ == "prep" or unit.dep_ in ("npadvmod", "pobj"):
        near.append(unit.head.head)  # "a depth of 200 meters", "98 feet long"
    after = unit.doc[unit.i + 1] if unit.i + 1 < len(unit.doc) else None
    if unit.dep_ == "npadvmod" and after is not None and after.dep_ == "prep" and after.head == unit.head:
        near.append(after)  # "started 20 km from Banff": the preposition the verb holds beside it
    return [t for t in near if t.i != unit.i]


def _length_role(word) -> str | None:
    """The length role a word names, as written or by its lemma ("deep", "stands"): the
    lemmatizer reads an adjective "southwest" as a superlative and cuts it to "southw"."""
    return LENGTH_ROLES.get(word.lower_) or LENGTH_ROLES.get(word.lemma_.lower())


def _role_word(unit) -> str | None:
    """The role of a length from the words the parse ties its unit to (``_tied_words``:
    "a depth of 200 meters", "98 feet long", "stands at 310m"); None when no such word is
    there."""
    return next((role for t in _tied_words(unit) if (role := _length_role(t)) is not None), None)


def _named_origin(unit) -> str | None:
    """The named place a distance is measured from, as the parse says it: the proper noun
    after its distance word when that is a preposition ("30 miles off the coast of Crete"),
    else after the word's "of" or "from" ("40 miles southwest of Port Sudan", "64km
    (40 miles) south-west of Port Sudan", "90 kilometres from the city of Springfield"),
    whatever the entity tagger called it (a town's name is as often tagged a person's). None
    when that word names no place ("40 miles east of the capital")."""
    for word in _tied_words(unit):
        if _length_role(word) != "distance":
            continue
        preps = [word] if word.dep_ == "prep" or word.lower_ in ("of", "from") else \
            [c for c in word.children if c.dep_ == "prep" and c.lower_ in ("of", "from")]
        for name in (g for p in preps for g in p.children if g.dep_ == "pobj"):
            if name.pos_ != "PROPN":  # "the port of Mombasa", "the city of L'Aquila"
                name = next((g for c in name.children if c.dep_ == "prep" and c.lower_ == "of"
                             for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
            if name is not None:
                words = [c for c in name.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
                return " ".join(t.text for t in [*words, name])
    return None


# What a length measures, by the word the parse ties it to: "a depth of 200 meters", "98 feet
# long", "stands at 310m", "20 kilometres outside of Banff", "a 25-meter wreck".
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


def measure_role(unit):
    """(role, reference place) of a length: its role read from the words the parse ties the
    unit to (its modifiers, its head, and through a preposition or an adverbial the word
    above: "a depth of 200 meters", "98 feet long"), "length" for a length
    that describes a thing ("a 25-meter wreck", "a 12-metre embankment"), and for a
    distance the place it is measured from ("about 20 kilometres outside of Banff"). None
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
    # the place it is measured from: the one its distance word names ("southwest of Port
    # Sudan"), else a place after it ("outside of Banff"), else just before it ("in and
    # around Trikala, about 60 kilometers ...")
    origin = _named_origin(unit)
    if origin is not None:
        return role, origin
    doc, sent = unit.doc, unit.sent
    places = [e for e in doc.ents if e.label_ in ("GPE", "LOC", "FAC") and e.sent == sent]
    place = next((e for e in places if unit.i < e.start <= unit.i + 8), None) or next(
        (e for e in reversed(places) if unit.i - 8 <= e.end <= unit.i), None)
    return role, place.text if place is not None else None


# a length given in feet or miles, turned metric when other reports give it so
_TO_METRIC = {"foot": ("m", 0.3048), "yard": ("m", 0.9144), "mile": ("km", 1.609344),
              "inch": ("cm", 2.54)}


def to_metric(statements: list[dict]) -> None:
    """Lengths in feet or miles turned metric when another figure of the cluster gives the
    same length (same role, see ``measure_role``) in metric units: "98 feet long" meets
    "the 25-meter wreck", "a depth of more than 900 feet" meets "a depth of 200 meters".
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
            # to the figure's precision ("98 feet" is about 30 m, "650 feet" about 198 m), and
            # never coarser than a whole unit: "about 940 miles" is 1,513 km, as a reader
            # converting it writes it, not 1,510
            digits = max(len(re.sub(r"\D", "", f"{v:g}").lstrip("0")), 2)
            x = float(f"{v * factor:.{digits}g}")
            if abs(v * factor) >= 10 and abs(x - round(v * factor)) >= 1:
                x = float(round(v * factor))
            return int(x) if x.is_integer() else x

        value = s["value"]
        s["value"] = [convert(v) for v in value] if isinstance(value, list) else convert(value)
        if s["qualifier"] == "exact":
            s["qualifier"] = "about"
        s["noun"] = s["surface"] = s["phrase"] = name
        s["unit"] = "measure:" + name


def conversion(ent, name: str, measures: dict):
    """How a measure stands to a conversion beside it: "skip" for the one in parentheses
    ("some 120 kilometers (75 miles)": 80 miles restates 100 km), the metric twin's (value
    text, unit name) for a figure in another system followed by one ("about 55 miles (88
    km)" counts 112 km, as a report in km would give it), else None."""
    doc = ent.doc
    # by the unit's one name ("m"), not the word written ("meters"): the names are what
    # ``measures`` holds, and "m" is no word of MEASURES
    dimensions = dict(MEASURES.values())
    dimension = dimensions.get(name, name)

    def same(other) -> bool:
        return other is not None and dimensions.get(other[1], other[1]) == dimension

    if ent.start > 1 and doc[ent.start - 1].text == "(" and same(measures.get(("end", ent.start - 1))):
        return "skip"
    if ent.start > 2 and doc[ent.start - 1].lower_ == "or" and (
            _restated_after_or(measures.get(("end", ent.start - 1)), name, dimensions)
            or (dimension == "length" and doc[ent.start - 2].lower_ == "in"
                and doc[ent.start - 3].like_num and name != "inch")):
        # "at 0.68 in or 17 mm", "about 70 miles or 112 km": the same size in the other
        # system, as in parentheses ("in" for inches is read only here, before a length)
        return "skip"
    end = measures.get(("start", ent.start), (None, None, ent.end))[2]  # past a unit outside it
    twin = measures.get(("start", end + 1)) if end + 1 < len(doc) and doc[end].text == "(" else None
    if same(twin) and name not in _METRIC and twin[1] in _METRIC:
        return twin
    return None


def _restated_after_or(before, name: str, dimensions: dict) -> bool:
    """Whether the measure ``before`` (one that ends at an "or") is the measure named ``name``
    after it in another unit of the same dimension: "70 miles or 112 km" gives one distance
    twice; "two or three miles", with no unit before the "or", is a range of guesses."""
    return before is not None and before[1] != name \
        and dimensions.get(before[1], before[1]) == dimensions.get(name, name)


# a larger unit a report writes with its smaller one ("6 pounds, 13 ounces", "5 feet 11
# inches"): the smaller unit and how many of it make one larger unit
_SUBUNITS = {"lb": ("oz", 16), "foot": ("inch", 12)}


def compound_measure(ent, name: str, measures: dict):
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
