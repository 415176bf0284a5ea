"""Numbers that are part of a name, an address or a line dialled, not a count.

"United flight 116", "the Route 9-Route 46 junction", "the NCAA Final Four", "our 3-for-All
game", "60 Minutes", "50 Field Skills: The Ranger's Handbook", "Windows 8.1", "3G", "802.11
b/g", "a 12-step program", "some of the $100 bills", "50 cent", "18 Mill Pond Rd.", "a frantic
999 call": the number says which thing, place or line, as a word of its name would.
``worth.reason`` and ``worth.context_reason`` ask these tests and say "name", "title",
"address" or "phone"."""

from __future__ import annotations

import re

from .currency import is_name, is_sign
from .figure_measures import MEASURES, unit_word
from .numbers import NUMERAL_ADVERBS, SCALES, UNITS, first_number, counted_noun, parse_amount
from ..dates import MONTH_WORDS


# what a house number or a block stands before: "18 Mill Pond Rd.", "24 Elm Street"
_STREET = {"street", "st", "road", "rd", "avenue", "ave", "boulevard", "blvd", "lane", "ln",
           "drive", "dr", "place", "pl", "court", "ct", "terrace", "highway", "hwy", "parkway",
           "pkwy", "square", "sq", "way", "crescent", "close"}
# who and what answers an emergency number: "911 dispatchers", "a 911 operator", "911 tapes"
_EMERGENCY_LINE = {"dispatcher", "operator", "call", "caller", "center", "centre", "line", "system",
                   "tape", "recording", "service"}
# the rest of a telephone number written in the North American way after its area code
_PHONE_REST = re.compile(r"\s?[-.]\s?\d{3}\s?[-.]\s?\d{4}\b")
# a number's line after its exchange, and the area code in brackets before it: "(818) 874-4647"
_PHONE_LINE = re.compile(r"\s?[-.]\s?\d{4}\b(?![-.]\d)")
_AREA_CODE = re.compile(r"\(\s?\d{3}\s?\)\s?$")


def is_dialled(ent) -> bool:
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


def names_a_thing(ent) -> bool:
    """A number that is part of a name: "8 Block" (a gang), "Public School 298", "Route 66". A
    capitalised proper noun right after the number, or right before it, that is no place or
    nationality ("3 US soldiers", "62 Syrian soldiers" are counts), no month and no unit of
    measure ("8 GB of RAM"). A number with a decimal point after a name is a version
    (``is_version``)."""
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


# a version number: "2.0", "8.1", "10.2.3"
_VERSION = re.compile(r"^\d+(?:\.\d+)+$")
# a scale or a quantity whose value a headline may write after its name ("a magnitude 6
# quake", "death toll 62"): a reading, not a label
_SCALE_NAMES = {"magnitude", "category", "toll", "total", "tally", "count", "number", "figure"}


def label_after_noun(ent) -> bool:
    """A number written after the noun it belongs to labels one of its kind: "United flight
    116", "the deck on floors 41, 42 and 45", "Type 1 or 2", "Virtual reality 101". An
    English count stands before what it counts, so a bare number the parse hangs on the
    noun right before it (or on the first of such numbers, "68, 69 and 72") names which one,
    as a route or a room number does. Not a scale's or a total's reading ("magnitude 6",
    "death toll 62").
    Capitalised names ("Route 66") are ``names_a_thing``'s. A number word labels so after a
    singular noun ("going into day three of the Test", "season two"), which a count of more
    than one never follows."""
    if len(ent) != 1:
        return False
    word = not ent[0].text.isdigit()
    if word and not _label_word(ent[0]):
        return False
    first = first_number(ent)
    noun = first.head
    if first.dep_ not in ("nummod", "appos", "npadvmod", "compound") or noun.i >= first.i \
            or noun.pos_ not in ("NOUN", "PROPN") or noun.lower_ in _SCALE_NAMES:
        return False
    if word:
        return noun.i + 1 == first.i and noun.tag_ == "NN" and noun.is_lower
    # only other labels of the list may stand between: "floors 68, 69 and 72", "Type 1 or 2"
    return all(t.text.isdigit() or t.lower_ in (",", "and", "or", "&")
               for t in ent.doc[noun.i + 1:first.i]) and ent.doc[noun.i + 1].text.isdigit()


