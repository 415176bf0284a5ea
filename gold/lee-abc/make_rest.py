"""How rest.jsonl was made: the Lee corpus items that stories.jsonl leaves out (kept so the
selection can be checked; it is not part of newsfuse and no bench runs it).

Usage: python make_rest.py DIR > /dev/null   (DIR as for make_stories.py), writes rest.jsonl.

The same grouping as make_stories.py (``grouped``): of the groups it leaves out, every pair (34,
68 items) is kept as a story of two items (`lee-p01` ...) and, of the 178 items left alone, the
105 that hold a quotation mark are shuffled with random.Random(39) and the first 60 kept, each a
story of one item (`lee-s01` ...). Pairs and singles are then each shuffled with
random.Random(39) and numbered; the first half of each (pairs lee-p01 ... lee-p17, singles lee-s01
... lee-s30) is the frozen set of the thirty-ninth session, the rest its tuning set.
"""

import json
import random
import sys
from pathlib import Path

from make_stories import grouped


def main(folder: Path) -> None:
    docs, groups = grouped(folder)
    pairs = [[docs[i]["id"] for i in g] for g in groups if len(g) == 2]
    alone = [docs[g[0]]["id"] for g in groups if len(g) == 1]
    text = {d["id"]: d["text"] for d in docs}
    quoted = [i for i in alone if '"' in text[i]]
    random.Random(39).shuffle(quoted)
    singles = [[i] for i in quoted[:60]]
    out_rows = []
    for tag, kept in (("p", pairs), ("s", singles)):
        random.Random(39).shuffle(kept)
        for k, group in enumerate(kept, 1):
            for item in sorted(group, key=lambda x: (x.split("-")[1], x)):
                out_rows.append({"id": item, "title": None, "text": text[item], "published": None,
                                 "source": None, "story": f"lee-{tag}{k:02d}", "url": None,
                                 "topic": None})
    with open(Path(__file__).with_name("rest.jsonl"), "w", encoding="utf-8") as out:
        for row in out_rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
