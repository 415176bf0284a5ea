"""Why cross-source figure groups are lost or wrong, counted by cause over every tuning and
validation claims record, validation in aggregate only.

Usage: python bench/figure_group_causes.py [-v] [--only tuning|T11 .. T19|V|X|Y|Z|U|U10 .. U19 ...]
       python bench/figure_group_causes.py --validation   (every validation batch, pooled counts only)

The rules' grouping (``claims.prepared_statements``, ``claims.rule_parts``, ``twins_apart``, ``worth.kept_apart``: what
``find_claims`` runs) is traced once per cluster, and every gold cross-source group (agreed or
disputed) the table does not show with the right status gets one cause, the first that holds:

  e  status      a shown group matches it (the bench's ``group_match``) with another status
  b  worth       too few of its values are read to match, and a number left out as not worth
                 tabulating (``worth.reason``, the one-report small-count rule, or
                 ``worth.kept_apart``) would have made up the difference
  a  unread      too few of its values are read to match (subclassed by the shape of the first
                 unread gold expression: headline, range, vague, share, money, percent, bound,
                 number word, measure or duration, digits; and by what the parse had there: no
                 number entity, an entity read as another value, or one dropped by a reading
                 rule such as "nothing counted")
  c  noun        its values are read but sit in different parts whose counted nouns differ
  d  split/merge its values are read but sit in parts of the same counted noun (split by event,
                 unit, size or scope), or one part holds them with another quantity's values;
                 a split is counted by the first stage at which its figures came apart (``d
                 split at``: two blocks keyed by another unit, length role or event, two size
                 groups or an earlier time's part, two status parts, two supported parts, other)
  d  twin        one shown part holds them but is matched to another gold group of (mostly)
                 the same values (two gold quantities the table gives as one)
  e' single      one part holds them but is not shown (status single, or kept apart)
  x  one article the gold group's values are all in one article (two sources of one report):
                 no shown group can match it
  x  copies      its values are in two or more articles that are exact copies of one text (the
                 Lee corpus repeats items): cleaning keeps one copy, as it should, so no shown
                 group can match it; the gold bench counts it as missed and on a line
                 of its own (``gold_claims_quotes.on_one_text``)

and every shown group that is not right gets one:

  e  status      matched to a gold group with another status
  f  junk        most of its numbers are gold non-figures
  g  one article its values belong to a gold group only one article gives (status single)
  h  merged      its values belong to two or more gold groups
  i  elsewhere   its values belong to one gold cross-source group it does not match (partial,
                 or the gold group is matched by another shown group)
  j  unrecorded  the gold records none of its values, as figure or non-figure

Besides the groups, every figure (value and article) of a gold cross-source group is counted as
read (a figure of that value was read in that article) or by the shape and cause above: the
larger sample a reading rule is chosen on. With --worth, every number ``worth.reason`` left out
is labelled against the gold (a gold figure in that sentence, a gold non-figure, or neither) and
counted by reason.

Tuning clusters may be listed one by one (``-v``); validation records (the batches of
gold_claims_quotes.VALIDATION: gold/multinews-s4 V, gold/validation-s6 .. s16 and s19 X, Y, Z, U,
U10 .. U16, U19) are only ever counted, and frozen records are never read. A trace is checked against the bench: the shown groups are what ``find_claims`` returns.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gold_claims_quotes import (ROOT, VALIDATION, copies_of, gold_status, group_match, is_junk, load_cluster,  # noqa: E402
                                load_gold, norm, on_one_text)

# tuning batches of the held-out kind, counted on lines of their own (their errors may be read):
# T11 annotated in the eleventh session, T12 in the twelfth, T13 in the thirteenth, T14 in the
# fourteenth, T17 .. T19 in the seventeenth to nineteenth, T38 and T39 (cased ABC text) in the
# thirty-eighth and thirty-ninth
APART = {"T11": ROOT / "gold" / "tuning-s11", "T12": ROOT / "gold" / "tuning-s12",
         "T13": ROOT / "gold" / "tuning-s13", "T14": ROOT / "gold" / "tuning-s14",
         "T17": ROOT / "gold" / "tuning-s17", "T18": ROOT / "gold" / "tuning-s18",
         "T19": ROOT / "gold" / "tuning-s19", "T38": ROOT / "gold" / "tuning-s38",
         "T39": ROOT / "gold" / "tuning-s39"}

# where the figures of a gold group lost to "d split" came apart, first stage that holds: two
# blocks (their keys differ by unit, by a length's role or place alone, or by event), two size
# groups or an earlier time's part of one block (``split_by_size``, ``dated_apart``), two
# status parts of one size group
# (``statuses``: cut by value, an aside, a lone dissenter, a place-by-place list) or two
# supported parts of one status part (``supported``: no link between the reports)
STAGES = ("block", "size", "status", "linked")
SPLITS = ("event", "unit", "role", "size", "status", "linked", "other")
MISSED = ("e status", "b worth", "a unread", "c noun", "d split", "d merged", "d twin", "e' single",
          "x one article", "x copies")
WRONG = ("e status", "f junk", "g one article", "h merged", "i elsewhere", "j unrecorded")

_WORDS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
          "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
          "eighty ninety hundred thousand dozen twice").split()


def shape(expression: str, quote: str, title: str) -> str:
    """The written shape of a gold figure, first that holds."""
    e = expression.lower()
    if title and norm(quote) and norm(quote) in norm(title):
        return "headline"
    if re.search(r"\d\s*(?:-|–|to|or|and)\s*\$?\d|\bbetween\b|\b(?:%s)\b\s*(?:-|to|or)\s*\b(?:%s)\b"
                 % ("|".join(_WORDS), "|".join(_WORDS)), e):
        return "range"
    if re.search(r"\b(?:dozens|hundreds|thousands|millions|billions|several|scores|a few|"
                 r"many|handful|tens)\b", e):
        return "vague"
    if re.search(r"\bhalf\b|\bthird|\bquarter|\bone in\b|\bout of\b", e):
        return "share"
    if re.search(r"[$€£¥]|dollar|euro|pound|\bbn\b", e):
        return "money"
    if re.search(r"%|percent|per cent", e):
        return "percent"
    if re.search(r"\b(?:more than|at least|up to|nearly|about|over|under|almost|some|"
                 r"approximately|around|roughly|less than|fewer than|as many as|or more|"
                 r"estimated|plus)\b|\+", e):
        return "bound"
    if not re.search(r"\d", e) and re.search(r"\b(?:%s)\b|\b(?:a|an)\b" % "|".join(_WORDS), e):
        return "number word"
    if re.search(r"\b(?:second|minute|hour|day|week|month|year|decade|mile|feet|foot|km|"
                 r"kilomet|metre|meter|pound|ounce|inch|acre|ton)", e):
        return "measure/duration"
    return "digits"


def _bare(word: str) -> str:
    """A word without its currency sign, percent sign and punctuation around it, lower-case:
    "$55.3" and "55.3," are "55.3"."""
    return word.lower().strip("$€£%,.;:!?()[]\"'")


def _same(a, b) -> bool:
    if isinstance(a, list) or isinstance(b, list):
        return isinstance(a, list) and isinstance(b, list) and len(a) == len(b) and \
            all(_same(x, y) for x, y in zip(a, b))
    try:
        return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(b)))
    except (TypeError, ValueError):
        return False


class Trace:
    """The rules' pass over one cluster, with what ``worth.reason`` left out."""

    def __init__(self, cluster):
        from newsfuse.crosscheck import claims, worth

        self.dropped = []  # (doc, start, end, value, reason)
        reason, context = worth.reason, worth.context_reason

        def logged(fn):
            def wrapper(ent, *args, **kwargs):
                why = fn(ent, *args, **kwargs)
                if why is not None:
                    self.dropped.append((ent.doc, ent.start, ent.end, args[0] if args else None, why))
                return why
            return wrapper

        # the stage each statement reached on its way to a part, to tell where a gold group's
        # figures came apart: its block (after the joins), its size group (or earlier time's
        # part), its status part and its supported part, each numbered in the order made
        self.stage = {name: {} for name in STAGES}
        wrapped = {"people_renamed": claims.people_renamed, "split_by_size": claims.split_by_size,
                   "dated_apart": claims.dated_apart, "statuses": claims.statuses,
                   "supported": claims.supported}

        def mark(name, groups):
            for members in groups:
                n = len(self.stage[name])
                for st in members:
                    self.stage[name].setdefault(id(st), n)

        def renamed(blocks, *args, **kwargs):
            out = wrapped["people_renamed"](blocks, *args, **kwargs)
            mark("block", blocks.values())
            return out

        def sized(statements):
            out = wrapped["split_by_size"](statements)
            mark("size", out)
            return out

        def dated(group):
            main, eras = wrapped["dated_apart"](group)
            mark("size", eras)
            return main, eras

        def judged(group, *args):
            out = wrapped["statuses"](group, *args)
            mark("status", [p for p, _ in out])
            return out

        def linked(part, *args):
            out = wrapped["supported"](part, *args)
            mark("linked", [p for p, _ in out])
            return out

        worth.reason, worth.context_reason = logged(reason), logged(context)
        claims.people_renamed, claims.split_by_size, claims.dated_apart = renamed, sized, dated
        claims.statuses, claims.supported = judged, linked
        try:
            self.statements, ctx = claims.prepared_statements(cluster)
            parts = claims.twins_apart(claims.rule_parts(self.statements, ctx))
        finally:
            worth.reason, worth.context_reason = reason, context
            for name, fn in wrapped.items():
                setattr(claims, name, fn)
        self.classes, self.ctx = ctx.classes, ctx
        self.parts = []  # (statements, status, rendered group, hidden reason)
        for part, status, event in parts:
            group = claims.figures_table([(part, status, event)], ctx)[0]
            self.parts.append((part, status, group, worth.kept_apart(part, status)))
        self.cluster = cluster

    def shown(self) -> list[int]:
        return [i for i, (_, status, _, hidden) in enumerate(self.parts)
                if hidden is None and status in ("agreed", "disputed")]

    def read(self, value, article) -> list[dict]:
        return [s for s in self.statements if s["article"] == article and _same(s["value"], value)]

    def part_of(self, statement) -> int | None:
        return next((i for i, (part, *_) in enumerate(self.parts)
                     if any(s is statement for s in part)), None)

    def locate(self, gold_value, article) -> tuple[str, str]:
        """(what the parse had at an unread gold figure, the detail): a number left out by
        ``worth`` (its reason), a statement read there with another value (that value), an
        entity some reading step dropped (which), no number entity, or a sentence the
        analysis does not hold."""
        from newsfuse.crosscheck import figure_reading, worth
        from newsfuse.crosscheck.events import event_of
        from newsfuse.crosscheck.numbers import counted_noun, parse_amount

        quote, expression = norm(gold_value.get("quote")), norm(gold_value.get("expression"))
        # the expression's number words as the parse writes them: "55.3" stays one (norm
        # would cut it into "55" and "3", and the token "55.3" then met neither); a hyphen
        # parts words as the parse does ("14-year-old": "14")
        numbers = {w for w in map(_bare, re.split(r"[\s\-‐–]+", gold_value.get("expression") or ""))
                   if any(ch.isdigit() for ch in w) or w in _WORDS}
        for doc in self.cluster.docs.get(article, []):
            text = norm(doc.text)
            if not (quote and quote in text or (not quote and expression and expression in text)):
                continue
            # the gold expression's number tokens ("about 15 percent": 15), else all its words
            where = [t for t in doc if _bare(t.text) in numbers] if numbers else \
                [t for t in doc if norm(t.text) and norm(t.text) in expression.split()]
            drops = [d for d in self.dropped if d[0] is doc and any(d[1] <= t.i < d[2] for t in where)]
            if drops:
                return "worth", drops[0][4]
            misread = [st for st in self.statements if st["article"] == article
                       and norm(st["text"]) in text and numbers & set(norm(st["expression"]).split())]
            if misread:
                return "read as another value", f"{misread[0]['value']} ({misread[0]['expression']!r})"
            spans = [e for e in [*doc.ents, *worth.numeral_adverbs(doc)]
                     if any(e.start <= t.i < e.end for t in where)
                     and (any(ch.isdigit() for ch in e.text) or any(w in e.text.lower() for w in _WORDS))]
            if not spans:
                return "no entity", ""
            e = spans[0]
            if e.label_ not in figure_reading.NUMBER_LABELS:
                return "dropped by a reading rule", f"{e.label_} {e.text!r}, no duration or measure"
            if figure_reading.multiplier(e):
                return "dropped by a reading rule", f"multiplier {e.text!r}"
            if parse_amount(e.text) is None:
                return "dropped by a reading rule", f"unparsed {e.text!r}"
            noun = counted_noun(e)
            event, _ = event_of(noun if noun is not None else e.root)
            if noun is None and event is None:
                return "dropped by a reading rule", f"nothing counted {e.text!r}"
            return "dropped by a reading rule", f"other {e.text!r}"
        return "sentence not in the analysed text", ""


