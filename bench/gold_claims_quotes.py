"""Claims and quotes against hand-made gold, tuning and frozen splits apart.

Usage: python bench/gold_claims_quotes.py [-v] [--gold DIR ...] [--exclude DIR ...]
         [--figures learned|rules] [--kinds] [--lower [--no-restore]] [--frozen]

Reads every claims.jsonl and quotes.jsonl (and *-claims.jsonl, *-quotes.jsonl) under gold/
(gold/basil, gold/ecbplus, ...) and under every --gold DIR (a record there replaces one with the same id); --exclude DIR leaves
out the files under DIR (a validation batch whose clusters must not be shown one by one). Stories from
../shared/stories are read as their lines in file order, a1, a2, ... A record's "split" decides where it is counted: "frozen"
records were annotated from the text alone and are never tuned on, so they are run only with
--frozen, and then only the aggregate lines are printed, never a cluster's scores or an item's error (-v shows errors of
tuning records only). "validation" records are the batch changes are checked on: also
aggregate only, on a line of their own, so a choice can be checked on them without reading
their errors. Every other split (example, eval, fresh, tune) is tuning data.

Metrics (the issue's):
- quote speakers: right = a gold quote whose text a predicted quote contains or is contained
  in (case and punctuation ignored) with the gold speaker or an alias (an unnamed speaker may
  be given as the head noun its gold description opens with: "woman" for "another woman,
  sitting in front of her destroyed home"; see ``_described``; from the tenth session a full
  name with the gold's first and last name, middle initials and suffix set aside, is the same
  person: ``_one_person``, ``--strict-names`` for the older rule); a withheld speaker is a
  miss. "right" is over gold quotes, precision over the quotes given a speaker;
- figure groups shown as agreed or disputed: a shown group matches a gold cross-source group
  (status agreed or disputed) when at least half of their distinct values are shared and their
  articles overlap in two or more articles and half of their union; it is right when the status
  is the same too. Matching is one to one. Old gold records give "disputed": true/false; a group
  without "status" is disputed, agreed when its values span two or more articles, else single;
- junk figures: the share of tabulated numbers (one per figure entry and article, every status)
  that the gold lists under "non_figures" (ages, years, storeys, "two sides"...), counted only
  on records that carry the list; beside it, the same share without the entries that also rest
  on a sentence where the gold records that value as a figure (a repeat the gold lists apart,
  ``figure_repeat``);
- figure values (value + qualifier + attribution), per voice, as before.

``--lower`` scores the same gold on its clusters re-typed as the shared Multi-News text is
(``retype_lower``: lower-cased, a capital at each sentence start), which is how much a brief
loses on such text; a comparison that fails only on letter case then counts (``LOWER``).
Measured at a1d164f (thirty-sixth session; tuning read error by error, validation aggregate only),
cased -> lower-cased -> lower-cased with case36's capital restoration (f77d8a0): speakers right
tuning 1929 -> 1595 -> 1784 of 2032, validation 1131 -> 1014 -> 1066 of 1273; speaker precision
tuning 1712/1791 -> 1417/1731 -> 1586/1801, validation 944/1039 -> 837/997 -> 889/1034; groups
right tuning 220/238 -> 209/240 -> 200/227 (of 288), validation 133/160 -> 134/167 -> 131/161 (of
218); junk tuning 27/1308 -> 55/1325 -> 41/1268, validation 82/1065 -> 98/1095 -> 87/1062; values
validation 613/836 -> 612/857 -> 597/831 (found 955 -> 948 -> 943 of 1356); dates
(bench/gold_timeline.py --lower) validation 493/551 -> 63/84 -> 493/551, found 506 -> 68 -> 504
of 591: without capitals the date entities are hardly found. ``--no-restore`` (with --lower)
briefs the lowered text without restoring its capitals, the middle column above, so what
restoration gains and loses can be read group by group: at 3ef7ed3 it gives again groups 209/240
tuning, 134/167 validation, and of the tuning groups right without restoration and not with it
(11; 2 the other way) 8 went with a word the truecaser's counts lack, raised ("Pixels", "Gb",
"Emails", "Grossed"), 1 with "15 States", 2 are not right on cased text either.
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
# the shared data sits beside the main checkout; a worktree under wt/ looks one level higher
SHARED = next((p / "shared" for p in ROOT.parents if (p / "shared" / "eval").is_dir()),
              ROOT.parent / "shared")
KINDS = ("speakers", "groups", "junk", "values")
# The validation batches, by the short name the development log gives each: choices are made on
# their aggregate lines, never on a cluster's errors. One list, read by every bench that counts them.
VALIDATION = {"V": ROOT / "gold" / "multinews-s4", "X": ROOT / "gold" / "validation-s6",
              "Y": ROOT / "gold" / "validation-s7", "Z": ROOT / "gold" / "validation-s8",
              "U": ROOT / "gold" / "validation-s9", "U10": ROOT / "gold" / "validation-s10",
              "U11": ROOT / "gold" / "validation-s11",
              "U12": ROOT / "gold" / "validation-s12",
              "U13": ROOT / "gold" / "validation-s13",
              "U14": ROOT / "gold" / "validation-s14",
              "U15": ROOT / "gold" / "validation-s15",
              "U16": ROOT / "gold" / "validation-s16",
              "U19": ROOT / "gold" / "validation-s19"}


# --lower: the clusters are re-typed (``retype_lower``) and the speaker tests that read capitals
# (``_one_person``, ``_described``) no longer ask them of the predicted name, whose capitals
# the re-typing took; text comparisons here ignore case anyway (``norm``)
LOWER = False
RESTORE = True  # --no-restore: lowered text briefed as it comes, the code before capital restoration


_TYPED_START = re.compile(r"(^\s*|\.\s+)(\S)")  # the text's start, or after a full stop and space


def retype_lower(text: str) -> str:
    """``text`` typed the way Multi-News is shared (../shared/train/README.md): lower-cased,
    then the first character of the text and the first after each full stop and white space
    upper-cased ("Dan brown has topped oxfam's list"; after a quotation mark the word stays
    small, as there: '. " we are seeing'), everything else, spacing and line breaks included,
    as it was. The shared text follows exactly this rule, not a sentence splitter's: it upper-
    cases after abbreviations ("staff sgt. Robert baker") and never after "?" or "!"; lower-
    casing the first 4,263 documents of multinews_val and re-typing them this way gives back
    all of their 26,035 capitals and no other."""
    lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)  # one character each
    return _TYPED_START.sub(lambda m: m[1] + (m[2].upper() if len(m[2].upper()) == 1 else m[2]),
                            lowered)


def norm(text: str | None) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", (text or "").lower()))


def story_article(row: dict, story: str) -> "Article":
    """One line of a shared story file as an article: its title, text, url, outlet and date,
    as a brief reads a JSONL line."""
    from newsfuse.readers.jsonl import article_from_dict

    return article_from_dict({k: row.get(k) for k in ("title", "text", "url", "source", "published")},
                             story)


def story_rows(record_id: str, source: str) -> list[dict]:
    """A story's lines of a story file, in file order: one of ../shared/stories, or a file of
    the same format kept under gold/ (texts no shared folder holds, as gold/lee-abc/)."""
    path = ROOT / source if source.startswith("gold/") else SHARED.parent / source
    rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    return [r for r in rows if r.get("story") == record_id]


def source_articles(record_id: str, source: str) -> list[tuple[int, "Article"]]:
    """A gold record's articles with their gold numbers (a1 is the first document or story
    line). Every position counts, even an empty document: the annotators number articles by
    their place in the source, so an empty or dropped article must not shift later ids."""
    from newsfuse.readers import read_inputs
    from newsfuse.readers.text import article_from_text

    if source.startswith("shared/examples"):
        return list(enumerate(read_inputs(sorted((SHARED.parent / source).glob("*.txt"))), 1))
    if source.startswith(("shared/stories", "gold/")):
        # a story's articles in file order are a1, a2, ... (with their published dates)
        return [(n, story_article(r, record_id)) for n, r in enumerate(story_rows(record_id, source), 1)
                if (r.get("text") or "").strip()]
    path = SHARED / "eval" / Path(source).name
    record = next(json.loads(line) for line in open(path, encoding="utf-8")
                  if json.loads(line)["id"] == record_id)
    return [(n, article_from_text(doc, path=None)) for n, doc in enumerate(record["documents"], 1)
            if isinstance(doc, str) and doc.strip()]


def load_cluster(record_id: str, source: str):
    """The analysed cluster, its articles renamed to their gold numbers (see
    ``source_articles``): the analysis numbers the articles it keeps a1, a2, ... in order, so
    after an empty or dropped article the two numberings differ."""
    from newsfuse.analyze import analyze
    from newsfuse.clean import clean_articles

    numbered = source_articles(record_id, source)
    if LOWER:  # the text as a lower-cased corpus gives it; the reader's metadata (dates) kept
        for _, article in numbered:
            article.text = retype_lower(article.text)
            article.title = article.title and retype_lower(article.title)
    gold_id = {id(article): f"a{n}" for n, article in numbered}
    articles, _ = clean_articles([article for _, article in numbered])
    if not RESTORE:  # marked as done, restore_capitals passes them by; the mark is not scored
        for article in articles:
            article.case_restored = True
    cluster = analyze(articles)
    rename = {article.id: gold_id[id(article)] for article in cluster.articles}
    if any(old != new for old, new in rename.items()):
        for article in cluster.articles:
            article.id = rename[article.id]
        for sentence in cluster.sentences:
            sentence.article = rename[sentence.article]
        cluster.docs = {rename[k]: v for k, v in cluster.docs.items()}
    return cluster


def _bare(name: str) -> str:
    """A normalised name without its leading article: "a company official" and "company
    official" name the same speaker to a reader."""
    return re.sub(r"^(?:a|an|the) ", "", name)


