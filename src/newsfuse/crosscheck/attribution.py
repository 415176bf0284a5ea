"""The speaker of one quotation from its own sentence: the verb that governs the quote, a
speech verb beside it, "according to X", or a name and colon before it. Apart from
``speech`` because it looks at one quotation at a time; ``speech.article_quotes`` adds what
the article said before (pronouns, continued paragraphs)."""

from __future__ import annotations

from ..dates import MONTHS, WEEKDAYS
from .names import ORGANISATION_NOUNS, Names, entity_of, opens_with_said
from .pronouns import SPEAKING_PEOPLE
from .quote_marks import before_marks
from .speakers import (according_source, issuing_agents, quoted_as, reported, speaker_of,
                       speech_subject)
from .speech_words import (DOCUMENT_NOUNS, FEMALE, FINITE_TAGS, HELD_ROLES,
                           LEAD_IN_NOUNS, MALE,
                           JUDGING_VERBS, NAMING_VERBS, PERSON_NOUNS, PRONOUNS, QUOTE_VERBS, REPLY_VERBS, SPEECH_VERBS,
                           SPOKEN_NOUNS, SPOKESPEOPLE, is_speech_verb, speech_participle)


def attribute(span, names: Names, quoted=frozenset()):
    """Speaker named by a speech verb outside the quote, in the quote's sentence(s): (name,
    label, whether the verb governs the quote, how it was found ("direct" or "according"),
    the verb's lemma). ``quoted``: the token indices of every quotation of the paragraph; a
    speech verb inside another quotation of the sentence is that quotation's words, not an
    attribution of this one ('@ReporterAnn: "We should all just admit ..." ...
    @deskeditor: "Hale aide says ..."' is not the Hale aide's)."""
    doc = span.doc
    inside = set(range(span.start, span.end))
    sents = {span.sent.start: span.sent}
    for t in (doc[span.start], doc[span.end - 1]):
        sents[t.sent.start] = t.sent
    after = doc[min(span.end + 1, len(doc) - 1)]
    if span.end < len(doc) and after.sent.start <= span.end + 1:
        # '"... inaction." she said' may split after the quote's full stop
        sents[after.sent.start] = after.sent
    if span.start > 0:  # 'Churkin said: "This is ...' may split before the quote
        prev = doc[span.start - 1]
        if prev.is_punct and prev.i > 0 and doc[prev.i - 1].text == ":":
            sents[doc[prev.i - 1].sent.start] = doc[prev.i - 1].sent
        elif prev.text == ":" or (prev.is_quote and prev.i > 0 and doc[prev.i - 1].text == ":"):
            sents[prev.sent.start] = prev.sent
    source = _words_of({doc[span.start].sent, doc[span.end - 1].sent}, inside)
    if source is not None:
        return *speaker_of(source, names), True, "direct", "quote"
    aside = _naming_aside(span)
    if aside is not None:
        verb, subject = aside
        return *speaker_of(subject, names), True, "direct", verb.lemma_.lower()
    named = _verb_read_as_noun(span, names)
    if named is not None:
        # a name and its verb of saying right beside the quotation, with only a mark
        # between, is its attribution, whatever clause around it the parse hangs it on
        return *speaker_of(named, names), True, "direct", named.head.lemma_.lower()
    governing = _governing_speaker(span, names, quoted)
    if governing is not None:
        (name, label), verb = governing
        source = None
        if verb not in SPEECH_VERBS and verb not in NAMING_VERBS:
            # 'The agency has sent inspectors to carry out a "check of the records," according to
            # two state officials': the actor did something, the source said the words
            source = according_source(sents.values(), inside)
        if source is None:
            return name, label, True, "direct", verb
        name, label = speaker_of(source, names)
        return name, label, True, "according", "according to"
    acc = according_source(sents.values(), inside)
    best = (speaker_of(acc, names), True, "according", "according to") if acc is not None \
        else None
    for sent in sents.values():
        for token in sent:
            if token.i in inside or token.i in quoted:
                continue
            if (token.pos_ not in ("VERB", "AUX") and not speech_participle(token)) or not (
                    is_speech_verb(token) or token.lemma_ in QUOTE_VERBS
                    or _closing_verb(token, span) or _puts_it(token, span)):
                continue
            if _what_heading(token):
                continue
            if any(c.dep_ == "neg" for c in token.children):
                # '"I hope to say more ... in March." A Lopez aide did not respond to
                # requests for comment': a verb of saying denied says nothing, so it
                # attributes no words near it (the quotation goes on with the "he said" before)
                continue
            subject = speech_subject(token, inside)
            if subject is None or subject.i in inside or subject.i in quoted:
                continue
            if not is_speech_verb(token) and not _puts_it(token, span) and \
                    not _beside(token, subject, span):
                continue
            governed = any(t.i in inside for t in token.subtree) or \
                abs(token.i - span.end) <= 3 or abs(span.start - token.i) <= 3 or \
                _parenthetical(token, inside)
            if not governed and token.dep_ == "relcl" and token.head.i not in inside:
                # 'Cole's view that the bill, which Hale wrote last spring, is "a gift to
                # the largest donors"': a verb of saying in a relative clause tells what its
                # noun is (a bill someone wrote), not who says words outside that clause
                continue
            if _quotes_another(token, span, quoted):
                # '"... at all times." "There was blood everywhere," said one passenger',
                # '"... So I think we're married." Reeves joked, "It's lovely to see you."':
                # a verb after the quotation with another quotation between, or opening a
                # quotation of its own after a sentence this one closed, attributes that one
                continue
            if _has_own_words(token, span) and (not governed or _goes_on(span, quoted)):
                # '"... I just wanted some chicken wings." A worker explained that the night
                # shift never noticed': a verb of saying after the quotation, out of its
                # reach, with a clause of its own, says that clause, not the quotation before
                # it (whose speaker the words before it give, or no one). A verb close enough
                # to govern it stays its attribution even then: read so too ('"..." The
                # scholars say that ...'), validation lost one right speaker (1126 -> 1125)
                continue
            if not governed and _goes_on(span, quoted) and _says_its_own(token, span) and \
                    token.lemma_.lower() not in _LISTENER_VERBS:
                # '"...," he said. "She is very frustrated." The Miss World Organization
                # declined to answer questions': the verb answers something of its own
                continue
            if best is not None and best[2] == "according" and _says_its_own(token, span):
                # 'According to the city museum, "the maps are the largest ..." Collectors
                # said the maps were rare': the next sentence's verb has words of its own
                continue
            cand = (speaker_of(subject, names), governed, "direct", token.lemma_)
            if best is None or (governed and (not best[1] or best[2] == "according")):
                # '"...," Corbin said, according to the Evening Ledger': the paper
                # reports, the one who said it speaks
                best = cand
    if best is None:
        # 'Said Harlan, whose parents are buried in the churchyard: "..."' parses "Said" as part of
        # a name, leaving no verb: the name after the sentence's opening "Said" speaks
        for sent in sents.values():
            ent = entity_of(sent[0])
            if ent is not None and ent.label_ == "PERSON" and opens_with_said(ent) \
                    and ent.start not in inside:
                best = (speaker_of(sent[0], names), True, "direct", "say")
                break
    if best is None:
        issuer = _released_by(sents.values(), inside)
        if issuer is not None:
            best = (speaker_of(issuer, names), True, "according", "according to")
    if best is None or not best[1]:
        # a noun of saying that owns the words in their own sentence ('Dana Pruitt's
        # claim that the address ... was "written for another era ..."') outranks a verb of
        # saying that does not govern them (the next sentence's 'she claimed', which has words
        # of its own)
        owner = _owner(span) or _lead_in_owner(span, quoted)
        if owner is not None:
            best = (speaker_of(owner, names), True, "owner", None)
    if best is None:
        labelled = _label_before(span, names)
        if labelled is not None:
            best = (speaker_of(labelled, names), True, "label", None)
    if best is None:
        subject = _colon_subject(span, quoted)
        if subject is not None:
            best = (speaker_of(subject, names), True, "label", None)
    if best is None:
        named = _cut_off_attribution(span)
        if named is not None:
            best = (speaker_of(named, names), True, "direct", None)
    if best is None:
        return None, None, False, None, None
    (name, label), governed, kind, verb = best
    return name, label, governed, kind, verb