def label_between_nouns(ent) -> bool:
    """A bare number between two nouns, the second singular, labels the first: "each new
    iphone 8 leak", "the widow of a flight 93 hero", "stage 4 colon cancer", "a game 3
    blowout". An English count of more than one takes a plural noun ("8 leaks"), so a number
    before a singular noun that is not a unit ("a 10 percent cut", "a 5 mile run") belongs to
    the noun before it, as "flight 93" or "route 91" does when no noun follows
    (``label_after_noun``); capitals say so in a page's own text (``names_a_thing``), this
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
        and after.lower_ not in SCALES and after.lower_ not in SOUTH_ASIAN_SCALES


def _label_word(t) -> bool:
    """A number word from two up that can label a noun as its digits do: "in the season three
    finale" as "a game 3 blowout" (lower-cased text has no capital to say "Season Three").
    Not "one", "a" or "half", which go with a singular noun as counts ("the team one goal
    short" aside, "a day one promise" is rarer than "the company one executive named")."""
    value = UNITS.get(t.lower_)
    return t.is_alpha and isinstance(value, int) and 2 <= value <= 90 \
        and t.lower_ not in NUMERAL_ADVERBS


# the hundred-thousands and ten-millions South Asian reports count money in: "Rs 70 lakh"
SOUTH_ASIAN_SCALES = {"lakh", "lakhs", "crore", "crores"}


def opens_title(ent) -> bool:
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


def is_title_number(ent) -> bool:
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


def is_address(ent) -> bool:
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
                and (t.text[:1].isupper() or ORDINAL.match(doc[t.i - 1].text)):
            return t.i > ent.end
        if not (t.text[:1].isupper() and t.is_alpha) and not ORDINAL.match(t.text) \
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
ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$", re.I)
_COMPASS = re.compile(r"^(?:[NSEW]|NE|NW|SE|SW)\.?$", re.I)


def capitalised_number_word(ent) -> bool:
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


def name_of_number(ent) -> bool:
    """A number after "of" and a capitalised word inside a running sentence ends a name: "The
    Group of 7 wealthy nations", "the Gang of Four", "the Group of 20 summit". Only a name
    keeps a capital there (``_capitalised_name_word``), and the number is the name's, not a
    count of the nations the story goes on to name. Not in a headline in title case ("Brooklyn
    Mother of 13 Zurana Horton" counts her children), nor after a place, a person or a month."""
    doc = ent.doc
    first = ent[0]
    if not (first.text.isdigit() or _label_word(first)) or first.i < 2 \
            or doc[first.i - 1].lower_ != "of":
        return False
    name = doc[first.i - 2]
    if not name.is_alpha or not name.text[:1].isupper() or name.is_upper and len(name) > 1 \
            or name.i == name.sent.start or name.pos_ not in ("PROPN", "NOUN") \
            or name.ent_type_ in ("GPE", "NORP", "LOC", "DATE", "MONEY", "PERSON") \
            or name.lower_ in MONTH_WORDS:
        return False
    content = [t for t in name.sent if t.is_alpha and not t.is_stop and t.i != name.sent.start
               and not ent.start <= t.i < ent.end]
    return sum(t.is_lower for t in content) > sum(t.is_title for t in content)


def hyphened_name(ent) -> bool:
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
    # "call 877-LAPD-24-7": a number spelled in letters, which the tokenizer keeps with the
    # digits after it ("LAPD-24"); its capitals open the word as a name's do
    letters = re.match(r"[^\W\d_]+", word.text)
    spelled = letters is not None and letters.group().isupper() and len(letters.group()) >= 2 \
        and word.text[letters.end():letters.end() + 1] in ("-", "‐")
    return (word.is_alpha or spelled) and word.text[:1].isupper() and word.i != word.sent.start \
        and word.lower_.rstrip(".") not in MONTH_WORDS and word.ent_type_ not in ("GPE", "NORP") \
        and not unit_word(letters.group() if spelled else word.text)


# the notes a currency is printed in, whose face value names the note ("a stack of $100
# bills", "a £20 note"), not a sum
_FACE_VALUES = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000}


