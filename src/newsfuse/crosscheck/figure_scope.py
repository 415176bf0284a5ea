"""The scope of a figure: the place and the time it is about, whether it is a forecast, and
whether it counts a part of a set ("nine of his animals").

"rose 0.9% in June" and "0.6% in May", "45 percent in Kenya" and "40 percent in Uganda",
"a goal of 70 percent" and "44.4%": alike in noun and unit, two quantities each. The figure
reader records the scope; grouping and status read it through ``scope_conflict`` and
``place_key``, so "are these two figures about the same place and time" has one answer.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date

from ..dates import MONTHS, YEAR_DIGITS
from .numbers import compatible, interval, words_to_number
from .speech import is_speech_verb


# Words that place a thing on a route or a map ("between Spain and Morocco", "off Sicily",
# "linking Africa with Europe"); the place does not split what is counted by place, as "45
# percent in Kenya" and "40 percent in Uganda" are split.
ROUTE_WORDS = {"between", "off", "from", "connecting", "linking", "via", "near", "through",
               "across", "along", "outside", "and", "coast", "shores", "south", "north", "east",
               "west"}


def place_of(ent) -> str | None:
    """The place a figure is about when its sentence names one right beside it ("45 percent of
    data traffic in Kenya, 40 percent in Uganda"): the nearest place within a few words
    after the number (or just before it), never across another number. A place that says
    where a thing lies ("cables between Spain and Morocco", "off the coast of Sicily") does not
    scope it, and a place after a comma starts the next figure's scope."""
    doc, sent = ent.doc, ent.sent
    best = None
    for other in doc.ents:
        if other.label_ not in ("GPE", "LOC") or not (sent.start <= other.start < sent.end):
            continue
        lead = doc[max(other.start - 3, 0):other.start]
        lead = [t.lower_ for t in lead if t.lower_ not in ("the", "of")][-1:]
        if lead and lead[0] in ROUTE_WORDS:
            continue  # "three cables between Spain and Morocco": where the thing lies, not a scope
        if other.start >= ent.end:
            distance = other.start - ent.end
            if distance > 8:
                continue  # too far to scope it, whatever stands between (checked below too)
            gap = doc[ent.end:other.start]
            if any(t.text in (",", ";") for t in gap):
                continue  # "down by 70 percent, in Kenya by 55 percent": the next figure's place
        elif other.end <= ent.start and ent.start - other.end <= 3:  # "in Kenya, 40 percent"
            gap = doc[other.end:ent.start]
            distance = (ent.start - other.end) * 2  # a place after the number is likelier
        else:
            continue
        # a conversion in parentheses is the same figure again: "some 120 kilometers (75
        # miles) southeast of Lyon"
        gap = [t for t in gap if not _in_parentheses(t)]
        if distance > 8 or any(t.like_num or t.ent_type_ in ("PERCENT", "CARDINAL", "MONEY",
                                                             "QUANTITY") for t in gap):
            continue
        if best is None or distance < best[0]:
            best = (distance, other.text)
    return best[1] if best else None


# What a figure's scope is read from: the months and years its clause dates it to, and
# whether it is a forecast or a goal rather than a count of what happened.
_WHEN = re.compile(r"\b(?:(%s)|(%s))\b" % ("|".join(MONTHS), YEAR_DIGITS), re.I)
# a figure someone expects or aims at is another quantity than the one that came about
# ("forecasters had anticipated ... 5.8%" against "rose to 6.1%", "a goal of 70 percent"
# against "currently stands at 38.7%"); "estimated" is left out, it mostly hedges a count
# ("aim" is a noun only: "aiming at rival drug crews" points a gun, it forecasts nothing)
EXPECTATION_VERBS = {"expect", "forecast", "predict", "anticipate", "project"}
EXPECTATION_NOUNS = {"expectation", "forecast", "forecaster", "prediction", "projection", "goal",
                     "target", "aim", "consensus", "estimate"}
_TIME_PREPOSITIONS = {"in", "on", "during", "for", "throughout", "over"}
# a month or year named from the day of writing: "The Senate last month approved ... on a 94-1
# vote" in a report of May 18 and "It passed the Senate 92-6 in April" in another are both
# April's vote, and reports write a past month so as often as by its name
_RELATIVE_WHEN = re.compile(r"\b(last|this|next)\s+(month|year)\b", re.I)
_SHIFT = {"last": -1, "this": 0, "next": 1}


def _relative_marks(text: str, published: str | None) -> set[str]:
    """The month names and years a relative date ("last month", "this year") names, counted
    from the report's date of publication; none without one."""
    found = _RELATIVE_WHEN.findall(text)
    if not found or not published:
        return set()
    try:
        day = date.fromisoformat(published[:10])
    except ValueError:
        return set()
    marks = set()
    for which, unit in found:
        shift = _SHIFT[which.lower()]
        if unit.lower() == "year":
            marks.add(str(day.year + shift))
        else:
            marks.add(MONTHS[(day.month - 1 + shift) % 12])
    return marks


def scope_of(ent, anchor, published: str | None = None) -> dict:
    """The scope of a figure, read from the parse: ``when`` (the months and years of the
    nearest date that governs it: "rose 0.9% in June" is June, "faster than the 0.6% increase
    in May" is May, "last month" the month before ``published``, the report's ISO date),
    ``expected`` (a forecast, a goal or an aim governs it) and ``where`` (the places its own
    clause names, ``_clause_places``). Two figures whose scopes differ
    are two quantities however alike their nouns: May's rise and June's, the goal and the
    count, the West Bank ambush's dead and the Jerusalem bombings'."""
    doc, sent = ent.doc, ent.sent
    path = [anchor]
    while path[-1].head is not path[-1] and len(path) < 12:
        path.append(path[-1].head)
    # a date dates the figure when it hangs on the figure's own clause, up to its verb
    clause = next((n for n, t in enumerate(path) if n and t.pos_ in ("VERB", "AUX")), len(path))
    level = {t.i: n for n, t in enumerate(path[:clause + 1])}
    earlier = False
    if clause < len(path):
        # the thing that did it dates the figure too: "the 2011 flood that killed more than 200
        # people", "A 1994 flood killed a dozen people", "the Trikala flood of 2011 killed ..."
        # are an earlier event's toll, not the story's, however alike the sentence reads
        for agent in _agents(path[clause]):
            level.setdefault(agent.i, clause)
            earlier = earlier or _another_event(agent)
    when, best = set(), None
    for other in doc.ents:
        if other.label_ != "DATE" or not (sent.start <= other.start < sent.end) \
                or ent.start <= other.start < ent.end:
            continue
        found = _WHEN.findall(other.text)
        relative = set() if found else _relative_marks(other.text, published)
        if not found and not relative:
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
        marks = {(m or y).lower() for m, y in found} | relative
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
    partitive = _partitive(ent)
    return {"when": frozenset(when), "expected": expected, "change": _increment(ent),
            "part": partitive or _rest_of(ent) or _besides_named(ent),
            "whole": _whole_of(ent) if partitive else None,
            "one_kind": _one_kind(ent), "kinds_together": _kinds_together(ent), "earlier": earlier,
            "running": _running_total(path[clause] if clause < len(path) else None, path),
            **_clause_places(path, clause)}


# dependents that open a clause of their own: a place named there is where something else
# happened ("killed 10 people as police raided a house in Jenin" dates and places the raid)
_OWN_CLAUSE = {"ccomp", "advcl", "relcl", "parataxis", "conj", "acl", "csubj", "xcomp", "pcomp"}


def _clause_places(path, clause) -> dict:
    """The places the figure's own clause names, as place keys: the clause verb and what hangs
    on it, without the clauses of their own that hang there, and, when the clause qualifies a
    noun ("the attack on the Parliament building in New Delhi that left 12 dead", "two suicide
    bombings in the Gaza Strip in which three people were wounded"), that noun's words too.
    ``place_of`` reads a place only right beside the number ("45 percent in Kenya"); the place
    of an incident is as often written on its event noun or at the clause's end ("shot dead
    eight suspected militants in a night-long encounter in southern Kashmir"). Counts of one
    thing set in two places, no value shared, are the tolls of two incidents, not rival
    counts of one (``figure_status._incidents_apart``). Returned as ``where``, beside
    ``near``: the places the clause names after a word of a route or a border ("struck
    Afghanistan near the borders of Tajikistan"), which scope nothing but tell that the
    report sets the figure by that place too, so that it is no other place's."""
    if not path:
        return {"where": frozenset(), "near": frozenset()}
    verb = path[min(clause, len(path) - 1)]
    on_path = {t.i for t in path}
    heads = [verb]
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
        heads.append(verb.head)
    seen, stack = set(), list(heads)
    while stack:
        t = stack.pop()
        if t.i in seen:
            continue
        seen.add(t.i)
        for c in t.children:
            if c.i in on_path or not (c.dep_ in _OWN_CLAUSE and c.pos_ in ("VERB", "AUX")):
                stack.append(c)
    doc = verb.doc
    out, near = set(), set()
    for ent in verb.sent.ents:
        if ent.label_ not in ("GPE", "LOC") or ent.root.i not in seen:
            continue
        if ent.end < len(doc) and doc[ent.end].text == "-":
            continue  # "US-led airstrikes", "the UK-based Observatory": who, not where
        lead = [t.lower_ for t in doc[max(ent.start - 3, 0):ent.start] if t.lower_ not in ("the", "of")][-1:]
        key = place_key(ent.text)
        if not key or key in ROUTE_WORDS:  # "a South side Walmart": a side of town, no place
            continue
        # "from Spain", "between X and Y": where a thing lies or comes from, not its scope
        (near if lead and lead[0] in ROUTE_WORDS else out).add(key)
    return {"where": frozenset(out), "near": frozenset(near)}


def places_shared(wa, wb) -> bool:
    """Whether two sets of place keys name one place, whole or as a word of a longer name."""
    return bool(wa and wb) and not places_apart(wa, wb)


def places_apart(wa, wb) -> bool:
    """Whether two sets of place keys name no place in common, whole or as a word of a longer
    name ("gaza" and "gaza strip" are one place)."""
    if not wa or not wb or wa & wb:
        return False
    return not any(_within(x, y) or _within(y, x) for x in wa for y in wb)


def _within(inner: str, outer: str) -> bool:
    """Whether a place key is written within a text, as its words ("gaza" in "gaza strip")."""
    return _folded(inner) in _folded(outer)


# verbs that carry a total to its new level: "the toll has risen to 37", "stands at 45"
_TOTAL_VERBS = {"rise", "climb", "reach", "stand", "grow", "increase", "jump", "mount", "swell", "hit"}
# adverbs of a count kept up to the time of writing: "so far", "to date", "thus far"
_SO_FAR = {("so", "far"), ("to", "date"), ("thus", "far")}


def _running_total(verb, path) -> bool:
    """Whether a figure's clause tells a total kept up to the time of writing: its verb in the
    present perfect ("20 people have died on New South Wales roads", "has recorded 10 of the
    26 deaths"), a verb of a total's level in the present or present perfect with the figure
    after "to" or "at" ("the toll has risen to 37", "stands at 45"), or "so far" / "to date"
    on it. Two reports of such a total that give different values tell it at two times, not
    a quantity they dispute (``figure_status._conflict``)."""
    if verb is None:
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    perfect = verb.tag_ == "VBN" and any(c.lemma_.lower() == "have" and c.tag_ in ("VBZ", "VBP")
                                         for c in aux)
    doc = verb.doc
    if not perfect and verb.lemma_.lower() == "have" and verb.tag_ in ("VBZ", "VBP"):
        # "have each recorded three deaths", parsed with "have" for the verb and "recorded"
        # for a modifier of the deaths: the participle after it is the verb
        after = next((t for t in doc[verb.i + 1:verb.sent.end] if t.tag_ not in ("RB", "DT")), None)
        perfect = after is not None and after.tag_ == "VBN"
    if perfect:
        return True
    words = [t.lower_ for t in doc[verb.sent.start:verb.sent.end]]
    if any(pair in _SO_FAR for pair in zip(words, words[1:])):
        return True
    if verb.lemma_.lower() in _TOTAL_VERBS and verb.tag_ in ("VBZ", "VBP") and \
            any(t.dep_ == "prep" and t.lower_ in ("to", "at") and t.head is verb for t in path):
        return True
    return False


# words that set the thing that did it apart from the story's own: "an earlier attack that
# killed 16", "a previous bombing killed 30", "another blast last year killed 12"
_OTHER_EVENT = {"earlier", "previous", "prior", "separate", "similar", "another"}


def _another_event(agent) -> bool:
    """Whether the noun that did what a figure's clause tells is marked as another event than
    the story's ("An earlier attack on the market killed 16 people", "a similar bombing that
    killed 30"): its toll is that event's, not a rival count of the story's dead."""
    return agent.pos_ == "NOUN" and any(
        c.dep_ in ("amod", "det", "advmod") and c.lower_ in _OTHER_EVENT for c in agent.children)


# "20 million more Britons", "millions fewer voters": a count of what is added to (or taken
# from) a total; "more than 35 million" is a bound (see HEDGES)
_MORE_AFTER = {"more", "fewer"}


def _agents(verb) -> list:
    """The noun that does what a figure's clause tells, with its "of" phrase: the subject of
    the verb ("A 1994 flood killed a dozen people") or the noun a relative clause hangs on
    ("the 2011 flood that killed more than 200 people"). A year or month written on it dates
    the figure as one written on the clause does."""
    nouns = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"]
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ == "NOUN":
        nouns.append(verb.head)
    return [t for n in nouns for t in (n, *(c for c in n.children
                                             if c.dep_ == "prep" and c.lower_ == "of"))]


def _increment(ent) -> bool:
    """Whether a figure counts what is added to (or taken from) a total rather than the total:
    "treating 20 million more Britons" is not "33 million Americans would meet the
    threshold", however alike the nouns; a rise is one quantity and the level another, as a
    rate is not a count. Only "more" between the number and the noun it counts: "killed 163
    people and left hundreds more hurt" counts the injured, not a rise in them."""
    doc = ent.doc
    if ent.end + 1 >= len(doc):
        return False
    more, noun = doc[ent.end], doc[ent.end + 1]
    return more.lower_ in _MORE_AFTER and noun.pos_ in ("NOUN", "PROPN")


# what follows "N of" when N counts some of a set the sentence names: "nine of his animals",
# "three of the 10 victims", "two of them"
_PART_OF = {"the", "his", "her", "its", "their", "our", "my", "your", "those", "these", "them",
            "us", "whom", "which"}


def _partitive(ent) -> bool:
    """Whether a figure counts a part of a set its sentence names ("the husky killed nine of
    his animals", "three of the 10 victims were children", "none of the passengers was
    hurt"), not the set: a report that counts the part says nothing against another's count
    of the whole, however alike the nouns. "All 12 of the miners" and "both of them" count
    the whole, and "a total of 35" puts the number after its "of". A share ("26 percent of
    the country's emissions") or a sum ("$5 million of the fund") is the quantity a report
    gives, not a part of a count, and is left to its unit."""
    doc = ent.doc
    if ent.label_ not in ("CARDINAL", "ZERO"):
        return False
    if ent.end + 1 >= len(doc) or doc[ent.end].lower_ != "of":
        return False
    after = doc[ent.end + 1]
    if not (after.lower_ in _PART_OF or after.like_num):
        return False
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    return before not in ("all", "both", "each") and ent[0].lower_ not in ("all", "both", "each")


# "the remaining 29", "the other two victims": what is left of a set the story has counted
_REST = {"remaining", "other"}


def _rest_of(ent) -> bool:
    """Whether a count is the rest of a set ("the remaining 29 were presumed dead", "the
    other two victims were taken to hospital"): as "29 of them" is, a part of the set the
    story counts, no rival of its whole ("all 32 crew")."""
    if ent.label_ not in ("CARDINAL", "ZERO"):
        return False
    num = ent.root
    noun = num.head if num.dep_ == "nummod" and num.head.pos_ in ("NOUN", "PROPN") else num
    words = [c for t in {num, noun} for c in t.children if c.i < num.i]
    return any(c.dep_ == "amod" and c.lower_ in _REST for c in words) and \
        any(c.dep_ == "det" and c.lower_ == "the" for c in words)


def _besides_named(ent) -> bool:
    """Whether a count counts the others besides someone or something its sentence names
    first ("Ambassador Christopher Stevens and three other Americans were killed", "the
    United States and five other world powers", "a woman's body found along with three
    other bodies"): a part of a set that takes in the one named too, so no rival of another
    report's count of the whole ("four Americans", "six world powers", "the four bodies").
    Only a count joined by "and" to a noun with no number of its own, or set "with" the one
    named: "killing 13 people and injuring 10 others" counts all the injured (the verb's
    object, not a conjunct), and "two people ... and 10 others" are two counts."""
    if ent.label_ not in ("CARDINAL", "ZERO"):
        return False
    num = ent.root
    if num.dep_ != "nummod" or num.head.pos_ not in ("NOUN", "PROPN"):
        return False
    noun, first = num.head, num.head.head
    if not (noun.lower_ == "others" or any(c.dep_ == "amod" and c.lower_ == "other"
                                           for c in noun.children)):
        return False
    if noun.dep_ == "pobj" and first.lower_ == "with":
        return True  # "found in a garage along with three other bodies"
    return noun.dep_ == "conj" and first.pos_ in ("NOUN", "PROPN", "PRON") and \
        not any(c.dep_ == "nummod" or c.like_num for c in first.children)


def _one_kind(ent) -> bool:
    """Whether a count counts one kind of the people or things a sentence lists ("two men and
    a woman were killed", "killed 30 soldiers and 20 civilians"): a part of the toll, which
    another report's count of the whole ("three deaths", "50 killed") does not contradict.
    Only conjuncts with a number or an article of their own list kinds: "200 men and women"
    counts both. Whether the other report counts the whole or the same kind is left to
    ``figure_status._part_beside_whole``, which sees both nouns."""
    if ent.label_ not in ("CARDINAL", "ZERO"):
        return False
    num = ent.root
    noun = num.head if num.dep_ == "nummod" and num.head.pos_ in ("NOUN", "PROPN") else num
    first = noun
    while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN", "NUM"):
        first = first.head

    def own_count(t) -> bool:
        return any(c.dep_ in ("nummod", "det") and c.lower_ not in ("the", "these", "those")
                   for c in t.children) or t.pos_ == "NUM"

    conjuncts = [first]
    for t in first.subtree:
        if t.dep_ == "conj" and t.pos_ in ("NOUN", "PROPN") and t.head in conjuncts:
            conjuncts.append(t)
    if len(conjuncts) < 2 or not all(own_count(t) for t in conjuncts):
        return False
    if not any(c.dep_ == "cc" and c.lower_ == "and" for t in conjuncts for c in t.children):
        return False
    return len({t.lemma_.lower() for t in conjuncts}) > 1


def _kinds_together(ent) -> frozenset | None:
    """The kinds a count counts together when its noun is joined to others that have no
    number of their own ("its 239 passengers and crew", "200 men and women"), as lemmas, else
    None: such a count is the whole a listed kind ("12 crew and 227 passengers",
    ``_one_kind``) is a part of, though both name the passengers."""
    if ent.label_ not in ("CARDINAL", "ZERO"):
        return None
    num = ent.root
    if num.dep_ != "nummod" or num.head.pos_ not in ("NOUN", "PROPN"):
        return None
    noun = num.head
    joined = [t for t in noun.children if t.dep_ == "conj" and t.pos_ in ("NOUN", "PROPN")
              and not any(c.dep_ == "nummod" or c.like_num for c in t.children)]
    if not joined or not any(c.dep_ == "cc" and c.lower_ == "and" for c in noun.children):
        return None
    return frozenset(t.lemma_.lower() for t in (noun, *joined))


def _whole_of(ent) -> float | None:
    """The size of the set a part is counted of when the sentence writes it: 10 in "three of
    the 10 victims", 2,383 in "1,712 of the needed 2,383 delegates"; None for "nine of his
    animals"."""
    doc = ent.doc
    for t in doc[ent.end + 1:min(ent.end + 4, len(doc))]:
        if t.like_num:
            return words_to_number([t.text])
        if t.pos_ not in ("DET", "ADJ", "VERB", "PRON") or t.lower_ == "of":
            return None
    return None


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
        return "change"  # "20 million more Britons" against "33 million Americans"
    # a report may call a figure a goal where another does not ("the 1.5C aim", "1.5C"):
    # the goal and the count are told apart only where their values differ
    if sa["expected"] != sb["expected"] and not compatible(
            [interval(a["value"], a["qualifier"]), interval(b["value"], b["qualifier"])]):
        return "expected"
    return None


def _in_parentheses(token) -> bool:
    """Whether a token sits inside a short parenthesis of its sentence (or is one): the nearest
    bracket before it in its sentence opens, at most six tokens back. Only those six tokens are
    read (not the sentence, whose finding walks back to its start): asked of every token
    between a figure and the places of its sentence, a scan of the sentence made a 3,000-word
    line without a full stop take minutes."""
    if token.text in ("(", ")"):
        return True
    if token.is_sent_start:
        return False
    doc = token.doc
    for i in range(token.i - 1, max(token.i - 7, -1), -1):
        if doc[i].text in ("(", ")"):
            return doc[i].text == "("
        if doc[i].is_sent_start:
            break
    return False


# Words a place's name may carry or drop: "the Mediterranean Sea" is "Mediterranean".
_PLACE_GENERIC = {"the", "sea", "ocean", "gulf", "of", "city", "province", "state", "region",
                  "county", "island", "islands"}


def _folded(text: str) -> str:
    """Lower-case words without dots ("U.S." is "us"), spaced at both ends for a word search."""
    return " " + " ".join(re.findall(r"[a-z0-9]+", text.replace(".", "").lower())) + " "


def _initials(name: str) -> str:
    """"United Arab Emirates" -> "uae": the short form a report may write instead."""
    words = [w for w in re.findall(r"[A-Za-z]+", name) if w[0].isupper()]
    return "".join(w[0] for w in words).lower() if len(words) > 1 else ""


def places_named(cluster) -> "_NamedIn":
    """Which articles name a place a figure is scoped to (``named_in.get(place)``): the place
    written whole, by its key (``place_key``), or as the initials of a place another entity
    of that article spells out ("US" and "the United States"), so that a report is not taken
    to go where no other does because it spells the place its own way. The text is searched,
    not the entities alone: the parser tags one name a place in one report and not in
    another."""
    texts = {a.id: _folded(" ".join([a.title or "", a.text or ""])) for a in cluster.articles}
    spelled: dict[str, set[str]] = defaultdict(set)
    for article, docs in cluster.docs.items():
        for doc in docs:
            for ent in doc.ents:
                if ent.label_ in ("GPE", "LOC", "ORG", "FAC") and _initials(ent.text):
                    spelled[article].add(_initials(ent.text))
    return _NamedIn(texts, spelled)


class _NamedIn:
    """``get(place)``: the articles naming a place, looked up on first use."""

    def __init__(self, texts: dict[str, str], spelled: dict[str, set[str]]):
        self.texts, self.spelled, self.seen = texts, spelled, {}

    def get(self, place: str, default=()):
        if place not in self.seen:
            forms = {_folded(place), _folded(place_key(place.replace(".", ""))), _folded(_initials(place))}
            forms = {f for f in forms if f.strip()}
            bare = place.replace(".", "").strip().lower()
            self.seen[place] = {a for a, text in self.texts.items()
                                if any(f in text for f in forms) or bare in self.spelled.get(a, ())}
        return self.seen[place] or default


def place_key(place: str | None) -> str:
    """One spelling per place, so one quantity is not split by how a report names it: "Iran's
    government paid" and "payments by North Korea" are one place (a possessive ending
    is no word of the name)."""
    words = re.findall(r"[a-z]+", re.sub(r"['’]s\b", "", (place or "").lower()))
    return " ".join(w for w in words if w not in _PLACE_GENERIC) or " ".join(words)


def other_places(a: dict, b: dict) -> bool:
    """Whether two figures are about two different places: both have a place, their keys
    differ, and neither place is named within the other, as a word of its name or in its
    sentence. A report scopes a figure to the town or to the country: "to build the new plant
    in San Luis Potosi, Mexico" and "a $1.6 billion assembly plant in Mexico" are one plant;
    a dateline read into the name, "Abuja Nigeria's hunt for more than 200 abducted
    schoolgirls", is still Nigeria's. A sentence that names the other's place says nothing
    about another place."""
    if not (a.get("place") and b.get("place")):
        return False
    ka, kb = place_key(a["place"]), place_key(b["place"])
    if ka == kb:
        return False
    return not any(_within(inner, outer) or _within(inner, text)
                   for inner, outer, text in ((ka, kb, b["text"]), (kb, ka, a["text"])))