_DESCRIPTION = re.compile(
    r"(?:(?:a|an|the|another|one)\s+)?(.*?)(?=\s*[,;(]|\s+(?:of|in|at|from|for|with|near|on|"
    r"who|whose|which|that)\b|$)", re.I)


def _described(predicted: str, gold_names: list[str]) -> bool:
    """An unnamed speaker given as the noun a gold description opens with: "woman" for
    "another woman, sitting in front of her destroyed home", "chairman" for "the chairman of
    the group representing ...". Only for speakers no one names (no capital in either), and
    only the description's own head phrase, so "official" does not match "a company
    official" nor "woman" a named woman."""
    if not predicted or (not LOWER and any(ch.isupper() for ch in predicted)):
        return False
    for name in gold_names:
        head = _DESCRIPTION.match(name.strip()).group(1)
        if head and not any(ch.isupper() for ch in head) and norm(head) == norm(predicted):
            return True
    return False


_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
STRICT_NAMES = False  # --strict-names: the rule of the first nine sessions (see _one_person)


def _one_person(a: str, b: str) -> bool:
    """Two written names of one person as a reader counts them: the same first and last word
    once middle initials and a suffix are set aside ("John Roberts" and "John G. Roberts Jr.",
    "Anthony Kennedy" and "Anthony M. Kennedy"). Annotators write the form the text gives,
    the brief prints the form the cluster gives most, and the issue asks whether the speaker
    is right, not whether the spelling is the annotator's. Proper names only (every word
    capitalised), so descriptions ("a senior U.S. official", "the French president") never
    match this way; a surname alone never counts: both sides need a first word (a first name,
    or a title when the gold's alias opens with it: "Justice Kennedy" for "Justice Anthony M.
    Kennedy") and the last name. A pair only initials tell apart (George W. and George H. W.
    Bush) would count as one."""
    def core(name: str, cased: bool = True) -> list[str] | None:
        words = [w.strip(".'\u2019") for w in re.split(r"[,(]", name)[0].split()]  # "Sen. X, R-Utah"
        words = [w for w in words if len(w) > 1 and w.lower() not in _SUFFIXES]
        if len(words) < 2 or (cased and not all(w[0].isupper() for w in words)):
            return None
        return [w.lower() for w in words]
    x, y = core(a or "", cased=not LOWER), core(b or "")  # the gold's own names keep their capitals
    return bool(x and y) and x[0] == y[0] and x[-1] == y[-1]


