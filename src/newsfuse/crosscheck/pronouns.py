"""Who an article has named so far, and whom a "he said" means: the mentions read sentence by
sentence (text inside quotation marks left out), the resolution of a pronoun to the last
fitting speaker or name, and how far that resolution reached (the attribution kinds the
abstention policy of ``speech`` weighs). Figures read pronouns the same way through
``sentence_histories`` and ``resolve_pronoun``."""

from __future__ import annotations

from collections.abc import Mapping

from .names import Names, entity_of, head_word, person_headed_by
from .quote_marks import continuations, quote_spans
from .speakers import JOINT, reported, speaker_of, speech_subject
from .speech_words import (DOCUMENT_NOUNS, FEMALE, HELD_ROLES, MALE, NOUN_GENDER, PERSON_NOUNS,
                           PRONOUNS, SPOKESPEOPLE, is_speech_verb)


# The nouns a speaker is described by who is a person, not a body: kin and sex ("his mother"),
# people at large ("the official", "the witness"), held offices ("the mayor", "the pope"),
# spokespeople
SPEAKING_PEOPLE = set(NOUN_GENDER) | PERSON_NOUNS | HELD_ROLES | SPOKESPEOPLE


# How many mentions back a pronoun looks for the last speaker before it takes the last fitting
# name. A he or she looks further than an "it" or "they": the people a paragraph names around
# a speaker (whom a minister met, whom a lawyer sued) push the one who has the floor out of a
# window of 8 mentions, while an organisation that spoke long ago is seldom the "it" of the
# next clause. Measured 2026-12-02 (docs/measurements.md, "Speakers, twenty-second round"):
# a person window of 8 -> 10, validation pooled right 929 -> 933 of 1065, given and right
# 775/864 -> 777/865; tuning 1603 of 1763 either way, 1418/1512 -> 1419/1512 (T11 to T14
# unchanged); every window from 10 to 30 gave validation 933, and one window of 10 for every
# pronoun lost a tuning "it says" to an institution that spoke paragraphs before.
SPEAKER_WINDOW = 8
PERSON_WINDOW = 10


def pronoun_referent(pronoun: str, history: list[tuple], names: "Names",
                     speakers_first: bool = True) -> str | None:
    """The mention a pronoun most likely means, or None rather than a guess.

    He/she wants a person whose known gender (titles, "X said she ...") does not clash;
    they/it want a group. A quote's "he said" usually continues the last *speaker*, not
    the last person named ("Nygaard said ... Harlow gave ... 'quote,' she said" is the
    judge), so recent speech-verb subjects are tried before plain mentions.
    """
    if pronoun == "i":
        # '"Do you have a computer I can use?" I asked.': an "I" outside quotation marks is
        # the one who writes the article, whom no name before it means
        return None
    person = pronoun in MALE | FEMALE
    want = "M" if pronoun in MALE else "F" if pronoun in FEMALE else None

    def fits(name, label) -> bool:
        if not name:
            return False
        if label == "PERSON" and JOINT in name:
            # two people who spoke together (``mentions_in``) are a "they", never a he or she
            return pronoun == "they"
        if person:
            return label == "PERSON" and names.gender.get(name, want) == want
        if pronoun == "they" and head_word(name) in DOCUMENT_NOUNS:
            # 'the special counsel's filing said.' / '..., according to a second court
            # filing by state prosecutors in Ohio ... Moved by spite, they said, ...': one
            # document is an "it"; "they" are the people or bodies behind it
            return False
        return label in ("ORG", "GPE", "NORP")

    recent = history[-(PERSON_WINDOW if person else SPEAKER_WINDOW):] if speakers_first else []
    for name, label, _, speaker in reversed(recent):
        if speaker and fits(name, label):
            return name
    for name, label, _, _ in reversed(history):
        if fits(name, label):
            return name
    return None


def _modifies_noun(ent) -> bool:
    """Whether an organisation's name stands as a modifier of a common noun after it ("a
    possible Tehran-Moscow link", "the GOP committee members", "a Senate hearing"): the
    phrase is about the noun, and a "they" or "it" that follows means the noun's referent
    (the members, the link), never the name that describes it, as with a person's name
    before "administration" or "campaign". Twenty-fifth session (spk40): tuning given and
    right 1682/1771 -> 1682/1769, right 1894 of 2032 either way (a BASIL story's "they said"
    had gone to the "Trump-Russia" of "a possible Trump-Russia connection"; now withheld, a far
    "they"); validation unchanged (940/1037, 1127/1273)."""
    root = ent.root
    return ent.label_ == "ORG" and root.dep_ == "compound" and root.head.i >= ent.end \
        and root.head.pos_ == "NOUN"


