"""Reading a number phrase ("at least 62", "around 100", "dozens", "a half-million") as a value,
and the noun it counts.

Reports hedge their figures, and a hedge changes what a figure rules out: "at least 62" and
"83" can both be true, "62" and "83" cannot. So every figure becomes a value, a qualifier and
the interval of true counts it allows; comparing intervals is then the whole dispute check.
What a number counts ("62 Syrian soldiers", "dozens of people") is read here too, once, from
the parse (``counted_noun``): the rules that leave a number out (``worth``) and the grouping
of figures (``claims``) ask the same question and must get the same answer.
"""

from __future__ import annotations

import math
import re

from .currency import SIGN

# adverbs that count occurrences as "two times" does: "resuscitated twice"
NUMERAL_ADVERBS = {"twice": 2, "thrice": 3}
UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1, "half": 0.5,
    **NUMERAL_ADVERBS,  # occurrences: "resuscitated twice" is two times
}
# "dozen" scales what comes before it like "hundred" does: "two dozen" is 24, not 2 + 12
# "mln" and "bln" are the wire services' abbreviations, written apart from the number ("$70 mln")
SCALES = {"dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000, "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000,
          "mln": 1_000_000, "bln": 1_000_000_000, "tn": 1_000_000_000_000}
# units of time: what makes a number a span ("five years"), an age ("five-year-old") or the
# period of a measure ("a 10-year risk"); one list for every reader of numbers
TIME_UNITS = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"}
# Plural vague amounts: the smallest count the word can honestly mean.
VAGUE = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2_000, "millions": 2_000_000,
         "billions": 2_000_000_000, "tens": 20}
# a fraction word as a share of a whole, which reports (and readers) compare as a percent:
# "about half of the residents", "A quarter of the Earth's ice"
FRACTIONS = {"half": 50, "a half": 50, "one half": 50, "a quarter": 25, "one quarter": 25,
             "quarter": 25, "three quarters": 75, "three-quarters": 75, "a third": 33.33,
             "one third": 33.33, "one-third": 33.33, "two thirds": 66.67, "two-thirds": 66.67}

# Hedge words, longest first so "no more than" wins over "more than".
HEDGES = [
    ("no more than", "at most"), ("no fewer than", "at least"), ("not more than", "at most"),
    ("upwards of", "at least"), ("more than", "at least"), ("at least", "at least"),
    ("as much as", "at most"), ("as high as", "at most"), ("as few as", "at least"),
    ("as little as", "at least"), ("as low as", "at least"),
    ("in excess of", "at least"), ("as many as", "at most"), ("fewer than", "at most"),
    ("less than", "at most"), ("at most", "at most"), ("up to", "at most"),
    ("an estimated", "about"), ("estimated", "about"), ("close to", "about"),
    ("approximately", "about"), ("around", "about"), ("about", "about"), ("roughly", "about"),
    ("nearly", "about"), ("almost", "about"), ("some", "about"), ("just over", "at least"),
    ("just under", "at most"), ("over", "at least"), ("under", "at most"), ("below", "at most"),
    ("above", "at least"), ("approx.", "about"), ("just", "exact"),
    ("greater than", "at least"),
    # "will grow at just north of 5 percent", "south of $10": above and below, as a chart shows
    ("north of", "at least"), ("south of", "at most"),
]

def leading_hedge(text: str) -> tuple[str, str] | None:
    """The hedge a figure's text opens with and its qualifier ("up to 40" -> ("up to", "at
    most")), the first of ``HEDGES`` (longest first) that matches, else None: one reading for
    every caller that asks how a written figure is bounded."""
    low = text.lower()
    return next(((h, q) for h, q in HEDGES if low.startswith(h + " ")), None)


# Hedges written after the number: "LDL of 190 or higher", "two or more", "100 or fewer": the
# number is the bound, as "at least 190" would make it
AFTER_HEDGES = {"more": "at least", "higher": "at least", "greater": "at least",
                "above": "at least", "over": "at least", "less": "at most", "fewer": "at most",
                "lower": "at most", "below": "at most", "under": "at most"}
