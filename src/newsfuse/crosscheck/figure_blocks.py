"""Blocks of figures that may be one quantity: same event, counted thing and unit.

The hand rules first put figures in blocks keyed by (event, counted-noun class, unit), so a
200-article cluster compares figures only with figures about the same kind of thing. This
module builds the noun classes, joins blocks that name one quantity two ways (other verbs,
a renamed count: "three London bases" and "three headquarters", "17 pirates" and "23 men"),
splits a block by size, and says when two figures may be one quantity (``same_quantity``,
``linkable``).
"""

from __future__ import annotations

import re
from collections import defaultdict

import numpy as np

from ..union_find import UnionFind
from .events import EVENTS, TRACKED
from .figure_scope import other_places, scope_conflict
from .names import content_words, voice_key
from .numbers import figures_compatible, interval, magnitude
from .quotes import independent
from .tallies import VOTE_AGAINST, VOTE_FOR, one_vote
# MiniLM cosine of two figures' sentences above which they are read as one quantity: to join
# blocks whose verbs differ, and (higher) to call two different values a dispute
MERGE_SIMILARITY = 0.5
DISPUTE_SIMILARITY = 0.6
SAME_VALUE_SIMILARITY = 0.2
# "pirates" 0.10, "men" 0.21, "aides" 0.12, "children" 0.04; "lanes" -0.02, "cables" -0.13; 0.08
# missed "children" and "girls"; 0.03 chosen pooled (0.05 and 0.0 measured: docs/measurements.md,
# figures fourteenth round)
PERSON_MARGIN = 0.03
RENAMED_MIN = 3  # the same exact count under two counted nouns (a source's or of people): not a small one
# sentences that say the same for counts of people under two nouns and verbs (0.4 and 0.3
# measured pooled; 0.3 showed one wrong group fewer on X, the same elsewhere)
RENAMED_SIMILARITY = 0.3
# two reports' figures that count nothing but their unit ("16 hours", "$30,000") are one
# quantity only in sentences at least this alike (``told_alike``); measured pooled, sixteenth
# session: 0.5 (with measures) and 0.4 lost right tuning groups, 0.3 alone lost two of the same
# value, which the block join's 0.2 keeps
UNIT_ONLY_SIMILARITY = 0.3
# the words around two reports' same figure, and their counted phrases, alike enough to say
# the figures count one thing (``told_around_alike``); 0.55 measured too: a tuning group more,
# a wrong validation group more (132/159 -> 132/160 right/shown); 0.6: tuning the same,
# validation 133/160
AROUND_SIMILARITY = 0.6
AROUND_PHRASES = 0.3
NOUN_SIMILARITY = 0.8  # "troops" ~ "soldiers" (0.89) but not "civilians" (0.64) in MiniLM
# two counted nouns near enough in meaning to be one thing when the figures and their sentences
# agree too ("videos" ~ "clips", "people" ~ "web users"); 0.5 and 0.7 measured pooled, 0.6 kept
# (docs/measurements.md, figures fourteenth round)
NOUN_ALIKE = 0.6
SAME_QUANTITY_RATIO = 3.0  # figures for one quantity rarely differ by more than 3x
# a toll this small is measured as if it were this size: "three people killed" and "killing 10
# people" in two reports of one quake are one disputed toll, not two (3 x 3 < 10); the floor
# reaches twelve, and the running toll's steps above it stay at three times (eighteenth
# session: tuning groups +1, validation unchanged; a floor for every event lost tuning and
# validation precision)
SMALL_FLOOR = 4
# "hundreds" (read at least 200) means any count below a thousand, "dozens" (24) below about a
# hundred: a vague bound finds its home among counts up to five times its floor, not three
# ("injuring hundreds of residents" beside "612 people"; eighteenth session: tuning +1, validation
# 118/149 -> 119/150)
VAGUE_CEILING = 5.0
VAGUE_STEP = 10.0  # "dozens" and "hundreds": one step of the vague scale
# figures of each block that joining two blocks compares (in reading order): enough to find
# the reports that name one quantity two ways, and the cost stays flat on a large cluster
MAX_COMPARED = 50


# a bare number (no counted noun, no event) is set beside another report's figure of its very
# value only from this size up: "three" or "five" in two reports of one story are as often two
# things (as for a length whose role only its value tells, claims.TOLD_ROLE_MIN)
BARE_MIN = 10
# and only in a sentence that says the same as closely as a dispute needs
BARE_SIMILARITY = DISPUTE_SIMILARITY


def specific(value) -> bool:
    """Whether a value is written too precisely to be met by chance: 100 or more, with three
    significant digits or more ("507,000", "$334 million", "1,495,709"; not "500,000", "40"). Two
    reports of one story that give such a value give one quantity, however differently their
    sentences put it: "fell to 473,000 last week from a revised 507,000" and "was revised up
    by 9,000 from 498,000 to 507,000" are 0.28 alike by the sentence vectors, below any
    threshold a dispute could use. Forty-fifth session, T45 (tuning): groups shown right
    34/40 -> 38/44, found 34/60 -> 38/60; old tuning and validation groups unchanged (220/238,
    133/160), validation values 612/837 -> 613/838 (at a floor of 0.3 instead of none, T45 gave
    37/43 and the rest the same)."""
    if isinstance(value, list) or value < 100:
        return False
    return len(f"{value:.15g}".replace(".", "").rstrip("0").lstrip("0")) >= 3


