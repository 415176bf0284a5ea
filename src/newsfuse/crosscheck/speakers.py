"""Who speaks through one speech verb: the verb's subject (with the fallbacks for attributions
the small parser misreads), and how that subject is named in the brief: a person in
apposition to a role, a spokesperson with whom they speak for, the issuer of a document ("a
statement from X said"), the one holder of a role. Quotes and figure claimants both name
their speakers here (``speaker_of``), so one brief names a person one way."""

from __future__ import annotations

import re

from ..dates import WEEKDAYS
from .given_names import FEMALE_GIVEN, MALE_GIVEN
from .names import (DEMONYMS, OFFICES, ORGANISATION_NOUNS, ROLE_PREPOSITIONS, Names, TITLES,
                    entity_of, opens_with_said, person_headed_by)
from .speech_words import (DOCUMENT_NOUNS, HELD_ROLES, ISSUING_VERBS, MOVING_VERBS, PERSON_NOUNS,
                           PLAYER_EPITHETS, QUOTE_VERBS, SPOKEN_NOUNS, SPOKESPEOPLE,
                           is_speech_verb)


def _with_the(noun) -> bool:
    """Whether a noun takes "the": a role, a kind or a nation's word written so points back
    to the one the text brought in ("the spokeswoman", "the Frenchman", "the group")."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def noun_phrase(token) -> str:
    """A subject's own words: determiners, relative clauses and appositives left out."""
    keep = {"compound", "amod", "poss", "case", "nmod", "nummod", "flat", "npadvmod"}
    words = [t for t in token.subtree
             if t.i == token.i or (t.dep_ in keep and t.head.i >= token.i - 6 and t.i < token.i
                                   and not t.is_punct)]
    words = [t for t in words if t.i >= min(w.i for w in words)]
    start = words[0].i if words else token.i
    doc = token.doc
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
            and not doc[start - 2].whitespace_ and doc[start - 2].is_alpha:
        start -= 2  # "the ex-parishioner said", parsed as three subjects: the word is whole
    text = doc[start: token.i + 1].text
    if token.lower_ == "one" and start == token.i:
        # "one of the parents said", with no name after it: the group is all the text says of
        # the speaker, and a bare "one" tells the reader nothing
        group = [g for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                 for g in p.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")]
        if group:  # the group's own words, determiner kept: "one of the party's deputies"
            return "one of " + doc[group[0].left_edge.i: group[0].i + 1].text
    if token.pos_ == "NOUN" and doc[start].lower_ == "one" and doc[start].dep_ == "nummod":
        # "one woman in Varnak told AFP": a lone "one" before a common noun is the indefinite
        # article of someone the text does not name, no count ("one woman" is "a woman")
        text = doc[start + 1: token.i + 1].text
    return re.sub(r"^(the|a|an)\s+", "", text, flags=re.I)


def speaker_of(subject, names: Names) -> tuple[str | None, str | None]:
    """(name, entity label) for the subject of a speech verb; pronouns give (pronoun, None).
    A bare name is given in full when its article wrote it out (``Names.fullest``), for
    quotes and claimants alike, and a bare role ("the sheriff said") is the one person its
    article (else the cluster) titles so (``Names.holder_of``), so that one brief names a
    person one way in its quotes and its figures (issue 7). On Y the figure gold names one
    claimant by the role as written, so one figure value there reads as wrong
    (docs/measurements.md, "Speakers, thirteenth round")."""
    name, label = _speaker_of(subject, names)
    if name and subject.pos_ != "PRON":
        name = names.fullest(name, subject.doc, label)
    return name, label


# Subjects that ask whether anyone did a thing or deny that anyone did: no one spoke
_NO_ONE_SAID = {"any", "anyone", "anybody", "none", "nobody", "neither", "either"}


def _speaker_of(subject, names: Names) -> tuple[str | None, str | None]:
    if subject.tag_ == "POS" and subject.i + 1 < len(subject.doc):
        # 'Intel ’ s Jason Waxman ... tells Wired that': with the possessive ending spaced
        # off (ECB+ prints text so), the parse may make the bare "s" the subject and hang
        # the name after it on it; the one who speaks is that name, never "s"
        owned = [c for c in subject.children if c.i > subject.i and c.pos_ == "PROPN"]
        return _speaker_of(owned[0] if owned else subject.doc[subject.i + 1], names)
    if subject.lower_ == "you":
        # 'You say, "We want our land back ..." They'll refuse': a "you" who says is the
        # listener or anyone, whom the text does not name, never a speaker called "you"
        return None, None
    if subject.lower_ in _NO_ONE_SAID:
        # 'Did the federal government infiltrate any of the so-called "militia" organizations
        # claimed to be responsible ...?' parses "any" as the subject of "claimed": a word
        # that asks whether anyone, or says that no one, did a thing asserts no speaker
        return None, None
    if subject.pos_ == "PRON" or subject.lower_ in ("who", "which", "that"):
        return subject.lower_, None
    ent = entity_of(subject)
    if subject.lower_ in DEMONYMS and _with_the(subject):
        # "the Briton said", "the Frenchman said": the one person the article introduced
        # so ("Frenchman Luc Moreau", "Luc Moreau, a Frenchman"), else the person the
        # passage is about, as "the Romanian said" is (``_epithet``); the NER's tag of the
        # word (PERSON, ORG) makes no name of it
        person = names.holder_of(subject.lower_, subject.doc) or \
            _epithet_person(subject, names)
        return (person, "PERSON") if person else (subject.text, None)
    if ent is not None and opens_with_said(ent):
        # 'Said Miller: "..."': the tagger took the sentence's verb into the name
        return names.resolve(ent[1:].text, ent.label_), ent.label_
    if (ent is None or ent.label_ != "PERSON") and (
            subject.pos_ in ("NOUN", "PROPN") or subject.lower_ == "one"):
        # "Halvex's director of sales, Pierre Morand, replied", "VFI Chief Executive, Padraig
        # Cribben, said": the person in apposition to a role speaks, not the role, nor a name
        # inside the role's phrase ("The police chief of Kani Dar, Col. Rebwar Hamid,"); so
        # does the one named after "one of" a group ("one of the party's deputies, Vladimir
        # Medinsky, was quoted as saying"), whom the number only picks out of it
        person = appositive_person(subject, names)
        if person:
            return person, "PERSON"
    if ent is None and subject.pos_ in ("NOUN", "PROPN", "NUM"):
        called = named_as(subject, names)
        if called:
            return called
    if subject.lower_.strip(".") in TITLES and (ent is None or " " not in ent.text.strip()):
        # 'Chair of the regional water summit ... and Dutch Transport Minister Pieter
        # Smit said': a bare title speaks through the name its phrase gives
        for t in _own_phrase(subject):
            e = entity_of(t)
            if t.i > subject.i and e is not None and e.label_ == "PERSON" and \
                    e.text.strip().lower().strip(".") not in TITLES and \
                    not (_spokesperson(subject) and _behind_preposition(t, subject)):
                # ("A spokeswoman for Marina Ellis-Grant says": she speaks for the star)
                return names.resolve(e.text, "PERSON"), "PERSON"
    if ent is None and subject.tag_ == "NN" and subject.lemma_.lower() in SPOKESPEOPLE and \
            _with_the(subject):
        # "the spokeswoman said" after "Linda Ferris, a spokeswoman for the agency, said":
        # the person at the role's last mention in her article (``_last_holder``); a
        # spokesperson brought in with no name ("a spokeswoman for the agency") stays an
        # unnamed speaker
        holder = _last_holder(subject, names)
        if holder:
            return holder, "PERSON"
    spokesperson = _spokesperson(subject) if ent is None else None
    if spokesperson:
        return spokesperson, "PERSON"
    if ent is None and subject.lemma_.lower() in DOCUMENT_NOUNS:
        ent, found = _document_issuer(subject, names)
        if found is not None:
            return found
    if ent is None and subject.pos_ == "NOUN" and subject.lemma_.lower() in SPOKEN_NOUNS:
        # "President Vance's address to Congress declared ...", "the senator's remarks
        # warned ...": words are their speaker's, so a noun of saying speaks for the person
        # or organisation that owns it (unlike a person's campaign or office, which acts on
        # its own: below)
        for c in subject.children:
            e = entity_of(c)
            if c.dep_ == "poss" and e is not None and e.label_ in ("PERSON", "ORG"):
                return names.resolve(e.text, e.label_), e.label_
    owner = any(c.dep_ == "poss" for c in subject.children)
    if ent is None and subject.pos_ == "NOUN" and _thing_noun(subject) and not any(
            c.dep_ != "poss" and c.pos_ == "PROPN" for c in subject.children):
        # (a part with a name of its own speaks by it: "Acme Group's Nova ... unit")
        # "The Foreign Office's overseas travel ... page warns": an
        # organisation speaks through its parts and pages; its people speak for themselves
        # ("the ministry's spokesman" stays the spokesman)
        # ("Hale's campaign charged in a statement", with "Hale" tagged ORG in that one
        # sentence, is the campaign's: the owner must be an organisation by the cluster's
        # vote, not by one sentence's tag; a person's campaign or office is not the person)
        for c in subject.children:
            e = entity_of(c)
            if c.dep_ == "poss" and e is not None and e.label_ == "ORG":
                owner_name = names.resolve(e.text, "ORG")
                if names.label.get(owner_name, "ORG") == "ORG":
                    return owner_name, "ORG"
    if person_headed_by(subject) is not None:
        joint = _jointly(ent, _joint_person(subject), names)
        if joint is not None:
            return joint, "PERSON"
    if _role_written_as_name(subject, ent, names):
        # "the former GP told ...": a role the tagger took for a name, which the article
        # also writes as a common noun ("Jane Holt, a GP in the village"): the person at
        # the role's last mention (``_last_holder``), else the one person the article is
        # about, as "the actor said" is (``EPITHET_NOUNS``), else the description as
        # written, no name
        holder = _last_holder(subject, names) or _epithet_person(subject, names, sole=True)
        return (holder, "PERSON") if holder else (noun_phrase(subject), None)
    if ent is not None and ent.label_ in ("PERSON", "ORG") and not (
            owner and subject.i == ent.end - 1 and ent.label_ == "ORG"):
        return names.resolve(ent.text, ent.label_), ent.label_
    if ent is None and subject.tag_ in ("NN", "NNP") \
            and subject.lemma_.lower() in HELD_ROLES \
            and any(c.dep_ == "poss" or c.lower_ == "the" for c in subject.children) \
            and not any(entity_of(t) is not None and not _place_qualifier(t, subject)
                        for t in subject.subtree) \
            and not (subject.i + 1 < len(subject.doc)
                     and subject.doc[subject.i + 1].ent_type_ == "PERSON"):
        # "the lawyer said" after "defence lawyer Marc Delorme", "the sheriff said" after
        # "Polk County Sheriff Grady Judd": the one person the article (or else the cluster)
        # gives that role; no one when the role is nobody's or several people's (the tagger
        # calls a lower-case "president" a proper noun now and then: it is still the role,
        # and so is a capitalised "the Governor" or "the Prime Minister")
        holder = names.holder_of(subject.lemma_, subject.doc, _qualifiers(subject))
        if holder:
            return holder, "PERSON"
    if _epithet(subject):
        person = _epithet_person(subject, names, sole=_epithet_noun(subject) in EPITHET_NOUNS)
        if person is not None:
            return person, "PERSON"
    if _description(subject):
        person = _identified_after(subject, names)
        if person is not None:
            return person, "PERSON"
    issuer = _body_of_document(subject)
    if issuer is not None:
        return names.resolve(issuer.text, "ORG"), "ORG"
    if ent is None and subject.tag_ == "NN" and _with_the(subject) and \
            subject.lemma_.lower() in ORGANISATION_NOUNS and \
            all(c.dep_ in ("det", "punct") for c in subject.children):
        # '"We are deeply sorry ...," the company said' after "Beiersdorf, the Hamburg-based
        # company that owns Nivea, said ...": the organisation at the noun's last mention in
        # its article, as "the spokeswoman said" is the person at hers (``_last_holder``)
        holder = _last_holder(subject, names, label="ORG")
        if holder:
            return holder, "ORG"
    phrase = noun_phrase(subject)
    if subject.pos_ == "PROPN":  # "the Observatory" the NER missed
        # a name the NER missed is its capitalised words: the lower-case words the phrase
        # opens with describe the person ('then-acting Attorney General Ruth Calder', 'team
        # leader Paolo Enzo Vitale', 'to mock Pratt, who announced ...'), no part of the name
        words = phrase.split()
        while len(words) > 1 and not words[0][:1].isupper():
            words = words[1:]
        of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
                   and c.i == subject.i + 1), None)
        named = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if named is not None and named.pos_ == "PROPN" and named.text[:1].isupper() and all(
                t.text[:1].isupper() for t in subject.doc[of.i + 1:named.i + 1]):
            # "The New York City Board of Elections called ...": a capitalised "of" phrase
            # goes on with the name ("Bank of America", "Department of Justice"), so the
            # name does not end at "Board"
            words += ["of", subject.doc[of.i + 1:named.i + 1].text]
        phrase = " ".join(words)
        full = names.resolve(phrase)
        if full != phrase or full in names.label:
            return full, names.label.get(full)
    return phrase, (ent.label_ if ent is not None else None)