def mentions_in(tokens, names: Names, history) -> list[tuple[str, str | None, int, bool]]:
    """Who a stretch of text names, in order: (name, label, token index, is a speaker).

    PERSON/ORG entities and speech-verb subjects count; text inside quotation marks is left
    out by the caller: a name a speaker mentions is not a speaker.
    """
    out = []
    seen_ents = set()
    tokens = list(tokens)
    outside = {t.i for t in tokens}
    # the speaker of each verb of saying, read once for both passes below
    said = {t.i: speech_subject(t) for t in tokens if t.pos_ == "VERB" and is_speech_verb(t)}
    spoke = _named_speakers(tokens, said, outside) | _opener_speakers(tokens, said)
    for token in tokens:
        ent = entity_of(token)
        if ent is not None and ent.label_ in ("PERSON", "ORG") and ent.start not in seen_ents:
            seen_ents.add(ent.start)
            if ent.label_ == "PERSON" and ent.root.dep_ in ("compound", "npadvmod") \
                    and ent.root.head.i >= ent.end:
                continue  # "the Trump administration", "the Obama campaign": no one named
                # (nor "Oscar-winning director": a name that modifies a word after it)
            if _modifies_noun(ent):
                continue
            name = names.resolve(ent.text, ent.label_)
            label = names.label.get(name, ent.label_)
            speaker = ent.root.dep_ == "nsubj" and is_speech_verb(ent.root.head) or any(
                # 'The bill's co-sponsor was Senator Ann Holt, who wrote a statement on
                # Twitter ...': a name whose relative clause says something speaks, whatever
                # the name's own place in the sentence
                c.dep_ == "relcl" and is_speech_verb(c) and c.i in outside and any(
                    g.dep_ == "nsubj" and g.lower_ in ("who", "which", "that") for g in c.children)
                for c in ent.root.children) or (
                # 'According to Peter Lund, ..., that wording will send a clear message.
                # "...," he says': a person "according to" whom something is, is a speaker
                # (an institution so cited gives data: "according to the EPA, ... 26 percent")
                label == "PERSON" and ent.root.dep_ == "pobj" and ent.root.head.lower_ == "to"
                and ent.root.head.head.lower_ == "according") or ent.start in spoke
            out.append((name, label, token.i, speaker))
        if ent is None and token.pos_ == "PROPN" and token.dep_ in ("nsubj", "nsubjpass") \
                and not any(c.dep_ == "compound" for c in token.children):
            # 'Harriet, who started cooking ..., thinks': a lone name the NER missed counts
            # when it can only mean a person the cluster names in full
            name = names.resolve(token.text, "PERSON")
            if name != token.text and names.label.get(name) == "PERSON":
                out.append((name, "PERSON", token.i, is_speech_verb(token.head)))
        if token.lemma_ == "ask" and token.pos_ == "VERB":
            # 'Rep. Alan Grey ... asked her if she could "say a few words ..."' / 'She
            # said: "..."': the one asked a question answers it, so she takes the floor
            # ("asked him to resign" asks for a deed, not an answer)
            listener = next((c for c in token.children if c.dep_ in ("dobj", "dative")
                             and (c.lower_ in ("him", "her") or person_headed_by(c) is not None)), None)
            asker = speech_subject(token)
            if listener is not None and asker is not None and not any(
                    c.dep_ == "xcomp" for c in token.children):
                asked = speaker_of(asker, names)[0]
                if listener.lower_ in ("him", "her"):
                    who = pronoun_referent("he" if listener.lower_ == "him" else "she",
                                           [m for m in history + out if m[0] != asked], names)
                else:
                    # 'Tapper asked Park whether he would vote for it. "Never," he said.':
                    # the one asked by name answers as well
                    who = names.resolve(person_headed_by(listener).text, "PERSON")
                if who and who != asked:
                    out.append((who, "PERSON", listener.i, True))
        if token.i in said:
            subject = said[token.i]
            named = entity_of(subject) if subject is not None else None
            if named is not None and named.label_ == "PERSON" and subject.i in outside:
                joint = speaker_of(subject, names)[0]
                if joint and JOINT in joint:
                    # 'Ada Lyle and Tom Reyes, who run the shelter, said ...' / '"...," they
                    # said': the pair spoke together, and a "they" after them means both
                    out.append((joint, "PERSON", subject.i, True))
            if subject is None or subject.i not in outside or (
                    named is not None and named.label_ in ("PERSON", "ORG")):
                continue
            name, label = speaker_of(subject, names)
            if subject.pos_ == "PRON" and name not in PRONOUNS:
                # 'would not say what any of the club members ... had told him':
                # "any", "someone", "each" stand for people the text does not name; no one
                # takes the floor, and no "he said" can mean them
                continue
            if name in PRONOUNS:
                name = pronoun_referent(name, history + out, names)
                label = label_of(name, history + out)
            elif _unnamed_person(subject) and label != "ORG":
                # "one follower said": a person the article never names, whom a "she said"
                # right after may mean; a named speaker before it still comes first
                out.append((name, "PERSON", subject.i, False))
                continue
            elif subject.pos_ == "NOUN" and subject.tag_ == "NN" and \
                    subject.lemma_.lower() in SPEAKING_PEOPLE and label != "ORG" and \
                    any(c.dep_ == "poss" for c in subject.children):
                # 'Mr Osborne's sister Nicola said: "..." Asked whether ..., she said: "..."',
                # 'his mother said': someone's relative, lawyer or aide, not named, is a
                # person of their own, whom the next "she said" means, not an organisation
                # (speaker_review seed 60, read draw); a noun of one sex gives the description
                # its sex, so "his mother" is no "he". ("The longtime senator", "the official"
                # may be a person the article has named, whom a "he said" may reach past
                # them: one tuning quote went from John McCain to "longtime senator" when
                # every such description was a person.)
                label = "PERSON"
                if subject.lemma_.lower() in NOUN_GENDER:
                    names.gender.setdefault(name, NOUN_GENDER[subject.lemma_.lower()])
            elif _described_unnamed(subject, name, names):
                # 'The woman, who asked not to be identified publicly, said she heard the
                # noises' / '"I heard footsteps above me," she said': in an article that has
                # named no one yet, "the woman" is someone it does not name, whom the next
                # "she said" means
                label = "PERSON"
                names.gender.setdefault(name, NOUN_GENDER[subject.lemma_.lower()])
            else:
                label = names.label.get(name) or label or \
                    ("PERSON" if subject.pos_ == "PROPN" and subject.text[:1].isupper() else "ORG")
            if name:
                out.append((name, label, subject.i, True))
    out.sort(key=lambda m: m[2])
    return out