def beside_counted(statements: list[dict], similar) -> list[dict]:
    """The statements with every bare number (read with ``"bare"``: the parse ties it to no
    counted noun and no event, "and by Tuesday they had pulled out 120", "All four share a
    third-floor flat") either set beside another report's figure or left out. A bare
    number takes the counted thing, event and unit of another article's exact figure of the
    same exact value (``BARE_MIN`` or more) whose sentence says the same
    (``BARE_SIMILARITY``), the nearest on a tie of values: the report gives that figure
    without naming what it counts, and the other report names it. Without such a figure it
    says nothing a reader can compare and is left out, as before. A ``specific`` value needs no
    likeness of sentences, only the same value and unit. Its own phrase is not one
    of the group's names. Looser settings (any size, hedged values, cosine 0.5) found more
    validation groups but showed as many wrong ones and raised junk (docs/measurements.md)."""
    bare = [s for s in statements if s.get("bare")]
    if not bare:
        return statements
    counted: dict[tuple, list[dict]] = defaultdict(list)
    for x in statements:
        if x["noun"] is not None and not x.get("bare") and x["qualifier"] == "exact" \
                and not isinstance(x["value"], list):
            counted[(x["value"], x["unit"])].append(x)
    kept = set()
    for s in bare:
        del s["bare"]
        if s["qualifier"] != "exact" or isinstance(s["value"], list) or s["value"] < BARE_MIN:
            continue
        others = [x for x in counted.get((s["value"], s["unit"]), []) if x["article"] != s["article"]]
        similar.prefetch([s, *others])
        floor = 0.0 if specific(s["value"]) else BARE_SIMILARITY
        scored = [(v, x) for x in others if (v := similar(s, x)) is not None and v >= floor]
        if not scored:
            continue
        _, x = max(scored, key=lambda vx: vx[0])
        s.update(noun=x["noun"], surface=x["surface"], plural=x["plural"], event=x["event"],
                 event_text=x["event_text"], phrase=None)
        kept.add(id(s))
    left = {id(s) for s in bare} - kept
    return [s for s in statements if id(s) not in left]


def tolls_told(statements: list[dict]) -> None:
    """A count whose noun names an event ("caused 52 deaths", "there were 52 fatalities", "the
    death toll rose to 52", "claimed 52 lives", "made 45 arrests"; read with ``"toll"``, see
    ``events.own_event``) is that event's toll when a figure of the cluster tells the event
    by its verb ("killed at least 50 people", "arrested 40 protesters"): it then counts the
    toll as "52 dead" does, no thing of its own, and meets the toll told of people or
    soldiers in another report (before, "deaths" was a counted thing apart, and "52 deaths"
    never met "at least 50 people were killed"). Where no figure tells the event so, the
    count is a statistic more often than a toll ("5.2 million deaths were attributable to
    poor diet", "7.8 million premature deaths could be prevented"), and it stays with its
    noun and verb, as before; its words still name the group either way."""
    told = {(s["event"], s["unit"]) for s in statements if s["event"] in TRACKED and "toll" not in s}
    for s in statements:
        event = s.pop("toll", None)
        if event is not None and (event == s["event"] or (event, s["unit"]) in told):
            # "claimed 52 lives" tells the killing by its own verb
            s.update(event=event, event_text=s["surface"] or s["event_text"], noun=None,
                     surface=None, plural=False, told_by_noun=True)


def noun_classes(forms: dict[str, str]) -> dict[str, str]:
    """Map each counted-noun lemma to a class representative ("troop" -> "soldier").

    MiniLM is the only general notion of synonymy the project ships; its term vectors come
    from the cached ``encode_terms`` (see its module for why this analysis may ask for them)
    and cover the few distinct nouns only (tens per cluster), not sentences.
    """
    nouns = sorted(forms)
    if len(nouns) < 2:
        return {n: n for n in nouns}
    from ..nlp.terms import encode_terms

    # plural surface forms embed closer to their synonyms than bare lemmas do
    vectors = encode_terms([forms[n] for n in nouns])
    sims = vectors @ vectors.T
    joined = UnionFind(len(nouns))
    for i, j in zip(*np.nonzero(np.triu(sims, 1) >= NOUN_SIMILARITY)):
        joined.union(j, i)
    return {n: nouns[joined.find(i)] for i, n in enumerate(nouns)}


def noun_likeness(forms: dict[str, str]):
    """likeness(noun, noun): the MiniLM cosine of two counted nouns' term vectors (their
    commonest surface forms, as ``noun_classes`` embeds them), 0.0 for a noun not in
    ``forms``. Classes join nouns that are one word for one thing on their own (0.8); a
    likeness below that says two nouns may name one thing, which only the figures and their
    sentences can settle (``_named_alike``). The vectors are the cached term vectors the
    classes use, a few per cluster."""
    nouns = sorted(forms)
    if len(nouns) < 2:
        return lambda x, y: 0.0
    from ..nlp.terms import encode_terms

    vectors = dict(zip(nouns, encode_terms([forms[n] for n in nouns])))

    def likeness(x: str, y: str) -> float:
        if x not in vectors or y not in vectors:
            return 0.0
        return float(vectors[x] @ vectors[y])
    return likeness


def counts_people(forms: dict[str, str]) -> set[str]:
    """The counted-noun lemmas that name people ("pirates", "men", "suspects", "victims"):
    their MiniLM term vector is nearer "people"/"person" than "things"/"objects"/"animals" by
    a margin. Two reports that count the same exact number of pirates and of men after one
    event count one group of people; "three cables" and "three lines" name things, whose
    nouns say too little to join them (``_same_kind_renamed``). Animals are no people: against
    things alone, "seals" (clay seals or the animal), "dogs", "horses", "whales" and "cats"
    came out nearer people, and two reports' six seals and six men would be one count."""
    nouns = sorted(forms)
    if not nouns:
        return set()
    from ..nlp.terms import encode_terms

    vectors = encode_terms([forms[n] for n in nouns])
    anchors = encode_terms(["people", "person", "things", "objects", "animals"])
    sims = vectors @ anchors.T
    return {n for n, row in zip(nouns, sims)
            if max(row[0], row[1]) - max(row[2:]) >= PERSON_MARGIN}


def _denies(s: dict) -> bool:
    """Whether a figure is an explicit zero toll ("No one was killed"; read in figure_reading.py)."""
    return s["value"] == 0 and s["event"] in TRACKED and s["noun"] is None