def _as_clause_ahead(verb) -> bool:
    """Whether an "as" aside after a quotation leads into the clause after it ('... and that
    his "only goal is to protect [his] daughter." As we previously reported, the super-couple
    passed on a $4 million payday', seed 50 read): it says where the next statement comes
    from, not whose words stand before it (``_naming_aside``). An aside that closes the
    sentence ('"a disaster," as Smith put it') hangs on a verb before it and still names the
    speaker."""
    return verb.dep_ == "advcl" and verb.head.i > verb.i and any(
        c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)


def _says_its_own(verb, span) -> bool:
    """Whether a verb of saying stands in a sentence that begins after the quotation and has
    an object or a clause of its own: it says those words, not the quotation before it. (The
    sentence after a quotation is read for '"... inaction." she said', where the verb has
    nothing to say but the quotation.)"""
    return verb.sent.start >= span.end and any(
        c.dep_ in ("ccomp", "dobj", "xcomp") and c.i > verb.i for c in verb.children)


def _has_own_words(verb, span) -> bool:
    """Whether a verb of saying after the quotation has a clause of its own after it (not an
    object: '"We will win." Lee told reporters.' is still the attribution)."""
    return verb.i >= span.end and any(
        c.dep_ in ("ccomp", "xcomp") and c.i > verb.i for c in verb.children)


# The rules a body lays down, whose words a clause they govern quotes ('Federal law makes it a
# crime for anyone "who ..."', ``_governing_speaker``); not media (a video, a post, a caption),
# whose subject's verbs show things ('the video ends with message, "..."'), nor documents at large
WRITTEN_RULES = {"law", "policy", "resolution", "statute", "regulation", "guideline", "rule",
                 "ordinance", "bill", "constitution", "documentation"}
# verbs that say what their subject is, not what it does: a text said to be something is
# judged in the quoted words, it does not say them
_LINKING_VERBS = {"be", "become", "remain", "seem"}
# verbs whose object is the listener, not the words ('"We will win." Lee told reporters.')
_LISTENER_VERBS = {"tell", "inform", "assure", "reassure", "warn", "remind", "ask", "brief"}


def _goes_on(span, quoted) -> bool:
    """Whether the quotation is a sentence of its own after another quotation of the
    paragraph: it opens right after a sentence's end and closes on one ('"I found out
    yesterday," he said. "I got a phone call." Officials said a surveyor found the plane',
    '"...," he said. "She is very frustrated." The Miss World Organization declined to answer
    questions', seed 56 read). Its speaker is the one before it, who goes on; a verb of saying
    in the next sentence that has words of its own says those, however close it stands
    (``_has_own_words``). A quotation inside a sentence ('corrected Mr. Ryan on his use of
    "subsidiarity" as "a rationale gutting government programs." The scholars say that ...')
    is no such sentence: the verb after it may be what attributes it.

    Twenty-seventh session (spk46): tuning and validation unchanged (1907/2032 right,
    1691/1774 given and right; 1129/1273, 942/1038; two tuning quotes, right either way, now
    read as continued); a first form that took any quotation before it, one inside the same
    sentence too, lost one right on each (the scholars' "a rationale ..." above)."""
    doc = span.doc
    last = next((t for t in reversed(span) if not t.is_quote and not t.is_space), None)
    if last is None or last.text not in (".", "!", "?"):
        return False
    i = span.start - 1
    while i >= 0 and (doc[i].is_quote or doc[i].is_space):
        i -= 1
    return i >= 0 and doc[i].text in (".", "!", "?") and any(q < span.start for q in quoted)


def _quotes_another(verb, span, quoted) -> bool:
    """Whether a verb of saying after the quotation belongs to another quotation: one that
    stands between the two, or one the verb opens ('Reeves joked, "..."') when this quotation
    closed its sentence (a quotation split around its verb, '"We won," she said, "and we
    earned it."', closes on a comma and goes on with the same speaker)."""
    doc = verb.doc
    if verb.i < span.end:
        return False
    if any(i in quoted for i in range(span.end, verb.i)):
        return True
    last = next((t for t in reversed(doc[span.start:span.end]) if not t.is_quote), None)
    if last is None or last.text not in (".", "!", "?"):
        return False
    for t in doc[verb.i + 1:verb.i + 4]:
        if t.i in quoted:
            return True
        if not t.is_punct or t.text in (".", "!", "?"):
            # ('"Is he breathing?" the dispatcher asked. "He's barely breathing," she
            # replied.': a verb whose sentence ends before the next quotation opens none;
            # it closes the attribution of the one before it, seed 56 read; twenty-seventh
            # session, spk46: tuning and validation unchanged, 1907/2032 and 1129/1273)
            return False
    return False


def _naming_aside(span):
    """The verb and subject of an "as X called it" or "as X put it" set right beside a
    quotation ('Because the "kind stranger" - as Lena called him - had no phone, ...'; 'The
    plan was, as Lopez put it, "a bridge to nowhere"'): the aside says whose words the
    quotation is, whatever the clause around them goes on to say. None unless only
    punctuation stands between the quotation and the aside.

    Twenty-third session (spk35), with ``_says_its_own`` and ``_released_by``: tuning right
    1890 -> 1891 of 2032, given and right 1678/1770 -> 1679/1771 (an "as X called him" beside
    a quotation a far "he wrote" had taken); validation unchanged (1126/1273, 939/1037)."""
    doc = span.doc
    i = span.end
    while i < len(doc) and doc[i].is_punct:
        i += 1
    candidates = [doc[i]] if i < len(doc) else []
    j = span.start - 1
    while j >= 0 and doc[j].is_punct:
        j -= 1
    if j >= 0:
        candidates.append(doc[j])
    for t in candidates:
        # after the quotation "as" opens the aside; before it, the aside's last word ends it
        verb = next((v for v in (t, *t.ancestors)
                     if any(c.lower_ == "as" and c.dep_ == "mark" for c in v.children)), None)
        if verb is None or (t.i > span.start and (t.lower_ != "as" or t.head.i != verb.i)):
            continue
        if t.i > span.start and _as_clause_ahead(verb):
            continue
        if t.i < span.start and (max(x.i for x in verb.subtree
                                     if x.i < span.start and not x.is_punct) != t.i
                                 or t.i - verb.i > 3):
            continue
        if not (verb.lemma_.lower() in NAMING_VERBS or is_speech_verb(verb) or (
                verb.lemma_.lower() == "put" and any(c.dep_ == "dobj" and c.lower_ == "it"
                                                     for c in verb.children))):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and not span.start <= subject.i < span.end:
            return verb, subject
    return None


