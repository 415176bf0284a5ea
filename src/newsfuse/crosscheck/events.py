"""Which event a counted figure belongs to: "62 soldiers were killed", "left 62 dead", "put
the death toll at 83".

Both the rules that leave a number out of the figures table (``worth``: a family the story
already knows stays a figure when a toll word governs it) and the grouping of figures
(``claims``: figures are blocked by event) ask this of the parse, and must get the same answer,
so it is read here, once. (``worth`` is imported by ``claims``, so it cannot import from it.)
"""

from __future__ import annotations

from .speech import SPEECH_VERBS
from .speech_words import CALLED_VERBS

# Event words and the one participle a group is named by; the casualty words matter most.
EVENTS = {
    "kill": "killed", "die": "killed", "dead": "killed", "death": "killed", "fatality":
    "killed", "casualty": "killed", "slay": "killed", "perish": "killed", "murder": "killed",
    "drown": "killed", "slaughter": "killed", "massacre": "killed",
    "wound": "wounded", "injure": "wounded", "injured": "wounded", "wounded": "wounded",
    "hurt": "wounded", "injury": "wounded", "arrest": "arrested", "detain": "arrested",
    "displace": "displaced", "evacuate": "evacuated", "rescue": "rescued", "miss": "missing",
    "missing": "missing", "unaccounted": "missing",
}
# Verbs that credit a figure to their subject ("X said", "X put the toll at", "X estimated");
# not words called out loud (``CALLED_VERBS``): 'a man screamed and repeated "I'm dead" 23
# times' counts the narrator's 23.
ATTRIBUTION_VERBS = (SPEECH_VERBS - CALLED_VERBS) | {
    "estimate", "put", "count", "record", "cite", "tally", "document", "believe", "say",
    "propose", "demand", "seek", "recommend", "reveal"}
TRACKED = set(EVENTS.values())
# A counted noun belongs to the verb above it only as one of its arguments; "in four
# strikes" says how, not what was wounded.
CORE_DEPS = {"nsubj", "nsubjpass", "dobj", "attr", "appos", "conj", "oprd", "dative", "ROOT",
             "nummod", "quantmod", "det", "amod", "compound", "ccomp", "relcl", "acl", "advcl",
             "xcomp", "pcomp"}


# Nouns that name the event itself, so that a count of them may be the event's toll whatever
# verb carries it: "caused 52 deaths", "there were 12 injuries", "police made 45 arrests", "the
# number of dead reached 52". ("wound" is left out: "52 stab wounds" are not 52 wounded.)
EVENT_NOUNS = {"death", "fatality", "casualty", "murder", "injury", "arrest", "dead", "wounded",
               "injured", "missing"}
# nouns that name a count, which a word of an event before them makes that event's toll ("the
# death toll", "the casualty count", "an injury tally"); "the toll" alone is the death toll
TOLL_NOUNS = {"toll", "tally", "count"}
# verbs whose object "lives" is a toll of the dead: "claimed 52 lives", "52 people lost their
# lives" ("saved 52 lives" counts the living, and is no toll)
_LIVES_TAKEN = {"claim", "cost", "take", "lose"}


def own_event(token) -> str | None:
    """The event a counted noun names by itself ("52 deaths", "the death toll", "claimed 52
    lives"): such a count may be the toll of an event the story tells ("the bomb caused 52
    deaths" beside "killed at least 50 people"), or a statistic ("5.2 million deaths were
    attributable to poor diet"), which ``figure_blocks.tolls_told`` tells apart. None for a
    noun that names a thing or a person."""
    lemma = token.lemma_.lower()
    if token.pos_ not in ("NOUN", "ADJ"):
        return None
    if lemma in EVENT_NOUNS and (token.pos_ == "NOUN" or lemma in ("dead", "wounded", "injured")):
        return EVENTS[lemma]
    if lemma in TOLL_NOUNS and token.pos_ == "NOUN":
        word = next((c.lemma_.lower() for c in token.children if c.dep_ in ("compound", "amod")
                     and c.lemma_.lower() in EVENTS), None)
        if word is not None:
            return EVENTS[word]
        return "killed" if lemma == "toll" else None
    if lemma == "life" and token.dep_ == "dobj" and token.head.lemma_.lower() in _LIVES_TAKEN:
        return "killed"
    return None