ABOUT_TOLERANCE = 0.1  # "about 60" allows 54..66: newsroom rounding, not a statistical band

# words of emphasis before a number or its hedge, which change neither value nor qualifier
_EMPHASIS = re.compile(r"^(?:only|just|merely|a\s+mere|a\s+whopping)\s+(?=\S)", re.I)
# "another 7 million", "an additional 300 troops", "a modest $10", "a further 12": an article
# and one describing word before the number, which the NER takes into the entity; the value is
# the number's (what it counts, added or not, is the parse's business)
_DESCRIBED = re.compile(r"^(?:another|an?\s+([a-z]+))\s+(?=[$€£¥]?\d|([a-z]+)\b)", re.I)
# "$7 per hour", "$8.23 an hour": the period of a rate, which the NER may take into the entity
_PER_PERIOD = re.compile(r"\s+(?:per|an?|each)\s+(?:second|minute|hour|day|week|month|year)$", re.I)
# two unit words joined by a hyphen: "three-four days" is three to four, not seven (a tens
# word before a unit, "twenty-five", is one number)
_UNIT_PAIR = re.compile(r"^([a-z]+)-([a-z]+)$", re.I)
_TENS = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}

# words that are the number after "a"/"an" ("a dozen", "a half-million", "a third"), never a
# description of it
_NUMBER_WORDS = {*UNITS, *SCALES, *VAGUE, "third", "thirds", "quarter", "quarters", "fifth", "few",
                 "couple", "total", "mere", "whopping", "estimated", "hundred", "handful"}

_NUMBER = re.compile(r"^\$?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?%?$")


def _word_value(word: str) -> float | None:
    word = word.lower().strip(".,$%")
    m = _NUMBER.match(word)
    if m:
        return float(word.strip("$%").replace(",", ""))
    if word in UNITS:
        return float(UNITS[word])
    if word in SCALES:
        return float(SCALES[word])
    return None


# scales written glued to a number ("$17m", "£2.5bn", "5mn", "$6T", "$1.5tn", "$5B"), and
# whether one needs a currency's sign before the number to be a scale: "310m" alone is a height
# in metres, "5k" a race and "6T" or "3b" anything, so m, k, t and b count as millions,
# thousands, trillions and billions only in a sum (or before what they count:
# ``figure_reading._count_scale``)
GLUED_SCALES = {"bn": False, "mn": False, "tn": False, "m": True, "k": True, "t": True, "b": True}
# a glued scale with the full stop of a sentence it ends ("£88m.")
_GLUED_SCALE = re.compile(rf"(?<![\w.,])(\$?)(\d+(?:\.\d+)?)({'|'.join(GLUED_SCALES)})\b\.?", re.I)


def glued_scale(word: str, signed: bool) -> bool:
    """Whether ``word``, written right after a number, is a scale of it ("m" of "$17m", "bn"
    of "8bn", "m." at a sentence's end); ``signed``: a currency's sign stands before the number."""
    need = GLUED_SCALES.get(word.lower().rstrip("."))
    return need is not None and (signed or not need)


# a glued scale's word, so a range reads it as it reads "million" ("£2-3m" is "2-3 million")
_SCALE_WORDS = {"m": "million", "mn": "million", "bn": "billion", "k": "thousand", "t": "trillion",
                "tn": "trillion", "b": "billion"}
# the second end of a range whose first end carries the sign ("$2-3m", "£2m-3m", "$25-50k"):
# the sign is the whole range's, so the second end's glued scale reads as a sum's
_SIGNED_RANGE = re.compile(r"(\$\d+(?:\.\d+)?(?:[a-z]+)?\s*(?:-|\bto\b)\s*)(?=\d)", re.I)


def _unglued(m: re.Match, signed: bool = False) -> str:
    """The number and its glued scale apart, the scale as a word ("$17m" -> "17 million")."""
    sign, number, scale = m.groups()
    return f"{number} {_SCALE_WORDS[scale.lower()]}" if glued_scale(scale, signed or bool(sign)) \
        else m.group(0)


