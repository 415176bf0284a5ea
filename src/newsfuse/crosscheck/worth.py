"""Which numbers a fact-checker would tabulate, and which are part of the prose.

A figures table is checked first and trusted most, so a number earns a row only when it
is a quantity of the story: people killed, wounded or arrested, money, counts of things,
percentages and rates, durations. An age ("Smith, 51,"), a year or decade ("the 2016
election", "the 1990s"), a building's storeys ("a four-story building"), a score ("won
3-1"), a rank ("No. 3"), an address ("18 Mill Pond Rd."), an hour ("details at 11", "after 2 p. m."), a
whole percent as emphasis ("100% happy"), a name that holds a number ("the three-a-day
habit", "3-nitrooxypropanol", "the Route 9-Route 46 junction"), where a ranking is
cut ("the top three women"), a day-first date the NER left as a number ("When: 23 Sep 2016"), a
video player's headline or notice left in the page (or the page's other furniture a text
without line breaks runs into its sentences: "image 1 of 1", "reading 10 free articles", a
clip's "( 1: 22 )", a subscription's pitch), how far back
something goes and what did not happen ("if they had waited 50 years"), a denial ("not
one day of service"), a degree ("a zero waste plan"), a number dialled ("a 999 call"),
a title ("60 Minutes", "50 Field Skills: The Ranger's Handbook"), "one day" meaning some day, a count of the few names beside it
("Ohio and Florida, two large states"), a count of a family's members the story already
knows ("survived by her mother, three brothers", "the three Alder cousins"), a day round the
clock ("the 24-hour sports radio station"), a fraction with its own article ("the worst-flooded
third of the town"), a number dialled ("Neighbours called 999") or written after the noun it
labels ("United flight 116"), a person's age told as what the person is ("Roberts is 61"), a
sponsor's paragraph, a weather widget's line, the base of a rate ("for every 100 people"), a
span before a measure ("a 10-year risk"), a sum or a measure converted in brackets ("$US2 million
($3.04 million)", "132 hectares ( 326 acres )"), a number word capitalised inside a name ("the NCAA Final Four"), a number hyphened
to a capital or a preposition ("our 3-for-All game"), a count of unnamed sources who speak
("two participants said"), a span before "since" ("it's been two decades since"), a gun's bore
("a 20-gauge shotgun"), a size that names a model ("the 13- and 15-inch Zenbook Pros", "the 13"
Zenbook Air"), the window a count is taken over ("his third race in three years"), an office's
term ("a full six-year term"), a span placed after now ("four weeks from now"), one side of a
game's score ("a 34-28 victory"), a shooting line ("shot 48 percent from the field", "went
7-for-12"), a game's margin beside its score ("won by 12 points, 65-53"), one game's statistics
in a report of that game ("scored 30 points", "rushed for 120 yards"), "the two" that names a
pair the story knows ("The two leaders met"), a height in storeys ("fell 10 stories"), "a
million" in the mouth of an I or a you ("I dated a million guys"), a number inside a general
fact ("A magnitude 7 tremor can topple old buildings"), a version number ("Eyenote version 3.0", "Windows 8.1"), a network generation or a standard
("3G", "802.11 b/g"), a calibre or a connector's size ("a 9mm handgun", "a 3.5mm headset
jack"), an age written without "-old" ("The 31-year troubled crooner"), the span that names an
anniversary or a mark ("the 100-year anniversary", "the 50-day mark"), what a rule lets any one do ("a voter must miss two presidential elections"),
how far back a series is looked along ("his four most recent predecessors"), a countdown ("two
weeks until the last forces leave"), what a share counts ("37% have had at least one jab"),
a turn ("a 180 degree turn"), "at one point", a method's name ("a 12-step program", "super
bowl 50"), a clip's headline ("Must watch ... 01: 16", "now playing: ..."), a link "Related" opens
("Related 5 worst treatments for migraine"), the base of a proportion ("four in 10
voters"), a span counted from another moment that the NER split ("Two-and-a-half weeks
later"), the length of a list "here are" presents ("Here are the 10 players who ..."), a
channel's number before "news" ("according to local 10 news"), the level of a confidence
interval ("95 % ci"), a number ending a name after "of" ("the Group of 7 wealthy nations"), a
number word labelling the noun before it ("going into day three of the Test"), a series' format
("the best of three series"), the later numbers of a rank's list ("his number 10 and 11
batsmen"), a phone number spelled in letters ("877-LAPD-24-7"), a dose schedule ("the two-dose
shot"), a span before "on" ("One year on, ...") or a silence's span ("a two minutes silence")
or a phrase like "one of the jobs" is prose. Each test reads the parse the analysis pass
already made; ``reason`` says why a number was left out, so the rules can be checked one by one. One rule adds numbers instead: "twice" and
"thrice", which the NER seldom marks, count occurrences where a verb's "two times" would
(``numeral_adverbs``).

The tests ``reason`` and ``context_reason`` ask live by idea: ``ages`` (an age, however it
is written), ``time_spans`` (a span or an hour that says when, not how long),
``descriptors`` (a number that says what kind of thing: "a four-story building"),
``number_names`` (a number inside a name, an address or a line dialled),
``page_furniture`` (the page around the report: a video's headline, a gallery's counter, a
sponsor's paragraph) and ``game_stats`` (one game's score and statistics). The rules on
counts of the story itself stay here.
"""

from __future__ import annotations

import re

from .ages import (AGE, AGED, age_at_death, age_before_person, age_predicate, baby_age,
                   bracketed_after_name, is_age_apposition)
from .currency import is_mark, is_name, is_sign
from .descriptors import (SHAPE_WORDS, counts_singular, dimension_after, in_storeys, inch_mark,
                          is_calibre, named_body_size, shape_word, suspended_partner)
from .events import ATTRIBUTION_VERBS, EVENTS, event_of
from .figure_measures import MEASURES, dimension_side, unit_word
from .game_stats import (SCORE, game_statistic, margin_of_score, score_half, series_format,
                         series_score, set_scores, shooting_line, whole_score)
from .number_names import (ORDINAL, SOUTH_ASIAN_SCALES, capitalised_number_word, cent_as_name,
                           denomination, hyphened_name, is_address, is_designation, is_dialled,
                           is_title_number, is_version, label_after_noun, label_before_singular,
                           label_between_nouns, name_of_number, names_a_thing, opens_title,
                           twelve_steps)
from .numbers import FRACTIONS, NUMERAL_ADVERBS, SCALES, TIME_UNITS, counted_noun, parse_amount
from .page_furniture import (FORECAST, PLAYER, RUNNING_TIME, SPONSORED, character_reference,
                             in_page_furniture, percent_row, recipe_step, reference_mark,
                             table_row)
from .speech import NAMING_VERBS
from .speech_words import SPEECH_VERBS
from .time_spans import (LATER_ORDINALS, YEAR, ahead_in, clock_time, counted_from_another, counts_down,
                         day_of_month, elapsed_since, fast_forward, from_now, in_counterfactual,
                         into_office, is_anniversary, o_clock, of_silence, period_of_measure, round_the_clock,
                         someday, term_of_office, time_of_day, window_of_count)

# the eras a year may be written in ("500 b.c.", "AD 79" puts it first and is read as a date)
_ERAS = {"b.c", "bc", "bce", "b.c.e", "a.d", "c.e"}
# a word size hyphened before what it describes ("64-bit Atoms", "a 32-bit system"): which
# kind of processor or software, as "x86" is; the gold lists it as a descriptor. "128 bits of
# key" has no hyphen and stays
_WORD_SIZE = re.compile(r"^\d+\s?[-‐]\s?bit$", re.I)
_DECADE = re.compile(r"^(?:1[89]|20)?\d0['’]?s$")
# a count of unnamed sources: "two people familiar with her thinking", "two officials briefed
# on the matter", "a person with knowledge of the talks"
_ANONYMOUS = re.compile(
    r"^(?:other\s+|senior\s+|current\s+and\s+former\s+|former\s+|[A-Z][\w.]*\s+)*"
    r"(?:people|persons?|individuals?|officials?|sources?|aides?|advisers?|advisors?|officers?|diplomats?)"
    r"\s*,?\s+(?:familiar\s+with|briefed\s+on|close\s+to|with\s+(?:direct\s+)?knowledge|"
    r"knowledgeable|who\s+(?:spoke|briefed|requested|asked|were\s+not\s+authorized|was\s+not\s+authorized|"
    r"(?:are|were|is|was)\s+(?:familiar|knowledgeable)|"
    r"declined\s+to\s+be\s+named|insisted))", re.I)