def _fatal(verb) -> bool:
    """Whether a verb is told as having killed: "five people fatally shot", "fatally stabbed
    his wife", "fatally injuring two". The adverb says the harm was death whatever the verb
    (shooting, striking, wounding), so such a count is the story's toll of the dead; read by
    its verb alone it was a count of no event ("shot" names none) or of the wounded."""
    return verb.pos_ == "VERB" and any(
        c.dep_ == "advmod" and c.lower_ == "fatally" for c in verb.children)


def event_of(token) -> tuple[str | None, object]:
    """The event word governing a counted noun: '62 soldiers were killed', 'left 62 dead'; a
    part named after "including" shares its whole's ("at least five people, including two
    American trainers, were killed", "Seventeen passengers — including four children — died"),
    where the parse hangs the part on the preposition and the climb stopped there."""
    event = _event_of(token)
    # the part names what it counts: "..., including three." counts nothing of its own and
    # stays a bare number (``figure_reading``'s "nothing counted")
    if event[0] is None and token.pos_ in ("NOUN", "PROPN") and token.dep_ == "pobj" \
            and token.head.lower_ == "including" \
            and token.head.dep_ == "prep" and token.head.head.pos_ in ("NOUN", "PROPN", "NUM"):
        whole = _event_of(token.head.head)
        if whole[0] is not None:
            return whole
    return event


# nouns whose "of" names the dead: "the remains of 24 people", "the bodies of 12 migrants" (not
# "a body of 12 experts"); such a count is the toll another report tells as "24 confirmed
# deaths" (T46's condo collapse, where the two never met)
_OF_THE_DEAD = {"remains", "bodies"}


def _event_word(token) -> str | None:
    """The event a word names, by its lemma or, where the lemmatizer cut the word to no word,
    by its own form: the parse lemmatizes "unaccounted" as "unaccounte", and "121 people still
    unaccounted for" (T46) was a count of that verb, never set beside "121 still missing"."""
    return EVENTS.get(token.lemma_.lower()) or EVENTS.get(token.lower_)


def _event_of(token) -> tuple[str | None, object]:
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if nxt is not None and _event_word(nxt):  # "Dozens killed", "100 wounded"
        return _event_word(nxt), nxt
    for child in token.children:
        if child.dep_ in ("amod", "acl", "relcl") and _fatal(child):
            return "killed", child  # "the five people fatally shot in Manchester"
        if child.dep_ in ("amod", "acl", "relcl") and _event_word(child):
            return _event_word(child), child
    head = token
    for _ in range(3):
        if head.head.i == head.i:
            break
        if head.dep_ in ("pobj",) and head.head.lemma_ in ("at", "to") and head.head.head.pos_ == "VERB":
            # "put the death toll at 83", "the death toll stood at 85", "rose to 247"
            verb = head.head.head
            for child in verb.children:
                if child.dep_ in ("dobj", "nsubj", "nsubjpass"):
                    for t in child.subtree:
                        if t.lemma_.lower() in EVENTS:
                            return EVENTS[t.lemma_.lower()], child
        of_phrase = head.lower_ == "of" or (head.dep_ == "pobj" and head.head.lower_ == "of")
        if not of_phrase and (head.dep_ not in CORE_DEPS or head.dep_ == "npadvmod"):
            break
        was_of = head.lower_ == "of"
        head = head.head
        lemma = head.lemma_.lower()
        if was_of and head.lower_ in _OF_THE_DEAD and head.pos_ == "NOUN":
            return "killed", head  # "recovered the remains of 24 people"
        if _fatal(head):  # "fatally shot two officers", "fatally injuring two"
            return "killed", head
        if _event_word(head):
            return _event_word(head), head
        for child in head.children:
            if child.dep_ in ("oprd", "acomp", "xcomp") and _event_word(child):
                return _event_word(child), child
        if head.pos_ == "VERB" and lemma in _LIVES_TAKEN and any(
                c.dep_ == "dobj" and c.lemma_.lower() == "life" for c in head.children):
            return "killed", head  # "52 people lost their lives"
        if head.pos_ == "VERB" and lemma not in ATTRIBUTION_VERBS:
            return None, head
        if head.pos_ == "ADJ" and head.dep_ == "conj" and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
            # "At least 40 are confirmed dead and 55 unaccounted for": the number is the
            # subject of a predicate of its own, and the first clause's event is not its
            return None, head
    return None, None