def _words_of(sentences, inside):
    """X in "in the words of X", "to quote X" or "quoting X" in the quotation's sentence: the
    words are X's, whoever relays them ('The fort is "a gift to the whole coast," the Gazette
    wrote, quoting its director, Anna Vale'). Only a named person or organisation, or a noun
    with one in apposition ("its director, Anna Vale"), is taken. ("citing X" names where a
    speaker's facts come from, not whose words they speak: 'Lindqvist says by email,
    citing the WHO'.)"""
    for sent in sentences:
        for t in sent:
            if t.i in inside:
                continue
            if t.lower_ == "words" and t.dep_ == "pobj" and t.head.lower_ == "in":
                source = next((g for c in t.children if c.lower_ == "of"
                               for g in c.children if g.dep_ == "pobj"), None)
            elif t.lemma_.lower() == "quote" and t.pos_ == "VERB" and (
                    t.tag_ == "VBG" or any(c.lower_ == "to" and c.dep_ == "aux"
                                           for c in t.children)) and quoted_as(t) is None:
                source = next((c for c in t.children if c.dep_ == "dobj"), None)
            else:
                continue
            if source is None or source.i in inside:
                continue
            for who in (source, *(c for c in source.children if c.dep_ == "appos")):
                ent = entity_of(who)
                if ent is not None and ent.label_ in ("PERSON", "ORG") and who.i not in inside:
                    return who
    return None


def _released_by(sentences, inside):
    """X in "a statement released by X" (or issued, published by X: ``ISSUING_VERBS``) in these
    sentences outside the quotation, when no verb or "according to" names a speaker: 'In a
    statement issued by the trust, the repairs were called "..."'. The document speaks for
    whoever released it, as "according to a statement by X" would. The document here owns
    no verb of saying, so ``speaker_of`` never sees it: this looks for it in the sentence, and
    reads its issuer as every layer does (``speakers.issuing_agents``)."""
    for sent in sentences:
        for t in sent:
            if t.i in inside or t.pos_ != "NOUN" or \
                    t.lemma_.lower() not in DOCUMENT_NOUNS | SPOKEN_NOUNS:
                continue
            for verb, agent in issuing_agents(t):
                if verb.tag_ == "VBN" and verb.i not in inside and agent.i not in inside and \
                        agent.pos_ == "PROPN":
                    return agent
    return None


def _cut_off_attribution(span):
    """The name standing alone after a quotation where the text breaks off: '"Ohio senator
    Dale Hutton keeps angling to become the heir to the party's crown," CNBC...'. A
    roundup's excerpt ends mid-sentence, and here it cut the attribution after its subject: a
    quotation closed on a comma is followed by who said it ('"...," CNBC host X said'), so the
    name, a person or an organisation and nothing else, is the speaker."""
    doc = span.doc
    i = span.end
    while i < len(doc) and (doc[i].is_quote or doc[i].text == "," or doc[i].is_space):
        i += 1
    if not any(t.text == "," for t in doc[max(span.end - 1, 0):i]):
        return None
    end = next((j for j in range(i, min(i + 6, len(doc))) if doc[j].text in ("...", "…")), None)
    if end is None or end == i or any(not t.is_space for t in doc[end + 1:]):
        return None
    ent = entity_of(doc[i])
    if ent is None or ent.label_ != "PERSON":
        # '"...," Treasury Secretary Dana Holt...': a person's title stands before the name
        # in capitals (the words of a role, which the tagger may call an organisation)
        j = i
        while j < min(i + 4, end) and doc[j].text[:1].isupper() and \
                doc[j].pos_ in ("PROPN", "NOUN") and doc[j].ent_type_ != "PERSON":
            j += 1
        person = entity_of(doc[j]) if j < end else None
        if person is not None and person.label_ == "PERSON" and person.start == j:
            ent, i = person, j
    if ent is None or ent.label_ not in ("PERSON", "ORG") or ent.start != i or ent.end != end:
        return None
    return ent.root


def _owner(span):
    """Whose words a quotation is when no verb says so, but a noun of saying that owns them
    does: 'Hale's remarks will be focused on "the shape of the contest"', 'her claims in the
    press that there had been "..."'. Walking up from the quotation, the first noun of saying or
    document (``SPOKEN_NOUNS``, ``DOCUMENT_NOUNS``) with a possessive, a named person or
    organisation, "his", "her", "their", or a role or person noun with no name ("The mayor's
    reply came quickly: "..."", which ``speaker_of`` reads as the one mayor the story names),
    gives the owner; a clause with a subject of its own that is no such noun stops the walk
    (its subject, not an owner further up, acts there). Measured 2026-12-02 (docs/measurements.md, "Speakers, seventeenth round"): held
    out (V+X+Y+Z+U pooled) right 704 -> 707 of 834, given-and-right 593/669 -> 596/672; tuning
    unchanged (one tuning cluster, 18231, where the carried speaker was the same person)."""
    inside = range(span.start, span.end)
    token = span.root
    for _ in range(6):
        if token.head.i == token.i:
            return None
        token = token.head
        if token.i in inside:
            continue
        if token.pos_ in ("VERB", "AUX"):
            noun = _content_of(token)
            subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")
                            and c.i not in inside and c.pos_ != "PRON"), None)
            if noun is not None:
                token = noun
            elif subject is not None:
                if subject.lemma_.lower() not in SPOKEN_NOUNS | DOCUMENT_NOUNS:
                    return None
                token = subject
        if token.pos_ == "NOUN" and token.lemma_.lower() in SPOKEN_NOUNS | DOCUMENT_NOUNS:
            owner = _possessor(token)
            if owner is not None:
                return owner
    return None


