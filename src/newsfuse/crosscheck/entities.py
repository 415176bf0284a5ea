"""Who and what the reports name: people, organisations and places, variants merged.

Outlets spell the same name differently (US / U.S. / the United States, Deir Ezzor /
Deir el-Zour / Deir al-Zour), shorten people after the first mention ("Power" for
"Samantha Power") and use acronyms ("UN"). Counting those apart would split one actor into
several small ones, so names are merged by general rules: punctuation and "the" are
dropped, Arabic transliteration particles (al-, el-, az- ...) and vowels are ignored when
comparing long place and group names, a lone surname joins the one full name it ends, and an
acronym joins the one multiword name whose initials it spells.

spaCy's small model often gives one name different labels in different sentences (a
surname tagged as a place, a city as a nationality); the label shown is the majority over
all merged mentions, ties going to the label of the fullest form.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from typing import Any

from ..model import Cluster
from ..nlp.casing import title_cased
from .names import HONORIFICS, TITLES, names_of, same_surname

LABELS = ("PERSON", "ORG", "GPE", "LOC", "FAC")
VOTING = LABELS + ("NORP",)
PLACES = {"GPE", "LOC", "FAC"}

# honorifics go only in front of people, whatever label spaCy gave the mention; office titles
# in front of a name that spaCy already tags as a person (one list for every analysis: names)
_HONORIFICS = HONORIFICS
_TITLES = TITLES
# Arabic (and similar) article/particle spellings in transliterated names
_PARTICLES = {"al", "el", "az", "ez", "as", "es", "ad", "ed", "ar", "er", "an", "at",
              "ash", "ul", "ut", "ud"}
# words that do not contribute an initial to an acronym
_MINOR = {"of", "for", "the", "and", "on", "in", "de", "du", "der", "la", "le", "to", "at"}
# the standard short and long forms of a few states, which no spelling rule can link
_STATE_FORMS = {
    "usa": "united states", "united states of america": "united states", "america": "united states",
    "uk": "united kingdom", "britain": "united kingdom", "great britain": "united kingdom",
    "russian federation": "russia", "uae": "united arab emirates",
}
_DEMONYM = re.compile(r"(an|ian|ese|ish|i|ic|ch|ss|ist|ite|ar|ean)s?$", re.I)
_VOWELS = re.compile(r"[aeiouy]")
_LOWER_WORD = re.compile(r"(?<![\w.'’-])[a-z][a-z-]*(?![\w'’])")


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("\u00a0", " ").replace("’", "'")
    text = re.sub(r"'s?$", "", text.strip())
    text = re.sub(r"^(the|The|THE)\s+", "", text)
    text = re.sub(r"\s+", " ", text).strip(" ,;:-\"'()")
    return re.sub(r"(?<=[a-z]{2})\.$", "", text)  # a sentence's full stop, not U.S.'s dot


def _tokens(text: str, person: bool = False) -> list[str]:
    """Lowercase name tokens: dots of acronyms, hyphens and inner "of"/"for" dropped,
    honorifics (and for people, office titles) stripped."""
    text = re.sub(r"(?<=\b[A-Za-z])\.", "", text)  # U.S. -> US, U.N. -> UN
    words = [w for w in re.split(r"[\s\-‐]+", text.lower().replace(".", " ")) if w]
    titles = _TITLES if person else _HONORIFICS
    while len(words) > 1 and words[0] in titles:
        words = words[1:]
    whole = " ".join(words)
    if whole in _STATE_FORMS:
        return _STATE_FORMS[whole].split()
    return words[:1] + [w for w in words[1:] if w not in _MINOR] if len(words) > 2 else words


def has_honorific(text: str) -> bool:
    words = re.split(r"[\s.]+", text.strip().lower())
    return len(words) > 1 and words[0] in _HONORIFICS


def key_of(text: str, label: str = "") -> str:
    """The exact-match key of a name: what two spellings must share to be one name."""
    key = " ".join(_tokens(_clean(text), person=label == "PERSON"))
    return _STATE_FORMS.get(key, key)


def _skeleton(key: str) -> tuple[str, ...] | None:
    """Consonant skeleton without particles, for transliterated names; None when too short
    to compare safely (short names collide: Benin / Bonn)."""
    words = key.split()
    core = [w for i, w in enumerate(words) if not (w in _PARTICLES and len(words) > 1)]
    skel = []
    for w in core:
        s = _VOWELS.sub("", w)
        s = re.sub(r"(.)\1+", r"\1", s)
        skel.append(s)
    if sum(len(s) for s in skel) < 4 or not core:
        return None
    return (core[0][0],) + tuple(skel)


def _is_acronym(surface: str) -> bool:
    letters = re.sub(r"[.\s]", "", surface)
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


def _vote(mention_text: str, label: str) -> str:
    """spaCy sm tags some places as nationalities ("Aleppo" NORP): a NORP that is a proper
    name without a demonym ending votes as a place instead. "Ms X" is a person whatever the
    tagger said."""
    if has_honorific(mention_text):
        return "PERSON"
    if label == "NORP" and mention_text[:1].isupper() and not _DEMONYM.search(mention_text):
        return "GPE"
    return label


class _Group:
    def __init__(self, key: str):
        self.key = key
        self.labels: Counter[str] = Counter()
        self.surfaces: Counter[str] = Counter()
        self.votes: Counter[tuple[str, str]] = Counter()  # (surface, label)
        self.articles: set[str] = set()
        self.mentions = 0
        self.in_body = False  # named outside a title-case headline (see find_entities)
        self.inside = False  # a mention stands inside its sentence, not first (see find_entities)

    def absorb(self, other: "_Group") -> None:
        self.labels.update(other.labels)
        self.surfaces.update(other.surfaces)
        self.votes.update(other.votes)
        self.articles |= other.articles
        self.mentions += other.mentions
        self.in_body |= other.in_body
        self.inside |= other.inside

    def label(self) -> str:
        best = self.labels.most_common()
        top = [lab for lab, n in best if n == best[0][1]]
        if len(top) == 1:
            return top[0]
        fullest = self.name()
        by_surface = Counter({lab: n for (s, lab), n in self.votes.items() if s == fullest})
        for lab, _ in by_surface.most_common():
            if lab in top:
                return lab
        return sorted(top, key=VOTING.index)[0]

    def name(self) -> str:
        """The fullest spelled-out form (not an acronym), most frequent among equals."""
        def rank(item):
            surface, count = item
            core = [w for w in key_of(surface).split() if w not in _PARTICLES]
            return (not _is_acronym(surface), not has_honorific(surface), len(core), count)
        return max(self.surfaces.items(), key=rank)[0]


def find_entities(cluster: Cluster, labels: tuple[str, ...] = LABELS) -> list[dict[str, Any]]:
    """Named people, organisations and places with mention counts, most mentioned first."""
    groups: dict[str, _Group] = {}
    # words the reports write in lower case inside a sentence: "arson", "flames", "church"
    lower = {w for s in cluster.sentences for w in _LOWER_WORD.findall(s.text[1:])}
    for s in cluster.sentences:
        for e in s.entities:
            if e.label not in VOTING:
                continue
            surface = _clean(e.text)
            key = key_of(surface, e.label)
            if not key or not any(ch.isalpha() for ch in key) or len(key) < 2:
                continue
            g = groups.setdefault(key, _Group(key))
            vote = _vote(surface, e.label)
            g.labels[vote] += 1
            g.surfaces[surface] += 1
            g.votes[(surface, vote)] += 1
            g.articles.add(s.article)
            g.mentions += 1
            g.in_body |= not (s.is_headline and title_cased(s.text))
            g.inside |= bool(s.text[:e.start].strip(" \"'“‘(-–—"))

    merged = _merge(groups)
    order = {a.id: n for n, a in enumerate(cluster.articles)}
    names = names_of(cluster) if cluster.docs and any(cluster.docs.values()) else None
    shown: dict[tuple[str, str], dict] = {}
    for g in merged:
        label = g.label()
        if label not in labels or not g.in_body:
            # a name found only in headlines written in title case is the parser reading
            # capitals ("Cuban Protests Demand Freedom, Food" an organisation, "Vaccines"
            # another): a name the story is about is also named in some article's text
            continue
        if not g.inside and all(" " not in v and not v.isupper() and v.lower() in lower
                                 for v in g.surfaces):
            # one word, only ever first in its sentence, that the reports write in lower case
            # elsewhere: the parser read a sentence's capital ("Arson is suspected in ...",
            # "Flames were seen ...": a person and an organisation)
            continue
        name = g.name()
        if names is not None and label in ("PERSON", "ORG"):
            # the spelling quotes and claims give the same person or organisation
            resolved = names.resolve(name, label)
            if key_of(resolved, label) in {key_of(v, label) for v in g.surfaces} | {g.key} or (
                    label == "PERSON" and names.label.get(resolved) == "PERSON"
                    and same_surname(name, resolved)
                    and (len(name.split()) > 1 or names.people_named(name) == {resolved})):
                # and a person's surname or fuller form ("Schiff", "Adam B. Schiff") is the one
                # person quotes and figures name ("Adam Schiff"), so the brief names them one
                # way; a surname two people of the cluster share ("Clinton") stays as written
                name = resolved
        entry = shown.get((name, label))
        if entry is None:
            shown[(name, label)] = {
                "name": name,
                "label": label,
                "mentions": g.mentions,
                "variants": [v for v, _ in g.surfaces.most_common()],
                "articles": sorted(g.articles, key=order.get),
            }
        else:
            entry["mentions"] += g.mentions
            entry["variants"] += [v for v, _ in g.surfaces.most_common() if v not in entry["variants"]]
            entry["articles"] = sorted(set(entry["articles"]) | g.articles, key=order.get)
    out = list(shown.values())
    out.sort(key=lambda e: (-e["mentions"], -len(e["articles"]), e["name"]))
    return out


def _merge(groups: dict[str, _Group]) -> list[_Group]:
    """Apply the variant rules in order: spelling skeletons, surnames, acronyms."""
    parent = {k: k for k in groups}

    def root(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def join(small: str, big: str) -> None:
        a, b = root(small), root(big)
        if a != b:
            parent[a] = b

    def majority(k: str) -> str:
        return groups[k].labels.most_common(1)[0][0]

    # 1. transliteration variants of long names: same skeleton, compatible labels
    by_skeleton: dict[tuple, list[str]] = defaultdict(list)
    for k in groups:
        sk = _skeleton(k)
        if sk:
            by_skeleton[sk].append(k)
    for keys in by_skeleton.values():
        keys.sort(key=lambda k: -groups[k].mentions)
        for k in keys[1:]:
            if (majority(k) in PLACES) == (majority(keys[0]) in PLACES):
                join(k, keys[0])

    # 2. a lone surname joins the one full person name that ends with it
    last_names: dict[str, set[str]] = defaultdict(set)
    for k, g in groups.items():
        words = k.split()
        if len(words) >= 2 and g.labels["PERSON"] > 0:
            last_names[words[-1]].add(root(k))
            core = [w for w in words if w not in _PARTICLES]
            if core and core[-1] != words[-1]:
                last_names[core[-1]].add(root(k))
    for k in groups:
        if " " in k:
            continue
        owners = last_names.get(k, set())
        if len(owners) == 1:
            join(k, next(iter(owners)))

    # 3. an acronym joins the one multiword name whose initials it spells
    initials: dict[str, set[str]] = defaultdict(set)
    for k in groups:
        words = [w for w in k.split() if w not in _MINOR]
        if len(words) >= 2:
            initials["".join(w[0] for w in words)].add(root(k))
    for k, g in groups.items():
        if " " in k or not any(_is_acronym(s) for s in g.surfaces):
            continue
        owners = {root(o) for o in initials.get(k, set())}
        if len(owners) == 1:
            join(k, next(iter(owners)))

    out: dict[str, _Group] = {}
    for k, g in groups.items():
        r = root(k)
        if r not in out:
            out[r] = _Group(r)
        out[r].absorb(g)
    return list(out.values())