def _opener_speakers(tokens, said: dict) -> set[int]:
    """The first token of each name a finite verb of saying has for its speaker though the
    parser hung it as an appositive in the phrase that opens the sentence ('In a press
    release posted to Twitter, Jenner, a longtime Republican, said that ...'): the name said
    it, and a quotation the next paragraph opens goes on with it, not with the document of
    the opening phrase."""
    spoke = set()
    for token in tokens:
        subject = said.get(token.i)
        if subject is None or subject.dep_ != "appos" or subject.i > token.i or \
                token.tag_ not in ("VBD", "VBZ", "VBP"):
            continue
        ent = entity_of(subject)
        if ent is not None and ent.label_ in ("PERSON", "ORG"):
            spoke.add(ent.start)
    return spoke


def _named_speakers(tokens, said: dict, outside) -> set[int]:
    """The first token of each person or organisation a verb of saying of these tokens has
    for its speaker where the name is not that verb's own subject: 'Donald Trump took to
    Twitter on Monday, writing that Joe Biden had been "a disaster." ... "...," he added',
    'Lopez wrapped up her speech by asking, "..."'. The name took the floor as surely as
    one that "said", so a "he added" after it looks to it before the people its words
    named (``pronoun_referent``), as it would after 'Trump wrote that Biden ...'. ``said``:
    each verb of saying's ``speech_subject`` by the verb's index, which ``mentions_in`` reads
    too."""
    spoke = set()
    for token in tokens:
        if token.i not in said:
            continue
        subject = said[token.i]
        if subject is None or subject.i not in outside or subject.i > token.i or \
                subject.dep_ != "nsubj" or subject.head not in token.ancestors or \
                reported(subject.head) or not (token.dep_ == "advcl" or (
                    token.dep_ == "pcomp" and token.head.lower_ == "by")):
            # only the subject of the verb a participle of saying hangs on ("took ...,
            # writing", "ended by asking"): a name after the verb ('Saying President Obama, he
            # said, was "too simple an answer"' reads Obama as an inverted speaker) is what it
            # speaks of, and one inside what someone else reports ('Graham suggested Trump
            # might want to think twice before tweeting') has not spoken
            continue
        ent = entity_of(subject)
        if ent is not None and ent.label_ in ("PERSON", "ORG"):
            spoke.add(ent.start)
    return spoke


