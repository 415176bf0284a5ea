"""Figure statements read from the parse: the number, what it counts, the event, who says it.

Each figure of a report becomes one statement (a dict): its value and qualifier ("at least",
"about"), the expression as written, the counted noun, the event word ("killed"), the
source the sentence credits, its unit, place and scope. Everything after this (grouping into
quantities, status, the table) reads these statements and never the parse again.
"""

from __future__ import annotations

import re

from ..dates import YEAR_DIGITS
from . import worth
from .currency import currency_of, is_name, is_sign
from .events import ATTRIBUTION_VERBS, EVENTS, event_of, own_event
from .figure_measures import (compound_measure, conversion, duration_of, lasting_one, lasting_one_spans,
                              measure_of, measure_role, measure_spans, measured_thing)
from .figure_scope import place_of, scope_of
from .game_stats import record_sides
from .tallies import VOTE_AGAINST, VOTE_FOR, pair_sides, side_text, tally_sides
from .names import Names, entity_at
from .numbers import (AFTER_HEDGES, FRACTIONS, HEDGES, NUMERAL_ADVERBS, SCALES, TIME_UNITS, UNITS, VAGUE,
                      counted_noun, counted_in_scale, glued_scale, leading_hedge, pair_spans, parse_amount, vague_spans)
from .speakers import issuer_role, issuing_agents, quoted_as
from .speech import (according_to, is_speech_verb, quoted_speakers, quoted_tokens, resolve_pronoun,
                     sentence_histories, speaker_of, speech_subject)
NUMBER_LABELS = {"CARDINAL", "QUANTITY", "MONEY", "PERCENT"}
# words of a rounded figure ("a half-million" holds "million"); "five and a half weeks" is exact
ROUND_WORDS = ("million", "billion", "trillion", "thousand", "dozen", "bn", "mln", "bln")  # "$8bn" too
_GLUED_ROUND = re.compile(r"\d([a-z]+)\.?$", re.I)
_BARE_NUMBER = re.compile(r"^\d{1,3}(,\d{3})*$")
# a year is written as four digits: "thousands" (read as at least 2,000), "2,000" and "two
# thousand" are counts, and read as years, "the quake injured thousands" and "Thousands
# marched" were left out
_YEAR_IN_TEXT = re.compile(rf"(?<![\d,.]){YEAR_DIGITS}(?![\d,])")
_PRONOUNS = {"it", "they", "he", "she", "we", "i", "who", "which", "that", "this"}
# Pronouns that stand for a speaker named earlier ("He said some 400 people ..."); "we"/"I"
# outside a quote and relative pronouns are left alone.
_ANAPHORS = {"he", "she", "it", "they"}
# Verbs by which an organisation, a poll or a study gives its figures, and the nouns of
# publications that do so
_FINDING_VERBS = {"show", "find"}
# verbs of expecting: what economists expected is their figure, not the report's
_EXPECTING = {"expect", "forecast", "anticipate", "project"}
_FINDINGS = {"poll", "survey", "study", "census", "analysis", "data", "datum"}
# nouns of the proposals a verb of proposing's subject may be, which propose nothing themselves
_PROPOSALS = {"plan", "proposal", "bill", "package", "measure", "legislation", "budget", "framework",
              "offer", "blueprint"}
# Phrasal verbs of proposing: the verb alone says something else ("called it a farce").
PROPOSAL_PARTICLES = {"call": "for", "push": "for", "argue": "for", "ask": "for"}


def _credits(verb) -> bool:
    """Whether a verb credits what it governs to its subject: a verb of saying or proposing,
    or a phrasal one ("The prosecution had asked for Harlow to serve up to four years")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = verb.lemma_.lower()
    if lemma == "put":
        # "put the death toll at 83" estimates; "the closures put thousands of cooks out of
        # work" and "put 5,000 troops on the border" estimate nothing, and their subject
        # ("the lockdowns") was credited with the figure
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        return any(c.dep_ == "prep" and c.lower_ == "at"
                   for c in [*verb.children, *(g for o in objects for g in o.children)])
    if lemma in ATTRIBUTION_VERBS:
        return True
    if lemma in _EXPECTING and verb.tag_ in ("VBD", "VBN", "VBP", "VBZ"):
        return True
    if lemma in _FINDING_VERBS:
        # "A Fox News poll shows the governor at 49 percent", "The survey shows that six
        # percent ...": what an organisation, or a poll or a study named for its maker, shows
        # or finds is its figure, as what an official says is his; "the poll showed" (one
        # named before) and "the video shows 12 people" credit no one
        return any(c.dep_ == "nsubj" and (c.ent_type_ == "ORG" or c.lemma_.lower() in _FINDINGS
                                          and any(g.dep_ in ("compound", "poss") and g.pos_ == "PROPN"
                                                  for g in c.children))
                   for c in verb.children)
    particle = PROPOSAL_PARTICLES.get(lemma)
    if particle is None or any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _PROPOSALS
                               for c in verb.children):
        # "The proposal calls for spending $299 billion", "Biden's American Jobs Plan, which
        # calls for $2.25 trillion": the plan holds the sum, it gives no figure of its own, and
        # crediting it named a document where a reader looks for who said so
        return False
    # the particle hangs on the verb ("called for a ceasefire") or opens the clause it
    # governs ("asked for Harlow to serve ...": "for" marks the clause)
    return any(c.lower_ == particle and c.dep_ in ("prep", "prt") for c in verb.children) or any(
        g.lower_ == particle and g.dep_ == "mark" for c in verb.children
        if c.dep_ in ("advcl", "ccomp", "xcomp") for g in c.children)


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


def _occurrences(noun) -> tuple[str, str, str] | None:
    """(lemma, surface, phrase) of what "N times" counts: the occurrences of the verb it
    modifies ("breached 199 times" counts breaches, "viewed 2.5 million times" views).
    "times" is no thing of the story, and one "times" block would put breaches and views
    of unrelated things side by side."""
    if noun is None or ((noun.lemma_.lower() != "time" or noun.lower_ == "time")
                        and noun.lower_ not in NUMERAL_ADVERBS):
        return None
    verb = noun.head
    while noun.dep_ == "conj" and verb.pos_ == "NOUN" and verb.head.i != verb.i:
        verb = verb.head  # "43 times ... but only three times"
    if verb.pos_ not in ("VERB", "AUX") or noun.dep_ not in ("npadvmod", "dobj", "advmod",
                                                               "conj"):
        return None
    return verb.lemma_.lower(), verb.lower_, f"times {verb.text}"


def _hyphened(token) -> str:
    """A word as written when the tokenizer cut it at its hyphens: "long-term", not "term";
    "Indiana-based", not "based" (a hyphen with no space either side joins its neighbours)."""
    doc, start = token.doc, token.i
    while start >= 2 and doc[start - 1].text in ("-", "–") and not doc[start - 1].whitespace_ \
            and not doc[start - 2].whitespace_:
        start -= 2
    return doc[start:token.i + 1].text


def _noun_phrase(noun) -> str:
    """The counted noun with the words that say which of its kind: "ghost guns", "long-term
    residents". A modifier the tokenizer cut at a hyphen is kept whole: its last part alone read
    "term residents", "known officials", "based companies", "breaking people" (the story files'
    "nine Indiana-based companies", "a record-breaking 158,682 people")."""
    mods = [t for t in noun.lefts if t.dep_ in ("amod", "compound") and t.ent_type_ not in
            ("CARDINAL", "MONEY", "PERCENT", "QUANTITY") and not t.like_num]
    words = [_hyphened(t) for t in mods if t.i > noun.i - 4] + [noun.text]
    return " ".join(words)


def _joint(subject, name: str, names: Names) -> str:
    """Two sources a verb credits together, as the sentence names them: "Ten people were
    killed ..., police and local radio said" is "police and local radio", no more the
    first alone, which said it was one source's figure. The speech layer joins two people so
    (``speakers._joint_person``); this joins any two subjects ("officials", "state media",
    "IRNA news agency", "U.S. Geological Survey"). One subject joined by "and" to one other,
    neither a pronoun; else ``name`` as it was."""
    joined = [c for c in subject.children if c.dep_ == "conj"]
    if " and " in name or len(joined) != 1 or any(c.dep_ == "conj" for c in joined[0].children) \
            or not any(c.dep_ == "cc" and c.lower_ == "and" for c in subject.children) \
            or joined[0].pos_ not in ("NOUN", "PROPN"):
        return name
    second, _ = speaker_of(joined[0], names)
    if not second or second.lower() in _PRONOUNS or second == name:
        return name
    return f"{name} and {second}"


# Verbs of saying that mean having or asking a price when the figure is their object, not a
# clause they report: "The new model boasts a 2.4GHz chip ... and 9 hours of battery
# life", "the maker will ask $899 for the base 12-inch version". Their subject owns
# or sells the thing; it says nothing about the figure.
_HAVING = {"boast", "ask", "post", "demand"}  # "posted $7,500 bail", "threats demanded $20,000"


def _having(verb, came) -> bool:
    """Whether a verb of ``_HAVING`` means having or asking here: the figure is in no clause
    it reports with "that" (the parse takes a list after "boasts" for a clause now and then:
    "The new model boasts a 2.4GHz chip (boosted up to 3.2GHz)")."""
    if verb.lemma_.lower() not in _HAVING or came is None:
        return False
    return not (came.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ == "that"
                                             for c in came.children))


# prepositions of a verb of saying's circumstance: "said in two interviews", "told reporters
# at three briefings"
_SETTINGS = {"in", "at", "during", "after", "before", "since", "throughout"}


def _setting(verb, came, ent) -> bool:
    """Whether a figure counts the noun of a phrase of place or time hung on a verb of saying
    ("he said in three separate briefings", "told reporters at three briefings"): it says
    where or how the words were said, in the report's own voice, not what was said. A figure
    "of" or "about" what is said ("warned of 300 deaths") and one an estimating verb puts
    ("put the toll at 83") stay the speaker's."""
    if came is None or came.dep_ != "prep" or came.lower_ not in _SETTINGS or not is_speech_verb(verb):
        return False
    # the phrase's noun, which the number counts or describes: "in three separate briefings",
    # "wrote in a 35-page ruling" (a number that describes the noun: "20" of "20-page")
    token = ent.root
    while token.dep_ in _DESCRIBING and token.head.i != token.i and token.head != came:
        token = token.head
    return token.dep_ == "pobj" and token.head == came and token != ent.root


