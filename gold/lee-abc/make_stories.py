"""How stories.jsonl was made from the Lee corpus files the gensim wheel carries (kept so the
grouping can be checked; it is not part of newsfuse and no bench runs it).

Usage: python make_stories.py DIR > /dev/null   (DIR holds lee_background.cor and lee.cor, from
gensim-4.4.0's wheel, gensim/test/test_data/), writes stories.jsonl beside this file.

The items were grouped without newsfuse: tf-idf over lower-cased words of four or more letters
(a short stop list), cosine similarity, average-link merging while the best pair of groups is at
least 0.18 alike. The groups of three or more items (25, 104 items) were kept, shuffled with
random.Random(38) and numbered lee-01 ... lee-25; the first thirteen (54 items, the first half of
the items) are the frozen set, the rest the tuning set. Items keep their file order in a story.
"""

import collections
import json
import math
import random
import re
import sys
from pathlib import Path

import numpy as np

STOP = set("the a an of to in and for on at by with from is are was were has have had be been it "
           "its that this as says said will would but not or who which after over more than their "
           "they he she his her also about up new".split())


def grouped(folder: Path) -> tuple[list[dict], list[list[int]]]:
    """The items and their groups (lists of item positions), largest first; make_rest.py reads
    the same grouping."""
    docs = []
    for name, tag, encoding in (("lee_background.cor", "bg", "utf-8"), ("lee.cor", "l50", "latin-1")):
        for i, line in enumerate(open(folder / name, encoding=encoding)):
            if line.strip():
                docs.append({"id": f"lee-{tag}-{i + 1:03d}", "text": line.strip()})
    toks = [[w.lower() for w in re.findall(r"[A-Za-z][a-z]+", d["text"])
             if w.lower() not in STOP and len(w) > 3] for d in docs]
    df = collections.Counter(w for t in toks for w in set(t))
    n, vocab = len(docs), {w: i for i, w in enumerate(df)}
    m = np.zeros((n, len(vocab)))
    for i, t in enumerate(toks):
        for w, k in collections.Counter(t).items():
            m[i, vocab[w]] = (1 + math.log(k)) * math.log(n / df[w])
    m /= np.linalg.norm(m, axis=1, keepdims=True) + 1e-9
    sim = m @ m.T
    groups = [[i] for i in range(n)]
    while True:
        best = (0, None, None)
        for x in range(len(groups)):
            for y in range(x + 1, len(groups)):
                s = sim[np.ix_(groups[x], groups[y])].mean()
                if s > best[0]:
                    best = (s, x, y)
        if best[0] < 0.18:
            break
        _, x, y = best
        groups[x] += groups[y]
        del groups[y]
    groups.sort(key=len, reverse=True)
    return docs, groups


def main(folder: Path) -> None:
    docs, groups = grouped(folder)
    kept = [[docs[i]["id"] for i in g] for g in groups if len(g) >= 3]
    random.Random(38).shuffle(kept)
    text = {d["id"]: d["text"] for d in docs}
    with open(Path(__file__).with_name("stories.jsonl"), "w", encoding="utf-8") as out:
        for k, group in enumerate(kept, 1):
            for item in sorted(group, key=lambda x: (x.split("-")[1], x)):
                out.write(json.dumps({"id": item, "title": None, "text": text[item], "published": None,
                                      "source": None, "story": f"lee-{k:02d}", "url": None,
                                      "topic": None}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