def names_ok(predicted: str | None, gold: dict) -> bool:
    given = gold["attributed_to"] if "attributed_to" in gold else gold["speaker"]
    allowed = {norm(given)}
    allowed |= {norm(a) for a in gold.get("aliases", [])}
    p = norm(predicted)
    return p in allowed or bool(p and any(p == a.replace("the ", "") or _bare(p) == _bare(a)
                                          for a in allowed)) or \
        bool(p and not STRICT_NAMES and any(_one_person(predicted, a)
                                             for a in [given or "", *gold.get("aliases", [])])) or \
        _described(predicted or "", [given or "", *gold.get("aliases", [])])


def same_text(p, g) -> bool:
    a, b = norm(p["text"]), norm(g["text"])
    return bool(a and b and (f" {a} " in f" {b} " or f" {b} " in f" {a} "))


def same_value(p, g) -> bool:
    return p["value"] == g["value"] and p["qualifier"] == g["qualifier"] and (
        (p["attributed_to"] is None and g["attributed_to"] is None)
        or (g["attributed_to"] is not None and names_ok(p["attributed_to"], g)))


def voice_figures(entry) -> list[dict]:
    """A merged figure entry as one predicted figure per voice (source) it lists."""
    voices = entry.get("voices") or [{"attributed_to": entry["attributed_to"],
                                      "articles": entry["articles"]}]
    return [{**entry, "attributed_to": v["attributed_to"], "articles": v["articles"]}
            for v in voices]