# a rate written as one word names a guideline or a slogan: "the three-a-day habit"
_SLOGAN = re.compile(r"^\S+?\s?-\s?(?:a|per)\s?-\s?(?:day|week|month|year)\b", re.I)
# a chemical or drug name that starts with a locant: "3-nitrooxypropanol", "2-butanone"
_CHEMICAL = re.compile(r"^[a-z]{5,}(?:ol|ane|ene|yne|ine|ide|ate|one|yl|ose|ium)$")


def numeral_adverbs(doc) -> list:
    """"twice", "thrice" as number spans: the NER gives no entity for "he had to be revived
    three times", a count of occurrences a report states like "two times". Only
    where ``_counts_occurrences`` holds; a word inside an NER entity is left to that entity
    (``context_reason`` reads it there)."""
    from spacy.tokens import Span

    return [Span(doc, t.i, t.i + 1, label="CARDINAL") for t in doc
            if not t.ent_type_ and _counts_occurrences(t)]


def _counts_occurrences(t) -> bool:
    """Whether "twice"/"thrice" at token ``t`` counts occurrences of its verb. Not a multiple
    ("twice as many", "twice the size", "twice that"), a rate ("twice a week", which the NER
    may mark as a DATE), a description ("a twice-convicted felon", like "a two-time
    champion"), a title (a subject line "Think Twice", capitalised inside its sentence) nor
    the idiom "think twice" (reconsider)."""
    if t.lower_ not in NUMERAL_ADVERBS or t.head.pos_ not in ("VERB", "AUX") \
            or (not t.is_lower and t.i != t.sent.start) or t.head.lemma_.lower() == "think":
        return False
    doc = t.doc
    nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
    return nxt is None or not (nxt.tag_ in ("JJR", "RBR", "DT", "PRP$") or nxt.text in ("-", "‐") or nxt.lower_ in (
        "as", "that", "per", "every", "each", "daily", "weekly", "monthly", "yearly"))


# the words around a number that say it is a sum although no currency's sign or name stands
# there: a cent, South Asian scales (``number_names``' list), a currency's code
_MONEY_WORDS = {"cent", "cents", "rs", "rs.", "inr", "usd", "eur", "gbp", "bitcoin", "bitcoins",
                "btc", "pence", "p"} | SOUTH_ASIAN_SCALES


def _mended_label(ent):
    """The entity as the tests below should read it. The NER calls a number MONEY where no
    currency goes with it: "70 per cent of web services" (the "cent" of "per cent", in every
    British report), "amoebae existed hundreds of millions of years ago", "#6 of the
    Clippers". A sum's tests ask the sign; every other test asks the label, so a share or a
    count the NER took for a sum escaped them all (an age, a relative time, an emphasis "100
    per cent sure"). "per cent" is read as a percent, a number with no currency's sign, name
    or code beside it as a count; a "#" stays the sum the NER made of it, which
    ``_rank_sign`` reads."""
    from spacy.tokens import Span

    if ent.label_ != "MONEY":
        return ent
    doc = ent.doc
    if ent.end >= 2 and doc[ent.end - 1].lower_ == "cent" and doc[ent.end - 2].lower_ == "per":
        return Span(doc, ent.start, ent.end, label="PERCENT")
    near = doc[max(ent.start - 2, 0):min(ent.end + 2, len(doc))]
    if any(t.is_currency or is_mark(t.text) or is_name(t.text) or t.text == "#"
           or t.lower_ in _MONEY_WORDS for t in near):
        return ent
    return Span(doc, ent.start, ent.end, label="CARDINAL")