def _role_written_as_name(subject, ent, names: Names) -> bool:
    """Whether "the" and a capitalised word the tagger calls a name ("the GP", "the former
    MP") is a role: the article writes that word with "a" or "an" too ("a GP in the
    village"), which no name takes (no report writes "an FBI"). A name is the one thing of
    its kind; a word counted with "a" is a kind."""
    if subject.tag_ != "NNP" or not _with_the(subject) or \
            (ent is not None and (len(ent) != 1 or ent.start != subject.i)):
        return False
    word = subject.lower_
    return any(t.lower_ == word and any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                        for c in t.children)
               for para in (*names.paragraphs_before(subject.doc), subject.doc,
                            *names.paragraphs_after(subject.doc))
               for t in para)


def _last_holder(role, names: Names, label: str = "PERSON") -> str | None:
    """The person a bare role means when its last earlier mention in the article stands at
    a person's name ("Jason Miller, a spokesman for the campaign", "Foreign ministry
    spokesman Lu Kang", "GP Jane Holt"): "the spokesman said" goes on with the spokesman
    the text brought in last, not one titled before him. None when that mention names no
    one ("a spokesman for the agency said"), or there is none. With ``label`` "ORG", the
    same for an organisation ("Beiersdorf, the Hamburg-based company that owns Nivea" /
    "the company said")."""
    word = role.lower_
    spoke = set()  # organisations that are clause subjects after the mention
    for para in (role.doc[:role.i], *reversed(names.paragraphs_before(role.doc))):
        for t in reversed(para):
            if label == "ORG" and t.dep_ == "nsubj" and (e := entity_of(t)) is not None and \
                    e.label_ == "ORG" and e.root.i == t.i:
                spoke.add(names.resolve(e.text, "ORG"))
            if t.lower_ != word:
                continue
            at = [t.head] if t.dep_ in ("appos", "compound") else []
            at += [c for c in t.children if c.dep_ == "appos"] + [t]
            for near in at:
                ent = entity_of(near)
                if ent is not None and ent.label_ in ("PERSON", "ORG") and \
                        ent.root.i == near.i:
                    name = names.resolve(ent.text, label)
                    if names.label.get(name) == label:
                        # (two fit when another organisation was a clause subject since:
                        # 'Reliance said in an e-mailed update ... The company said' after
                        # "Sonaecom SGPS SA, Portugal's second-biggest fixed-line phone
                        # company"; "the FBI said ..., but the agency later said" after "a
                        # once-secret National Security Agency surveillance program": no one)
                        return None if spoke - {name} else name
            return None
    return None


def _qualifiers(role) -> list[str]:
    """The words that narrow a bare role ("the county sheriff", "the Oregon governor"),
    which the holder's written title must hold too (``Names.holder_of``)."""
    return [c.lower_ for c in role.children if c.dep_ in ("amod", "compound") and (
        c.pos_ in ("ADJ", "NOUN") or _place_qualifier(c, role))] + [
        t.lower_ for c in role.children if c.dep_ == "prep" for t in c.subtree
        if t.is_alpha and _place_qualifier(t, role)]


def _place_qualifier(token, role) -> bool:
    """Whether a token is the name of a place or organisation that qualifies a role before it
    ("the Oregon governor", "the Leeds manager"): a word of such a name in the role's
    compounds, no person's name. The holder's written title must hold it too ("Oregon Gov.
    Linda Marsh", ``Names.holder_of``), so the role means the one who holds it there."""
    ent = entity_of(token)
    if ent is not None and ent.label_ in ("GPE", "ORG", "NORP", "LOC") and token.i > role.i \
            and ent.root.dep_ == "pobj" and ent.root.head.lower_ in ROLE_PREPOSITIONS and \
            ent.root.head.head.i == role.i:
        # "the Minister for London", "the mayor of Valdoro": the place after the role's own
        # preposition narrows it as "the London mayor" does
        return True
    return ent is not None and ent.label_ in ("GPE", "ORG", "NORP", "LOC", "PRODUCT") and \
        token.i < role.i and token.dep_ == "compound" and token.head.i in (
            role.i, *(c.i for c in role.children if c.dep_ == "compound"))


def _epithet(subject) -> bool:
    """Whether a subject is an epithet for someone already named: "the" with an age ("said
    the 36-year-old") or a nationality ("the Romanian said", "the Spaniard told reporters"),
    and no name of its own. Sports and news reports name a person once, then vary the
    reference this way instead of repeating the name or writing "he"; a game report calls a
    player it has just named by a position ("the forward said", ``PLAYER_EPITHETS``), and a
    profile or a short excerpt calls the one person it is about by what they do ("the actor
    and activist said", 'The "Unbowed" writer described that knack as a "gift"',
    ``EPITHET_NOUNS``, singular only: "the writers" are a group)."""
    if not _with_the(subject):
        return False
    word = _epithet_noun(subject)
    if any(entity_of(t) is not None and entity_of(t).label_ in ("PERSON", "ORG") and not (
            # a party's running is what a campaign epithet says: "the GOP front-runner"
            word in CAMPAIGN_EPITHETS and entity_of(t).label_ == "ORG" and t.i < subject.i
            and t.head.i == subject.i and t.dep_ in ("compound", "nmod", "amod"))
           for t in subject.subtree):
        return False
    if subject.lower_ == "old" and any(c.lower_ == "year" for c in subject.children):
        return True
    if subject.pos_ == "NOUN" and subject.lower_ in PLAYER_EPITHETS:
        return True
    if subject.pos_ == "NOUN" and subject.tag_ == "NN" and word in EPITHET_NOUNS:
        return True
    ent = entity_of(subject)
    # (a nation's word in the plural, "the Palestinians called the meeting a failure", is
    # the people or its side, never one person named before: "the Romanian" is)
    return ent is not None and ent.label_ == "NORP" and ent.root.i == subject.i and \
        len(ent) == 1 and subject.tag_ not in ("NNS", "NNPS")