def gold_status(group) -> str:
    if "status" in group:
        return group["status"]
    if group.get("disputed"):
        return "disputed"
    return "agreed" if len({a for v in group["values"] for a in v["articles"]}) >= 2 else "single"


def _key(value) -> str:
    return json.dumps(value)


def group_match(pred, gold) -> bool:
    """Same quantity: half the distinct values shared, two or more shared articles and half
    of all their articles."""
    vp, vg = {_key(v["value"]) for v in pred["values"]}, {_key(v["value"]) for v in gold["values"]}
    ap = {a for v in pred["values"] for a in v["articles"]}
    ag = {a for v in gold["values"] for a in v["articles"]}
    return (len(vp & vg) * 2 >= len(vp | vg) and len(ap & ag) >= 2
            and len(ap & ag) * 2 >= len(ap | ag))


def junk_entry(entry, article, non_figures) -> dict | None:
    """The gold non-figure a tabulated number is: in the same article, the gold's
    expression is in the figure's sentence and holds the figure's expression ("Horton, 34"
    holds "34"), or the two expressions are the same; None when it is none."""
    expression = norm(entry.get("expression"))
    sentences = [norm(t) for t in [entry.get("text"), *entry.get("texts", [])] if t]
    for n in non_figures:
        if article not in n["articles"]:
            continue
        junk = norm(n["expression"])
        if expression == junk:
            return n
        if expression and junk and f" {expression} " in f" {junk} " and any(
                f" {junk} " in f" {s} " for s in sentences):
            return n
    return None


def figure_repeat(entry, article, gold_values) -> bool:
    """Whether a tabulated entry also rests on a sentence where the gold records its value as
    a figure of that article. The table gives a value once per article and voice, with every
    sentence that states it (``texts``); where the gold lists a later mention of that value as
    a repeat under non_figures (a story highlight, a headline, a speaker saying it again), the
    expression match of ``junk_entry`` counts the one entry as junk although the figure is
    right. Reported beside the junk share, never in its place."""
    sentences = [norm(t) for t in [entry.get("text"), *entry.get("texts", [])] if t]
    return any(article in g["articles"] and g["value"] == entry["value"] and norm(g.get("quote"))
               and any(norm(g["quote"]) in s for s in sentences) for g in gold_values)


def is_junk(entry, article, non_figures) -> bool:
    """A tabulated number the gold lists as no figure (``junk_entry``)."""
    return junk_entry(entry, article, non_figures) is not None


def line(counts, label, right="precision", found="recall") -> str:
    hp, n_p, hr, n_r = counts
    p = f"{hp / n_p:.2f}" if n_p else " n/a"
    r = f"{hr / n_r:.2f}" if n_r else " n/a"
    return f"  {label:34s} {right} {p} ({hp}/{n_p})  {found} {r} ({hr}/{n_r})"


def copies_of(record_id: str, source: str) -> dict[str, str]:
    """Each gold article that is an exact copy of an earlier one (what ``clean_articles``
    drops), mapped to the article it copies."""
    from newsfuse.clean import text_fingerprint

    first, out = {}, {}
    for n, article in source_articles(record_id, source):
        fp = text_fingerprint(article.text)
        if fp in first:
            out[f"a{n}"] = first[fp]
        else:
            first[fp] = f"a{n}"
    return out