def split_by_size(statements: list[dict]) -> list[list[dict]]:
    """Within one block, figures of very different size are different quantities
    (8 killed by a barrel bomb vs 430,000 in the war), except steps of a casualty toll that
    rises over the story's reports (at least 73, 120, at least 241 dead: each within three
    times the one below it), which annotators and readers hold as one disputed toll. Vague
    lower bounds ("dozens") join the largest group they are compatible with instead of
    bridging groups."""
    firm = sorted((s for s in statements if not s.get("vague") and not _denies(s)),
                  key=lambda s: magnitude(s["value"]))
    groups: list[list[dict]] = []
    for s in firm:
        # a toll rises from report to report (73, 120, 241 dead): each is measured against the
        # last figure below it, so the running count stays one disputed quantity; other
        # figures against the group's smallest, so sizes do not creep from one thing to another
        ref = groups[-1][-1] if groups and s["event"] in TRACKED else groups[-1][0] if groups else None
        if groups and magnitude(s["value"]) <= SAME_QUANTITY_RATIO * max(
                magnitude(ref["value"]), SMALL_FLOOR if s["event"] in TRACKED else 1):
            groups[-1].append(s)
        else:
            groups.append([s])
    for s in statements:
        if _denies(s):  # "No one was killed": the same toll as any count of the dead
            homes = groups
        elif not s.get("vague"):
            continue
        else:
            lo, _ = interval(s["value"], s["qualifier"])
            # "hundreds" is any count in the hundreds: up to the next step of its scale
            top = VAGUE_CEILING if s["qualifier"] == "at least" else SAME_QUANTITY_RATIO
            homes = [g for g in groups if any(magnitude(x["value"]) >= lo and
                                              magnitude(x["value"]) < top * max(lo, 1)
                                              for x in g)]
            if not homes:
                # "dozens injured" in one report, "hundreds injured" in another: lower bounds one
                # step of scale apart, with no firm count between them, bound the same count
                homes = [g for g in groups if all(x.get("vague") for x in g) and any(
                    max(lo, 1) <= VAGUE_STEP * max(magnitude(x["value"]), 1)
                    and magnitude(x["value"]) <= VAGUE_STEP * max(lo, 1) for x in g)]
        # the largest group that can take it (the first on a tie), else a group of its own
        if homes:
            max(homes, key=len).append(s)
        else:
            groups.append([s])
    return groups


def _attribution_key(name: str | None) -> frozenset | None:
    if not name:
        return None
    return frozenset(w[:5] for w in content_words(name))


class _ContextSimilarity:
    """sim(a, b): cosine of the MiniLM embeddings of two figures' sentences. Outside the
    casualty events, the counted noun and unit do not say enough: "held for five days" and
    "seven days of calm are required" count days of different things, and only the sentence
    around each figure tells them apart. Sentences are embedded only when a comparison needs
    them (``prefetch`` batches them), and the Cluster keeps them for other analyses."""

    def __init__(self, cluster, statements: list[dict]):
        self.cluster = cluster
        at = {(t.article, t.text): t.index for t in cluster.sentences}
        for st in statements:
            st["sentence"] = at.get((st["article"], st["text"]))
        self.rows: dict[int, object] = {}
        self.windows: dict[str, object] = {}  # ``words_around`` text -> its vector
        self.usable = cluster.embed is not None

    def prefetch(self, statements) -> None:
        wanted = sorted({st["sentence"] for st in statements
                         if st["sentence"] is not None and st["sentence"] not in self.rows})
        if wanted and self.usable:
            self.rows.update(zip(wanted, self.cluster.embeddings_for(wanted)))

    def __call__(self, a: dict, b: dict) -> float | None:
        if not self.usable or a["sentence"] is None or b["sentence"] is None:
            return None  # a cluster built without an encoder: the counted noun decides
        self.prefetch([a, b])
        return float(self.rows[a["sentence"]] @ self.rows[b["sentence"]])

    def around(self, a: dict, b: dict) -> float | None:
        """Cosine of the words around two figures (``words_around``), None without an
        encoder. A sentence vector stands for everything its sentence says, and a long
        sentence with one figure among many things reads as unlike another report's short one
        about the same figure ("They pinpointed 287 genetic regions linked to the condition",
        "University of edinburgh researchers found 287 genes linked with hair loss ... it turns
        out that ...": 0.52); the few words around each figure say what is counted ("pinpointed
        287 genetic regions linked", "researchers found 287 genes linked with": 0.72)."""
        if not self.usable:
            return None
        wa, wb = words_around(a), words_around(b)
        missing = [w for w in dict.fromkeys((wa, wb)) if w not in self.windows]
        if missing:
            # a figure met in several pairs is encoded once; windows stay out of the term
            # cache (``encode_terms``), which is for the few nouns a process asks for again
            from ..nlp.encoder import get_encoder

            self.windows.update(zip(missing, get_encoder().encode(missing)))
        return float(self.windows[wa] @ self.windows[wb])

    def phrases(self, a: dict, b: dict) -> float | None:
        """Cosine of two figures' counted phrases ("genetic regions", "genes"), each its
        noun where the parse gives no phrase; None without an encoder or a noun."""
        pa, pb = a.get("phrase") or a["noun"], b.get("phrase") or b["noun"]
        if not self.usable or not pa or not pb:
            return None
        from ..nlp.terms import encode_terms

        va, vb = encode_terms([pa, pb])  # short noun phrases: the cached term vectors
        return float(va @ vb)


# words each side of a figure's expression that ``words_around`` keeps
AROUND_WORDS = 3