def reason(ent, value, game_report: bool | None = None) -> str | None:
    """Why this number entity is not worth tabulating, or None when it is. ``game_report`` is
    whether its article tells a game (``Article.game_report``; None reads the doc alone)."""
    doc = ent.doc
    ent = _mended_label(ent)
    text = ent.text.strip()
    after = doc[ent.end:min(ent.end + 4, len(doc))].text
    nxt = doc[ent.end] if ent.end < len(doc) else None
    prev = doc[ent.start - 1] if ent.start > 0 else None
    context = context_reason(ent, game_report=game_report)
    if context:
        return context
    if ent.label_ == "PERCENT" and value is not None and not isinstance(value, list) \
            and value >= 100 and _intensifier(ent):
        return "emphasis"  # "100% sure of the outcome", "110 percent committed"
    if shooting_line(ent):
        return "score"  # "shot 48 percent from the field", "went 7-for-12": a box score's line
    if denomination(ent):
        return "name"  # "some of the $100 bills": which note, not a sum
    if ent.label_ == "MONEY" and cent_as_name(ent):
        return "name"  # "50 cent's dreams of pitching": the rapper, no sum
    if ent.label_ == "MONEY" and _rank_sign(ent):
        return "rank"  # "perennial #1", "#6 of the Clippers": the NER reads "#" as a currency
    if ent.label_ == "MONEY" and _ODDS_EXAMPLE.search(ent.sent.text):
        return "odds example"  # "a $ 100 bet would pay $ 400": what odds of 4-1 mean, no sum
    if (ent.label_ == "PERCENT" and percent_row(ent)) or table_row(ent):
        return "table"  # "percentile 10 % 25 % 50 % ( median ) 75 % 90 %": a table's heads;
        # "panama 61 costa rica 44 denmark 40 ...": a table's rows run together
    if ent.label_ == "MONEY" and _charge_by_sum(ent):
        return "criterion"  # "two counts of fraud over $ 5,000": the charge's name, no sum
    if ent.label_ == "PERCENT" and _confidence_level(ent):
        return "criterion"  # "( 95 % ci 1.12 – 1.58 )": how sure the interval is, no finding
    if ent.label_ in ("MONEY", "PERCENT"):
        return None
    if _hyperbole(ent):
        return "hyperbole"  # "I dated a million guys", "I've told him a thousand times"
    if _generic(ent):
        return "generic"  # "A magnitude 7 tremor can topple old buildings."
    if AGE.match(after) or (prev is not None and prev.lower_ in ("aged", "age", "ages")):
        return "age"
    if _WORD_SIZE.match(doc[ent.start:min(ent.end + 2, len(doc))].text):
        return "descriptor"  # "SeaMicro has added 64-bit Atoms": a chip's kind, no count
    if day_of_month(ent):
        return "date"  # "When: 23 Sep 2016": the NER left the day of a date as a number
    if _top_of_ranking(ent) or _latest_of_series(ent):
        return "rank"  # "the top five players in tennis": where a ranking is cut, no count
    if _criterion_of_share(ent):
        return "criterion"  # "37% have had at least one jab": which people a share counts
    if is_age_apposition(ent) or age_predicate(ent) or age_at_death(ent):
        return "age"
    if YEAR.match(text.replace("the ", "")) and "," not in text and dimension_side(ent) is None:
        return "year"  # not a side of a size: "a 2880 x 1800 display" is 1,800 pixels high
    if nxt is not None and nxt.lower_.rstrip(".") in _ERAS:
        return "year"  # "dates back to about 500 b.c.": a year of an era, however small
    if _DECADE.match(text.lower().replace("the ", "")):
        return "decade"
    m = SCORE.match(text)
    if m and int(m.group(1)) >= int(m.group(2)):
        return "score"
    if score_half(ent) or whole_score(ent) or set_scores(ent):
        return "score"  # "a 24-17 win", "a 3-0 lead": the NER took one side; "a 126-85 thumping";
        # "a 6-1, 6-4 victory": a match told set by set
    if margin_of_score(ent, game_report):
        return "score"  # "won by 12 points, 65-53": the score told again
    if series_score(ent):
        return "score"  # "won the series four games to two": a series' score
    if series_format(ent):
        return "format"  # "in the best of three series": how many games its rules set
    if _rank_sign(ent):
        return "rank"  # "the No. 2 man at the agency", "number 3", "#1"
    partner = suspended_partner(ent)
    if partner is not None:  # "13- and 15-inch models": the first is read as the second is
        rest = doc[partner.i + 1:min(partner.i + 5, len(doc))]
        if AGE.match(rest.text):
            return "age"  # "17- and 18-year-olds"
        if len(rest) >= 2 and rest[0].text in ("-", "‐") and not dimension_after(doc, rest[1].i + 1) \
                and shape_word(rest[1]):
            return "shape"
    if twelve_steps(ent):
        return "name"  # "a 12-step program of recovery": the method's name, no count of steps
    if is_version(ent):
        return "name"  # "version 2.0", "Windows 8.1": a version number, no count
    if _DOI.match(text) and doc.text[ent.end_char:ent.end_char + 1] == "/":
        return "name"  # "doi: 10.1038/jid.2014.273": a paper's identifier, no count
    if is_designation(ent):
        return "name"  # "3G", "4G LTE", "802.11 b/g": a generation or a standard, no count
    if is_calibre(ent):
        return "shape"  # "a 3.5mm headset jack", "a 9mm handgun": a standard size names the thing
    if inch_mark(ent):
        return "shape"  # "the 14\" Zenbook Air", as "the 14-inch Zenbook Air"
    if named_body_size(ent):
        return "name"  # "the 15-member Security Council": the body's seats by its rules, no count
    if nxt is not None and nxt.text in ("-", "‐") and nxt.i + 1 < len(doc) \
            and not dimension_after(doc, nxt.i + 2) and shape_word(doc[nxt.i + 1]):
        return "shape"  # "a four-story building", "a 10-point plan", "two-term"
    if "-" in text and text.lower().split("-")[-1] in SHAPE_WORDS and not dimension_after(doc, ent.end):
        return "shape"
    if nxt is not None and nxt.text in ('"', "″") and not ent[-1].whitespace_ and text.isdigit() \
            and nxt.i + 1 < len(doc) and doc[nxt.i + 1].pos_ in ("NOUN", "PROPN"):
        return "shape"  # 'The 13" Zenbook Air', 'The 15" models': a "13-inch" written with its mark
    if "-" in text and _CHEMICAL.match(text.lower().split("-")[-1]):
        return "name"  # NER took "3-nitrooxypropanol" whole
    if value in (90, 180, 270, 360) and (re.search(r"-\s*degrees?$|^\S+-degree", text + " " + after)
                                          or _TURN.match(text + " " + after)):
        return "angle"  # "a 90-degree angle", "360-degree video": geometry, not a reading
    if text.lower() in ("half", "a half", "quarter") and nxt is not None and nxt.text in ("-", "‐"):
        return "shape"  # "half-brother"
    if text.lower() == "half" and nxt is not None and nxt.lower_ in _HALF_KIN:
        return "shape"  # "her half brother": a kind of sibling, written without its hyphen
    if prev is not None and prev.lower_ in _ROADS and len(ent) == 1 and ent[0].text.isdigit():
        return "name"  # "an interstate 80 gas station", "along route 61": which road, no count
    if prev is not None and prev.lower_ == "bowl" and ent.start >= 2 and doc[ent.start - 2].lower_ == "super" \
            and len(ent) == 1 and ent[0].text.isdigit():
        return "name"  # "the super bowl 50 commercials": which Super Bowl, no count
    if nxt is not None and nxt.lower_ in _ROADS_AFTER and len(ent) == 1 and ent[0].text.isdigit():
        return "name"  # "on the westbound 60 freeway": which freeway, no count
    if nxt is not None and nxt.lower_ == "news" and len(ent) == 1 and ent[0].text.isdigit() \
            and (nxt.i + 1 >= len(doc) or doc[nxt.i + 1].tag_ != "NNS"):
        return "name"  # "according to doral's local 10 news": news is no count noun, 10 the channel
    if prev is not None and prev.lower_ == "big" and ent.start >= 2 \
            and doc[ent.start - 2].lower_ in ("the", "a") and ent[0].lower_ in _BIG_GROUPS:
        return "name"  # "the big five studios", "a big ten university": a group's name
    if prev is not None and (prev.lower_, text.lower()) in _ROUNDS \
            and (nxt is None or nxt.tag_ != "NNS"):
        return "name"  # "an ncaa final four semifinal": a tournament's round, not the last four
    if _second_model(ent):
        return "name"  # "a low-voltage Opteron 3200 or 4200 part": the other model, no count
    if names_a_thing(ent) or opens_title(ent) or label_after_noun(ent) \
            or label_between_nouns(ent) or capitalised_number_word(ent) or hyphened_name(ent) \
            or label_before_singular(ent) or name_of_number(ent):
        return "name"
    if is_address(ent):
        return "address"
    if nxt is not None and nxt.text in ("-", "‐") and nxt.i + 1 < len(doc) \
            and _CHEMICAL.match(doc[nxt.i + 1].lower_) and doc[nxt.i + 1].pos_ != "ADJ":
        return "name"  # "4-aminopyridine (4AP)": a locant of a chemical name
    if time_of_day(ent, value) or clock_time(ent) or o_clock(ent, value):
        return "time"
    if _rank_base(ent):
        return "rank"  # "ranked 23rd among 26 countries": the field a rank is taken in
    if _ANONYMOUS.match(doc[ent.end:min(ent.end + 8, len(doc))].text) or _counted_sources(ent):
        return "sources"  # "two people familiar with the matter": who spoke, not the story
    if _list_count(ent) or _list_presented(ent):
        return "list"  # "20 things you didn't know about the brain": a list's length
    if _item_number(ent):
        return "rank"  # "1 strawberries 2 spinach 3 nectarines 4 apples": a ranked list's places
    if value == 0 and counts_singular(ent):
        return "degree"  # "a zero waste plan", "zero gravity": none at all, no count
    if is_dialled(ent):
        return "phone"  # "a frantic 999 call"
    if in_storeys(ent):
        return "shape"  # "has 87 storeys"
    if _restates_names(ent, value):
        return "list"  # "Ohio and Florida, two large states": the reader sees both named
    if _family_detail(ent, value):
        return "family"  # "survived by her mother, three brothers", "the three Alder cousins"
    if _the_two(ent, value):
        return "two sides"  # "the two leaders met", "those two countries": who, not how many
    if _named_part(ent):
        return "part"  # "the worst-flooded third of the town": a part of a place, not a share
    if prev is not None and prev.lower_ in ("every", "per") and ent.label_ == "CARDINAL":
        return "rate base"  # "for every 1,000 patients with a similar profile": the base of a rate
    if _proportion_base(ent):
        return "rate base"  # "four in 10 conservative republicans": the base of a proportion
    if value == 1 and text.lower() in ("one", "1", "a", "an", "single") \
            and not _one_as_subject(ent) and list_item_of(ent) is None:
        return "one"  # "one of the jobs", "in one deposition": no quantity to compare
    if _at_one_point(ent):
        return "one"  # "At one point tonight, the hashtag was trending": some moment, no count
    if nxt is not None and nxt.lower_ == "of" and text.lower() in ("one", "two", "both"):
        return "one"
    return None


def spoken(ent, quoted: set) -> str | None:
    """Whose voice a number is told in, when not the report's own: "quote" inside quoted
    words (``quoted``: the token indices of the quotations in the number's paragraph, from
    ``speech.quoted_tokens``), "first person" in a clause whose subject is I, we or you ("I
    promise you within 72 hours they will be knocking", "if you said yes to any of
    those three questions": a transcript or a speaker whose quotation marks were lost, or
    advice to the reader). A report narrates in the third person."""
    if any(t.i in quoted for t in ent):
        return "quote"
    verb = next((t for t in [ent.root, *ent.root.ancestors] if t.pos_ in ("VERB", "AUX")), None)
    # the subject itself outside quotation marks: in 'a woman cried out and repeated "I'm lost"
    # 14 times' the I is the quote's, and the count is the report's
    if verb is not None and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("i", "we", "you")
                                and c.i not in quoted for c in verb.children):
        return "first person"
    return None


def unvoiced(voice: str | None, attributed_to: str | None) -> bool:
    """Whether a number told in the first or second person (``spoken``: "I promise you
    within 72 hours they will be knocking", "if you said yes to any of those three
    questions") with no speaker the report names for it stays out of the table, whatever
    other reports say: a transcript whose quotation marks were lost, a post pasted in, or
    advice to the reader, none of them the report's own statement nor a claim it gives to
    anyone. ``kept_apart`` had held such a number back only when no other report gave its
    quantity; beside another report it still made a group, and on the validation batches
    pooled the four numbers so tabulated were all gold non-figures (junk 90 -> 86 of 1,061,
    no gold value lost; tuning unchanged). A first person the report hands to a named
    speaker ("scientists say we'll be lucky to keep warming under 3ºC", which a tuning gold
    record lists as a figure) is that speaker's claim and stays."""
    return voice == "first person" and not attributed_to


