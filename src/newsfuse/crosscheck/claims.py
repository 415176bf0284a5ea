"""Figures the reports give, who gives them, and where the reports disagree.

A death toll is the figure readers most need checked and the one reports most often
disagree on. Each figure is read from the parse (the number, the noun it counts, the event
word such as "killed", and who the sentence credits), then figures about the same counted
thing and event are grouped across articles. A group is disputed when no single true count
could satisfy every figure in it: "at least 62" and "83" can both hold, "62" and "83" cannot.

The hand rules block figures by (event, counted-noun class), so a 200-article cluster compares
figures only with figures about the same kind of thing, never every sentence with every other.
Their grouping is one piece of evidence for the learned linker (links.py), which decides which
figures of two reports are one quantity; the rules' groups stand alone only past its pair limit.

This module is the section's entry point (``find_claims``): it prepares the statements, asks
for the rule grouping and renders the table. The parts live apart, one idea a module:
figure_reading.py (statements from sentences; figure_measures.py for units, figure_scope.py
for place and time), figure_blocks.py (which figures may be one quantity) and
figure_status.py (agreed, disputed or single).
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict

from . import worth
from .events import EVENTS, TRACKED
from .figure_blocks import (MAX_COMPARED, beside_counted, beside_the_toll, context_similarity, counts_people,
                            merge_blocks, merge_repeats, noun_classes, noun_likeness, people_renamed,
                            split_by_size, tolls_told)
from .figure_measures import MEASURES, to_metric
from .figure_reading import read_statements
from .figure_scope import place_key, places_named
from .figure_status import dated_apart, placed_elsewhere, singles, statuses, supported, twins_apart
from .names import cluster_places, names_of, voice_key
from .numbers import magnitude
from .quotes import independent

MAX_BLOCK = 2000
QUALIFIER_ORDER = {"exact": 0, "about": 1, "at least": 2, "at most": 3, "range": 4}


def _names_place(about: str, place: str) -> bool:
    """Whether the words that say what a figure counts name its place already ("Indiana-based
    companies"), which "(Indiana)" after them would only repeat."""
    return re.search(rf"(?<![\w]){re.escape(place)}(?![\w])", about, re.IGNORECASE) is not None


def _display_values(group: list[dict], copies: dict[str, str], places: dict[str, str],
                    order: dict[str, int], figures_in: Counter) -> list[dict]:
    """One entry per figure and voice, with every article that carries it.

    Statements with the same value and qualifier merge when their sources are one voice
    (see ``voice_key``). An unattributed statement of a figure joins the attributed entry of
    that figure carried by the most reports (earliest on a tie); its own source stays
    visible in ``voices`` as null, so nothing is credited to a name the sentence does not
    give. A weaker qualifier ("at least 62" vs "62") is a different entry, sorted next to it.
    """
    by_figure: dict[tuple, dict] = {}
    for s in group:
        value = s["value"]
        fig = (tuple(value) if isinstance(value, list) else value, s["qualifier"])
        voices = by_figure.setdefault(fig, {})
        voices.setdefault(voice_key(s["attributed_to"], places), []).append(s)

    def first(members):
        return min(order.get(m["article"], 0) for m in members)

    def spread(members):
        return len({m["article"] for m in members})

    out = []
    for voices in by_figure.values():
        unattributed = voices.pop(None, [])
        entries = [members for _, members in sorted(voices.items(), key=lambda kv: first(kv[1]))]
        if unattributed and entries:
            target = max(entries, key=lambda m: (spread(m), -first(m)))
            entries[entries.index(target)] = target + unattributed
        elif unattributed:
            entries.append(unattributed)
        for members in entries:
            out.append(_merged_entry(members, copies, places, order, figures_in))
    out.sort(key=lambda v: (magnitude(v["value"]), QUALIFIER_ORDER.get(v["qualifier"], 9),
                            -len(v["articles"]), order.get(v["articles"][0], 0)))
    return out


def _merged_entry(members: list[dict], copies, places, order, figures_in: Counter) -> dict:
    members = sorted(members, key=lambda m: order.get(m["article"], 0))
    names = Counter(m["attributed_to"] for m in members if m["attributed_to"])
    articles = sorted({m["article"] for m in members}, key=lambda a: order.get(a, 0))
    # the clearest sentence: one that names the source, carries fewest other figures, is short
    best = min(members, key=lambda m: (m["attributed_to"] is None,
                                       figures_in[(m["article"], m["text"])], len(m["text"])))
    entry = {"value": best["value"], "qualifier": best["qualifier"],
             "expression": best["expression"], "text": best["text"],
             "attributed_to": names.most_common(1)[0][0] if names else None,
             "articles": articles, "independent": independent(articles, copies)}
    texts = list(dict.fromkeys(m["text"] for m in members if m["text"] != best["text"]))
    if texts:
        entry["texts"] = texts
    voices: dict = {}
    for m in members:
        key = voice_key(m["attributed_to"], places)
        v = voices.setdefault(key, {"attributed_to": m["attributed_to"], "articles": []})
        if m["article"] not in v["articles"]:
            v["articles"].append(m["article"])
    if len(voices) > 1:  # who says it where, when an unattributed report joined a named one
        entry["voices"] = list(voices.values())
    return entry


class _Context:
    """What grouping and display read besides the figures themselves, built once per cluster
    by ``prepared_statements``: the name resolver, the place folding of voices, article order, how many
    figures each sentence carries, the counted-noun classes, the nouns that count people, how
    alike two counted nouns are in meaning and the sentence similarity."""

    def __init__(self, cluster, names, places, order, figures_in, classes, similar, people,
                 nouns_alike=None):
        self.cluster, self.names, self.places, self.order = cluster, names, places, order
        self.figures_in, self.classes, self.similar = figures_in, classes, similar
        self.people, self.nouns_alike = people, nouns_alike


def prepared_statements(cluster) -> tuple[list[dict], _Context]:
    """The cluster's figure statements, ready to be grouped: read from the parse
    (``read_statements``), one spelling per source, lengths made metric, sentences that list
    figures place by place marked, one article's repeats given one event, lengths keyed by
    their role. Rule grouping and the learned linker (``links.py``) both start here, so the
    linker is trained on the very statements it later links."""
    names = names_of(cluster)
    statements = read_statements(cluster, names)
    statements = beside_counted(statements, context_similarity(cluster, statements))
    tolls_told(statements)
    for i, s in enumerate(statements):
        s["seq"] = i  # reading order: an article's first figure of a quantity is its own
    for s in statements:  # "52 percent in Egypt": the percent sign is no counted thing
        if s["unit"] == "percent" and s["noun"] in ("percent", "%", "cent", "per"):
            s["noun"] = s["surface"] = s["phrase"] = None
    to_metric(statements)
    spelling = names.one_spelling(s["attributed_to"] for s in statements)
    for s in statements:
        if s["attributed_to"]:
            s["attributed_to"] = spelling[s["attributed_to"]]
    places = cluster_places(cluster)
    by_sentence: dict[tuple, set] = defaultdict(set)
    for s in statements:
        if s.get("place"):
            by_sentence[(s["article"], s["text"], s["unit"])].add(place_key(s["place"]))
    for s in statements:  # the sentence lists figures of one unit place by place
        s["listed"] = len(by_sentence.get((s["article"], s["text"], s["unit"]), ())) > 1
    order = {a.id: i for i, a in enumerate(cluster.articles)}
    figures_in = Counter((s["article"], s["text"]) for s in statements)
    surfaces: dict[str, Counter] = defaultdict(Counter)
    for s in statements:
        if s["noun"]:
            surfaces[s["noun"]][s["surface"]] += 1
    forms = {n: c.most_common(1)[0][0] for n, c in surfaces.items()}
    classes = noun_classes(forms)
    people = counts_people(forms)

    merge_repeats(statements, classes)
    dimensions = dict(MEASURES.values())
    lengths = [s for s in statements
               if s["unit"].startswith("measure:") and dimensions.get(s["noun"]) == "length"]
    unplaced = [s for s in lengths if not _placed(s.get("role"))]
    # a length with no role takes another report's; a distance from no named place is told
    # only by the reports that name no place either ("40 miles east of the capital" is not
    # measured from the Port Harlow another report names)
    told = {id(s): told_role(s, lengths if not s.get("role") else unplaced) for s in unplaced}
    for s in lengths:
        # a length is one quantity only with another of the same role: a depth with a depth,
        # a distance with a distance from the same place ("100 km northeast of Rome");
        # one whose role neither the parse nor another report gives is compared with no
        # other report's
        role = (s.get("role") if _placed(s.get("role")) else None) or told.get(id(s)) or s.get("role")
        if role and role[0] == "distance":
            key = place_key(role[1]) if role[1] else None
            s["unit"] += "@distance:" + key if key else "@" + s["article"]
        elif role:
            s["unit"] += "@" + role[0]
        else:
            s["unit"] += "@" + (place_key(s.get("place")) or s["article"])
    similar = context_similarity(cluster, statements)
    return statements, _Context(cluster, names, places, order, figures_in, classes, similar, people,
                                noun_likeness(forms))


# the smallest whole length whose exact value another report's figure of the same unit tells
# the role of: below it, one number of feet or miles in two reports is as often two lengths
TOLD_ROLE_MIN = 10


def _placed(role) -> bool:
    """Whether a length's role says what it measures: any role but a distance from no named
    place ("bails out 25,000 feet above simi valley", "a distance of nearly 29,000 miles"). A
    distance from nowhere keys no place, so it was keyed by its article and met no other
    report's, even where every report gives the same exact length, and a length with no role
    that took the role from it was keyed by its own article too; it is told by the reports
    that name no place as a length with no role is (``told_role``). In 1,000 Multi-News train clusters
    (``bench/noun_split_shapes.py``), 18 of 199 values two reports read as figures and no
    shown group held were lengths kept apart by role alone; the 7 read by hand were all one
    length, 2 of them one exact length given a distance from nowhere, 5 hedged ("about 225
    yards" in two reports), which stay apart: telling hedged lengths as exact ones are told
    showed four more wrong groups on validation."""
    return bool(role) and not (role[0] == "distance" and not role[1])


def told_role(s: dict, lengths: list[dict]):
    """The role of a length whose own sentence does not give it, told by the other reports:
    the commonest role of another article's figure of the same exact value and unit ("71
    receptions for 1,212 yards" in one report, "led the team with 1,212 yards, a career
    high" in another), or, when none gives a role, a role of its own named by the value, so
    that the reports giving that exact length meet. The same exact length of ten or more,
    one written with decimals ("0.71 inches", T13's laptop thickness in three reports), or
    the same range, in two reports of one story is one length; a report that gives it is
    seldom measuring something else. None for a hedged, small whole or unshared length,
    which is compared with no other report's, as before ("5 inches" is as often two things)."""
    value = s["value"]
    if s["qualifier"] not in ("exact", "range") or \
            (not isinstance(value, list) and value < TOLD_ROLE_MIN and float(value).is_integer()):
        return None
    same = [o for o in lengths if o["article"] != s["article"] and o["value"] == value
            and o["qualifier"] == s["qualifier"] and o["unit"] == s["unit"]]
    if not same:
        return None
    roles = Counter(tuple(o["role"]) for o in same if _placed(o.get("role")))
    if roles:
        return roles.most_common(1)[0][0]
    return ("exact " + json.dumps(value), None)


def articles_counting(statements: list[dict], classes: dict[str, str]) -> dict[str, set[str]]:
    """Noun class -> the articles counting it. A small count ("two sides", "two aides") is
    a figure only when another report counts the same thing too."""
    out: dict[str, set[str]] = defaultdict(set)
    for s in statements:
        if s["noun"]:
            out[classes[s["noun"]]].add(s["article"])
    return out


def _gives_value(s: dict, block: list[dict]) -> bool:
    """Whether another report gives the figure's value, with its hedge, in the block."""
    return any(x["article"] != s["article"] and x["value"] == s["value"]
               and x["qualifier"] == s["qualifier"] for x in block)


def _closest(s: dict, block: list[dict], similar) -> float:
    """The sentence cosine of a figure to the nearest figure of another report in the block
    (its first ``MAX_COMPARED``), -1.0 when none can be compared."""
    sims = [similar(s, x) for x in block[:MAX_COMPARED] if x["article"] != s["article"]]
    return max((v for v in sims if v is not None), default=-1.0)


def rule_parts(statements: list[dict], ctx: _Context) -> list[tuple[list[dict], str, str]]:
    """The hand rules' grouping: blocks by (event, counted-noun class, unit), joined by
    ``merge_blocks`` and ``people_renamed``, split by size, then judged and cut by
    ``statuses`` and ``supported``.
    Returns (statements of one quantity, status, the event its block is keyed by) parts."""
    classes, places, similar = ctx.classes, ctx.places, ctx.similar
    # a block holds one kind of quantity: same event, same counted thing, same unit
    blocks: dict[tuple, list[dict]] = defaultdict(list)
    for s in statements:
        if s["noun"]:
            blocks[(s["event"], classes[s["noun"]], s["unit"])].append(s)
    # "Dozens killed", "more than 100 wounded": the count's noun is understood from the story,
    # so the figure joins the biggest block about the same event and unit; outside the
    # casualty events, the block where another report gives its value ("prices rose 0.9
    # percent" beside "the consumer price index rose 0.9%", not "food prices rose 0.8%"),
    # else the one whose figures' sentences say most nearly what its own says ("7.5 percent
    # or higher" beside "a 7.5% risk", not beside the biggest block of percentages), the
    # biggest on a tie or without an encoder
    by_event: dict[tuple, list[tuple]] = defaultdict(list)
    for key in blocks:
        by_event[(key[0], key[2])].append(key)
    nounless = [s for s in statements if s["noun"] is None]
    choices = [s for s in nounless
               if s["event"] not in TRACKED and len(by_event.get((s["event"], s["unit"]), ())) > 1]
    similar.prefetch(choices + [x for s in choices for k in by_event[(s["event"], s["unit"])]
                                for x in blocks[k][:MAX_COMPARED]])
    chosen = {id(s) for s in choices}
    for s in nounless:
        keys = by_event.get((s["event"], s["unit"]))
        if not keys:
            key = (s["event"], None, s["unit"])
        elif id(s) in chosen:
            key = max(keys, key=lambda k: (_gives_value(s, blocks[k]),
                                           _closest(s, blocks[k], similar), len(blocks[k])))
        else:
            key = max(keys, key=lambda k: len(blocks[k]))
        blocks[key].append(s)

    blocks = merge_blocks(blocks, similar, places, ctx.nouns_alike)
    people_renamed(blocks, similar, ctx.people, ctx.cluster.copies)
    beside_the_toll(blocks, similar)
    counted_in = articles_counting(statements, classes)
    named_in = places_named(ctx.cluster)
    out = []
    for (event, noun_class, _), block in blocks.items():
        # the same thing is what the block counts after the joins, not its key's noun alone:
        # "two sub-sea cables went down" (T11) is joined beside other reports' "three undersea
        # cables were damaged" in a block keyed by another class, which no second report counts
        counting = set().union(*(counted_in.get(classes[s["noun"]], set()) for s in block if s["noun"]))
        if len(counting | counted_in.get(noun_class, set())) < 2:
            block = [s for s in block if not s["small"]]
        # an earlier time's figures are set apart before the story's are split by size: the
        # 1997 quake's "dozen" dead and its "more than 100" are one quantity whatever their
        # sizes, and split by size with the story's toll they cut it in pieces
        main, eras = dated_apart(block[:MAX_BLOCK])
        for group in [*split_by_size(main), *eras]:
            group, elsewhere = placed_elsewhere(group, named_in)
            out.extend(singles(elsewhere, event))
            out.extend((part, status, event) for p, st in statuses(group, places, similar)
                       for part, status in supported(p, st, places, similar))
    return out


def figures_table(parts: list[tuple[list[dict], str, str | None]], ctx: _Context) -> list[dict]:
    """The figures table from (statements, status, event) parts: each part named by its
    commonest counted-noun phrase and its event, its values merged per figure and voice, and the groups
    sorted disputed, agreed, single, most-reported first."""
    cluster = ctx.cluster
    groups = []
    for part, status, event in parts:
        # a toll whose noun names the event ("52 deaths", ``figure_blocks.tolls_told``) is
        # named by the words of the reports that tell it by a verb ("people killed"); where
        # every report names it by the noun, the noun alone names it ("deaths", never
        # "deaths killed")
        told = Counter(s["phrase"] for s in part if s["phrase"] and not s.get("told_by_noun"))
        phrases = told or Counter(s["phrase"] for s in part if s["phrase"])
        what = phrases.most_common(1)[0][0] if phrases else \
            "percent" if part[0]["unit"] == "percent" else "figure"
        by_noun = not told and any(s.get("told_by_noun") for s in part)
        about = f"{what} {event}" if event in EVENTS.values() and not by_noun else what
        where = Counter(s["place"] for s in part if s.get("place"))
        if len({place_key(w) for w in where}) == 1 and event not in EVENTS.values() and \
                not _names_place(about, where.most_common(1)[0][0]):
            about += f" ({where.most_common(1)[0][0]})"
        shown = _display_values(part, cluster.copies, ctx.places, ctx.order, ctx.figures_in)
        groups.append({"about": about, "status": status, "values": shown})
    # disputed first, then agreed, then single figures; within each, the groups most reports
    # mention first (independent reports, then figures, break ties)
    rank = {"disputed": 0, "agreed": 1, "single": 2}

    def mentions(g):
        articles = sorted({a for v in g["values"] for a in v["articles"]})
        return len(articles), independent(articles, cluster.copies)

    groups.sort(key=lambda g: (rank[g["status"]], -mentions(g)[0], -mentions(g)[1],
                               -len(g["values"])))
    return groups


def find_claims(cluster, figures: str = "rules") -> list[dict]:
    """The figures table. Which figures of two reports are one quantity is decided, with
    ``figures="rules"`` (the default), by the hand rules, which read no model; with
    ``figures="learned"`` by the learned linker (``links.linked_parts``), which weighs the
    rules' grouping as one piece of evidence among others. The linker found more of the
    figures two reports share on new stories but showed more wrong groups, and it is trained on
    annotations of Multi-News, whose agreement allows non-commercial research use only
    (README, "Licence of the figure linker"), so it is asked for, not assumed."""
    if figures not in ("learned", "rules"):  # pipeline.FIGURE_GROUPINGS, checked there for users
        raise ValueError(f"unknown figure grouping {figures!r}")
    statements, ctx = prepared_statements(cluster)
    parts = rule_parts(statements, ctx)
    if figures == "learned":
        from .links import linked_parts

        parts = linked_parts(statements, ctx, parts)
    return figures_table([p for p in twins_apart(parts) if worth.kept_apart(p[0], p[1]) is None], ctx)


def find_claims_learned(cluster) -> list[dict]:
    """The figures table grouped by the learned linker (``--figures learned``)."""
    return find_claims(cluster, figures="learned")