def _possessor(noun):
    """The possessive before a noun of saying that can own words: a named person or
    organisation, "his", "her", "their", a proper noun that names no time or work, or a role
    or person noun with no name; None otherwise (``_owner``, ``_lead_in_owner``)."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        return None
    ent = entity_of(owner)
    if (ent is not None and ent.label_ in ("PERSON", "ORG")) or \
            owner.lower_ in ("his", "her", "their") or (
                # "Sokol's reply: "..."": a proper noun is a name whatever the
                # tagger calls it (it took "Sokol" for a nationality), unless it
                # names a time or a work ("Monday's statement")
                owner.pos_ == "PROPN" and owner.lower_ not in _CALENDAR
                and (ent is None or ent.label_ not in _NOT_OWNERS)) or (
                ent is None and owner.pos_ == "NOUN"
                and owner.lemma_.lower() in PERSON_NOUNS | HELD_ROLES | SPOKESPEOPLE):
        return owner
    return None


# prepositions whose object is what the words after a colon are about, not whose they are
# ('Harris on Smith's comments:', 'In reply to the mayor's letter:')
_ABOUT = {"on", "about", "regarding", "to", "against", "over"}


def _lead_in_owner(span, quoted=frozenset()):
    """Whose words a quotation set after a colon is when its lead-in names a text or talk
    someone owns and no verb says who spoke: 'There is one tiny caveat at the bottom of
    Brown's Kickstarter page: "It might not be that good. ..."', 'Her tips for anyone trying
    to eat more is to do it gently: "Maybe decide ..."', 'Quotes from her talk at a New York
    luncheon: "Within the gymnastics world, ..."'. The parser hangs such a lead-in on the
    quotation's own verb or leaves it a fragment, so ``_owner``'s walk up from the words does
    not meet it; the colon says the words are the text the lead-in names. The owner is the
    possessive of the first noun of saying, document or page (``LEAD_IN_NOUNS``) in the
    lead-in's sentence that is no object of a preposition of topic ('Harris on Smith's
    comments:' is Harris answering), and no one else is a subject in the lead-in ('A
    voice-over at the end of the ad underscores the prime minister's message: "..."' is the
    voice-over's, in a tuning story); None when the lead-in has none. A "his" or "her" there
    gives no owner when a quotation stands before it in the paragraph (``quoted``): the
    quotation goes on with that one's speaker ('..., calling the team doctor "a monster."
    Quotes from her talk at a luncheon: "..."'), who is who "her" means, found surely.
    Twenty-seventh session (spk47): tuning right 1907 -> 1909 of 2032, given and right
    1691/1774 -> 1693/1776; validation unchanged (1129/1273, 942/1038)."""
    doc = span.doc
    i = span.start - 1
    while i >= 0 and (doc[i].is_quote or doc[i].is_space):
        i -= 1
    if i < 1 or not doc[i].text.endswith(":"):
        return None
    for token in doc[doc[i].sent.start:i]:
        if token.pos_ not in ("NOUN", "PROPN") or token.lemma_.lower() not in LEAD_IN_NOUNS:
            continue
        if any(a.dep_ == "prep" and a.lower_ in _ABOUT and a.i >= doc[i].sent.start
               for a in token.ancestors):
            continue
        owner = _possessor(token)
        if owner is None:
            continue
        if owner.pos_ == "PRON" and any(q < span.start for q in quoted):
            return None
        if any(t.dep_ in ("nsubj", "nsubjpass") and token not in t.subtree
               for t in doc[doc[i].sent.start:i]):
            # 'A voice-over at the end of the ad underscores the prime minister's message:
            # "..."': someone else acts in the lead-in, and the words are theirs
            return None
        return owner
    return None


def _content_of(verb):
    """The noun of saying (``SPOKEN_NOUNS``, ``DOCUMENT_NOUNS``) whose content a "that" clause
    gives: 'his claims in the press that there was "clear proof of fraud"', 'the warning
    to residents that the river "could burst its banks by nightfall"'. English sets the
    content clause of such a noun right after the noun and its phrase, so a clause opened
    by "that" just after a noun of saying (or after a prepositional phrase hung on one) is
    that noun's, though the parser may hang it on the sentence's verb; its subject says what
    the claim is about, not who made it. None for any other clause. Twenty-fifth session
    (spk40): tuning right 1894 -> 1895 of 2032, given and right 1682/1769 -> 1683/1770 (a
    BASIL story's "slammed Schiff for his claims in the media that there was "..."");
    validation right 1127 -> 1128 of 1273, given and right 940/1037 -> 941/1038."""
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "that"
                 and c.i < verb.i), None)
    if mark is None or mark.i == 0:
        return None
    if verb.dep_ == "acl" and _spoken(verb.head):
        return verb.head
    before = verb.doc[mark.i - 1]
    if _spoken(before):
        return before
    if before.dep_ == "pobj" and before.head.dep_ == "prep" and _spoken(before.head.head) \
            and before.head.head.i < before.head.i:
        return before.head.head
    return None


def _spoken(token) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in SPOKEN_NOUNS | DOCUMENT_NOUNS


# what a proper noun may be tagged and still own no words: times, numbers, events, works, laws
_NOT_OWNERS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "QUANTITY", "PERCENT", "EVENT",
               "WORK_OF_ART", "LAW", "PRODUCT", "FAC"}
_CALENDAR = set(MONTHS) | set(WEEKDAYS)


def _verb_read_as_noun(span, names: Names):
    """The name before a verb of saying in the present tense the tagger read as a plural
    noun, the two set right beside a quotation: before the colon or comma that introduces it
    ('Fuller states: "..."' parses "Fuller states" as one noun phrase, a compound before the
    noun "states", leaving no verb), or right after the comma, "?" or "!" that closes it
    ('"We need fewer mugs," Nora mutters.', the attribution slot ``_closing_verb`` reads
    for any verb). The word is a plural noun spelled as a verb in the third person
    (lower case, its lemma plus "s"), a verb of saying before the quotation, any verb in the
    closing slot, where nothing but the end of the sentence may follow; the word before it
    is a name the cluster knows (a person's or an organisation's): that name speaks.

    Twenty-second session (spk34), before the quotation only: tuning and validation
    unchanged (1890/2032 and 1678/1770; 1126/1273 and 939/1037): no scored text has the
    shape with a name. A document before the noun ('The league's conduct policy states:')
    was tried too: one tuning entry more, its name read without its owner ("conduct
    policy"), wrong; not kept."""
    doc = span.doc
    i = span.start - 1
    while i >= 0 and doc[i].is_quote:
        i -= 1
    if i >= 2 and doc[i].text in (":", ","):
        said, who = doc[i - 1], doc[i - 2]
        if said.tag_ == "NNS" and said.lemma_.lower() in SPEECH_VERBS:
            return _name_before(said, who, names)
    j = span.end
    while j < len(doc) and doc[j].is_quote:
        j += 1
    last = next((t for t in reversed(doc[span.start:j]) if not t.is_quote), None)
    if last is None or last.text not in (",", "?", "!") or j + 1 >= len(doc):
        return None
    who, said = doc[j], doc[j + 1]
    end = doc[j + 2] if j + 2 < len(doc) else None
    if said.tag_ == "NNS" and said.text.islower() and said.text in (
            said.lemma_ + "s", said.lemma_ + "es", said.lemma_[:-1] + "ies") and (
            end is None or end.text in (".", ")", ";")):
        return _name_before(said, who, names)
    return None


def _name_before(said, who, names: Names):
    """``who`` when it is a known name hung on the verb read as a noun (``said``)."""
    if who.head.i != said.i or not who.is_title:
        return None
    ent = entity_of(who)
    if ent is not None and ent.end == who.i + 1 and ent.label_ in ("PERSON", "ORG"):
        return who
    return who if names.label.get(names.resolve(who.text)) in ("PERSON", "ORG") else None


def _label_before(span, names: Names):
    """The name a quotation is introduced by with only a colon or a dash between, when no verb
    says who spoke: 'Ana Ruiz- "The council has shown ..."', '@CityDeskMaria: "We
    probably should ..."', '..., by the Herald's Anna Reyes: "The report says ..."'. Round-ups,
    reaction lists and transcripts label each quotation with its speaker this way (see
    ``label_ending``)."""
    doc = span.doc
    return label_ending(doc, before_marks(doc, span.start), names, range(span.start, span.end))


# verbs whose subject takes words in, not out: the words after their colon are someone else's
_RECEIVING_VERBS = {"find", "receive", "get", "read", "see", "hear", "discover", "obtain", "show",
                    "quote", "cite", "ask"}


def _colon_subject(span, quoted=frozenset()):
    """The subject of the clause a colon closes right before a quotation, when no verb of
    saying attributes it: 'Mike Huckabee didn't pull any punches when talking about Obama's
    Iran nuclear deal: "This president's foreign policy is the most feckless ..."', 'Holt had
    a message for her critics: "..."', 'Trump took to Twitter on Monday: "..."'. The clause
    introduces the words as its subject's (speaker_review seed 60, read draw, cased as the
    held-out text is); a subject inside what a verb of saying reports is what the words are
    about (``reported``), and one in a relative or adverbial clause is not the clause's."""
    doc = span.doc
    i = before_marks(doc, span.start)
    if i < 1 or doc[i].text != ":" or doc[i - 1].is_quote or doc[i - 1].i in quoted:
        # ('--"CNN's Town Hall is Most Watched ...": "Hosted by ..."': a quoted headline is
        # no clause of the writer's)
        return None
    start = doc[i].sent.start
    # the clause's own head: the verb before the colon that hangs on nothing before it (the
    # parse often makes the clause a complement of the quotation's verb)
    heads = [t for t in doc[start:i] if t.pos_ in ("VERB", "AUX") and t.dep_ != "aux" and not (
        start <= t.head.i < i and t.head.i != t.i)]
    if len(heads) != 1 or is_speech_verb(heads[0]) or reported(heads[0]) or \
            heads[0].lemma_.lower() in _RECEIVING_VERBS:
        # ('Police found a note: "I am sorry."': what someone found or heard is another's)
        return None
    verb = heads[0]
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or verb.i in quoted or subject.i in quoted:
        return None
    if subject.pos_ == "PRON":
        return subject if subject.lower_ in PRONOUNS and subject.lower_ not in (
            "it", "which", "that", "who", "i", "we") else None
    ent = entity_of(subject)
    if ent is not None and ent.label_ in ("PERSON", "ORG"):
        return subject
    if ent is None and subject.pos_ == "NOUN" and any(c.dep_ == "dobj" for c in verb.children) \
            and (subject.lemma_.lower() in _COLON_SPEAKERS or any(
                c.dep_ == "appos" and (e := entity_of(c)) is not None and e.label_ == "PERSON"
                for c in subject.children)):
        # 'The family has released the following statement: "..."', 'her husband, former
        # astronaut Mark Kelly, completed the thought: "..."': a person, a body or a text
        # written as a common noun introduces its own words as a name does, through the
        # object its verb puts before the colon (the statement, the thought, this tweet);
        # without it the quotation went on with the paragraph's last speaker, or had none
        # (speaker_review seed 90, read; in 800 Multi-News train documents with a colon
        # lead-in, seven quotations moved to the family, the league, the officials, the
        # website, the company or the brother that released or told them, none away from a
        # right speaker). A
        # clause with no object says something of its own ('The filmmaker's daughter died by
        # suicide in March, prompting him to take a break ...: "I've decided ..."', 'The
        # message is clear: "..."'): no speaker
        return subject
    return subject if ent is None and subject.pos_ == "PROPN" and subject.is_title else None


# common nouns for who may introduce words with a colon (and, in ``_next_sentence``, who may
# speak at all): people (``pronouns.SPEAKING_PEOPLE``), bodies of people, and the texts that
# speak for them
_COLON_SPEAKERS = SPEAKING_PEOPLE | DOCUMENT_NOUNS | ORGANISATION_NOUNS | {
    "family", "parent", "relative", "police", "crowd"}


# prepositions whose object may label the words after a colon: 'by the Herald's Anna Reyes:', 'such
# as the veteran Dr Omar Haddad:', 'like Senator X:'; 'He appeared on Fox News:' labels none
_LABEL_PREPOSITIONS = {"by", "as", "like"}


def label_ending(doc, i: int, names: Names, inside=range(0)):
    """The token of the name that ends right before the colon or dash at ``i``, when that
    name labels the quotation after the mark. The name must end right at the mark (a PERSON
    or ORG entity, an @handle, or a transcript's lone name the tagger missed at the start of
    its line, 'Moreno: "Who scored more, the home side or the visitors?"', when the cluster names that
    person) and be no verb's subject or object outside the quote ('He appeared on Fox News:
    "..."' is no label); an object of "by", "as" or "like" is the one exception, as a by-line
    or an example names who wrote the words. ``speech.article_quotes`` also asks it of the
    paragraph before a quotation that opens its own paragraph, when that paragraph ends on a
    colon."""
    if 0 <= i < len(doc) and _glued_dash(doc[i]):
        # 'Mitt Romney- "Donald Trump has shown ..."': the tokenizer keeps a dash typed
        # against the name in the name's last word, so that word is the name's end and the mark
        last = doc[i]
    elif i < 1 or doc[i].text not in (":", "-", "–", "—", "--"):
        return None
    else:
        if doc[i].text == ":":
            topic = _topic_label(doc, i, names)
            if topic is not None:
                return topic
        last = doc[i - 1]
    if last.text.startswith("@") and len(last.text) > 2:
        return last
    ent = entity_of(last)
    if last.i == i and (ent is None or ent.end != last.i + 1):
        # (the tagger leaves the dashed word out of the name, "Mitt" PERSON, "Romney-" none):
        # a line that opens on capitalised words up to the dash, whose last word the
        # cluster names a person or an organisation by, is that name's label
        words = doc[last.sent.start:last.i + 1]
        name = names.resolve(last.text[:-1], "PERSON")
        return last if len(words) <= 4 and all(t.is_title for t in words) and \
            names.label.get(name) in ("PERSON", "ORG") and name in names.count else None
    if ent is None and last.is_sent_start and last.is_title and last.is_alpha:
        name = names.resolve(last.text, "PERSON")
        return last if names.label.get(name) in ("PERSON", "ORG") and (
            name != last.text or name in names.count) else None
    if ent is None or ent.end != last.i + 1 or ent.label_ not in ("PERSON", "ORG"):
        return None
    root = ent.root
    if root.dep_ == "pobj":
        return root if root.head.lower_ in _LABEL_PREPOSITIONS else None
    if root.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "attr") and \
            root.head.pos_ in ("VERB", "AUX") and root.head.i not in inside:
        return None
    return root


def _glued_dash(token) -> bool:
    """Whether a word carries a dash typed against it with no space ("Romney-"): a label's
    mark, as in a list of reactions set one name a line; a hyphenated word ("Ellis-Grant")
    has letters after its dash."""
    return len(token.text) > 1 and token.text[-1] in "-–—" and token.text[-2].isalpha()


# prepositions that open the topic of an interview answer, set under its speaker's name
# ('Harris on the injury:') or heading it alone ('On the injury to Harrison:')
_TOPIC_PREPOSITIONS = {"on", "about"}
# the other words a heading alone may open with ('Regarding the title race:', 'Asked about the
# title race:'), after an "and" or "but"
_HEADING_OPENERS = _TOPIC_PREPOSITIONS | {"regarding", "asked", "as"}


def _verbless(tokens) -> bool:
    """Whether what stands before a colon has no finite verb of its own: a heading ('On the
    injury to Harrison:', 'Harris on the result:'), not a clause ('On Tuesday, Smith told
    reporters:', 'He spoke on Fox News:'). The one test both kinds of heading share."""
    return not any(t.tag_ in FINITE_TAGS for t in tokens)


def topic_heading(span) -> bool:
    """Whether all that stands before a quotation in its paragraph is a topic heading and a
    colon: 'On the injury to Harrison: "He will be out for a few weeks."'. An interview set
    out answer by answer heads each with its topic and leaves the speaker to the paragraph
    before, so such an answer continues the speaker who had the floor, as a paragraph opening
    on the quotation does (``speech.article_quotes``, "carried"). A person the heading names is
    the topic ('On the injury to Harrison:'), not who answers; a heading that opens with the
    name is ``_topic_label``'s."""
    doc = span.doc
    i = before_marks(doc, span.start)
    if i < 1 or doc[i].text != ":":
        return False
    lead = [t for t in doc[:i] if not t.is_space]
    while lead and lead[0].lower_ in ("and", "but"):
        lead = lead[1:]
    return bool(lead) and lead[0].lower_ in _HEADING_OPENERS and _verbless(lead)


def _topic_label(doc, i: int, names: Names):
    """The person a colon's label names when the label gives the topic after the name:
    'Harris on the injury to Harrison: "He will be out for a few weeks."', 'Leeds manager Tom
    Harris on the result:'. Interviews and match reports set answers under such a heading, one
    topic at a time; a name with "on" or "about" right after it and no verb of its own before
    the colon (a heading, not a clause: 'He spoke on Fox News:' has one) is who answers. The
    name must open its sentence but for the title words written before it."""
    sent = doc[i].sent
    stretch = doc[sent.start:i]
    if not len(stretch) or not _verbless(stretch):
        return None
    for t in stretch:
        if t.lower_ not in _TOPIC_PREPOSITIONS or t.i == sent.start:
            continue
        last = doc[t.i - 1]
        ent = entity_of(last)
        if ent is None and last.pos_ == "PROPN" and last.is_title:
            # a surname alone the tagger missed ("Harris on the injury:") when the cluster
            # names that person in full
            name = names.resolve(last.text, "PERSON")
            if name == last.text or names.label.get(name) != "PERSON" or (
                    t.i >= 2 and doc[t.i - 2].pos_ == "PROPN"):
                return None
            ent = doc[last.i:last.i + 1]
        elif ent is None or ent.label_ != "PERSON" or ent.end != t.i:
            return None
        if any(entity_of(u) is not None and entity_of(u).label_ == "PERSON"
               for u in doc[sent.start:ent.start]):
            return None
        if not all(u.is_punct or u.pos_ in ("NOUN", "PROPN", "ADJ", "DET") or u.is_title
                   for u in doc[sent.start:ent.start]):
            return None
        return ent.root
    return None


def _closing_verb(verb, span) -> bool:
    """Whether a verb the lists do not hold is one of saying by where it stands: right after a
    quotation that closes on a comma, "?" or "!", with nothing after it but its subject and
    adverbials, ending the sentence ('The upshot was that the additive "cut nitrate
    runoff ... by 20%," the study found.', '"...," Porter fumed on social media.'). News
    writing keeps that slot for the attribution, whatever the verb; a verb with an object or a
    clause of its own after the quote ('"...," Trump closed his speech', '"...," pulled a gun
    out'), or with any other word after it (``_CLOSING_DEPS``), says nothing. ``_beside``
    then checks that only the subject stands between. (An
    inverted '"...," echoed a second representative', parsed with the speaker as the object,
    is left out: read as the speaker there, a short "We are not confirming," took over the
    longer quotation it merges into, in a tuning story.)"""
    doc = verb.doc
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i < span.end:
        return False
    last = next((t for t in reversed(doc[span.start:span.end]) if not t.is_quote), None)
    closing = doc[span.end:verb.i]
    if last is None or last.text not in (",", "?", "!") and not (
            closing and closing[0].text in (",", "?", "!")):
        return False
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative", "attr", "acomp", "oprd", "conj")
           and c.i > verb.i for c in verb.children):
        return False
    if last.text in ("?", "!") and _next_sentence(verb, span):
        return False
    for t in doc[verb.i + 1:verb.sent.end]:
        top = next((a for a in (t, *t.ancestors) if a.head.i == verb.i and a.i != verb.i), None)
        if not t.is_punct and (top is None or top.dep_ not in _CLOSING_DEPS):
            return False
    return True


def _next_sentence(verb, span) -> bool:
    """Whether the clause after a quotation closing on "?" or "!" is a sentence of its own, not
    its attribution: those marks end a sentence as well as a quotation, so '"... execution!"
    The ruling came a day after ...' and '"... on cyber world!" politicians and the media came
    out in support of the magazine' tell what happened next. Cased text says so by a capital
    on a word that is no name; lower-cased text (Multi-News) by the clause's length: an
    attribution's adverbials are short ('"...?" Porter fumed on social media'), a new
    sentence's are not ('the song premiered on the rapper's shade 45 channel on siriusxm's
    sway in the morning'), unless a person or a pronoun is its subject. A subject that is no
    person, body or document ('" tragedy struck around 7: 30 a.m."', '" the song premiered')
    says nothing however short its clause."""
    doc = verb.doc
    first = next((t for t in doc[span.end:verb.i] if not t.is_punct), None)
    if first is not None and first.text[:1].isupper() and first.text != "I" and \
            first.pos_ != "PROPN" and first.ent_type_ not in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ in ("PRON", "PROPN") or subject.ent_type_ == "PERSON":
        # 'frances mcdormand gushed while clutching her oscar inside the governors ball
        # after her win ...': a person's long adverbials still attribute
        return False
    if subject.pos_ == "NOUN" and subject.lemma_.lower() not in _COLON_SPEAKERS:
        return True
    words = 0
    for t in doc[verb.i + 1:verb.sent.end]:
        if t.is_quote:
            break  # '"...!" the poster goes on to comment, "...': the next quotation's verb
        words += not t.is_punct
    return words > 8


# how each word after a closing verb of saying may hang from it: through its subject, an
# adverbial phrase ('fumed on social media', 'said Friday') or clause ('"We are not terrorists,"
# the marchers chanted as they called for ...'), a particle ('shot back'). Before, any word
# under the verb passed, so this restricted nothing: '... compared it to "negotiating with
# terrorists," an accusation echoed Wednesday by Representative Howard McKeon' gave the
# quotation to "accusation" (a passive's agent is no adverbial). Without adverbial clauses,
# the marchers' quotation went to Reuters, named a sentence before.
_CLOSING_DEPS = {"nsubj", "prep", "advmod", "npadvmod", "advcl", "prt", "punct"}


def _parenthetical(verb, inside) -> bool:
    """Whether a speech verb is set into the clause that holds the quotation ('The market is
    "the best spot" for small growers, Haldane says, and ...'; 'Rising rents ..., Okafor
    says, have driven out ... and "weekend visitors."'): the parser hangs
    such an "X says" on the clause it interrupts (parataxis), and the speaker says that whole
    clause, quoted words included."""
    return verb.dep_ == "parataxis" and verb.head.pos_ in ("VERB", "AUX") and any(
        t.i in inside for t in verb.head.subtree)


def _beside(verb, subject, span) -> bool:
    """Whether a verb stands right after the quotation with only its subject between
    ('"...," the report read') or right before it with only punctuation between ('It read:
    "...'): the layout that makes "read" or "continue" a verb of saying."""
    doc = verb.doc
    if verb.i >= span.end:
        own = {t.i for t in subject.subtree}
        return all(t.is_punct or t.i in own for t in doc[span.end:verb.i])
    # 'a statement that reads in part, "...': the verb's own adverbials may stand between
    return all(t.is_punct or (t.head.i == verb.i and t.dep_ in ("prep", "advmod", "npadvmod"))
               or (t.head.head.i == verb.i and t.head.dep_ == "prep")
               for t in doc[verb.i + 1:span.start])


def _puts_it(verb, span) -> bool:
    """Whether "put it" introduces the quotation, with only the verb's own adverbials and
    punctuation between: 'His friend Carl Mendes put it bluntly to him: "..."', 'She put it
    this way: "..."'. English uses "put it" for wording a thing, so the words it introduces are
    its subject's, as "as X put it" beside a quotation already says (``_naming_aside``). Only
    before the quotation: after it, '"...," he said, putting it down' puts a thing down."""
    if verb.lemma_.lower() != "put" or verb.i >= span.start or not any(
            c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children):
        return False
    return all(t.is_punct or (t.head.i == verb.i and t.dep_ in ("dobj", "prep", "advmod",
                                                               "npadvmod", "prt"))
               or (t.head.head.i == verb.i and t.head.dep_ in ("prep", "npadvmod"))
               for t in verb.doc[verb.i + 1:span.start])


def _what_heading(verb) -> bool:
    """Whether a verb of saying is a heading's ('What they're saying: "The dam was never
    inspected, ..."', the subheads of a news brief): "What" opens the line as the verb's
    object, a pronoun is its subject and a colon follows. The heading announces words that
    whoever is named with them said; its "they" is nobody the story has named."""
    doc = verb.doc
    first = verb.sent[0]
    if first.lower_ != "what" or first.head.i != verb.i:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    return subject is not None and subject.pos_ == "PRON" and after is not None and after.text == ":"


def _accuses(verb, inside) -> bool:
    """Whether a verb of accusing owns the quoted words with a subject of its own: 'Gil
    Moran, who accused the council of being too "timid" and using "boardroom" jargon',
    'the minority committee members accused Pratt of sitting "at the heart of a carefully
    staged press effort"'. To accuse is to say that someone did or is something,
    and the words it quotes are the accuser's; it counts here, where the quotation hangs below
    it, and not as a verb of saying that hands the floor to its subject (``is_speech_verb``).
    A conjunct with no subject ('the ministry said the strike jeopardised the truce and accused
    the coalition of being on the "boundary ..."', the parser joining "accused" to the
    reported verb) is left to the walk above it."""
    return verb.lemma_ == "accuse" and any(c.dep_ == "nsubj" and c.i not in inside
                                           for c in verb.children)


def _names_as(verb, inside) -> bool:
    """Whether a verb takes the quoted words through "as" ('rejected the charge as "absurd"',
    'casting him as "very, very out of his depth"'): it calls something by them. The
    parser may hang the "as" on a passive's agent ('Hale's newsletter, praised by aides as a
    "lighthouse of liberty"'): it still says what the verb called the thing."""
    if not _calls_something(verb):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "as" and any(t.i in inside for t in c.subtree)
               for head in (verb, *_passive_agents(verb)) for c in head.children)


