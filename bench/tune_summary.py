"""Grid-search the summary weights on the evaluation files (allowed by shared/eval/README.md;
81 of sample100's clusters come from Multi-News train). Prints ROUGE per setting.

Clusters are analysed once and cached in /tmp, so a grid costs only selection and scoring.
"""

import itertools
import pickle
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from newsfuse.evaluate import cut_words, load_records, record_references, rouge  # noqa: E402
from newsfuse.pipeline import prepare_cluster  # noqa: E402
from newsfuse.readers.text import article_from_text  # noqa: E402
from newsfuse.summarize import SummaryOptions, summarize  # noqa: E402


def clusters(path):
    cache = Path("/tmp") / (Path(path).stem + ".clusters.pkl")
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    out = []
    for r in load_records(path):
        c, _ = prepare_cluster([article_from_text(d, path=None) for d in r["documents"] if d.strip()],
                               entities=False)
        c.docs = {}
        out.append((c, record_references(r)))
    cache.write_bytes(pickle.dumps(out))
    return out


def main():
    files = sys.argv[1:]
    data = {f: clusters(f) for f in files}
    grid = dict(weight_position=[0.8, 1.0, 1.2], weight_support=[0.3, 0.6], weight_concepts=[0.3, 0.5, 0.8],
                redundancy=[0.6, 0.8, 1.0], max_words=[40, 50], overflow=[True])
    for values in itertools.product(*grid.values()):
        params = dict(zip(grid, values))
        row = []
        for f, items in data.items():
            tot = [0.0, 0.0]
            for c, refs in items:
                text = "\n".join(s["text"] for s in summarize(c, 300, SummaryOptions(**params)))
                s = rouge(cut_words(text, 300), refs)
                tot[0] += s["rouge1"]
                tot[1] += s["rouge2"]
            row.append(f"{Path(f).stem[:10]} {100*tot[0]/len(items):.2f}/{100*tot[1]/len(items):.2f}")
        print(params, " | ".join(row), flush=True)


if __name__ == "__main__":
    main()
