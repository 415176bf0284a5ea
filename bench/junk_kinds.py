"""Junk figures by kind and by why the rules kept them: counted over the tuning records and
every validation batch, validation in aggregate only.

Usage:
  python bench/junk_kinds.py extract [--figures learned]   # parse every record once, cache rows
  python bench/junk_kinds.py tables                         # counts per kind and part
  python bench/junk_kinds.py list KIND|CARRIER              # the tuning rows of one class

A junk figure is what the gold bench counts as one (``bench/gold_claims_quotes.py``): one
tabulated number per figure entry and article of ``find_claims``'s table that the gold lists
under ``non_figures`` (``junk_entry``). Each is counted under two headings:

- its kind: the gold's own reason for calling it no figure ("age", "year", "ordinal", "date
  (photo caption)", ...), folded into a few kinds by the words it uses (``KINDS``), so that
  the kinds seen on new text can be compared with the ones rules were written for;
- what let it through: the reading the table gave the number (unit, whether a counted noun
  and an event were found, the group's status) and the number's form where it stands (the
  NER label, written in words or digits, a hyphenated modifier, a capitalised neighbour, a
  determiner before it), from ``junk_syntax.syntax_classes``.

Beside each count, the number of clusters it occurs in: a rule is worth writing for a kind
that is large on the validation batches and recurs in many tuning clusters. Validation rows
(every batch of ``gold_claims_quotes.VALIDATION``: V, X, Y, Z, U, U10 to U16 and U19) are only
ever counted, never listed, and their gold reasons are read only to be folded into a kind;
frozen records are never read. The junk and tabulated totals per part are the gold bench's own
("junk figures" of its aggregate lines).
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gold_claims_quotes import junk_entry, load_cluster  # noqa: E402
from junk_syntax import VALIDATION, syntax_classes  # noqa: E402
from worth_policy import locate, records as worth_records  # noqa: E402

CACHE = Path(os.environ.get("JUNK_KINDS_CACHE", "/tmp/junk_kinds_rows.jsonl"))  # one per helper when several run
PARTS = ("tuning", *VALIDATION)

# the gold's reason -> a kind of number, first match wins: page debris before the date or time
# it holds ("date (photo caption)" is the page's, whatever it says), a repeat before its kind
KINDS = (
    # the sports ruling's reason, read before "one" and "record" take it elsewhere
    ("score / sport (2)", r"game's statistic"),
    ("repeat", r"repeat|again|restat|duplicate|same figure|already"),
    ("page furniture", r"page|advert|caption|stamp|link|sponsor|widget|navigation|byline|"
                       r"photo|video|button|menu|teaser|related|credit|dateline|date line|"
                       r"promo|newsletter|comment|share"),
    ("conversion", r"conver"),
    ("age", r"\bage|aged|old\b|birthday"),
    ("time of day", r"time of day|clock|hour of|\b[ap]\.m\.|\b[ap]m\b|time stamp|timestamp|"
                    r"^time$|^times? of"),
    ("relative time / period", r"relative|\bago\b|elapsed|period|since|span|duration|how long|"
                               r"anniversar|later|earlier|tenure|term"),
    ("year / date", r"year|date|month|decade|\bday|weekday|century|season"),
    ("ordinal / rank", r"ordinal|rank|\bfirst|place|position|top\b|seed"),
    ("'one' / 'one of'", r"\bone\b"),
    ("name / title", r"name|title|show|station|cable|channel|brand|book|film|song|law|"
                     r"section|flight|route|interstate|model|label|slogan|code|team|"
                     r"hashtag|acronym|bill|act\b"),
    ("phone / address", r"phone|address|zip|dial|911|street"),
    ("object's measure", r"storey|stor(?:y|ies)|floor|height|size|length|weight|dimension|"
                         r"measure|inch|feet|foot|calib|shape|area"),
    ("score / sport", r"score|points?\b|goal|jersey|game|sport|vote tally|record"),
    ("ordinal / rank (2)", r"degree of"),
    ("relative time / period (2)", r"time reference|time window|frequency"),
    ("page furniture (2)", r"url|\bdoi\b|\bid\b|numbering|paragraph"),
    ("rhetorical / trivial / vague (2)", r"not a number|descriptor|discourse|two sides|'the two'|"
                                         r"structure"),
    ("people named beside it", r"list|named|names|enumerat"),
    ("family / household", r"famil|child|sibling|kids|sons|daughters|parents"),
    ("sources", r"anonymous|source"),
    ("rhetorical / trivial / vague", r"trivial|rhetoric|idiom|vague|hypothet|example|"
                                     r"not a count|not a quantity|figure of speech|generic|"
                                     r"emphasis|guideline|background|illustrat|colloquial"),
)


def kind_of(why: str | None) -> str:
    text = (why or "").lower()
    for name, pattern in KINDS:
        if re.search(pattern, text):
            return name.removesuffix(" (2)")  # a second pattern of a kind, tried later
    return "other"


def records() -> list[tuple[str, dict]]:
    """(part, claims record) for every tuning record with non_figures and every record of the
    validation batches (junk_syntax's selection)."""
    return worth_records(VALIDATION)


def carriers(s: dict, status: str) -> list[str]:
    """What the table's reading gave the number: the reasons it passed for a figure."""
    unit = s["unit"].split(":")[0].split("@")[0]
    out = [f"unit={unit}", f"status={status}",
           "noun=" + ("yes" if s["noun"] else "none"),
           "event=" + ("none" if s["event"] is None else "yes"),
           "voice=" + ("report" if not s.get("voice") else "speaker")]
    if s["noun"] is None and s["event"] is None:
        out.append("nothing counted, no event")
    return out


SHAPES = ("window ", "-2 ", "-1 ", "+1 ", "+2 ", "num ", "head ")


def _shapes(span) -> list[str]:
    """The shape of the words around the number (spaCy's ``shape_``, "Xxxxx", "dd", "-", and
    the tag), two either side, and of the counted noun: how a name, a time or a model number
    looks, without its words."""
    doc = span.doc
    out = []
    for k, i in (("-2", span.start - 2), ("-1", span.start - 1), ("+1", span.end), ("+2", span.end + 1)):
        if 0 <= i < len(doc):
            t = doc[i]
            out.append(f"{k} {t.shape_[:5]} {t.tag_}")
    window = doc[max(span.start - 3, 0):min(span.end + 3, len(doc))]
    out.append("window " + " ".join("N" if span.start <= t.i < span.end else t.shape_[:4]
                                    for t in window))
    nums = [t for t in span if t.like_num or any(ch.isdigit() for ch in t.text)]
    if nums:
        t = nums[0]
        out.append(f"num {t.shape_[:6]} ws={'y' if t.whitespace_ else 'n'}")
        head = t.head
        out.append(f"head {head.shape_[:5]} {head.tag_} {head.dep_}")
    return out


def extract(figures: str = "rules") -> None:
    from newsfuse.crosscheck import claims, worth
    from newsfuse.crosscheck.events import TRACKED
    from newsfuse.crosscheck.figure_status import twins_apart

    rows = []
    todo = records()
    for n, (part, record) in enumerate(todo, 1):
        print(f"{n}/{len(todo)}", part, file=sys.stderr, flush=True)
        cluster = load_cluster(record["id"], record["source"])
        statements, ctx = claims.prepared_statements(cluster)
        parts = claims.rule_parts(statements, ctx)
        if figures == "learned":
            from newsfuse.crosscheck.links import linked_parts

            parts = linked_parts(statements, ctx, parts)
        parts = [p for p in twins_apart(parts) if worth.kept_apart(p[0], p[1]) is None]
        table = claims.figures_table(parts, ctx)
        status_of = {}
        for stmts, status, _ in parts:
            for s in stmts:
                status_of[id(s)] = (s, status)
        for g in table:
            for v in g["values"]:
                for a in v["articles"]:
                    junk = junk_entry(v, a, record["non_figures"])
                    # the statement behind this entry in this article (first sentence it rests on)
                    texts = [v.get("text"), *v.get("texts", [])]
                    found = next(((s, st) for s, st in status_of.values()
                                  if s["article"] == a and s["expression"] == v.get("expression")
                                  and s["text"] in texts), None) or next(
                        ((s, st) for s, st in status_of.values()
                         if s["article"] == a and s["expression"] == v.get("expression")), None)
                    row = {"part": part, "cluster": record["id"], "article": a,
                           "junk": junk is not None, "status": g["status"],
                           "kind": kind_of(junk.get("why")) if junk else None,
                           "expression": v.get("expression"), "text": (v.get("text") or "")[:200],
                           "why": (junk or {}).get("why")}
                    if found:
                        s, status = found
                        span = locate(cluster, s)
                        row["carriers"] = carriers(s, g["status"])
                        row["form"] = (syntax_classes(span[1], {**s, "status": status,
                                                          "tracked": s["event"] in TRACKED})
                                       + _shapes(span[1])) if span else []
                        row["noun"], row["event"] = s["noun"], s["event"]
                    else:
                        row["carriers"], row["form"] = ["unmatched"], []
                    rows.append(row)
    with open(CACHE, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r) + "\n")
    print(f"{len(rows)} rows -> {CACHE}", file=sys.stderr)