def _calls_something(verb) -> bool:
    """Whether a verb before "as" has something it calls so: an object ('rejected the charge
    as'), one through a preposition before the "as" ('has referred to alleged "shadow
    banning" by Twitter as'), a passive's subject ('was described as'), or the noun a
    relative clause or participle hangs on ('a charge the governor has dismissed as', 'a plan
    touted as'). A verb with none ('The site is meant to serve as "a place to speak
    freely"', 'acts as', 'emerged as') says what its own subject is or does: the subject is
    the thing described, not someone who describes it."""
    if verb.dep_ in ("relcl", "acl") or any(
            c.dep_ in ("dobj", "nsubjpass", "auxpass", "agent") for c in verb.children):
        return True
    as_at = min((c.i for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"),
                default=len(verb.doc))
    return any(c.dep_ == "prep" and c.lower_ != "as" and c.i < as_at
               and any(g.dep_ == "pobj" for g in c.children) for c in verb.children)


def _passive_agents(verb) -> list:
    """Who a passive verb's "by" names ('labeled "reckless" by critics': critics): the
    objects of its agent phrase."""
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def _passive_agent(verb):
    """The first of ``_passive_agents``, or None for a passive with no "by" (or no passive)."""
    return next(iter(_passive_agents(verb)), None)


def _relayed_by(verb, span, inside):
    """The verb of saying and its subject that introduce a quotation which the parse hangs on a
    paper's "reported" after it ('NYPD Commissioner Raymond Kelly said: 'We're certainly pleased
    ..., ' the Daily News reported'): the paper relays the words, the one who said them before
    the quotation speaks (as ``_reporter`` leaves a report's inner speaker his words)."""
    if verb.lemma_ != "report" or verb.dep_ != "ccomp":
        return None
    head = verb.head
    if head.i >= span.start or head.i in inside or not is_speech_verb(head):
        return None
    subject = speech_subject(head, inside)
    if subject is None or subject.i in inside:
        return None
    return head, subject


def _reporter(verb, came, inside):
    """The verb and subject of a report that holds another speech verb's clause, when the
    quoted words are a fragment of what that clause reports: 'Rahm Emanuel asked Mr. Clinton
    to explore “ways to serve” ..., the ministry said in a statement'; 'Park then
    began haggling, saying that his bosses “were ready ...,” Malik wrote'. The
    reporter chose those words to tell what the inner speaker said or did; a quotation that is
    the inner verb's whole complement ('Police said the woman told them: “I took it.”') stays the
    inner speaker's. ``came``: the inner verb's child the quotation hangs from."""
    if all(t.i in inside or t.is_punct or t.dep_ == "mark" for t in came.subtree):
        return None  # the quotation is all the inner verb says
    if came.i in inside and not any(c.dep_ in ("nsubj", "nsubjpass") and c.i not in inside
                                    for c in came.children):
        return None  # 'heard someone shout, “She has a knife,”': a clause of its own
    clause = verb
    for _ in range(3):
        head = clause.head
        if head.i == clause.i or head.i in inside:
            return None
        if clause.dep_ == "ccomp" and is_speech_verb(head):
            if head.lemma_ == "report":
                # 'Fire Chief Karen Doyle said the department was "looking at it
                # as deliberate ..." but gave no details, The Valley Courier reported': a
                # paper that reports what someone said relays their words, it does not word them
                return None
            subject = speech_subject(head, inside)
            if subject is None or subject.i in inside:
                return None
            ent = entity_of(subject)
            if ent is None:
                # 'Her spokesman, Bill Walters, says ...': a role with the name in apposition
                # is that named person
                ent = next((entity_of(c) for c in subject.children if c.dep_ == "appos"
                            and entity_of(c) is not None), None)
            if ent is None or ent.label_ not in ("PERSON", "ORG", "GPE", "NORP"):
                # '... insisted he “never meant to hurt anyone,” sources tell
                # the Evening Ledger': an unnamed relay is no better a speaker than the
                # named one it relays
                return None
            return head, subject
        if clause.dep_ not in ("advcl", "xcomp", "conj"):
            return None
        clause = head
    return None


def _content_before(verb, came, inside):
    """The verb of saying, and its subject, whose "that" clause the quotation's clause goes on
    when the parser hung that clause on a verb further up instead: 'Lopez had sued the
    senator after he wrote in a post that her account of the meeting, which she gave to
    reporters, was "a complete fabrication."' parses "was" as a clause of "sued". A clause
    of a verb that is no verb of saying (``came``, under ``verb``) that starts right where
    the "that" clause of a verb of saying between them ends is the rest of that clause:
    English sets what was said after the verb that says it, and "sued" takes no clause.
    None when no such verb stands between."""
    if came.dep_ != "ccomp" or came.i in inside:
        return None
    start = min(t.i for t in came.subtree if t.i not in inside and not t.is_punct)
    for said in verb.subtree:
        if not verb.i < said.i < start or said.i in inside or not is_speech_verb(said) \
                or said.pos_ != "VERB":
            continue
        content = next((c for c in said.children if c.dep_ == "ccomp" and c.i > said.i
                        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)),
                       None)
        if content is None:
            continue
        end = max(t.i for t in content.subtree)
        if any(not t.is_punct for t in verb.doc[end + 1:start]):
            continue
        who = speech_subject(said, inside)
        if who is not None and who.i not in inside:
            return said, who
    return None


