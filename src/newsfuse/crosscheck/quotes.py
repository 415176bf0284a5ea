"""Direct quotations, who said them, and which articles carry them.

News writing attributes a quote in a few fixed ways: a speech verb in the same sentence
('... ," he said'; 'Churkin said: "..."'), or nothing at all when a paragraph of quotation
continues the previous speaker. Pronouns and surnames are resolved against the whole
cluster, because one report often names a speaker fully where another only says "Power".
The same words quoted by several articles (or a fragment of a longer quote) are one entry, so
a reader sees how widely a quote travelled, and copies are not counted as independent.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

SPEECH_VERBS = {
    "say", "tell", "add", "ask", "state", "announce", "claim", "declare", "explain", "insist",
    "note", "warn", "write", "reply", "respond", "answer", "argue", "admit", "acknowledge",
    "confirm", "deny", "denounce", "report", "recall", "suggest", "allege", "testify", "tweet",
    "post", "conclude", "predict", "complain", "urge", "vow", "promise", "caution",
    "concede", "remark", "assert", "stress", "emphasize", "emphasise", "observe", "joke",
    "exclaim", "shout", "quip", "counter", "retort", "whisper", "announce", "elaborate",
}
# Titles that precede a name but are not part of it.
TITLES = {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "gen", "lt", "col", "sgt",
          "capt", "maj", "adm", "rep", "sen", "gov", "president", "ambassador", "minister",
          "secretary", "judge", "justice", "pope", "king", "queen", "prince", "princess",
          "general", "colonel", "lord", "lady", "rev", "father", "st", "mayor", "chancellor"}
SPEAKER_LABELS = ("PERSON", "ORG", "GPE", "NORP")
# Things that speak for an organisation: "a statement from US Central Command said".
DOCUMENT_NOUNS = {"statement", "release", "communique", "announcement", "report", "letter",
                  "memo", "email", "tweet", "post", "website", "spokesman", "spokeswoman",
                  "spokesperson", "filing", "video", "message", "bulletin", "notice"}
PERSONAL_TITLES = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame"}
# Titles that say a person's gender; "Ms Power" and "she said" are the only gender evidence a
# name has (en_core_web_sm's morphology marks gender on pronouns, never on names).
GENDER_TITLES = {"mr": "M", "sir": "M", "king": "M", "prince": "M", "lord": "M", "father": "M",
                 "mrs": "F", "ms": "F", "miss": "F", "dame": "F", "queen": "F", "princess": "F",
                 "lady": "F", "madam": "F"}
# How a quote's speaker was found, strongest first (the "attribution" of a quote entry):
# direct: subject of a speech verb (or of the verb owning the quote) in its sentence, a named
#   person, organisation, appositive person or document of an organisation;
# according: "according to X";
# pronoun: "he said" resolved to a name in the same or the two sentences before, nothing
#   compatible in between; continued: an unattributed quote after an attributed one in the
#   same paragraph; paragraph: an unattributed quote after a speaker named in its paragraph;
# pronoun-ambiguous: as pronoun, but the name's gender is unknown and another person was named
#   nearby; pronoun-across: another compatible name stands between; pronoun-far: the name is
#   more than two sentences (or a paragraph) back; pronoun-after: named only after the quote;
# carried: an unattributed paragraph that continues the previous paragraph's speaker.
ATTRIBUTIONS = ["direct", "according", "pronoun", "continued", "paragraph", "pronoun-ambiguous",
                "pronoun-across", "pronoun-far", "pronoun-after", "carried"]
EVIDENCE = {"direct": "strong", "according": "strong", "pronoun": "medium",
            "continued": "medium", "paragraph": "medium", "pronoun-ambiguous": "weak",
            "pronoun-across": "weak", "pronoun-far": "weak", "pronoun-after": "weak",
            "carried": "weak"}
# Kinds whose speakers are withheld (speaker null, the name kept as "unconfirmed_speaker"):
# chosen by their precision on the gold set (bench/gold_claims_quotes.py -v).
ABSTAIN = {"pronoun-far", "carried"}  # 0.43 (3/7) and 0.50 (2/4) on the gold, all splits
SPEAKER_WINDOW = 8  # a pronoun reaches back this many mentions for the last speaker
MIN_WORDS = 4  # shorter quotes are scare quotes unless a speech verb governs them
MALE, FEMALE = {"he", "him", "his", "himself"}, {"she", "her", "herself"}
PRONOUNS = MALE | FEMALE | {"they", "it", "we", "i", "who", "which", "that"}
_QUOTE = re.compile(r"[\"“”]")
_WORD = re.compile(r"[a-z0-9]+")


_INITIALISM = re.compile(r"(?:\b[A-Za-z]\.){2,}$")  # "U.S.", "U.N.": the last dot is the name's


def _clean_name(text: str) -> str:
    stripped = text.strip(" ,;:\"“”'")
    text = re.sub(r"['’]s$", "", stripped.strip("."))
    if _INITIALISM.search(stripped) and not text.endswith("."):
        text += "."  # strip "U.S." to "U.S" would print half an abbreviation
    words = text.split()
    while len(words) > 1 and words[0].lower().strip(".") in TITLES | {"the"}:
        words = words[1:]
    return " ".join(words)


def _content(text: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(text.lower())
                     if w not in {"the", "of", "for", "on", "and", "in", "to", "a", "s"})


def _head(name: str) -> str:
    """The head word of a name: the last word, or the word before "of/for/on" in
    "Syrian Observatory for Human Rights"."""
    words = _WORD.findall(name.lower())
    for i, w in enumerate(words[1:], 1):
        if w in ("of", "for", "on"):
            return words[i - 1]
    return words[-1] if words else ""


def _spells(acronym: str, name: str) -> bool:
    """Whether the acronym is prefixes of consecutive words of the name, leading words
    ("US") and function words optional: centcom = CENTral COMmand, sohr = S O (for) H R."""
    words = [w for w in _WORD.findall(name.lower())]
    skippable = {"of", "for", "the", "and", "on", "in"}

    def match(a: int, w: int, used: int, started: bool) -> bool:
        if a == len(acronym):
            return used >= 2 and all(x in skippable for x in words[w:])
        if w == len(words):
            return False
        word = words[w]
        for k in range(min(len(word), len(acronym) - a), 0, -1):
            if word[:k] == acronym[a:a + k] and match(a + k, w + 1, used + 1, True):
                return True
        return (not started or word in skippable) and match(a, w + 1, used, started)

    return len(words) <= 8 and match(0, 0, 0, False)


def _gender_evidence(ent) -> str | None:
    """M/F from a gendered title before the name, or from "X said he/she ..." (a speaker
    referring to themself in the reported clause)."""
    doc = ent.doc
    title = doc[ent.start - 1].lower_.strip(".") if ent.start > 0 else ""
    if title in GENDER_TITLES:
        return GENDER_TITLES[title]
    if ent[0].lower_.strip(".") in GENDER_TITLES and len(ent) > 1:
        return GENDER_TITLES[ent[0].lower_.strip(".")]
    root = ent.root
    verb = root.head
    if root.dep_ == "nsubj" and verb.lemma_ in SPEECH_VERBS:
        for child in verb.children:
            if child.dep_ == "ccomp":
                for sub in child.children:
                    if sub.dep_ in ("nsubj", "nsubjpass") and sub.lower_ in ("he", "she"):
                        return "M" if sub.lower_ == "he" else "F"
    return None


class Names:
    """Cluster-wide name resolution: "Power" -> "Samantha Power", "the Observatory" ->
    "Syrian Observatory for Human Rights".

    Built once from every entity of the cluster and looked up by word, so resolving a mention
    costs the few candidates that share a word with it, never a scan of the cluster.
    """

    def __init__(self, cluster):
        self.count: Counter = Counter()
        votes: dict[str, Counter] = defaultdict(Counter)
        genders: dict[str, Counter] = defaultdict(Counter)
        self.by_word: dict[str, set[str]] = defaultdict(set)
        for docs in cluster.docs.values():
            for doc in docs:
                for ent in doc.ents:
                    if ent.label_ not in ("PERSON", "ORG"):
                        continue
                    name = _clean_name(ent.text)
                    if not name or not any(ch.isupper() for ch in name):
                        continue
                    self.count[name] += 1
                    votes[name][ent.label_] += 1
                    if doc[max(ent.start - 1, 0)].lower_.strip(".") in PERSONAL_TITLES or \
                            ent[0].lower_.strip(".") in PERSONAL_TITLES:
                        votes[name]["PERSON"] += 2  # "Ms Power" is a person whatever NER said
                    gender = _gender_evidence(ent)
                    if gender:
                        genders[name][gender] += 1
                        votes[name]["PERSON"] += 2  # "De Mistura said he was": a person
                    for w in _content(name):
                        self.by_word[w].add(name)
        # one spelling per content-word set ("Observatory on Human Rights" = "for")
        self.canon: dict[frozenset, str] = {}
        for name, _ in sorted(self.count.items(), key=lambda kv: (-kv[1], -len(kv[0]))):
            self.canon.setdefault(_content(name), name)
        # spaCy tags the same person ORG in one sentence and PERSON in the next: let the
        # mentions vote, surnames voting for the full names they abbreviate
        total: dict[str, Counter] = defaultdict(Counter)
        for name, v in votes.items():
            total[self.canon[_content(name)]].update(v)
        self.label: dict[str, str] = {}
        for name in self.count:
            full = self.resolve(name)
            total[full].update(votes[name])
        for name in self.count:
            full = self.resolve(name)
            self.label[name] = total[full].most_common(1)[0][0]
            self.label[full] = self.label[name]
        by_full: dict[str, Counter] = defaultdict(Counter)
        for name, g in genders.items():
            by_full[self.resolve(name)].update(g)
        self.gender: dict[str, str] = {}
        for full, g in by_full.items():
            if len(g) == 1:  # conflicting evidence says nothing
                self.gender[full] = next(iter(g))
        for name in self.count:
            if self.resolve(name) in self.gender:
                self.gender[name] = self.gender[self.resolve(name)]
        self.acronyms = self._acronyms()
        self._votes = total

    def _acronyms(self) -> dict[str, str]:
        """CENTCOM -> US Central Command: an all-capitals name that spells prefixes of the
        words of exactly one multiword organisation in the same cluster. Reports introduce
        the acronym next to the full name, so the cluster itself holds the expansion."""
        shorts = [n for n in self.count if " " not in n and n.isupper() and len(n) >= 3]
        longs = [n for n in self.count if len(_content(n)) >= 2 and self.label.get(n) == "ORG"]
        by_initial: dict[str, list[str]] = defaultdict(list)  # only leading words may be skipped
        for n in longs:
            for w in set(w[0] for w in _WORD.findall(n.lower())[:2]):
                by_initial[w].append(n)
        out = {}
        for short in shorts:
            hits = {self.canon[_content(n)] for n in by_initial.get(short[0].lower(), ())
                    if _spells(short.lower(), n)}
            if len(hits) == 1:
                out[short] = next(iter(hits))
        return out

    def _person(self, name: str) -> bool:
        """Whether a name is a person's. "UN Samantha Power" is a tagging slip around a person,
        but "US National Security Council" is not "Security Council" (nor the UN's)."""
        votes = getattr(self, "_votes", None)
        if votes is None:  # still voting: the raw NER label decides
            return True
        v = votes.get(self.canon.get(_content(name), name), Counter())
        return v["PERSON"] > v["ORG"]

    def resolve(self, mention: str, label: str | None = None) -> str:
        """The fullest name in the cluster that this mention can only mean."""
        name = _clean_name(mention)
        words = _content(name)
        if not words:
            return name
        if name in getattr(self, "acronyms", {}):
            return self.acronyms[name]
        candidates = set.intersection(*(self.by_word.get(w, set()) for w in words))
        candidates = {c for c in candidates if words <= _content(c)}
        if not candidates:
            return name
        longer = {self.canon[_content(c)] for c in candidates if len(_content(c)) > len(words)}
        # "UN Samantha Power" is a tagging slip around "Samantha Power": keep minimal names
        longer = {c for c in longer if not any(_content(o) < _content(c) for o in longer)}
        if len(words) > 1:  # a two-word name grows only into a name used at least as often
            longer = {c for c in longer if self.count[c] >= self.count.get(name, 0)}
        if label != "ORG" and len(words) == 1:
            # a surname matches a person's last word; a first name alone is too ambiguous
            longer = {c for c in longer if _WORD.findall(c.lower())[-1:] == list(words)} or longer
        if len(words) == 1:
            # one word names the longer name only as its head ("the Observatory" for the
            # Syrian Observatory for Human Rights); "Coke" is not the Coke Chase campaign
            longer = {c for c in longer if _head(c) in words}
        if len(longer) == 1:
            return next(iter(longer))
        if not longer:
            # a tagging slip ("UN Samantha Power") defers to a more frequent name inside it
            inner = [c for c in candidates | {
                n for w in words for n in self.by_word.get(w, ())}
                if 2 <= len(_content(c)) < len(words) and _content(c) < words
                and self.count[c] >= self.count.get(name, 0) and self._person(c)]
            if inner:
                return self.canon[_content(max(inner, key=lambda c: self.count[c]))]
        if longer:
            best = max(longer, key=lambda c: self.count[c])
            if sum(1 for c in longer if self.count[c] == self.count[best]) == 1:
                return best
        return self.canon.get(words, name)


def _entity_of(token):
    """The PERSON/ORG/GPE/NORP entity a token sits in, if any."""
    if token.ent_type_ in SPEAKER_LABELS:
        for ent in token.doc.ents:
            if ent.start <= token.i < ent.end:
                return ent
    return None


def noun_phrase(token) -> str:
    """A subject's own words: determiners, relative clauses and appositives left out."""
    keep = {"compound", "amod", "poss", "case", "nmod", "nummod", "flat", "npadvmod"}
    words = [t for t in token.subtree
             if t.i == token.i or (t.dep_ in keep and t.head.i >= token.i - 6 and t.i < token.i
                                   and not t.is_punct)]
    words = [t for t in words if t.i >= min(w.i for w in words)]
    text = token.doc[words[0].i: token.i + 1].text if words else token.text
    return re.sub(r"^(the|a|an)\s+", "", text, flags=re.I)


def speaker_of(subject, names: Names) -> tuple[str | None, str | None]:
    """(name, entity label) for the subject of a speech verb; pronouns give (pronoun, None)."""
    if subject.pos_ == "PRON" or subject.lower_ in ("who", "which", "that"):
        return subject.lower_, None
    ent = _entity_of(subject)
    if ent is None and subject.pos_ == "NOUN":
        # "Ethicon's director of sales, Xavier Buchon, replied": the appositive person speaks
        for t in subject.subtree:
            e = _entity_of(t)
            if t.dep_ == "appos" and t.i > subject.i and e is not None and e.root.i == t.i \
                    and (e.label_ == "PERSON" or names.label.get(names.resolve(e.text)) == "PERSON"):
                return names.resolve(e.text, "PERSON"), "PERSON"
    if ent is None and subject.lemma_.lower() in DOCUMENT_NOUNS:
        for t in subject.subtree:  # "A statement from US Central Command said"
            e = _entity_of(t)
            if e is not None and e.label_ in ("PERSON", "ORG"):
                ent = e
                break
    owner = any(c.dep_ == "poss" for c in subject.children)
    if ent is not None and ent.label_ in ("PERSON", "ORG") and not (
            owner and subject.i == ent.end - 1 and ent.label_ == "ORG"):
        return names.resolve(ent.text, ent.label_), ent.label_
    phrase = noun_phrase(subject)
    if subject.pos_ == "PROPN":  # "the Observatory" the NER missed
        full = names.resolve(phrase)
        if full != phrase or full in names.label:
            return full, names.label.get(full)
    return phrase, (ent.label_ if ent is not None else None)


def speech_subject(verb):
    for child in verb.children:
        if child.dep_ == "nsubj":
            return child
    # inverted attribution after a quote: '"...," said Churkin' (parsed as an object)
    prev = verb.doc[verb.i - 1] if verb.i > 0 else None
    if prev is not None and (prev.is_quote or prev.text == ","):
        for child in verb.rights:
            if child.dep_ in ("dobj", "npadvmod", "attr", "oprd") and child.pos_ == "PROPN":
                return child
    if verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.pos_ in ("VERB", "AUX"):
        return speech_subject(verb.head)
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
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


def _quote_spans(text: str) -> list[tuple[int, int, bool, bool]]:
    """(start, end, opened_at_start, closed) of quoted passages in one paragraph.

    Straight quotes alternate open/close; curly quotes say which they are. An opened quote
    that never closes runs to the paragraph's end (the next paragraph may continue it).
    """
    spans = []
    open_at = None
    for m in _QUOTE.finditer(text):
        ch, i = m.group(), m.start()
        if open_at is None:
            if ch == "”":
                continue
            open_at = i
        elif ch == "“" and open_at is not None:
            open_at = i
        else:
            spans.append((open_at + 1, i, open_at == 0, True))
            open_at = None
    if open_at is not None and len(text) - open_at > 2:
        spans.append((open_at + 1, len(text), open_at == 0, False))
    return spans


def _resolve_pronoun(pronoun: str, history: list[tuple], names: "Names") -> str | None:
    """The mention a pronoun most likely means, or None rather than a guess.

    He/she wants a person whose known gender (titles, "X said she ...") does not clash;
    they/it want a group. A quote's "he said" usually continues the last *speaker*, not
    the last person named ("Eidsvik said ... Lovett gave ... 'quote,' she said" is the
    judge), so recent speech-verb subjects are tried before plain mentions.
    """
    person = pronoun in MALE | FEMALE
    want = "M" if pronoun in MALE else "F" if pronoun in FEMALE else None

    def fits(name, label) -> bool:
        if not name:
            return False
        if person:
            return label == "PERSON" and names.gender.get(name, want) == want
        return label in ("ORG", "GPE", "NORP")

    recent = history[-SPEAKER_WINDOW:]
    for name, label, _, speaker in reversed(recent):
        if speaker and fits(name, label):
            return name
    for name, label, _, _ in reversed(history):
        if fits(name, label):
            return name
    return None


def _mentions(tokens, names: Names, history) -> list[tuple[str, str | None, int, bool]]:
    """Who a stretch of text names, in order: (name, label, token index, is a speaker).

    PERSON/ORG entities and speech-verb subjects count; text inside quotation marks is left
    out by the caller: a name a speaker mentions is not a speaker.
    """
    out = []
    seen_ents = set()
    tokens = list(tokens)
    outside = {t.i for t in tokens}
    for token in tokens:
        ent = _entity_of(token)
        if ent is not None and ent.label_ in ("PERSON", "ORG") and ent.start not in seen_ents:
            seen_ents.add(ent.start)
            name = names.resolve(ent.text, ent.label_)
            speaker = ent.root.dep_ == "nsubj" and ent.root.head.lemma_ in SPEECH_VERBS
            out.append((name, names.label.get(name, ent.label_), token.i, speaker))
        if token.lemma_ in SPEECH_VERBS and token.pos_ == "VERB":
            subject = speech_subject(token)
            if subject is None or subject.i not in outside or (_entity_of(subject) is not None
                                   and _entity_of(subject).label_ in ("PERSON", "ORG")):
                continue
            name, label = speaker_of(subject, names)
            if name in PRONOUNS:
                name = _resolve_pronoun(name, history + out, names)
                label = _label_of(name, history + out)
            else:
                label = names.label.get(name) or label or \
                    ("PERSON" if subject.pos_ == "PROPN" and subject.text[:1].isupper() else "ORG")
            if name:
                out.append((name, label, subject.i, True))
    out.sort(key=lambda m: m[2])
    return out


def _label_of(name, mentions) -> str | None:
    return next((m[1] for m in reversed(mentions) if m[0] == name), None)


def _roles(cluster, names: Names) -> dict[str, str]:
    """Job titles the text gives a person: appositives and "US ambassador Samantha Power"."""
    found: dict[str, Counter] = defaultdict(Counter)
    for docs in cluster.docs.values():
        for doc in docs:
            for ent in doc.ents:
                if ent.label_ not in ("PERSON", "ORG"):
                    continue
                name = names.resolve(ent.text, "PERSON")
                if names.label.get(name) != "PERSON":
                    continue
                head = ent.root
                role = None
                left = [t for t in doc[max(ent.start - 8, 0):ent.start]
                        if t.head.i == head.i and t.dep_ in ("compound", "amod", "poss", "nmod")]
                if left and any(t.pos_ == "NOUN" for t in doc[left[0].i:ent.start]) \
                        and doc[ent.start - 1].pos_ == "NOUN":
                    role = doc[left[0].left_edge.i:ent.start].text
                elif head.dep_ == "appos" and head.head.pos_ == "NOUN":
                    noun = head.head
                    role = doc[noun.left_edge.i:noun.i + 1].text
                    role += _tail(noun, stop=head.i)
                else:
                    for child in head.children:
                        if child.dep_ == "appos" and child.pos_ == "NOUN":
                            role = doc[child.left_edge.i:child.right_edge.i + 1].text
                if role:
                    role = re.sub(r"^(the|a|an)\s+", "", role.strip(" ,"), flags=re.I)
                    # an honorific before the name ("director Dr") is no part of the role;
                    # an office word ending the phrase is its head ("foreign minister")
                    while role.split() and role.split()[-1].lower().strip(".") in PERSONAL_TITLES:
                        role = " ".join(role.split()[:-1])
                    if role and not role.lower().rstrip(".") in TITLES and len(role) < 80:
                        found[name][role] += 1
    out = {}
    for name, roles in found.items():
        common = roles.most_common(1)[0][0]
        # "US ambassador to the UN" says more than "US ambassador": keep the fuller form
        out[name] = max((r for r in roles if common.lower() in r.lower()), key=len)
    return out


def _tail(noun, stop: int) -> str:
    """A role's prepositional tail ("ambassador *to the UN*"), up to the name."""
    parts = [c for c in noun.rights if c.dep_ == "prep" and c.i < stop]
    if not parts:
        return ""
    return " " + noun.doc[parts[0].i:min(parts[-1].right_edge.i + 1, stop)].text.rstrip(" ,")


def _article_quotes(docs, names: Names) -> list[dict]:
    """Quotes of one article in reading order, each with its speaker resolved where possible."""
    quotes: list[dict] = []
    history: list[tuple] = []  # (name, label, token, is speaker): who the article named so far
    where: list[tuple[int, int]] = []  # (paragraph, sentence number) of each history mention
    last_speaker: tuple[str | None, int] = (None, -99)  # (name, paragraph)
    pending = None  # a quote left open at the end of the previous paragraph
    n = 0  # sentences read so far in the article
    for p, doc in enumerate(docs):
        text = doc.text
        spans = []
        for start, end, at_start, closed in _quote_spans(text):
            body = text[start:end].strip()
            span = doc.char_span(start, end, alignment_mode="expand") if body else None
            if span is not None and len(span):
                spans.append((span, body, at_start, closed))
        inside = {i for span, *_ in spans for i in range(span.start, span.end)}
        in_paragraph: list[dict] = []
        for sent in doc.sents:
            n += 1
            before = [t for t in sent if t.i not in inside]
            for span, body, at_start, closed in spans:
                if not (sent.start <= span.start < sent.end):
                    continue
                if pending is not None and at_start:
                    pending["text"] += " " + body
                    pending = pending if not closed else None
                    continue
                pending = None
                speaker, label, governed, kind = _attribute(span, names)
                q = {"text": body, "speaker": speaker, "label": label, "paragraph": p,
                     "governed": governed, "after": None, "attribution": kind}
                if speaker in PRONOUNS:
                    q["pronoun"] = speaker
                    earlier = _mentions([t for t in before if t.i < span.start], names, history)
                    q["speaker"] = _resolve_pronoun(speaker, history + earlier, names)
                    q["attribution"] = None
                    if q["speaker"] is None:
                        q["after"] = (p, sent.end)
                    else:
                        q["attribution"] = _pronoun_kind(
                            speaker, q["speaker"], history + earlier,
                            where + [(p, n)] * len(earlier), (p, n), names)
                elif speaker is None and in_paragraph and in_paragraph[-1]["speaker"]:
                    q["speaker"], q["label"] = in_paragraph[-1]["speaker"], "continued"
                    q["attribution"] = "continued"
                elif speaker is None and last_speaker[1] >= p - 1:
                    q["speaker"], q["label"] = last_speaker[0], "continued"
                    q["attribution"] = "paragraph" if last_speaker[1] == p else "carried"
                quotes.append(q)
                in_paragraph.append(q)
                if not closed:
                    pending = q
            named = _mentions(before, names, history)
            history.extend(named)
            where.extend([(p, n)] * len(named))
            for q in in_paragraph:
                if q["speaker"]:
                    last_speaker = (q["speaker"], p)
            speakers = [m[0] for m in named if doc[m[2]].dep_ in ("nsubj",)]
            if speakers:
                last_speaker = (speakers[-1], p)
    # a pronoun with no earlier antecedent: the next sentences name the speaker
    for q in quotes:
        if q.get("after") and q["speaker"] is None:
            p, end = q["after"]
            following = []
            for doc in docs[p:p + 2]:
                for sent in doc.sents:
                    if doc is docs[p] and sent.start < end:
                        continue
                    following.extend(_mentions(list(sent), names, []))
            want = ("PERSON",) if q.get("pronoun") in MALE | FEMALE else ("ORG", "GPE")
            q["speaker"] = next((m[0] for m in following if m[1] in want), None)
            q["attribution"] = "pronoun-after" if q["speaker"] else None
    return quotes


def _pronoun_kind(pronoun: str, name: str, mentions: list[tuple], where: list[tuple[int, int]],
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
        return "pronoun-far"
    if any(rival(m) for m in mentions[last + 1:]):
        return "pronoun-across"
    if person and name not in names.gender and any(
            rival(m) for m, w in zip(mentions, where) if w[1] >= n - 2):
        return "pronoun-ambiguous"
    return "pronoun"


def _attribute(span, names: Names) -> tuple[str | None, str | None, bool, str | None]:
    """Speaker named by a speech verb outside the quote, in the quote's sentence(s), whether
    the verb governs the quote, and how it was found ("direct" or "according")."""
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
    governing = _governing_speaker(span, names)
    if governing is not None:
        return governing[0], governing[1], True, "direct"
    best = None
    for sent in sents.values():
        for token in sent:
            if token.i in inside:
                continue
            acc = according_to(token)
            if acc is not None and acc.i not in inside:
                cand = (speaker_of(acc, names), True, "according")
                best = best or cand
            if token.lemma_ in SPEECH_VERBS and token.pos_ in ("VERB", "AUX"):
                subject = speech_subject(token)
                if subject is None or subject.i in inside:
                    continue
                governed = any(t.i in inside for t in token.subtree) or \
                    abs(token.i - span.end) <= 3 or abs(span.start - token.i) <= 3
                cand = (speaker_of(subject, names), governed, "direct")
                if best is None or (governed and not best[1]):
                    best = cand
    if best is None:
        return None, None, False, None
    (name, label), governed, kind = best
    return name, label, governed, kind


def _governing_speaker(span, names: Names):
    """The subject of the nearest verb above the quote that has a speaker-like subject.

    Walking up from the quote finds the clause that owns it: 'Eidsvik found Ryan "was
    completely dependent..."', 'X called it a "game changer"', '... when he called pregnancy
    "something God intended"' inside 'Obama criticized ..., saying ...'. The nearest owner
    wins over a farther speech verb. A verb other than a speech verb counts only when its
    subject is a named person or organisation or a personal pronoun, so 'the video ends with
    message, "..."' stays unattributed here.
    """
    inside = range(span.start, span.end)
    token = span.root
    for _ in range(8):
        if token.head is token:
            return None
        token = token.head
        if token.i in inside or token.pos_ not in ("VERB", "AUX"):
            continue
        if token.lemma_ in SPEECH_VERBS:
            subject = speech_subject(token)
            if subject is not None and subject.i not in inside:
                return speaker_of(subject, names)
            continue
        if token.dep_ in ("ccomp", "xcomp") and token.head.lemma_ in SPEECH_VERBS:
            # 'saying the ICC is "no longer useful"': the clause is what was said, and its
            # subject is what the remark is about; the speaker is the speech verb's subject
            continue
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.i in inside:
            continue
        ent = _entity_of(subject)
        if (ent is not None and ent.label_ in ("PERSON", "ORG")) or \
                subject.lower_ in MALE | FEMALE | {"they"}:
            return speaker_of(subject, names)
        if subject.pos_ in ("NOUN", "PROPN"):
            # 'the government let Bashir leave, with the ruling party accusing the ICC of
            # being "no longer useful"': the quote belongs to the clause whose subject is
            # "the ruling party"; the clauses above it have other actors (Bashir leaving)
            return None
    return None


def _is_title(text: str) -> bool:
    """A short quoted span in title case names a work ("The Force", "Anderson Cooper 360"),
    it is not something anyone said."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’]*", text)]
    return bool(words) and all(w[0].isupper() for w in words)


def _key(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def find_quotes(cluster) -> list[dict]:
    names = Names(cluster)
    roles = _roles(cluster, names)
    found: list[tuple[str, dict]] = []
    for article in cluster.articles:
        for q in _article_quotes(cluster.docs.get(article.id, []), names):
            words = _key(q["text"]).split()
            if not words or (len(words) < MIN_WORDS and not q["governed"]):
                continue
            if len(words) < MIN_WORDS and _is_title(q["text"]):
                continue
            if len(words) < MIN_WORDS and q["speaker"] is None:
                continue
            found.append((article.id, q))

    # merge: identical or contained quotes are one entry (longest text wins)
    found.sort(key=lambda aq: -len(aq[1]["text"]))
    entries: list[dict] = []
    index: dict[str, list[int]] = defaultdict(list)  # word trigram -> entries holding it
    for article_id, q in found:
        key = _key(q["text"])
        words = key.split()
        probe = " ".join(words[:3])
        target = None
        for e in index.get(probe, []):
            if f" {key} " in f" {entries[e]['key']} ":
                target = e
                break
        if target is None:
            target = len(entries)
            entries.append({"key": key, "text": q["text"], "articles": [], "speakers": Counter(),
                            "guesses": Counter(), "kinds": defaultdict(set)})
            for i in range(max(len(words) - 2, 1)):
                index[" ".join(words[i:i + 3])].append(target)
        entry = entries[target]
        if article_id not in entry["articles"]:
            entry["articles"].append(article_id)
        if q["speaker"]:
            weight = 2 if q["label"] in ("PERSON", "ORG") else 1
            name = names.resolve(q["speaker"])
            kind = q.get("attribution") or "direct"
            entry["guesses" if kind in ABSTAIN else "speakers"][name] += weight
            entry["kinds"][name].add(kind)

    out = []
    for e in entries:
        speaker = guess = kind = None
        if e["speakers"]:
            speaker = max(e["speakers"].items(), key=lambda kv: (kv[1], len(kv[0])))[0]
        elif e["guesses"]:
            guess = max(e["guesses"].items(), key=lambda kv: (kv[1], len(kv[0])))[0]
        if speaker or guess:
            kinds = e["kinds"][speaker or guess] - (ABSTAIN if speaker else set())
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


def independent(articles: list[str], copies: dict[str, str]) -> int:
    """Articles that are not copies of another listed article."""
    listed = set(articles)
    return sum(1 for a in articles if copies.get(a) not in listed)


def sentence_histories(docs, names: Names) -> dict[tuple[int, int], list[tuple]]:
    """Who an article named before each of its sentences, as ``_article_quotes`` builds its
    history for pronoun resolution: (paragraph, sentence start) -> mentions so far, text inside
    quotation marks left out. Other analyses use it to read a pronoun the way quotes do."""
    out: dict[tuple[int, int], list[tuple]] = {}
    history: list[tuple] = []
    for p, doc in enumerate(docs):
        inside = set()
        for start, end, _, _ in _quote_spans(doc.text):
            span = doc.char_span(start, end, alignment_mode="expand") if doc.text[start:end].strip() \
                else None
            if span is not None:
                inside.update(range(span.start, span.end))
        for sent in doc.sents:
            out[(p, sent.start)] = list(history)
            history.extend(_mentions([t for t in sent if t.i not in inside], names, history))
    return out


def resolve_pronoun(pronoun: str, history: list[tuple], names: Names, before=()) -> str | None:
    """The name a pronoun means given the mentions before its sentence and the tokens of its
    sentence before it, as a quote's "he said" is resolved (see ``_resolve_pronoun``)."""
    earlier = _mentions(list(before), names, history) if before else []
    return _resolve_pronoun(pronoun, history + earlier, names)


def quoted_speakers(docs, names: Names) -> dict[tuple[int, int], str]:
    """(paragraph, token index) -> speaker for every token inside a quotation of one article
    whose speaker ``_article_quotes`` resolves, so a figure inside a quote goes to its speaker."""
    quotes = [q for q in _article_quotes(docs, names) if q["speaker"]]
    out: dict[tuple[int, int], str] = {}
    for p, doc in enumerate(docs):
        for start, end, _, _ in _quote_spans(doc.text):
            body = doc.text[start:end].strip()
            span = doc.char_span(start, end, alignment_mode="expand") if body else None
            if span is None:
                continue
            q = next((q for q in quotes if q["paragraph"] <= p and body in q["text"]), None)
            if q is not None:
                for i in range(span.start, span.end):
                    out[(p, i)] = names.resolve(q["speaker"])
    return out
