"""Spans of time and numbers of the clock that say when, not how long.

A duration is a figure ("the strike lasted three days"); the same words often place
something in time instead: how far back or ahead ("going back 700 years", "four weeks from
now", "it's been two decades since", "two weeks until the last forces leave"), the window a
count is taken over ("his third race in three years"), an office's term and how far into it
("100 days into his term"), "one day" meaning
some day, what did not happen ("if they had waited 50 years"), a day round the clock ("a
24-hour news channel"), the period of a measure ("a 10-year risk"), an anniversary's span,
an hour ("after 2 p.m.", "at 11 o'clock") or a day of a month the NER left as a number.
``worth.reason`` and ``worth.context_reason`` ask these tests and say why."""

from __future__ import annotations

import re

from .game_stats import CLOCK_AFTER
from .numbers import TIME_UNITS, counted_noun, whole_number
from ..dates import MONTH_WORDS, YEAR_DIGITS


YEAR = re.compile(rf"^{YEAR_DIGITS}$")


def day_of_month(ent) -> bool:
    """A day before a month's name, "23 Sep 2016", "3 May": the day-first way of writing a
    date, which the NER sometimes leaves as a bare CARDINAL (a caption's "When: 23 Sep 2016
    Credit: ..."). The month must be capitalised, so "10 may be hurt" stays a count, unless a
    year follows it (a lower-cased caption's "photo 21 february 2014"): no count stands
    before a month and a year. Or a day after a month's name that is no other word
    (``_month_before``)."""
    doc = ent.doc
    if len(ent) != 1 or not 1 <= whole_number(ent[0].text) <= 31:
        return False
    nxt = doc[ent.end] if ent.end < len(doc) else None
    if nxt is not None and nxt.lower_.rstrip(".") in MONTH_WORDS and (
            nxt.text[:1].isupper()
            or (nxt.i + 1 < len(doc) and YEAR.match(doc[nxt.i + 1].text))
            # a month's full name that is no other word ("the 11 september attacks")
            or (len(nxt.lower_) > 4 and nxt.lower_ not in ("march", "august"))):
        return True
    return _month_before(doc, ent.start)


def _month_before(doc, i: int) -> bool:
    """Whether a month's name stands right before token ``i``, as a month-first date writes
    it, in a form no capital needs to mark (a lower-cased text's "the feb. 26 shooting", "the
    feb. 22 contest"): an abbreviation with its full stop (the tokenizer may split the stop
    off), or a full name that is no other word ("may", "march" and "august" are)."""
    if i >= 2 and doc[i - 1].text == "." and not doc[i - 2].whitespace_:
        word = doc[i - 2].lower_
        return word in MONTH_WORDS and len(word) <= 4 and word != "may"
    if i < 1:
        return False
    word = doc[i - 1].lower_
    if word.endswith("."):
        return word[:-1] in MONTH_WORDS and len(word) <= 5 and word != "may."
    return word in MONTH_WORDS and len(word) > 4 and word not in ("march", "august")


# what can be open, on air or on watch around the clock: "a 24-hour news channel"
_ALL_DAY = {"news", "network", "channel", "station", "cable", "coverage", "hotline", "helpline",
            "service", "access", "care", "surveillance", "security", "guard", "watch",
            "monitoring", "support", "store", "shop", "pharmacy", "diner", "restaurant", "gym",
            "cycle"}


def round_the_clock(ent) -> bool:
    """"the 24-hour sports radio station", "the 24-hour news cycle", "a 24-hour hotline": a
    whole day before what is open or on air says it never stops, not how long anything
    lasted. A span of a day stays a figure ("a 24-hour strike", "a 24-hour curfew"): the
    noun it describes, or a noun compounded into it, must be one of ``_ALL_DAY``."""
    if not re.match(r"^24[\s-]*hours?$", ent.text.strip(), re.I):
        return False
    doc = ent.doc
    noun = ent.root.head
    if noun.i < ent.end or noun.pos_ != "NOUN":
        return False
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    return any(t.lemma_.lower() in _ALL_DAY or t.lower_ in _ALL_DAY
               for t in doc[ent.end:noun.i + 1])