def words_around(s: dict) -> str:
    """A figure's expression with up to ``AROUND_WORDS`` words each side of it in its
    sentence (its first place there), or the sentence where the expression is not found."""
    text, expression = s["text"], s["expression"]
    at = text.lower().find(expression.lower())
    if at < 0:
        return text
    left = text[:at].split()[-AROUND_WORDS:]
    right = text[at + len(expression):].split()[:AROUND_WORDS]
    return " ".join([*left, expression, *right])


def context_similarity(cluster, statements: list[dict]) -> _ContextSimilarity:
    return _ContextSimilarity(cluster, statements)


def same_quantity(a: dict, b: dict, similar, threshold: float) -> bool:
    """Whether two figures of one block count the same thing: never when their scopes differ
    (see ``scope_conflict``), else always for casualty events (the event and the counted
    noun say it), else when they are not about two different places and their sentences say
    the same."""
    if scope_conflict(a, b):
        return False
    if a["event"] in TRACKED and a["event"] == b["event"]:
        return True
    if a.get("measured") and b.get("measured") and a["event"] == b["event"]:
        return True  # "the 16-hour flight", "the 15-hour flight": the length of one flight
    if one_vote(a, b):
        return True  # "220-to-190" and "222-190": the 190 against tell one vote
    if other_places(a, b):
        return False
    if dated_alike(a, b):
        return True
    value = similar(a, b)
    return value is None or value >= threshold


def dated_alike(a: dict, b: dict) -> bool:
    """Whether two reports name one counted thing in the same words and date it to the same
    month or year ("The Senate last month approved ... on a 94-1 vote" in a report of May 18,
    "It passed the Senate 92-6 in April"): the date says which time's figure each gives,
    which the rest of two differently built sentences need not say alike (their sentence
    cosine was 0.43), so the two values are one quantity, agreed or disputed."""
    when_a, when_b = (a.get("scope") or {}).get("when"), (b.get("scope") or {}).get("when")
    return bool(when_a and when_b and when_a & when_b and a["article"] != b["article"]
                and a.get("phrase") and (a.get("phrase") or "").lower() == (b.get("phrase") or "").lower())


def _merge_threshold(a: dict, b: dict) -> float:
    """How alike two figures' sentences must be to join their blocks: less when two reports
    give the very same count of the same thing with the same hedge ("deteriorated for 10
    days", "kept him bedridden for 10 days"; "at least six months" of counselling in two
    reports), which seldom happens by chance for two quantities (hedged values since the
    thirteenth session: tuning 122/132 -> 123/133 right/shown, validation unchanged)."""
    if a["qualifier"] == b["qualifier"] and a["value"] == b["value"] \
            and not isinstance(a["value"], list) and a["value"] > 2:
        return SAME_VALUE_SIMILARITY
    return MERGE_SIMILARITY


def _joins(a: dict, b: dict, similar) -> bool:
    """Whether two reports' figures of one counted thing and unit under different verbs are
    one quantity: figures that can both be true and whose sentences say the same, or two
    that cannot, close in size, whose sentences say the same as closely as a dispute needs
    ("ranks below 9 other comparable wealthy countries", "when set against 8
    other northern, wealthy countries")."""
    if a.get("measured") and b.get("measured") and a["event"] != b["event"]:
        # "a four-year review" and "a 10-year risk" measure two things; the same length
        # of two things named two ways in sentences that say the same is one ("a
        # 30-minute video about kony's group", "a 30-minute youtube film critical of
        # ugandan warlord joseph kony")
        value = similar(a, b)
        return _one_exact_count(a, b) and value is not None and value >= DISPUTE_SIMILARITY
    if figures_compatible([a, b]):
        return same_quantity(a, b, similar, _merge_threshold(a, b))
    lo, hi = sorted((magnitude(a["value"]), magnitude(b["value"])))
    return hi <= SAME_QUANTITY_RATIO * max(lo, 1e-9) and \
        same_quantity(a, b, similar, DISPUTE_SIMILARITY)


def _one_exact_count(a: dict, b: dict) -> bool:
    """Whether two figures give the same exact count, not a small one: what lets figures under
    two counted nouns be compared at all (``_same_count_renamed``, ``_same_kind_renamed``)."""
    return a["qualifier"] == "exact" and b["qualifier"] == "exact" \
        and not isinstance(a["value"], list) and a["value"] == b["value"] \
        and a["value"] >= RENAMED_MIN


def _same_count_renamed(a: dict, b: dict, similar, places: dict[str, str]) -> bool:
    """Whether two reports' figures under different counted nouns are one count: the same
    exact value (three or more), credited to the same named source or, where a report names
    none, under the same event verb, in sentences that say the same as closely as a dispute
    needs ("Oceanwatch said ... the four Oslo offices of the oil firm Norsk", "Oceanwatch
    said ... Norsk's four head offices"; "three undersea cables ... were
    damaged", "Three cable systems ... have been damaged, according to Interoute"). A report
    names a thing its own way; the source or the verb, the value and the sentence say it is
    the same thing. A round or hedged figure, two different sources' figures, or an
    unattributed one with no event are not joined: the same small number under two nouns is
    most often two things."""
    if not _one_exact_count(a, b):
        return False
    va, vb = voice_key(a["attributed_to"], places), voice_key(b["attributed_to"], places)
    if va and vb and va != vb:
        return False
    if not (va and vb) and (a["event"] is None or a["event"] != b["event"]):
        return False
    return same_quantity(a, b, similar, DISPUTE_SIMILARITY) and similar(a, b) is not None


def _one_in(s: dict) -> bool:
    """A figure read from "one in three adults": a share of a group, not a count of it."""
    return re.search(rf"\b(?:one|1)\s+in\s+{re.escape(s['expression'])}\b", s["text"], re.I) is not None