def on_one_text(group, copies: dict[str, str]) -> bool:
    """A gold cross-source group whose articles are all one text printed more than once: the
    brief keeps one copy of an exact copy (a syndicated copy is no second source), so no brief
    can show it; the Lee corpus gold records such groups (thirty-eighth and later sessions)."""
    return bool(copies) and len({copies.get(a, a) for v in group["values"] for a in v["articles"]}) < 2


def report(counts) -> list[str]:
    hj, nj, hr, nr = counts["junk"]
    junk = f"{hj / nj:.3f}" if nj else " n/a"
    # the same count with a gold figure's repeats left out (``figure_repeat``)
    rest = f"; a figure's repeats apart {hr / nr:.3f} ({hr}/{nr})" if nr else ""
    shown = []
    if counts.get("shown_status"):
        ar, an, dr, dn = counts["shown_status"]
        shown = [f"  {'  shown right by status':34s} agreed {ar}/{an}  disputed {dr}/{dn}"]
    if counts.get("one_text", [0, 0])[1]:
        right, n = counts["one_text"]
        shown.append(f"  {'  gold groups on one text twice':34s} {n} (found without them "
                     f"{right}/{counts['groups'][3] - n})")
    return [line(counts["speakers"], "quote speakers", found="right"),
            line(counts["groups"], "agreed/disputed groups (status)"), *shown,
            f"  {'junk figures (gold non_figures)':34s} share {junk} ({hj}/{nj}){rest}",
            line(counts["values"], "figure values (val+qual+attr)")]