def kept_apart(part: list[dict], status: str) -> str | None:
    """Why a figure part, read and grouped, stays out of the table (None: it is tabulated).

    A figure only one report gives, and gives only in a voice not its own (``spoken``:
    inside quoted words, "will air 50,000 times on radio", "one of only four 'deep water'
    Greek wrecks", or in a first- or second-person clause), is the speaker's, and as often
    rhetoric as a figure. Measured over every tuning and validation claims record pooled (77
    clusters, ``bench/worth_policy.py``), 0.23 of the single figures inside quoted words were
    gold non-figures (21 of 93, in 12 clusters) against 0.05 of the single figures in a
    report's own words and 0.03 of the figures two reports give; in a first- or second-person
    clause outside quotation marks, 5 of 14 (in 3 of 6 clusters) against 28 of 619 in the
    third person. It stays available where
    it was said, in the quote; the table keeps what a report states in its own voice or
    another report confirms. Ages, years and the like are ``reason``'s, decided on each
    number before grouping; this decides on the group after it, so it never changes which
    figures are compared."""
    if status == "single" and all(s.get("voice") for s in part):
        return "one report, in a speaker's voice"
    return None


# the offences a criminal code names by a sum they pass ("theft over $5,000", "fraud under
# $5,000"): the sum is the charge's threshold, not what was taken
_OFFENCES_BY_SUM = {"fraud", "theft", "mischief"}


def _charge_by_sum(ent) -> bool:
    """"fraud over $5,000", "theft under $ 5,000": the sum an offence's name carries."""
    doc = ent.doc
    i = ent.start
    if ent[0].lower_ in ("over", "under"):
        i += 1  # the entity may hold the word ("over $5,000") or leave it and the sign outside
    elif i > 0 and is_sign(doc[i - 1].text):
        i -= 1
    return i >= 2 and doc[i - 1].lower_ in ("over", "under") and doc[i - 2].lower_ in _OFFENCES_BY_SUM


# the kin "half" makes a kind of ("half brother", "half sisters"), no half of anything
_HALF_KIN = {"brother", "brothers", "sister", "sisters", "sibling", "siblings"}


# the words a road's number follows when no capital marks the name ("interstate 80")
_ROADS = {"interstate", "highway", "hwy", "route"}
# a tournament's rounds named by how many teams are left, which lower-cased text writes as a
# count: "the ncaa final four", "the elite eight", "a sweet 16 game" ("the final four games"
# of a season, with a plural noun, counts)
_ROUNDS = {("final", "four"), ("elite", "eight"), ("sweet", "16"), ("sweet", "sixteen")}
# the words a road's number comes before, as Californians name a freeway ("the 405 freeway",
# "on the westbound 60 freeway"): singular, so "two freeways" stays a count
_ROADS_AFTER = {"freeway", "fwy", "expressway", "parkway", "turnpike"}


def _one_as_subject(ent) -> bool:
    """"One worker was taken to a clinic": "one" written as a number that counts the
    subject of a clause is a count reports give and compare ("one student" against "two"),
    unlike "one of the jobs" or "in one deposition". Small counts are shown only when another
    report counts the same thing (``claims.find_claims``), so a lone "one" stays out; one who
    speaks ("what one engineer described as") is a source, not a count."""
    root = ent.root
    noun = root.head
    return len(ent) == 1 and root.lower_ in ("one", "1") and root.dep_ == "nummod" \
        and noun.pos_ == "NOUN" and noun.i == root.i + 1 \
        and noun.dep_ in ("nsubj", "nsubjpass") and noun.tag_ == "NN" \
        and noun.head.lemma_.lower() not in ATTRIBUTION_VERBS | NAMING_VERBS


# prepositions that place or assign a list's item ("five in Victoria", "three from the City
# of London force", "one for Hendricks himself"); "of" names a part of a whole, read apart
# ("14 of them", ``figure_reading._part_named``), and "than" or "as" compare
_ITEM_PLACED = {"in", "on", "at", "from", "for", "across", "among", "near", "inside", "outside"}


def list_item_of(ent):
    """The plural noun a bare number counts as an item of a list that names it only once:
    "Seven people have died on Queensland roads, five in Victoria, three in the Northern
    Territory and one in South Australia". Each later item is a number after a comma or
    "and", with no noun of its own, that a preposition placing it follows; the noun is the
    last plural counted by a number before it in the sentence, a span of time left out
    ("five projectiles in the past three days, including three on Saturday and one on
    Sunday" counts projectiles, not days). Read bare, "five in Victoria" counted nothing
    and was kept only where another report gave its very value, and "one in South
    Australia" was no quantity at all ("one of the jobs"). None for every other number."""
    doc, root = ent.doc, ent.root
    if ent.label_ != "CARDINAL" or not root.like_num or root.dep_ == "nummod" \
            or ent.start == 0 or not (doc[ent.start - 1].text == "," or doc[ent.start - 1].lower_ == "and"):
        return None
    i = ent.end + (ent.end < len(doc) and doc[ent.end].lower_ == "each")  # "two each in ..."
    if i >= len(doc) or doc[i].lower_ not in _ITEM_PLACED or not ent.start <= doc[i].head.i < ent.end \
            or not any(c.dep_ == "pobj" for c in doc[i].children):
        return None
    return next((t.head for t in reversed(doc[ent.sent.start:ent.start])
                 if t.like_num and t.dep_ == "nummod" and t.head.pos_ == "NOUN" and t.head.tag_ == "NNS"
                 and t.head.i < ent.start and t.head.lemma_.lower() not in TIME_UNITS
                 and t.head.ent_type_ not in ("DATE", "TIME")), None)


# words that pick the latest members of a series: "his four most recent predecessors", "the
# last three presidents". Left out: "first" (on fresh text "winning their first seven games"
# and "the first two pages" of a tax return count what the story tells) and "previous" ("the
# same spot it held in four previous reports" counts the reports in the tuning gold)
_RECENCY = {"last", "latest"}


def _latest_of_series(ent) -> bool:
    """"unlike her three most recent predecessors in the post", "the last three presidents":
    the number says how far back the writer looked along a series, as "the top three" says
    where a ranking is cut, not how many of anything there were. The counted noun must carry a
    word of recency beside the number, and be no unit of time ("the past three years" is a
    span, read as one)."""
    noun = counted_noun(ent)
    if noun is None or noun.i < ent.end or noun.tag_ not in ("NNS", "NNPS") \
            or noun.lemma_.lower() in TIME_UNITS or ent.root.head.i != noun.i:
        return False
    doc = ent.doc

    def recency(t) -> bool:
        return t.head.i == noun.i and (t.lower_ in _RECENCY or (
            t.lower_ == "recent" and t.i > 0 and doc[t.i - 1].lower_ == "most"))
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and recency(before):
        return True  # "the last three presidents"
    return any(recency(t) for t in doc[ent.end:noun.i])


def _criterion_of_share(ent) -> bool:
    """"more than 37% have had at least one jab", "65% of adult Canadians with at least
    one jab": a count inside what a share is a share of says which people the percentage
    counts (the vaccinated, those with two jobs), not a quantity of the story: the share is
    the figure. The count is the object of a verb whose subject is the percentage, or stands
    after "with" on the percentage, on what it is "of" or on the verb it is the object of. Only
    so: a count after a preposition in the predicate is the story's ("80 percent of the
    calls go through these two exchanges"), and so is one inside the subject ("60 percent
    of the houses in the 9 worst-flooded hamlets"), as tuning's gold reads them; a count the
    share is given to ("give at least one jab ... to 65 percent of Canadian adults") is
    left too (read so, a right group of the tuning gold was lost)."""
    if ent.label_ in ("DATE", "TIME"):
        return False
    root = ent.root
    if root.dep_ in ("nummod", "quantmod"):
        root = root.head
    if root.dep_ == "pobj" and root.head.lower_ == "with":
        owner = root.head.head  # "adult Canadians with at least one jab"
        if owner.dep_ == "pobj" and owner.head.lower_ == "of":
            owner = owner.head.head
        return _is_percent(owner) or (owner.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("dobj", "nsubj", "nsubjpass") and _is_percent(c) for c in owner.children))
    verb = root.head
    return root.dep_ == "dobj" and verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass") and _is_percent(c) for c in verb.children)


# what a confidence level opens in a study's results: "95 % confidence interval", "95 % ci",
# "90% credible interval", "95 % uncertainty interval ( ui )", "the 95 percent confidence level"
_INTERVAL = re.compile(r"\s*(?:\(\s*)?(?:confidence\s+(?:intervals?|levels?|limits?|bounds?)|"
                       r"credible\s+intervals?|uncertainty\s+intervals?|c\.?i\.?s?\b|u\.?i\.?\b)", re.I)


def _confidence_level(ent) -> bool:
    """"b = −2.69 ( 95 % ci = −4.22, −1.16 )", "1.33 ( 95 % confidence interval 1.12 – 1.58 )":
    the percent that names an interval is the level the statistician chose, the same 95 in
    every study, and the finding is the estimate beside it. "95 percent confident that humans
    caused it" has no interval after it and stays."""
    return bool(_INTERVAL.match(ent.doc.text[ent.end_char:ent.end_char + 40]))