# What a person does, as a report names the one person it is about once it has named them
# ("Lena Hart says ..." / '..., the actor and activist said'); offices one person holds are
# ``HELD_ROLES`` (``Names.holder_of``), a player's position ``PLAYER_EPITHETS``. A reporter the
# story is about is one of them ("Marie Colvin, an American reporter ..." / '"...," the
# award-winning reporter said', speaker_review seed 31, read draw); the reporter who asks a
# named person a question is brought in unnamed first ("an anonymous reporter"), and then
# means no one named (``_epithet_person``).
EPITHET_NOUNS = {"actor", "actress", "activist", "author", "writer", "singer", "star", "comedian",
                 "rapper", "musician", "artist", "filmmaker", "host", "anchor", "commentator",
                 "pundit", "billionaire", "businessman", "businesswoman", "entrepreneur", "mogul",
                 "model", "athlete", "lawmaker", "politician", "advocate", "philanthropist",
                 "novelist", "poet", "comic", "broadcaster", "republican", "democrat",
                 "conservative", "liberal", "progressive", "moderate", "reporter", "journalist",
                 "correspondent"}


# What a campaign report calls the one candidate it is about once it has named them ('Donald
# Trump is taking his criticism of Hillary Clinton into new territory. The Republican
# front-runner mocked ... and said Barack Obama "schlonged" her', speaker_review seed 60, read
# draw): as the other epithets, the only person the article has named as a clause subject,
# else no one. A party's epithet after a sentence whose subject attacks the other party's
# candidate ("Clinton hit back at Trump. The Republican nominee said") is read as the
# subject's too: only who runs for which party tells, and the role as written is no nearer
# the name the reader wants
CAMPAIGN_EPITHETS = {"nominee", "candidate", "frontrunner", "hopeful", "challenger", "contender",
                     "incumbent"}
EPITHET_NOUNS |= CAMPAIGN_EPITHETS


def _epithet_noun(subject) -> str:
    """The word an epithet is read by: its lemma, with "front-runner" (which the tokenizer
    cuts in three, "front" a modifier of "runner") read as "frontrunner", so that "runner"
    alone (an athlete) is no campaign's."""
    lemma = subject.lemma_.lower()
    if lemma == "runner" and any(c.lower_ == "front" and c.i < subject.i for c in subject.children):
        return "frontrunner"
    return lemma


# nouns for a person a report brings in unnamed ("a man", "a teenager"): an epithet after one
# may mean them, so no earlier name is given for it
_SOMEONE = PERSON_NOUNS | {"man", "woman", "boy", "girl", "teenager", "teen", "youth", "child",
                           "person", "driver", "victim", "suspect", "passenger", "player"}


def brought_in(noun) -> bool:
    """Whether a noun is brought in without a name, by "a", "an", "another" or "one" ("a
    man", "One rescue", "another ranger"): whoever speaks next may be the one it brought in,
    so no earlier speaker or name is carried past it (``_epithet_person``,
    ``speech._introduces_someone``)."""
    return any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "another", "one")
               for c in noun.children)


def _epithet_person(subject, names: Names, sole: bool = False) -> str | None:
    """The person an epithet means: the latest person who is a clause subject, outside
    quotation marks, earlier in the epithet's paragraph or in the two paragraphs before it
    ('Halep was left to rue her missed chances.' / '"I had my opportunities ...," the Romanian
    said.'). A person named only as an object ('after a long battle with Rafael Nadal') is
    passed over; None when the paragraphs name no such person, or bring in someone unnamed
    after them ("a man", ``_SOMEONE``).

    With ``sole`` (an epithet of what someone does, ``EPITHET_NOUNS``), the person is the only
    one the article has named as a clause subject so far, and None when it has named two: "the
    athlete" after "Dana Kerr has given birth" and "sister Lisa Kerr prepared to
    step out" means Dana, whom the story is about, not the latest name. Measured 2026-12-03
    (docs/measurements.md, "Speakers, twenty-fifth round"): the latest-name reading gave that
    quote to Lisa (tuning right -1, one more given wrong); the sole reading moved no
    validation line and gave T18 two right, the tuning line's only change ("The billionaire
    argued" now reads as Trump, right either way by the gold's aliases)."""
    doc = subject.doc
    paragraphs = (names.paragraphs_before(doc) if sole else names.paragraphs_before(doc)[-2:]) + [doc]
    found = None
    for para in reversed(paragraphs):
        stop = subject.sent.start if para is doc else len(para)
        quoted = _inside_marks(para)
        for t in reversed(para[:stop]):
            if (t.lemma_.lower() in _SOMEONE or (t.lemma_ == subject.lemma_ and t.dep_ != "appos")) \
                    and t.pos_ == "NOUN" and brought_in(t):
                # ("the question of an anonymous reporter ... while the reporter asks" is the
                # one brought in; "Marie Colvin, an American reporter" is a name's apposition)
                return None  # 'Officer Smith arrested a man.' / '"...," said the 45-year-old'
            if t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ != "PROPN":
                continue
            ent = entity_of(t)
            if ent is not None and (ent.label_ != "PERSON" or ent.root.i != t.i) and \
                    len(ent) > 1:
                continue
            if t.i in quoted:
                continue  # a name inside a quotation is who the speaker talks about
            # (a lone surname the tagger calls an organisation or nothing counts when the
            # cluster's vote makes it a person: "Nadal was philosophical.")
            name = names.resolve(ent.text if ent is not None else t.text, "PERSON")
            if names.label.get(name) == "PERSON" or (
                    ent is not None and ent.label_ == "PERSON"
                    and names.label.get(name, "PERSON") == "PERSON"):
                if not sole:
                    return name
                if found is not None and found != name:
                    return None
                found = name
    return found


def _description(subject) -> bool:
    """Whether a subject describes one person without naming them: "the" or a possessive
    before a singular person noun, role, epithet or party word ("The No. 4 Liberal on the
    city council", "the state's top lawyer"), and no person's name inside the phrase. News
    ledes name a speaker this way first and give the name a sentence later
    (``_identified_after``)."""
    if subject.pos_ not in ("NOUN", "PROPN") or subject.tag_ in ("NNS", "NNPS"):
        return False
    if not any((c.dep_ == "det" and c.lower_ == "the") or c.dep_ == "poss" for c in subject.children):
        return False
    if any((ent := entity_of(t)) is not None and ent.label_ == "PERSON" for t in subject.subtree):
        return False
    ent = entity_of(subject)
    lemma = _epithet_noun(subject)
    return (ent is not None and ent.label_ == "NORP") or (ent is None and (
        lemma in EPITHET_NOUNS or lemma in HELD_ROLES or lemma in PERSON_NOUNS))


def _identified_after(subject, names: Names) -> str | None:
    """The person a description means when the article has named no one before it: the first
    person named as a clause subject (outside quotation marks) after the description's
    sentence, in its paragraph or the next. Wire copy's delayed identification: 'The No. 4
    Liberal on the city council on Tuesday said former Governor Frank Hale
    was "corroding our public life" ...' / 'State Senator Joan Pratt, niece
    of former Lieutenant Governor Ed Pratt and a Hale critic, rebuked him in a
    post'. (A name inside the lede's own reported clause, Hale here, is what the words are
    about.) None once any person has been named before the description, where it may mean
    them (``_epithet_person`` reads those), and once the article brought its noun in with
    "a" or "an" ('A senior Hamas official has said ... The official refused to say ... "We
    can't predict anything," the official said'): the description goes back to that unnamed
    person, whom no later name identifies."""
    doc = subject.doc
    if names.person_named_before(doc, subject.sent.start):
        return None
    if any(t.lower_ == subject.lower_ and brought_in(t)
           for para in [*names.paragraphs_before(doc), doc[:subject.sent.start]] for t in para):
        return None
    for para in [doc[subject.sent.end:], *names.paragraphs_after(doc)[:1]]:
        quoted = _inside_marks(para)
        for t in para:
            if t.i in quoted or t.dep_ not in ("nsubj", "nsubjpass"):
                continue
            ent = person_headed_by(t)
            if ent is not None:
                if any(c.dep_ == "appos" and brought_in(c) for c in ent.root.children):
                    # 'The pope urged couples to ... Robert Duncan, a journalist from North
                    # Carolina ..., participated in the event': a person brought in with "a"
                    # is someone new, not the one described before (speaker_review seed 60)
                    return None
                name = names.resolve(ent.text, "PERSON")
                if names.label.get(name, "PERSON") == "PERSON":
                    return name
    return None