def score_cluster(claims, quotes, gold_c, gold_q, non_figures, verbose=False, by_kind=None,
                  copies=None):
    """Counts of one cluster (see ``report``); with ``by_kind`` (a dict), each way of finding a
    speaker also adds [right, given] there, withheld speakers counted as given. ``copies``
    (``copies_of``) counts the gold groups that rest on one text printed twice apart."""
    out = {k: [0, 0, 0, 0] for k in KINDS}
    if gold_q is not None:
        named = [p for p in quotes if p["speaker"]]
        t = out["speakers"]
        t[0] = sum(1 for p in named if any(same_text(p, g) and names_ok(p["speaker"], g)
                                           for g in gold_q))
        t[1] = len(named)
        t[2] = sum(1 for g in gold_q if any(same_text(p, g) and names_ok(p["speaker"], g)
                                            for p in quotes))
        t[3] = len(gold_q)
        for p in quotes if by_kind is not None else ():  # each way of finding a speaker
            who = p["speaker"] or p.get("unconfirmed_speaker")  # (withheld as given)
            if who:
                t = by_kind.setdefault(p.get("attribution") or "?", [0, 0])
                t[0] += any(same_text(p, g) and names_ok(who, g) for g in gold_q)
                t[1] += 1
        if verbose:
            for p in named:
                if not any(same_text(p, g) and names_ok(p["speaker"], g) for g in gold_q):
                    print(f"    wrong quote: {p['speaker']!r} ({p.get('attribution')}) <- "
                          f"{p['text'][:70]!r}")
            for g in gold_q:
                if not any(same_text(p, g) and names_ok(p["speaker"], g) for p in quotes):
                    got = [p["speaker"] or f"withheld {p.get('unconfirmed_speaker')!r}"
                           for p in quotes if same_text(p, g)]
                    print(f"    missed quote: {g['speaker']!r} (got {got}) {g['text'][:60]!r}")
    if gold_c is not None:
        gold_values = [v for g in gold_c for v in g["values"]]
        predicted = [p for g in claims for v in g["values"] for p in voice_figures(v)]
        t = out["values"]
        t[0] = sum(1 for p in predicted if any(same_value(p, g) for g in gold_values))
        t[1] = len(predicted)
        t[2] = sum(1 for g in gold_values if any(same_value(p, g) for p in predicted))
        t[3] = len(gold_values)
        shown = [g for g in claims if g["status"] in ("agreed", "disputed")]
        cross = [g for g in gold_c if gold_status(g) in ("agreed", "disputed")]
        pairs = sorted(((i, j) for i, p in enumerate(shown) for j, g in enumerate(cross)
                        if group_match(p, g)),
                       key=lambda ij: shown[ij[0]]["status"] != gold_status(cross[ij[1]]))
        used_p, used_g, right = set(), set(), set()
        for i, j in pairs:
            if i in used_p or j in used_g:
                continue
            used_p.add(i)
            used_g.add(j)
            if shown[i]["status"] == gold_status(cross[j]):
                right.add((i, j))
        t = out["groups"]
        t[0], t[1], t[2], t[3] = len(right), len(shown), len(right), len(cross)
        one_text = {j for j, g in enumerate(cross) if on_one_text(g, copies or {})}
        out["one_text"] = [sum(j not in one_text for _, j in right), len(one_text)]
        # the shown groups right by the status shown: whether a set's wrong groups are its
        # agreed or its disputed ones (the fresh draws' disputes were right far less often)
        ok = {i for i, _ in right}
        out["shown_status"] = [sum(i in ok for i, p in enumerate(shown) if p["status"] == status)
                               if n == 0 else sum(p["status"] == status for p in shown)
                               for status in ("agreed", "disputed") for n in (0, 1)]
        if non_figures is not None:
            numbers = [(v, a) for g in claims for v in g["values"] for a in v["articles"]]
            junk = [(v, a) for v, a in numbers if is_junk(v, a, non_figures)]
            out["junk"] = [len(junk), len(numbers),
                           sum(not figure_repeat(v, a, gold_values) for v, a in junk), len(numbers)]
            if verbose:
                for v, a in junk:
                    print(f"    junk figure: {v.get('expression')!r} in {a}: {v['text'][:60]!r}")
        if verbose:
            ok = {i for i, _ in right}
            for i, p in enumerate(shown):
                if i not in ok:
                    vals = [(v["value"], v["qualifier"], v["articles"]) for v in p["values"]]
                    print(f"    wrong group: {p['status']} {p['about']!r} {vals}")
            found = {j for _, j in right}
            for j, g in enumerate(cross):
                if j not in found:
                    vals = [(v["value"], v["qualifier"], v["articles"]) for v in g["values"]]
                    print(f"    missed group: {gold_status(g)} {g['about']!r} {vals}")
            for p in predicted:
                if not any(same_value(p, g) for g in gold_values):
                    print(f"    wrong figure: {p['value']} {p['qualifier']} "
                          f"by {p['attributed_to']!r} in {p['articles']}: {p['text'][:60]!r}")
            for g in gold_values:
                if not any(same_value(p, g) for p in predicted):
                    print(f"    missed figure: {g['value']} {g['qualifier']} "
                          f"by {g['attributed_to']!r} in {g['articles']}")
    return out


def add(total, counts) -> None:
    for k in KINDS:
        total[k] = [a + b for a, b in zip(total[k], counts[k])]
    for key, n in (("shown_status", 4), ("one_text", 2)):
        if key in counts:
            total[key] = [a + b for a, b in zip(total.get(key, [0] * n), counts[key])]


def load_gold(dirs: list[Path], exclude: list[Path] = ()) -> tuple[dict, dict]:
    claims, quotes = {}, {}
    excluded = [Path(x).resolve() for x in exclude]
    for d in dirs:
        for pattern, into in (("*claims.jsonl", claims), ("*quotes.jsonl", quotes)):
            for path in sorted(d.rglob(pattern)):  # claims.jsonl, basil/claims.jsonl, ...
                if any(path.resolve().is_relative_to(x) for x in excluded):
                    continue
                for line_ in open(path, encoding="utf-8"):
                    if line_.strip():
                        record = json.loads(line_)
                        into[record["id"]] = record
    return claims, quotes


# the splits never tuned on: each scored as an aggregate line of its own, never shown cluster
# by cluster, never fitted on (every bench reads them through here)
HELD_OUT = ("validation", "frozen")
PARTS = ("tuning", *HELD_OUT)  # in print order; only tuning shows clusters


def part_of(split: str | None, tuning: str = "tuning") -> str:
    """The part a record of ``split`` is counted in: its held-out split, else ``tuning``."""
    return split if split in HELD_OUT else tuning