# measures taken over a period, which a span before them qualifies: "a 10-year risk", "a
# 52-week high", "the five-year survival rate"
_MEASURE_NOUNS = {"risk", "rate", "chance", "probability", "odds", "average", "high", "low",
                  "yield", "survival", "mortality", "return", "growth"}
# "the four-week moving average": a window that moves; the parse may stop at "moving" (a
# text cut there) or tag "average" an adjective
_MOVING = {"moving", "rolling"}


def hyphened_span(ent) -> bool:
    """Whether a span is written as one hyphened word before what it qualifies ("a 10-year
    risk", "the 50-day mark", "a six-year term", "the 31-year troubled crooner"), the shape
    whose noun says what the span is (``period_of_measure``, ``is_anniversary``,
    ``ages.age_before_person``, ``term_of_office``)."""
    return ent.end >= 2 and ent.doc[ent.end - 2].text in ("-", "‐")


def period_of_measure(ent) -> bool:
    """"a 5-year risk of kidney failure or dialysis", "your 10-year risk", "a 52-week high": a
    span written as one word before a measure says over what period the measure is taken,
    as "per year" would; it is part of the measure's unit, not a duration of the story (a
    tuning gold record lists "10-year" so). A span before anything else stays: "the
    nearly three-year inquiry", "a two-day summit", "a 30-month time frame"."""
    if ent.label_ not in ("DATE", "TIME") or ent[-1].lemma_.lower() not in TIME_UNITS \
            or not hyphened_span(ent):
        return False
    noun = ent[-1].head
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    if noun.i < ent.end or not (noun.pos_ == "NOUN" or noun.lower_ in _MEASURE_NOUNS):
        return False  # "The 4-week moving average—which ...": the parse calls "average" ADJ
    # "the largest 1-month spike since June 2008", "the sharpest 12-month inflation spike": a
    # superlative makes the span the window a record is compared over, as "a 52-week high"
    # is; the gold lists both as a measurement window, no duration of the story
    if any(t.tag_ == "JJS" and t.i < ent.start for t in noun.children):
        return True
    # "the seven-day average number of deaths": the measure may qualify the noun it counts
    return any(t.lemma_.lower() in _MEASURE_NOUNS or t.lower_ in _MOVING
               for t in ent.doc[ent.end:noun.i + 1])


# what a span hyphened before it names as a day of the calendar: "the 100-year anniversary",
# "the 50-day mark of her tenure", "its 10-year milestone"
_OCCASIONS = {"anniversary", "mark", "milestone"}


def is_anniversary(ent) -> bool:
    """"Biden will deliver remarks on the 100-year anniversary", "the 10-year anniversary of the
    quake", "As we approach the 50-day mark of her tenure": a span hyphened to
    "anniversary" (or a "mark", a "milestone") says which occasion it is, as the ordinal
    "100th" would; it names a day, a relative time, not a duration of the story (the gold's
    relative times count "anniversary" among them). "After almost 100 days" stays a span."""
    if ent.label_ not in ("DATE", "TIME") or ent[-1].lemma_.lower() not in TIME_UNITS \
            or not hyphened_span(ent):
        return False
    noun = ent[-1].head
    return noun.i >= ent.end and noun.lemma_.lower() in _OCCASIONS


def of_silence(ent) -> bool:
    """"A two minutes silence was held across the UK", "a two-minute silence", "two minutes'
    silence", "a minute of silence": a span that says how long a silence of remembrance is
    names the custom, as "a minute's silence" does, the same at every such occasion; the gold
    reads it as a commemoration's name, not a duration a report states."""
    doc = ent.doc
    unit = next((t for t in reversed(ent) if not t.is_punct), None)  # "two minutes' "
    if ent.label_ not in ("DATE", "TIME") or unit is None \
            or unit.lemma_.lower() not in ("minute", "second"):
        return False
    if unit.head.i > unit.i and unit.head.lemma_.lower() == "silence" \
            and unit.dep_ in ("compound", "poss", "amod", "nmod"):
        return True
    rest = doc[ent.end:min(ent.end + 2, len(doc))]
    return len(rest) == 2 and rest[0].lower_ == "of" and rest[1].lower_ == "silence"