def _described_unnamed(subject, name: str | None, names: Names) -> bool:
    """Whether the subject of a verb of saying is "the" and a noun of one sex ("the woman",
    "the man") for someone the article has not named: no person is named before it in the
    article, and the speaker it gives is the noun itself, not a name it was read as. After a
    named person, "the woman" may be her (``speakers._epithet_person`` reads those)."""
    if subject.tag_ != "NN" or subject.lemma_.lower() not in NOUN_GENDER or not name or \
            any(ch.isupper() for ch in name) or \
            not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        return False
    return not names.person_named_before(subject.doc, subject.i)


def _unnamed_person(subject) -> bool:
    """An indefinite person noun ("a company official", "one follower"); "the senator" is
    left alone, since it means someone the article has named."""
    return subject.lemma_.lower() in PERSON_NOUNS and subject.tag_ == "NN" and any(
        c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one", "another")
        for c in subject.children)


def label_of(name, mentions) -> str | None:
    """The label (PERSON, ORG, ...) the latest of these mentions gives a name, for a pronoun
    resolved to it (``speech.article_quotes`` keeps it with the quote's speaker)."""
    return next((m[1] for m in reversed(mentions) if m[0] == name), None)


def paragraph_subject(pronoun: str, mentions: list[tuple], where: list[tuple[int, int]],
                       p: int, docs, names: Names, opens: bool,
                       spoken: set[int] = frozenset()) -> tuple[str, bool] | None:
    """The person a paragraph hands the floor to before a "he said" quote, if the pronoun
    fits them: the nearest fitting person named as a subject in the quote's paragraph, when
    that is the subject of a sentence's main verb ("Mr. Pike did offer some detail ..., saying
    ... "...," he said"). ``opens``: the quote opens its paragraph and the paragraph before
    quotes no one; then that paragraph's one fitting main subject introduces the speaker
    ('Sen. Paul Hadley, the ranking member ..., did not voice firm support for
    Dalton ...' / '"I doubt it," he said.'). A paragraph before that names no one but opens
    on the same pronoun as its subject continues the one before it ('Megan Hale ...
    usually eats ...' / 'She starts with a bowl of berries ...' / 'She told the paper: "..."'),
    up to three paragraphs back; ``spoken``: paragraphs that quote someone, which end the
    chain. (name, whether it was reached through such a chain), or None when the text does
    not say that plainly.
    """
    if pronoun not in MALE | FEMALE:
        return None
    want = "M" if pronoun in MALE else "F"
    same = MALE if want == "M" else FEMALE

    def root_of(i, para):
        ent = entity_of(docs[para][i])
        return ent.root if ent is not None else docs[para][i]

    def main_subject(i, para) -> bool:
        root = root_of(i, para)
        return root.dep_ in ("nsubj", "nsubjpass") and root.head.dep_ == "ROOT"

    def opens_on_pronoun(para) -> bool:
        first = next(iter(docs[para].sents), None)
        return first is not None and any(
            t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" and t.lower_ in same
            for t in first)

    # a "he said" read earlier is a guess about a name, not a name the text gives
    fitting = [(m, w[0]) for m, w in zip(mentions, where) if p - 4 <= w[0] <= p and m[0]
               and m[1] == "PERSON" and names.gender.get(m[0], want) == want
               and docs[w[0]][m[2]].pos_ != "PRON"]
    # people named only as objects ("agrees with De Angelis") hand no one the floor, but the
    # one asked a question takes it ('Tapper asked Park whether ...' / '"Never," he said'),
    # and then no subject of the paragraph is surely who answers
    here = [(m, para) for m, para in fitting
            if para == p and (root_of(m[2], para).dep_ in ("nsubj", "nsubjpass") or (
                root_of(m[2], para).dep_ in ("dobj", "dative")
                and root_of(m[2], para).head.lemma_ == "ask"))]
    if here:
        # only the nearest fitting subject counts, and only as a sentence's main subject
        (name, _, i, _), para = here[-1]
        return (name, False) if main_subject(i, para) else None
    if not opens:
        return None
    back = p - 1
    while back > p - 4 and back > 0 and not any(para == back for _, para in fitting) \
            and back not in spoken and opens_on_pronoun(back) and back - 1 not in spoken:
        back -= 1
    fitting = [(m, para) for m, para in fitting if para == back]
    # 'Tanner and his squad ... were running a river crossing drill ..., Brandt
    # said, ...' / '"...," he said': a paragraph that reports someone's words hands the floor
    # to who reported them, not to the subject of what they reported
    subjects = {m[0] for m, para in fitting if m[3]} or \
        {m[0] for m, para in fitting if main_subject(m[2], para)}
    if not subjects and opens_on_pronoun(back):
        # 'He said that he and other Ohio Democrats would ... and repeated Mr. Dalton's
        # claim that ...' / '"...," he said': a paragraph whose subject is already a
        # "he" goes on with whom that "he" means; the person it names on the way is no
        # subject of it
        return None
    if not subjects:
        # 'The letter was bought ... by local archivist Neil Forde who read it.' /
        # 'He said: "..."': the one fitting person that paragraph names at all
        subjects = {m[0] for m, para in fitting}
    return (next(iter(subjects)), back < p - 1) if len(subjects) == 1 else None