def split_stage(trace: Trace, statements: list[dict]) -> str:
    """The first stage (``SPLITS``) at which read figures of one counted noun came apart: two
    blocks whose keys differ by unit, by a length's role or place alone ("km@a1" and
    "km@distance:rome") or else by event, two size groups, two status parts, two
    supported parts; "other" when none does (``twins_apart``)."""
    for name in STAGES:
        ids = {trace.stage[name].get(id(s)) for s in statements}
        if len(ids) > 1:
            if name != "block":
                return name
            if len({s["unit"].split("@")[0] for s in statements}) > 1:
                return "unit"
            return "role" if len({s["unit"] for s in statements}) > 1 else \
                "event" if len({s["event"] for s in statements}) > 1 else "other"
    return "other"


def worth_drops(trace: Trace, gold: dict) -> Counter:
    """(reason, label) for every number ``worth.reason`` left out: "figure" when a gold figure
    of that value sits in that sentence of that article, "non-figure" when the gold lists the
    number under non_figures, else "unrecorded"."""
    out, seen = Counter(), set()
    article_of = {id(d): a for a, docs in trace.cluster.docs.items() for d in docs}
    for doc, start, end, value, why in trace.dropped:
        if (id(doc), start, end) in seen or id(doc) not in article_of:
            continue
        seen.add((id(doc), start, end))
        article, span = article_of[id(doc)], doc[start:end]
        sentence, words = norm(span.sent.text), set(norm(span.text).split())
        label = "unrecorded"
        if value is not None and any(
                article in v["articles"] and norm(v.get("quote")) and
                (norm(v.get("quote")) in sentence or sentence in norm(v.get("quote")))
                and _same(v["value"], value) for g in gold["claims"] for v in g["values"]):
            label = "figure"
        elif any(article in n["articles"] and norm(n["expression"]) and norm(n["expression"]) in sentence
                 and words & set(norm(n["expression"]).split()) for n in gold.get("non_figures") or []):
            label = "non-figure"
        out[(why, label)] += 1
    return out