def someday(ent) -> bool:
    """"One day the old van would not start", "one day we will know": "one
    day" set before its verb as a time adverbial means "at some time", not a span of one
    day ("the strike lasted one day" puts it after the verb it measures), and so does one
    after a verb that measures no time ("did not have his card one night"), or one inside an
    infinitive or a gerund ("hoped to one day win", "dreamed of one day jumping")."""
    if len(ent) != 2 or ent[0].lower_ != "one" or ent[1].lower_ not in (
            "day", "night", "morning", "afternoon", "evening", "time"):
        return False
    noun = ent[1]
    doc = ent.doc
    if ent.start > 0 and doc[ent.start - 1].tag_ == "MD":
        return True  # "hopes that they would one day meet": a modal's "one day" is some day
    if ent.start > 0 and ent.end < len(doc) and (
            (doc[ent.start - 1].lower_ == "to" and doc[ent.end].tag_ == "VB")
            or (doc[ent.start - 1].lower_ == "of" and doc[ent.end].tag_ == "VBG")):
        # "hoped to one day win an award", "dreamed of one day jumping out of an airplane": set
        # inside an infinitive or a gerund it is some day, as after a modal; the parse takes it
        # for the object of "to" or "of" ("from 30 days to one day" has no verb after it)
        return True
    if noun.dep_ != "npadvmod":
        return False
    if noun.i < noun.head.i:
        return True
    if noun.head.pos_ not in ("VERB", "AUX"):
        return False
    # after its verb it is a span only where the verb measures time ("the strike lasted one
    # day", "spent one night in jail"); after any other it says when: "did not have his
    # casino card one night", "the fault is due to rupture one day"
    return noun.head.lemma_.lower() not in _EXTENT_VERBS \
        and not (ent.start > 0 and doc[ent.start - 1].lower_ in ("only", "just", "about", "nearly", "almost"))


# the verbs whose time adverbial measures how long, not when: "lasted one day", "spent one night"
_EXTENT_VERBS = {"last", "spend", "take", "stay", "remain", "wait", "work", "serve", "sleep",
                 "run", "keep", "hold", "jail", "detain", "close", "shut", "lose", "need",
                 "require", "go", "be", "live", "stop", "strike", "fast", "travel", "drive",
                 "walk", "rest", "pause", "delay", "postpone", "suspend", "ban", "extend",
                 "cost", "miss", "skip", "sentence", "survive", "continue", "hide", "sit",
                 "camp", "endure", "linger", "stretch", "span", "give", "allow", "get"}


def in_counterfactual(ent) -> bool:
    """The number sits in an "if ... had <done>" clause, which says what did not happen."""
    for verb in [ent.root, *ent.root.ancestors]:
        if verb.pos_ in ("VERB", "AUX") and verb.tag_ == "VBN" and verb.dep_ == "advcl":
            children = list(verb.children)
            return any(c.lower_ == "if" and c.dep_ == "mark" for c in children) and any(
                c.lower_ in ("had", "'d") and c.dep_ == "aux" for c in children)
        if verb.dep_ in ("ROOT", "ccomp", "relcl"):
            return False
    return False


# the half of the day written after an hour: "a.m.", "p.m", "A.M.", "am", "PM"
_MERIDIEM = re.compile(r"^[ap]\.?m\.?$", re.I)
# an hour as digits, with its minutes or without: "5", "11:30", "9.45"
_HOUR = re.compile(r"^(\d{1,2})(?:[:.]\d\d)?$")


def clock_time(ent) -> bool:
    """"at 5 a. m. on Monday", "by 4 a.m the crowd had gone", "shortly after 6 A.M.": an hour
    with the half of the day after it is a time of day, however "a.m." and "p.m." are spelled.
    The NER calls the usual "5 p.m." a TIME, which never becomes a figure, but it reads the
    spelling with a space (a wire style, "5 a. m.") as a QUANTITY of five "a." and "4 a.m"
    without its last full stop as a count of "a.m"; a reader sees a clock either way. So is
    an hour and its minutes with a space after the colon, as a tokenised text writes
    "9:15 p.m." and a dateline's "14:28 EDT" ("about 9: 15 p.m.", "16: 22 kst"): the NER
    takes the hour or the minutes alone, and either is a reading of the clock."""
    doc = ent.doc
    if _clock_half(ent):
        return True
    hours = [t for t in ent if _HOUR.match(t.text)]
    if not hours or not 1 <= int(_HOUR.match(hours[-1].text).group(1)) <= 12:
        return False
    after = doc[hours[-1].i + 1:min(hours[-1].i + 3, len(doc))]
    if len(after) and _MERIDIEM.match(after[0].text):
        return True
    return len(after) == 2 and after[0].lower_ in ("a.", "p.") and after[1].lower_ in ("m.", "m")