def pronoun_kind(pronoun: str, name: str, mentions: list[tuple], where: list[tuple[int, int]],
                  here: tuple[int, int], names: Names) -> str:
    """How far a pronoun's resolution reached: "pronoun" when the name is in the quote's
    sentence or the two before it (this paragraph or the previous one) with no other
    compatible name after it; "pronoun-far" when it reaches further back; "pronoun-across"
    when another compatible name stands in between; "pronoun-ambiguous" when the name's gender
    is unknown and another compatible person was named in those sentences."""
    person = pronoun in MALE | FEMALE
    want = "M" if pronoun in MALE else "F" if pronoun in FEMALE else None
    last = max((i for i, m in enumerate(mentions) if m[0] == name), default=None)
    if last is None:
        return "pronoun-far"

    def rival(m) -> bool:
        if not m[0] or m[0] == name:
            return False
        if person:
            return m[1] == "PERSON" and names.gender.get(m[0], want) == want
        return m[1] in ("ORG", "GPE", "NORP")

    (p0, n0), (p, n) = where[last], here
    if n - n0 > 2 or p - p0 > 1:
        if person and names.gender.get(name) == want and not any(
                m[0] and m[0] != name and m[1] == "PERSON" for m in mentions[last + 1:]):
            # '"...," she said' paragraphs after a woman the text called "she" before, with
            # no other person named since: she is the only one it can mean
            return "pronoun-sole"
        return "pronoun-far"
    if any(rival(m) for m in mentions[last + 1:]):
        return "pronoun-across"
    if person and name not in names.gender and any(
            rival(m) for m, w in zip(mentions, where) if w[1] >= n - 2):
        return "pronoun-ambiguous"
    return "pronoun"


class _HistoryPrefixes(Mapping):
    """(paragraph, sentence start) -> the mentions before that sentence, as a prefix of one
    shared list cut when asked. A copy kept per sentence grew with the square of an article's
    length: a 3 MB article's copies took 2 GB while only the few sentences with a pronoun
    subject are ever asked for theirs."""

    def __init__(self, history: list[tuple], lengths: dict[tuple[int, int], int]):
        self._history, self._lengths = history, lengths

    def __getitem__(self, key: tuple[int, int]) -> list[tuple]:
        return self._history[:self._lengths[key]]

    def __iter__(self):
        return iter(self._lengths)

    def __len__(self) -> int:
        return len(self._lengths)


def sentence_histories(docs, names: Names) -> Mapping[tuple[int, int], list[tuple]]:
    """Who an article named before each of its sentences, as ``article_quotes`` builds its
    history for pronoun resolution: (paragraph, sentence start) -> mentions so far, text inside
    quotation marks left out. Other analyses use it to read a pronoun the way quotes do."""
    lengths: dict[tuple[int, int], int] = {}
    history: list[tuple] = []
    continuing = continuations(docs)
    for p, doc in enumerate(docs):
        inside = set()
        text = doc.text  # built from the tokens at each call: once per paragraph, not per quote
        for start, end, _, _ in quote_spans(text, p in continuing):
            span = doc.char_span(start, end, alignment_mode="expand") if text[start:end].strip() \
                else None
            if span is not None:
                inside.update(range(span.start, span.end))
        for sent in doc.sents:
            lengths[(p, sent.start)] = len(history)
            history.extend(mentions_in([t for t in sent if t.i not in inside], names, history))
    return _HistoryPrefixes(history, lengths)


def resolve_pronoun(pronoun: str, history: list[tuple], names: Names, before=()) -> str | None:
    """The name a pronoun means given the mentions before its sentence and the tokens of its
    sentence before it, as a quote's "he said" is resolved (see ``pronoun_referent``)."""
    earlier = mentions_in(list(before), names, history) if before else []
    return pronoun_referent(pronoun, history + earlier, names)