# the parse's edges by which a number describes the noun of a phrase ("a 20-page opinion")
_DESCRIBING = {"nummod", "compound", "amod", "npadvmod", "quantmod", "nmod"}


def _per(token):
    """X in "per X estimates" or "per X data" hung on this token, read as "according to":
    "which stands at 38.7%, per agency estimates"; not a rate ("$7 per hour")."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "per":
            obj = next((o for o in child.children if o.dep_ == "pobj"), None)
            if obj is not None and obj.lemma_.lower() in _ISSUED:
                return obj
    return None


def _attribution(ent, names: Names, pronoun=None) -> str | None:
    """Who the sentence credits with the figure.

    A speech verb whose complement holds the figure names the source ("the military says
    62 ... were killed, according to state media": the military; state media relays it).
    When the figure only sits in a clause coordinated or relative to what was said, the
    "according to" attached to the figure's own clause is the nearer credit. A pronoun
    subject inside a clause another speech verb reports or governs ("the Ministry said it
    believed ...", "the mayor said as she announced ...") stands for that verb's subject; any
    other "he said" takes the person ``pronoun`` (the quotes module's resolution) gives it. A
    parenthetical "..., he said, ..." hung on the sentence's main verb credits the whole
    sentence.
    """
    according = None
    token = ent.root
    loose = False  # crossed a conj/relcl edge: the speech verb no longer governs the figure

    def credit(verb):
        """(found, name) for a crediting verb's subject; found is False to walk on."""
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        subject = subjects[0] if subjects else None
        if len(subjects) > 1 and _dateline(subjects[0], subjects[1]):
            subject = subjects[1]
        if subject is None and is_speech_verb(verb):
            # the speech layer's reading of a verb with no subject of its own, as a quote's
            # speaker is found: "State radio quoted the flood agency ... as saying 6
            # people were missing" (the one quoted, not the one quoting), "..., said Churkin".
            # A pronoun it finds belongs to another verb ("he said, adding that ..."): the
            # walk goes on to that verb, which resolves it
            found = speech_subject(verb)
            subject = found if found is not None and found.pos_ != "PRON" else None
        if subject is None or (ent.start <= subject.i < ent.end) \
                or subject in ent.root.ancestors or (loose and according is not None):
            return False, None
        if subject.ent_type_ in NUMBER_LABELS or subject.like_num:
            # "Twelve percent of voters said ..., compared with 8 percent last spring":
            # a share of those asked is no one who gives the other figure
            return True, None if according is None else speaker_of(according, names)[0]
        # who a verb's subject credits is who it makes the speaker of a quote: the person in
        # apposition to a title, a spokesperson as written (speech.speaker_of); "a report
        # released by the ministry said" credits the ministry (``_publication_issuer``)
        name, _ = speaker_of(_publication_issuer(subject), names)
        if name and name.lower() not in _PRONOUNS:
            return True, _joint(subject, name, names)
        if subject.lower_ in _ANAPHORS and verb.dep_ in ("ccomp", "xcomp", "advcl") \
                and _credits(verb.head):
            # "X said it believed ...", "X said as she announced the previous total of 54":
            # X's verb above gives the credit
            return False, None
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

    came = None  # the token the walk came up from
    for _ in range(12):
        acc = according_to(token) or _per(token)
        if acc is not None and according is None:
            according = acc
        quoted = quoted_as(token) if token.lemma_ in ("quote", "cite") else None
        if quoted is not None and not (ent.start <= quoted.i < ent.end):
            # "..., Chilean officials were quoted by Reuters as saying": the one quoted speaks,
            # as for a quote (``speakers.quoted_as``); the agency only relays the words
            name = speaker_of(quoted, names)[0]
            if name and name.lower() not in _PRONOUNS:
                return name
        if _credits(token) and not _having(token, came) and not _setting(token, came, ent):
            found, name = credit(token)
            if found:
                return name
        if token.head.i == token.i:
            for child in token.children:  # "Three girls were among the 14 hurt, she said, and ..."
                if child.dep_ == "parataxis" and _credits(child):
                    found, name = credit(child)
                    if found:
                        return name
            break
        if token.dep_ in ("conj", "relcl", "advcl"):
            loose = True
        came, token = token, token.head
    if according is not None and not _unnamed_reports(according):
        return speaker_of(_publication_issuer(according), names)[0]
    return None


# the dash that closes a dateline ("Kabul, afghanistan ( ap ) —", "Muskegon, mi --")
_DATELINE_DASHES = {"—", "–", "--", "-"}


def _dateline(first, second) -> bool:
    """Whether the first of two subjects the parse hangs on one verb is the dateline the
    sentence opens with ("Kabul, afghanistan ( ap ) — a united nations spokesman says",
    "Corpus christi, texas ( ap ) — texas authorities say"; fresh text, seeds 54 and 64,
    read): the place a report was filed from, which the figure was credited to, set off by a
    dash before the second subject, who speaks. Taking the second subject's appositive or
    the dateline's instead (a third reading, "Marksville, la. ( ap ) — a police officer ...
    told") cost a validation figure's claimant (values 608/829 -> 607/829)."""
    doc = first.doc
    if first.left_edge.i != first.sent.start:
        return False
    return any(t.text in _DATELINE_DASHES for t in doc[first.i + 1:second.left_edge.i])


def _unnamed_reports(according) -> bool:
    """Whether "according to" names only reports that no one is said to have made
    ("according to reports", "according to early reports"): no source a reader can weigh."""
    return according.lemma_.lower() == "report" and according.tag_ == "NNS" and all(
        c.dep_ in ("det", "amod") and not c.ent_type_ for c in according.children)


# nouns of a publication that another body issues: "according to figures from Comscore", "a
# report released by the Urban Institute" credit the body, as "according to Comscore" does
_ISSUED = {"figure", "data", "datum", "statistic", "number", "estimate", "report", "analysis", "study",
           "poll", "survey", "tally", "count", "toll"}


def _publication_issuer(according):
    """The body that issues what "according to" names: "figures from Comscore Media Metrix"
    -> Comscore Media Metrix, "a new study released today by the Urban Institute" -> the
    Urban Institute, "a toll released by the ministry" -> the ministry; the figures or the
    report themselves are no one a reader can weigh. A publication named for its maker ("an
    ABC-Washington Post poll", "CDC estimates") and any other "according to" are kept as
    they are (making "CDC estimates" CDC lost a validation figure value).

    Which words of the phrase name the issuer is read where quotes read it
    (``speakers.issuer_role``, ``speakers.issuing_agents``); only the bar is a figure's own:
    any proper noun or body, a place's too ("data from China"), "of" as well as "from" and
    "by", and any participle ("figures compiled by the ministry"), since a figure's reader
    asks whom to weigh, not whose words these are. What this leaves as the publication goes
    on to ``speaker_of``, which reads a document the quotes' way (an issuer earlier in the
    paragraph or the article)."""
    if according.lemma_.lower() not in _ISSUED:
        return according
    if any(issuer_role(c, according) == "owner" and c.pos_ == "PROPN" for c in according.children):
        return according  # "an ABC-Washington Post poll", "CDC estimates": named already
    for c in according.children:
        if c.dep_ == "prep":
            body = next((o for o in c.children if o.dep_ == "pobj"), None)
            if body is not None and issuer_role(body, according, ("from", "by", "of")) and (
                    body.pos_ == "PROPN" or body.ent_type_ in ("ORG", "GPE", "NORP")):
                return body
    for _, body in issuing_agents(according, verbs=None):
        # "a report released by the ministry": whoever released it, named or not
        if body.pos_ in ("NOUN", "PROPN") and not body.like_num:
            return body
    return according


# count nouns whose count is of people: "a population of 100,000" is 100,000 people. Read
# as their own noun, a report's population never met another's "home to 95,000 people"
INHABITANTS = {"population"}

PARENTS = {"mother", "father", "parent", "mom", "mum", "dad", "grandmother", "grandfather",
           "grandparent"}


def _part_named(ent, noun):
    """The noun a count of part of a whole names after "of them": "killing 30 people, 12 of
    them children" counts children, and they were killed. The parse hangs the number on that
    noun ("12" the subject of "children"), so the count had no noun of its own, was read as a
    bare number and set aside, and the part never met another report's "12 children were
    among the dead"; where the parse does make the number count the noun, it may hang the
    noun on the next verb ("54 people were killed, 44 of them children, and many more were
    wounded": 44 children wounded). None unless "of them" follows the number and the plural
    noun after it is the number's head or ``noun``, the one it was read to count."""
    doc = ent.doc
    i = ent.end
    if i + 2 >= len(doc) or doc[i].lower_ != "of" or doc[i + 1].lower_ != "them":
        return None
    part = doc[i + 2]
    if part.pos_ not in ("NOUN", "PROPN") or part.tag_ not in ("NNS", "NNPS") \
            or not (ent.root.head.i == part.i or (noun is not None and noun.i == part.i)):
        return None
    return part


def _predicate_named(ent):
    """The plural noun a count names as its predicate: "Of the 26 people who died, 16 of them
    were militants and at least nine were children" counts militants and children. The parse
    makes the number the subject of "be" and the noun its complement, so the count had no noun
    of its own, was read as a bare number and set aside, and never met another report's
    "including nine children". Not a number after a determiner ("the two were brothers"
    names people already counted). None otherwise."""
    root, doc = ent.root, ent.doc
    if ent.label_ != "CARDINAL" or root.dep_ != "nsubj" or root.head.lemma_.lower() != "be":
        return None
    if ent.start > 0 and doc[ent.start - 1].lower_ in ("the", "these", "those", "all", "both"):
        return None
    return next((c for c in root.head.children if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN")
                 and c.tag_ in ("NNS", "NNPS") and c.i > root.i), None)


# vague words that, standing alone for what a verb does to or what does it, count people:
# "forcing thousands from their homes", "injured dozens", "prompted hundreds to protest";
# "millions" and "billions" alone are as often money ("spent millions", "reaps millions")
_VAGUE_CROWDS = {"dozens", "scores", "hundreds", "thousands"}


def _vague_crowd(ent) -> bool:
    """Whether a vague amount written alone as a verb's subject or object counts people:
    "forcing thousands from their homes" against another report's "forced thousands of
    others out of their homes". With no "of" and no noun, it counted nothing, was read as a
    bare number and set aside (a bare number meets only another report's exact value).
    Not under a verb of a toll ("Dozens killed as US planes mistakenly bomb Syrian troops"):
    a toll with no noun already meets the story's count of that event, whoever the dead
    are, and calling them "people" set the headline's dozens apart from the soldiers."""
    root = ent.root
    return ent.label_ == "CARDINAL" and root.lower_ in _VAGUE_CROWDS \
        and root.dep_ in ("dobj", "nsubj", "nsubjpass") and root.head.pos_ == "VERB" \
        and root.head.lemma_.lower() not in EVENTS \
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children)


def _parent_of(ent) -> bool:
    """"a mother of 12", "father of four": the number counts the person's children. The
    parse hangs it on the parent, so without this it counts mothers, or takes the verb
    that befell the parent ("mother of 12 killed" is no toll of 12)."""
    doc = ent.doc
    return ent.start >= 2 and doc[ent.start - 1].lower_ == "of" \
        and doc[ent.start - 2].lemma_.lower() in PARENTS


# what a multiple counts and its unit: two reports' "four times that of the prior model" and "4
# times the current pixel count" give one comparison, whatever noun each compares
MULTIPLE = "times"


def multiplier(ent) -> bool:
    """Whether a number is a multiple, not a count: "40 times the usual level", "two
    times more voters", "300 times more power", "four times as many". The parser hangs
    the number on the noun after "times", which is what is compared, not what is counted.
    "watched 1.2 million times" and "five times a day" are counts of occurrences."""
    doc = ent.doc
    i = ent.end if ent[-1].lower_ not in ("times", "fold") else ent.end - 1
    if i >= len(doc) or doc[i].lower_ not in ("times", "fold") or i + 1 >= len(doc):
        return doc[ent.end - 1].lower_.endswith("-fold")
    after = doc[i + 1]
    return after.tag_ in ("JJR", "RBR", "PRP$") or after.lower_ in (
        "as", "the", "that", "those", "this", "these", "what")


# nouns that name a count rather than a thing counted: "the number of people", "the total"
_COUNT_NOUNS = {"number", "total", "tally", "count", "toll", "figure", "population", "tot"}
# verbs that set a count to a value: "bringing the total to 72 million", "rose to 247"
_SET_TO = {"bring", "rise", "climb", "reach", "jump", "grow", "increase", "swell", "raise",
           "push", "put", "stand", "fall", "drop", "decline", "take", "total"}
# verbs that hold a count to a value: "an earlier plan to limit refugees to 15,000", "cap
# admissions at 62,500", "cut the force to 2,500"; the value counts the verb's object
_HOLD_TO = {"limit", "cap", "cut", "reduce", "lower", "slash", "boost", "expand"}
# verbs whose object is the value a count comes to: "The number of cases reached 184"
_REACH = {"reach", "top", "hit", "exceed", "surpass", "total", "pass"}


# nouns of a scale whose value a bare number after them gives: "a body mass index of around
# 23", "LDL of 190 or higher", "a mean score of 78.2", "any reading above 50". Nothing after
# the number is counted, so it was a bare number and left out. On fresh Multi-News text (seed
# 34, 20 sentences with such a noun and a number after "of"/"above"/...) 15 were a value a
# journalist would tabulate; the others count what follows ("level of 19,000 men", which
# has its own counted noun and never reaches this) or are page furniture ("continue reading
# below")
_SCALE_NOUNS = {"level", "score", "rating", "index", "reading", "temperature", "bmi", "ldl"}
_MEASURED_BY = {"of", "above", "over", "below", "under", "at"}


def stated_of(ent):
    """What a bare number counts when the sentence states it as the value of a noun phrase
    rather than before a noun: "the number of Britons eligible for the jab is about 31
    million" (Britons), "bringing the total to about 48 million" (the total), "the number
    of migrants rose to 3,000" (migrants). The number is the complement of "be" or the object
    of "to"/"at" after a verb that sets a count, and the phrase is the clause's subject (or,
    for "bring"/"put"/"raise"/"push"/"take", the verb's object); a count noun ("number",
    "total") stands for the thing after its "of". A person is never counted so ("Lopez was
    18" is an age, ``ages.age_predicate``), nor a pronoun or a name. None otherwise."""
    root = ent.root
    if ent.label_ != "CARDINAL" or root.dep_ not in ("attr", "pobj", "dobj"):
        return None
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN" \
            and root.head.head.lemma_.lower() in _COUNT_NOUNS:
        return root.head.head  # "a population of more than 80,000", "a total of 35"
    if root.dep_ == "pobj" and root.head.lower_ in _MEASURED_BY and root.head.head.i < root.i \
            and root.head.head.pos_ in ("NOUN", "PROPN") and root.head.head.lemma_.lower() in _SCALE_NOUNS:
        return root.head.head  # "a BMI of 30", "LDL of 190 or higher", "any reading above 50"
    if root.dep_ in ("attr", "dobj"):
        verb = root.head
        if verb.lemma_.lower() not in (("be",) if root.dep_ == "attr" else _REACH):
            return None
        phrase = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    else:
        prep = root.head
        verb = prep.head
        # "Claims fell to 473,000 last week from a revised 507,000": the value a count
        # changed from counts what the value it changed to counts
        changed_from = prep.lower_ == "from" and verb.pos_ == "VERB" \
            and verb.lemma_.lower() in _CHANGE_VERBS \
            and any(c.dep_ == "prep" and c.lower_ == "to" and any(o.like_num for o in c.children)
                    for c in verb.children)
        # "rose by 37,000 to 412,000": the parse hangs the new value on "by"
        doc = ent.doc
        changed_by = prep.lower_ == "by" and ent.start >= 2 and doc[ent.start - 1].lower_ == "to" \
            and doc[ent.start - 2].like_num and _changed_by(doc[ent.start - 2], ent.root)
        if not (changed_from or changed_by) and (prep.lower_ not in ("to", "at") or verb.pos_ != "VERB"
                                 or verb.lemma_.lower() not in _SET_TO | _HOLD_TO):
            return None
        phrase = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if phrase is None:
            phrase = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if phrase is None or phrase.pos_ != "NOUN" or phrase.ent_type_:
        return None
    if phrase.lemma_.lower() in _COUNT_NOUNS:
        counted = _count_of(phrase)
        if counted is None and any(c.lower_ == "the" for c in phrase.children):
            # "double the number of Britons eligible, bringing the total to about 48
            # million": "the total" takes up the count the sentence has named before it
            counted = next((x for t in reversed(ent.doc[ent.sent.start:phrase.i])
                            if t.lemma_.lower() in _COUNT_NOUNS and (x := _count_of(t)) is not None),
                           None)
        return counted if counted is not None else phrase
    return phrase if phrase.tag_ == "NNS" else None


# verbs whose amount is a change up or down ("rose 37,000", "fell by 92,000"), and the
# direction, which keeps a week's rise apart from the level it came to
_DIRECTION = {**dict.fromkeys(("rise", "climb", "jump", "grow", "increase", "swell", "soar",
                               "surge", "gain", "edge"), "rise"),
              **dict.fromkeys(("fall", "drop", "decline", "decrease", "plunge", "slip", "dip",
                               "sink", "tumble", "shrink"), "fall")}


def amount_of(ent):
    """What a number counts and which way, when it is the amount of a change: "Claims rose
    37,000 last week" (claims, "rise"), "the number of new applications fell by 92,000"
    (applications, "fall"), "rose by 2,000 to 373,000" (its first number, ``_changed_by``).
    The amount is a quantity of its own, the week's rise, which three reports gave alike;
    with nothing counted it was a bare number, and left out unless another report's figure
    of its very value named a thing. The counted thing is the verb's subject, as
    ``stated_of`` reads it; a change still to come (a modal) is none. (token, direction) or
    None."""
    doc = ent.doc
    if ent.label_ != "CARDINAL":
        return None
    root = ent.root
    verb = None
    if root.dep_ in ("dobj", "npadvmod") and root.head.pos_ == "VERB":
        verb = root.head
    elif root.dep_ == "pobj" and root.head.lower_ == "by" \
            and root.head.i == ent.start - 1 - (ent.start >= 2 and is_sign(doc[ent.start - 1].text)):
        verb = root.head.head
    elif ent.start >= 1 and doc[ent.start - 1].lower_ == "by" and ent.end + 1 < len(doc) \
            and doc[ent.end].lower_ == "to" and doc[ent.end + 1].like_num \
            and _changed_by(ent[0], doc[ent.end + 1]):
        verb = doc[ent.start - 1].head
    if verb is None or verb.pos_ != "VERB":
        return None
    direction = _DIRECTION.get(verb.lemma_.lower())
    if direction is None or _modal(verb) \
            or any(c.dep_ == "dobj" and c.i != root.i for c in verb.children):
        return None
    phrase = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if phrase is None or phrase.pos_ != "NOUN" or phrase.ent_type_:
        return None
    if phrase.lemma_.lower() in _COUNT_NOUNS:
        phrase = _count_of(phrase)
    elif phrase.tag_ != "NNS":
        return None
    if phrase is None:
        return None
    return phrase, direction


def _count_of(noun):
    """The thing a count noun counts: "the number of migrants" -> migrants, "the number of
    Americans" (a plural name of people) -> Americans; None without an "of" phrase."""
    return next((o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                 for o in c.children if o.dep_ == "pobj" and (o.pos_ == "NOUN" or o.tag_ == "NNPS")),
                None)


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
        # "a 10- or 15-million viewer final": a suspended hyphen, the entity only the second
        return doc[i - 2]
    first = ent[0]
    if first.like_num and i >= 3 and is_sign(doc[i - 1].text) and doc[i - 2].lower_ in ("to", "and") \
            and is_sign(doc[i - 4].text if i >= 4 else ""):
        i -= 1  # "from $500 to $550": the NER's entity leaves the second sign outside
    if not first.like_num or i < 2 or doc[i - 1].lower_ not in ("to", "-", "–", "and"):
        return None
    low = doc[i - 2]
    if doc[i - 1].lower_ == "and":
        # "priced between $1299 and $1599": the NER's entities are "between $1299" and
        # "1599", and read apart the report's range was one price, its upper end. "and"
        # joins a range's ends only after "between" ("$899 and $1,049 versions" are two)
        opening = low.i - 1 - (low.i >= 1 and is_sign(doc[low.i - 1].text))
        if not low.like_num or opening < 0 or doc[opening].lower_ != "between":
            return None
        return low if _rising(low, first) else None
    if ent.label_ == "PERCENT" and i >= 3 and low.lower_ in ("percent", "%") and doc[i - 3].like_num:
        low = doc[i - 3]  # "30 percent to 60 percent of the houses": the unit written twice
        return low if _rising(low, first) else None
    joint = doc[i - 1]
    if not low.like_num or not (ent.start <= low.head.i < ent.end or low.head.i == i - 1
                                or (joint.dep_ == "prep" and joint.head.i in (low.i, low.head.i)
                                    and low.head.lower_ == "from"
                                    and low.head.head.lemma_.lower() in ("range", "vary"))):
        # ("ranging from 3.6 to 4.3": the parse hangs "to" on "from"; not "rose from 5 to
        # 10", an old value and a new one)
        return None
    if _changed_from(low) or _changed_by(low, first):
        return None  # "raised the cost ... from $13.50 to $750": an old value and a new one
    return low if _rising(low, first) else None


# verbs that move a value from one number to another ("raised the price from $13.50 to
# $750", "cut its forecast from 3 percent to 2.5 percent")
_CHANGE_VERBS = _SET_TO - {"bring", "put", "stand", "take", "total", "reach"} | {
    "hike", "boost", "lift", "cut", "reduce", "lower", "slash", "shrink", "soar", "plunge",
    "double", "triple", "bump", "decrease", "fall", "drop", "decline", "increase", "revise",
    "change", "up"}


def _changed_from(low) -> bool:
    """Whether the lower number of "from X to Y" is the old value of a change: "from" stands
    right before it (or its sign) and a verb of change governs the phrase, however far up
    the parse hangs it ("it raised the cost of a generic drug used for aids and cancer from
    $13.50 to $750 a capsule": "from" hangs on "used"). Read as a range, the old price and
    the new one made one figure that agreed with any price between them."""
    return _change_verb_over(low, "from", 8) is not None


def _change_verb_over(low, word: str, steps: int):
    """The verb of change that governs ``word`` ("from", "by") standing right before a number
    (or its sign), found within ``steps`` heads up the parse; None otherwise."""
    doc = low.doc
    i = low.i - 1
    if i >= 0 and is_sign(doc[i].text):
        i -= 1
    if i < 0 or doc[i].lower_ != word:
        return None
    t = doc[i]
    for _ in range(steps):
        if t.head is t:
            return None
        t = t.head
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in _CHANGE_VERBS:
            return t
    return None


def _changed_by(low, high) -> bool:
    """Whether "by X to Y" tells a change done, its amount and the value it came to: "rose by
    37,000 to 412,000". "by" stands right before the lower number (or its sign), a verb of
    change told as done governs it, and the new value is three times the amount or more. Read
    as a range, the week's claims agreed with any count from 37,000 to 412,000 and met no
    other report's 412,000. A change still to come ("could rise by 5 to 10 percent", a modal)
    and ends of one size ("rose by 2 to 3 percent") stay a range of the amount."""
    t = _change_verb_over(low, "by", 4)
    if t is None or not _told_done(t):
        return False
    a, b = parse_amount(low.text), parse_amount(high.text)
    return a is not None and b is not None and isinstance(a[0], (int, float)) \
        and isinstance(b[0], (int, float)) and 0 < 3 * a[0] <= b[0]


# units of time in order of size, for a span written in two ("17 hours and 35 minutes")
_TIME_ORDER = ("second", "minute", "hour", "day", "week", "month", "year")


def _smaller_unit_after(ent, unit) -> bool:
    """Whether a duration is the smaller part of a span written in two units ("which will
    take 17 hours and 35 minutes", "two years and three months"): a number and a larger
    unit of time stand right before it, joined by "and" or a comma. The span is told by its
    larger unit; read alone, its minutes made a figure of their own that two reports of the
    flight shared as if it were one quantity."""
    doc = ent.doc
    i = ent.start
    small = unit.lemma_.lower().rstrip("s") if unit is not None else ""
    if small not in _TIME_ORDER or i < 3 or doc[i - 1].lower_ not in ("and", ","):
        return False
    big = doc[i - 2].lemma_.lower().rstrip("s")
    return big in _TIME_ORDER and _TIME_ORDER.index(big) > _TIME_ORDER.index(small) \
        and (doc[i - 3].like_num or doc[i - 3].lower_ in ("a", "an"))


def _rising(low, high) -> bool:
    """Whether two numbers joined by "to" can be a range's ends: the first below the second.
    "leading his rival, 49 percent to 44 percent" and "won 6 to 3" are two sides of a score,
    each a figure; read as one range they gave no number that parses, and both were lost."""
    a, b = parse_amount(low.text), parse_amount(high.text)
    return a is None or b is None or not isinstance(a[0], (int, float)) \
        or not isinstance(b[0], (int, float)) or a[0] < b[0]


def _or_end(ent):
    """The end (exclusive) of "X or Y" when ``ent`` is X and Y a number the parse hangs on it
    as its conjunct ("two or three times a week", "three or four video calls a month",
    "one or two times"), else None. The NER gives Y an entity of its own or none at all, and
    read alone X was the figure ("3 times a week" where the report says three to four) while
    Y counted nothing."""
    doc = ent.doc
    if ent.label_ != "CARDINAL" or ent.end + 1 >= len(doc) or doc[ent.end].lower_ != "or":
        return None
    second = doc[ent.end + 1]
    if not (second.like_num or second.lower_ in UNITS) or second.lower_ in ("a", "an", "half") \
            or second.dep_ != "conj" or not ent.start <= second.head.i < ent.end \
            or second.ent_type_ not in ("", "CARDINAL"):
        return None
    end = second.i + 1
    if second.ent_type_:  # the NER's entity of the second number, whole ("four million")
        end = entity_at(second).end
    return end


# "-and-a-half" after a number entity ("two-and-a-half hours"): the NER stops at "two"
_AND_A_HALF = ("-", "and", "-", "a", "-", "half")


def joined_spans(doc, ents: list) -> list:
    """The number entities with the ones the NER cut apart joined: "three or four" as one
    span (``_or_end``), and "two-and-a-half" with its half (the NER's entity was "two", read
    as 2 hours where the report says 2.5). A joined span keeps the first entity's label; its
    root is the first number, which the parse hangs on what is counted."""
    from spacy.tokens import Span

    out, taken = [], set()
    for ent in sorted([*ents, *_unnamed_ranges(doc)], key=lambda e: (e.start, e.end)):
        if ent.start in taken:
            continue
        parts = _alternatives(ent) or _two_shares(ent) or _change_ends(ent)
        if parts:
            out.extend(parts)
            continue
        ent = _past_particle(ent)
        ent = _sum_whole(ent)
        either = ent.start > 0 and doc[ent.start - 1].lower_ == "either"
        end = None if either else _or_end(ent)
        if end is not None:
            taken.update(range(ent.end, end))
            ent = Span(doc, ent.start, end, label=ent.label_)
        elif (upper := _upper_end(ent)) is not None:
            taken.update(range(ent.end, upper))
            ent = Span(doc, ent.start, upper, label="PERCENT")
        elif ent.label_ == "CARDINAL" and ent.end + len(_AND_A_HALF) <= len(doc) and \
                tuple(t.lower_ for t in doc[ent.end:ent.end + len(_AND_A_HALF)]) == _AND_A_HALF \
                and not any(t.ent_type_ for t in doc[ent.end:ent.end + len(_AND_A_HALF)]):
            ent = Span(doc, ent.start, ent.end + len(_AND_A_HALF), label=ent.label_)
        out.append(ent)
    return out


def _change_ends(ent):
    """The old value and the new one of a change the NER took for one range: "was revised up
    by 9,000 from 498,000 to 507,000" gives the entity "498,000 to 507,000". A "from" before it
    under a verb of change (``_changed_from``) makes its two numbers two values, the figure
    before and the figure after, as they are when the NER cuts them apart; read as a range,
    the revised count agreed with any count between them and met no other report's 507,000.
    The two spans, or None."""
    from spacy.tokens import Span

    doc = ent.doc
    joints = [t.i for t in ent if t.lower_ == "to"]
    if len(joints) != 1 or not ent.start < joints[0] < ent.end - 1:
        return None
    k = joints[0]
    first = next((t for t in doc[ent.start:k] if t.like_num), None)
    second = next((t for t in doc[k + 1:ent.end] if t.like_num), None)
    if first is None or second is None or \
            not (_changed_from(first) or _changed_by(first, second)):
        return None
    return [Span(doc, ent.start, k, label=ent.label_), Span(doc, k + 1, ent.end, label=ent.label_)]


def _past_particle(ent):
    """An entity that opens with "up to" whose "up" tells a change done (``_moved_up``: "The
    previous week was revised up to 507,000", "prices went up to $4"): the verb's "up" and
    the "to" its new value hangs on are no bound, so the figure is the number as written, not
    "at most" it. The entity without them, or the entity as it is."""
    from spacy.tokens import Span

    doc = ent.doc
    if len(ent) > 2 and ent[1].lower_ == "to" and _moved_up(ent[0]):
        return Span(doc, ent.start + 2, ent.end, label=ent.label_)
    return ent


def _moved_up(token) -> bool:
    """Whether ``token`` is the "up" of a change told as done ("was revised up to", "went up
    to", "moved up to"): a particle of a verb in the past. Of a verb in the present or
    after a modal, "up to" is the most a thing does ("the chips run up to 2.7GHz", "can boost
    up to 3.7GHz"), a bound."""
    return token.lower_ == "up" and token.dep_ == "prt" and _told_done(token.head)


def _modal(verb) -> bool:
    """Whether a modal ("could", "will", "may") stands with a verb: what it tells is not done."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _told_done(verb) -> bool:
    """Whether a verb tells a thing done: a verb in the past, with no modal."""
    return verb.tag_ in ("VBD", "VBN") and not _modal(verb)


def _upper_end(ent):
    """The end (exclusive) of a range whose upper end the NER left outside every entity:
    "roughly 25 to 30 percent of the populated areas", "about 70 to 80 percent" (the entity
    is "roughly 25", and read alone it was the report's figure): "to" or a dash, a number no
    entity holds, above the first, and a percent sign or word after it, which the span takes
    in (a share, and what it is a share of is its "of"); else None. Not after "from" ("rose
    from about 70 to 80 percent": an old value and a new one). Only a share: two cut counts
    ("drew 5,000 to 6,000 people") are another parse and another rule."""
    doc = ent.doc
    end = ent.end
    if ent.label_ not in ("CARDINAL", "PERCENT", "QUANTITY") or end + 1 >= len(doc) \
            or not ent[-1].like_num or doc[end].lower_ not in ("to", "-", "–") \
            or any(t.lower_ == "from" for t in doc[max(ent.start - 2, 0):ent.start]):
        return None
    second = doc[end + 1]
    if not second.like_num or second.ent_type_ or not _rising(ent[-1], second) \
            or end + 2 >= len(doc) or doc[end + 2].lower_ not in ("percent", "%"):
        return None
    return end + 3


_ELIDING = {"for", "with", "than", "versus", "vs", "vs."}


def _elided(ent, before):
    """The counted noun a number leaves out, the plural ``before`` counted by a figure earlier
    in its sentence, when the number stands alone after a preposition ("for seven", "compared
    with 55.3 million"): its root is that preposition's object, with no noun of its own and
    nothing after it but punctuation, a date or the sentence's end. None otherwise."""
    root = ent.root
    if before is None or ent.label_ != "CARDINAL" or root.dep_ != "pobj" \
            or root.head.lower_ not in _ELIDING or before.i >= ent.start:
        return None
    nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if nxt is not None and not (nxt.is_punct or nxt.ent_type_ in ("DATE", "TIME")):
        return None
    return before


def _changed_to(ent, before):
    """The plural noun the old value of a change counts, ``before``, for the new value written
    without it: "agreement to boost the number of places in Nauru from 800 people to 1,200".
    The number is the object of a "to" that hangs on the verb the "from" of ``before`` hangs
    on, with nothing after it but punctuation, a date or a preposition. Read bare, the new
    value counted nothing and was left out, while the old one stood as the figure. None
    otherwise (a range "300 to 400 bodies" is read whole, ``_range_low``)."""
    root = ent.root
    if before is None or ent.label_ != "CARDINAL" or root.dep_ != "pobj" or root.head.lower_ != "to" \
            or before.dep_ != "pobj" or before.head.lower_ != "from" or before.i >= ent.start \
            or before.head.head.i != root.head.head.i:
        return None
    nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if nxt is not None and not (nxt.is_punct or nxt.ent_type_ in ("DATE", "TIME")
                                or (nxt.tag_ == "IN" and nxt.lower_ != "of")):
        return None
    return before


def _sum_whole(ent):
    """A sum with the scale and the sign the NER left outside its entity: the tokenizer splits
    "£88m" into "£", "88", "m" and the entity was "88", read as 88 where the report says 88
    million pounds ("$334m", "A$2m", "$5k" alike). The span takes in a scale glued to its last
    number (``numbers.glued_scale``), and the currency's sign before it only where the number
    reads by the sign (m and k are millions and thousands only in a sum): elsewhere the token
    before the entity names the currency already (``_currency``), and a span opening on the
    sign gave the parse's root to the sign ("$" counted in "dropped $100 to $1199"). A sign
    makes the span a sum (MONEY). The entity itself when nothing was left out."""
    from spacy.tokens import Span

    doc = ent.doc
    start, end = ent.start, ent.end
    sign_before = start > 0 and is_sign(doc[start - 1].text) and ent[0].text[:1].isdigit()
    # a sign before the number the scale follows ("about £2" + "m": the NER took the sign in)
    signed = sign_before or (end - start >= 2 and is_sign(doc[end - 2].text))
    if signed:
        end = _range_end(doc, end)
    if end < len(doc) and doc[end - 1].like_num and not doc[end - 1].whitespace_ \
            and not doc[end].ent_type_ and (glued_scale(doc[end].text, signed) or _count_scale(doc, end)):
        end += 1
    elif end < len(doc) and doc[end - 1].like_num and not doc[end].ent_type_ \
            and (doc[end].lower_ in _APART_SCALES or _PLUS_SCALE.fullmatch(doc[end].lower_)):
        # "$70 mln" (a wire's abbreviation, written apart) and "$1 trillion+" (the tokenizer
        # keeps the "+" on the word, and the NER then stops at the number): read without its
        # scale the sum was $70, and $1 where the report says more than a trillion
        end += 1
        start -= sign_before  # the sign too, as the NER takes it into "$1.8 trillion"
    scale = re.search(r"[a-z]+\.?$", doc[end - 1].text, re.I)
    if sign_before and scale and not glued_scale(scale.group(0), False) and glued_scale(scale.group(0), True):
        start -= 1
    if (start, end) == (ent.start, ent.end):
        return ent
    return Span(doc, start, end, label="MONEY" if signed else ent.label_)


# scale words written apart from their number that the NER leaves out of its entity
_APART_SCALES = {"mln", "bln"}
# a scale word with a "+" glued to it, a lower bound: "$1 trillion+ plan"
_PLUS_SCALE = re.compile(r"(?:thousand|million|billion|trillion)\+")


def _count_scale(doc, end: int) -> bool:
    """Whether the token at ``end``, glued to the number before it, is the scale of a count:
    "up to 60m doses", "added just 266K jobs". Alone "60m" is sixty metres and "5k" a race
    (``numbers.GLUED_SCALES``), but a plural noun right after the scale is what the number
    counts, and sixty doses or 266 jobs is no reading of it. Not after a name ("GeForce GT
    650M graphics": a model's number), and not before what a distance in metres names
    ("400m hurdles", "4x100m relays")."""
    if end + 1 >= len(doc) or end < 2 or doc[end].lower_ not in ("m", "k") or not doc[end].whitespace_:
        return False
    noun, before = doc[end + 1], doc[end - 2]
    while noun.dep_ == "compound" and noun.head.i > noun.i and noun.head.i - end <= 3:
        noun = noun.head  # "up to 60m vaccine doses": the doses
    return noun.tag_ == "NNS" and noun.is_alpha and noun.is_lower \
        and noun.lemma_.lower() not in ("hurdle", "relay", "race", "event", "final", "heat") \
        and not (before.pos_ == "PROPN" or before.text[:1].isupper() and before.text.isalnum()
                 and not before.is_sent_start)


def _glued_round(ent, unit) -> bool:
    """Whether a figure ends in a scale glued to its number, read as the scale ("$334m",
    "$281M", "$6T", "266K jobs"): a round figure, "about", as "$334 million" is; the gold
    reads the two ways of writing it alike. Not a unit's letter (``unit``: the figure's
    duration or measure, "310m" tall)."""
    glued = _GLUED_ROUND.search(ent.text)
    return not unit and glued is not None and (
        glued_scale(glued.group(1), ent.label_ == "MONEY") or _count_scale(ent.doc, ent.end - 1))


def _range_end(doc, end: int) -> int:
    """The end of a sum's range whose first end alone the NER took: "£2-3m" gave the entity
    "2" (or none, "€ 1.2-1.8m"), read as £2 where the report says two to three million; the
    hyphen and the second number belong to the sum, and ``_sum_whole`` takes in the scale glued
    to it. ``end``: where the first number ends. Only before a glued scale: with a scale word
    ("$2-3 million") the range also joined one more group on the validation batches, shown and
    wrong (groups 110/140 -> 110/141, values 573 -> 574 right of 782; aggregate lines), so that
    form is left as it was. ``end`` itself when no such range follows."""
    if end + 2 >= len(doc) or not doc[end - 1].like_num or doc[end - 1].whitespace_ \
            or doc[end].text not in ("-", "–") or doc[end].whitespace_:
        return end
    second = doc[end + 1]
    if not second.like_num or second.whitespace_ or any(t.ent_type_ for t in doc[end:end + 3]) \
            or not glued_scale(doc[end + 2].text, True):
        return end
    return end + 2


def _cut_range(ent) -> bool:
    """Whether the entity is only the first end of a range of a sum whose scale is a word
    ("$2-3 million": the NER's entity is "2"): read alone it was $2 where the report says two
    to three million. Read whole, the range joined one more shown group on the validation
    batches, a wrong one (``_range_end``), so the first end is not read at all."""
    doc, end = ent.doc, ent.end
    return ent.label_ == "MONEY" and end + 2 < len(doc) and doc[end - 1].like_num \
        and not doc[end - 1].whitespace_ and doc[end].text in ("-", "–") and not doc[end].whitespace_ \
        and doc[end + 1].like_num and not any(t.ent_type_ for t in doc[end:end + 3]) \
        and doc[end + 2].lower_ in SCALES


def _unnamed_ranges(doc) -> list:
    """A sum's range the NER took no part of ("It has been estimated at € 1.2-1.8m."), as the
    first number's span after its sign, for ``_sum_whole`` to widen as it widens "£2" of
    "£2-3m" (``_range_end``)."""
    from spacy.tokens import Span

    return [Span(doc, t.i + 1, t.i + 2, label="MONEY") for t in doc[:-2]
            if is_sign(t.text) and not t.ent_type_ and not doc[t.i + 1].ent_type_
            and _range_end(doc, t.i + 2) > t.i + 2]


def _alternatives(ent) -> list:
    """Two figures the NER took as one entity: "$899 and $1,049 versions", "either 2.1 or
    2.4 GHz". Read whole, "X and Y" was a range from X to Y, where the report gives two prices
    of two things (a range is "between X and Y"; every range of the tuning gold written with
    "and" opens with "between"), and "either X or Y" is a choice of two, no span of values.
    The two parts keep the entity's label; [] for any other entity."""
    from spacy.tokens import Span

    doc = ent.doc
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    either = before == "either" or ent[0].lower_ == "either"
    start = ent.start + 1 if ent[0].lower_ == "either" else ent.start
    if before in ("between", "from") or ent[0].lower_ in ("between", "from"):
        return []
    for t in doc[start + 1:ent.end - 1]:
        if t.lower_ not in (("and", "or") if either else ("and",)):
            continue
        nxt = doc[t.i + 1]
        first = doc[start:t.i]
        second = doc[t.i + 1:ent.end]
        if nxt.lower_ in ("a", "an", "half") or not any(w.like_num for w in first):
            return []
        if all(w.text in "$€£¥" for w in second):
            # "$1,799 and $" + "2,199": the NER cut the second amount off its sign; the
            # first stands alone, the second is an entity of its own
            return [Span(doc, start, t.i, label=ent.label_)]
        if not (second[0].like_num or (second[0].text in "$€£¥" and len(second) > 1
                                       and second[1].like_num)):
            return []
        return [Span(doc, start, t.i, label=ent.label_), Span(doc, t.i + 1, ent.end, label=ent.label_)]
    return []


_SHARE_WORDS = ("%", "percent", "pct")


def _two_shares(ent) -> list:
    """Two sides of a result or a poll the NER took as one entity, each share written with its
    unit and the first the larger: "won 56 percent to 44 percent", "led 52 % to 47 %",
    "Romney 47 percent to 46 percent", and "56 percent to" cut off before its second share.
    Read whole the entity parsed as no number, and both shares were lost ("X percent to Y
    percent" is written 1,221 times in the Multi-News train text). The parts keep the
    entity's label, each from its first number (a name the NER took in before it is no part
    of the share). A rising pair in one entity ("40 percent to 70 percent of the buildings")
    is left as it was: read as a range, it added two right values and one wrong one on the
    validation batches (aggregate line, values precision 615/838 -> 617/841). [] for any
    other entity."""
    from spacy.tokens import Span

    if ent.label_ != "PERCENT":
        return []
    doc = ent.doc
    cut = next((t.i for t in ent if t.lower_ == "to" and t.i > ent.start
                and doc[t.i - 1].lower_ in _SHARE_WORDS), None)
    if cut is None:
        return []
    start = next((t.i for t in ent if t.like_num), None)
    if start is None or start >= cut:
        return []
    number = doc[start]
    while start > ent.start and doc[start - 1].pos_ != "PROPN" and doc[start - 1].lower_ not in ("to",):
        start -= 1  # the hedge before the first share ("about 40 percent to 70 percent")
    first = Span(doc, start, cut, label=ent.label_)
    if cut + 1 == ent.end:  # "56 percent to" + "44 percent": the second is an entity of its own
        return [first]
    second = Span(doc, cut + 1, ent.end, label=ent.label_)
    if not second[0].like_num or second[-1].lower_ not in _SHARE_WORDS or _rising(number, second[0]):
        return []  # "40 percent to 70 percent of the buildings": a range, read as before
    return [first, second]


# what a side of a pair counts, by its side (``record_sides``, ``tally_sides``)
_SIDES = {"win": ("win", "wins"), "loss": ("loss", "losses"),
          "for": (VOTE_FOR, "votes for"), "against": (VOTE_AGAINST, "votes against")}


def _counted_as_date(ent):
    """A number or range the NER calls a date while it counts a plural noun that is no unit
    of time, as the count it is (a CARDINAL span, without a leading "between", which the
    parse hangs on the verb): "between 12 and 15 hikers had to be airlifted", "equivalent to
    one and a half servings". When the NER took the noun into the date ("played for 9
    seasons", "after nearly three seasons"), the span ends before it: a season is no unit of
    time, so the date was no duration either and the count was lost (T17's coach story: two
    groups more on tuning, validation groups unchanged). A year ("the 2016 elections") is then
    left to worth.py; an age ("Chen, 40,") counts no noun. None for every other entity."""
    from spacy.tokens import Span

    if ent.label_ == "DATE" and re.search(r"\d\s*(?:%|percent\b|per\s+cent\b)", ent.text, re.I):
        # "suffered between 30 and 60 percent damage": a share, whatever the NER calls it
        return Span(ent.doc, ent.start, ent.end, label="PERCENT")
    if ent.label_ != "DATE":
        return None
    end = ent.end
    # "11 seasons", "nearly four seasons": the NER took the counted noun into the date
    while end > ent.start + 1 and ent.doc[end - 1].pos_ == "NOUN" and ent.doc[end - 1].tag_ == "NNS" \
            and ent.doc[end - 1].lemma_.lower() not in TIME_UNITS:
        end -= 1
    if parse_amount(ent.doc[ent.start:end].text) is None:
        return None
    start = ent.start + 1 if ent[0].lower_ == "between" and len(ent) > 1 else ent.start
    span = Span(ent.doc, start, end, label="CARDINAL")
    noun = counted_noun(span)
    if noun is not None and noun.pos_ == "NOUN" and noun.tag_ == "NNS" \
            and noun.lemma_.lower() not in TIME_UNITS:
        return span
    return None


# adverbs of time the NER takes into a number's entity: "jumped to 40 overnight" is a TIME
_WHEN_ADVERBS = {"overnight", "today", "yesterday", "tonight", "now"}


def _slipped_number(ent):
    """A bare number, hedged or not, the NER calls a date or a time: "put the number of dead
    at around 40" (a DATE "around 40"), "the toll jumped to 40 overnight" (a TIME "40
    overnight"), as a DATE span of the number alone, which the reading takes as it takes a
    bare "83" called a DATE (a figure only when an event governs it). Read as a date, the toll
    was lost. None for every other entity."""
    from spacy.tokens import Span

    if ent.label_ not in ("DATE", "TIME"):
        return None
    end = ent.end
    while end > ent.start + 1 and ent.doc[end - 1].lower_ in _WHEN_ADVERBS:
        end -= 1
    text = ent.doc[ent.start:end].text
    if not _bare_number(text) or (end == ent.end and _bare_number(text) == text):
        return None  # a bare "83" called a DATE is read as it is
    return Span(ent.doc, ent.start, end, label="DATE")


def _bare_number(text: str) -> str | None:
    """The number of a bare figure, hedged or not ("83", "around 40"), else None."""
    hedged = leading_hedge(text)
    hedge = hedged[0] if hedged is not None and hedged[1] != "exact" else ""
    number = text[len(hedge):].strip()
    return number if _BARE_NUMBER.match(number) else None


def _names_a_counted_thing(token) -> bool:
    """Whether a word of a number entity names a thing the number counts ("percent" of "52
    percent"), not the number or a word around it ("between" of "between 30 and 60 percent",
    "85" of "80% to 85%"): the parse makes that word the entity's root when nothing outside
    it is counted."""
    return token.pos_ in ("NOUN", "PROPN") and not token.like_num \
        and not re.fullmatch(r"[\d.,%]+", token.text)


def _share(ent) -> str | None:
    """"about half", "a quarter of", "two-thirds of them" as a percent amount ("about 50"),
    or None. Only a fraction that stands for a share of something: followed by "of", or
    standing alone as what the clause is about; not a fraction of a unit ("half an hour",
    "half a century", "a half-mile"), which scales the unit after it. A date-labelled one
    ("A quarter of ...") must be followed by "of", since "a quarter" is also three months."""
    doc = ent.doc
    text = ent.text.strip().lower()
    hedge = (leading_hedge(text) or ("", ""))[0]
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


def _clause_verb(token):
    """The verb a token's clause hangs on: its nearest verb above, else the sentence's root."""
    for t in [token, *token.ancestors]:
        if t.pos_ in ("VERB", "AUX"):
            return t
    return token.sent.root


def _listed_after(ent, holder, previous) -> bool:
    """Whether a figure is a later item of a list whose first item the report bounds from
    above: "up to 65 per cent of phone lines in Kenya, and 45 per cent in Uganda". The bound
    is written once, at the head of the list, and a reader takes it for every item.
    ``holder``: the figure's counted noun, else its own root; ``previous``: (sentence start,
    clause verb, end) of the sentence's figure before it. An item is a conjunct on its way up
    to the first item's verb: "up to 300 homes were destroyed and 120 were damaged" gives 120
    a verb of its own, and "80" of "up to 60 are dead and 80 missing" is the subject of a
    predicate of its own. Not an item told another way ("up to 800g a day, or 10 portions"),
    nor one past a semicolon."""
    sent_start, verb, end = previous
    doc = ent.doc
    if ent.sent.start != sent_start or ent.start < end or _clause_verb(holder).i != verb:
        return False
    if any(t.like_num or t.ent_type_ in NUMBER_LABELS or t.text == ";" or t.lower_ == "or"
           for t in doc[end:ent.start]):
        return False
    for t in [holder, *holder.ancestors]:
        if t.pos_ in ("VERB", "AUX") or t.dep_ in ("nsubj", "nsubjpass"):
            return False
        if t.dep_ == "conj":
            return True
    return False


def _measures_at_edges(doc) -> dict:
    """("start"/"end", token index) -> (amount text, unit name, end) of each measure the
    NER's entities give, keyed at the entity's edges and at the measure's end, where
    ``compound_measure`` and ``conversion`` look for a measure beside another ("6 pounds,
    13 ounces", "about 55 miles (88 km)")."""
    measures: dict = {}
    for ent in doc.ents:
        m = measure_of(ent) if ent.label_ not in ("DATE", "TIME") else None
        if m is not None:
            # "310m (1,016ft)": the NER's entity is "310", the unit after it ends the measure
            end = max(ent.end, m[1].i + 1)
            measures[("start", ent.start)] = measures[("end", ent.end)] = \
                measures[("end", end)] = (m[0], m[2], end)
    return measures


def _number_spans(doc) -> tuple[list, dict, dict]:
    """The spans of a paragraph read as figures, in reading order: the NER's entities (joined
    where it cut one figure in two, less the numbers of a win-loss record), a record's sides,
    "twice" and "thrice", vague amounts, pairs, "lasting one", measures and zeros. With them
    what two kinds say of themselves, each by (start, end): a zero's (event, token) and a
    record side's "win" or "loss"."""
    zero_spans = _zero_spans(doc)
    zeros = {(z.start, z.end): (event, token) for z, event, token in zero_spans}
    # "a 47-35 record": 47 wins, 35 losses; "voted 68-32": 68 votes for, 32 against
    records = [*record_sides(doc), *tally_sides(doc)]
    sides = {(span.start, span.end): side for span, side in records}
    in_record = {i for span, _ in records for i in range(span.start, span.end)}
    ents = [*(e for e in joined_spans(doc, list(doc.ents))
              if not any(t.i in in_record and t.like_num for t in e)),
            *(span for span, _ in records),
            *worth.numeral_adverbs(doc), *vague_spans(doc),
            *pair_spans(doc), *lasting_one_spans(doc), *measure_spans(doc),
            *(z for z, _, _ in zero_spans)]
    return ents, zeros, sides


def _hedge_before(doc, start: int) -> tuple[str | None, bool]:
    """The hedge written right before a figure that opens at token ``start`` ("about",
    "more than": one of ``HEDGES``), or None; and whether an article stands between the two."""
    lead = doc[max(start - 3, 0):start].text.lower()
    hedge = next((h for h, _ in HEDGES if lead.endswith(h) and
                  (len(lead) == len(h) or not lead[-len(h) - 1].isalpha())), None)
    if hedge == "up to" and start >= 2 and _moved_up(doc[start - 2]):
        hedge = None  # "was revised up to 507,000": the verb's particle, no bound (``_past_particle``)
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
    return hedge, article_after


def read_statements(cluster, names: Names) -> list[dict]:
    out = []
    for article in cluster.articles:
        docs = cluster.docs.get(article.id, [])
        # the article's sentence histories and each paragraph's place, read at its first
        # pronoun: a search of the paragraphs per pronoun grew with the square of a long article
        histories: list = []

        def pronoun(subject, docs=docs, histories=histories):
            """The name a pronoun subject stands for, read as the quotes module reads it."""
            if not histories:
                histories.extend((sentence_histories(docs, names), {id(d): i for i, d in enumerate(docs)}))
            p = histories[1][id(subject.doc)]
            sent = subject.sent
            return resolve_pronoun(subject.lower_, histories[0].get((p, sent.start), []), names,
                                   before=subject.doc[sent.start:subject.i])

        quoted = quoted_speakers(cluster, article.id)  # a figure inside a quote is its speaker's
        spoken = quoted_tokens(cluster, article.id)  # inside quoted words, speaker given or not
        game_report = article.game_report  # whether the article tells a game (the analysis pass)

        for p, doc in enumerate(docs):
            measures = _measures_at_edges(doc)
            ents, zeros, sides = _number_spans(doc)
            lows = {ent.start: _range_low(ent) for ent in ents}
            ends = {low.i for low in lows.values() if low is not None}
            listed = None  # (bound, sentence start, clause verb, end) of the figure before
            counted_before: dict = {}  # sentence start -> the counted noun of its last count
            for ent in ents:
                if any(t.i in ends for t in ent if t.like_num):
                    continue  # "300" of "300 to 400 bodies": read with the upper end
                if _cut_range(ent):
                    continue  # "$2-3 million": not $2
                # "between 12 and 15 hikers" (a DATE), "at around 40", "40 overnight"
                ent = _counted_as_date(ent) or _slipped_number(ent) or ent
                # NER sometimes calls a bare toll ("put the death toll at 83", "at around 40") a DATE
                slip = ent.label_ == "DATE" and _bare_number(ent.text)
                share = _share(ent)
                duration = duration_of(ent)
                if duration and _smaller_unit_after(ent, duration[1]):
                    continue  # "35 minutes" of "17 hours and 35 minutes": read with the hours
                measure = None if duration or slip else measure_of(ent)
                # where the figure's expression ends ("an hour-long": past its "-long")
                end = ent.end + 2 if duration and lasting_one(ent) else ent.end
                compound = measure and compound_measure(ent, measure[2], measures)
                if compound == "skip":
                    continue  # "13 ounces" after "6 pounds,": read with the pounds
                if compound:  # "6 pounds, 13 ounces": 109 ounces
                    measure, end = (compound[0], measure[1], compound[1]), compound[2]
                converted = measure and conversion(ent, measure[2], measures)
                if converted == "skip":
                    continue  # "(80 miles)" after "some 100 kilometers": the same distance
                if converted:  # "about 55 miles (88 km)": 88 km, hedged as written
                    hedged = re.match(r"^(\D*?)\s*[\d.,]+$", measure[0])
                    prefix = hedged.group(1) if hedged else ""
                    prefix = prefix if prefix.lower() in {h for h, _ in HEDGES} else ""
                    measure = (f"{prefix} {converted[0]}".strip(), measure[1], converted[1])
                zero = zeros.get((ent.start, ent.end)) if ent.label_ == "ZERO" else None
                if ent.label_ not in NUMBER_LABELS and not slip and duration is None \
                        and measure is None and share is None and zero is None:
                    continue
                # "four times that of the prior model", "three times more emissions": a
                # multiple of another quantity, read as one (``MULTIPLE``), no count of the
                # noun compared
                multiple = multiplier(ent)
                if multiple and end == ent.end and end < len(doc) and doc[end].lower_ in ("times", "fold"):
                    end += 1  # "four times": the expression as written
                low = None if duration else lows.get(ent.start)
                start = low.i if low is not None else ent.start
                if low is not None and start > 0 and is_sign(doc[start - 1].text):
                    start -= 1  # "$500 to $550": the sign of the lower end too
                hedge, article_after = _hedge_before(doc, start)
                # "190" of "220-to-190", which the tokenizer gives as "to-190" (``side_text``);
                # "60m doses": a glued scale before the plural it counts (``_count_scale``)
                amount = duration[0] if duration else measure[0] if measure else \
                    side_text(ent) if (ent.start, ent.end) in sides else \
                    counted_in_scale(ent.text) if _count_scale(doc, ent.end - 1) else ent.text
                if low is not None:  # "300 to 400 bodies", "from 11.5 to 17 mph"
                    amount = f"{low.text} to {amount}"
                if share is not None:  # "about half", "a quarter of": a share, in percent
                    amount = share
                elif not duration and end + 1 < len(doc) and doc[end].lower_ == "or" \
                        and doc[end + 1].lower_ in AFTER_HEDGES and not doc[end + 1].like_num:
                    # "190 or higher" (the NER leaves the bound outside): the number is the bound
                    amount, end = f"{amount} or {doc[end + 1].lower_}", end + 2
                elif not duration and not measure and end + 1 < len(doc) and doc[end].text == "-" \
                        and doc[end + 1].lower_ == "plus" and not doc[end - 1].whitespace_ \
                        and not doc[end].whitespace_:
                    # "$150 million-plus opening": the NER leaves "-plus" outside, and read
                    # without it the least there was became a round estimate
                    amount, end = f"{amount}-plus", end + 2
                # "around 60": NER sometimes leaves the hedge outside the entity
                parsed = (0, "exact") if zero else \
                    parse_amount(f"{hedge} {amount}" if hedge else amount)
                if parsed is None and hedge and not zero and parse_amount(amount) is not None:
                    # "It's estimated as many as 250 to 1,000", "handed over more than 300": a
                    # word before a figure that bounds itself is no second hedge ("estimated as
                    # many as" parses as no number, and the figure was lost)
                    parsed, hedge, article_after = parse_amount(amount), None, False
                if parsed is None:
                    continue
                value, qualifier = parsed
                # an upper bound written with the figure ("up to" in the NER's entity or before
                # it), which a list's later items take (``_listed_after``)
                bound = qualifier == "at most" and (
                    hedge is not None or (leading_hedge(ent.text) or ("", ""))[1] == "at most")
                side = sides.get((ent.start, ent.end))
                if (worth.context_reason(ent, game_report=game_report) if duration or zero or side
                        else worth.reason(ent, value, game_report=game_report)) is not None:
                    continue  # an age, a year, a storey count, "one of": no figure of the story
                if qualifier == "exact" and (any(w in ent.text.lower() for w in ROUND_WORDS)
                                             or _glued_round(ent, duration or measure)):
                    qualifier = "about"  # "a half-million" is a round figure, not a count
                noun = duration[1] if duration else measure[1] if measure else \
                    None if zero else counted_noun(ent)
                # "21 people dying, 14 of them Australians": the part's noun, and the event of
                # the whole counted before it in the sentence (the parse hangs the part on
                # another verb: "14 ... Australians" on the sentence's "has denied")
                a_count = not (duration or measure or zero)  # neither a span of time nor a measure
                part = _part_named(ent, noun) if a_count else None
                # "16 of them were militants and at least nine were children": a part named as
                # the complement of "be"; the whole both parts are of stays the sentence's
                # count before them ("the 26 people who died"), not the part before
                predicate = _predicate_named(ent) if a_count and noun is None and part is None else None
                part = part if part is not None else predicate
                crowd = a_count and noun is None and part is None and _vague_crowd(ent)
                if crowd:
                    noun = ent.root  # "forcing thousands from their homes": people, as "population" is
                whole = counted_before.get(ent.sent.start) if part is not None else None
                noun = part if part is not None else noun
                if noun is None and a_count:
                    # "Seven people have died on Queensland roads, five in Victoria": a list's
                    # later item counts the noun the list names once, with its event; "boost
                    # the places from 800 people to 1,200": the new value counts what the old did.
                    # Only a noun a figure before counted: "scored a career-high 33 points in the
                    # season opener, 12 in the fourth quarter" is one game's statistics, both
                    before = counted_before.get(ent.sent.start)
                    item = worth.list_item_of(ent)
                    if item is not None and (before is None or item.i != before.i):
                        if value == 1 and ent.text.lower() in ("one", "1"):
                            continue  # "one" of such a list is no quantity, as it was
                        item = None
                    whole = item or _changed_to(ent, before)
                    noun = whole
                holder = noun if noun is not None else ent.root
                if not bound and parsed[1] == "exact" and not isinstance(value, list) and not zero \
                        and listed is not None and listed[0] and _listed_after(ent, holder, listed[1:]):
                    bound, qualifier = True, "at most"  # "up to 70 per cent ..., and 60 per cent"
                listed = (bound, ent.sent.start, _clause_verb(holder).i, end)
                in_years = bool(duration) and len(duration) > 2 and duration[2] == "years"
                # "$15,000", "$100 billion", "£88m.": the parse names the number itself (or its
                # scale, with the full stop of a sentence it ends) as what is counted, so each
                # amount was a thing of its own and two reports' prices of one thing never met;
                # an amount counts its currency. So does "$85 million worth of orders": the
                # parse makes "worth" the counted noun, and the sum never met another report's
                # "grossed $142 million" (T14's box office)
                # "50 bucks", "250,000 dollars": the currency's name in the entity counts its
                # currency too, as the sign does
                currency = _currency(ent) if ent.label_ == "MONEY" and noun is not None \
                    and ((ent.start <= noun.i < ent.end
                          and (noun.like_num or noun.lower_.rstrip(".") in SCALES or is_name(noun.text)))
                         or (noun.lower_ == "worth" and noun.i == ent.end)) else None
                anchor = noun if noun is not None else ent.root
                event, event_token = zero or event_of(whole or anchor)
                # a count that says itself what it counts: "a mother of 12 killed" is 12
                # children, and they were not killed; a side of a win-loss record counts wins
                # or losses, a side of a vote's tally votes for or against, nothing else
                named = ("child", "children") if _parent_of(ent) else \
                    _SIDES[side] if side else None
                if named:
                    noun, event, event_token = None, None, None
                if slip and event is None:
                    continue
                change = None
                if noun is None and event is None and not named and not duration and not multiple:
                    noun, change = amount_of(ent) or (None, None)  # "claims rose 37,000"
                    if change is not None:
                        event_token = None
                if noun is None and event is None and not named and not duration and not multiple:
                    noun = stated_of(ent)  # "the number of Americans eligible ... is 72 million"
                    if noun is not None:  # "the number of people evacuated was 3,000"
                        event, event_token = event_of(noun)
                        if event is None:  # "reached 184": the verb sets the count, no event
                            event_token = None
                # a bare number with nothing counted ("in 2011", "one of", "All three live in
                # ..."): read only to be set beside another report's figure of its very value
                # (``figure_blocks.beside_counted``), else left out
                if noun is None and event is None and not named and not duration and not measure \
                        and not multiple:
                    # "played for the Sixers for 11 seasons and served as an assistant coach for
                    # seven", "About 39 million people watched, compared with 55.3 million a
                    # decade ago": a number whose noun is left out after a preposition counts
                    # the noun of the sentence's figure before it
                    noun = _elided(ent, counted_before.get(ent.sent.start))
                bare = noun is None and event is None and not named and not multiple
                event = event or change
                if noun is None and ent.label_ == "CARDINAL" and isinstance(value, int) \
                        and 1800 <= value <= 2100 and _YEAR_IN_TEXT.search(ent.text):
                    continue  # a year
                counted_as = _occurrences(noun)
                # "a population of more than 80,000" counts the people who live there, as
                # "home to 95,000 people" and "about 200,000 residents" do
                inhabitants = noun is not None and (crowd or noun.lemma_.lower() in INHABITANTS)
                verb = event or (event_token.lemma_ if event_token is not None else None)
                measured = measured_thing(noun) if duration and not event else None
                if measured:
                    verb = measured  # "the 16-hour flight" and "the 15-hour flight": the flight's
                if duration and verb is None:
                    # durations of one unit are rarely one quantity ("took 38 months", "leaves
                    # 32 months"): the verb that owns the duration keeps them apart
                    owner = next((t for t in noun.ancestors if t.pos_ in ("VERB", "AUX")), None)
                    verb = owner.lemma_.lower() if owner is not None else None
                if measure and measure[2] == "magnitude":
                    # a quake has one magnitude whichever verb carries it ("the magnitude 7
                    # tremor struck", "the 5.8-magnitude tremor that shook", "the magnitude-5.8
                    # quake killed"): a magnitude counts no one killed; another quake's
                    # magnitude in the same report is set aside by its article (see figure_status)
                    verb = None
                # the figure as the text writes it: "dozens", "more than 100", "up to 83"
                expression = doc[start:end].text.strip()
                if hedge and not expression.lower().startswith(hedge):
                    expression = doc[start - len(hedge.split()) - article_after:end].text
                expression = re.sub(r"^(the|a total of)\s+", "", expression, flags=re.I)
                attributed_to = quoted.get((p, ent.root.i)) or _attribution(ent, names, pronoun)
                voice = worth.spoken(ent, spoken.get(p, set()))
                if worth.unvoiced(voice, attributed_to):
                    continue  # "I promise you within 72 hours": a voice no one is named for
                if expression.endswith(".") and glued_scale(doc[end - 1].text, True):
                    expression = expression[:-1]  # "£88m." ending a sentence: the stop is the sentence's
                unit = "measure:" + measure[2] if measure else "percent" if share is not None \
                    else _unit(ent, duration, noun)
                # "between 30 and 60 percent damage" counted "between", a block of its own: a
                # share whose parse root is a word of the number counts nothing named, as "52
                # percent" counts no "percent" (``claims.prepared_statements``)
                counts_nothing = unit == "percent" and share is None and noun is not None \
                    and not (duration or measure) and ent.start <= noun.i < ent.end \
                    and not _names_a_counted_thing(noun)
                # "caused 52 deaths", "the death toll rose to 52", "claimed 52 lives": a noun
                # that names an event (``events.own_event``), whose count may be that event's
                # toll (``figure_blocks.tolls_told``)
                toll = own_event(noun) if unit == "count" and noun is not None and not named \
                    and not duration and not measure else None
                if noun is not None and unit == "count" and not named and not counted_as \
                        and noun.pos_ == "NOUN" and noun.tag_ == "NNS" and not crowd \
                        and predicate is None:
                    counted_before[ent.sent.start] = noun
                out.append({
                    "article": article.id,
                    "value": value,
                    "qualifier": qualifier,
                    "expression": expression,
                    "text": ent.sent.text.strip(),
                    "noun": None if counts_nothing else named[0] if named else counted_as[0] if counted_as else
                    "year" if in_years else measure[2] if measure else currency if currency else
                    "people" if inhabitants else noun.lemma_.lower() if noun is not None else None,
                    "surface": None if counts_nothing else named[1] if named else counted_as[1] if counted_as else
                    "years" if in_years else measure[2] if measure else currency if currency else
                    "people" if inhabitants else noun.lower_ if noun is not None else None,
                    # "23 men", not "the No. 3 ad": a count of three or more names a plural;
                    # not "hosted the gala four times", whose plural counts the verb's
                    # occurrences, no things (two renamed counts of things never meet it)
                    "plural": not counts_nothing and noun is not None and not named and not counted_as
                    and (noun.tag_ in ("NNS", "NNPS") or inhabitants),
                    "phrase": None if counts_nothing else named[1] if named else counted_as[2] if counted_as else
                    measure[2] if measure else currency if currency else
                    "people" if crowd else _noun_phrase(noun) if noun is not None else None,
                    "event": verb,
                    "event_text": event or (event_token.text if event_token is not None else ""),
                    "attributed_to": attributed_to,
                    # told in a speaker's voice, not the report's (worth.kept_apart)
                    "voice": voice,
                    "vague": any(w.lower() in VAGUE for w in ent.text.split()),
                    "unit": unit,
                    "role": measure_role(measure[1]) if measure else None,
                    "measured": bool(measured),  # a duration keyed by the thing it measures
                    "place": None if named else place_of(ent),  # "a Brooklyn mother of 12"
                    "scope": scope_of(ent, noun if noun is not None and not named else ent.root,
                                      article.published),
                    # "two sides", "two aides": a count this small is a figure only when
                    # another report counts the same thing too (see claims.rule_parts)
                    "small": ent.label_ not in ("MONEY", "PERCENT") and not duration and not measure
                    and not isinstance(value, list) and value <= 2
                    and event not in EVENTS.values(),
                    **({"bare": True} if bare else {}),
                    **({"toll": toll} if toll else {}),
                })
                if multiple:
                    out[-1].update(noun=MULTIPLE, surface=MULTIPLE, phrase=MULTIPLE, plural=False,
                                   unit=MULTIPLE, event=None, event_text="", small=False)
    _one_currency(out)
    pair_sides(out)
    return out


def _one_currency(statements: list[dict]) -> None:
    """A sum written without its currency ("grossed more than 96 million", which the NER
    calls money) in a story whose every other sum is in one currency is in that currency, as
    a reader takes it: before, its unit was "money:?" and its counted noun "money", so it
    never met another report's "$142 million" (T14's box office). A story with sums in two
    currencies, or none, leaves it as it was: which one it is, the text does not say. The
    story, not the article: one report may give a single bare sum."""
    units = {s["unit"] for s in statements if s["unit"].startswith("money:")} - {"money:?"}
    if len(units) != 1:
        return
    unit = next(iter(units))
    # the counted noun an amount of that currency takes ("dollars"), when one
    nouns = {s["noun"] for s in statements if s["unit"] == unit and s["noun"] and s["phrase"] == s["noun"]}
    for s in statements:
        if s["unit"] == "money:?":
            s["unit"] = unit
            if s["noun"] == "money" and len(nouns) == 1:
                s["noun"] = s["surface"] = s["phrase"] = next(iter(nouns))


def _currency(ent) -> str:
    """The currency an amount is in, as a plural noun ("$15,000" -> "dollars", "A$2.5m" ->
    "Australian dollars"), "money" when the sum names none."""
    doc = ent.doc
    return currency_of(doc[max(ent.start - 1, 0):min(ent.end + 1, len(doc))].text) or "money"


def _unit(ent, duration, noun=None) -> str:
    """What a figure measures, so a rate is never compared with a count nor dollars with
    euros: "percent", "money:dollar", "rate" ("65.2 per 100,000"), a duration's unit, or "count".
    A number the NER calls a cardinal that counts a unit of time (``noun``: "a promised 4 and 6
    hours" of battery life, where "7 hours" was a TIME) is a duration as much as "five hours"
    labelled TIME is: read as a count, T13's battery life of 5 hours stood apart from the
    other report's "5 hours of battery life"."""
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
    if ent.label_ == "MONEY":
        # one currency however it is written: "$1 million" and "a million dollars" are one
        # amount to compare ("money:dollar"), as "£5m" and "five million pounds" are; a
        # country's dollar is its own ("money:Australian dollar", ``currency``)
        currency = _currency(ent)
        if currency == "money" and noun is not None and noun.i >= ent.end \
                and noun.tag_ in ("NNS", "NNPS") and noun.lemma_.lower() not in SCALES:
            # "tens of millions of Americans", "Hundreds of millions of viewers": the NER's
            # money names no currency and counts the people after it
            return "count"
        return "money:?" if currency == "money" else "money:" + currency.rstrip("s")
    if noun is not None and noun.lemma_.lower() in TIME_UNITS:
        return "duration:" + noun.lemma_.lower()
    return "count"