def _clock_half(ent) -> bool:
    """The hour before ": MM", or the two-digit minutes after "H :", of a clock written with
    a space after its colon (``clock_time``): hours 0 to 23, minutes 00 to 59."""
    doc = ent.doc
    last, first = ent[-1], ent[0]
    if _HOUR.fullmatch(last.text) and last.text.isdigit() and int(last.text) <= 23 \
            and last.i + 2 < len(doc) and doc[last.i + 1].text == ":" \
            and re.fullmatch(r"[0-5]\d", doc[last.i + 2].text):
        return True
    # the minutes alone, or with the half of the day the NER took with them ("9: 43 am pt",
    # "7: 35 am et", read as a quantity "43 am")
    return (len(ent) == 1 or _MERIDIEM.match(ent[1].text) is not None) \
        and re.fullmatch(r"[0-5]\d", first.text) is not None and first.i >= 2 \
        and doc[first.i - 1].text == ":" and doc[first.i - 2].text.isdigit() \
        and len(doc[first.i - 2].text) <= 2 and int(doc[first.i - 2].text) <= 23


def time_of_day(ent, value) -> bool:
    """"details at 11", "at 6 tonight": an hour after "at" with nothing counted after it
    (the next word is no noun, or a link)."""
    doc = ent.doc
    if len(ent) != 1 or not ent[0].text.isdigit() or not isinstance(value, (int, float)) \
            or not 1 <= value <= 12:
        return False
    prev = doc[ent.start - 1] if ent.start > 0 else None
    nxt = doc[ent.end] if ent.end < len(doc) else None
    if prev is None or prev.lower_ != "at":
        return False
    return nxt is None or nxt.pos_ not in ("NOUN", "PROPN") or nxt.like_url or "/" in nxt.text \
        or nxt.lower_ in ("tonight", "today", "tomorrow", "sharp", "o'clock")


# "o'clock" as a text writes it, tokenised or not: "nine o'clock", "nine o ' clock"
_O_CLOCK = re.compile(r"^\s*o\s*['’]\s*clock\b", re.I)


def o_clock(ent, value) -> bool:
    """"Nine o'clock on a Friday night": an hour before "o'clock" is a reading of the clock
    wherever it stands (``time_of_day`` reads a bare hour only after "at"). The NER takes
    a tokenised "o ' clock" for a noun "o" that the hour counts."""
    return isinstance(value, int) and 1 <= value <= 12 \
        and bool(_O_CLOCK.match(ent.doc.text[ent.end_char:ent.end_char + 12]))


# the words after a span that count it from another moment ("two weeks later", "three years
# ago"), read so by ``figure_measures.duration_of`` when the NER marks the span as a date
_COUNTED_FROM = ("later", "ago", "earlier")


def counted_from_another(ent) -> bool:
    """"Two-and-a-half weeks later, they started sleeping together": a number the NER took
    alone, whose counted noun is a unit of time that "later", "ago" or "earlier" follows,
    places an event in time, as the date span "four days later" does (the gold lists such
    as relative times); nothing lasted that long."""
    doc = ent.doc
    if ent.label_ != "CARDINAL":
        return False
    noun = counted_noun(ent)
    return noun is not None and noun.i >= ent.end and noun.i - ent.end <= 4 \
        and noun.lemma_.lower() in TIME_UNITS and noun.i + 1 < len(doc) \
        and doc[noun.i + 1].lower_ in _COUNTED_FROM