def counted_in_scale(text: str) -> str:
    """A number phrase whose glued scale counts the noun after it, with the scale as a word:
    "up to 60m" of "up to 60m doses" -> "up to 60 million". Alone "60m" is sixty metres
    (``GLUED_SCALES``); the caller has seen the plural noun it counts
    (``figure_reading._count_scale``)."""
    return _GLUED_SCALE.sub(lambda m: _unglued(m, signed=True), text)


def words_to_number(words: list[str]) -> float | None:
    """Value of a run of number words: "two hundred", "1.5 million", "a half-million"."""
    parts: list[str] = []
    for w in words:
        parts.extend(p for p in re.split(r"[-\s]", w) if p and p.lower() != "and")
    total, current, seen = 0.0, 0.0, False
    previous = ""
    for i, part in enumerate(parts):
        value = _word_value(part)
        if value is None:
            return None
        seen = True
        low = part.lower()
        if low in ("a", "an") and (previous == "half" or (
                i + 1 < len(parts) and parts[i + 1].lower() == "half")):
            previous = low
            # "half a hundred" is 50, "a half-million" 500,000, "five and a half" 5.5: the
            # article belongs to the half (counted as one, "five and a half" was 6.5)
            continue
        previous = low
        if low in SCALES:
            current = (current or 1.0) * value
            if value >= 1000:
                total += current
                current = 0.0
        else:
            current += value
    return total + current if seen else None


def parse_amount(text: str) -> tuple[float | list[float], str] | None:
    """(value, qualifier) for a number phrase, or None when it holds no count.

    Ranges come back as ``[low, high]`` with qualifier "range". A number past what a float
    holds (a run of hundreds of digits, or such a run times "billion") is no count: read as
    infinity it became a figure whose JSON value, ``Infinity``, no JSON reader accepts.
    """
    parsed = _parse_amount(text)
    if parsed is None:
        return None
    ends = parsed[0] if isinstance(parsed[0], list) else [parsed[0]]
    return parsed if all(math.isfinite(end) for end in ends) else None