def _inside_marks(para) -> set[int]:
    """The indices of the tokens of ``para`` (a parsed paragraph or a part of one) that stand
    after an odd number of quotation marks: inside a quotation by the marks' count, where a
    name is who the speaker talks about, not who speaks (``_epithet_person``,
    ``_identified_after``)."""
    inside, marks = set(), 0
    for t in para:
        if t.text in ('"', "“", "”"):
            marks += 1
        elif marks % 2:
            inside.add(t.i)
    return inside


def _joint_person(subject):
    """The other of two people who speak together ('Directors Ada Lyle and Tom Reyes
    called the Irish singer "..."', '"...," Lyle and Reyes said in a joint statement',
    '"...," Lena and Mark Dorsey said'): a person joined to the subject by "and", none
    other after it. The words are both people's; naming only one would say one of them
    spoke alone. Two given names before one surname ("Lena and Mark Dorsey") parse the
    first as a modifier of the surname, with the "and" hung on it: the pair all the same."""
    joined = [c for c in subject.children if c.dep_ == "conj"]
    if len(joined) == 1 and any(c.dep_ == "cc" and c.lower_ == "and" for c in subject.children):
        ent = person_headed_by(joined[0])
        if ent is None or any(c.dep_ == "conj" for c in joined[0].children):
            return None
        return ent
    own = entity_of(subject)
    for c in subject.children:
        ent = person_headed_by(c)
        if c.dep_ in ("nmod", "compound") and ent is not None and own is not None and \
                ent.end <= own.start and len(ent) == 1 and \
                any(g.dep_ == "cc" and g.lower_ == "and" for g in c.children):
            return ent
    return None


# how two people who speak together are named as one speaker ("Lena Dorsey and Mark Dorsey"):
# the pronoun layer tells such a pair, a "they", from one person by it
JOINT = " and "


def _jointly(ent, partner, names: Names) -> str | None:
    """Two people who speak together, named in the order written, each in full: "Lena
    Dorsey and Mark Dorsey" for "Lena and Mark Dorsey", as the brief names each of them
    alone. A given name before "and" and a full name shares that name's surname (English
    writes a couple or siblings so); a word not known to be a given name ("Obama and Joe
    Biden") is left as the cluster resolves it."""
    if ent is None or partner is None:
        return None
    first, second = sorted((ent, partner), key=lambda e: e.start)
    one, other = names.resolve(first.text, "PERSON"), names.resolve(second.text, "PERSON")
    if " " not in one and len(other.split()) >= 2 and one != other.split()[0] and (
            one.lower() in MALE_GIVEN | FEMALE_GIVEN or first.root.head.i == second.root.i
            or any(n.split()[0] == one and len(n.split()) >= 2
                   and names.label.get(n) == "PERSON" for n in names.count)):
        # (a given name by the lists, by the parse, which hangs it on the surname as part
        # of one name, or by the cluster, which writes it before another surname)
        one = names.resolve(f"{one} {other.split()[-1]}", "PERSON")
    return f"{one}{JOINT}{other}"


def _spokesperson(subject) -> str | None:
    """An unnamed spokesperson as the text gives them, with whom they speak for: "Google
    spokeswoman" ('wrote a Netvale spokeswoman'), "Reynolds' rep", "spokeswoman for Marina
    Ellis-Grant" ('A spokeswoman for Marina Ellis-Grant says'). The words are the
    spokesperson's, a person the reader can ask about, not the organisation's or the star's
    own (a reader does not credit "Netvale" or "Ellis-Grant" with them); a spokesperson the text
    names is found before this (``appositive_person``). None for any other subject."""
    if subject.lemma_.lower() not in SPOKESPEOPLE or subject.tag_ != "NN":
        return None
    phrase = noun_phrase(subject)
    own = {t.i for t in _own_phrase(subject)}
    for prep in subject.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "at", "of", "with") and any(
                entity_of(t) is not None for t in prep.subtree):
            # up to the end of the phrase, not an appositive on it ("spokesperson for
            # Norvane, the data networks company")
            end = max(t.i for t in prep.subtree if t.i in own)
            comma = next((t.i for t in subject.doc[prep.i:end + 1] if t.text == ","), end + 1)
            return f"{phrase} {subject.doc[prep.i:comma].text}"
    return phrase


def _behind_preposition(token, noun) -> bool:
    """Whether a token hangs on a noun through a preposition ("spokeswoman *for* X")."""
    while token.i != noun.i and token.head.i != token.i:
        if token.dep_ == "pobj":
            return True
        token = token.head
    return False


def _addressee(token, document) -> bool:
    """Whether a name in a document's phrase is whom the document is addressed to ("a letter
    to Brooks", "a memo to Senator Reyes"): the one written to, not the writer, so no
    speaker of the document's words."""
    while token.i != document.i and token.head.i != token.i:
        if token.dep_ == "pobj" and token.head.lower_ == "to":
            return True
        token = token.head
    return False


def _thing_noun(noun) -> bool:
    """A common noun that names no person: not a role, office or person noun, nor an agent
    noun ("leader", "analyst", "consultant", "resident")."""
    lemma = noun.lemma_.lower()
    return lemma not in OFFICES | PERSON_NOUNS | HELD_ROLES and not lemma.endswith(
        ("er", "or", "ist", "ant", "ent", "ian", "man", "woman", "person", "people", "staff"))


# Who issued a document ("a statement from the ministry said", "according to a report
# released by X", "the company's memo said") is answered here, for quotes and figures alike.
# Which words of a document's own phrase name its issuer: ``issuer_role`` (a name before it,
# the object of its "from" or "by") and ``issuing_agents`` (the "by" of a participle:
# "released by X"). A document that speaks is read by ``_document_issuer``: any person or
# organisation in its own phrase (not one it is addressed to), else who the paragraph
# (``_issuer_in_paragraph``) or the paragraphs before (``_earlier_issuer``) say issued it,
# where an earlier mention's phrase is read more strictly (``_named_issuer``: a name that
# owns it or that it is "from" or "by" only). The other layers read the
# same phrase with their own bar: ``attribution._released_by`` (a document in a quotation's
# sentence that owns no verb of saying) and ``figure_reading._publication_issuer`` (what a
# figure is "according to").