def denomination(ent) -> bool:
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


def cent_as_name(ent) -> bool:
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


# "a 12-step program", "an intense 12 step program", "67 twelve-step meetings": the recovery
# method Alcoholics Anonymous named, whatever its steps (a plan's "five-step process" is
# counted, and the tuning gold tabulates it)
_TWELVE_STEPS = re.compile(r"^(?:12|twelve)\s?-?\s?steps?\s+(?:program|programme|recovery|meeting|group|"
                           r"plan|treatment|store|work|sponsor|fellowship|model|approach|method)", re.I)


def twelve_steps(ent) -> bool:
    """Whether the number is the "12" of "12-step program", the recovery method's name."""
    doc = ent.doc
    first = next((t for t in ent if t.like_num), None)
    if first is None:
        return False
    return bool(_TWELVE_STEPS.match(doc[first.i:min(first.i + 5, len(doc))].text))


def is_version(ent) -> bool:
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


def is_designation(ent) -> bool:
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


# nouns that count many under a singular form: "500 staff", "12 aircraft", "30 cattle"
_COLLECTIVE = {"staff", "crew", "personnel", "cattle", "livestock", "poultry", "aircraft",
               "spacecraft", "watercraft", "clergy", "faculty", "police", "militia", "infantry",
               "artillery", "cavalry", "youth", "fish", "sheep", "deer", "swine", "offspring",
               "series", "species", "headquarters", "means", "people", "folk", "head", "kin",
               "family", "team", "percent", "cent", "point", "dozen", "score", "times", "time",
               "sq", "ft", "mph", "kph", "degree", "magnitude", "bps", "rpm", "pm", "am"}


def label_before_singular(ent) -> bool:
    """A bare number of two or more right before a singular noun that heads its phrase names
    which one, as a model's or a level's number does: "a new, smaller boeing jet: the 737
    max", "boeing co.'s 787 dreamliner", "a railing in the 300 level", "gas at a 76 gas
    station". An English count of more than one takes a plural noun ("two jets", "300
    levels"); a singular noun after it is a unit ("a 5 mile run"), a noun of many ("500
    staff", ``_COLLECTIVE``) or a word the number names. A singular noun that modifies
    another ("a 98 bed hospital", "a 50 piece set") says what kind of thing, a descriptor the
    gold reads as a count (it tabulates "a 20-page opinion"), and stays; so do the nouns a
    lower-cased text may leave singular after a hyphen."""
    doc = ent.doc
    if len(ent) != 1 or ent.label_ != "CARDINAL" or not ent[0].text.isdigit() \
            or ent.start == 0 or ent.end >= len(doc) or doc[ent.end].text in ("-", "‐", "%"):
        return False
    # after an article or a possessive, where a count's plural is expected ("the 300 levels"):
    # a capitalised or scale word before it is another test's ("USB 3 port", "magnitude 6
    # quake"), and a number with no determiner may be a plural the page lost ("55 rebel")
    before = doc[ent.start - 1]
    if before.tag_ not in ("DT", "PRP$", "POS") or before.lower_ in ("no", "all", "both", "any"):
        return False
    value = parse_amount(ent.text)
    if value is None or isinstance(value[0], list) or value[0] < 2:
        return False
    noun = counted_noun(ent)
    if noun is None or noun.tag_ != "NN" or not noun.is_alpha or noun.i < ent.end \
            or noun.dep_ in ("compound", "nmod", "amod", "npadvmod") \
            or noun.lower_ in _COLLECTIVE or unit_word(noun.text) or noun.lower_ in SCALES \
            or noun.lower_ in MEASURES or noun.lower_ in MONTH_WORDS or is_name(noun.text) \
            or noun.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"):
        return False
    # only lower-case nouns of its name between, no unit: "a 76 gas station", not "a 256 MB card"
    return len(noun) > 2 and all(t.tag_ == "NN" and t.dep_ == "compound" and t.is_alpha
                                 and t.is_lower and not unit_word(t.text)
                                 for t in doc[ent.end:noun.i])