def _parse_amount(text: str) -> tuple[float | list[float], str] | None:
    t = " ".join(text.replace("–", "-").replace("—", "-").split())
    t = re.sub(r"^(the|a total of|total of)\s+", "", t, flags=re.I)
    # "$US1 million", "US$1 million", "A$2.5 million", "€3.5 million", "about £2m": which
    # currency a sign names is no part of the number (it is of the unit: ``currency``); every
    # sign reads as "$" from here, wherever it stands (only a leading dollar sign was read, so
    # "€3.5 million" and "about £2 million" were no number at all)
    t = re.sub(rf"(?<![A-Za-z]){SIGN}\s?(?=\d)", "$", t, flags=re.I)
    # "25-million" is one number, and "20- or 25-million" a range whose first end shares
    # the second's scale (a suspended hyphen): read as "20 or 25 million"
    t = re.sub(r"(\w)-\s+(or|to|and)\s+", r"\1 \2 ", t, flags=re.I)
    t = re.sub(r"(\w)-(hundred|thousand|million|billion|trillion)\b", r"\1 \2", t, flags=re.I)
    # "$8bn", "£2.5bn", "$17m", "more than €3.5m": a scale glued to the number, after a hedge
    # too ("about £2m" was no number), and with the full stop of a sentence it ends ("£88m.");
    # in a range the first end's sign is the second's ("£2-3m" was no number, "£2-£3m" ran
    # from 2 to 3,000,000: a glued "m" did not scale the first end as "million" does)
    t = _GLUED_SCALE.sub(_unglued, _SIGNED_RANGE.sub(r"\1$", t))
    # "only about 15 percent", "just over 40", "a mere 12": emphasis says the figure is small
    # or large, not what it counts or how sure it is; the NER often takes the word into the
    # entity, and read with it the figure was no number at all
    t = _EMPHASIS.sub("", t)
    t = _PER_PERIOD.sub("", t)
    described = _DESCRIBED.match(t)
    if described and (described.group(1) or "").lower() not in _NUMBER_WORDS \
            and (described.group(2) is None or described.group(2).lower() in UNITS) \
            and (described.group(2) or "").lower() not in ("a", "an", "half", "one"):
        t = t[described.end():]
    # "minus 17 degrees", "minus-20": a reading below zero (temperatures); a range is left
    # as it was, since "minus 5 to 10" may mean either end
    below = re.match(r"^(?:minus|negative)[\s-]+(?=\d)", t, flags=re.I)
    if below:
        parsed = parse_amount(t[below.end():])
        if parsed is None or isinstance(parsed[0], list):
            return None
        return _tidy(-parsed[0]), parsed[1]
    low = t.lower()
    qualifier = "exact"
    hedged = leading_hedge(t)
    if hedged is not None:
        qualifier = hedged[1]
        t = t[len(hedged[0]) + 1:]
        low = t.lower()
    # "190 or higher": a bound written after the number
    after = re.match(r"^(.*?\S)\s+or\s+(\w+)$", t, flags=re.I)
    if after and after.group(2).lower() in AFTER_HEDGES and qualifier == "exact":
        t, qualifier = after.group(1), AFTER_HEDGES[after.group(2).lower()]
        low = t.lower()
    t = re.sub(r"\s+(people|of)$", "", t)
    # the unit is not the value: "55 percent", "12 per cent", "$5 million dollars", "4 cents"
    t = re.sub(r"\s*(%|percent|per\s+cent|pct|percentage points?|"
               r"(?:us\s+|u\.s\.\s+)?(?:dollars?|bucks?)|euros?|pounds?(?:\s+sterling)?|yen|yuan|cents?)$",
               "", t, flags=re.I)
    # "16-plus women", "50+ people", "20 million-plus followers": the number is the least
    # there were (after a scale word too: "20 million-plus" was no number at all)
    plus = re.match(r"^(.*?(?:\d|hundred|thousand|million|billion|trillion))\s*(?:-\s*plus|\+)$", t,
                    flags=re.I)
    if plus and qualifier == "exact":
        t, qualifier, low = plus.group(1), "at least", plus.group(1).lower()
    pair = _UNIT_PAIR.match(t)
    if pair and pair.group(1).lower() not in _TENS | {"a", "an", "half"} \
            and all(w.lower() in UNITS and w.lower() not in NUMERAL_ADVERBS for w in pair.groups()):
        a, b = UNITS[pair.group(1).lower()], UNITS[pair.group(2).lower()]
        # "three-four" is a range; "one-two" too; a pair that falls ("five-one") is no number
        return ([_tidy(a), _tidy(b)], "range") if a < b else None
    # "one and a half million" is one number, not a range from one to half a million
    m = None if re.search(r"\band\s+(?:a|one)\s+half\b", t, flags=re.I) else \
        re.match(r"^(?:between\s+)?(.+?)\s*(?:-|\bto\b|\band\b|\bor\b)\s*(.+)$", t, flags=re.I)
    if m and not re.search(r"[a-z]-[a-z]", t.lower()):
        # "two, three or four years": the first of a list to its last
        first = re.split(r",\s", m.group(1))[0]
        a, b = words_to_number(first.split()), words_to_number(m.group(2).split())
        if a is not None and b is not None:
            # "20 to 25 million", "between 2 and 3 billion": the scale written once at the
            # end counts both ends (read alone, the range ran from 20 to 25 million)
            tail = 1.0
            for w in reversed(m.group(2).lower().split()):
                if w not in SCALES or w in ("k", "m"):
                    break
                tail *= SCALES[w]
            if tail > 1 and not any(w.lower() in SCALES for w in first.split()) \
                    and a * tail <= b:
                a *= tail
        if a is not None and b is not None and a < b:
            return [_tidy(a), _tidy(b)], "range"
    words = low.split()
    few = 1 if words[:1] == ["several"] else 2 if words[:2] == ["a", "few"] else 0
    scales = [12 if w == "dozen" else SCALES.get(w) for w in words[few:]]
    if few and scales and all(scales):
        # "several hundred" is at least 300, "several dozen" 36, "several hundred thousand"
        # 300,000: several is three or more; "a few dozen" is about 36
        return _tidy(3 * math.prod(scales)), "at least" if few == 1 else "about"
    if re.match(r"^(?:many|several|countless)\s+(\w+)", low) and low.split()[1] in VAGUE:
        # "many billions of dollars", "several thousands": the plural vague word is the figure,
        # and the word before it says only that it is large
        low = low.split(None, 1)[1]
    first = low.split()[0] if low.split() else ""
    if first in VAGUE:
        # "hundreds of thousands" is at least 200,000, "tens of millions" 20,000,000: the
        # vague word counts the scale that follows it
        rest = [w for w in low.split()[1:] if w != "of"]
        scale = 1
        for w in rest:
            if w.rstrip("s") in SCALES and w.endswith("s"):
                scale *= SCALES[w.rstrip("s")]
            else:
                break
        return _tidy(VAGUE[first] * scale), "at least"
    if low in ("a pair", "pair"):
        return 2, qualifier  # "a pair of USB 3.0 ports" (``pair_spans``)
    if low in ("a dozen", "dozen"):
        # "more than a dozen" is at least 12, as the gold reads it; "a dozen" alone is round
        return 12, qualifier if qualifier != "exact" else "about"
    value = words_to_number(t.split())
    if value is None or (value == 1 and low in ("a", "an")):
        return None
    return _tidy(value), qualifier