def _document_issuer(document, names: Names):
    """Who a document that speaks ("A statement from US Central Command said", "the
    statement reads") speaks for, as (entity, found): the entity its phrase or the words
    right after it name, for ``_speaker_of`` to name as it names any subject's entity; or,
    when only the paragraph or the article says who issued it, the (name, label) found there;
    (None, None) when nothing says, and the document itself speaks."""
    ent = None
    for t in _own_phrase(document):  # "A statement from US Central Command said"
        e = entity_of(t)
        if e is not None and e.label_ in ("PERSON", "ORG") and not _addressee(t, document):
            ent = e
            break
    for clause in document.children if ent is None else ():
        # 'a private note that Becker sent her by email': a relative clause about the
        # document with a subject of its own names who sent it ("a statement that said it
        # accepted the group's right to protest", whose subject is the statement, names no one)
        if clause.dep_ == "relcl":
            sender = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            e = entity_of(sender) if sender is not None else None
            if e is not None and e.label_ in ("PERSON", "ORG"):
                ent = e
                break
    by = document.doc[document.i + 1:document.i + 3]
    for t in by if ent is None else ():
        # "But the review, by White House Counsel Edwin Marsh, concluded", '"...," read a
        # statement from Bishop Thomas Aldridge': the parser hangs the "by" or "from"
        # on the verb, but right after the document it names the author
        if t.lower_ in ("by", "from"):
            obj = next((c for c in t.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.text.startswith("@") and len(obj.text) > 2:
                # '"...," read one post from @CountyWatcher': an account's post
                # is its holder's words, and the handle is all the name the text gives
                return None, (obj.text, "PERSON")
            e = next((entity_of(c) for c in t.children if c.dep_ == "pobj"
                      and entity_of(c) is not None), None)
            if e is not None and e.label_ in ("PERSON", "ORG"):
                ent = e
            break
    if ent is None and document.lemma_.lower() not in PERSON_NOUNS:
        issuer = _issuer_in_paragraph(document)
        if issuer is not None:
            return None, _speaker_of(issuer, names)
        named = _earlier_issuer(document, names)
        if named is not None:
            return None, named
    return ent, None


def _issuer_in_paragraph(document):
    """Who issued a document the sentence names bare ("the statement reads"): the subject of
    the verb that issued it ("X issued a statement that reads"), or of the same kind of
    document earlier in the paragraph ('The mayor's office rejected the report in a brief
    statement issued Tuesday night. "..." the statement read'), or whom that earlier
    mention's own phrase names ("a letter from her lawyer, Gordon Pike Jr."). None when the
    paragraph does not say, so the document itself stays the speaker rather than a guess."""
    lemma = document.lemma_.lower()
    for t in reversed(document.doc[:document.i + 1]):
        if t.lemma_.lower() != lemma or t.pos_ != "NOUN":
            continue
        if t.i == document.i and t.dep_ not in ("dobj", "pobj", "nsubjpass"):
            continue  # "the statement reads": who issued it is said earlier, if anywhere
        if t.i != document.i:
            # 'in a letter from her lawyer, Gordon Pike Jr., to the committee. "...," the
            # letter ... reads': the earlier mention's own phrase names its issuer
            named = _named_issuer(t)
            if named is not None:
                return named
            if t.dep_ in ("nsubj", "attr"):
                # 'The airline confirmed the situation in a statement. "...," the statement
                # read. "..." the statement also said': an earlier mention that itself speaks
                # is the same document, so who issued it is said further back, if anywhere
                continue
        verb = t.head.head if t.dep_ == "pobj" else t.head
        if t.dep_ not in ("dobj", "pobj", "nsubjpass") or verb.pos_ != "VERB":
            return None
        subject = speech_subject(verb) if verb.dep_ == "relcl" else \
            next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ == "PRON" or subject.lemma_.lower() in DOCUMENT_NOUNS:
            return None
        return subject
    return None


def _earlier_issuer(document, names: Names):
    """(name, label) of who issued a document an earlier paragraph of the article names,
    for "the statement said" with no issuer in its own paragraph: 'In a statement issued
    soon after this morning's briefing, the Alder family said ...' then, two
    paragraphs on, '"...," the statement reads'; "In a later statement, Oceanwatch said"
    then 'The statement continued: "..."'. The latest earlier mention of the same kind of
    document decides (up to ``ISSUER_PARAGRAPHS`` back; one where the document itself
    speaks is passed over): a name in its own phrase ("a statement from Bishop Thomas
    Aldridge") or the subject of the verb it hangs on ("Hale's campaign also released a
    statement"). Only a name is given (capitalised: "the Sherman family", not "the family"
    nor "the lawmakers", which say less than the document does); None otherwise."""
    lemma = document.lemma_.lower()
    for doc in reversed(names.paragraphs_before(document.doc)[-ISSUER_PARAGRAPHS:]):
        for t in reversed(doc):
            if t.lemma_.lower() != lemma or t.pos_ != "NOUN":
                continue
            named = _named_issuer(t)
            e = entity_of(named) if named is not None else None
            if e is not None:
                return names.resolve(e.text, e.label_), e.label_
            if t.dep_ in ("nsubj", "attr"):
                continue
            verb = t.head.head if t.dep_ == "pobj" else t.head
            if t.dep_ not in ("dobj", "pobj", "nsubjpass") or verb.pos_ != "VERB" or (
                    t.dep_ == "pobj" and not is_speech_verb(verb)):
                # ("The family said Mara J. Olsen 'lost her fight' in an obituary": the
                # obituary is not Olsen's; "In a statement, X said" is X's)
                return None
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is None or subject.pos_ == "PRON" or \
                    subject.lemma_.lower() in DOCUMENT_NOUNS:
                return None
            name, label = _speaker_of(subject, names)
            return (name, label) if name and any(ch.isupper() for ch in name) else None
    return None


def _named_issuer(document):
    """The token of a document's own phrase that names its issuer ("a statement from Bishop
    Thomas Aldridge"), or None: both a document's earlier mention in its paragraph
    (``_issuer_in_paragraph``) and one in an earlier paragraph (``_earlier_issuer``) are
    read so."""
    return next((t for t in _own_phrase(document) if _issued_by(t, document)), None)


def _issued_by(token, document) -> bool:
    """Whether a token of a document's phrase names its issuer: a person or organisation
    that owns it ("Oceanwatch's statement", "The White House report") or that it is from or
    by ("a statement from Bishop Thomas Aldridge", "the review, by White House Counsel
    Edwin Marsh"), not a place it is on or about ("an obituary on the Hillside Chapel
    website")."""
    e = entity_of(token)
    if e is None or e.label_ not in ("PERSON", "ORG") or e.root.i != token.i:
        return False
    if issuer_role(token, document) == "owner":
        return True
    if token.dep_ == "appos" and token.head.dep_ == "pobj" and entity_of(token.head) is None:
        token = token.head  # "a letter from her lawyer, Gordon Pike Jr."
    return issuer_role(token, document) == "source"


def issuer_role(token, document, sources=("from", "by")) -> str | None:
    """How a word of a document's own phrase may name who issued it: "owner" for a name
    before it ("Oceanwatch's statement", "The White House report", "CDC estimates"), "source"
    for the object of a "from" or "by" on it ("a statement from Bishop Thomas Aldridge",
    "figures from Comscore"; ``sources``: the prepositions read so), None otherwise (a place
    it is on or about: "an obituary on the Hillside Chapel website"). The one reading of a
    document's phrase for quotes (``_issued_by``) and figures
    (``figure_reading._publication_issuer``); what may issue differs and stays with each: a
    quote's speaker is a person or an organisation the tagger names, a figure's source any
    proper noun or body ("data from China"), and a figure is "of" its maker too ("figures
    of the health ministry")."""
    if token.i != document.i and token.head.i == document.i and \
            token.dep_ in ("poss", "compound"):
        return "owner"
    if token.dep_ == "pobj" and token.head.lower_ in sources and token.head.head.i == document.i:
        return "source"
    return None


# How many paragraphs back "the statement said" looks for who issued the statement.
ISSUER_PARAGRAPHS = 3


def issuing_agents(document, verbs=ISSUING_VERBS):
    """(participle, agent) for each "by" object of a participle hung on a document: 'a
    statement released by the trust', 'a new study released today by the Urban Institute'.
    The one reading of who put a document out by the verb that did, for the quotes its
    sentence holds (``attribution._released_by``), the body "the group" means
    (``_body_of_document``) and the publication a figure is "according to"
    (``figure_reading._publication_issuer``). ``verbs``: the participles that issue
    (``ISSUING_VERBS``; a memo "obtained by" or "seen by" a paper is not the paper's words);
    None takes any, as figures do ("figures compiled by the ministry" are the ministry's),
    whose readers only ask whom to weigh, not whose words they are."""
    for verb in document.children:
        if verb.dep_ == "acl" and (verbs is None or verb.lemma_.lower() in verbs):
            for agent in verb.children:
                if agent.dep_ == "agent":
                    for body in agent.children:
                        if body.dep_ == "pobj":
                            yield verb, body


def _body_of_document(subject):
    """The organisation a subject such as "the group" means when its verb says where the
    words were given, a document its sentence says the organisation issued: 'In a statement
    from the Harbour Trust, the group said the pier would close', 'In a statement released
    by the Harbour Trust, the charity said ...'. A writer who names the issuer in the
    adverbial does not name it again as the subject; "the" and the kind of body it is
    (``ORGANISATION_NOUNS``) point back to it. None for any other subject, and when the
    document's phrase names no organisation (a person's statement is not "the group's")."""
    if subject.pos_ != "NOUN" or subject.tag_ != "NN" or entity_of(subject) is not None or \
            subject.lemma_.lower() not in ORGANISATION_NOUNS or \
            not _with_the(subject) or \
            any(c.dep_ in ("compound", "poss", "amod", "prep") for c in subject.children):
        return None
    verb = subject.head
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for document in prep.children:
            if document.dep_ != "pobj" or \
                    document.lemma_.lower() not in DOCUMENT_NOUNS | SPOKEN_NOUNS:
                continue
            named = _named_issuer(document)
            if named is None:
                named = next(issuing_agents(document), (None, None))[1]
            ent = entity_of(named) if named is not None else None
            if ent is not None and ent.label_ == "ORG" and ent.root.i == named.i:
                return ent
    return None


def _own_phrase(noun):
    """The tokens of a noun's own phrase: its subtree without the clauses hung on it ("a
    statement that said it accepted the group's right to protest ...", "A spokesman for the
    tower, designed by the Danish architect Jens Holm,"), whose names are not the
    noun's."""
    out = []
    for t in noun.subtree:
        head, inside_clause = t, False
        while head.i != noun.i:
            if head.pos_ in ("VERB", "AUX"):
                inside_clause = True
                break
            head = head.head
        if not inside_clause:
            out.append(t)
    return out


def appositive_person(subject, names: Names) -> str | None:
    """The named person in apposition to a subject phrase ("the police chief of Kani Dar,
    Col. Rebwar Hamid,"), which the parser may hang on a noun inside the phrase. Two roles
    joined before a name ("the senator's friend and adviser Tom Brennan") parse the name as a second
    subject joined to the first role: a name whose own phrase opens on a role noun is that
    role's person, not someone else speaking beside the role."""
    for t in _own_phrase(subject):
        e = entity_of(t)
        joined = t.dep_ == "conj" and t.head.i == subject.i and any(
            c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < e.start for c in t.children) \
            if e is not None else False
        if (t.dep_ == "appos" or joined) and t.i > subject.i and e is not None \
                and e.root.i == t.i \
                and (e.label_ == "PERSON" or names.label.get(names.resolve(e.text)) == "PERSON"):
            # ("The couple, Anna and Piotr Nowak, said": both of them)
            joint = _jointly(e, _joint_person(t), names) if e.label_ == "PERSON" else None
            return joint or names.resolve(e.text, "PERSON")
    return None


# participles by which a description is given the one name the writer has for its person
_NAMING = {"know", "identify", "name", "call"}
# what a name after them may be tagged and still be someone's: a first name alone reads as
# a place or a group now and then ("identified only as Taylan", tagged GPE)
_NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP"}


def named_as(subject, names: Names) -> tuple[str, str] | None:
    """(name, label) of a described subject the sentence names by a participle hung on it:
    "The man, identified only as Sergei, says", "The pupil behind it, a 17-year-old known only
    as Arthur, told", "One of the dead man's friends, known only as Dasai, said:", "One of
    the contractors ..., who gave his name only as Sergei, said". Reports bring in witnesses
    who give no surname this way; the name is who speaks, and the role ("man", "pupil",
    "One") only says how the writer met them. From fresh seed 50 (read) and the Multi-News
    training text, where each such sentence went to the role. Other relative clauses were
    tried ("who asked to be identified as Beth"): tuning the same, validation right 1129 ->
    1128 of 1273, so only the clause that gives a name is read."""
    holders = [subject, *(c for c in subject.children if c.dep_ == "appos" and c.i > subject.i)]
    for holder in holders:
        for t in holder.children:
            # "One of the contractors ..., who gave his name only as Sergei, said"
            gives_name = t.dep_ == "relcl" and t.lemma_.lower() == "give" and any(
                c.dep_ == "dobj" and c.lemma_.lower() == "name" for c in t.children)
            if t.i < subject.i or not gives_name and (
                    t.tag_ != "VBN" or t.lemma_.lower() not in _NAMING or
                    t.dep_ not in ("acl", "appos", "conj")):
                continue
            named = [p for c in t.children if c.dep_ == "prep" and c.lower_ == "as"
                     for p in c.children if p.dep_ == "pobj"]
            if t.lemma_.lower() in ("name", "call"):
                named += [c for c in t.children if c.dep_ in ("oprd", "dobj", "attr")]
            for who in named:
                if who.pos_ != "PROPN" or not who.is_title:
                    continue
                e = entity_of(who)
                if e is not None and (e.root.i != who.i or e.label_ not in _NAME_LABELS):
                    continue
                text = e.text if e is not None else who.doc[min(
                    [c.i for c in who.children if c.dep_ == "compound"] + [who.i]): who.i + 1].text
                label = "ORG" if e is not None and e.label_ == "ORG" else "PERSON"
                return names.resolve(text, label), label
    return None


# When something was said, not who: '"... could not be prosecuted while in office," dean, a
# key witness in the watergate hearings, testified before the senate judiciary committee friday'
# (speaker_review seed 70, read draw) and '..., saying Tuesday that the change was "..."' hang
# the day on the verb of saying as the name after an inverted verb hangs; a day says no
# quotation, so the verb's subject, else its clause's, speaks (66 participles of saying right
# before a weekday in the Multi-News train documents). Only for a verb asked about a quotation:
# "The video, posted online last Sunday, shows ..." still gives "Sunday" a floor that the
# excerpt rule of ``speech.article_quotes`` reads (tests/test_speech_excerpts.py), left as it is
_DAYS = frozenset(WEEKDAYS) | {"today", "yesterday", "tonight"}


def _leading_conjunct(subjects: list) -> list:
    """The first of two subjects the parser hung on one verb when the second is the first's
    company, "and" and a possessive pronoun between them: '"...," Sheldon Cohen, a professor of
    psychology, and his team wrote' (speaker_review seed 68, read) parses "Cohen" and "team"
    as two subjects, and the nearer one, "his team", would speak. Parsed as one coordination,
    "Zahi Hawass and his team said", the first conjunct is the subject: the same reading."""
    if len(subjects) < 2:
        return subjects
    first = min(subjects, key=lambda c: c.i)
    company = [c for c in subjects if c.i > first.i
               and any(p.dep_ == "poss" and p.pos_ == "PRON" for p in c.children)
               and any(t.dep_ == "cc" and t.lower_ == "and" for t in first.doc[first.i:c.i])]
    return [first] if company and first.pos_ == "PROPN" else subjects


def speech_subject(verb, inside=frozenset()):
    """The token naming who speaks through a speech verb, or None.

    The small parser misreads some attributions; each fallback below is one common shape of
    English attribution, tried only when the verb has no subject of its own. ``inside``: the
    token indices of the quotation the verb attributes; a subject among them is a word of the
    quote the parser hung on the verb ('... neighbours, and friends," writes supporter GreenBackr'
    parses "Feelings" as the subject and the name as an object), so the verb counts as having
    no subject and the inverted attribution is read.
    """
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i not in inside]
    if subjects:
        # '"Miss you always, Jen ..." one follower said' parses the quote's noun as a second
        # subject: the one nearest the verb speaks
        # 'said Bayside Lifeguard Lt. Dan Whitlow' parses the title as a subject of its
        # own: a title is no speaker when a name stands beside it
        # '‘This whole thing is a mess,’ said [Hale strategist] Ron Becker' parses
        # the editor's bracket and the role as subjects too: a mark is no one, and after an
        # inverted "said" a role noun stands before the name it describes
        subjects = [c for c in subjects if any(ch.isalpha() for ch in c.text)] or subjects
        named = [c for c in subjects if c.lower_.strip(".") not in TITLES]
        people = [c for c in named if c.ent_type_ == "PERSON"]
        if people and len(named) > 1 and all(c.i > verb.i for c in named) and all(
                c.pos_ in ("NOUN", "PROPN") for c in named):
            named = people
        named = _leading_conjunct(named)
        subject = min(named or subjects, key=lambda c: abs(c.i - verb.i))
        own = _subject_of_verb_inside(subject, inside)
        if own is not None:
            return own
        if subject.lower_ in ("who", "that") and verb.dep_ == "relcl" \
                and verb.head.pos_ in ("NOUN", "PROPN"):
            if not is_speech_verb(verb) and verb.lemma_ not in QUOTE_VERBS and verb.head.pos_ == "NOUN" \
                    and _thing_noun(verb.head) and verb.head.lemma_.lower() not in DOCUMENT_NOUNS \
                    and verb.head.head.pos_ == "VERB":
                # 'She shared a photo that showed off her new haircut, writing that ...':
                # the participle was hung on the relative clause; a thing that "showed" writes
                # nothing, the one who posted it does
                return speech_subject(verb.head.head, inside)
            # "a spokeswoman who asked not to be named": the relative pronoun is the noun
            return verb.head
        before = subject.doc[subject.i - 2] if subject.i > 1 else None
        if subject.lower_ == "which" and verb.lemma_ not in QUOTE_VERBS and \
                before is not None and before.pos_ == "PROPN" and \
                subject.doc[subject.i - 1].text == "," and before.i not in inside and \
                before.ent_type_ not in ("GPE", "LOC", "DATE", "TIME", "NORP"):
            # '... services provider Velcor, which said in a notice that "..."': ", which"
            # opens a clause about the name right before its comma, however the parser hung
            # the verb (on the main verb, as an adverbial) and whatever the tagger called the
            # name ("which" never means a person: a name it follows is an organisation's);
            # what "reads" is a document ('a message she sent him on Facebook, which read:'),
            # below
            return before
        if subject.lower_ == "which" and verb.dep_ == "relcl":
            named = entity_of(verb.head)
            if named is not None and named.label_ == "ORG":
                # 'the National Farmers Union, which sent several letters to
                # ministers saying "..."': "which" is the organisation it follows
                return verb.head
            # 'a private note that Becker sent her by email, which read: "..."': the
            # parser may hang "which" on the nearest noun; what reads or says is a document
            # before it in the sentence, or no one
            return next((t for t in reversed(verb.doc[verb.sent.start:verb.i])
                         if t.pos_ == "NOUN" and _written_noun(t)), None)
        return _closing_speaker(verb, subject) or subject
    if verb.dep_ == "ccomp" and verb.tag_ in ("VBD", "VBZ", "VBP") and is_speech_verb(verb.head):
        # 'The Herald reports Joan Pratt on Tuesday first set out her view ..., saying
        # ...': the parser takes the reported clause's subject for the object of "reports"
        # and leaves the clause without one; a name right after the verb of saying, before
        # the clause, is whom the clause is about
        told = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i
                     and c.i > verb.head.i and c.i not in inside
                     and c.ent_type_ in ("PERSON", "ORG")), None)
        if told is not None and verb.head.lemma_ != "tell":
            return told
    # inverted attribution: '"...," said Churkin', 'Said Harlan, whose parents are buried there:'
    prev = verb.doc[verb.i - 1] if verb.i > 0 else None
    # (only a verb of saying: in 'Hale framed ..., citing Winston Churchill and saying that ...'
    # the object of "citing" is no speaker of what "saying" says)
    # (nor "tell", whose object is the one told: 'Pratt lost no time in attacking Hale ...,
    # telling radio host Sam Ortiz that Hale was "scared"' is Pratt's, not Ortiz's)
    if (is_speech_verb(verb) or verb.lemma_ in QUOTE_VERBS) and verb.lemma_ != "tell" and (
            prev is None or prev.is_quote or prev.text == "," or verb.is_sent_start):
        for child in verb.rights:
            if child.dep_ in ("dobj", "npadvmod", "attr", "oprd") and child.i not in inside and (
                    child.pos_ == "PROPN"
                    or child.lemma_.lower() in DOCUMENT_NOUNS | SPOKESPEOPLE) and not (
                    child.lower_ in _DAYS and inside):
                # '"...," read a statement from Bishop Thomas Aldridge'
                return child
        named = _named_after(verb, inside)
        if named is not None:
            return named
    if verb.i > 0 and verb.doc[verb.i - 1].ent_type_ in ("PERSON", "ORG"):
        # '... this leaves out fruit juice and the national health agency says
        # "..."': the parser hung the name on a noun before it; a name ending right at the
        # verb is its subject, not the first verb's subject ("this"); so is one it hung on a
        # word of the quotation ('"We're aware of the off-the-field matter involving
        # Marcus," team general manager T.R. Banks said', the name read as in apposition
        # to "Marcus")
        ent = entity_of(verb.doc[verb.i - 1])
        if ent is not None and ent.end == verb.i and ent.start not in inside and (
                verb.dep_ == "conj" or ent.root.head.i in inside):
            return ent.root
    phrase = _phrase_after_quote(verb, inside)
    if phrase is not None:
        return phrase
    if verb.dep_ == "xcomp" and verb.head.lemma_ in MOVING_VERBS:
        # 'The ruling ... prompted the Daily Ledger to declare "..."': the one moved to speak
        # speaks; other verbs' infinitives keep the subject ('X emailed his superiors to ask',
        # 'called a news conference to say')
        moved = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i
                      and c.pos_ in ("NOUN", "PROPN") and c.i not in inside), None)
        if moved is not None:
            return moved
    if verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ", "VBP") and verb.head.tag_ == "VB" \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.head.children) \
            and verb.head.dep_ in ("xcomp", "ccomp") and verb.head.head.pos_ in ("VERB", "AUX"):
        # 'Nygaard found Harlow's regret to be sincere and noted the harm ... was already a
        # "severe punishment"': a finite verb is no conjunct of an infinitive; it joins the
        # verb above it and shares that verb's subject, not the infinitive's ("remorse")
        return speech_subject(verb.head.head)
    if verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
        raised = _passive_subject(verb.head, inside)
        if raised is not None:
            return raised
    if verb.dep_ == "conj" and is_speech_verb(verb) and not is_speech_verb(verb.head) and \
            verb.head.dep_ == "ccomp" and is_speech_verb(verb.head.head) and \
            verb.head.head.i < verb.head.i:
        # 'The authors grant that the guidance does call for town-level answers
        # ... but say it is "no blank cheque ..."': the parser joins the second verb of saying
        # to the verb of what the first one reports; it is the reporter's second verb, and
        # the reported clause's subject ("the teaching") says nothing (a reporter after the
        # clause, '... has confessed ... but insisted he "never meant to hurt
        # anyone," sources tell the Evening Ledger', relays; ``attribution._reporter``)
        return speech_subject(verb.head.head)
    unjoined = _subject_before_unjoined(verb, inside)
    if unjoined is not None:
        return unjoined
    if verb.dep_ == "xcomp" and _tough_infinitive(verb):
        return None
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in _SHOWING_VERBS:
        # 'The video posted Sunday on Twitter shows a veiled girl identified as one of the 276
        # students abducted ..., saying some classmates died': the one a recording shows
        # speaks, not the recording (speaker_review seed 60, read draw)
        shown = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i
                      and c.i not in inside and _someone_shown(c)), None)
        if shown is not None:
            return shown
    if verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.pos_ in ("VERB", "AUX"):
        return speech_subject(verb.head)
    if verb.dep_ == "acl" and (verb.head.pos_ == "PROPN" or verb.head.lemma_.lower() in
                               PERSON_NOUNS | DOCUMENT_NOUNS):
        # "a statement saying ...", "one follower writing ...": not "the opportunity to
        # comment", whose noun speaks for no one
        return verb.head
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as":
        # "The minister was quoted as saying", "Lin quoted the official ... as saying"
        quoting = next((a for a in verb.head.ancestors if a.lemma_ in ("quote", "cite")), None)
        if quoting is not None and quoted_as(quoting) is not None:
            return quoted_as(quoting)
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ == "VERB":
        # 'The chef took one bite before putting it down and exclaiming: "..."'
        return speech_subject(verb.head.head)
    closing = _closing_name(verb, inside)
    if closing is not None:
        return closing
    # 'Dr Ingrid Solberg, lead author of the study ..., explained:' parsed with "lead" as a
    # verb: the subject sits inside a clause hung before the verb
    for left in verb.lefts:
        if left.dep_ in ("ccomp", "advcl", "dep", "parataxis") and left.pos_ != "PUNCT":
            named = [t for t in left.subtree if t.dep_ == "nsubj" and t.head.i == left.i
                     and t.i < left.i and t.pos_ == "PROPN" and t.ent_type_ == "PERSON"]
            if named:
                return named[0]
    return _subject_after_opener(verb, inside)