def _aside(verb, inside):
    """The verb of saying set into a clause as an aside, and its subject, when the clause holds
    the quotation: 'Hollis, Grant said, is "past his best."'. The aside says the whole clause,
    so its subject speaks, not the clause's own subject (Hollis, whom the words are about).
    None when the clause has no such aside."""
    for c in verb.children:
        if c.dep_ == "parataxis" and c.i not in inside and is_speech_verb(c):
            subject = speech_subject(c, inside)
            if subject is not None and subject.i not in inside:
                return c, subject
    return None


def _governing_speaker(span, names: Names, marked=frozenset()):
    """The subject of the nearest verb above the quote that has a speaker-like subject.

    Walking up from the quote finds the clause that owns it: 'Nygaard found Hale "was
    wholly reliant..."', 'X called it a "game changer"', '... when he called pregnancy
    "something God intended"' inside 'Obama criticized ..., saying ...'. The nearest owner
    wins over a farther speech verb. A verb other than a speech verb counts only when its
    subject is a named person or organisation or a personal pronoun, so 'the video ends with
    message, "..."' stays unattributed here.
    """
    inside = range(span.start, span.end)
    token = span.root
    for _ in range(8):
        if token.head.i == token.i:
            return None
        came, token = token, token.head
        if token.i in inside or token.pos_ not in ("VERB", "AUX"):
            continue
        if token.lemma_ in REPLY_VERBS and came.dep_ == "prep":
            # 'its crews had responded to reports of gas leaks "at several addresses
            # ..."': words a reply verb reaches through a preposition are what it answered or
            # where it went, not its words
            continue
        quoted = quoted_as(token) if token.lemma_ in ("quote", "cite") else None
        if quoted is not None and quoted.i not in inside:
            return speaker_of(quoted, names), "say"
        if _what_heading(token):
            return None
        if is_speech_verb(token) or _accuses(token, inside):
            if _has_own_words(token, span) and _goes_on(span, marked):
                # the parser may hang a quotation that closed its sentence on the next
                # sentence's verb (``_goes_on``)
                return None
            subject = speech_subject(token, inside)
            relayed = _relayed_by(token, span, inside)
            if relayed is not None:
                token, subject = relayed
            if subject is not None and subject.i not in inside:
                outer = _reporter(token, came, inside)
                for _ in range(3):
                    if outer is None:
                        break
                    # 'Her spokesman, Carl Dean, says Foster told a priest she is
                    # sorry if the break-in was linked to the "harsh public scrutiny"': a report
                    # of a report is worded by the outermost reporter
                    token, subject = outer
                    came = next((a for a in span.root.ancestors if a.head.i == token.i), None)
                    outer = _reporter(token, came, inside) if came is not None else None
                return speaker_of(subject, names), token.lemma_
            continue
        aside = _aside(token, inside)
        if aside is not None:
            return speaker_of(aside[1], names), aside[0].lemma_
        if token.lemma_ in QUOTE_VERBS:
            subject = speech_subject(token, inside)
            if subject is not None and subject.i not in inside and _beside(token, subject, span):
                return speaker_of(subject, names), token.lemma_
        if token.lemma_ in NAMING_VERBS and came.dep_ not in ("agent", "nsubjpass") and \
                any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children):
            # 'remarks that were labeled "reckless" by critics': the passive of a verb of
            # naming says who named the thing so by its agent, with or without "as" (the
            # parser may hang the "by" on the quoted word itself)
            agent = _passive_agent(token)
            if agent is None and came.dep_ in ("oprd", "xcomp", "attr"):
                agent = next((g for c in came.children if c.lower_ == "by" and c.i not in inside
                              for g in c.children if g.dep_ == "pobj"), None)
            if agent is not None and agent.i not in inside:
                return speaker_of(agent, names), token.lemma_
        clause = token
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            # 'O'Malley said that the bill had majority support, and that few defendants go
            # to prison as a matter of "judicial economy ..."' (speaker_review seed 68, read):
            # a clause joined to a reported one is reported too
            clause = clause.head
        if _names_as(token, inside) and not (clause.dep_ in ("ccomp", "xcomp")
                                              and is_speech_verb(clause.head)):
            # (not inside what a verb of saying reports: 'Doyle told the Valley Courier
            # that investigators are treating the cause of the fire as "possible
            # sabotage"' gives Doyle's words, not the investigators')
            # 'a charge the governor has dismissed as "absurd"', 'whom he mocked online
            # as "clueless"', 'treated as "unexplained" by police', 'residents who called themselves
            # as "very involved in church life"': who calls something by the quoted
            # words says them: the verb's subject, or the agent of a passive; a passive with
            # no agent ('known as "Fancy Bear"') names no one here
            agent = _passive_agent(token)
            passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children)
            who = agent if agent is not None else None if passive else speech_subject(token)
            if who is not None and who.i not in inside:
                return speaker_of(who, names), token.lemma_
        if came.dep_ == "prep" and came.lower_ == "for" and any(
                c.dep_ == "auxpass" for c in token.children):
            # 'The rule has been widely praised by teachers for "restoring some
            # order" to school trips': what a thing is praised, blamed or thanked for,
            # in quotation marks, is the words of those who praised it, the passive's agent
            # (the active 'teachers praised it for "..."' has them as its subject); a
            # passive with no agent names no one here
            agent = _passive_agent(token)
            if agent is not None and agent.i not in inside:
                return speaker_of(agent, names), token.lemma_
        if token.dep_ in ("ccomp", "xcomp") and is_speech_verb(token.head):
            # 'saying the tribunal is "past its purpose"': the clause is what was said, and its
            # subject is what the remark is about; the speaker is the speech verb's subject
            continue
        if token.dep_ == "conj" and is_speech_verb(token.head) and any(
                c.dep_ == "ccomp" and c.i < token.i
                and not any(m.dep_ == "mark" for m in c.children) for c in token.head.children):
            # 'She added the agency can't steer the debate ..., but the
            # ministry has had a "fairly thorough discussion" about it': the parser joins the
            # second reported clause to "added" itself; it is still what he added
            subject = speech_subject(token.head, inside)
            if subject is not None and subject.i not in inside:
                return speaker_of(subject, names), token.head.lemma_
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.i in inside:
            continue
        if token.lemma_ not in NAMING_VERBS and reported(token):
            # 'took aim at two rival papers, saying that while they are "biased," he does not
            # want ...': a subject inside what a verb of saying reports is what the words
            # are about; the walk goes on up to the one who says them
            continue
        if token.lemma_ in NAMING_VERBS and token.dep_ == "relcl" and \
                subject.lower_ in ("who", "that"):
            # 'Vale thanked the mayor, James Carter, who had called the fort "the pride of
            # the coast"': the relative pronoun is the noun it follows, who names the thing
            # so; the walk does not go on up to the one who thanked him
            subject = speech_subject(token, inside)
            if subject is None or subject.i in inside:
                continue
        between = _content_before(token, came, inside)
        if between is not None:
            said, who = between
            return speaker_of(who, names), said.lemma_
        ent = entity_of(subject)
        if (ent is not None and ent.label_ in ("PERSON", "ORG")) or \
                subject.lower_ in MALE | FEMALE | {"they"}:
            return speaker_of(subject, names), token.lemma_
        if token.lemma_ in NAMING_VERBS and subject.pos_ in ("NOUN", "PROPN"):
            # 'The port authority called the blockade ... a "grave and open provocation"':
            # who calls something by quoted words says them
            return speaker_of(subject, names), token.lemma_
        if subject.pos_ == "NOUN" and subject.lemma_.lower() in WRITTEN_RULES and \
                token.lemma_ not in _LINKING_VERBS and \
                not any(c.dep_ == "neg" for c in token.children):
            # 'Federal law makes it a crime for anyone "who directly or indirectly, promises
            # any employment ..."', 'The resolution ... gives Mrs. Pelosi the ability to appoint
            # ... five of them "after consultation with the minority leader"': a rule that
            # makes, gives or requires something is who the words quoted in its own clause are
            # from (a rule said not to do something, 'the law does not impose an "undue
            # burden"', is measured against someone else's words; one said to be something,
            # 'The bill ... is "a gift to the largest donors"', is judged in them)
            return speaker_of(subject, names), token.lemma_
        if token.lemma_ in JUDGING_VERBS and subject.pos_ in ("NOUN", "PROPN") and \
                (ent is None or ent.label_ in ("PERSON", "ORG", "NORP", "GPE")) and \
                subject.lower_ not in _CALENDAR and not any(c.dep_ == "neg" for c in token.children):
            # 'the neighbors thought it was "cool"', 'The paper had previously criticized the
            # plan "as bad policy and worse politics"': a verb of judging or holding a view
            # gives its subject's view, and the quoted words in its clause are that view's
            # own words (a date the parse reads as the subject, 'that October praising',
            # holds no view)
            return speaker_of(subject, names), token.lemma_
        if subject.pos_ in ("NOUN", "PROPN"):
            # 'the court let Ortega leave, with the ruling party accusing the tribunal of
            # being "past its purpose"': the quote belongs to the clause whose subject is
            # "the ruling party"; the clauses above it have other actors (Ortega leaving)
            return None
    return None