def counted_noun(ent):
    """The noun a number entity counts, from the parse: "62 Syrian soldiers" -> soldiers, "87
    storeys", "dozens of people" -> people, "resuscitated twice" -> twice (occurrences of the
    verb, like "two times"), "services ... were down by 80 percent" -> services (the subject
    of a change, ``_changed_by``); for money, a percent or a quantity with no noun after it,
    the entity's own root ("$15,000", "55 percent"); None for a bare number ("100 wounded").
    A noun the number modifies stands at or after the number's end; a noun before it
    ("Smith, 51,") is something else."""
    root = ent.root
    if root.lower_ in NUMERAL_ADVERBS:
        return root
    if root.dep_ in ("nummod", "quantmod", "amod", "compound", "det") \
            and root.head.pos_ in ("NOUN", "PROPN") and root.head.i >= ent.end:
        noun = root.head
        # "four deep water Greek wrecks": the parse hangs the number on "sea", a singular noun
        # modifying the plural one that is counted; not when hyphens join the number to that
        # noun ("two-and-a-half months": a number of its own)
        head = noun.head
        if noun.dep_ in ("compound", "nmod") and noun.tag_ == "NN" and head.tag_ in ("NNS", "NNPS") \
                and head.i > noun.i and not head.ent_type_ \
                and not any(t.tag_ in ("HYPH", "CC") for t in ent.doc[ent.end:noun.i]):
            return head
        return noun
    more = root.head
    if root.dep_ in ("npadvmod", "nummod", "quantmod") and more.lower_ in ("more", "fewer") \
            and more.dep_ == "amod" and more.head.pos_ in ("NOUN", "PROPN") and more.head.i >= ent.end:
        # "about 60 million more doses": the parse hangs the number on "more", which
        # modifies what is counted; read from "more", the count counted nothing
        return more.head
    if root.pos_ == "ADP" and root.i == ent.start and ent.label_ == "CARDINAL":
        # "Between 300 and 400 workers lost their jobs": the parse makes the count's
        # "between" the entity's root and hangs a number on the noun it counts; read from
        # "between", the range counted nothing and was set aside as a bare number. Not a
        # share: "between 30 and 60 percent damage" counts no damage
        for t in ent:
            if t.like_num and t.dep_ in ("nummod", "quantmod") and t.head.pos_ in ("NOUN", "PROPN") \
                    and t.head.i >= ent.end:
                return t.head
    for child in root.children:  # "dozens of people"
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN"):
                    return obj
    subject = _changed_by(ent)
    if subject is not None:
        return subject
    if ent.label_ in ("MONEY", "PERCENT", "QUANTITY"):
        return root
    return _part_of(ent)


