"""Where the junk of the figures table sits, and what a tabulated figure has that junk lacks:
measured over every tuning and validation claims record pooled, validation in aggregate only.

Usage:
  python bench/worth_policy.py extract        # parse every record once, write the rows cache
  python bench/worth_policy.py tables [-v] [--kept]  # counts by status and by feature, per part
                                              # (--kept: only what the table still shows)
  python bench/worth_policy.py policies       # what each candidate policy would remove

Each row is one figure statement of one part the rules tabulate (``claims.rule_parts``: the
statements of one quantity with their status), with the features a policy could read (status,
unit kind, counted noun, event, attribution, whether the counted noun is one the story is
about: named in two or more articles' text, in a headline or a lead) and its gold label: junk
when the gold lists it under ``non_figures`` (the gold bench's own ``junk_entry``), a gold
value when a gold figure of that article has that value, else neither. The bench counts
numbers per merged figure entry and article, so these counts are close to, not equal to, its
lines. Tuning rows may be listed one by one (``-v``); validation rows (gold/multinews-s4,
gold/validation-s6, gold/validation-s7) are only ever counted, and frozen
records are never read.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gold_claims_quotes import ROOT, junk_entry, load_cluster, load_gold  # noqa: E402

CACHE = Path("/tmp/worth_policy_rows.jsonl")
VALIDATION_DIRS = {"V": ROOT / "gold" / "multinews-s4", "X": ROOT / "gold" / "validation-s6",
                   "Y": ROOT / "gold" / "validation-s7"}


def records(validation: dict[str, Path] = VALIDATION_DIRS) -> list[tuple[str, dict]]:
    """(part, claims record) for every record with non_figures: "tuning" or the name of a
    validation batch in ``validation`` (V, X and Y unless told); frozen records are skipped
    before their cluster is loaded."""
    out = []
    frozen = [d for d in (ROOT / "gold").iterdir() if d.name.startswith("frozen")]
    tuning, _ = load_gold([ROOT / "gold"], exclude=[*validation.values(), *frozen])
    for r in tuning.values():
        if r.get("split") not in ("frozen", "validation") and r.get("non_figures") is not None:
            out.append(("tuning", r))
    for name, folder in validation.items():
        for r in load_gold([folder])[0].values():
            if r.get("split") != "frozen" and r.get("non_figures") is not None:
                out.append((name, r))
    return out


def lemma_sets(cluster) -> tuple[dict, set, set]:
    """Per article, the noun lemmas of its text; the noun lemmas of every headline; of every
    article's first three body sentences (its lead)."""
    body: dict[str, set] = {}
    heads, leads = set(), set()
    for article in cluster.articles:
        docs = cluster.docs.get(article.id, [])
        seen = set()
        body_sents = 0
        for k, doc in enumerate(docs):
            head = k == 0 and bool(article.title)
            for sent in doc.sents:
                lemmas = {t.lemma_.lower() for t in sent if t.pos_ in ("NOUN", "PROPN")}
                seen |= lemmas
                if head:
                    heads |= lemmas
                elif body_sents < 3:
                    leads |= lemmas
                    body_sents += 1
        body[article.id] = seen
    return body, heads, leads


def locate(cluster, s):
    """The tokens of a statement's expression in its sentence (the first match), or None."""
    for p, doc in enumerate(cluster.docs.get(s["article"], [])):
        for sent in doc.sents:
            if sent.text.strip() != s["text"]:
                continue
            at = sent.text.find(s["expression"])
            if at < 0:
                continue
            span = doc.char_span(sent.start_char + at, sent.start_char + at + len(s["expression"]),
                                 alignment_mode="expand")
            if span is not None:
                return p, span
    return None


def _parse_features(cluster, s, quoted) -> dict:
    """Where the number stands: inside quoted words (``quoted``: paragraph -> token indices of
    the article's quotations, ``speech.quoted_tokens``), under a modal or an "if" (what may,
    would or should happen), with I/you/we as the clause's subject."""
    found = locate(cluster, s)
    if found is None:
        return {"located": False, "in_quote": False, "modal": False, "conditional": False,
                "personal": False}
    p, span = found
    root = span.root
    verb = next((t for t in [root, *root.ancestors] if t.pos_ in ("VERB", "AUX")), None)
    modal = conditional = personal = False
    if verb is not None:
        kids = list(verb.children)
        modal = any(c.tag_ == "MD" for c in kids) or verb.tag_ == "MD"
        conditional = any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in kids)
        personal = any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("i", "you", "we")
                       for c in kids)
    return {"located": True, "in_quote": any(t.i in quoted.get(p, ()) for t in span),
            "modal": modal, "conditional": conditional, "personal": personal}


