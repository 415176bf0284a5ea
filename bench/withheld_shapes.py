"""The quotes the brief gives NO speaker on Multi-News train text, each in its paragraph, for
an editor to read a random share and mark by shape who (if anyone) said them.

Usage: python bench/withheld_shapes.py [--clusters 300] [--seed 58] [--skip REVIEW ...]
           [--sample 60] > withheld.txt

Clusters are drawn at random from ../shared/train/multinews_train.jsonl.gz (never annotated),
leaving out every cluster any bench marked by hand (bench/marked_before102.txt) and the clusters
of the review files given with --skip (a measured-only draw stays unread). Each is cleaned and
analysed as the gold bench does (no summary, no encoder) and ``find_quotes`` is read; every
entry with no speaker is counted (guess or none) and ``--sample`` of them, drawn by the same
seed, are printed with their article's paragraph.

Thirty-second session (spk58), ``--clusters 250`` (seed 58, seeds 104 and 105's clusters left
out), main f2dced4: 932 quote entries, 862 given a speaker, 70 none (22 with an unconfirmed
guess). A random 60 of the 70, read by hand: a pronoun whose referent the text names 20 (its
antecedent a name the lower-cased truncated text hides from the parser 14: seven tried with
capitals all resolve; a description, "the director", "our president", "it" for a statement,
"they" for researchers, 6; three are tweets); quotation marks misread 9 (a cut opening mark, a
backtick, a mangled closing mark, marks nested alike, page furniture); not speech (a film, show or
setting's title, a term, a sound heard) 7; a fragment of narrative no one said ("has been
described as") 6; no speaker in the text 5; a speaker named after the quote in a lower-cased
name not read ("..., " tori fugate with kc pet project said") 5, all read with capitals; a verb
of saying in the quote's sentence not read 5 (with capitals three are read; 'dismissed reports
..., telling listeners, "..."' and 'denouncing what the paper called a "..."' are not); a
caption 2; a headline 1. No shape of cased text reaches five.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))
import junk_review  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clusters", type=int, default=300)
    parser.add_argument("--seed", type=int, default=58)
    parser.add_argument("--sample", type=int, default=60)
    parser.add_argument("--skip", action="append", default=[], metavar="REVIEW")
    args = parser.parse_args()

    from newsfuse.crosscheck.quotes import find_quotes

    marked = set(junk_review.marked_clusters("marked_before102.txt")) | junk_review.ids_in(args.skip)
    chosen = junk_review.shuffled_draw(f"withheld-{args.seed}", args.clusters, marked)

    total = given = guessed = 0
    withheld = []
    for record in chosen:
        cluster = junk_review.analysed(record)
        if cluster is None:
            continue
        body = {a.id: a.text for a in cluster.articles}
        for q in find_quotes(cluster):
            total += 1
            if q["speaker"]:
                given += 1
                continue
            guessed += bool(q.get("unconfirmed_speaker"))
            article = q["articles"][0]
            text = body.get(article, "")
            at = text.find(q["text"][:30])
            lo = max(text.rfind("\n", 0, at) + 1, at - 500) if at >= 0 else 0
            hi = text.find("\n", at) if at >= 0 else -1
            hi = min(hi if hi >= 0 else len(text), at + len(q["text"]) + 400)
            paragraph = text[lo:at] + "[[" + text[at:hi] if at >= 0 else "(not found)"
            withheld.append((record["id"], article, q.get("unconfirmed_speaker"),
                             q.get("attribution"), q["text"], paragraph))
        sys.stderr.write(f"\r{record['id']} {total} {len(withheld)}")
    print(f"# {len(chosen)} clusters: {total} quote entries, {given} given a speaker, "
          f"{len(withheld)} none ({guessed} with an unconfirmed guess)")
    for n, (rid, article, guess, kind, text, paragraph) in enumerate(
            random.Random(args.seed).sample(withheld, min(args.sample, len(withheld)))):
        print(f"\n[{n}] {rid} {article} guess={guess} kind={kind}\n  Q: {text[:200]}\n"
              f"  P: {paragraph}")


if __name__ == "__main__":
    main()