def _part_of(ent):
    """What the first number of "N of M things" or "N out of M things" counts: the things
    ("three of four Utahans", "We've lost two out of three pumps"). With a determiner the
    parse hangs "of" on the first number ("two of the three lanes"), which ``counted_noun``'s
    "of" rule reads; without one it makes the first number a modifier of the second ("three"
    quantmod of "four"), and it hangs "out" on the verb, so the first number counted nothing
    and was dropped as a bare number. One construction, read one way whichever parse it gets.
    None when no "of" follows the number."""
    doc, root = ent.doc, ent.root
    i = ent.end
    if i < len(doc) and doc[i].lower_ == "out":
        i += 1
    if i >= len(doc) or doc[i].lower_ != "of":
        return None
    obj = next((c for c in doc[i].children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None)
    if obj is not None:
        return obj
    second = root.head
    if root.dep_ == "quantmod" and second.pos_ == "NUM" and second.i > i and second.dep_ == "nummod" \
            and second.head.pos_ in ("NOUN", "PROPN") and second.head.i > second.i:
        return second.head
    return None


def pair_spans(doc) -> list:
    """"a pair of armed guards", "a pair of HDMI 2.1 sockets" as number spans ("a pair", read
    as two by ``parse_amount``): the NER takes it for no number, so the reading never saw it,
    and another report's "two armed guards" stood alone. The counted noun is the
    plural after "of" (``counted_noun``'s "of" rule, as for "dozens of people"). Not "a couple of":
    measured pooled on the validation batches (aggregate lines), "a couple of" added one wrong
    group and two junk numbers for none found, as loose as "a few"; nor a unit of time ("a
    pair of weeks")."""
    from spacy.tokens import Span

    out = []
    for t in doc:
        if t.lower_ != "pair" or t.ent_type_ or t.i < 1 or t.i + 2 >= len(doc):
            continue
        article, of, counted = doc[t.i - 1], doc[t.i + 1], doc[t.i + 2]
        if article.lower_ != "a" or of.lower_ != "of" or counted.ent_type_ in ("DATE", "TIME"):
            continue
        noun = next((o for o in of.children if o.dep_ == "pobj"), None)
        if noun is None or noun.tag_ not in ("NNS", "NNPS") or noun.lemma_.lower() in TIME_UNITS:
            continue
        out.append(Span(doc, t.i - 1, t.i + 1, label="CARDINAL"))
    return out


def vague_spans(doc) -> list:
    """Vague magnitudes the NER left out, as number spans: "Millions of web users", "scores of
    quaint Georgian houses". A plural vague word (``VAGUE``) followed by "of" and what it
    counts is a figure a report gives ("hundreds of thousands" is at least 200,000, "millions"
    at least 2,000,000); outside an entity the reading never saw it. Measured pooled over the
    tuning and validation claims records, such a word was a gold figure 6 times in 6 (3 of
    them figures two reports give) and never a gold non-figure. Not a word inside an entity
    (that entity reads it), not one a noun or adjective modifies ("test scores of 90": a
    score), and not one whose "of" counts a number ("scores of 90")."""
    from spacy.tokens import Span

    out = []
    for t in doc:
        if t.lower_ not in VAGUE or t.ent_type_ or t.i + 2 >= len(doc):
            continue
        of, counted = doc[t.i + 1], doc[t.i + 2]
        before = doc[t.i - 1] if t.i > 0 else None
        if of.lower_ != "of" or counted.like_num or counted.lower_ in SCALES or \
                (before is not None and before.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")):
            continue
        out.append(Span(doc, t.i, t.i + 1, label="CARDINAL"))
    return out


def _changed_by(ent):
    """What a percent of change measures: the subject of the clause it hangs on through "by"
    ("services in Ghana were down by 70 percent, in Kenya by 55 percent": services; "prices
    rose by 2 percent": prices). Before, such a percent counted only itself, so two reports'
    shares of one thing never met unless both wrote "80 percent of services". None when the
    clause has no noun subject, or when its verb has an object ("30 minutes cut the risk of an
    early death by 9%" changes the risk, not the 200g; left as a bare percent)."""
    root = ent.root
    if ent.label_ != "PERCENT" or root.dep_ != "pobj" or root.head.lower_ != "by":
        return None
    verb = root.head.head
    if verb.pos_ in ("ADV", "ADJ") and verb.head.i != verb.i:  # "were down by", "up by"
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "dobj" for c in verb.children):
        return None  # "30 minutes cut the risk of an early death by 9%": the object changed
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                 and c.pos_ == "NOUN"), None)