def _is_percent(t) -> bool:
    return t.ent_type_ == "PERCENT" or (t.lower_ in ("%", "percent", "per cent") and t.i > 0
                                        and t.doc[t.i - 1].like_num)


def _top_of_ranking(ent) -> bool:
    """"the top five players in tennis", "the top five mobile payment apps": the
    number says where a ranking is cut, which the writer chose, not how many there were (a
    share, "the top 10%", is a percent and never reaches this test). "top" must describe
    the noun: "sales could top 100,000" uses it as a verb and keeps its count."""
    doc = ent.doc
    prev = doc[ent.start - 1] if ent.start > 0 else None
    if prev is not None and prev.lower_ == "top" and prev.pos_ in ("ADJ", "NOUN") and ent[0].like_num:
        return True
    # "one of the 50 fastest marathon times": a superlative after "one of the N" cuts a
    # ranking as "top" does. Only after "one of": "the heads of the five largest oil
    # companies" testified, and "the country's 10 most troubled rivers" is the list the story
    # reports, counts as fresh text reads them
    # ("one of rolling stone's 100 greatest tv shows of all time": a list's owner may stand
    # where "the" does)
    nxt = doc[ent.end] if ent.end < len(doc) else None
    if prev is None or nxt is None or len(ent) != 1 or not ent[0].like_num:
        return False
    at = ent.start - 1
    if prev.tag_ == "POS":
        at = next((t.i for t in reversed(doc[max(ent.start - 6, 0):ent.start - 1])
                   if t.lower_ == "of"), 0) + 1
    elif prev.lower_ != "the":
        return False
    if at < 2 or [t.lower_ for t in doc[at - 2:at]] != ["one", "of"]:
        return False
    return nxt.tag_ == "JJS" or (nxt.lower_ == "most" and ent.end + 1 < len(doc)
                                 and doc[ent.end + 1].pos_ == "ADJ")


def _restates_names(ent, value) -> bool:
    """A count set in apposition to the few names it counts: "wins in Leeds and Bristol,
    two large, swing cities", "her two children, Lexi and Peter". Two or three
    members named beside it are seen at a glance, so the number adds nothing a reader would
    check; a long list is summed up by its count ("It links 9 ports: Mombasa,
    Durban, ..."), which stays a figure."""
    noun = counted_noun(ent)
    if noun is None or not isinstance(value, int) or not 2 <= value <= 3:
        return False

    def members(t) -> list:
        out = [t]
        for c in t.children:
            if c.dep_ == "conj":
                out.extend(members(c))
        return out

    lists = [members(noun.head)] if noun.dep_ == "appos" else []
    lists += [members(c) for c in noun.children if c.dep_ == "appos"]
    return any(len(m) == value and all(t.pos_ == "PROPN" for t in m) for m in lists)


# the members of a family or household, as a report's characters are introduced by them
_FAMILY = {"mother", "mothers", "mom", "moms", "mum", "mums", "father", "fathers", "dad", "dads",
           "parent", "parents", "sister", "sisters", "brother", "brothers", "sibling", "siblings",
           "wife", "wives", "husband", "husbands", "housewife", "housewives", "grandparent",
           "grandparents", "grandmother", "grandmothers", "grandfather", "grandfathers", "aunt",
           "aunts", "uncle", "uncles", "cousin", "cousins", "niece", "nieces", "nephew", "nephews",
           "stepson", "stepsons", "stepdaughter", "stepdaughters", "grandchild", "grandchildren"}
# offspring are often the victims a story counts ("two toddlers swallowed some bleach"),
# so they are a family detail only when the count says whose they are
_OFFSPRING = {"child", "children", "son", "sons", "daughter", "daughters", "kid", "kids"}
# what a court or the police does to people, which makes a count of them a figure of the story
# even when they are a family ("the two brothers were charged with murder")
_ACCUSED = {"charge", "accuse", "convict", "sentence", "indict", "suspect", "try", "acquit",
            "jail", "imprison", "prosecute", "identify", "name"}


def _family_detail(ent, value) -> bool:
    """A small count of a family's members that describes the people of the story rather
    than counting what happened: an obituary's "survived by her mother, three brothers", "the
    three Alder cousins pushed back", "Tate and two other Dads are seen waiting", "the
    two fathers and three children huddle under a bus shelter", "the five retired
    teachers", "joined by her husband and three sons". The number must count the family
    noun itself, and the phrase must say the members are already known: a definite article
    or a demonstrative ("the four siblings"), "other" (companions of someone named), or a
    place in a list of family members ("her husband and three sons", "her mother, three
    brothers"). Children, sons and daughters count only in such a list: alone they are often
    the victims. A possessive alone ("her two children") is no sign: the validation batch
    lost a gold figure to it (aggregate line), and no tuning junk needed it.
    A count that a toll word governs stays a figure ("her two stepsisters, 15 and 19, were
    also detained", "her two sisters were killed"), and so does one a court or the police
    acts on ("the two brothers were charged with murder"), or an indefinite one ("two
    brothers were charged"), which brings new people into the story."""
    noun = counted_noun(ent)
    if noun is None or not isinstance(value, int) or not 2 <= value <= 30 \
            or ent.root.head.i != noun.i or ent.root.dep_ != "nummod":
        return False
    word = noun.lower_.split("-")[-1]

    def family(t) -> bool:
        return t.lower_.split("-")[-1] in _FAMILY

    def possessed(t) -> bool:
        return any(c.dep_ == "poss" for c in t.children)

    # the members named beside it: "her husband and three sons", "her mother, three brothers",
    # anywhere in the list ("surrounded by his five children, five children-in-law, and his 19
    # grandchildren": the grandchildren hang from the in-laws, the in-laws from the children)
    kin = _listed_with(noun)
    beside = any(family(t) or (t.lower_ in _OFFSPRING and possessed(t)) for t in kin)
    if value > 10 and not beside:
        return False  # more than ten only in a list of kin: "and his 19 grandchildren"
    if word in _OFFSPRING:
        if not beside:
            return False
    elif word not in _FAMILY:
        return False
    known = beside or any(
        (c.dep_ == "det" and c.lower_ in ("the", "these", "those"))
        or (c.dep_ == "amod" and c.lower_ == "other") for c in noun.children)
    if not known:
        return False
    top = noun  # "her husband and three sons were killed": the toll word governs the first
    while top.dep_ in ("conj", "appos") and top.head.i != top.i:
        top = top.head
    for t in {noun.i: noun, top.i: top}.values():
        event, verb = event_of(t)
        if event is not None or (verb is not None and verb.lemma_.lower() in _ACCUSED):
            return False
    return True


def _listed_with(noun) -> list:
    """The other members of the list ``noun`` stands in: every noun joined to it, however
    deep, by a conjunction or an apposition."""
    top = noun
    while top.dep_ in ("conj", "appos") and top.head.i != top.i:
        top = top.head
    members, todo = [], [top]
    while todo:
        t = todo.pop()
        members.append(t)
        todo += [c for c in t.children if c.dep_ in ("conj", "appos")]
    return [t for t in members if t.i != noun.i]


def _the_two(ent, value) -> bool:
    """"The two leaders met for three hours", "those two countries will exchange envoys":
    "the two" as the subject of a clause refers to a pair the story has already named, as
    "both" would, and counts nothing a report would check (the gold lists "the two organizations", "those two
    countries", "the two emirs", "the two quakes" as trivial counts or 'two sides'). A pair
    that a toll word governs or that a court or the police acts on stays a figure ("the two
    women accused of robbing him", "the two men charged with arson")."""
    noun = counted_noun(ent)
    if value != 2 or noun is None or ent.text.strip().lower() not in ("two", "2") \
            or ent.root.dep_ != "nummod" or ent.root.head.i != noun.i or noun.tag_ != "NNS" \
            or noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in noun.children):
        return False
    event, verb = event_of(noun)
    if event is not None or (verb is not None and verb.lemma_.lower() in _ACCUSED):
        return False
    return not any(t.lemma_.lower() in _ACCUSED or t.lemma_.lower() in EVENTS
                   for t in noun.subtree if t.i > noun.i)


def _second_model(ent) -> bool:
    """Whether a bare number is the second of two model numbers joined after a product's
    name ("an Opteron 3200 or 4200 part"): the first reads as a name after the name it
    labels, and the one after "or" is the same kind of label, though the parse hangs it on
    the noun after it as a count ("4200 part"). Read alone it was a figure, which the gold
    lists as a product's name."""
    doc = ent.doc
    if len(ent) != 1 or not ent[0].text.isdigit() or ent.start < 3 \
            or doc[ent.start - 1].lower_ not in ("or", "and"):
        return False
    first, name = doc[ent.start - 2], doc[ent.start - 3]
    if not first.text.isdigit() or name.pos_ != "PROPN" or first.head.i != name.i:
        return False
    partner = next((e for e in doc.ents if e.start == first.i and e.end == first.i + 1), None)
    return partner is not None and reason(partner, None) == "name"