def _written_noun(noun) -> bool:
    """Whether a noun names a document that "says": one of the document nouns, or a "fact
    sheet", the paper a government or company puts out to be quoted ('a State Department fact
    sheet issued during the final days of the Trump administration, which said ...': the
    parser hangs "which" on the administration, and the sheet, not the report the sentence
    opened on, said it)."""
    return noun.lemma_.lower() in DOCUMENT_NOUNS or (
        noun.lemma_.lower() == "sheet" and any(c.lower_ == "fact" for c in noun.children))


def _subject_after_opener(verb, inside):
    """The name the parser hung as an appositive inside the phrase that opens the sentence,
    when the finite verb of saying after it has no subject: 'In a press release posted to
    Twitter, Jenner, a longtime Republican, said that ...' reads "Jenner" as another name for
    Twitter. A name set off by commas that ends (with its own appositive) right at the verb
    after an opening phrase is that verb's subject: English puts the subject there, and a
    verb of saying in the past or present has one."""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i < 3 or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    end = verb.i - 2 if doc[verb.i - 1].text == "," else verb.i - 1
    for left in verb.lefts:
        if left.dep_ not in ("prep", "advcl", "npadvmod") or left.i in inside:
            continue
        for t in left.subtree:
            if t.dep_ != "appos" or t.right_edge.i != end or t.i in inside or \
                    doc[t.left_edge.i - 1].text != ",":
                continue
            ent = entity_of(t)
            if ent is not None and ent.label_ in ("PERSON", "ORG") and ent.start == t.left_edge.i:
                return t
    return None