def _tidy(value: float) -> float | int:
    # "$8.3 billion" is 8.3 * 1e9 = 8300000000.000001 in floating point, which no report's
    # 8,300,000,000 equals: twelve significant digits are more than any report writes
    value = float(f"{float(value):.12g}")
    return int(value) if value.is_integer() else value


class Bounds(tuple):
    """The true counts a figure allows, (low, high); an estimate ("about 60") also keeps the
    value it states, which another estimate must allow for the two to agree (``compatible``)."""

    estimate: float | None = None


def interval(value: float | list[float], qualifier: str) -> Bounds:
    """The true counts a figure allows."""
    if qualifier == "range":
        return Bounds((float(value[0]), float(value[1])))
    v = float(value)
    if qualifier == "at least":
        return Bounds((v, math.inf))
    if qualifier == "at most":
        return Bounds((0.0, v))
    if qualifier == "about":
        # "about 60" allows 54..66 and "about 5" 4..6, but "an estimated 2.3 percent" is
        # precise to a tenth: a figure written with decimals is never widened by a whole unit
        slack = max(v * ABOUT_TOLERANCE, 1.0) if v.is_integer() else v * ABOUT_TOLERANCE
        bounds = Bounds((v - slack, v + slack))
        bounds.estimate = v
        return bounds
    return Bounds((v, v))


def compatible(intervals: list[tuple[float, float]]) -> bool:
    """True when one true count could satisfy every figure (the intervals share a point), and
    every two estimates each allow the value the other states.

    Two estimates are two reporters' best guesses, not two ranges of which any point will do:
    "an estimated 430,000" and "about 500,000" dead are 14% apart, and their bands (each 10%
    wide) touch only at values neither report gives, so a reader sees two estimates that
    disagree; "about nine hours" and "nearly 10 hours" each allow the other's value and
    agree. An exact figure must already lie in an estimate's band, and a bound ("more than
    100") only limits it, so those pairs are judged by the shared point alone. The annotators
    read estimates this way on the tuning gold: every pair of estimates a group marks agreed
    lies within 10% of each other (one-third and 31 percent, 127 and almost 130, 22 months
    and nearly two years), and the ones 20% and more apart are disputed."""
    if not intervals:
        return True
    if max(lo for lo, _ in intervals) > min(hi for _, hi in intervals):
        return False
    guesses = [s for s in intervals if getattr(s, "estimate", None) is not None]
    if len(guesses) < 2:
        return True
    # every estimate's value inside every estimate's band, in one pass: the largest low end
    # below the smallest value, the largest value below the smallest high end
    values = [g.estimate for g in guesses]
    return max(lo for lo, _ in guesses) <= min(values) and max(values) <= min(hi for _, hi in guesses)


def figures_compatible(figures) -> bool:
    """Whether one true count could satisfy every figure (each with its ``value`` and
    ``qualifier``), read as the counts its number and hedge allow: the question the grouping
    and the status both ask of figures, not of bare intervals."""
    return compatible([interval(f["value"], f["qualifier"]) for f in figures])


def magnitude(value: float | list[float]) -> float:
    """One number to compare sizes with (a range by its low end)."""
    return float(value[0]) if isinstance(value, list) else float(value)


def whole_number(text: str) -> int:
    """The whole number a token of digits writes, for comparing with small bounds (a day of
    the month, an age); -1 when it is not all digits. A run of over 12 digits reads as a
    number above any such bound without being converted: Python refuses ``int`` on more than
    4,300 digits, and a report holding such a run ended the brief in "internal error"."""
    if not text.isdigit():
        return -1
    digits = text.lstrip("0")
    return int(digits or "0") if len(digits) <= 12 else 10 ** 12


def first_number(ent):
    """The first number of the list the entity's number closes ("17 and 22", "floors 68, 69
    and 72", "Type 1 or 2"): the parse hangs the later ones on it as conjuncts, and only the
    first shows how the list hangs on the words before it."""
    first = ent.root
    while first.dep_ == "conj" and first.head.i < first.i and first.head.like_num:
        first = first.head
    return first