def _named_part(ent) -> bool:
    """"the worst-flooded third of the town cut off", "the northern half of the country": a
    fraction with its own article or possessor names a part of a place or a period, not a
    share a report measured (a tuning gold record calls the first rhetorical). A share
    stays ("about half of the city's residents", "a quarter of all emissions")."""
    root = ent.root
    if ent.text.strip().lower() not in FRACTIONS or root.pos_ != "NOUN":
        return False
    return any((c.dep_ == "det" and c.lower_ in ("the", "this", "that", "its"))
               or c.dep_ == "poss" for c in root.children if c.i < root.i)


# the registrant prefix a DOI opens with ("10.1038/..."), which the NER reads as a number
_DOI = re.compile(r"^10\.\d{4,9}$")


def context_reason(ent, game_report: bool | None = None) -> str | None:
    """Why a number, durations included, is no figure because of where it stands: the
    headline of a linked video (the line ends with the video's running time, "... rob more
    than 300 homes 02:56", or carries the player's "Replay More Videos"), a map's labels
    (three words in capitals: "SPAIN PORTUGAL ... MADEIRA ... 200 miles"), a slogan or guideline written as one word ("the three-a-day
    habit"), how far back something goes ("archives going back nearly 400 years"), or a
    counterfactual ("If they had waited 50 years, ..."): none is a quantity a report states."""
    doc, sent = ent.doc, ent.sent
    if character_reference(ent):
        return "markup"  # "Sanaa &#124; sanaa (Reuters)": a page's escaped bar, no number
    if reference_mark(ent):
        return "markup"  # "called it the story of the century. [ 6 ] Scholars ...": a note's mark
    last = next((t for t in reversed(sent) if not t.is_punct), None)
    if last is not None and last.i >= ent.end and RUNNING_TIME.match(last.text) \
            and not (last.i > 0 and doc[last.i - 1].lower_ in ("at", "by", "until", "from")):
        return "video"
    if PLAYER.search(sent.text):
        return "video"
    if in_page_furniture(ent):
        return "page furniture"  # "image 1 of 1", "reading 10 free articles", "( 1: 22 )"
    unit_on = doc[ent.end - 1:min(ent.end + 3, len(doc))].text
    if AGED.match(ent.text.strip()) or (AGE.match(unit_on)
                                         and ent[-1].lemma_.lower() in TIME_UNITS):
        return "age"  # "the five-year-old conflict" read as a span of five years
    if age_before_person(ent):
        return "age"  # "The 31-year troubled crooner": "-old" left out, still an age
    if baby_age(ent):
        return "age"  # "Matthew Cruz, 4 months, of ...": a baby's age
    if bracketed_after_name(ent):
        return "age"  # "John Smith (45) was arrested", "guard Chris Crawford (3) reacts"
    if recipe_step(ent):
        return "instruction"  # "Divide the dough into 12 rounds.": a recipe's step, no report
    if SPONSORED.match(doc.text):
        return "advertisement"  # "** A message from Walmart: ... bringing 6.5 million bottles"
    if FORECAST.match(sent.text):
        return "forecast"  # a weather widget's "Winds WSW at 5 to 15 mph.", "Chance of rain 60%."
    if sum(1 for t in sent if t.is_alpha and t.is_upper and len(t) >= 4) >= 3:
        return "graphic"  # a map's labels: "ITALY CROATIA Epicenter ... CORSICA ... 100 miles"
    if _SLOGAN.match(doc[ent.start:min(ent.end + 5, len(doc))].text):
        return "slogan"
    if game_statistic(ent, game_report):
        return "game statistic"  # "scored 30 points", "rushed for 120 yards" in one game
    if _money_conversion(ent) or _bracketed_conversion(ent):
        return "conversion"  # "$US2 million ($3.04 million)": the same sum in another currency
    start = ent.start
    while start > sent.start and doc[start - 1].lower_ in ("nearly", "almost", "some", "about",
                                                           "over", "more", "than", "roughly"):
        start -= 1
    if start > sent.start and doc[start - 1].lower_ == "back" and ent.label_ in ("DATE", "TIME"):
        return "relative time"  # "going back 700 years", "dating back 50 years"
    if counted_from_another(ent):
        return "relative time"  # "Two-and-a-half weeks later, they ...": when, not how long
    if ent.label_ in ("DATE", "TIME") and ent[-1].lemma_.lower() in TIME_UNITS \
            and from_now(doc, ent.end):
        return "relative time"  # "the council vote four weeks away": when, not how long
    if ent.label_ in ("DATE", "TIME") and ent[-1].lemma_.lower() in TIME_UNITS \
            and fast_forward(doc, start):
        return "relative time"  # "fast forward eight months and ...": when, not how long
    if window_of_count(ent):
        return "relative time"  # "his third Senate race in three years": the span a count covers
    if ahead_in(ent):
        return "relative time"  # "the committee will meet in four weeks": when, not how long
    if term_of_office(ent):
        return "term of office"  # "a full six-year term": what the office gives, not the story
    if into_office(ent):
        return "relative time"  # "two months into his term": when, the time since he took office
    if elapsed_since(ent) or counts_down(ent):
        return "relative time"  # "it's been more than two decades since ...": how long ago
    if in_counterfactual(ent):
        return "counterfactual"
    if _negated_one(ent):
        return "negation"
    if someday(ent):
        return "indefinite time"
    if is_title_number(ent):
        return "title"
    if round_the_clock(ent):
        return "round the clock"  # "the 24-hour sports radio station"
    if period_of_measure(ent):
        return "period of a measure"  # "a 5-year risk of kidney failure", "a 52-week high"
    if of_silence(ent):
        return "name"  # "a two minutes silence was held": the custom's name, no span of the story
    if is_anniversary(ent):
        return "anniversary"  # "on the 100-year anniversary": which occasion, as "100th" says
    adverb = next((t for t in ent if t.lower_ in NUMERAL_ADVERBS), None)
    if adverb is not None and not _counts_occurrences(adverb):
        return "multiple or rate"  # the NER's "twice a month": how often, not how many times
    return None


# words that may open a currency conversion in parentheses besides a currency's marks
# (``currency.is_mark``): "(about $2.6 million)", "(c. £2m)"
_CONVERSION_HEDGES = {"about", "around", "roughly", "some", "approximately", "approx", "nearly",
                      "almost", "or", "c", "ca", "~"}


def _money_conversion(ent) -> bool:
    """Whether a sum is the one before it restated in another currency: a MONEY entity
    alone in parentheses, or one of a list of them that ";" separates, right after a sum
    ("$US2 million ($3.04 million)": Australian dollars). It is the same amount again, not a
    figure of its own, as "(80 miles)" after "100 kilometers" is
    (``figure_measures.conversion``). Words after the sum inside the parentheses make it a
    figure of its own ("$334 million ($281M in cash)")."""
    if ent.label_ != "MONEY":
        return False
    doc = ent.doc
    i = ent.start - 1
    while i >= 0 and (doc[i].lower_.rstrip(".") in _CONVERSION_HEDGES or is_mark(doc[i].text)):
        i -= 1
    if i < 1 or doc[i].text not in ("(", ";"):
        return False
    if doc[i].text == ";":  # "(£5m; €6m)": back to the bracket that opens the list
        opened = next((t for t in reversed(doc[max(ent.sent.start, i - 8):i]) if t.text in "()"), None)
        if opened is None or opened.text != "(":
            return False
        i = opened.i
    if i < 1 or not _sum_before(doc, i):
        return False
    end = ent.end  # past a symbol or a scale the NER left outside: "£5m;"
    while end < len(doc) and (is_mark(doc[end].text) or doc[end].lower_ in SCALES):
        end += 1
    return end < len(doc) and doc[end].text in (")", ";")


# words a bracketed conversion may open with besides a hedge: "( slightly under $ 1.2m )"
_CONVERSION_BOUNDS = {"slightly", "just", "under", "over", "more", "less", "than", "up", "to"}
_CURRENCY_CHAR = re.compile(r"[$£€¥₹]")


