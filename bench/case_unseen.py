"""The words the truecaser never saw (``newsfuse.nlp.casing``: absent from its counts) in
lower-cased English reports, counted by kind, and on the lowered tuning gold, whether each was
written with a capital in the cased original.

Usage: python bench/case_unseen.py --gold [--list N]
       python bench/case_unseen.py --clusters 200 --seed 151 [--ids FILE] [--list N]

``--gold`` reads the tuning records of gold/ (never validation or frozen ones) re-typed as
Multi-News is (``gold_claims_quotes.retype_lower``, which keeps every character's place, so a
word's casing in the original is read at the same offsets). ``--seed`` reads a train draw as
bench/case_restored.py draws it. A word is counted where the restoration would ask about it: a
token written in lower case, opening with a letter, not after a full stop.

Thirty-seventh session (oov37): ``--gold``: 455 lowered English reports, 6,007 unseen tokens
(2,411 distinct), 3,818 capitalised in the original (names the counts predate: "romney",
"obama", "biden", "lohan", "putin"; brands: "facebook", "macbook", "buzzfeed"); next to a word
the truecaser raised 1,073 (919 capitalised); with a digit 78 (48). ``--seed 151``: 483
reports, 3,187 unseen tokens; 100 read by hand: 56 names or brands (33 people: "niekerk",
"vietor", "ghebreyesus", "pickett"), 44 common words (adverbs "massively", inflections
"blacklisted", "pivoted", compounds "crowdfunding", "schoolkids", new words "email", "tweet",
"online"). ``casing.common_word`` keeps 907 of the gold's in lower case (216 of them
capitalised in the original) and 515 of the draw's.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))


def sentence_reads(text: str):
    """For each sentence of ``text`` as the restoration reads it (``casing.restore``: a line's
    sentences by the analysis pass's splitter, the truecaser's tokens after a comma), the
    tokens' spans, the tokens as asked and the truecaser's answers (unseen tokens as-is)."""
    from newsfuse.analyze import split_sentences
    from newsfuse.nlp import casing

    model = casing.truecaser()
    for start, end in casing.sentence_spans(text, split_sentences):
        spans = casing.sentence_tokens(text, start, end)
        tokens = [casing.asked(text[a:b]) for a, b in spans]
        answers = model.get_true_case_from_tokens([","] + tokens, "as-is")[1:]
        yield spans, tokens, answers


def unseen_tokens(text: str, original: str | None = None):
    """(word, its tokens' context, features, written capitalised in ``original``) for each
    unseen token of ``text``."""
    from newsfuse.nlp import casing

    known = casing.truecaser().word_casing_lookup
    for spans, tokens, answers in sentence_reads(text):
        for i, ((a, b), token) in enumerate(zip(spans, tokens)):
            if (token != token.lower() or not token[0].isalpha() or token.lower() in known
                    or (i > 0 and tokens[i - 1] in casing.STOPS)):
                continue
            raised = [j for j in (i - 1, i + 1) if 0 <= j < len(tokens)
                      and answers[j] != tokens[j] and answers[j][:1].isupper()
                      and answers[j].lower() == tokens[j]]
            truth = None if original is None else original[a].isupper()
            yield dict(word=token, prev=tokens[i - 1] if i else "", next=tokens[i + 1] if i + 1 < len(tokens) else "",
                       hyphen=text[b:b + 1] == "-" or text[a - 1:a] == "-",
                       raised_neighbour=bool(raised), capital=truth,
                       context=text[max(0, a - 60):b + 60].replace("\n", " "))


def gold_texts(part: str = "tuning"):
    """(cluster id, article text re-typed lower, the cased original) of the gold records of
    ``part`` (tuning or validation; never frozen: no bench here reads frozen text)."""
    import gold_claims_quotes as g

    assert part != "frozen"

    claims, quotes = g.load_gold([ROOT / "gold"])
    for cid in dict.fromkeys([*claims, *quotes]):
        record = claims.get(cid) or quotes[cid]
        split = (quotes.get(cid) or {}).get("split") or record.get("split")
        if g.part_of(split) != part:
            continue
        for _, article in g.source_articles(cid, record["source"]):
            yield cid, g.retype_lower(article.text), article.text


def draw_texts(seed: int, clusters: int, ids: Path | None):
    import junk_review
    from case_restored import read_before

    records = junk_review.shuffled_draw(f"case-{seed}", clusters, read_before(seed))
    if ids:
        ids.write_text("".join(r["id"] + "\n" for r in records), encoding="utf-8")
    for record in records:
        for article in junk_review.cleaned(record):
            yield record["id"], article.text, None


def main() -> None:
    import wordfreq

    from newsfuse.language import ENGLISH, article_language
    from newsfuse import Article
    from newsfuse.nlp.casing import lowered

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", action="store_true")
    parser.add_argument("--seed", type=int, default=151)
    parser.add_argument("--clusters", type=int, default=200)
    parser.add_argument("--ids", type=Path, default=None)
    parser.add_argument("--list", type=int, default=0)
    parser.add_argument("--jsonl", type=Path, default=None, help="every unseen token, one line each")
    args = parser.parse_args()
    texts = gold_texts() if args.gold else draw_texts(args.seed, args.clusters, args.ids)
    from newsfuse.nlp.casing import common_word
    rows = []
    reports = 0
    for cid, text, original in texts:
        if not lowered(text) or article_language(Article(text=text)) != ENGLISH:
            continue
        reports += 1
        for row in unseen_tokens(text, original):
            word = row["word"]
            row.update(cluster=cid, common=common_word(word), zipf=wordfreq.zipf_frequency(word, "en"),
                       digit=any(c.isdigit() for c in word))
            rows.append(row)
    if args.jsonl:
        args.jsonl.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    print(f"# {reports} lowered English reports, {len(rows)} unseen tokens, "
          f"{len({r['word'] for r in rows})} distinct")
    for name, test in (("digit", lambda r: r["digit"]), ("hyphen", lambda r: r["hyphen"]),
                       ("common word (raised no more)", lambda r: r["common"]),
                       ("raised neighbour", lambda r: r["raised_neighbour"]),
                       ("-ly", lambda r: r["word"].endswith("ly")),
                       ("-ing/-ed/-s", lambda r: r["word"].endswith(("ing", "ed", "s"))),
                       ("zipf>=3", lambda r: r["zipf"] >= 3)):
        hit = [r for r in rows if test(r)]
        capital = sum(bool(r["capital"]) for r in hit)
        print(f"#   {name}: {len(hit)}" + (f" (capitalised in the original {capital})" if args.gold else ""))
    if args.gold:
        print(f"#   capitalised in the original: {sum(bool(r['capital']) for r in rows)}")
    for name, test in (("unseen", lambda r: True), ("kept in lower case", lambda r: r["common"]),
                       ("still raised", lambda r: not r["common"])):
        print(f"# {name}, most frequent:", ", ".join(
            f"{w} {n}" for w, n in Counter(r["word"] for r in rows if test(r)).most_common(args.list)))
    if args.gold:
        for name, test in (("raised, lower-case in the original", lambda r: not r["common"] and not r["capital"]),
                           ("kept lower, capitalised in the original", lambda r: r["common"] and r["capital"])):
            print(f"# {name}:", ", ".join(f"{w} {n}" for w, n in Counter(
                r["word"] for r in rows if test(r)).most_common(args.list)))


if __name__ == "__main__":
    main()
