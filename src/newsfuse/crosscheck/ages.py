"""Ages, however a report writes them, which are no figures of the story.

"Smith, 51,", "Roberts is 61", "died at 84", "John Smith (45)", "Matthew Cruz, 4 months",
"the 31-year troubled crooner", "17- and 18-year-olds": a person's age describes who they are,
and a report that gives it states no quantity another report would dispute. ``worth.reason``
and ``worth.context_reason`` ask these tests and say "age"."""

from __future__ import annotations

import re

from .numbers import first_number, whole_number, counted_noun, parse_amount
from .time_spans import hyphened_span


# how an age is written after its number, one pattern for both tests below: "-year-old",
# "months old"
_YEARS_OLD = r"(?:year|yr|month|week|day)s?[\s-]*olds?"  # "18 to 34 year olds" names an age group
# ("yr" and "yrs": a post's or a caption's short way, "the 25 yr old woman")
# the words after a number that make it an age: "51-year-old", "17 years old"
AGE = re.compile(rf"^\s*-?\s*{_YEARS_OLD}\b", re.I)
# an age that is the whole entity: "five-year-old", "a 51-year-old" (not "Two 17-year-old",
# which counts two people of that age)
AGED = re.compile(rf"^(?:an?\s+)?[\w.,]+[\s-]+{_YEARS_OLD}$", re.I)
# the oldest a bare number set beside a person is read as an age
_OLDEST = 110


def is_age_apposition(ent) -> bool:
    """"John Smith, 51, of Springfield", "her two stepsisters, 15 and 19,": bare numbers set
    off by commas right after a person (a name, or a noun of people). The parse says the
    same when it hangs the number on the noun before it as an apposition ("his son, 9,
    from practice", "Kim, now 79, the former envoy", "Marco Ruiz, 19 and Daniel
    Ortega, 23,"; ``_set_off_after``), and a British caption's "Victoria Henry (23)"
    sets the age off by brackets (a baby's, in months: ``baby_age``)."""
    doc = ent.doc
    if len(ent) != 1 or not 1 <= whole_number(ent[0].text) <= _OLDEST:
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


def baby_age(ent) -> bool:
    """"Ofelia Ben, 69, and Matthew Cruz, 4 months, of North 13th Street": a span of months,
    weeks or days set off by commas right after a name is a baby's age, as a bare number set
    off so is a grown person's (``is_age_apposition``)."""
    doc = ent.doc
    if len(ent) != 2 or ent[1].lemma_.lower() not in ("month", "week", "day") or ent.start < 2 \
            or ent.end >= len(doc) or doc[ent.start - 1].text != "," or doc[ent.end].text != ",":
        return False
    person = doc[ent.start - 2]
    return (person.ent_type_ == "PERSON" or person.pos_ == "PROPN") and 1 <= whole_number(ent[0].text) <= 36


def bracketed_after_name(ent) -> bool:
    """A bare number alone in brackets right after a person's name: "John Smith (45) of
    Leeds" is the person's age as British papers write it, and a caption's "guard Chris
    Crawford (3) reacts" the number on his shirt; neither counts anything of the story."""
    doc = ent.doc
    if len(ent) != 1 or not ent[0].text.isdigit() or len(ent[0].text) > 3 or ent.start < 2 \
            or ent.end >= len(doc) or doc[ent.start - 1].text != "(" or doc[ent.end].text != ")":
        return False
    return doc[ent.start - 2].ent_type_ == "PERSON" and whole_number(ent[0].text) <= _OLDEST


def _set_off_after(ent) -> bool:
    """The parse hangs the bare number (or the first of a pair, "17 and 22") on the noun
    before it as an apposition, and a comma or a bracket sets it off: "her daughter, 11,",
    "The tennis champion, 35,", "Victoria Henry (23)". A count set off so would name what it
    counts after it ("the victims, 12 children and ..."), so nothing may follow but a closing
    mark or another age. A person's number standing on its own beside the noun is an age;
    the caller checks the range."""
    doc = ent.doc
    first = first_number(ent)
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


def age_predicate(ent) -> bool:
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
    first = first_number(ent)
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


def age_at_death(ent) -> bool:
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


# people a report describes by their age ("a 17-year-old boy"), and so by the same span with
# "-old" left out ("The 31-year troubled crooner"); a span before any other noun, a person's
# tenure included ("a 27-year veteran of the agency", "a 20-year employee"), stays a duration
_AGE_NOUNS = {"man", "woman", "boy", "girl", "guy", "lady", "teen", "teenager", "youngster",
              "toddler", "infant", "baby", "child", "kid", "son", "daughter", "mother",
              "father", "mom", "dad", "grandmother", "grandfather", "widow", "student",
              "suspect", "victim", "driver", "gunman", "star", "starlet", "actress", "actor",
              "singer", "rapper", "model", "heiress", "socialite", "patient"}


def age_before_person(ent) -> bool:
    """A span of years hyphened to the noun of a person it describes, "the 31-year troubled
    crooner", "a 45-year mother": an age written without its "-old", which the NER reads as a
    span (a DATE) like "a 40-year debate". Only a noun of a person of some age (``_AGE_NOUNS``)
    makes it an age; a span before a person's role is the time served in it ("a 27-year
    veteran", "a 20-year employee") and stays."""
    doc = ent.doc
    if ent.label_ != "DATE" or ent[-1].lower_ != "year" or not hyphened_span(ent):
        return False
    noun = ent[-1].head
    return noun.i >= ent.end and noun.pos_ == "NOUN" and noun.lower_ in _AGE_NOUNS \
        and all(t.pos_ in ("ADJ", "ADV", "PUNCT") for t in doc[ent.end:noun.i])