def load() -> list[dict]:
    rows = [json.loads(x) for x in open(CACHE, encoding="utf-8")]
    for r in rows:  # the kinds are folded again on each reading, so KINDS may be refined
        r["kind"] = kind_of(r["why"]) if r["junk"] else None
    return rows


def _cell(sel: list[dict]) -> str:
    """junk numbers / clusters holding them."""
    return f"{len(sel):3d}/{len({r['cluster'] for r in sel}):2d}"


def tables() -> None:
    rows = load()
    head = "".join(f"{p:>9s}" for p in (*PARTS, "valid."))

    def line(label, pick):
        sel = [r for r in rows if pick(r)]
        cells = [_cell([r for r in sel if r["part"] == p]) for p in PARTS]
        cells.append(_cell([r for r in sel if r["part"] != "tuning"]))
        return f"{label[:36]:36s}" + "".join(f"{c:>9s}" for c in cells)

    print("tabulated numbers / junk share per part")
    for p in (*PARTS, "valid."):
        sel = [r for r in rows if (r["part"] == p if p != "valid." else r["part"] != "tuning")]
        j = sum(r["junk"] for r in sel)
        print(f"  {p:7s} {j}/{len(sel)} = {j / max(len(sel), 1):.3f}"
              f"  ({len({r['cluster'] for r in sel})} clusters)")
    junk = [r for r in rows if r["junk"]]
    print(f"\njunk numbers / clusters, by the gold's kind{'':4s}" + head)
    for name in dict.fromkeys([k.removesuffix(" (2)") for k, _ in KINDS] + ["other"]):
        print(line(name, lambda r, n=name: r["junk"] and r["kind"] == n))
    print(f"\njunk by what the reading gave it{'':4s}" + head)
    names = Counter(c for r in junk for c in r["carriers"])
    for c in sorted(names, key=lambda c: (c.split("=")[0], -names[c])):
        print(line(c, lambda r, c=c: r["junk"] and c in r["carriers"]))
    print(f"\njunk by form where it stands{'':4s}" + head)
    # the word shapes around a number (``_shapes``) are read only per kind, below
    forms = Counter(c for r in junk for c in r["form"]
                    if not c.startswith(("unit=", "status=", "voice=", "noun=", "event=", *SHAPES)))
    for c in sorted(forms, key=lambda c: -forms[c]):
        print(line(c, lambda r, c=c: r["junk"] and c in r["form"]))
    print("\nfor each form: junk / every tabulated number (tuning | validation pooled)")
    for c in sorted(forms, key=lambda c: -forms[c]):
        t = [r for r in rows if c in r["form"] and r["part"] == "tuning"]
        v = [r for r in rows if c in r["form"] and r["part"] != "tuning"]
        print(f"  {c[:34]:34s} {sum(r['junk'] for r in t):3d}/{len(t):4d} | "
              f"{sum(r['junk'] for r in v):3d}/{len(v):4d}")
    print("\nkind x (unit, noun, event), validation pooled, kinds with 3 or more")
    by = defaultdict(Counter)
    for r in junk:
        if r["part"] != "tuning":
            key = " ".join(c for c in r["carriers"] if c.split("=")[0] in ("unit", "noun", "event"))
            by[r["kind"]][key] += 1
    for kind, c in sorted(by.items(), key=lambda kv: -sum(kv[1].values())):
        if sum(c.values()) >= 3:
            print(f"  {kind:28s} " + "; ".join(f"{k} {n}" for k, n in c.most_common()))


    print("\nkind x form where it stands, validation pooled (tuning in brackets), kinds with 3 or "
          "more, forms two or more of them share")
    forms_of = defaultdict(Counter)
    for r in junk:
        for c in r["form"]:
            if not c.startswith(("status=", "voice=", "noun=", "event=", "unit=", "small", "notsmall")):
                forms_of[(r["kind"], r["part"] == "tuning")][c] += 1
    for kind in dict.fromkeys(r["kind"] for r in junk):
        n = sum(1 for r in junk if r["kind"] == kind and r["part"] != "tuning")
        if n >= 3:
            t = forms_of[(kind, True)]
            # a form seen once is one number's shape: only forms two or more numbers share
            print(f"  {kind} ({n}): " + "; ".join(f"{c} {k} [{t[c]}]" for c, k
                                                 in forms_of[(kind, False)].most_common() if k >= 2))


def listing(name: str) -> None:
    for r in load():
        if r["part"] == "tuning" and r["junk"] and (
                r["kind"] == name or name in r["carriers"] or name in r["form"]):
            print(f"{r['cluster']} {r['article']} {r['status']} {r['expression']!r} "
                  f"noun={r.get('noun')} event={r.get('event')} | {r['why']} | {r['text'][:160]!r}")


def main() -> None:
    cmd = sys.argv[1] if len(sys.argv) > 1 else "tables"
    if cmd == "extract":
        extract("learned" if "learned" in sys.argv else "rules")
    elif cmd == "tables":
        tables()
    elif cmd == "list":
        listing(sys.argv[2])
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main()
