"""Direct quotations, who said them, and which articles carry them.

The speech events (``speech``) say who said each quotation in each article; this module
keeps the quotations a reader wants (not scare quotes, not titles of works) and merges the
same words quoted by several articles (or a fragment of a longer quote) into one entry, so a
reader sees how widely a quote travelled, and copies are not counted as independent.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from ..nlp.casing import title_cased
from .names import content_words, names_of, roles_of
from .quote_marks import before_marks
from .speech import ATTRIBUTIONS, EVIDENCE, confident, is_speech_verb, speech_events
from .speech_words import JUDGING_VERBS, LEAD_IN_NOUNS, NAMING_VERBS, QUOTE_VERBS, SPEECH_VERBS

MIN_WORDS = 4  # shorter quotes are scare quotes unless a speech verb governs them
_WORD = re.compile(r"[a-z0-9]+")


def is_title(text: str) -> bool:
    """A short quoted span in title case names a work ("The Force", "Anderson Cooper 360"),
    it is not something anyone said."""
    return title_cased(text)


def _fragment_said(cluster, q) -> bool:
    """A short quote a speech verb governs whose head word is an interjection, an adverb or
    a preposition ('answered, "Yes."', 'answered "Exactly"', '"With McCarthyism," ... Mr.
    Turner said') is a spoken fragment, though its one or two words are capitalised: a title
    of a work is a noun or verb phrase ('on "Meet the Press"', 'a book called "Small Great
    Things"'), so the parse tells the two apart where the capitals cannot."""
    if not q.governed:
        return False
    heads = _heads(cluster, q)
    return len(heads) == 1 and heads[0].pos_ in ("INTJ", "ADV", "ADP")


def _heads(cluster, q) -> list:
    """The words of a quotation's first span that hang on a word outside it (or on nothing):
    where the quoted words attach to the sentence around them."""
    if not q.spans:
        return []
    paragraph, start, end = q.spans[0]
    docs = cluster.docs.get(q.article, [])
    if paragraph >= len(docs):
        return []
    words = [t for t in docs[paragraph][start:end] if not t.is_punct]
    inside = {t.i for t in words}
    return [t for t in words if t.head.i not in inside or t.head.i == t.i]


def _names_a_kind(cluster, q) -> bool:
    """Whether a short quotation only modifies the noun right after its closing mark ('the
    energy-efficient "microserver" market', 'offers "wimpy core" servers', 'a "colossal"
    ransomware attack'): the marks set off a term for a kind of thing, which nobody is said
    to have said, unless a verb of saying or naming governs the phrase ('called it a "rigged"
    election'). The speaker a clause's subject would give is the narrator's subject ('Calxeda
    offers', 'AMD has made a bet'), not someone speaking. A verb of saying, naming or judging
    above the noun keeps it ('accused Democrats of ... using "faculty lounge" language': the
    accuser's words, tuning gold)."""
    heads = _heads(cluster, q)
    if not heads:
        return False
    _, _, end = q.spans[0]  # the noun stands after the quotation's first span
    if not all(t.dep_ in ("compound", "amod", "nmod") and t.head.i >= end
               and t.head.pos_ in ("NOUN", "PROPN") for t in heads):
        return False
    noun = heads[0].head
    if noun.dep_ == "pobj" and noun.head.lower_ in _WHERE_PREPOSITIONS and \
            noun.head.head.pos_ == "VERB":
        # 'writing on the "Yorkshire lass" website, says:': the marked words name the place
        # the words were written, which the verb of saying does not say
        return True
    if _beyond_aside(noun):
        return True
    if q.governed and q.verb in _SAYING_OR_NAMING:
        return False
    return not any(is_speech_verb(a) or a.lemma_.lower() in _VIEW_VERBS
                   for a in heads[0].head.ancestors)


_SAYING_OR_NAMING = SPEECH_VERBS | NAMING_VERBS


def _beyond_aside(noun) -> bool:
    """Whether the noun a short quotation modifies reaches the nearest verb of saying or
    naming above it only through a participle clause that says nothing itself ('the Board of
    Elections acknowledged a "discrepancy" ..., showing 135,000 "test" votes had been added'):
    the clause is the writer's account of what the thing showed or did, not what the verb
    reports, so the marked term is the writer's too. (A verb the noun is the passive subject
    of says nothing of it: the votes "had been added" into a count.)"""
    for verb in noun.ancestors:
        if verb.pos_ not in ("VERB", "AUX") or (noun.dep_ == "nsubjpass" and noun.head.i == verb.i):
            continue
        if is_speech_verb(verb) or verb.lemma_.lower() in _VIEW_VERBS:
            return False
        if verb.dep_ == "advcl" and verb.tag_ == "VBG":
            return any(is_speech_verb(a) for a in verb.ancestors)
    return False


_WHERE_PREPOSITIONS = {"on", "at"}  # a place a verb is done at ("writing on the ... website")
_VIEW_VERBS = NAMING_VERBS | JUDGING_VERBS | {"accuse"}


def _said_whole(cluster, q) -> bool:
    """Whether a speech verb takes a quotation of four or more title-case words as what it
    says, its object or clause ('prompted the Daily Ledger to declare "She's a Harlow - She'll
    Win It."', 'boasts on its website: "Drones Keeping Streets Safe."'), rather than the
    words naming a show, a podcast or a headline in a phrase of their own ('Hollis said
    Tuesday on the network's "Week in Review."', 'On her podcast "Voices After Dark" last week,
    Nora Quinlan told her listeners'). Titles of works are not quotes (gold/README.md); a
    short one is told apart by ``_fragment_said``. Measured 2026-12-02 (docs/measurements.md,
    "Speakers, eleventh round"): on tuning 10 wrong speakers fewer in 8 clusters and no gold quote
    lost; V and X one wrong speaker fewer each, no quote lost."""
    return any(is_speech_verb(t.head) and t.dep_ in ("ccomp", "dobj", "xcomp", "parataxis", "dep")
               for t in _heads(cluster, q))


def _is_sentence(text: str) -> bool:
    """A short quote that is a whole sentence ("I was scared.", "Yes.") is speech, not a
    scare quote: it opens with a capital and closes with a full stop, "!" or "?"."""
    text = text.strip()
    return bool(text) and text[0].isupper() and text[-1] in ".!?" and not is_title(text[:-1])


def _line_after_colon(cluster, q) -> bool:
    """Whether a quotation is a line a colon introduces and a full stop, "!" or "?" ends
    inside its marks ('ending the tweet with: "Game on, Tiny."'): words someone wrote or
    said, however its words are capitalised; a work's title stands in a phrase of its own
    ('on "Meet the Press."'), not as what a colon announces."""
    text = q.text.strip()
    if not q.spans or not text or text[-1] not in ".!?":
        return False
    paragraph, start, _ = q.spans[0]
    docs = cluster.docs.get(q.article, [])
    if paragraph >= len(docs):
        return False
    doc = docs[paragraph]
    i = before_marks(doc, start)
    if i < 0 or doc[i].text != ":":
        return False
    # (the lead-in names a text or a way of saying it, "the tweet", "read", "wrote": a list
    # or a heading before a colon, "Coming up next:", may announce a title)
    return any(is_speech_verb(t) or t.lemma_.lower() in LEAD_IN_NOUNS | QUOTE_VERBS
               for t in doc[doc[i].sent.start:i])


def quote_key(text: str) -> str:
    """A quotation's words in lower case, without punctuation: two reports quoting the same
    words meet under one key however they punctuate, case or mark them."""
    return " ".join(_WORD.findall(text.lower()))


def why_dropped(cluster, q) -> str | None:
    """Why a speech event is no quotation the brief lists (None: it is one): empty words, a
    short phrase nothing makes speech (a scare quote, a term), a title nobody is said to have
    spoken, or a short phrase with no speaker. One function, so a bench that counts what is
    dropped (bench/dropped_quotes.py) reads the very tests ``find_quotes`` applies."""
    words = quote_key(q.text).split()
    if not words:
        return "empty"
    short = len(words) < MIN_WORDS
    line = _line_after_colon(cluster, q)
    # a short quotation whose own sentence has a person as the subject of a verb of
    # saying is that person's words, though the parse hangs it elsewhere ('The donation
    # is another step toward what Mr. Biden promised would be an "entirely new
    # effort"'): no scare quote. Thirtieth session (spk53): tuning right 1916 -> 1917 of
    # 2032, given and right 1699/1781 -> 1700/1782; validation unchanged (942/1038,
    # 1129/1273). Any speaker so found (not only a person) also kept '"348
    # investigative actions"' for a "press conference": tuning precision fell.
    said = q.attribution == "direct" and q.verb is not None and q.label == "PERSON"
    if short and not q.governed and not said and not _is_sentence(q.text) and not line:
        return "short, nothing makes it speech"
    if short and not line and _names_a_kind(cluster, q):
        return "short, names a kind of thing"
    if is_title(q.text) and not line and not (
            _fragment_said(cluster, q) if short else _said_whole(cluster, q)):
        return "title, short" if short else "title, four words or more"
    if short and q.speaker is None and q.guess is None:
        return "short, no speaker"
    return None


def find_quotes(cluster) -> list[dict]:
    """The cluster's quotations as the brief lists them, the most widely carried first. The
    same words, or a fragment of them, quoted by several reports are one entry, so its
    articles tell how far the quote travelled; its speaker is the name the reports' speech
    events vote for (``event_weight``), and a name that only attributions the abstention policy
    withholds give (``speech.confident``) is shown as an unconfirmed speaker, not as the
    speaker: a wrong speaker misleads a reader more than none."""
    roles = roles_of(cluster)
    found = [(article.id, q) for article in cluster.articles
             for q in speech_events(cluster)[article.id] if why_dropped(cluster, q) is None]

    names = names_of(cluster)
    spelling = names.one_spelling(q.speaker or q.guess for _, q in found)
    # merge: identical or contained quotes are one entry (longest text wins)
    found.sort(key=lambda aq: -len(aq[1].text))
    entries: list[dict] = []
    index: dict[str, list[int]] = defaultdict(list)  # word trigram -> entries holding it
    within: set[int] = set()  # entries of quotations inside quotations
    for article_id, q in found:
        key = quote_key(q.text)
        words = key.split()
        probe = " ".join(words[:3])
        target = None
        for e in index.get(probe, []):
            if q.within and e not in within:
                # a quotation inside another is its own speaker's: it is not folded into the
                # quotation that holds it (whose speaker reports it)
                continue
            if f" {key} " in f" {entries[e]['key']} ":
                target = e
                break
        if target is None:
            target = len(entries)
            entries.append(_entry(key, q.text))
            if q.within:
                within.add(target)
            for i in range(max(len(words) - 2, 1)):
                index[" ".join(words[i:i + 3])].append(target)
        entry = entries[target]
        if article_id not in entry["articles"]:
            entry["articles"].append(article_id)
        name = spelling.get(q.speaker or q.guess)
        entry["events"].append((article_id, q, name))
        if name:
            entry["speakers" if q.speaker else "guesses"][name] += event_weight(q, name, names)
            entry["kinds"][name].add(q.attribution)
    entries += [apart for e in list(entries) for apart in kept_apart(e, names)]

    out = []
    for e in entries:
        speaker = guess = kind = None
        if e["speakers"]:
            speaker = vote_winner(e["speakers"])
        elif e["guesses"]:
            guess = vote_winner(e["guesses"])
        if speaker or guess:
            kinds = {k for k in e["kinds"][speaker or guess] if not speaker or confident(k)}
            kind = min(kinds, key=ATTRIBUTIONS.index)
        articles = sorted(e["articles"], key=lambda a: int(a[1:]) if a[1:].isdigit() else 0)
        entry = {"speaker": speaker, "role": roles.get(speaker) if speaker else None,
                 "text": e["text"], "articles": articles,
                 "independent": independent(articles, cluster.copies),
                 "attribution": kind, "evidence": EVIDENCE.get(kind)}
        if guess:
            entry["unconfirmed_speaker"] = guess  # weak evidence: not given as the speaker
        out.append(entry)
    out.sort(key=lambda q: (-len(q["articles"]), q["speaker"] is None))
    return out


def _entry(key: str, text: str) -> dict:
    """A merged quotation being built: its words, the articles quoting them, each speech
    event (article, event, spelled name) and the votes for its speaker."""
    return {"key": key, "text": text, "articles": [], "speakers": Counter(),
            "guesses": Counter(), "kinds": defaultdict(set), "events": []}


def vote_winner(votes: Counter) -> str:
    """The name with the most votes (the longer name on a tie), for speakers and guesses alike."""
    return max(votes.items(), key=lambda kv: (kv[1], len(kv[0])))[0]


def kept_apart(entry: dict, names) -> list[dict]:
    """The entries an article's fragment of a merged quote keeps of its own, taken out of
    ``entry``: the words one article quotes inside another article's longer quotation are
    that article's to attribute when it names another person through its own verb of saying.
    Two reports of one statement may credit it to two people ('"We're aware of the issue,"
    said Chief Jane Roe' in one, 'said spokesman John Doe' in the other; or a spokesman's
    statement that reports his governor's apology in words a second article gives the
    governor), and the vote would hand the fragment to the longer quote's speaker. An article
    keeps its fragments apart only when all its readings of the entry's words name one person
    (a person by the cluster's vote on the name, as the winner is), another person than the
    winner (no name word shared: "Tim Murray" and "Timothy Murray" stay one), at least one
    of them through a verb of saying or "according to" beside the words, and every one of its
    quotations is shorter than the entry's (identical words credited two ways stay one entry
    and are voted on: there, one article has misread, and the vote is the better judge).
    Measured on tuning: +7 gold quotes right, 5 entries more, all right; validation unchanged
    (docs/measurements.md, "Speakers, merged fragments")."""
    if not entry["speakers"]:
        return []
    winner = vote_winner(entry["speakers"])
    if names.label.get(winner) != "PERSON":
        return []
    by_article: dict[str, list] = defaultdict(list)
    for event in entry["events"]:
        by_article[event[0]].append(event)
    moved = []
    for events in by_article.values():
        named = {name for _, q, name in events if q.speaker and name}
        if len(named) != 1:
            continue
        person = next(iter(named))
        if person == winner or names.label.get(person) != "PERSON" or \
                content_words(person) & content_words(winner):
            continue
        if not any(q.speaker and EVIDENCE.get(q.attribution) == "strong" for _, q, _ in events):
            continue
        if any(len(quote_key(q.text)) >= len(entry["key"]) for _, q, _ in events):
            continue
        moved += events
    out: dict[str, dict] = {}
    for article_id, q, name in moved:
        entry["events"].remove((article_id, q, name))
        vote = event_weight(q, name, names) if name else 0
        key = quote_key(q.text)
        apart = out.setdefault(key, _entry(key, q.text))
        apart["events"].append((article_id, q, name))
        if article_id not in apart["articles"]:
            apart["articles"].append(article_id)
        if name:
            votes = entry["speakers" if q.speaker else "guesses"]
            votes[name] -= vote
            if votes[name] <= 0:
                del votes[name]
            apart["speakers" if q.speaker else "guesses"][name] += vote
            apart["kinds"][name].add(q.attribution)
    left = {article_id for article_id, _, _ in entry["events"]}
    entry["articles"] = [a for a in entry["articles"] if a in left]
    return list(out.values())


# How much one article's finding of a speaker counts in the cross-article vote: a speech verb
# or "according to" beside the words outweighs a resolved "he said" or a continued paragraph,
# which outweigh a far or uncertain pronoun (the kinds of ``speech.EVIDENCE``).
STRENGTH = {"strong": 3, "medium": 2, "weak": 1}


def event_weight(q, name: str, names) -> int:
    """The weight of one speech event in its entry's speaker vote: how strongly its article
    found the speaker, doubled for a named person or organisation (by the cluster's vote on the
    name, ``names.label``, or the event's own tag) over a description ("statement", "auction
    house"). When the articles of a cluster quote the same words and name different speakers,
    the one an article gives through its own speech verb outweighs one another article only
    reached through a pronoun: 'A parody months later about an imaginary rival ...' is Hale's
    where one article says "Hale posted" and another reads the words in a narrative of
    Daniels' reply. Before, every event weighed the same (doubled for a PERSON or ORG tag, which
    continued quotes lost), so a tie went to the longer name."""
    named = names.label.get(name) in ("PERSON", "ORG") or q.label in ("PERSON", "ORG")
    return STRENGTH.get(EVIDENCE.get(q.attribution), 1) * (2 if named else 1)


def independent(articles: list[str], copies: dict[str, str]) -> int:
    """Articles that are not copies of another listed article."""
    listed = set(articles)
    return sum(1 for a in articles if copies.get(a) not in listed)