def _vague_renamed(a: dict, b: dict, similar, people: set[str]) -> bool:
    """Whether two reports' vague counts of people under two nouns ("thousands of people",
    "tens of thousands of tenants") after the same event are one count: both nouns name
    people, the bounds are one step of the vague scale apart at most, nothing sets them
    apart, and the sentences say the same as closely as joining two blocks asks."""
    if not (a.get("vague") and b.get("vague") and a["noun"] in people and b["noun"] in people):
        return False
    lo, hi = sorted((magnitude(a["value"]), magnitude(b["value"])))
    if hi > VAGUE_STEP * max(lo, 1) or not linkable(a, b):
        return False
    value = similar(a, b)
    return value is not None and value >= MERGE_SIMILARITY


def _one_count_hedged(a: dict, b: dict) -> bool:
    """Whether two figures give one count of people, not a small one, exact or told as about
    that value ("a study of 105,000 people", "nearly 105,000 adults"; fresh text, seed 64): a
    report rounds a count its own way, and the same value once exact and once approximate is
    as much one count as two exact ones. A bound is not: "congregations of up to 1,000
    people" is what a church holds, "the 1,000-member church" who belongs (T11); with any
    hedge that can hold, that pair was joined and lost the tuning group. Vague amounts
    ("thousands") and ranges are not compared. Measured in one process, hedge on and off:
    tuning 218/238 -> 218/237 right/shown, validation 127/154 -> 128/155."""
    if a.get("vague") or b.get("vague") or isinstance(a["value"], list) \
            or isinstance(b["value"], list) or a["value"] != b["value"] or a["value"] < RENAMED_MIN:
        return False
    return {a["qualifier"], b["qualifier"]} <= {"exact", "about"}


def _same_kind_renamed(a: dict, b: dict, similar, people: set[str]) -> bool:
    """Whether two reports' figures under different counted nouns are one count of people:
    the same value (three or more; exact, or about it: ``_one_count_hedged``) of nouns that
    both name people ("17 pirates", "23 men"; ``counts_people``) or of which one holds the
    other's noun in its phrase ("suspects", "suspected pirates"), after the same event ("were
    arrested", "were arrested") or in sentences that say the same, with no scope or place
    setting them apart. The same count of people in two reports of one story is seldom two
    groups."""
    if not (_one_count_hedged(a, b) and a["noun"] and b["noun"]):
        return False
    if not (a.get("plural") and b.get("plural")) or _one_in(a) or _one_in(b):
        return False  # "the No. 3 ad" ranks an ad; "one in three adults" is a share
    inside = a["noun"] in (b["phrase"] or "").lower().split() or \
        b["noun"] in (a["phrase"] or "").lower().split()
    if not inside and not (a["noun"] in people and b["noun"] in people):
        return False
    if not linkable(a, b):  # no scope or place sets them apart
        return False
    if a["event"] is not None and a["event"] == b["event"]:
        return True
    if a["event"] in TRACKED and b["event"] in TRACKED:
        # "killed three law officers and wounded three others": the dead and the wounded
        # are two sets of people, however alike the sentences that count them
        return False
    value = similar(a, b)
    return value is not None and value >= RENAMED_SIMILARITY


def _modifiers(s: dict) -> set[str]:
    """The words the parse hung on a figure's counted noun as modifiers ("witness" of "143
    witness interviews", "anthropogenic" of "anthropogenic methane"): the counted phrase
    without its head."""
    words = (s["phrase"] or "").lower().split()
    return {w for w in words[:-1] if w.replace("-", "").isalpha() and len(w) > 2}


def _may_both_hold(a: dict, b: dict) -> bool:
    """Whether two figures named by two counted nouns can be one count: neither small (a small
    count under another noun is as likely another thing) and values that can both be true."""
    return min(magnitude(a["value"]), magnitude(b["value"])) >= RENAMED_MIN and \
        figures_compatible([a, b])


def _modified_alike(a: dict, b: dict, similar) -> bool:
    """Whether two reports' figures under different counted nouns are one quantity because
    the thing counted is qualified the same way: a modifier of the counted noun in common
    ("143 witness interviews", "almost 150 witness statements"), values that can both be
    true and not small, and no scope or place setting them apart. The noun is the word a
    report chooses; the modifier says which things are counted, and two reports seldom give
    the same or compatible count of two different things qualified alike."""
    if not (_modifiers(a) & _modifiers(b)):
        return False
    if not _may_both_hold(a, b):
        return False
    return same_quantity(a, b, similar, MERGE_SIMILARITY) and similar(a, b) is not None


def _named_alike(a: dict, b: dict, similar) -> bool:
    """Whether two reports' figures under two counted nouns alike in meaning (``NOUN_ALIKE``:
    "five videos" and "the five clips", "Millions of people" and "Millions of web users") are
    one quantity: both nouns plural (a count of three or more is written with a plural; "the
    No. 3 ad" ranks an ad), values that can both be true and not small, not a "one in N"
    share, and sentences that say the same as closely as a verb join needs
    (``MERGE_SIMILARITY``), with no scope or place setting them apart. Near nouns and agreeing
    figures in sentences about one thing are one count named two ways; the sentence is what
    tells "three cables" from "three lines" of another story."""
    if not (a.get("plural") and b.get("plural")) or _one_in(a) or _one_in(b):
        return False
    if not _may_both_hold(a, b):
        return False
    value = similar(a, b)
    return value is not None and value >= MERGE_SIMILARITY and \
        same_quantity(a, b, similar, MERGE_SIMILARITY)


