"""How right the restored capitals are (``newsfuse.nlp.casing``), word by word, on the gold
clusters re-typed lower-case, whose cased originals say where each capital belongs.

Usage: python bench/case_accuracy.py [--part validation] [--list N] [--causes] [--jsonl FILE]

The gold records' articles are re-typed as Multi-News is (``gold_claims_quotes.retype_lower``:
every character keeps its place), and each one that reads as lowered English is restored as
the analysis restores it (``casing.restore``). A word is counted where the restoration could
raise it: a truecaser token opening with a letter, written in lower case in the re-typed text
(so not a sentence start the re-typing capitalised) and not after a full stop (never raised).
Raised: the restored token differs from the re-typed one; capital: the original has a capital
in it. Right = raised and capital, wrong = raised and not, missed = capital and not raised;
precision = right / raised, recall = right / capital. Split by whether the word is in the
truecaser's counts (known) or not (unseen), and by the spaCy entity type (else part of
speech) of the token on the restored text, as the analysis would parse it.

``--part validation`` prints the aggregate lines only (no word, no record); ``--list`` and
``--causes`` read tuning only. ``--causes`` sorts the wrong raises of known words by where the
capitalised count came from (``origin``) and by what the neighbours' counts said.

Thirty-seventh session (raise37), at ff79ef4. Tuning: 455 lowered reports, 163,665 words,
24,831 capitalised in the original; raised 20,688, right 17,694, wrong 2,994, missed 7,137:
precision 0.855, recall 0.713. Known words 0.901 / 0.670 (wrong 1,542, missed 6,921), unseen
0.715 / 0.944 (wrong 1,452: "http", "rehab", "statins", "website"). Known, by type: PERSON
0.967 / 0.959, GPE 0.973 / 0.970, ORG 0.886 / 0.926, PROPN 0.696 / 0.821, NOUN 0.514 / 0.040.
Validation (aggregate): raised 13,879, right 12,089, wrong 1,790, missed 4,682: 0.871 / 0.721;
known 0.905 / 0.677. The 1,542 wrong raises of known words by ``cause`` (right raises the same
cause holds for in brackets): counted capitalised mid-sentence, the corpora's style for titles
and institutions, 698 (4,268: "the President" 130, "Presidential", "Federal", "Senator",
"Mayor"); counted inside longer names, 401 (1,513: "a Video" 64, "15 States" 43, "child Star",
"the Mosque", "the Island", "Department", "Committee"); part of a hyphenated word, 142 (362:
"chick-Fil-a", "Co-operate", "E-mailed"); never lower in the counts, 131 (6,902: "Internet",
"Rep", "Telecast", "App"); all capitals from the counts' headlines, 88 (574: "VEG", "WWW",
"CONFIRMS"); sentence-opening counts, 53 (358: "Commenting", "Accordingly", "If"); after a
number, 29 (57: "4000 Graphics"). Raised on the unigram alone where the neighbours' counts
favour lower case: 284 wrong, 110 right ("Democratic" 19, "Department", "University").
Misses of known words (6,921): 1,618 open a sentence the re-typing left lower (after "?", "!"
or a quotation mark); the rest mostly the last word of a name the counts read lower ("the
Washington post", "Fox news"), "us" for "US", and captions ("photos: emotions run high").
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

_OPENERS = frozenset(".!?")  # the training sentences' last token: a count after it is an opening
PSEUDO = 5.0  # the truecaser's pseudo count (TrueCaser.get_score)


def score_parts(model, prev: str | None, casing: str, nxt: str | None) -> dict[str, float]:
    """The four log terms the truecaser sums for ``casing`` between ``prev`` (as cased) and
    ``nxt`` (read lower): unigram, backward and forward bigram, trigram."""
    options = model.word_casing_lookup[casing.lower()]

    def share(dist, key) -> float:
        return math.log((dist[key(casing)] + PSEUDO) / sum(dist[key(o)] + PSEUDO for o in options))

    nxt = nxt and nxt.lower()
    return dict(counts=[model.uni_dist[casing], model.backward_bi_dist[f"{prev}_{casing}"],
                        model.forward_bi_dist[f"{casing}_{nxt}"], model.trigram_dist[f"{prev}_{casing}_{nxt}"]],
                uni=share(model.uni_dist, lambda c: c),
                back=share(model.backward_bi_dist, lambda c: f"{prev}_{c}") if prev is not None else 0.0,
                fore=share(model.forward_bi_dist, lambda c: f"{c}_{nxt}") if nxt is not None else 0.0,
                tri=share(model.trigram_dist, lambda c: f"{prev}_{c}_{nxt}")
                if prev is not None and nxt is not None else 0.0)


_BEFORE: dict[str, Counter] | None = None


def before_counts(casing: str) -> Counter:
    """The tokens before ``casing`` in the truecaser's counts (its backward bigrams; a
    sentence's first word is counted after the sentence's last token, usually a full stop)."""
    global _BEFORE
    if _BEFORE is None:
        from newsfuse.nlp import casing as casing_module

        _BEFORE = defaultdict(Counter)
        for key, n in casing_module.truecaser().backward_bi_dist.items():
            prev, _, word = key.rpartition("_")
            if word[:1].isupper():
                _BEFORE[word][prev] += n
    return _BEFORE.get(casing, Counter())


def origin(casing: str) -> str:
    """Where the counts' ``casing`` (a capitalised form) mostly stood: "opening" (first in a
    sentence), "after a capital" (inside a longer name or a title-case run: "United States",
    "Grateful Dead"), "after lower case" (its own use mid-sentence), by the larger share."""
    before = before_counts(casing)
    total = sum(before.values()) or 1
    opening = sum(n for p, n in before.items() if p in _OPENERS) / total
    capital = sum(n for p, n in before.items() if p[:1].isupper()) / total
    lower = 1 - opening - capital
    return max((opening, "opening"), (capital, "after a capital"), (lower, "after lower case"))[1]


def read_report(text: str, original: str, nlp, model) -> list[dict]:
    """One row per token the restoration could raise (module docstring)."""
    from case_unseen import sentence_reads
    from newsfuse.analyze import split_sentences
    from newsfuse.nlp.casing import STOPS, restore

    restored = restore(text, split_sentences)
    doc = nlp(restored)
    token_at = {}
    for t in doc:
        for k in range(t.idx, t.idx + len(t)):
            token_at[k] = t
    known = model.word_casing_lookup
    rows = []
    for spans, tokens, answers in sentence_reads(text):
        opening = True  # no word yet in the sentence (quotation marks and brackets may open it)
        for i, ((a, b), token) in enumerate(zip(spans, tokens)):
            first, opening = opening, opening and not token[0].isalnum()
            if (token != token.lower() or not token[0].isalpha()
                    or (i > 0 and tokens[i - 1] in STOPS)):  # restore writes these as they are
                continue
            word, got = text[a:b], restored[a:b]
            spacy_token = token_at.get(a)
            row = dict(word=word, restored=got, original=original[a:b],
                       raised=got != word, capital=original[a:b] != original[a:b].lower(),
                       known=token.lower() in known, opening=first,
                       hyphen=text[b:b + 1] == "-" or text[a - 1:a] == "-" if a else text[b:b + 1] == "-",
                       kind=(spacy_token.ent_type_ or spacy_token.pos_) if spacy_token is not None else "?",
                       prev=answers[i - 1] if i else ",", next=tokens[i + 1] if i + 1 < len(tokens) else None,
                       context=restored[max(0, a - 50):b + 50].replace("\n", " "))
            if row["raised"] and row["known"]:
                lower = token.lower()
                chosen = score_parts(model, row["prev"], answers[i], row["next"])
                plain = score_parts(model, row["prev"], lower, row["next"]) if lower in known[lower] else None
                row.update(parts=chosen, plain=plain, only_capital=plain is None,
                           origin=origin(answers[i]) if answers[i][:1].isupper() else "?")
            rows.append(row)
    return rows


def line(label: str, rows: list[dict]) -> str:
    raised = sum(r["raised"] for r in rows)
    capital = sum(r["capital"] for r in rows)
    right = sum(r["raised"] and r["capital"] for r in rows)
    exact = sum(r["raised"] and r["restored"] == r["original"] for r in rows)
    return (f"  {label:28s} words {len(rows):6d}  capital {capital:5d}  raised {raised:5d}  "
            f"right {right:5d} (exact {exact:5d})  wrong {raised - right:4d}  missed {capital - right:5d}  "
            f"precision {right / raised if raised else 0:.3f}  recall {right / capital if capital else 0:.3f}")


def cause(r: dict) -> str:
    """The first that holds of a raised known word: hyphen part, all capitals (the counts'
    headlines), after a number, never lower in the counts, else where its capitalised count
    mostly stood (``origin``)."""
    if r["hyphen"]:
        return "part of a hyphenated word"
    if len(r["restored"]) > 1 and r["restored"].isalpha() and r["restored"].isupper():
        return "all capitals (the counts' headlines)"
    if any(c.isdigit() for c in r["prev"]):
        return "after a number"
    if r["only_capital"]:
        return f"never lower in the counts, counted {r['origin']}"
    return {"after a capital": "counted inside longer names (after a capital)",
            "opening": "counted at sentence openings",
            "after lower case": "counted capitalised mid-sentence (titles, institutions)"}.get(
        r["origin"], r["origin"])


def unigram_alone(r: dict) -> bool:
    """Raised on the unigram count where the neighbours' counts (the bigrams and the trigram)
    favour the lower-case form."""
    plain, chosen = r["plain"], r["parts"]
    return plain is not None and plain["uni"] < chosen["uni"] and (
        plain["back"] + plain["fore"] + plain["tri"] > chosen["back"] + chosen["fore"] + chosen["tri"])


def causes(rows: list[dict], listed: int) -> None:
    """The raises of known words by ``cause``: wrong ones, and right ones the same cause
    holds for (what a fix of that cause would put at risk), with the most frequent words."""
    raised = [r for r in rows if r["raised"] and r["known"]]
    print(f"\n# raises of known words: wrong {sum(not r['capital'] for r in raised)}, "
          f"right {sum(r['capital'] for r in raised)}; by cause:")
    for name, _ in Counter(cause(r) for r in raised if not r["capital"]).most_common():
        group = [r for r in raised if cause(r) == name]
        wrong = [r for r in group if not r["capital"]]
        print(f"#   {name}: wrong {len(wrong)}, right {len(group) - len(wrong)}; wrong: " + ", ".join(
            f"{w} {n}" for w, n in Counter(r["restored"] for r in wrong).most_common(listed)))
    group = [r for r in raised if unigram_alone(r)]
    print(f"# across causes, {unigram_alone.__doc__.split(chr(10))[0].strip()[:60]}...: "
          f"wrong {sum(not r['capital'] for r in group)}, right {sum(r['capital'] for r in group)}")


def main() -> None:
    from case_unseen import gold_texts
    from newsfuse import Article
    from newsfuse.language import ENGLISH, article_language
    from newsfuse.nlp import casing
    from newsfuse.nlp.spacy_pipeline import get_nlp

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--part", choices=("tuning", "validation"), default="tuning")
    parser.add_argument("--list", type=int, default=0, help="tuning: the N most frequent wrong raises and misses")
    parser.add_argument("--causes", action="store_true", help="tuning: wrong raises of known words by cause")
    parser.add_argument("--jsonl", type=Path, default=None, help="tuning: every counted word, one line each")
    args = parser.parse_args()
    tuning = args.part == "tuning"
    model, nlp = casing.truecaser(), get_nlp()
    rows, reports = [], 0
    for cid, text, original in gold_texts(args.part):
        if not casing.lowered(text) or article_language(Article(text=text)) != ENGLISH:
            continue
        reports += 1
        for row in read_report(text, original, nlp, model):
            row["cluster"] = cid
            rows.append(row)
    print(f"# {args.part}: {reports} lowered English reports")
    print(line("all", rows))
    print(line("not a sentence's first", [r for r in rows if not r["opening"]]))
    for name, test in (("known", lambda r: r["known"]), ("unseen", lambda r: not r["known"])):
        print(line(name, [r for r in rows if test(r)]))
    for name, test in (("known", lambda r: r["known"]), ("unseen", lambda r: not r["known"])):
        print(f"# {name}, by entity type (else part of speech) on the restored text:")
        part = [r for r in rows if test(r)]
        for kind, _ in Counter(r["kind"] for r in part if r["raised"] or r["capital"]).most_common():
            print(line(kind, [r for r in part if r["kind"] == kind]))
    if not tuning:
        return
    if args.jsonl:
        args.jsonl.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    if args.list:
        for name, test in (("wrong raise, known", lambda r: r["raised"] and not r["capital"] and r["known"]),
                           ("wrong raise, unseen", lambda r: r["raised"] and not r["capital"] and not r["known"]),
                           ("missed, known", lambda r: r["capital"] and not r["raised"] and r["known"])):
            print(f"# {name}:", ", ".join(f"{w} {n}" for w, n in Counter(
                r["restored"] for r in rows if test(r)).most_common(args.list)))
    if args.causes:
        causes(rows, args.list or 15)


if __name__ == "__main__":
    main()