def tabulated(todo):
    """Each record's cluster in turn (one loaded at a time) with its tabulated numbers as the
    shipped rules group them: (part, record, cluster, statements, ctx, numbers), where numbers
    holds (stmts, status, event, s, label, junk) for every statement ``s`` of every rule part,
    ``label`` being "junk" (the gold's non-figure ``junk``), "gold" (a value the gold records
    in that article) or "other"."""
    from newsfuse.crosscheck import claims

    for n, (part, record) in enumerate(todo, 1):
        print(f"{n}/{len(todo)}", part, file=sys.stderr, flush=True)
        cluster = load_cluster(record["id"], record["source"])
        statements, ctx = claims.prepared_statements(cluster)
        gold = [(v["value"], set(v["articles"])) for g in record["claims"] for v in g["values"]]
        numbers = []
        for stmts, status, event in claims.rule_parts(statements, ctx):
            for s in stmts:
                junk = junk_entry({"expression": s["expression"], "text": s["text"]},
                                  s["article"], record["non_figures"])
                is_gold = any(s["value"] == v and s["article"] in arts for v, arts in gold)
                label = "junk" if junk else "gold" if is_gold else "other"
                numbers.append((stmts, status, event, s, label, junk))
        yield part, record, cluster, statements, ctx, numbers


def write_rows(rows: list[dict], path: Path) -> None:
    """The rows cache, one JSON object a line."""
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r) + "\n")
    print(f"{len(rows)} rows -> {path}", file=sys.stderr)


def extract() -> None:
    from newsfuse.crosscheck import claims
    from newsfuse.crosscheck.events import TRACKED
    from newsfuse.crosscheck.speech import quoted_tokens

    rows = []
    for part, record, cluster, statements, ctx, numbers in tabulated(records()):
        body, heads, leads = lemma_sets(cluster)
        counted_in = claims.articles_counting(statements, ctx.classes)
        quoted = {a.id: quoted_tokens(cluster, a.id) for a in cluster.articles}
        for stmts, status, event, s, label, junk in numbers:
            noun = s["noun"]
            rows.append({
                "part": part, "cluster": record["id"], "article": s["article"],
                "label": label,
                "why": (junk or {}).get("why"),
                "status": status, "unit": s["unit"].split(":")[0], "noun": noun,
                # tabulated by the shipped code (False: kept apart after grouping)
                "kept": claims.worth.kept_apart(stmts, status) is None,
                "event": s["event"], "tracked": s["event"] in TRACKED,
                "attributed": bool(s["attributed_to"]), "small": s["small"],
                "vague": s["vague"], "qualifier": s["qualifier"],
                "noun_articles": sum(noun in lem for lem in body.values()) if noun else 0,
                "noun_headline": bool(noun) and noun in heads,
                "noun_lead": bool(noun) and noun in leads,
                "noun_counted": len(counted_in.get(ctx.classes.get(noun), ())) if noun else 0,
                "part_articles": len({x["article"] for x in stmts}),
                "expression": s["expression"], "text": s["text"][:160],
                **_parse_features(cluster, s, quoted.get(s["article"], {})),
            })
    write_rows(rows, CACHE)


def load() -> list[dict]:
    return [json.loads(x) for x in open(CACHE, encoding="utf-8")]


def _line(label, rows) -> str:
    c = Counter(r["label"] for r in rows)
    n = len(rows)
    share = c["junk"] / n if n else 0
    clusters = len({r["cluster"] for r in rows if r["label"] == "junk"})
    return (f"  {label:40s} n={n:4d} junk={c['junk']:3d} ({share:.3f}, {clusters} clusters) "
            f"gold={c['gold']:4d} other={c['other']:4d}")


FEATURES = {
    "status": lambda r: r["status"],
    "unit": lambda r: r["unit"],
    "has noun": lambda r: r["noun"] is not None,
    "has event": lambda r: r["event"] is not None,
    "tracked event": lambda r: r["tracked"],
    "attributed": lambda r: r["attributed"],
    "noun in >=2 articles": lambda r: r["noun_articles"] >= 2,
    "noun in a headline": lambda r: r["noun_headline"],
    "noun in a lead": lambda r: r["noun_lead"],
    "noun counted in >=2 articles": lambda r: r["noun_counted"] >= 2,
    "qualifier": lambda r: r["qualifier"],
    "located": lambda r: r["located"],
    "in quote": lambda r: r["in_quote"],
    "modal": lambda r: r["modal"],
    "conditional": lambda r: r["conditional"],
    "I/you/we subject": lambda r: r["personal"],
    "in quote and (modal or if or I/you/we)": lambda r: r["in_quote"] and (
        r["modal"] or r["conditional"] or r["personal"]),
}