def _stated_alike(a: dict, b: dict, similar) -> bool:
    """Whether two reports' figures under two counted nouns are one stated figure: the same
    value or range (not a vague amount, not small), hedged or not so long as the hedges can both
    hold (a hedge is how a report writes a figure; measured on the gold as it was before the
    sports ruling re-marked the game reports, right/shown: the same value with the same hedge
    only, validation 121/150 and tuning 193/213; any compatible hedge, 122/151 and 192/212;
    ranges too, 123/152 and 192/212), in sentences that say the same as closely as a dispute
    needs (``DISPUTE_SIMILARITY``), with no scope or place setting them apart ("The Herald
    reporters spoke to more than 40 sources over the course of their inquiry", "The Herald
    interviewed more than 40 people in reporting its story"; a T12 story). The noun a report
    counts by is its own choice of word, which the other joins ask to be alike in meaning, a
    person, or qualified alike; the same figure told in sentences that say the same is evidence
    of one quantity that does not depend on the word. "thousands of families without power" and
    "thousands of buildings" share a vague amount, not a figure, and are not compared."""
    if not linkable(a, b) or _one_in(a) or _one_in(b):
        return False
    if not figures_compatible([a, b]):
        return False  # "more than 30" and "fewer than 30" bound two things
    value = similar(a, b)
    # a sum that names nothing but its currency ("Bail was set at $ 310,000") is no other
    # thing than the one another report names ("held on $ 310,000 bail"): the nouns do not
    # differ, one is missing, and the sentences need say the same only as a verb join asks
    needed = MERGE_SIMILARITY if names_only_its_currency(a) or names_only_its_currency(b) \
        else DISPUTE_SIMILARITY
    if value is None:
        return False
    return value >= needed or (value >= RENAMED_SIMILARITY and told_around_alike(a, b, similar))


def told_around_alike(a: dict, b: dict, similar) -> bool:
    """Whether the words around two reports' same figure say it counts one thing: the few
    words each side of each (``_ContextSimilarity.around``) at least ``AROUND_SIMILARITY``
    alike and the counted phrases at least ``AROUND_PHRASES`` alike ("pinpointed 287 genetic
    regions linked", "found 287 genes linked with"; "a $ 2.2 billion ivanpah solar
    installation", "the $ 2.2 billion ivanpah solar electric generating system"), in
    sentences not unrelated (``RENAMED_SIMILARITY``). Counted on 1,000
    Multi-News train clusters (``bench/noun_split_shapes.py``, bench/noun_pair_marks.txt):
    of 81 values two reports state under two nouns that no shown group held, read by hand,
    37 were one quantity; the sentences' cosine does not tell them apart (0.5 to 0.6: 13 one
    quantity, 4 two), the words around the figures do better (0.6 and up: 12 of 15; of one
    unit and not vague 8 of 10), and with phrases alike at 0.3 all 7 left were one quantity;
    the two the phrases keep out are a parse's noun that is no counted thing ("a 401 ( k )",
    "play that three times before"). On the next 1,000 clusters (94 such values), the 3 pairs
    at 0.6 and 0.3 were one quantity too ("three mobsters", "three mob hits")."""
    around = similar.around(a, b)
    if around is None or around < AROUND_SIMILARITY:
        return False
    phrases = similar.phrases(a, b)
    return phrases is not None and phrases >= AROUND_PHRASES


def names_only_its_currency(s: dict) -> bool:
    """Whether a sum's counted noun is its currency ("$ 10,000", read as 10,000 "dollars"):
    the reading gives a sum that counts no named thing its currency for a noun."""
    return s["unit"].startswith("money:") and s["noun"] is not None \
        and s["unit"] == "money:" + s["noun"].rstrip("s")


# the counted nouns of a pair's two sides (``figure_reading._SIDES``): a tally's votes for and
# against, a record's wins and losses
_SIDE_NOUNS = {VOTE_FOR: VOTE_AGAINST, VOTE_AGAINST: VOTE_FOR, "win": "loss", "loss": "win"}


def opposed(noun_class: str | None, other: str | None) -> bool:
    """Whether two counted-noun classes are the two sides of one pair ("50-50": 50 votes for,
    50 against). They are two quantities even where their values agree and their sentences
    are one sentence, which is what the joins below read as one figure stated twice (T46's
    "voted 50-50" and "by a tally of 50-50" showed one group of votes for and lost the
    votes against)."""
    return _SIDE_NOUNS.get(noun_class or "") == other