def elapsed_since(ent) -> bool:
    """"While it's been more than three decades since a woman chaired the board", "It
    marked 40 years since the bridge opened": a span followed by "since" measures how
    long ago something last happened, a relative time like "two decades ago", not a duration
    of the story's events; so does "on" after a span ("One year on, ...")."""
    doc = ent.doc
    if not (ent.label_ in ("DATE", "TIME") and ent[-1].lemma_.lower() in TIME_UNITS
            and ent.end < len(doc)):
        return False
    if doc[ent.end].lower_ == "since":
        return True
    # "One year on, London remembers 7/7 victims", "Ten years on from the attack": "on" after
    # a span, with nothing it governs but "from", counts the time since an event as "since" does
    after = doc[ent.end + 1] if ent.end + 1 < len(doc) else None
    return doc[ent.end].lower_ == "on" and (after is None or after.is_punct or after.lower_ == "from")


def counts_down(ent) -> bool:
    """"It's March 3, 1975, three weeks until the last foreign troops leave": a span right before
    "until" counts down to something, when it comes rather than how long anything lasts, as
    "two decades since" counts back. A span a verb or "for" makes a duration stays ("held for
    two weeks until his release", "waited two hours until police came"). Minutes or seconds
    that "with" opens and "left", "remaining" or "to go" closes read a clock at the moment
    something happened ("punted with 10 seconds remaining", "with five minutes to go"), a
    game's clock even where the analysis took the report for no game's. Days stay: "With 18
    days to go, she already has over 900 backers" tells how long a campaign has left, which
    the tuning gold tabulates."""
    doc = ent.doc
    if ent.label_ not in ("DATE", "TIME") or ent[-1].lemma_.lower() not in TIME_UNITS \
            or ent.end >= len(doc):
        return False
    if ent.start > 0 and doc[ent.start - 1].lower_ == "with" \
            and ent[-1].lemma_.lower() in ("minute", "second") \
            and CLOCK_AFTER.match(doc[ent.end:min(ent.end + 2, len(doc))].text):
        return True  # "with 10 seconds remaining", "with five minutes to go"
    if doc[ent.end].lower_ not in ("until", "till", "til", "'til"):
        return False
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.lower_ in ("for", "of", "over", "during", "within", "in"):
        return False
    head = ent.root.head  # the verb of the "until" clause, not one before the span
    return not (head.pos_ in ("VERB", "AUX") and head.i < ent.start)


def fast_forward(doc, start: int) -> bool:
    """Whether a span follows the narrator's "fast forward" ("fast forward eight months and
    the team is top of the league"): it says when the story picks up, and nothing lasted that
    long. A span "into" a period is not read so: the tuning gold tabulates "nearly 10 hours
    into the 16-hour flight" as when something happened."""
    return start >= 2 and doc[start - 1].lower_ == "forward" and doc[start - 2].lower_ in ("fast", "-")


def from_now(doc, i) -> bool:
    """Whether the words at token ``i`` place a span after now: "three weeks away", "four weeks
    from now", "ten years hence". The span says when something will come, not how long
    anything lasts."""
    if i >= len(doc):
        return False
    word = doc[i].lower_
    return word in ("away", "hence") or (word == "from" and i + 1 < len(doc)
                                         and doc[i + 1].lower_ in ("now", "today"))


# modals that put a clause after now ("will meet", "should be", "'ll know"); "can", "could" and
# "must" are left out: "could be rebuilt in two years" tells how long the work takes
_AHEAD_MODALS = {"will", "'ll", "wo", "shall", "would", "should", "may", "might"}


def ahead_in(ent) -> bool:
    """"A committee will meet in about four weeks", "in five or six years we should be pretty
    near": a span after "in" on a clause a modal puts after now says when something is to
    happen, as "four weeks from now" does (``from_now``), not how long anything lasts; the gold
    lists it as a relative time. A past or present clause keeps its span ("killed 50 people in
    three days", "is expected to improve in 12 hours"), and so does a perfect after the modal
    ("would have filled the tank in 16 minutes": how long it would have taken)."""
    if ent.label_ not in ("DATE", "TIME") or ent[-1].lemma_.lower() not in TIME_UNITS:
        return False
    prep = ent.root.head
    if ent.root.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ != "prep":
        return False
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(c.tag_ == "MD" and c.lower_ in _AHEAD_MODALS for c in auxes) \
        and not any(c.lemma_.lower() == "have" for c in auxes)