def _closing_name(verb, inside):
    """The name that closes a reported sentence with its verb of saying, when the parser took
    it into the clause before it ('The offer ... reflects the "logistical nightmare" REvil is
    now facing with thousands of potential victims to negotiate with, researcher Allan Liska
    at cybersecurity firm Recorded Future said.', the name read as the object of
    "negotiate"): after the last comma before the verb, only a name with its role and
    affiliation, no verb, stands before it, and the verb's reported clause comes before that
    comma. The person named there speaks, else the organisation."""
    if not is_speech_verb(verb) or not any(c.dep_ == "ccomp" and c.i < verb.i
                                           for c in verb.children):
        return None
    sent = verb.sent
    comma = next((t for t in reversed(verb.doc[sent.start:verb.i]) if t.text == ","), None)
    if comma is None or verb.i - comma.i > 12:
        return None
    tail = verb.doc[comma.i + 1:verb.i]
    if not len(tail) or any(t.i in inside or t.pos_ in ("VERB", "AUX", "PRON") or t.is_punct
                            for t in tail):
        return None
    found = {}
    for t in tail:
        ent = entity_of(t)
        if ent is not None and ent.label_ in ("PERSON", "ORG") and ent.start > comma.i:
            found.setdefault(ent.label_, ent.root)
    return found.get("PERSON") or found.get("ORG")


# Verbs by which a recording shows someone ("the video shows a girl ..., saying", "footage
# captured the officer ..., shouting"): a participle of saying after them is the one shown's
_SHOWING_VERBS = {"show", "depict", "capture", "feature"}


def _someone_shown(noun) -> bool:
    """Whether what a recording shows is someone who may speak: a person's name, or a noun
    for a person ("a veiled girl", "the officer"), not a thing ("a crowd", "the damage")."""
    ent = entity_of(noun)
    if ent is not None:
        return ent.label_ == "PERSON"
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in _SOMEONE | PERSON_NOUNS | HELD_ROLES


# Adjectives whose infinitive takes the sentence's subject for its object ("the question was
# impossible to answer", "the rule is hard to explain"): who would answer or explain is anyone.
_TOUGH = {"hard", "difficult", "impossible", "easy", "tough", "tricky", "simple", "awkward"}