def merge_blocks(blocks: dict[tuple, list[dict]], similar,
                  places: dict[str, str] | None = None, nouns_alike=None) -> dict[tuple, list[dict]]:
    """Join blocks of one counted thing and unit whose verbs differ ("closed for four days",
    "four days of closures") when figures of two articles agree and their sentences say the
    same, and blocks of one event and unit whose counted nouns differ when two reports give
    one source's same exact count (``_same_count_renamed``: "three London bases", "three
    headquarters") or compatible counts of a thing qualified alike (``_modified_alike``: "143
    witness interviews", "almost 150 witness statements"), and blocks of one unit whose
    counted nouns are alike in meaning (``nouns_alike``, see ``noun_likeness``) when two
    reports' figures under them agree in sentences that say the same (``_named_alike``: "five
    videos", "the five clips"), and blocks of one unit when two reports state the same figure
    in sentences that say the same as closely as a dispute needs (``_stated_alike``: "more
    than 30 sources", "more than 30 people"); casualty blocks stay as they are."""
    keys = [k for k in blocks if k[0] not in TRACKED]
    index = {k: i for i, k in enumerate(keys)}
    joined = UnionFind(len(keys))

    def find(k):
        return keys[joined.find(index[k])]

    def join_pairs(indexed: dict[tuple, list[tuple[tuple, dict]]], one_quantity) -> None:
        # two figures of one index entry, under two counted nouns and from two articles,
        # join their blocks when ``one_quantity`` says they count one thing
        for members in indexed.values():
            for i, (k1, a) in enumerate(members):
                for k2, b in members[i + 1:]:
                    if k1[1] != k2[1] and find(k1) != find(k2) and a["article"] != b["article"] \
                            and not opposed(k1[1], k2[1]) and one_quantity(a, b):
                        joined.union(index[k1], index[k2])

    by_thing: dict[tuple, list[tuple]] = defaultdict(list)
    for k in keys:
        by_thing[(k[1], k[2])].append(k)
    similar.prefetch([st for ks in by_thing.values() if len(ks) > 1 for k in ks
                      for st in blocks[k][:MAX_COMPARED]])
    for ks in by_thing.values():
        for i, k1 in enumerate(ks):
            for k2 in ks[i + 1:]:
                if find(k1) == find(k2):
                    continue
                if any(a["article"] != b["article"] and _joins(a, b, similar)
                       for a in blocks[k1][:MAX_COMPARED] for b in blocks[k2][:MAX_COMPARED]):
                    joined.union(index[k1], index[k2])
    # the same count under two nouns: only figures that can meet (same exact value and
    # named source in two articles) are compared, so this stays cheap on a large cluster
    by_count: dict[tuple, list[tuple[tuple, dict]]] = defaultdict(list)
    for k in keys:
        for st in blocks[k][:MAX_COMPARED]:
            if st["qualifier"] == "exact" and (st["attributed_to"] or st["event"]) and st["noun"] \
                    and not isinstance(st["value"], list):
                by_count[(k[0], k[2], st["value"])].append((k, st))
    join_pairs(by_count, lambda a, b: _same_count_renamed(a, b, similar, places or {}))
    # the same thing qualified alike under two nouns ("witness interviews", "witness
    # statements"): only figures of one unit sharing a modifier are compared
    by_modifier: dict[tuple, list[tuple[tuple, dict]]] = defaultdict(list)
    for k in keys:
        for st in blocks[k][:MAX_COMPARED]:
            for word in _modifiers(st):
                by_modifier[(k[2], word)].append((k, st))
    join_pairs(by_modifier, lambda a, b: _modified_alike(a, b, similar))
    # one stated figure under two nouns: only figures of one unit and value are compared
    by_stated: dict[tuple, list[tuple[tuple, dict]]] = defaultdict(list)
    for k in keys:
        for st in blocks[k][:MAX_COMPARED]:
            if st["noun"] and not st.get("vague") and magnitude(st["value"]) >= RENAMED_MIN:
                v = st["value"]
                # a range of a count meets another report's figure at either of its ends too
                # ("300 to 400 bodies", "as many as 300 people"): the range is one estimate of
                # the count. A range of prices is as often the span of several things' prices
                # ("the 15-inch models are priced between $1799 and $2199"), each end the price
                # of another (T13's laptops), and meets only the same range
                ends = [*v] if isinstance(v, list) and k[2] == "count" else []
                for value in ([tuple(v), *ends] if isinstance(v, list) else [v]):
                    by_stated[(k[2], value)].append((k, st))
    similar.prefetch([st for members in by_stated.values() if len({k[1] for k, _ in members}) > 1
                      for _, st in members])
    join_pairs(by_stated, lambda a, b: _stated_alike(a, b, similar))
    # nouns alike in meaning: only the figures of noun pairs near enough are compared
    if nouns_alike is not None:
        by_noun: dict[tuple, list[tuple[tuple, dict]]] = defaultdict(list)
        for k in keys:
            for st in blocks[k][:MAX_COMPARED]:
                if st["noun"] and st.get("plural"):
                    by_noun[(k[2], st["noun"])].append((k, st))
        units: dict[str, list[str]] = defaultdict(list)
        for unit, noun in by_noun:
            units[unit].append(noun)
        near = {(unit, x, y): by_noun[(unit, x)] + by_noun[(unit, y)]
                for unit, nouns in units.items() for i, x in enumerate(nouns) for y in nouns[i + 1:]
                if nouns_alike(x, y) >= NOUN_ALIKE}
        join_pairs(near, lambda a, b: _named_alike(a, b, similar))
    out: dict[tuple, list[dict]] = defaultdict(list)
    for k, block in blocks.items():
        out[find(k) if k in index else k].extend(block)
    return out


def people_renamed(blocks: dict[tuple, list[dict]], similar, people: set[str],
                    copies: dict[str, str]) -> None:
    """Join the blocks of two counted nouns when two independent reports give one count of
    people under them (``_same_kind_renamed``: "10 others were wounded", "7 people were
    hurt"), casualty blocks included. The whole blocks join, not the two figures alone:
    once one exact count says the two nouns name one set of people, the story's other counts
    of them (a hedged "at least", an earlier or later count) are counts of that set too, and
    the size split and the status rules that follow keep different quantities apart. Moving
    only the two figures was measured too: it found no group more on V, X or Y and lost one
    on V with the linker (docs/measurements.md, figures tenth round)."""
    by_value: dict[tuple, list[tuple[tuple, dict]]] = defaultdict(list)
    for k, block in blocks.items():
        for st in block[:MAX_COMPARED]:
            if st["qualifier"] in ("exact", "about") and st["noun"] and not st.get("vague") \
                    and not isinstance(st["value"], list) and st["value"] >= RENAMED_MIN:
                by_value[(k[2], st["value"])].append((k, st))
            elif st.get("vague") and st["noun"] in people and st["event"] is not None:
                # "could affect thousands of workers", "could affect tens of thousands of
                # tenants": vague counts of people after one event, told alike
                by_value[(k[2], "vague", st["event"])].append((k, st))
    if not any(len(m) > 1 for m in by_value.values()):
        return
    # each figure joins once; the block fewer articles count joins the other's, whose key
    # (event, noun class) names the joined block
    spread = {k: len({st["article"] for st in block}) for k, block in blocks.items()}
    used: set[int] = set()
    joined: list[tuple[tuple, tuple]] = []
    for members in by_value.values():
        for i, (k1, a) in enumerate(members):
            for k2, b in members[i + 1:]:
                if k1[1] == k2[1] or opposed(k1[1], k2[1]) or a["article"] == b["article"] or id(a) in used \
                        or id(b) in used or independent([a["article"], b["article"]], copies) < 2 \
                        or not (_same_kind_renamed(a, b, similar, people)
                                or _vague_renamed(a, b, similar, people)):
                    continue
                (src, st), dst = ((k2, b), k1) if spread[k1] >= spread[k2] else ((k1, a), k2)
                used.add(id(st))
                joined.append((src, dst))
    keys = list(blocks)
    index = {k: i for i, k in enumerate(keys)}
    union = UnionFind(len(keys))
    for src, dst in joined:
        union.union(index[dst], index[src])
    for k in keys:
        root = keys[union.find(index[k])]
        if root != k:
            blocks[root].extend(blocks[k])
            blocks[k] = []
    for k in [k for k, block in blocks.items() if not block]:
        del blocks[k]