def diagnose(trace: Trace, gold: dict, verbose: bool,
             copies: dict[str, str] | None = None) -> tuple[Counter, Counter, Counter, Counter, list]:
    """(missed causes, wrong causes, shapes of the first unread value of groups lost to it,
    every cross-source gold figure (value and article) by read or shape and cause, lines for
    -v). ``copies``: the articles that are exact copies of another (``copies_of``)."""
    missed, wrong, shapes, values, lines = Counter(), Counter(), Counter(), Counter(), []
    cross = [g for g in gold["claims"] if gold_status(g) in ("agreed", "disputed")]
    shown = trace.shown()
    groups = {i: trace.parts[i][2] for i in shown}
    pairs = sorted(((i, j) for i in shown for j, g in enumerate(cross) if group_match(groups[i], g)),
                   key=lambda ij: groups[ij[0]]["status"] != gold_status(cross[ij[1]]))
    used_p, used_g, matched = set(), set(), {}
    for i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            matched[j] = i
    right = {j for j, i in matched.items() if groups[i]["status"] == gold_status(cross[j])}
    titles = {a.id: a.title or "" for a in trace.cluster.articles}

    for g in cross:  # every figure of a cross-source gold group, found or not: read?
        for v in g["values"]:
            for a in v["articles"]:
                if trace.read(v["value"], a):
                    values[("read", "", "")] += 1
                    continue
                kind, why = trace.locate(v, a)
                sh = shape(v.get("expression") or "", v.get("quote") or "", titles.get(a, ""))
                values[(sh, kind, why.split(" ")[0] if kind != "read as another value" else "")] += 1
                lines.append(f"    unread figure [{sh}, {kind}: {why}] {v['value']} {v.get('expression')!r} "
                             f"in {a}: {(v.get('quote') or '')[:110]!r}")
    for j, g in enumerate(cross):
        if j in right:
            continue
        vals = [(v, a) for v in g["values"] for a in v["articles"]]
        desc = f"{gold_status(g)} {g['about'][:50]!r} " + \
            str([(v["value"], v["articles"]) for v in g["values"]])
        if j in matched:
            missed["e status"] += 1
            lines.append(f"    missed [e status, shown {groups[matched[j]]['status']}] {desc}")
            continue
        if on_one_text(g, copies or {}):
            missed["x copies"] += 1  # one text printed twice: no second source to agree
            lines.append(f"    missed [x copies] {desc}")
            continue
        read = [(v, a, trace.read(v["value"], a)) for v, a in vals]
        ok = [(v, a) for v, a, r in read if r]

        def enough(pairs_):
            vs = {json.dumps(v["value"]) for v, _ in pairs_}
            arts = {a for _, a in pairs_}
            all_v = {json.dumps(v["value"]) for v in g["values"]}
            all_a = {a for _, a in vals}
            return len(vs) * 2 >= len(all_v) and len(arts) >= 2 and len(arts) * 2 >= len(all_a)

        if not enough(vals):
            missed["x one article"] += 1  # two sources in one report: the bench cannot match it
            lines.append(f"    missed [x one article] {desc}")
            continue
        if not enough(ok):
            unread = [(v, a) for v, a, r in read if not r]
            where = [(v, a, *trace.locate(v, a)) for v, a in unread]
            if enough(ok + [(v, a) for v, a, kind, _ in where if kind == "worth"]):
                cause = "b worth"
                why = next(w for *_, kind, w in where if kind == "worth")
                lines.append(f"    missed [b worth: {why}] {desc}")
            else:
                cause = "a unread"
                v, a, kind, why = next((w for w in where if w[2] != "worth"), where[0])
                sh = shape(v.get("expression") or "", v.get("quote") or "", titles.get(a, ""))
                shapes[(sh, kind, why.split(" ")[0] if kind == "dropped by a reading rule" else "")] += 1
                lines.append(f"    missed [a unread: {sh}, {kind}: {why}] {desc} "
                             f"first unread {v.get('expression')!r} in {a}")
            missed[cause] += 1
            continue
        # every needed value read: where did the statements go?
        statements = [s for _, _, r in read for s in r]
        in_parts = Counter(trace.part_of(s) for s in statements)
        if None in in_parts and not enough([(v, a) for v, a, r in read
                                            if any(trace.part_of(s) is not None for s in r)]):
            missed["b worth"] += 1
            lines.append(f"    missed [b worth: small count of one report] {desc}")
            continue
        best = max((p for p in in_parts if p is not None), key=lambda p: in_parts[p])
        part, status, group, hidden = trace.parts[best]
        covered = [(v, a) for v, a, r in read if any(trace.part_of(s) == best for s in r)]
        if group_match(group, g) and best in used_p:
            cause = "d twin"  # the part is shown, matched to another gold group it also holds
            lines.append(f"    missed [d twin: its part is matched to another gold group] {desc}")
        elif group_match(group, g):
            cause = "e' single"
            lines.append(f"    missed [e' single: {status}, {hidden or 'shown'}; "
                         f"matched elsewhere: {best in used_p}] {desc}")
        elif enough(covered):
            cause = "d merged"
            lines.append(f"    missed [d merged: part holds {len(group['values'])} values] {desc}")
        else:
            nouns = {trace.classes.get(s["noun"]) if s["noun"] else None for s in statements
                     if trace.part_of(s) is not None}
            cause = "c noun" if len(nouns) > 1 else "d split"
            keys = sorted({(s["noun"], s["event"], s["unit"]) for s in statements}, key=str)
            where = ""
            if cause == "d split":
                where = split_stage(trace, [s for s in statements if trace.part_of(s) is not None])
                missed["d split at " + where] += 1
                if where == "unit":  # which kinds of unit ("count/rate", "money/money")
                    kinds = sorted({s["unit"].split(":")[0].split("@")[0] for s in statements})
                    missed["d split units " + "/".join(kinds if len(kinds) > 1 else kinds * 2)] += 1
                where = f" at {where}"
            lines.append(f"    missed [{cause}{where}] {desc} keys {keys}")
        missed[cause] += 1

    good = {matched[j] for j in right}
    for i in shown:
        if i in good:
            continue
        group = groups[i]
        desc = f"{group['status']} {group['about']!r} " + \
            str([(v["value"], v["articles"]) for v in group["values"]])
        if i in used_p:
            wrong["e status"] += 1
            lines.append(f"    wrong [e status] {desc}")
            continue
        numbers = [(v, a) for v in group["values"] for a in v["articles"]]
        nf = gold.get("non_figures")
        if nf is not None and sum(is_junk(v, a, nf) for v, a in numbers) * 2 > len(numbers):
            cause = "f junk"
        else:
            holders = []
            for v, a in numbers:
                holders.append({k for k, gg in enumerate(gold["claims"])
                                if any(_same(gv["value"], v["value"]) and a in gv["articles"]
                                       for gv in gg["values"])})
            hit = [h for h in holders if h]
            common = set.intersection(*hit) if hit else set()
            if not hit:
                cause = "j unrecorded"
            elif common:
                k = min(common, key=lambda k: gold_status(gold["claims"][k]) == "single")
                cause = "g one article" if gold_status(gold["claims"][k]) == "single" \
                    else "i elsewhere"
            else:
                cause = "h merged"
        wrong[cause] += 1
        lines.append(f"    wrong [{cause}] {desc}")
    return missed, wrong, shapes, values, lines


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="list each tuning cluster's causes (never validation ones)")
    parser.add_argument("--worth", action="store_true",
                        help="also print what worth.reason left out, by reason, against the gold")
    parser.add_argument("--only", action="append", choices=("tuning", *APART, *VALIDATION),
                        help="the parts to run (default: all)")
    parser.add_argument("--validation", action="store_true",
                        help="run every validation batch and print only their pooled cause counts")
    args = parser.parse_args()
    if args.validation:
        args.only, args.verbose = list(VALIDATION), False
    from newsfuse.crosscheck.claims import find_claims

    apart = {p: d for p, d in APART.items() if (d / "NOTES.md").exists()}  # a batch is done when its notes are
    runs = [("tuning", load_gold([ROOT / "gold"], [*VALIDATION.values(), *apart.values()])[0]),
            *[(p, load_gold([d])[0]) for p, d in apart.items()],
            *[(p, load_gold([d])[0]) for p, d in VALIDATION.items()]]
    tuning_parts = ("tuning", *apart)
    totals = {}
    for path, cid, record in [(p, c, r) for p, recs in runs for c, r in recs.items()]:
        if record.get("split") == "frozen" or (path in tuning_parts) == (record.get("split") == "validation"):
            continue  # frozen records are never read; validation only in its own batch
        if args.only and path not in args.only:
            continue
        cluster = load_cluster(cid, record["source"])
        trace = Trace(cluster)
        got = find_claims(cluster)
        assert sum(g["status"] in ("agreed", "disputed") for g in got) == len(trace.shown()), cid
        missed, wrong, shapes, values, lines = diagnose(trace, record, args.verbose and path in tuning_parts,
                                                        copies_of(cid, record["source"]))
        t = totals.setdefault(path, [Counter(), Counter(), Counter(), Counter(), 0, 0, 0, Counter()])
        if args.worth:
            t[7].update(worth_drops(trace, record))
        for k, c in enumerate((missed, wrong, shapes, values)):
            t[k].update(c)
        t[4] += len(trace.shown())
        cross = sum(gold_status(g) in ("agreed", "disputed") for g in record["claims"])
        t[5] += cross
        t[6] += 1
        if path in tuning_parts and args.verbose:
            print(f"[{path}] {cid}: shown {len(trace.shown())}, gold cross-source {cross}")
            print("\n".join(lines))
    pooled = [Counter(), Counter(), Counter(), Counter(), 0, 0, 0, Counter()]
    for path in (*tuning_parts, *VALIDATION):
        if path not in totals:
            continue
        t = totals[path]
        for k in range(4):
            pooled[k].update(t[k])
        for k in range(4, 7):
            pooled[k] += t[k]
        pooled[7].update(t[7])
    for path, t in ([("validation pooled", pooled)] if args.validation else
                    [*[(p, totals[p]) for p in (*tuning_parts, *VALIDATION) if p in totals], ("pooled", pooled)]):
        print(f"\n{path}: {t[6]} clusters, {t[5]} gold cross-source groups, {t[4]} shown")
        print("  missed: " + ", ".join(f"{k} {t[0][k]}" for k in MISSED))
        print("  d split at: " + ", ".join(f"{k} {t[0]['d split at ' + k]}" for k in SPLITS) + "; units: " +
              ", ".join(f"{k[len('d split units '):]} {n}" for k, n in sorted(t[0].items())
                        if k.startswith("d split units ")))
        print("  wrong:  " + ", ".join(f"{k} {t[1][k]}" for k in WRONG))
        if args.validation:
            continue  # validation: the cause counts only
        print("  unread shapes: " + ", ".join(f"{s}/{k}{' ' + d if d else ''} {n}" for (s, k, d), n in t[2].most_common()))
        print(f"  cross-source gold figures: {sum(t[3].values())}, read {t[3][('read', '', '')]}")
        for (s, k, d), n in t[3].most_common():
            if s != "read":
                print(f"    {n:4d} {s}/{k}{' ' + d if d else ''}")
        if args.worth:
            print("  left out by worth.reason (figure / non-figure / unrecorded):")
            for why in sorted({w for w, _ in t[7]}, key=lambda w: -sum(t[7][(w, x)] for x in
                                                                       ("figure", "non-figure", "unrecorded"))):
                print(f"    {why:24s} {t[7][(why, 'figure')]:4d} {t[7][(why, 'non-figure')]:4d} "
                      f"{t[7][(why, 'unrecorded')]:4d}")


if __name__ == "__main__":
    main()