def _bracketed_conversion(ent) -> bool:
    """Whether a quantity alone in brackets restates the quantity right before them in
    another unit: "4,260 feet ( 1,300 m )", "132 hectares ( 326 acres )", "459 metric tons
    ( 506 u.s. tons )", "43.8 knots ( 50.4 miles per hour )", "cad$ 10,000 ( $ 7,777 )".
    The gold lists such a conversion as no figure, and ``figure_measures.conversion`` and
    ``_money_conversion`` know it only when both units are in their tables and the NER made
    an entity of the figure before the bracket; on Multi-News training text (481 clusters
    already marked by hand) 13 conversions of 2,427 numbers shown had slipped through, in
    ten clusters: an area, a mass in "metric tons", a speed in knots, a sum in a currency
    named in words, an amount whose sign the NER left out, a length after "as tall as".
    Both sides must carry a unit (a currency sign or name, a unit of ``MEASURES``, or a
    QUANTITY or MONEY entity), so "10 people ( 3 women )", a part counted in brackets, and a
    share in brackets ("admitted to the hospital ( 4.5 % )") stay figures."""
    doc = ent.doc
    if ent.label_ in ("PERCENT", "DATE", "TIME"):
        return False  # a share or a span in brackets says something of its own
    # the bracket's content: [bounds or hedges] [sign] the number [unit words] ")"
    i = ent.start - 1
    inner_unit = False
    while i >= 0 and (doc[i].lower_.rstrip(".") in _CONVERSION_HEDGES | _CONVERSION_BOUNDS
                      or is_mark(doc[i].text) or _CURRENCY_CHAR.search(doc[i].text)):
        inner_unit |= is_mark(doc[i].text) or bool(_CURRENCY_CHAR.search(doc[i].text))
        i -= 1
    if i < 2 or doc[i].text != "(":
        return False
    close = next((t.i for t in doc[ent.end:min(ent.end + 5, len(doc))] if t.text == ")"), None)
    if close is None:
        return False
    tail = doc[ent.end:close]
    # nothing but the unit may follow: "( 506 u.s. tons )", "( 50.4 miles per hour )"; words
    # of their own make the bracket a figure ("$334 million ($281M in cash)", "( $ 30 for
    # non-members )")
    if not all(_unit(t) or t.lower_ in SCALES or t.lower_ == "per" or t.text == "."
               or t.lemma_.lower() in TIME_UNITS and t.i > ent.end and doc[t.i - 1].lower_ == "per"
               or t.pos_ in ("PROPN", "ADJ") for t in tail):
        return False
    if any(t.text == "%" or t.lower_ in ("percent", "pct") or t.lower_ == "per" and t.i + 1 < close
           and doc[t.i + 1].lower_ == "cent" for t in list(ent) + list(tail)):
        return False
    inner_unit |= ent.label_ in ("QUANTITY", "MONEY") or any(
        _unit(t) for t in list(ent) + list(tail))
    # the quantity before the bracket: a number, then at most three words of its unit
    before = doc[max(ent.sent.start, i - 4):i]
    if before and before[-1].text in ('"', "'", "”", "’"):
        before = before[:-1]
    number = next((t for t in reversed(before) if t.like_num), None)
    if number is None or not inner_unit:
        return False
    words = doc[number.i + 1:before.end]
    if any(t.pos_ in ("VERB", "AUX", "DET", "PRON", "ADP") or t.is_punct and t.text != "°"
           for t in words):
        return False
    signed = number.i > 0 and (is_mark(doc[number.i - 1].text)
                               or bool(_CURRENCY_CHAR.search(doc[number.i - 1].text)))
    named = any(_unit(t) or t.ent_type_ in ("QUANTITY", "MONEY") for t in words)
    # a unit the tables do not hold ("132 hectares ( 326 acres )") is known by the NER's
    # reading of the bracketed side, a measure or a sum, and the noun the number before counts
    unnamed = ent.label_ in ("QUANTITY", "MONEY") and len(words) > 0 and words[-1].pos_ == "NOUN"
    return signed or named or unnamed


def _unit(t) -> bool:
    """Whether a token names a unit of measure or a currency: "m", "tons", "pesos", "$"
    (not a unit of time: "$ 5 million ( over five years )" says how long)."""
    return t.lower_ in MEASURES or is_name(t.text) or is_mark(t.text) or (
        unit_word(t.text) and t.lemma_.lower() not in TIME_UNITS and t.lower_.rstrip("s") not in TIME_UNITS)


def _sum_before(doc, i: int) -> bool:
    """Whether a sum ends right before the bracket at ``i``: a MONEY entity, a currency's
    name, or a number with its currency sign where the NER left the sign or the scale out
    of the entity ("£2m ($2.6m)": the tokenizer splits "£", "2", "m" and the entity is "2";
    "c$ 15m (£ 9m; $ 11m)": "15" is a CARDINAL)."""
    last = doc[i - 1]
    if last.lower_ in SCALES and i >= 2 and doc[i - 2].like_num:
        last = doc[i - 2]
    return last.ent_type_ == "MONEY" or is_name(last.text) or (
        last.like_num and last.i >= 1 and is_sign(doc[last.i - 1].text))


def _negated_one(ent) -> bool:
    """"not one day of service", "not a single vote", "not even one": a denial that there was
    any, not a count of one. The parse hangs "not" on the counted noun (or puts it right
    before the number)."""
    doc = ent.doc
    first = ent[0].lower_
    if first not in ("one", "1", "a", "single"):
        return False
    start = ent.start
    while start > ent.sent.start and doc[start - 1].lower_ in ("a", "single", "even"):
        start -= 1
    if start > ent.sent.start and doc[start - 1].lower_ in ("not", "never"):
        return True
    head = ent.root.head if ent.root.dep_ == "nummod" else ent.root
    return any(c.dep_ == "neg" and c.i < ent.start for c in head.children)


def _intensifier(ent) -> bool:
    """"100% happy", "100 percent sure": a whole percent before an adjective that describes
    someone (not "100% renewable energy", which counts a share of something)."""
    doc = ent.doc
    nxt = doc[ent.end] if ent.end < len(doc) else None
    return nxt is not None and nxt.tag_ in ("JJ", "VBN", "RB") and nxt.dep_ != "amod" \
        and not (nxt.i + 1 < len(doc) and doc[nxt.i + 1].pos_ == "NOUN")


# the words that open the field a rank is taken in: "23rd among 26 countries", "fifth out of 12"
_AMONG = {"among", "amongst"}


def _rank_base(ent) -> bool:
    """"Iran ranked 23rd among 26 regional countries and 146th among 209 countries": the
    number after an ordinal and "among" or "out of" is the size of the field a rank is taken
    in, which says how good the rank is, not a count the story reports. Not "of" ("the first
    of 12 victims" counts the victims)."""
    doc = ent.doc
    i = ent.start
    if i >= 2 and doc[i - 1].lower_ in _AMONG:
        ordinal = doc[i - 2]
    elif i >= 3 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ == "out":
        ordinal = doc[i - 3]
    else:
        return False
    return bool(ORDINAL.match(ordinal.text)) \
        or ordinal.lower_ in LATER_ORDINALS | {"first", "last"}


# the people a report cites without naming them, counted: "according to two officials"
_SOURCE_NOUNS = {"person", "people", "official", "source", "aide", "adviser", "advisor", "officer",
                 "diplomat", "participant", "confidant", "confidante", "insider", "lawmaker"}


def _counted_sources(ent) -> bool:
    """"according to two officials", "Two officials said the president was not told", "three
    old friends tell VOGUE": a small count of unnamed people who are the report's
    sources says who spoke, as "two people familiar with the matter" does (``_ANONYMOUS``),
    not what happened. The counted noun is the object of "according to" or the subject of a
    verb of saying; "two officials were killed" or "met two officials" count people of the
    story and stay."""
    noun = counted_noun(ent)
    value = parse_amount(ent.text)
    if noun is None or noun.lemma_.lower() not in _SOURCE_NOUNS or value is None \
            or isinstance(value[0], list) or not 1 <= value[0] <= 12:
        return False
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
        return True
    return noun.dep_ == "nsubj" and head.pos_ == "VERB" and head.lemma_.lower() in SPEECH_VERBS