def beside_the_toll(blocks: dict[tuple, list[dict]], similar) -> None:
    """Move a figure whose parse gives no event ("about 40 percent of the 2,753 victims in the
    new york attacks", "in the wake of death of at least 717 people") into the casualty block
    where another report counts the same thing, unit and value after a casualty event ("all
    2,753 victims who died", "at least 717 people died"), with the same hedge (or exact and
    "about"), not small, not vague, no scope or place setting them apart, in sentences that
    say the same as closely as a count of people under two nouns needs
    (``RENAMED_SIMILARITY``). ``merge_blocks`` leaves casualty blocks as they are, so a report
    that names the dead without a verb of dying never met the toll. Only the figure moves, not
    its block: the block's other figures with no event count other things of that noun. Two of
    the values two reports of the seed-106 group draw read and no shown group held (717 dead,
    2,753 victims); in 1,000 Multi-News train clusters (``bench/noun_split_shapes.py``) two
    values more held, both one quantity ("40 paratroopers were on board. All of them died" /
    "40 paratroopers killed"; three teens), no group lost; a move of figures under any verb
    but a casualty one (0.3 or 0.5) showed a wrong tuning group more."""
    tolls: dict[tuple, list[tuple[tuple, dict]]] = defaultdict(list)
    for k, block in blocks.items():
        if k[0] in TRACKED:
            for st in block[:MAX_COMPARED]:
                if not isinstance(st["value"], list) and not st.get("vague"):
                    tolls[(k[1], k[2], st["value"])].append((k, st))
    if not tolls:
        return
    moves = []
    for k, block in blocks.items():
        if k[0] is not None or k[1] is None:
            continue
        for st in block:
            if isinstance(st["value"], list) or st["value"] < RENAMED_MIN or st.get("vague"):
                continue
            for k2, t in tolls.get((k[1], k[2], st["value"]), ()):
                hedges = {t["qualifier"], st["qualifier"]}
                if t["article"] == st["article"] or not linkable(st, t) \
                        or not (len(hedges) == 1 or hedges <= {"exact", "about"}):
                    continue
                value = similar(st, t)
                if value is not None and value >= RENAMED_SIMILARITY:
                    moves.append((k, st, k2))
                    break
    for k, st, k2 in moves:
        blocks[k] = [x for x in blocks[k] if x is not st]
        blocks[k2].append(st)
    for k in [k for k, block in blocks.items() if not block]:
        del blocks[k]


def counts_only_its_unit(s: dict) -> bool:
    """Whether a figure names nothing it counts but its unit: "16 hours", "more than $30,000",
    "30 seconds", not "a 90-day stay" or "143 witness interviews", no casualty and no measure
    of length or weight. Its block key (the verb and the unit) is then all that puts it
    beside another report's figure."""
    kind = s["unit"].split(":", 1)[0]
    if kind not in ("money", "duration") or s["event"] in TRACKED or s.get("measured"):
        return False
    phrase = (s["phrase"] or "").lower()
    return not phrase or phrase in {s["noun"], s.get("surface")}


def told_alike(a: dict, b: dict, similar) -> bool:
    """Whether two reports' figures that count nothing but their unit are told of one thing:
    their sentences are at least ``UNIT_ONLY_SIMILARITY`` alike, or, for the very same value
    and hedge, as alike as joining two blocks asks (``_merge_threshold``). "It may take 2-6
    hours for the update to install" and "The crossing took the rowers 40 days" (0.15) share
    a verb and a unit and nothing else, and were shown as one agreed quantity. A figure that
    names what it counts, a casualty and a measure (whose role, a depth or a distance from a
    place, keys it already) are left to their blocks, as before."""
    if not (counts_only_its_unit(a) and counts_only_its_unit(b)):
        return True
    value = similar(a, b)
    return value is None or value >= min(UNIT_ONLY_SIMILARITY, _merge_threshold(a, b))


def linkable(a: dict, b: dict) -> bool:
    """Whether two reports' figures of one block (same event, counted thing and unit) may be
    one quantity: their scopes agree (see ``scope_conflict``) and they are not about two
    places. Values far apart stay linked: a running toll (23 early, 247 later) is one
    disputed count, and a lower bound agrees with any larger figure."""
    if scope_conflict(a, b):
        return False
    return not other_places(a, b)


def merge_repeats(statements: list[dict], classes: dict[str, str]) -> None:
    """One article giving one figure (value, qualifier, source, counted-noun class) twice is
    one figure, even when the parser hung the two sentences on different verbs (a video
    caption's "rob more than 300 homes Replay" read "Replay" as the verb). The repeats take
    one event so they land in one group: the casualty-style event if one of them has it,
    else the first one read. Two different tracked events (62 killed, 62 wounded) stay two
    figures."""
    tracked = set(EVENTS.values())
    events: dict[tuple, list] = defaultdict(list)

    def key(s):
        value = s["value"]
        return (s["article"], tuple(value) if isinstance(value, list) else value,
                s["qualifier"], _attribution_key(s["attributed_to"]), classes[s["noun"]])

    counted = [s for s in statements if s["noun"]]
    for s in counted:
        events[key(s)].append(s["event"])
    for s in counted:
        seen = events[key(s)]
        preferred = next((e for e in seen if e in tracked), seen[0])
        if s["event"] != preferred and s["event"] not in tracked:
            s["event"] = preferred