# ordinals a race, a time or a visit is numbered by ("his third race in three years"); "first"
# is left out: "the first time in 20 years", like "the lowest level in two years", says how long
# something had not happened, a period the gold tabulates
LATER_ORDINALS = {"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                   "tenth", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th"}


def window_of_count(ent) -> bool:
    """"Ms. Lane's second statewide House race in two years", "three statewide races in nearly
    four years", "the second time in three weeks": a span after "in" (or "over", "within") that
    a counted or numbered noun carries is the window the count is taken over, as "per year"
    would be; the count is the figure, the window is not (the gold lists it as a relative
    period). So is the span of an infinitive that such a noun carries: "the second athlete to
    die in 14 months". A span a verb carries stays ("killed 50 people in three days", "has not
    been hit by a hurricane in more than 40 years"), and so does one after a superlative or "first"
    (how long something had not happened: "the first athlete to die in 14 months")."""
    if ent.label_ not in ("DATE", "TIME") or ent[-1].lemma_.lower() not in TIME_UNITS:
        return False
    prep = ent.root.head
    if ent.root.dep_ != "pobj" or prep.lower_ not in ("in", "over", "within"):
        return False
    noun = prep.head
    if noun.pos_ in ("VERB", "AUX") and prep.dep_ == "prep" and noun.dep_ in ("relcl", "acl") \
            and noun.head.pos_ == "NOUN" \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in noun.children):
        # "the second Fennville athlete to die in 14 months": the infinitive's span is the
        # window of the ordinal its noun carries, as "the second death in 14 months" says
        return any(c.lower_ in LATER_ORDINALS for c in noun.head.children if c.i < noun.head.i)
    if noun.pos_ in ("VERB", "AUX") and prep.dep_ == "prep":
        # "hit the town for the second time in three weeks": the parse hangs the window on
        # the verb beside the "for the Nth time" that numbers the occurrence
        noun = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"
                     and c.i < prep.i for g in c.children
                     if g.dep_ == "pobj" and g.lower_ == "time"), None)
        if noun is None:
            return False
    elif noun.pos_ != "NOUN" or prep.i < noun.i or prep.dep_ != "prep":
        return False
    for c in noun.children:
        if c.i > noun.i:
            continue
        if c.lower_ in LATER_ORDINALS:
            return True
        if c.dep_ == "nummod" and c.like_num and c.lower_ not in ("one", "1"):
            return True
    return False


def term_of_office(ent) -> bool:
    """"run in 2022 for a full four-year term", "a four-year term as mayor": how long an office
    is held is set by law, the same for every holder, so it is no quantity of the story. A
    sentence is a story's figure ("a 10-year prison term", "sentenced to a five-year term"):
    nothing in the sentence may speak of prison, jail or a sentence."""
    if ent.label_ != "DATE" or ent[-1].lemma_.lower() not in ("year", "month") \
            or not hyphened_span(ent):
        return False
    noun = ent[-1].head
    if noun.lemma_.lower() != "term" or noun.i < ent.end:
        return False
    return not any(t.lemma_.lower() in ("prison", "jail", "sentence", "custody", "probation",
                                        "imprisonment", "incarceration") for t in ent.sent)


# what an office holder holds, whose time so far a span "into" it counts ("two months into his
# term"); an event's span stays a figure ("nearly 10 hours into the 16-hour flight")
_OFFICES = {"term", "presidency", "tenure", "administration", "premiership", "mandate", "reign",
            "chancellorship", "governorship", "mayoralty", "incumbency"}


def into_office(ent) -> bool:
    """"signing the bill into law less than two months into his term", "Biden's promises, 100
    days into his term": a span "into" an office says when, the time since the holder took
    it, as "since his swearing-in" would, and the hundred days are the benchmark every new
    presidency is measured by, no quantity of the story. A span into an event says how long it
    had run when something happened, which a reader does compare ("nearly 10 hours into the
    16-hour flight"), so the noun must be an office's."""
    doc = ent.doc
    if ent.label_ not in ("DATE", "TIME") or ent[-1].lemma_.lower() not in TIME_UNITS \
            or ent.end >= len(doc) or doc[ent.end].lower_ != "into":
        return False
    held = next((c for c in doc[ent.end].children if c.dep_ == "pobj"), None)
    return held is not None and held.lemma_.lower() in _OFFICES