def _tough_infinitive(verb) -> bool:
    """Whether a verb of saying is the infinitive of "X is hard to say"-like phrases: 'a
    petition saying the question was "impossible" to answer' made the question the one who
    answers. The subject of "be" is what the infinitive acts on, not who speaks, and no one is
    named as its speaker."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and \
        verb.head.lemma_ == "be" and any(c.dep_ == "acomp" and c.lemma_.lower() in _TOUGH
                                         for c in verb.head.children)


def _subject_before_unjoined(verb, inside):
    """The noun phrase ending right before a finite verb of saying that the parser made a
    conjunct of an earlier verb with no word to join them: 'Smith sought to clarify her
    views after a survey in Ohio said she "backs ..."' parses "a survey in Ohio" as the
    object of "after" and "said" as a second verb of "sought", whose subject would speak.
    English joins two verbs of one subject with "and", "but", "or" or a comma; with none
    between them the verb opens a clause of its own, and the phrase before it is its
    subject. The head of the longest noun phrase that ends at the verb is that subject."""
    doc = verb.doc
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0 or \
            verb.head.i >= verb.i:
        return None
    if any(t.dep_ in ("cc", "preconj") or t.is_punct or t.lower_ in ("and", "but", "or")
           for t in doc[verb.head.i + 1:verb.i]):
        return None
    t = doc[verb.i - 1]
    subject = None
    while t.i not in inside and t.right_edge.i == verb.i - 1 and t.i < verb.i:
        if t.pos_ in ("NOUN", "PROPN") and t.dep_ not in ("compound", "amod", "poss"):
            subject = t
        if t.head.i == t.i or t.head.i > verb.i or t.head.pos_ in ("VERB", "AUX"):
            break  # (a verb above the phrase opens another clause)
        t = t.head
    if subject is None or subject.i <= verb.head.i or subject.left_edge.i <= verb.head.i:
        return None
    return subject


def _subject_of_verb_inside(subject, inside):
    """The subject of a finite verb the parser took for a modifier inside the subject phrase:
    'Labor Secretary Helen Voss on Sunday slammed House Democrats' negotiating
    posture ... as "odd" and "baffling" — warning that "there will be consequences"' parses
    "slammed" as an adjective of "Democrats" and "posture" as the subject of "warning",
    while it still hangs "Voss" on "slammed" as its subject. A past or present tense verb
    is no adjective; the one its own subject names does what the sentence says."""
    inner = next((t for t in subject.subtree if t.tag_ in ("VBD", "VBZ")
                  and t.dep_ in ("amod", "compound") and t.i < subject.i), None)
    if inner is None:
        return None
    return next((c for c in inner.children if c.dep_ == "nsubj" and c.i < inner.i
                 and c.i not in inside), None)


def _passive_subject(verb, inside):
    """The subject of a passive verb whose complement is the verb of saying: '"...," Mr.
    Netanyahu is shown saying', 'he was heard telling aides', 'She was asked to explain'. In
    the active ('the ad shows Netanyahu saying') the one who speaks is the object; the passive
    makes that object the subject, so the passive subject, not the verb's missing active
    subject (the ad, whoever heard), says the words. None when the verb has an active subject
    of its own or no passive one outside the quotation."""
    if any(c.dep_ == "nsubj" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i not in inside
                 and c.pos_ in ("PROPN", "NOUN", "PRON")), None)


def _phrase_after_quote(verb, inside):
    """The speaker phrase standing alone between a quotation's closing mark and the verb of
    saying after it, when the parser hung that phrase on a word of the quotation and left
    the verb without a subject: '..., by morning every family that needs a blanket will
    have one, "the head of the regional emergency office, Reza Tabari, told
    the radio.' parses "head" in apposition to "one" and "told" as a conjunct of
    "provided". News writing puts only the speaker there, so a phrase of nouns (no verb of
    its own) that names a person or organisation, or opens on a person noun, is the
    subject; its head word is the one it hangs outside itself."""
    if not inside or verb.tag_ not in ("VBD", "VBZ", "VBP") or max(inside) >= verb.i:
        return None
    doc = verb.doc
    between = [t for t in doc[max(inside) + 1:verb.i]]
    if not between or not between[0].is_quote:
        return None  # the verb must follow the closing mark
    between, aside = _without_participle_aside(between)
    words = [t for t in between if not t.is_punct]
    if not words or len(words) > 14 or any(t.pos_ in ("VERB", "AUX") for t in words):
        return None
    span = {t.i for t in between}
    heads = [t for t in words if t.head.i not in span and t.pos_ in ("NOUN", "PROPN")]
    if len(heads) != 1 or (heads[0].head.i not in inside and heads[0].head.i not in aside):
        return None
    head = heads[0]
    if not any(t.ent_type_ in ("PERSON", "ORG") for t in words) and \
            head.lemma_.lower() not in PERSON_NOUNS | SPOKESPEOPLE:
        return None
    return head


def _without_participle_aside(between) -> tuple[list, set]:
    """The tokens between a closing mark and the verb of saying after it, less a participle
    aside that ends right at the verb ('"...," a U.S. official, speaking on condition of
    anonymity, said'; 'Mr. Lee, appearing visibly surprised after a victory ..., said'), and
    the aside's token indices. News writing sets what the speaker was doing between commas
    after the speaker's name; the parser hangs that participle on the quotation's verb, leaving
    the verb of saying with no subject, and its verb kept the phrase before it from being read
    as the speaker. (Multi-News train, the first ~150 words of 44,891 clusters: 18 quotations
    followed by a name and such an aside, 8 of them the verb's own quotation; with their
    capitals put back, 3 of those 8 had no speaker, 1 has none with this reading. The
    lower-cased text itself tags too few of those names to show it.) The aside opens on a
    participle ("speaking", "reached", "asked"), after adverbs at most ("visibly moved"), and
    closes on the comma before the verb; the phrase before it keeps every other check of
    ``_phrase_after_quote``."""
    if len(between) < 4 or between[-1].text != ",":
        return between, set()
    commas = [k for k, t in enumerate(between[:-1]) if t.text == ","]
    if not commas:
        return between, set()
    cut = commas[-1]
    opening = next((t for t in between[cut + 1:-1] if t.pos_ != "ADV"), None)
    rest = between[cut + 1:-1]
    if opening is None or opening.tag_ not in ("VBG", "VBN") or len(rest) > 20 or \
            any(t.is_quote for t in rest):
        return between, set()
    return between[:cut], {t.i for t in between[cut:]}


def _named_after(verb, inside):
    """The person an inverted speech verb names right after it, however the parser hung the
    name: '"A walkout ... would be nothing short of ruinous," said Glen Mercer, the former
    actor and award-winning director of "The Long Field" whose latest film ... is
    considered a strong festival favourite' parses "Mercer" as the subject of "considered". Only
    words of a title may stand between the verb and the name ("said guild President Ted
    Marlow"), no punctuation; and the verb is a finite "said" or "says", not a participle
    after a comma ('..., claiming he and his rival both "lied"')."""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    for t in doc[verb.i + 1:min(verb.i + 6, len(doc))]:
        if t.i in inside or not (t.is_alpha or t.text.endswith(".")) or not (
                t.text[:1].isupper() or t.lower_.strip(".") in TITLES):
            return None
        ent = entity_of(t)
        if ent is not None and ent.label_ == "PERSON" and ent.start == t.i:
            return ent.root
    return None


def quoted_as(verb):
    """Who a quoting verb quotes "as saying": its object ('Lin quoted the provincial official who
    had called on him as saying this was "not the moment"') or its passive subject
    ("the minister was quoted as saying"); the one who quotes only reports the words."""
    if not any(t.lower_ == "as" and any(c.dep_ == "pcomp" and is_speech_verb(c)
                                        for c in t.children) for t in verb.subtree):
        return None
    return next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)


def _closing_speaker(verb, subject):
    """The person phrase standing right before a sentence-final speech verb when the parser
    took a far noun of the reported clause for its subject: 'The closures were on the eastern
    ... routes, ..., a bus operator spokesman who asked not to be named said.' News
    writing puts the speaker last in that order, so the phrase that ends at the verb speaks."""
    doc = verb.doc
    after = [t for t in doc[verb.i + 1:verb.sent.end] if not t.is_punct]
    if after or subject.i >= verb.i - 8 or verb.i == 0:
        return None
    for t in doc[subject.i + 1:verb.i]:
        if t.right_edge.i == verb.i - 1 and t.pos_ in ("NOUN", "PROPN") and t.dep_ == "appos" \
                and (t.lemma_.lower() in PERSON_NOUNS or t.ent_type_ == "PERSON"):
            return t
    return None


def reported(verb) -> bool:
    """Whether a verb stands inside what a verb of saying reports: it, or one of the five
    heads above it, is the clausal complement of a verb of saying ('Tully said [Barlow was
    afraid]', 'saying that [while they are "biased," he does not want ...]'). Its subject is
    who or what the words are about, not who says them (``speech._reported``,
    ``attribution._governing_speaker``)."""
    t = verb
    for _ in range(6):
        if t.head.i == t.i:
            return False
        if t.dep_ == "ccomp" and is_speech_verb(t.head):
            return True
        t = t.head
    return False


def according_source(sentences, inside) -> object | None:
    """X in "according to X" anywhere in these sentences outside the quotation, whichever
    word the parser hangs "according" on ('According to the museum, "this painting is
    a copy ..."' hangs it inside the quote)."""
    for sent in sentences:
        for t in sent:
            if t.lower_ != "according" or t.i in inside or t.i + 1 >= len(t.doc):
                continue
            to = t.doc[t.i + 1]
            if to.lower_ != "to":
                continue
            for obj in to.children:
                if obj.dep_ == "pobj" and obj.i not in inside:
                    return obj
    return None


def according_to(token):
    """X in "according to X" attached to this token."""
    for child in token.children:
        if child.lower_ == "according":
            for prep in child.children:
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        return obj
    return None

