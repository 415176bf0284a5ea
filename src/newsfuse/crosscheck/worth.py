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
span before a measure ("a 10-year risk"), a sum converted in brackets ("$US2 million ($3.04
million)"), a number word capitalised inside a name ("the NCAA Final Four"), a number hyphened
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
channel's number before "news" ("according to local 10 news") or a phrase like "one of the
jobs" is prose. Each test reads the parse the analysis pass
already made; ``reason`` says why a number was left out, so the rules can be checked one by one. One rule adds numbers instead: "twice" and
"thrice", which the NER seldom marks, count occurrences where a verb's "two times" would
(``numeral_adverbs``).
"""

from __future__ import annotations

import re

from .currency import is_mark, is_name, is_sign
from .events import ATTRIBUTION_VERBS, EVENTS, event_of
from .figure_measures import MEASURES, dimension_side, unit_word
from .game_stats import CLOCK_AFTER, game_statistic, margin_of_score, shooting_line
from .speech import NAMING_VERBS
from ..dates import MONTH_WORDS, YEAR_DIGITS
from .numbers import FRACTIONS, NUMERAL_ADVERBS, SCALES, TIME_UNITS, UNITS, counted_noun, parse_amount
from .speech_words import SPEECH_VERBS

# what "N-<word>" describes when it is no quantity of the story
# (not "member" nor "seat": "the 1,000-member church", "a 500-seat auditorium" count a body's
# members and a hall's seats, which the tuning gold holds as figures, never as non-figures)
_SHAPE_WORDS = {"story", "storey", "stories", "storeys", "floor", "bedroom", "door", "lane",
                "star", "point", "time", "inch", "foot",
                "hole", "speed", "piece", "part", "way", "game", "match", "round",
                "caliber", "calibre", "gauge",  # a gun's bore: "a .40-caliber handgun", "12-gauge"
                "figure"}  # "a six-figure salary": how many digits a sum has, no count
# how an age is written after its number, one pattern for both tests below: "-year-old",
# "months old"
_YEARS_OLD = r"(?:year|yr|month|week|day)s?[\s-]*olds?"  # "18 to 34 year olds" names an age group
# ("yr" and "yrs": a post's or a caption's short way, "the 25 yr old woman")
# the words after a number that make it an age: "51-year-old", "17 years old"
_AGE = re.compile(rf"^\s*-?\s*{_YEARS_OLD}\b", re.I)
# an age that is the whole entity: "five-year-old", "a 51-year-old" (not "Two 17-year-old",
# which counts two people of that age)
_AGED = re.compile(rf"^(?:an?\s+)?[\w.,]+[\s-]+{_YEARS_OLD}$", re.I)
# the oldest a bare number set beside a person is read as an age
_OLDEST = 110
_YEAR = re.compile(rf"^{YEAR_DIGITS}$")
# the eras a year may be written in ("500 b.c.", "AD 79" puts it first and is read as a date)
_ERAS = {"b.c", "bc", "bce", "b.c.e", "a.d", "c.e"}
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
_SCORE = re.compile(r"^(\d{1,2})\s*[-–]\s*(\d{1,2})$")
# what a house number or a block stands before: "18 Mill Pond Rd.", "24 Elm Street"
_STREET = {"street", "st", "road", "rd", "avenue", "ave", "boulevard", "blvd", "lane", "ln",
           "drive", "dr", "place", "pl", "court", "ct", "terrace", "highway", "hwy", "parkway",
           "pkwy", "square", "sq", "way", "crescent", "close"}
# a rate written as one word names a guideline or a slogan: "the three-a-day habit"
_SLOGAN = re.compile(r"^\S+?\s?-\s?(?:a|per)\s?-\s?(?:day|week|month|year)\b", re.I)
# a chemical or drug name that starts with a locant: "3-nitrooxypropanol", "2-butanone"
_CHEMICAL = re.compile(r"^[a-z]{5,}(?:ol|ane|ene|yne|ine|ide|ate|one|yl|ose|ium)$")
# the running time of a linked video, which closes its headline ("... 300 homes 02:56")
_RUNNING_TIME = re.compile(r"^\d{1,2}:\d\d$")
# a video player's buttons and notices left in the text around a clip's headline or a photo
# caption ("... Buy Photo Wait 3 seconds to continue.")
_PLAYER = re.compile(r"\bReplay\s+More\s+Videos\b|\bWait\s+\d+\s+seconds?\s+to\s+continue\b", re.I)
# the page's own furniture that a scraped text runs into its sentences, where cleaning's line
# rules cannot reach it (a text saved without line breaks): a gallery's counter ("image 1 of 1",
# "1 photo:"), a paywall's meter ("Thank you for reading 10 free articles", "another 10 free
# articles"), a subscription pitched in the imperative ("Subscribe now for only $1 a week"; not
# any run of prices in several currencies, which a story's conversions make too), or in an
# offer's own words ("$ 20 for 365 days of unlimited digital access", "chip in $ 10 or more to
# help us", "sign up ... in your inbox"), a gallery's "1 of 60 full screen autoplay", a player's
# countdown ("the video will start in 5 cancel play now") and a clip's running time in brackets
# ("( 1: 22 )"), a listicle's link set in brackets ("[ the 5 smartest ...", "[ 11 surprising
# facts about sleep ]", "[ quiz: the 10 most popular names ]"), a review widget's "Average
# rating: 4.50" run into the item it rates. A number inside one of these
# spans counts nothing the story tells
_N = r"(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)"
# what a listicle's bracketed link counts ("[ 11 surprising facts about sleep ]")
_LISTED = r"(?:facts|things|ways|reasons|tips|secrets|photos|pictures|moments|signs|places|foods)"
_PRICE = r"[£$€]\s*\d[\d.,]*"
_FURNITURE = re.compile(
    rf"\b(?:image|photo|picture|slide|video)s?\s+\d+\s+of\s+/?\s*\d+\b|(?<![\w,.])\d+\s+(?:photo|image|picture)s?\s*:"
    rf"|\b{_N}\s+free\s+(?:articles?|stories|story|views?|page\s*views?)\b"
    rf"|^\W*(?:subscribe|join|sign\s+up|get|try|start)\b[^.!?]{{0,80}}\b(?:for\s+)?(?:just|only|as\s+little\s+as)\s+{_PRICE}"
    rf"[^.!?]{{0,30}}"
    rf"|\bsubscribe\s+(?:now|today)\s+for\s+(?:just\s+|only\s+|as\s+little\s+as\s+)?{_PRICE}"
    rf"|{_PRICE}\s+(?:for|per)\s+[^.!?]{{0,25}}\bunlimited\s+(?:digital\s+)?access\b"
    rf"|\bchip\s+in\s+{_PRICE}[^.!?]{{0,40}}\bhelp\s+us\b"
    rf"|\b(?:sign\s+up|subscribe)\b[^.!?]{{0,80}}\bin\s+your\s+inbox\b"
    rf"|\b\d+\s+of\s+\d+\s+(?:full\s*screen|autoplay)\b"
    rf"|\b(?:video|clip)\s+will\s+(?:start|play|begin)\s+in\s+\d+|\bin\s+\d+\s+(?:seconds?\s+)?cancel\b"
    rf"|\(\s*\d{{1,2}}\s*:\s*\d\d\s*\)"
    rf"|\baverage\s+(?:user\s+|customer\s+)?rating\s*:\s*\d[\d.]*(?:\s+\d+\s*-\s*\d+)?"
    rf"|\[\s*(?:[^\[\]:.!?]{{1,40}}:\s*)?(?:the\s+)?{_N}\s+(?:most\s+\w+|\w+est|(?:\w+\s+)?{_LISTED})\b",
    re.I)
# a page's label that opens a link or a graphic's headline inside the running text ("graphic:
# nine decades of ...", "Related: 3 officers killed in 2 months", "Related photos: 20 essential
# songs"): a number that follows
# within the headline's length, before any sentence's end, belongs to the link, not the story.
# Not a gallery's "Photos:", which opens each of its captions ("Hide Caption 12 of 40 Photos:
# <gallery title> Hundreds of farmers rally ..."), and a caption's figures are read; but a
# bracket opened by it is a link set into the text ("( photos: 12 senators who ... )"), as one
# opened by "also on <site>:" is, and so is what follows "editor's picks"; a player's list of
# clips opens with "now playing:" ("latest sfgate videos now playing: now playing large fire
# shuts down i-580 ..."), one headline after another
_LINK_LABEL = re.compile(r"(?:(?:^|(?<=[\s.\"”]))(?:graphics?|related(?:\s+(?:photos?|videos?|articles?|"
                         r"stories|links?|coverage|content))?|read\s+more|"
                         r"see\s+also|interactive|also\s+on\s+[\w.]+|video|now\s+playing)"
                         r"|\(\s*(?:photos?|videos?|pictures?|watch))\s*:\s"
                         r"|(?:^|(?<=[\s.\"”]))editor\s?['’]?\s?s\s+picks?\s", re.I)
_LINK_REACH = 90
# the same label without its colon, when a link's headline opens with a number and the page's
# text ran it into the story ("Related 5 worst treatments for migraine", "Related two injured
# in stabbing at sony music office"): only where it opens the sentence
_RELATED = re.compile(rf"^\W*related\s+(?={_N}\b)", re.I)
# a news site's video headline left in the text: "Must watch" opens it and the clip's running
# time closes it ("Must watch thousands of crabs washing up on california beaches 01: 16
# domoic acid is ..."); the story's sentence may run on after the time, so only the numbers
# between the two are the clip's
_MUST_WATCH = re.compile(r"(?:^|(?<=\.\.\.\s)|(?<=\.\s))\W*must\s+watch\s[^.!?]{0,150}?\d{1,2}\s?:\s?\d\d\b", re.I)
# the time stamp that opens each headline of a live ticker ("3: 48 pm police arrest five men
# ( reuters ) 3: 17 pm ..."), a page's list of other stories run together when its lines were
# lost: three in one sentence, none after a word that places an event at that time ("at 9: 10
# pm", "by 9: 40 pm": a story's own timeline, whose figures stay)
_TICKER_STAMP = re.compile(r"(?<!\bat\s)(?<!\bby\s)(?<!\bto\s)(?<!\buntil\s)(?<!\bafter\s)"
                           r"(?<!\bbefore\s)(?<!\bfrom\s)(?<!\babout\s)(?<!\baround\s)(?<!\band\s)"
                           r"(?<![\d:])\b\d{1,2}\s?:\s?\d\d\s?[ap]\.?\s?m\b", re.I)
# a paragraph a sponsor paid for, as newsletters and pages label it at its start ("** A
# message from Walmart: ...", "Sponsored content", "Paid for by ..."): the advertiser's
# figures, not the story's, however many sentences the paragraph runs to
_SPONSORED = re.compile(r"^\W*(?:a\s+message\s+from\s+[^:.]{1,40}:|sponsored\s+(?:by|content)\b|"
                        r"paid\s+(?:for\s+by|post|content)\b|brought\s+to\s+you\s+by\b|"
                        r"partner\s+content\b|advertisement\b)", re.I)
# the lines of a weather widget left in the page: "Winds WSW at 5 to 15 mph.", "Chance of
# rain 60%.", "High 68F.": a forecast's readings, never the story's
_FORECAST = re.compile(
    r"^\s*(?:winds?\s+(?:[NSEW]{1,3}|calm|light|variable)\s+(?:at|around|\d)|"
    r"chances?\s+of\s+(?:rain|snow|showers|precipitation|thunderstorms|storms)\s+\d|"
    r"(?:high|low)s?\s+(?:near\s+|around\s+|of\s+)?-?\d+\s*(?:°|F\b|C\b|degrees))", re.I)


def _whole(text: str) -> int:
    """The whole number a token of digits writes, for comparing with small bounds (a day of
    the month, an age); -1 when it is not all digits. A run of over 12 digits reads as a
    number above any such bound without being converted: Python refuses ``int`` on more than
    4,300 digits, and a report holding such a run ended the brief in "internal error"."""
    if not text.isdigit():
        return -1
    digits = text.lstrip("0")
    return int(digits or "0") if len(digits) <= 12 else 10 ** 12


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


def reason(ent, value, game_report: bool | None = None) -> str | None:
    """Why this number entity is not worth tabulating, or None when it is. ``game_report`` is
    whether its article tells a game (``Article.game_report``; None reads the doc alone)."""
    doc = ent.doc
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
    if _denomination(ent):
        return "name"  # "some of the $100 bills": which note, not a sum
    if ent.label_ == "MONEY" and _cent_as_name(ent):
        return "name"  # "50 cent's dreams of pitching": the rapper, no sum
    if ent.label_ == "MONEY" and _rank_sign(ent):
        return "rank"  # "perennial #1", "#6 of the Clippers": the NER reads "#" as a currency
    if ent.label_ == "MONEY" and _ODDS_EXAMPLE.search(ent.sent.text):
        return "odds example"  # "a $ 100 bet would pay $ 400": what odds of 4-1 mean, no sum
    if ent.label_ == "PERCENT" and _percent_row(ent):
        return "table"  # "percentile 10 % 25 % 50 % ( median ) 75 % 90 %": a table's heads
    if ent.label_ == "MONEY" and _charge_by_sum(ent):
        return "criterion"  # "two counts of fraud over $ 5,000": the charge's name, no sum
    if ent.label_ in ("MONEY", "PERCENT"):
        return None
    if _hyperbole(ent):
        return "hyperbole"  # "I dated a million guys", "I've told him a thousand times"
    if _generic(ent):
        return "generic"  # "A magnitude 7 tremor can topple old buildings."
    if _AGE.match(after) or (prev is not None and prev.lower_ in ("aged", "age", "ages")):
        return "age"
    if _day_of_month(ent):
        return "date"  # "When: 23 Sep 2016": the NER left the day of a date as a number
    if _top_of_ranking(ent) or _latest_of_series(ent):
        return "rank"  # "the top five players in tennis": where a ranking is cut, no count
    if _criterion_of_share(ent):
        return "criterion"  # "37% have had at least one jab": which people a share counts
    if _is_age_apposition(ent) or _age_predicate(ent) or _age_at_death(ent):
        return "age"
    if _YEAR.match(text.replace("the ", "")) and "," not in text and dimension_side(ent) is None:
        return "year"  # not a side of a size: "a 2880 x 1800 display" is 1,800 pixels high
    if nxt is not None and nxt.lower_.rstrip(".") in _ERAS:
        return "year"  # "dates back to about 500 b.c.": a year of an era, however small
    if _DECADE.match(text.lower().replace("the ", "")):
        return "decade"
    m = _SCORE.match(text)
    if m and int(m.group(1)) >= int(m.group(2)):
        return "score"
    if _score_half(ent):
        return "score"  # "a 24-17 win", "a 3-0 lead": the NER took one side
    if margin_of_score(ent):
        return "score"  # "won by 12 points, 65-53": the score told again
    if _series_score(ent):
        return "score"  # "won the series four games to two": a series' score
    if _rank_sign(ent):
        return "rank"  # "the No. 2 man at the agency", "number 3", "#1"
    partner = _suspended_partner(ent)
    if partner is not None:  # "13- and 15-inch models": the first is read as the second is
        rest = doc[partner.i + 1:min(partner.i + 5, len(doc))]
        if _AGE.match(rest.text):
            return "age"  # "17- and 18-year-olds"
        if len(rest) >= 2 and rest[0].text in ("-", "‐") and not _dimension(doc, rest[1].i + 1) \
                and _shape_word(rest[1]):
            return "shape"
    if _twelve_steps(ent):
        return "name"  # "a 12-step program of recovery": the method's name, no count of steps
    if _version(ent):
        return "name"  # "version 2.0", "Windows 8.1": a version number, no count
    if _DOI.match(text) and doc.text[ent.end_char:ent.end_char + 1] == "/":
        return "name"  # "doi: 10.1038/jid.2014.273": a paper's identifier, no count
    if _designation(ent):
        return "name"  # "3G", "4G LTE", "802.11 b/g": a generation or a standard, no count
    if _calibre(ent):
        return "shape"  # "a 3.5mm headset jack", "a 9mm handgun": a standard size names the thing
    if _inch_mark(ent):
        return "shape"  # "the 14\" Zenbook Air", as "the 14-inch Zenbook Air"
    if nxt is not None and nxt.text in ("-", "‐") and nxt.i + 1 < len(doc) \
            and not _dimension(doc, nxt.i + 2) and _shape_word(doc[nxt.i + 1]):
        return "shape"  # "a four-story building", "a 10-point plan", "two-term"
    if "-" in text and text.lower().split("-")[-1] in _SHAPE_WORDS and not _dimension(doc, ent.end):
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
    if _names_a_thing(ent) or _opens_title(ent) or _label_after_noun(ent) \
            or _label_between_nouns(ent) or _capitalised_number_word(ent) or _hyphened_name(ent):
        return "name"
    if _address(ent):
        return "address"
    if nxt is not None and nxt.text in ("-", "‐") and nxt.i + 1 < len(doc) \
            and _CHEMICAL.match(doc[nxt.i + 1].lower_) and doc[nxt.i + 1].pos_ != "ADJ":
        return "name"  # "4-aminopyridine (4AP)": a locant of a chemical name
    if _time_of_day(ent, value) or _clock_time(ent) or _o_clock(ent, value):
        return "time"
    if _rank_base(ent):
        return "rank"  # "ranked 23rd among 26 countries": the field a rank is taken in
    if _ANONYMOUS.match(doc[ent.end:min(ent.end + 8, len(doc))].text) or _counted_sources(ent):
        return "sources"  # "two people familiar with the matter": who spoke, not the story
    if _list_count(ent) or _list_presented(ent):
        return "list"  # "20 things you didn't know about the brain": a list's length
    if _item_number(ent):
        return "rank"  # "1 strawberries 2 spinach 3 nectarines 4 apples": a ranked list's places
    if value == 0 and _counts_singular(ent):
        return "degree"  # "a zero waste plan", "zero gravity": none at all, no count
    if _dialled(ent):
        return "phone"  # "a frantic 999 call"
    if _storeys(ent):
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
            and not _one_as_subject(ent):
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


_DIMENSIONS = {"long", "wide", "tall", "high", "deep", "thick"}


def _day_of_month(ent) -> bool:
    """A day before a month's name, "23 Sep 2016", "3 May": the day-first way of writing a
    date, which the NER sometimes leaves as a bare CARDINAL (a caption's "When: 23 Sep 2016
    Credit: ..."). The month must be capitalised, so "10 may be hurt" stays a count, unless a
    year follows it (a lower-cased caption's "photo 21 february 2014"): no count stands
    before a month and a year. Or a day after a month's name that is no other word
    (``_month_before``)."""
    doc = ent.doc
    if len(ent) != 1 or not 1 <= _whole(ent[0].text) <= 31:
        return False
    nxt = doc[ent.end] if ent.end < len(doc) else None
    if nxt is not None and nxt.lower_.rstrip(".") in MONTH_WORDS and (
            nxt.text[:1].isupper()
            or (nxt.i + 1 < len(doc) and _YEAR.match(doc[nxt.i + 1].text))
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


def _dimension(doc, i) -> bool:
    """Whether "-long", "-wide", ... follows at token ``i``: "the 55-foot-long, 19-foot-wide
    vessel" gives a size, which a report states and another may contradict, while "a
    six-foot fence" or "a 10-inch blade" only describe (the unit alone is a shape word)."""
    return i + 1 < len(doc) and doc[i].text in ("-", "‐") and doc[i + 1].lower_ in _DIMENSIONS


def _counts_singular(ent) -> bool:
    """A number above one counts a plural noun; zero before a singular noun ("a zero
    waste plan", "zero gravity") names a degree, not a count ("zero arrests" counts)."""
    noun = counted_noun(ent)
    return noun is not None and noun.tag_ == "NN"


# who and what answers an emergency number: "911 dispatchers", "a 911 operator", "911 tapes"
_EMERGENCY_LINE = {"dispatcher", "operator", "call", "caller", "center", "centre", "line", "system",
                   "tape", "recording", "service"}


# the rest of a telephone number written in the North American way after its area code
_PHONE_REST = re.compile(r"\s?[-.]\s?\d{3}\s?[-.]\s?\d{4}\b")
# a number's line after its exchange, and the area code in brackets before it: "(818) 874-4647"
_PHONE_LINE = re.compile(r"\s?[-.]\s?\d{4}\b(?![-.]\d)")
_AREA_CODE = re.compile(r"\(\s?\d{3}\s?\)\s?$")


def _dialled(ent) -> bool:
    """A number dialled, not counted: "a frantic 999 call", "Neighbours called 999" (the
    number is the verb's object: nothing is counted, "called 12 witnesses" has its noun),
    "call Crimestoppers on 0800 555 111" (the last group of a number written in three or
    more groups of digits, or in groups opening with a 0, which no count is). "I missed 4
    calls" counts."""
    root, doc = ent.root, ent.doc
    if not ent.text.strip().isdigit():
        return False
    if root.dep_ in ("nummod", "compound") and root.head.lower_ == "call" and root.head.i == ent.end:
        return True
    if root.dep_ == "dobj" and root.head.lemma_.lower() in ("call", "dial") \
            and counted_noun(ent) is None:
        return True
    if ent.text.strip() == "911" and ent.end < len(doc) and (
            doc[ent.end].lemma_.lower() in _EMERGENCY_LINE
            or (doc[ent.end].lower_ in ("and", "or", "&")
                and any(t.lemma_.lower() in _EMERGENCY_LINE for t in doc[ent.end + 1:ent.end + 3]))):
        return True  # "called 911 dispatchers", "911 and dispatch tapes": the service the number reaches
    if len(ent.text.strip()) == 3 and _PHONE_REST.match(doc.text, ent.end_char):
        return True  # "contact: jane doe 202-555-0147": a number's area code, read alone
    if len(ent.text.strip()) == 3 and _PHONE_LINE.match(doc.text, ent.end_char) \
            and _AREA_CODE.search(doc.text, 0, ent.start_char):
        return True  # "phone: ( 818 ) 874-4647": the exchange after an area code in brackets
    groups = [ent[0]]
    while groups[0].i > 0 and doc[groups[0].i - 1].text.isdigit() \
            and doc[groups[0].i - 1].whitespace_:
        groups.insert(0, doc[groups[0].i - 1])
    return len(groups) >= 3 or (len(groups) == 2 and groups[0].text.startswith("0"))


def _storeys(ent) -> bool:
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


def _is_age_apposition(ent) -> bool:
    """"John Smith, 51, of Springfield", "her two stepsisters, 15 and 19,": bare numbers set
    off by commas right after a person (a name, or a noun of people). The parse says the
    same when it hangs the number on the noun before it as an apposition ("his son, 9,
    from practice", "Kim, now 79, the former envoy", "Marco Ruiz, 19 and Daniel
    Ortega, 23,"; ``_set_off_after``), and a British caption's "Victoria Henry (23)"
    sets the age off by brackets (a baby's, in months: ``_baby_age``)."""
    doc = ent.doc
    if len(ent) != 1 or not 1 <= _whole(ent[0].text) <= _OLDEST:
        return False
    if _set_off_after(ent):
        return True
    i = ent.start
    if i >= 2 and doc[i - 1].lower_ in ("and", "&") and doc[i - 2].text.isdigit():
        i -= 2  # the second age of a pair: judge the pair by its first number
    if i < 2 or ent.end >= len(doc):
        return False
    before, person = doc[i - 1], doc[i - 2]
    after = doc[ent.end]
    people = person.ent_type_ == "PERSON" or person.pos_ == "PROPN" or person.tag_ == "NNS"
    closes = after.text in (",", ".", ";", ")") or (
        after.lower_ in ("and", "&") and ent.end + 2 < len(doc) and doc[ent.end + 1].text.isdigit()
        and doc[ent.end + 2].text in (",", ".", ";"))
    # "Kyle Parker, 22 of Spencer": the comma after the age left out before a hometown; a
    # person's name, so "the Democrats, 40 of them" and "the guests, 12 of whom" stay counts
    hometown = after.lower_ == "of" and person.ent_type_ == "PERSON" and ent.end + 1 < len(doc) \
        and doc[ent.end + 1].pos_ == "PROPN"
    return before.text == "," and people and (closes or hometown)


def _baby_age(ent) -> bool:
    """"Ofelia Ben, 69, and Matthew Cruz, 4 months, of North 13th Street": a span of months,
    weeks or days set off by commas right after a name is a baby's age, as a bare number set
    off so is a grown person's (``_is_age_apposition``)."""
    doc = ent.doc
    if len(ent) != 2 or ent[1].lemma_.lower() not in ("month", "week", "day") or ent.start < 2 \
            or ent.end >= len(doc) or doc[ent.start - 1].text != "," or doc[ent.end].text != ",":
        return False
    person = doc[ent.start - 2]
    return (person.ent_type_ == "PERSON" or person.pos_ == "PROPN") and 1 <= _whole(ent[0].text) <= 36


def _bracketed_after_name(ent) -> bool:
    """A bare number alone in brackets right after a person's name: "John Smith (45) of
    Leeds" is the person's age as British papers write it, and a caption's "guard Chris
    Crawford (3) reacts" the number on his shirt; neither counts anything of the story."""
    doc = ent.doc
    if len(ent) != 1 or not ent[0].text.isdigit() or len(ent[0].text) > 3 or ent.start < 2 \
            or ent.end >= len(doc) or doc[ent.start - 1].text != "(" or doc[ent.end].text != ")":
        return False
    return doc[ent.start - 2].ent_type_ == "PERSON" and _whole(ent[0].text) <= _OLDEST


def _first_number(ent):
    """The first number of the list the entity's number closes ("17 and 22", "floors 68, 69
    and 72", "Type 1 or 2"): the parse hangs the later ones on it as conjuncts, and only the
    first shows how the list hangs on the words before it."""
    first = ent.root
    while first.dep_ == "conj" and first.head.i < first.i and first.head.like_num:
        first = first.head
    return first


def _set_off_after(ent) -> bool:
    """The parse hangs the bare number (or the first of a pair, "17 and 22") on the noun
    before it as an apposition, and a comma or a bracket sets it off: "her daughter, 11,",
    "The tennis champion, 35,", "Victoria Henry (23)". A count set off so would name what it
    counts after it ("the victims, 12 children and ..."), so nothing may follow but a closing
    mark or another age. A person's number standing on its own beside the noun is an age;
    the caller checks the range."""
    doc = ent.doc
    first = _first_number(ent)
    noun = first.head
    if first.dep_ != "appos" or noun.i >= first.i or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    between = doc[noun.i + 1:first.i]
    if not between or between[0].text not in (",", "(") or any(
            t.is_alpha and t.lower_ != "now" for t in between):
        return False  # "Kim, now 79,": "now" may stand between the mark and the age
    after = doc[ent.end] if ent.end < len(doc) else None
    return after is None or after.is_punct or after.lower_ in ("and", "&", "respectively")


# a person as the subject of a clause: these pronouns, a name, or "who" after one
_PERSONAL = {"he", "she", "i", "you"}


def _age_predicate(ent) -> bool:
    """"Chief Judge Helen Ward is 58", "Ruiz, who was 17 when the bridge gave way",
    "Joan Pirie and May Collins were 16 and 20 respectively", "a retired teacher
    who turns 64 today": a bare number that is all a person is, or turns, is the person's
    age. The parse makes the number (or the first of a pair) the complement of "be" or the
    object of "turn", with nothing counted after it, and the subject a person: a name, "he",
    "she", or "who" whose clause hangs on a name (through its appositions: "Nina Ford,
    a tax accountant ... who turns 41"; one name right before "who" is a person's even when
    the NER took it for a place: "Okafor, who was 27,", not "the Smiths, who were 12"). "The
    death toll is 62" has no person for subject, and "they were 12" may count them, so
    neither is read as an age."""
    value = parse_amount(ent.text)
    if value is None or not isinstance(value[0], int) or not 1 <= value[0] <= _OLDEST \
            or value[1] != "exact" or counted_noun(ent) is not None:
        return False
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].lower_ == "of":
        return False  # "he was one of them"
    first = _first_number(ent)
    verb = first.head
    if not ((first.dep_ in ("attr", "acomp") and verb.lemma_.lower() == "be")
            or (first.dep_ in ("dobj", "attr", "oprd") and verb.lemma_.lower() == "turn")):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.lower_ == "who" and verb.dep_ == "relcl":
        if verb.head.tag_ == "NNP" and verb.tag_ in ("VBZ", "VBD"):
            return True  # "Okafor, who was 27,": one person, whatever the NER took the name for
        subject = verb.head
    while subject.dep_ in ("appos", "conj") and subject.head.i < subject.i:
        if subject.ent_type_ == "PERSON":
            break
        subject = subject.head
    return subject.ent_type_ == "PERSON" or subject.lower_ in _PERSONAL or (
        subject.pos_ == "PROPN" and subject.ent_type_ not in ("ORG", "GPE", "NORP", "LOC", "FAC"))


def _age_at_death(ent) -> bool:
    """"Bozo the clown, Frank Avruch, dead at 89", "John Mahoney dies at 77", "she died at 52":
    a bare number right after "dead at" or "died at" is the person's age when they died, as
    an obituary's headline and first line write it. The words themselves decide, not the
    parse, which misreads a headline run into the next one ("dead at 89 bozo the clown").
    A plural noun after the number ("dead at 3 sites") or a number over the oldest age is no
    age."""
    doc = ent.doc
    value = parse_amount(ent.text)
    if value is None or not isinstance(value[0], int) or not 1 <= value[0] <= _OLDEST \
            or value[1] != "exact" or not ent.text.strip().isdigit() or ent.start < 2:
        return False
    if ent.end < len(doc) and doc[ent.end].tag_ in ("NNS", "NNPS"):
        return False
    return doc[ent.start - 1].lower_ == "at" \
        and doc[ent.start - 2].lower_ in ("dead", "die", "dies", "died", "dying")


def _names_a_thing(ent) -> bool:
    """A number that is part of a name: "8 Block" (a gang), "Public School 298", "Route 66". A
    capitalised proper noun right after the number, or right before it, that is no place or
    nationality ("3 US soldiers", "62 Syrian soldiers" are counts), no month and no unit of
    measure ("8 GB of RAM"). A number with a decimal point after a name is a version
    (``_version``)."""
    doc = ent.doc
    if len(ent) != 1 or not ent[0].text.isdigit():
        return False
    nxt = doc[ent.end] if ent.end < len(doc) else None
    prev = doc[ent.start - 1] if ent.start > 0 else None

    def proper(t) -> bool:
        return t is not None and t.pos_ == "PROPN" and t.text[:1].isupper() \
            and t.ent_type_ not in ("GPE", "NORP", "LOC", "DATE", "MONEY") \
            and t.lower_.strip(".") not in MONTH_WORDS and t.lower_ not in MEASURES
    if proper(nxt) and nxt.tag_ == "NNP" and (
            nxt.i + 1 >= len(doc) or not doc[nxt.i + 1].is_title or doc[nxt.i + 1].pos_ != "PROPN"):
        return True
    if proper(prev) and prev.i > prev.sent.start and prev.tag_ == "NNP":
        return True
    return _capitalised_name_word(prev)


# the registrant prefix a DOI opens with ("10.1038/..."), which the NER reads as a number
_DOI = re.compile(r"^10\.\d{4,9}$")
# a version number: "2.0", "8.1", "10.2.3"
_VERSION = re.compile(r"^\d+(?:\.\d+)+$")
# a scale or a quantity whose value a headline may write after its name ("a magnitude 6
# quake", "death toll 62"): a reading, not a label
_SCALE_NAMES = {"magnitude", "category", "toll", "total", "tally", "count", "number", "figure"}


def _label_after_noun(ent) -> bool:
    """A number written after the noun it belongs to labels one of its kind: "United flight
    116", "the deck on floors 41, 42 and 45", "Type 1 or 2", "Virtual reality 101". An
    English count stands before what it counts, so a bare number the parse hangs on the
    noun right before it (or on the first of such numbers, "68, 69 and 72") names which one,
    as a route or a room number does. Not a scale's or a total's reading ("magnitude 6",
    "death toll 62").
    Capitalised names ("Route 66") are ``_names_a_thing``'s."""
    if len(ent) != 1 or not ent[0].text.isdigit():
        return False
    first = _first_number(ent)
    noun = first.head
    if first.dep_ not in ("nummod", "appos", "npadvmod", "compound") or noun.i >= first.i \
            or noun.pos_ not in ("NOUN", "PROPN") or noun.lower_ in _SCALE_NAMES:
        return False
    # only other labels of the list may stand between: "floors 68, 69 and 72", "Type 1 or 2"
    return all(t.text.isdigit() or t.lower_ in (",", "and", "or", "&")
               for t in ent.doc[noun.i + 1:first.i]) and ent.doc[noun.i + 1].text.isdigit()


def _label_between_nouns(ent) -> bool:
    """A bare number between two nouns, the second singular, labels the first: "each new
    iphone 8 leak", "the widow of a flight 93 hero", "stage 4 colon cancer", "a game 3
    blowout". An English count of more than one takes a plural noun ("8 leaks"), so a number
    before a singular noun that is not a unit ("a 10 percent cut", "a 5 mile run") belongs to
    the noun before it, as "flight 93" or "route 91" does when no noun follows
    (``_label_after_noun``); capitals say so in a page's own text (``_names_a_thing``), this
    reads the same without them. Not a scale's reading ("magnitude 7 tremor"), nor a number a
    scale word multiplies ("Rs 70 lakh", "rs 4 million")."""
    doc = ent.doc
    if len(ent) != 1 or not (ent[0].text.isdigit() or _label_word(ent[0])) or ent.start == 0 \
            or ent.end >= len(doc):
        return False
    before, after = doc[ent.start - 1], doc[ent.end]
    return before.pos_ in ("NOUN", "PROPN") and before.is_alpha \
        and before.lower_ not in _SCALE_NAMES and before.lower_ not in MONTH_WORDS \
        and before.ent_type_ not in ("DATE", "TIME") \
        and after.tag_ == "NN" and after.is_alpha and not unit_word(after.text) \
        and after.lower_ not in ("percent", "cent", "point") and not is_name(after.text) \
        and after.lower_ not in SCALES and after.lower_ not in _SOUTH_ASIAN_SCALES


def _label_word(t) -> bool:
    """A number word from two up that can label a noun as its digits do: "in the season three
    finale" as "a game 3 blowout" (lower-cased text has no capital to say "Season Three").
    Not "one", "a" or "half", which go with a singular noun as counts ("the team one goal
    short" aside, "a day one promise" is rarer than "the company one executive named")."""
    value = UNITS.get(t.lower_)
    return t.is_alpha and isinstance(value, int) and 2 <= value <= 90 \
        and t.lower_ not in NUMERAL_ADVERBS


# the hundred-thousands and ten-millions South Asian reports count money in: "Rs 70 lakh"
_SOUTH_ASIAN_SCALES = {"lakh", "lakhs", "crore", "crores"}


# an escaped character in a page's text: "&#124;" (a bar), "&#8217;"
_REFERENCE = re.compile(r"&#x?[\da-f]+;?$", re.I)


def _reference_mark(ent) -> bool:
    """A bare number alone in square brackets, "[ 6 ]" or "[6]": an encyclopedia's note mark
    copied with its text. An editor's insertion in brackets is words ("[ percent ]"), and a
    count in brackets has its noun inside ("[ 10 things ... ]")."""
    doc = ent.doc
    return len(ent) == 1 and ent[0].text.isdigit() and ent.start > 0 and ent.end < len(doc) \
        and doc[ent.start - 1].text == "[" and doc[ent.end].text == "]"


def _character_reference(ent) -> bool:
    """The code of an escaped character the page left in its text ("Sanaa &#124; sanaa"):
    markup, no number the report writes."""
    text = ent.doc.text
    return bool(_REFERENCE.match(text[max(0, ent.start_char - 2):ent.end_char + 1]))


def _opens_title(ent) -> bool:
    """A number that opens the title of a book, a show or a gallery in running text: "an
    excerpt from 50 Field Skills: The Ranger's Handbook", "12 Strangest Job
    Questions Of 2014". Capitalised words follow it and the run is marked as a title: a
    subtitle's colon or a closing quote right after it, or a capitalised small word inside
    it ("Of", "The"), which only a title capitalises. "won 14 Emmy Awards, the network
    said" counts named things and stays, and so does a count after an article or a possessive
    ("the 50 Senate Democrats: They don't have a single vote to spare"), which a title never
    has. Not in a headline, where every word is capitalised."""
    doc = ent.doc
    if len(ent) != 1 or not ent[0].like_num:
        return False
    if ent.start > 0 and doc[ent.start - 1].pos_ in ("DET", "PRON"):
        return False  # "the 50 Senate Democrats: they ...": a count of named people
    run = []
    for t in doc[ent.end:min(ent.end + 8, len(doc))]:
        if not (t.is_alpha and t.text[:1].isupper()) and not (run and t.text in ("'s", "’s")):
            break
        run.append(t)
    words = [t for t in run if t.is_alpha]
    if len(words) < 2:
        return False
    end = run[-1].i + 1
    marked = (end < len(doc) and doc[end].text in (":", '"', "”", "’")) or any(
        t.is_stop and t.is_title for t in words[1:])
    sent = ent.sent
    content = [t for t in sent if t.is_alpha and not t.is_stop and t.i != sent.start
               and not ent.start <= t.i < end]
    return marked and sum(t.is_lower for t in content) >= sum(t.is_title for t in content)


def _capitalised_name_word(t) -> bool:
    """A capitalised word inside a sentence, right before a bare number, that the tagger did
    not call a proper noun: "the Route 9-Route 46 junction" (a NOUN), "the Sea Me
    We 3 lines" (a PRON). Inside running text only a name keeps a capital there, so the
    number is the name's. Not in a headline, where every word is capitalised ("Gunman
    Kills 12"), nor "I", nor a place, a nationality, a date or a month."""
    if t is None or t.i == t.sent.start or not t.is_alpha or not t.text[:1].isupper() \
            or t.text == "I" or t.pos_ not in ("NOUN", "PRON") \
            or t.ent_type_ in ("GPE", "NORP", "LOC", "DATE", "MONEY") or t.lower_ in MONTH_WORDS:
        return False
    content = [w for w in t.sent if w.is_alpha and not w.is_stop and w.i != t.sent.start]
    return sum(w.is_lower for w in content) >= sum(w.is_title for w in content)


def context_reason(ent, game_report: bool | None = None) -> str | None:
    """Why a number, durations included, is no figure because of where it stands: the
    headline of a linked video (the line ends with the video's running time, "... rob more
    than 300 homes 02:56", or carries the player's "Replay More Videos"), a map's labels
    (three words in capitals: "SPAIN PORTUGAL ... MADEIRA ... 200 miles"), a slogan or guideline written as one word ("the three-a-day
    habit"), how far back something goes ("archives going back nearly 400 years"), or a
    counterfactual ("If they had waited 50 years, ..."): none is a quantity a report states."""
    doc, sent = ent.doc, ent.sent
    if _character_reference(ent):
        return "markup"  # "Sanaa &#124; sanaa (Reuters)": a page's escaped bar, no number
    if _reference_mark(ent):
        return "markup"  # "called it the story of the century. [ 6 ] Scholars ...": a note's mark
    last = next((t for t in reversed(sent) if not t.is_punct), None)
    if last is not None and last.i >= ent.end and _RUNNING_TIME.match(last.text) \
            and not (last.i > 0 and doc[last.i - 1].lower_ in ("at", "by", "until", "from")):
        return "video"
    if _PLAYER.search(sent.text):
        return "video"
    if _page_furniture(ent):
        return "page furniture"  # "image 1 of 1", "reading 10 free articles", "( 1: 22 )"
    unit_on = doc[ent.end - 1:min(ent.end + 3, len(doc))].text
    if _AGED.match(ent.text.strip()) or (_AGE.match(unit_on)
                                         and ent[-1].lemma_.lower() in TIME_UNITS):
        return "age"  # "the five-year-old conflict" read as a span of five years
    if _age_before_person(ent):
        return "age"  # "The 31-year troubled crooner": "-old" left out, still an age
    if _baby_age(ent):
        return "age"  # "Matthew Cruz, 4 months, of ...": a baby's age
    if _bracketed_after_name(ent):
        return "age"  # "John Smith (45) was arrested", "guard Chris Crawford (3) reacts"
    if _recipe_step(ent):
        return "instruction"  # "Divide the dough into 12 rounds.": a recipe's step, no report
    if _SPONSORED.match(doc.text):
        return "advertisement"  # "** A message from Walmart: ... bringing 6.5 million bottles"
    if _FORECAST.match(sent.text):
        return "forecast"  # a weather widget's "Winds WSW at 5 to 15 mph.", "Chance of rain 60%."
    if sum(1 for t in sent if t.is_alpha and t.is_upper and len(t) >= 4) >= 3:
        return "graphic"  # a map's labels: "ITALY CROATIA Epicenter ... CORSICA ... 100 miles"
    if _SLOGAN.match(doc[ent.start:min(ent.end + 5, len(doc))].text):
        return "slogan"
    if game_statistic(ent, game_report):
        return "game statistic"  # "scored 30 points", "rushed for 120 yards" in one game
    if _money_conversion(ent):
        return "conversion"  # "$US2 million ($3.04 million)": the same sum in another currency
    start = ent.start
    while start > sent.start and doc[start - 1].lower_ in ("nearly", "almost", "some", "about",
                                                           "over", "more", "than", "roughly"):
        start -= 1
    if start > sent.start and doc[start - 1].lower_ == "back" and ent.label_ in ("DATE", "TIME"):
        return "relative time"  # "going back 700 years", "dating back 50 years"
    if _counted_from_another(ent):
        return "relative time"  # "Two-and-a-half weeks later, they ...": when, not how long
    if ent.label_ in ("DATE", "TIME") and ent[-1].lemma_.lower() in TIME_UNITS \
            and _from_now(doc, ent.end):
        return "relative time"  # "the council vote four weeks away": when, not how long
    if ent.label_ in ("DATE", "TIME") and ent[-1].lemma_.lower() in TIME_UNITS \
            and _fast_forward(doc, start):
        return "relative time"  # "fast forward eight months and ...": when, not how long
    if _window_of_count(ent):
        return "relative time"  # "his third Senate race in three years": the span a count covers
    if _term_of_office(ent):
        return "term of office"  # "a full six-year term": what the office gives, not the story
    if _elapsed_since(ent) or _countdown(ent):
        return "relative time"  # "it's been more than two decades since ...": how long ago
    if _counterfactual(ent):
        return "counterfactual"
    if _negated_one(ent):
        return "negation"
    if _someday(ent):
        return "indefinite time"
    if _title(ent):
        return "title"
    if _round_the_clock(ent):
        return "round the clock"  # "the 24-hour sports radio station"
    if _period_of_measure(ent):
        return "period of a measure"  # "a 5-year risk of kidney failure", "a 52-week high"
    if _anniversary(ent):
        return "anniversary"  # "on the 100-year anniversary": which occasion, as "100th" says
    adverb = next((t for t in ent if t.lower_ in NUMERAL_ADVERBS), None)
    if adverb is not None and not _counts_occurrences(adverb):
        return "multiple or rate"  # the NER's "twice a month": how often, not how many times
    return None


# the verbs a recipe's steps open with, in the imperative
_RECIPE_VERBS = {"add", "bake", "beat", "blend", "boil", "broil", "brush", "chill", "chop", "combine",
                 "cook", "cover", "discard", "divide", "drain", "fold", "form", "fry", "grill",
                 "heat", "knead", "mix", "place", "pour", "preheat", "roast", "roll", "season",
                 "serve", "shape", "simmer", "slice", "spread", "sprinkle", "stir", "transfer",
                 "whisk"}
_RECIPE_STEP = re.compile(r"(?:^|[.!?:]\s+)(?:to\s+serve\s*:\s*)?(" + "|".join(sorted(_RECIPE_VERBS)) + r")\s",
                          re.I)


def _recipe_step(ent) -> bool:
    """A number in a recipe's step ("Divide the beef into 12 patties.", "Bake 10 to 15
    minutes."): a page that prints a recipe opens three or more sentences with a cook's
    imperative, and a number in a step that opens so is a quantity of the dish, not of the
    story. One imperative alone ("Place 40 officers on the bridge," a chief ordered) is no
    recipe."""
    doc, sent = ent.doc, ent.sent
    if not _RECIPE_STEP.match(sent.text.lstrip()) and not any(
            m.start() < ent.start_char - sent.start_char for m in _RECIPE_STEP.finditer(sent.text)):
        return False
    steps = doc.user_data.get("recipe_steps")
    if steps is None:
        steps = doc.user_data["recipe_steps"] = len(_RECIPE_STEP.findall(doc.text))
    return steps >= 3


def _page_furniture(ent) -> bool:
    """Whether the number stands inside a span of page furniture (``_FURNITURE``) or in the
    headline a page label opens (``_LINK_LABEL``)."""
    sent = ent.sent
    start, end = ent.start_char - sent.start_char, ent.end_char - sent.start_char
    text = sent.text
    if any(m.start() < end and start < m.end() for m in _FURNITURE.finditer(text)):
        return True
    if any(m.start() < end and start < m.end() for m in _MUST_WATCH.finditer(text)):
        return True  # "Must watch thousands of crabs washing up ... 01: 16": a clip's headline
    if len(_TICKER_STAMP.findall(text)) >= 3:
        return True  # "3: 48 pm police arrest five ... ( reuters ) 3: 17 pm ...": a live ticker
    related = _RELATED.match(text)
    if related and related.end() <= start <= related.end() + _LINK_REACH \
            and not re.search(r"[.!?]\s", text[related.end():start]):
        return True  # "Related 100 greatest tv shows of all time from ...": a link's headline
    for m in _LINK_LABEL.finditer(text, 0, start + 1):
        bracketed = m.group().startswith("(") or text[:m.start()].rstrip().endswith("(")
        stop = r"[.!?]\s|\)" if bracketed else r"[.!?]\s"  # a bracketed link ends at ")"
        if m.end() <= start <= m.end() + _LINK_REACH and not re.search(stop, text[m.end():start]):
            return True
    return False


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


# what can be open, on air or on watch around the clock: "a 24-hour news channel"
_ALL_DAY = {"news", "network", "channel", "station", "cable", "coverage", "hotline", "helpline",
            "service", "access", "care", "surveillance", "security", "guard", "watch",
            "monitoring", "support", "store", "shop", "pharmacy", "diner", "restaurant", "gym",
            "cycle"}


def _round_the_clock(ent) -> bool:
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


def _hyphened_span(ent) -> bool:
    """Whether a span is written as one hyphened word before what it qualifies ("a 10-year
    risk", "the 50-day mark", "a six-year term", "the 31-year troubled crooner"), the shape
    whose noun says what the span is (``_period_of_measure``, ``_anniversary``,
    ``_age_before_person``, ``_term_of_office``)."""
    return ent.end >= 2 and ent.doc[ent.end - 2].text in ("-", "‐")


def _period_of_measure(ent) -> bool:
    """"a 5-year risk of kidney failure or dialysis", "your 10-year risk", "a 52-week high": a
    span written as one word before a measure says over what period the measure is taken,
    as "per year" would; it is part of the measure's unit, not a duration of the story (a
    tuning gold record lists "10-year" so). A span before anything else stays: "the
    nearly three-year inquiry", "a two-day summit", "a 30-month time frame"."""
    if ent.label_ not in ("DATE", "TIME") or ent[-1].lemma_.lower() not in TIME_UNITS \
            or not _hyphened_span(ent):
        return False
    noun = ent[-1].head
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    if noun.i < ent.end or noun.pos_ != "NOUN":
        return False
    # "the seven-day average number of deaths": the measure may qualify the noun it counts
    return any(t.lemma_.lower() in _MEASURE_NOUNS for t in ent.doc[ent.end:noun.i + 1])


# what a span hyphened before it names as a day of the calendar: "the 100-year anniversary",
# "the 50-day mark of her tenure", "its 10-year milestone"
_OCCASIONS = {"anniversary", "mark", "milestone"}


def _anniversary(ent) -> bool:
    """"Biden will deliver remarks on the 100-year anniversary", "the 10-year anniversary of the
    quake", "As we approach the 50-day mark of her tenure": a span hyphened to
    "anniversary" (or a "mark", a "milestone") says which occasion it is, as the ordinal
    "100th" would; it names a day, a relative time, not a duration of the story (the gold's
    relative times count "anniversary" among them). "After almost 100 days" stays a span."""
    if ent.label_ not in ("DATE", "TIME") or ent[-1].lemma_.lower() not in TIME_UNITS \
            or not _hyphened_span(ent):
        return False
    noun = ent[-1].head
    return noun.i >= ent.end and noun.lemma_.lower() in _OCCASIONS


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


def _someday(ent) -> bool:
    """"One day the old van would not start", "one day we will know": "one
    day" set before its verb as a time adverbial means "at some time", not a span of one
    day ("the strike lasted one day" puts it after the verb it measures)."""
    if len(ent) != 2 or ent[0].lower_ != "one" or ent[1].lower_ not in (
            "day", "night", "morning", "afternoon", "evening", "time"):
        return False
    noun = ent[1]
    if ent.start > 0 and ent.doc[ent.start - 1].tag_ == "MD":
        return True  # "hopes that they would one day meet": a modal's "one day" is some day
    return noun.dep_ == "npadvmod" and noun.i < noun.head.i


def _title(ent) -> bool:
    """A number that opens a title: "the CBS program "60 Minutes"", "Frontline, which has won
    14 Emmy Awards". The unit after the numeral is capitalised, which a unit never
    is, even at the start of a sentence ("14 Emmy Awards" counts a named thing and stays);
    in a headline, where every word is capitalised, this says nothing."""
    sent = ent.sent
    words = [t for t in ent if not t.like_num and t.is_alpha]
    if ent.label_ not in ("DATE", "TIME", "QUANTITY") or not ent[0].like_num or not words \
            or not all(t.is_title for t in words):
        return False
    # in a headline in title case, capitalised words outnumber lower-case ones
    content = [t for t in sent if t.is_alpha and not t.is_stop and t.i != sent.start
               and not ent.start <= t.i < ent.end]
    return sum(t.is_lower for t in content) >= sum(t.is_title for t in content)


def _counterfactual(ent) -> bool:
    """The number sits in an "if ... had <done>" clause, which says what did not happen."""
    for verb in [ent.root, *ent.root.ancestors]:
        if verb.pos_ in ("VERB", "AUX") and verb.tag_ == "VBN" and verb.dep_ == "advcl":
            children = list(verb.children)
            return any(c.lower_ == "if" and c.dep_ == "mark" for c in children) and any(
                c.lower_ in ("had", "'d") and c.dep_ == "aux" for c in children)
        if verb.dep_ in ("ROOT", "ccomp", "relcl"):
            return False
    return False


def _intensifier(ent) -> bool:
    """"100% happy", "100 percent sure": a whole percent before an adjective that describes
    someone (not "100% renewable energy", which counts a share of something)."""
    doc = ent.doc
    nxt = doc[ent.end] if ent.end < len(doc) else None
    return nxt is not None and nxt.tag_ in ("JJ", "VBN", "RB") and nxt.dep_ != "amod" \
        and not (nxt.i + 1 < len(doc) and doc[nxt.i + 1].pos_ == "NOUN")


def _address(ent) -> bool:
    """A house number or a block: "18 Mill Pond Rd.", "the 2400 block of Linden Grove
    Avenue", "544 N. 13th St.". The number is followed by capitalised words ending in a street
    word, or by "block of"; a side of town ("N.") and a numbered street ("13th") may stand
    between, and after a numbered street the street word needs no capital (an ordinal before
    "st." or "avenue" is a street's number in any case)."""
    doc = ent.doc
    if len(ent) != 1 or not ent[0].text.isdigit():
        return False
    if ent.end + 1 < len(doc) and doc[ent.end].lower_ == "block" and doc[ent.end + 1].lower_ == "of":
        return True
    if _lower_case_address(ent):
        return True
    for t in doc[ent.end:min(ent.end + 5, len(doc))]:
        if t.lower_.rstrip(".") in _STREET \
                and (t.text[:1].isupper() or _ORDINAL.match(doc[t.i - 1].text)):
            return t.i > ent.end
        if not (t.text[:1].isupper() and t.is_alpha) and not _ORDINAL.match(t.text) \
                and not _COMPASS.match(t.text):
            return False
    return False


# the street words that name nothing else after a name, and so end an address without capitals
_STREET_ONLY = {"street", "st", "road", "rd", "avenue", "ave", "boulevard", "blvd", "highway",
                "hwy", "parkway", "pkwy"}


def _lower_case_address(ent) -> bool:
    """A house number in a text without capitals (Multi-News lower-cases its documents): "1199
    s. federal hwy.", "2300 w. atlantic blvd.", "4724 longshore avenue". The number, of two
    digits or more, is followed by one or two singular words of a name and a street word that
    names nothing else (``_STREET_ONLY``), a side of town ("s.", "w.") standing first or not.
    Not a count of roads ("12 new roads", plural) nor a measure ("a 20 mile road", a unit)."""
    doc = ent.doc
    if len(ent[0].text) < 2:
        return False
    i = ent.end
    if i < len(doc) and _COMPASS.match(doc[i].text) and doc[i].text.endswith("."):
        i += 1
    words = 0
    while i < len(doc) and words <= 2:
        t = doc[i]
        if t.lower_.rstrip(".") in _STREET_ONLY and t.tag_ in ("NN", "NNP"):
            return words >= 1
        if not t.is_alpha or t.tag_ not in ("NN", "NNP", "JJ") or unit_word(t.text) \
                or t.lower_ in MONTH_WORDS:
            return False
        words += 1
        i += 1
    return False


# a numbered street, whose street word may go without a capital ("542 n. 13th st."), and the
# side of town a house number may name before it ("N.", "SW")
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$", re.I)
_COMPASS = re.compile(r"^(?:[NSEW]|NE|NW|SE|SW)\.?$", re.I)


# the half of the day written after an hour: "a.m.", "p.m", "A.M.", "am", "PM"
_MERIDIEM = re.compile(r"^[ap]\.?m\.?$", re.I)
# an hour as digits, with its minutes or without: "5", "11:30", "9.45"
_HOUR = re.compile(r"^(\d{1,2})(?:[:.]\d\d)?$")


def _clock_time(ent) -> bool:
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
    a space after its colon (``_clock_time``): hours 0 to 23, minutes 00 to 59."""
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


def _time_of_day(ent, value) -> bool:
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


def _o_clock(ent, value) -> bool:
    """"Nine o'clock on a Friday night": an hour before "o'clock" is a reading of the clock
    wherever it stands (``_time_of_day`` reads a bare hour only after "at"). The NER takes
    a tokenised "o ' clock" for a noun "o" that the hour counts."""
    return isinstance(value, int) and 1 <= value <= 12 \
        and bool(_O_CLOCK.match(ent.doc.text[ent.end_char:ent.end_char + 12]))


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
    return bool(_ORDINAL.match(ordinal.text)) \
        or ordinal.lower_ in _LATER_ORDINALS | {"first", "last"}


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


def _capitalised_number_word(ent) -> bool:
    """A number written in words with a capital inside a running sentence is part of a name:
    "next week's women's national volleyball championships", "the Big Eight", "Metro Radio's
    Three Guys Talkin' Sports". English capitalises a number word only at the start
    of a sentence, after a colon or an opening quote, in a headline, or inside a name; so a
    capitalised number word after a capitalised word inside the sentence (or a name's
    possessive), in a sentence that is not in title case, names something rather than counting
    it. After a lower-case word the capital may be a page's run-in label's ("Story highlights
    Three men got into a fight"), which counts."""
    first = ent[0]
    if not first.is_alpha or not first.text[:1].isupper() or first.is_upper and len(first) > 1 \
            or first.lower_ not in UNITS or first.i == first.sent.start:
        return False
    prev = ent.doc[first.i - 1]
    if prev.text in ("'s", "’s") and prev.i > prev.sent.start:
        prev = ent.doc[prev.i - 1]
    if not (prev.is_alpha and prev.text[:1].isupper()) or prev.text == "I" or prev.i == prev.sent.start:
        return False  # "Story highlights Three men got into a fight": a count after page text
    sent = first.sent
    content = [t for t in sent if t.is_alpha and not t.is_stop and t.i != sent.start
               and not ent.start <= t.i < ent.end]
    return sum(t.is_lower for t in content) > sum(t.is_title for t in content)


def _hyphened_name(ent) -> bool:
    """A number joined by hyphens to a capitalised word, or to a preposition and a word after
    it, is one word with them, a name or an idiom, not a count: "our 3-for-All game", "the 4-H
    club", "a 10-K filing". (A count joined to its noun by a hyphen, "a four-page summary", "a
    300-pound robot", stays a count or a measure; a preposition never is such a noun, nor is a
    capitalised word other than a unit's: "an 80-Gigabit fabric switch" is a measure, written
    with a capital as a product sheet writes units, ``figure_measures.unit_word``.) The tokenizer keeps "for-1" of "a 2-for-1 basis" as one word; reading that form too
    took one number off the validation table that was no junk and matched a gold value, and
    no junk, so it is left alone."""
    doc = ent.doc
    i = ent.end
    if i + 1 >= len(doc) or doc[i].text not in ("-", "‐") or not ent[-1].like_num:
        return False
    word = doc[i + 1]
    if word.pos_ == "ADP" and word.lower_ in ("for", "to", "on", "in", "by", "of", "and") \
            and i + 3 < len(doc) and doc[i + 2].text in ("-", "‐"):
        return True
    return word.is_alpha and word.text[:1].isupper() and word.i != word.sent.start \
        and word.lower_.rstrip(".") not in MONTH_WORDS and word.ent_type_ not in ("GPE", "NORP") \
        and not unit_word(word.text)


# people a report describes by their age ("a 17-year-old boy"), and so by the same span with
# "-old" left out ("The 31-year troubled crooner"); a span before any other noun, a person's
# tenure included ("a 27-year veteran of the agency", "a 20-year employee"), stays a duration
_AGE_NOUNS = {"man", "woman", "boy", "girl", "guy", "lady", "teen", "teenager", "youngster",
              "toddler", "infant", "baby", "child", "kid", "son", "daughter", "mother",
              "father", "mom", "dad", "grandmother", "grandfather", "widow", "student",
              "suspect", "victim", "driver", "gunman", "star", "starlet", "actress", "actor",
              "singer", "rapper", "model", "heiress", "socialite", "patient"}


def _age_before_person(ent) -> bool:
    """A span of years hyphened to the noun of a person it describes, "the 31-year troubled
    crooner", "a 45-year mother": an age written without its "-old", which the NER reads as a
    span (a DATE) like "a 40-year debate". Only a noun of a person of some age (``_AGE_NOUNS``)
    makes it an age; a span before a person's role is the time served in it ("a 27-year
    veteran", "a 20-year employee") and stays."""
    doc = ent.doc
    if ent.label_ != "DATE" or ent[-1].lower_ != "year" or not _hyphened_span(ent):
        return False
    noun = ent[-1].head
    return noun.i >= ent.end and noun.pos_ == "NOUN" and noun.lower_ in _AGE_NOUNS \
        and all(t.pos_ in ("ADJ", "ADV", "PUNCT") for t in doc[ent.end:noun.i])


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


# the words after a span that count it from another moment ("two weeks later", "three years
# ago"), read so by ``figure_measures.duration_of`` when the NER marks the span as a date
_COUNTED_FROM = ("later", "ago", "earlier")


def _counted_from_another(ent) -> bool:
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


def _elapsed_since(ent) -> bool:
    """"While it's been more than three decades since a woman chaired the board", "It
    marked 40 years since the bridge opened": a span followed by "since" measures how
    long ago something last happened, a relative time like "two decades ago", not a duration
    of the story's events."""
    doc = ent.doc
    return ent.label_ in ("DATE", "TIME") and ent[-1].lemma_.lower() in TIME_UNITS \
        and ent.end < len(doc) and doc[ent.end].lower_ == "since"


def _countdown(ent) -> bool:
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


# the number words a group's name takes after "big" ("the Big Three automakers", "the big five
# studios", "a Big Ten school"), lower-cased in a text that lost its capitals
_BIG_GROUPS = {"two", "three", "four", "five", "six", "ten", "twelve", "12"}
# a stake the writer sets to explain odds ("at 4-1, a $100 bet on Walker would pay $400"): "a"
# stake, and what it "would" return; a bettor's own ("his $140,000 bet") is the story's
_ODDS_EXAMPLE = re.compile(r"\ba\s+[$£€]\s?\d[\d,]*\s+(?:bet|wager)\b[^.!?]{0,40}\bwould\b", re.I)


def _percent_row(ent) -> bool:
    """A percent in a run of four or more with nothing but spaces, brackets or "median"
    between ("percentile 10 % 25 % 50 % ( median ) 75 % 90 %"): a table's row or its column
    heads, whose meaning was in the layout the page's text lost. Prose that lists shares
    puts a comma or a word between them ("rose 10%, 12%, 15% and 20%") and stays."""
    doc = ent.doc
    run: list = []
    for e in (e for e in ent.sent.ents if e.label_ == "PERCENT"):
        if run and not all(_row_filler(t) for t in doc[run[-1].end:e.start]):
            if run[0].start <= ent.start < run[-1].end:
                break
            run = []
        run.append(e)
    return len(run) >= 4 and run[0].start <= ent.start < run[-1].end


def _row_filler(token) -> bool:
    """What a table row's percents may have between them once the layout is lost."""
    return token.text in ("(", ")", "[", "]") or token.lower_ in ("median", "mean")


def _fast_forward(doc, start: int) -> bool:
    """Whether a span follows the narrator's "fast forward" ("fast forward eight months and
    the team is top of the league"): it says when the story picks up, and nothing lasted that
    long. A span "into" a period is not read so: the tuning gold tabulates "nearly 10 hours
    into the 16-hour flight" as when something happened."""
    return start >= 2 and doc[start - 1].lower_ == "forward" and doc[start - 2].lower_ in ("fast", "-")


def _from_now(doc, i) -> bool:
    """Whether the words at token ``i`` place a span after now: "three weeks away", "four weeks
    from now", "ten years hence". The span says when something will come, not how long
    anything lasts."""
    if i >= len(doc):
        return False
    word = doc[i].lower_
    return word in ("away", "hence") or (word == "from" and i + 1 < len(doc)
                                         and doc[i + 1].lower_ in ("now", "today"))


# ordinals a race, a time or a visit is numbered by ("his third race in three years"); "first"
# is left out: "the first time in 20 years", like "the lowest level in two years", says how long
# something had not happened, a period the gold tabulates
_LATER_ORDINALS = {"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                   "tenth", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th"}


def _window_of_count(ent) -> bool:
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
        return any(c.lower_ in _LATER_ORDINALS for c in noun.head.children if c.i < noun.head.i)
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
        if c.lower_ in _LATER_ORDINALS:
            return True
        if c.dep_ == "nummod" and c.like_num and c.lower_ not in ("one", "1"):
            return True
    return False


def _term_of_office(ent) -> bool:
    """"run in 2022 for a full four-year term", "a four-year term as mayor": how long an office
    is held is set by law, the same for every holder, so it is no quantity of the story. A
    sentence is a story's figure ("a 10-year prison term", "sentenced to a five-year term"):
    nothing in the sentence may speak of prison, jail or a sentence."""
    if ent.label_ != "DATE" or ent[-1].lemma_.lower() not in ("year", "month") \
            or not _hyphened_span(ent):
        return False
    noun = ent[-1].head
    if noun.lemma_.lower() != "term" or noun.i < ent.end:
        return False
    return not any(t.lemma_.lower() in ("prison", "jail", "sentence", "custody", "probation",
                                        "imprisonment", "incarceration") for t in ent.sent)


def _suspended_partner(ent):
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


def _shape_word(word) -> bool:
    """Whether a word hyphened to a number makes it a shape, not a count (``_SHAPE_WORDS``)."""
    return word.lower_ in _SHAPE_WORDS or word.lemma_.lower() in _SHAPE_WORDS


def _inch_mark(ent) -> bool:
    """"The 13" Zenbook Air", "the 15" models": a whole number with an inch mark written
    against it, before the noun it sizes, is "13-inch" written short, a screen or a wheel size
    that names a model (``_SHAPE_WORDS`` holds "inch"). Not a closing quotation mark: the
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


# what a game's score is the score of: "a 34-28 victory", "a 3-0 lead", "a 10-6 record", "an
# 8-0 thumping"
_RESULTS = {"win", "victory", "loss", "defeat", "lead", "record", "draw", "tie", "rout",
            "triumph", "shutout", "drubbing", "thrashing", "comeback", "thumping", "blowout",
            "shellacking", "whipping", "romp", "deficit", "upset"}


def _score_half(ent):
    """One side of a game's score that the NER took alone: "a 34-28 victory by the 49ers",
    "clinch a 13-12 victory", "a 3-0 lead", "a 10-6 record": two numbers joined by a dash with
    no space, before a word for the result of a game, were counted as victories or leads. A
    score is read as one quantity only when the NER takes it whole (``_SCORE``). A split of
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
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ in ("series", "game", "match") and nxt.i + 1 < len(doc):
        nxt = doc[nxt.i + 1]  # "a 3-2 series lead": the series' score, games won
        if nxt.text.isdigit() and len(nxt.text) == 1 and nxt.i + 1 < len(doc):
            nxt = doc[nxt.i + 1]  # "a 118-97 game 4 loss": which game of a series it was
    return nxt is not None and nxt.lemma_.lower() in _RESULTS


# how a series' score is written out: "won the series four games to two", "4 games to 1"
_SERIES_TO = re.compile(r"^\s*games?\s+to\s+(?:\d{1,2}|none|nil|zero|one|two|three)\b", re.I)


def _series_score(ent) -> bool:
    """"Winning the best-of-seven series, four games to two": the games each side won of one
    series, told as a score is ("4-2"), either side of "games to". Not a count of games a
    season holds ("82 games to play" has no number after "to")."""
    doc = ent.doc
    if _SERIES_TO.match(doc[ent.end:min(ent.end + 4, len(doc))].text):
        return True
    before = doc[max(0, ent.start - 3):ent.start]
    return len(before) == 3 and before[0].like_num and before[1].lower_ in ("game", "games") \
        and before[2].lower_ == "to"


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


# the notes a currency is printed in, whose face value names the note ("a stack of $100
# bills", "a £20 note"), not a sum
_FACE_VALUES = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000}


def _denomination(ent) -> bool:
    """"Some of the $100 bills", "a £20 note", "$1 coins": a note's or a coin's face value
    before its noun names which note it is; how many of them there were, or what they add up
    to, is the figure. Not a sum with a scale word ("a $1.5 trillion spending bill", read as a
    bill of Congress) nor any value a note is not printed in."""
    doc = ent.doc
    value = parse_amount(ent.text)
    if value is None or isinstance(value[0], list) or value[0] not in _FACE_VALUES \
            or ent.end >= len(doc) or doc[ent.end].lemma_.lower() not in ("bill", "note", "banknote", "coin"):
        return False
    sign = ent[0] if is_sign(ent[0].text) else (doc[ent.start - 1] if ent.start > 0 else None)
    return sign is not None and is_sign(sign.text) and not any(t.lower_ in SCALES for t in ent)


def _cent_as_name(ent) -> bool:
    """"50 cent's dreams of pitching in the big leagues", "the day 50 cent set up his
    account": a sum of cents above one takes the plural ("50 cents"); "N cent" is a sum only
    before the noun it prices ("a 50 cent fare", "a 5 cent tax"), so before a possessive, a
    verb, a conjunction or the end of a clause it is a name (the rapper's, lower-cased as
    Multi-News writes it: "with rapper 50 cent and bitcoin")."""
    doc = ent.doc
    if ent[-1].lower_ != "cent" or len(ent) != 2 or not ent[0].like_num \
            or ent[0].lower_ in ("1", "one"):
        return False
    nxt = doc[ent.end] if ent.end < len(doc) else None
    return nxt is None or nxt.tag_ == "POS" or nxt.pos_ in ("VERB", "AUX", "PUNCT", "CCONJ")


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


# "a 12-step program", "an intense 12 step program", "67 twelve-step meetings": the recovery
# method Alcoholics Anonymous named, whatever its steps (a plan's "five-step process" is
# counted, and the tuning gold tabulates it)
_TWELVE_STEPS = re.compile(r"^(?:12|twelve)\s?-?\s?steps?\s+(?:program|programme|recovery|meeting|group|"
                           r"plan|treatment|store|work|sponsor|fellowship|model|approach|method)", re.I)


def _twelve_steps(ent) -> bool:
    """Whether the number is the "12" of "12-step program", the recovery method's name."""
    doc = ent.doc
    first = next((t for t in ent if t.like_num), None)
    if first is None:
        return False
    return bool(_TWELVE_STEPS.match(doc[first.i:min(first.i + 5, len(doc))].text))


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


def _version(ent) -> bool:
    """"version 2.0 of its app", "Windows 8.1", "iOS 6.1", "USB 3.0 ports", "OS X 10.8": a
    number with two or more parts after "version", "release" or the like, or after a name (a
    proper noun inside the sentence, an organisation's or a product's name, an acronym) is a
    version number. A scale's reading ("magnitude 6.2") follows a lower-case word and stays,
    and so does a measure ("5.9 MB"), a place's or a people's figure ("Iran 6.1") and a date's
    or a sum's."""
    doc = ent.doc
    if len(ent) != 1 or not _VERSION.match(ent[0].text) or ent.start == 0:
        return False
    prev = doc[ent.start - 1]
    if prev.lower_ in ("version", "v", "v.", "release", "update", "build"):
        return True
    if not prev.text[:1].isalpha() or prev.lower_.rstrip(".") in MONTH_WORDS \
            or prev.lower_ in MEASURES or prev.ent_type_ in ("GPE", "NORP", "LOC", "DATE", "MONEY"):
        return False
    return (prev.pos_ == "PROPN" and prev.i > prev.sent.start) or prev.tag_ == "NNP" \
        or prev.ent_type_ in ("ORG", "PRODUCT") or (prev.text.isupper() and len(prev.text) >= 2)


# capitals a number is written against that are units or scales, not a designation's letter:
# "30C", "100F" (degrees), "10K", "5M", "3B"
_UNIT_CAPITALS = {"C", "F", "K", "M", "B"}
# letters that follow a number as units, scales or signs: "80g", "5m", "10k", "5 x 10"
_UNIT_LETTERS = {"g", "m", "k", "c", "f", "x", "p", "s", "a"}


def _designation(ent) -> bool:
    """"3G", "4G LTE", "the 5G rollout", "Wi-Fi (802.11 b/g)": a number written against a
    capital letter, or before a lone letter that no unit is, names a generation or a standard
    of a product, as "Windows 8" does; a letter is no thing a number counts. Written against a
    unit or a scale it stays a figure ("8GB", "2.7GHz", "30C", "$10M", "80g": ``unit_word``,
    ``_UNIT_CAPITALS``, ``_UNIT_LETTERS``)."""
    doc = ent.doc
    num = ent[-1]
    if not num.like_num or num.i + 1 >= len(doc):
        return False
    letter = doc[num.i + 1]
    if len(letter) != 1 or not letter.is_alpha or unit_word(letter.text):
        return False
    if letter.is_upper:
        return not num.whitespace_ and letter.text not in _UNIT_CAPITALS
    # a lone lower-case letter: one of a list of standards' letters, "b/g", "a/b/g/n"
    return letter.text not in _UNIT_LETTERS and letter.i + 2 < len(doc) \
        and doc[letter.i + 1].text == "/" and len(doc[letter.i + 2]) == 1 \
        and doc[letter.i + 2].is_alpha


_MILLIMETRES = {"mm", "millimeter", "millimetre", "millimeters", "millimetres"}
# nouns a size in millimetres before them measures rather than names: rain or snow that fell
# ("150mm rainfall"), a level's change ("a 30mm rise in sea levels"); no thing is made to them
_MEASURED_IN_MILLIMETRES = {"rain", "rainfall", "snow", "snowfall", "precipitation", "downpour",
                            "rise", "increase", "fall", "drop", "decline", "gain", "growth"}


def _calibre(ent) -> bool:
    """"a 2.5mm mono audio jack", "a 9mm handgun", "155mm shells", "35mm film": a size in
    millimetres set before the noun it sizes is a standard the thing is made to, a calibre
    or a connector's, and names the kind of thing as "a 20-gauge shotgun" or "the 14-inch
    Zenbook" do (``_SHAPE_WORDS``), not a measure of the story. A dimension stays ("a
    13.5mm-thick phone", ``_dimension``), and so does a size said of the thing ("it is 13.5
    mm thick", "rainfall of 20mm") or an amount before its noun ("150mm rainfall", "a 30mm
    rise": ``_MEASURED_IN_MILLIMETRES``)."""
    doc = ent.doc
    num = next((t for t in reversed(list(ent)) if t.like_num), None)
    if num is None or num.i + 1 >= len(doc):
        return False
    unit = doc[num.i + 1]
    if unit.text in ("-", "‐") and unit.i + 1 < len(doc):
        unit = doc[unit.i + 1]
    if unit.lower_ not in _MILLIMETRES or _dimension(doc, unit.i + 1):
        return False
    noun = unit.head
    return unit.dep_ in ("compound", "amod", "nmod", "nummod") and noun.i > unit.i \
        and noun.pos_ in ("NOUN", "PROPN") and noun.lemma_.lower() not in _MEASURED_IN_MILLIMETRES


def _rank_sign(ent) -> bool:
    """"the No. 2 man at the agency", "the number 3 seed", "#1": a number after the sign of a
    rank says where in an order something stands, not how many there are. The tokenizer often
    splits "No." before a number into "No" and "."; a lower-case "no" with no full stop ("no
    2 people agree") is a denial and stays."""
    doc = ent.doc
    if ent.start == 0:
        return False
    prev = doc[ent.start - 1]
    if prev.text == "." and ent.start >= 2:
        sign = doc[ent.start - 2]
        return sign.lower_ == "no" and not sign.whitespace_
    return prev.lower_ in ("no.", "no", "number", "#") and prev.text != "no"