def tables(verbose=False, kept=False) -> None:
    rows = load()
    for part in ("tuning", "V", "X", "Y", "all"):
        sel = [r for r in rows if (part == "all" or r["part"] == part) and (r["kept"] or not kept)]
        print(f"\n{part}:")
        print(_line("every tabulated statement", sel))
        for name, f in FEATURES.items():
            for value in sorted({f(r) for r in sel}, key=str):
                print(_line(f"{name} = {value}", [r for r in sel if f(r) == value]))
        singles = [r for r in sel if r["status"] == "single"]
        print(" singles only:")
        for name, f in FEATURES.items():
            if name == "status":
                continue
            for value in sorted({f(r) for r in singles}, key=str):
                print(_line(f"{name} = {value}", [r for r in singles if f(r) == value]))
    if verbose:
        for r in rows:
            if r["part"] == "tuning" and r["label"] == "junk" and (r["kept"] or not kept):
                print(f"junk {r['cluster']} {r['article']} {r['status']} {r['expression']!r} "
                      f"noun={r['noun']} event={r['event']} arts={r['noun_articles']} "
                      f"head={r['noun_headline']} lead={r['noun_lead']} | {r['why']} | {r['text']!r}")


def story_noun(r) -> bool:
    return r["noun_articles"] >= 2 or r["noun_headline"] or r["noun_lead"]


POLICIES = {
    "drop every single": lambda r: r["status"] != "single",
    "single needs money/percent/tracked event": lambda r: r["status"] != "single" or r["unit"] in (
        "money", "percent") or r["tracked"],
    "single needs story noun or money/percent/tracked": lambda r: r["status"] != "single" or r[
        "unit"] in ("money", "percent") or r["tracked"] or story_noun(r),
    "single count needs a noun": lambda r: r["status"] != "single" or r["unit"] != "count"
    or r["noun"] is not None,
    "single count needs story noun or tracked event": lambda r: r["status"] != "single"
    or r["unit"] != "count" or r["tracked"] or story_noun(r),
    "single count needs noun in >=2 articles or tracked": lambda r: r["status"] != "single"
    or r["unit"] != "count" or r["tracked"] or r["noun_articles"] >= 2,
    "single count needs noun in headline/lead or tracked": lambda r: r["status"] != "single"
    or r["unit"] != "count" or r["tracked"] or r["noun_headline"] or r["noun_lead"],
    "single count needs attribution or tracked": lambda r: r["status"] != "single"
    or r["unit"] != "count" or r["tracked"] or r["attributed"],
    "single in a quote dropped": lambda r: r["status"] != "single" or not r["in_quote"],
    "single in a quote dropped unless money/percent/tracked": lambda r: r["status"] != "single"
    or not r["in_quote"] or r["unit"] in ("money", "percent") or r["tracked"],
    "single in a quote dropped unless noun counted in >=2 articles": lambda r: r["status"] != "single"
    or not r["in_quote"] or r["noun_counted"] >= 2,
    "single in a quote dropped unless noun in headline": lambda r: r["status"] != "single"
    or not r["in_quote"] or r["noun_headline"],
    "single with I/you/we subject dropped": lambda r: r["status"] != "single" or not r["personal"],
    "single in a quote or with I/you/we subject dropped": lambda r: r["status"] != "single"
    or not (r["in_quote"] or r["personal"]),
    "any in a quote dropped": lambda r: not r["in_quote"],
    "single count in a quote dropped": lambda r: r["status"] != "single" or not r["in_quote"]
    or r["unit"] != "count",
    "single small count dropped": lambda r: r["status"] != "single" or not r["small"],
}


def policies() -> None:
    rows = load()
    for name, keep in POLICIES.items():
        print(f"\n{name}:")
        for part in ("tuning", "V", "X", "Y", "all"):
            sel = [r for r in rows if part == "all" or r["part"] == part]
            kept = [r for r in sel if keep(r)]
            gone = [r for r in sel if not keep(r)]
            c0, c1 = Counter(r["label"] for r in sel), Counter(r["label"] for r in kept)
            touched = len({r["cluster"] for r in gone})
            print(f"  {part:7s} junk {c0['junk']}/{len(sel)} = {c0['junk'] / len(sel):.3f} -> "
                  f"{c1['junk']}/{len(kept)} = {c1['junk'] / max(len(kept), 1):.3f}; "
                  f"gold values {c0['gold']} -> {c1['gold']}; clusters touched {touched}")


def main() -> None:
    cmd = sys.argv[1] if len(sys.argv) > 1 else "tables"
    if cmd == "extract":
        extract()
    elif cmd == "tables":
        tables("-v" in sys.argv, "--kept" in sys.argv)
    elif cmd == "policies":
        policies()
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main()