def _proportion_base(ent) -> bool:
    """"fewer than four in 10 conservative republicans", "six in 10 men", "1 in 4 women": the
    number after "in" that a smaller number stands before is the base of a proportion, as "per
    100,000" is the base of a rate. Read alone it counted ten republicans or four women, a
    quantity no report gives; the share is the figure. Not "out of": "59 out of 80 people",
    "in 10 out of 13 episodes" give the whole a report counts, which fresh read text marks as
    a figure."""
    doc = ent.doc
    if ent.label_ != "CARDINAL" or not ent[0].like_num:
        return False
    i = ent.start - 1
    if i >= 0 and doc[i].text in ("-", "\u2010") and not doc[i].whitespace_:
        i -= 1  # "4-in-10"
    if i < 0 or doc[i].lower_ != "in":
        return False
    i -= 1
    if i >= 0 and doc[i].text in ("-", "\u2010") and not doc[i].whitespace_:
        i -= 1
    if i < 0 or not doc[i].like_num:
        return False
    part, whole = parse_amount(doc[i].text), parse_amount(ent[0].text)
    return part is not None and whole is not None and not isinstance(part[0], list) \
        and not isinstance(whole[0], list) and part[0] < whole[0]


# the number words a group's name takes after "big" ("the Big Three automakers", "the big five
# studios", "a Big Ten school"), lower-cased in a text that lost its capitals
_BIG_GROUPS = {"two", "three", "four", "five", "six", "ten", "twelve", "12"}
# a stake the writer sets to explain odds ("at 4-1, a $100 bet on Walker would pay $400"): "a"
# stake, and what it "would" return; a bettor's own ("his $140,000 bet") is the story's
_ODDS_EXAMPLE = re.compile(r"\ba\s+[$£€]\s?\d[\d,]*\s+(?:bet|wager)\b[^.!?]{0,40}\bwould\b", re.I)


# what a list a writer chose to give counts: "10 things you didn't know about the brain", "six
# ways to keep your mind sharp", "five reasons Yahoo's CEO is disliked", "three takeaways"
_LIST_ITEMS = {"thing", "way", "reason", "takeaway", "myth"}


def _list_count(ent) -> bool:
    """A count of things, ways or reasons is a list's length (a listicle's headline, a
    gallery's, or "he gave three reasons"), how a writer chose to tell the story, not a
    quantity of it. A count of what is (or was) owned, done or lost ("stole 20 things")
    is rare beside these and is no figure a report compares either. The noun must stand in
    the number's own sentence: a stop between them ("about 90 days.the reason is ...", a
    source that lost the space after its full stop) ends the phrase the number counts, and
    the noun after it opens the next sentence."""
    noun = counted_noun(ent)
    if noun is None or noun.lemma_.lower() not in _LIST_ITEMS or noun.i < ent.end:
        return False
    between = ent.doc.text[ent.end_char:noun.idx]
    return not any(stop in between for stop in ".!?;")


def _list_presented(ent) -> bool:
    """"Here are the 10 players who have the best chance ...", "Here are four key points to
    keep an eye on:", "Here's a rundown of these three scenarios": a count in what "here
    are" presents is the length of the list the writer is about to give, as "10 things you
    didn't know" is; the list's items are the story. Only in the phrase right after "here"
    and its verb, with no other verb between ("Here is why 300 people lost their jobs" tells
    a count of the story)."""
    doc, sent = ent.doc, ent.sent
    here = next((t for t in reversed(doc[max(sent.start, ent.start - 8):ent.start - 1])
                 if t.lower_ == "here"), None)
    if here is None or doc[here.i + 1].lemma_.lower() != "be" \
            or not (here.i == sent.start or doc[here.i - 1].is_punct):
        return False  # "here" opens its clause: not "what happened here is ..."
    return not any(t.pos_ in ("VERB", "AUX") or t.tag_ in ("WRB", "WP", "WDT")
                   for t in doc[here.i + 2:ent.start])


def _item_number(ent) -> bool:
    """"1 strawberries 2 spinach 3 nectarines 4 apples ...": a ranked list run into a sentence
    (its line breaks lost) numbers its items in order; each number is an item's place, not a
    count of it. Read so when the bare whole number stands in a run of at least four bare
    numbers counting up by one, in the order written, within a few words of each other; a
    report's counts are seldom consecutive integers in a row."""
    doc = ent.doc
    first = next((t for t in ent if t.text.isdigit()), None)
    if first is None or len(first.text) > 3:
        return False
    window = doc[max(0, first.i - 24):min(len(doc), first.i + 25)]
    bare = [t for t in window if t.text.isdigit() and len(t.text) <= 3]
    at = next(k for k, t in enumerate(bare) if t.i == first.i)
    low = at
    while low > 0 and int(bare[low - 1].text) + 1 == int(bare[low].text) \
            and bare[low].i - bare[low - 1].i <= 6:
        low -= 1
    high = at
    while high + 1 < len(bare) and int(bare[high].text) + 1 == int(bare[high + 1].text) \
            and bare[high + 1].i - bare[high].i <= 6:
        high += 1
    return high - low + 1 >= 4


# a turn told in degrees without its hyphen ("making a 180 degree turn", "did a 360 degree
# spin"): how far something turned, as "a 180-degree turn" says; a reading of heat ("90
# degrees in the shade") names no turn after it
_TURN = re.compile(r"^\d+\s+degrees?\s+(?:turn|turnaround|spin|rotation|reversal|shift|"
                   r"about[-\s]face|angle|view|video|camera)s?\b", re.I)


def _at_one_point(ent) -> bool:
    """"At one point tonight, the hashtag was trending", "at one point, he started crying":
    "at one point" places something at some moment, no count of points. The NER now and then
    takes the words after it into the entity ("one point tonight"), where the "one" rule,
    which reads a bare "one", does not see it."""
    doc = ent.doc
    return len(ent) >= 2 and ent[0].lower_ in ("one", "1") and ent[1].lower_ == "point" \
        and ent.start > 0 and doc[ent.start - 1].lower_ == "at"


def _hyperbole(ent) -> bool:
    """"I dated a million guys", "I've told him a thousand times", "you have a million reasons":
    a bare scale word after "a", in a clause whose subject is "I" or "you", is a way of saying
    "very many", not a count anyone made. A group's claim keeps its count ("we sold a million
    copies"), and so does a report's ("a million people marched"); a written number ("one
    million", "1 million", "half a million") is a count."""
    doc = ent.doc
    words = [t for t in ent if t.lower_ not in ("a", "an")]
    if len(words) != 1 or words[0].lower_ not in SCALES:
        return False
    article = ent[0] if ent[0].lower_ in ("a", "an") else doc[ent.start - 1] if ent.start > 0 else None
    if article is None or article.lower_ not in ("a", "an") \
            or (article.i > 0 and doc[article.i - 1].lower_ in ("half", "quarter", "third")):
        return False
    verb = next((t for t in [ent.root, *ent.root.ancestors] if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("i", "you")
                                    for c in verb.children)


def _generic(ent) -> bool:
    """"A magnitude 7 tremor can topple old buildings": a number inside a subject that "a" or "an"
    opens, of a verb with "can", says what any such thing can do, a general fact a report
    explains, not a quantity of its story (the magnitude of the story's quake is stated with
    "the" or with a verb of the past: "the magnitude 7 tremor struck")."""
    verb = next((t for t in ent.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.tag_ != "NN" \
            or subject.left_edge.lower_ not in ("a", "an", "any", "each", "every"):
        return False
    if any(c.dep_ == "aux" and c.lower_ == "can" for c in verb.children):
        return subject.left_edge.i <= ent.start and ent.end - 1 <= subject.right_edge.i
    # what any such thing needs or may do: "A candidate needs 270 electoral votes to win",
    # "a president may serve only two terms", "each state has two senators"
    present = verb.tag_ in ("VBZ", "VBP")
    ruled = any(c.dep_ == "aux" and c.lower_ in ("may", "must", "can") for c in verb.children) \
        or (present and verb.lemma_.lower() in ("need", "require")) \
        or (present and verb.lemma_.lower() == "have" and subject.left_edge.lower_ in ("each", "every"))
    return ruled and subject.i < ent.start


def _rank_sign(ent) -> bool:
    """"the No. 2 man at the agency", "the number 3 seed", "#1": a number after the sign of a
    rank says where in an order something stands, not how many there are. The tokenizer often
    splits "No." before a number into "No" and "."; a lower-case "no" with no full stop ("no
    2 people agree") is a denial and stays."""
    doc = ent.doc
    if ent.start == 0:
        return False
    start = ent.start
    # "his number 10 and 11 batsmen", "No. 3 and 4": the later numbers of a list after
    # the sign are ranks as the first is (the figure reader cuts "10 and 11" in two)
    while start >= 2 and doc[start - 1].lower_ in (",", "and", "or", "&") \
            and doc[start - 2].text.isdigit():
        start -= 2
    prev = doc[start - 1] if start > 0 else None
    if prev is None:
        return False
    if prev.text == "." and start >= 2:
        sign = doc[start - 2]
        return sign.lower_ == "no" and not sign.whitespace_
    return prev.lower_ in ("no.", "no", "number", "#") and prev.text != "no"