def main() -> None:
    import argparse

    from newsfuse.crosscheck.claims import find_claims
    from newsfuse.crosscheck.quotes import find_quotes
    from newsfuse.pipeline import DEFAULT_FIGURES

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="print each error (tuning records only; never validation or frozen ones)")
    parser.add_argument("--gold", metavar="DIR", action="append", type=Path, default=[],
                        help="another folder of claims.jsonl/quotes.jsonl read after gold/")
    parser.add_argument("--exclude", metavar="DIR", action="append", type=Path, default=[],
                        help="leave out the gold files under DIR")
    parser.add_argument("--only-extra", action="store_true",
                        help="read only the --gold folders, not gold/")
    parser.add_argument("--frozen", action="store_true",
                        help="score the frozen records too (aggregate line only); without it they "
                             "are not run, so a tuning run never shows a held-out figure")
    parser.add_argument("--kinds", action="store_true",
                        help="print, for each part (tuning, validation), how often each way of "
                             "finding a speaker is right, withheld speakers counted as given: "
                             "aggregate lines only, the abstention policy's measure")
    parser.add_argument("--figures", choices=("learned", "rules"), default=None,
                        help="the claims section's figure grouping (newsfuse brief --figures; "
                             "default: the library's default)")
    parser.add_argument("--strict-names", action="store_true",
                        help="count a speaker right only in the gold's own written forms (the rule "
                             "until the tenth session): 'Anthony Kennedy' is then wrong for a gold "
                             "'Anthony M. Kennedy'")
    parser.add_argument("--lower", action="store_true",
                        help="re-type every cluster as the shared Multi-News text is (lower-cased, a "
                             "capital at each sentence start) before the brief, and let speaker names "
                             "match whatever their case: the loss on lower-cased text")
    parser.add_argument("--no-restore", action="store_true",
                        help="with --lower: brief the lowered text without restoring its capitals "
                             "(analyze.restore_capitals skipped), to measure what restoration "
                             "gains and loses; for measuring only")
    args = parser.parse_args()
    global STRICT_NAMES, LOWER, RESTORE
    STRICT_NAMES = args.strict_names
    LOWER = args.lower
    RESTORE = not args.no_restore
    dirs = ([] if args.only_extra else [ROOT / "gold"]) + args.gold
    gold_claims, gold_quotes = load_gold(dirs, args.exclude)
    totals = {part: {k: [0, 0, 0, 0] for k in KINDS} for part in PARTS}
    kinds = {part: {} for part in PARTS}  # attribution kind -> [right, given] (--kinds; -v: tuning)
    skipped = 0
    for cid in list(dict.fromkeys([*gold_claims, *gold_quotes])):
        record = gold_claims.get(cid) or gold_quotes[cid]
        split = (gold_quotes.get(cid) or {}).get("split") or record.get("split")
        part = part_of(split)
        if part == "frozen" and not args.frozen:
            skipped += 1
            continue
        cluster = load_cluster(cid, record["source"])
        start = time.perf_counter()
        claims, quotes = find_claims(cluster, figures=args.figures or DEFAULT_FIGURES), find_quotes(cluster)
        took = time.perf_counter() - start
        gc = gold_claims.get(cid)
        counts = score_cluster(claims, quotes, gc["claims"] if gc else None,
                               gold_quotes[cid]["quotes"] if cid in gold_quotes else None,
                               gc.get("non_figures") if gc else None,
                               args.verbose and part == "tuning",
                               kinds[part] if args.kinds or (args.verbose and part == "tuning")
                               else None, copies_of(cid, record["source"]) if gc else None)
        if part == "tuning":
            print(f"{cid} ({split or 'eval'}): {len(cluster.articles)} articles, "
                  f"claims+quotes {took:.3f}s")
            print("\n".join(report(counts)))
        add(totals[part], counts)
    for part in PARTS:
        print(f"\n{part}:")
        if part == "frozen" and skipped:
            print(f"  not run: {skipped} frozen records (--frozen scores them)")
            continue
        print("\n".join(report(totals[part])))
    for part in PARTS:
        if kinds[part]:
            print(f"\nquote speakers by attribution ({part}; withheld speakers counted as given):")
            for kind, (right, given) in sorted(kinds[part].items(), key=lambda kv: -kv[1][1]):
                print(f"  {kind:20s} precision {right / given:.2f} ({right}/{given})")


if __name__ == "__main__":
    main()
