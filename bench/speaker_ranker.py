"""A learned speaker ranker against the attribution rules: rows, leave-one-cluster-out, fit.

Usage:
  python bench/speaker_ranker.py extract [--skip FOLDER] [--out FILE] [--rules FILE]
  python bench/speaker_ranker.py loco [--rows FILE] [--older] [--drop F1,F2]
  python bench/speaker_ranker.py fit [--rows FILE] [--out FILE]
  python bench/speaker_ranker.py compare --only-extra --gold DIR --rows FILE --train FILE
  python bench/speaker_ranker.py dump-rules [--gold DIR --only-extra] --out FILE

What was run on 2026-12-01 (docs/measurements.md, "Speakers, fifth round"): ``extract --skip
multinews-s4`` (every tuning record but the validation batch) then ``loco``; ``extract
--only-extra --gold gold/multinews-s4 --out S4`` and ``compare --only-extra --gold
gold/multinews-s4 --rows S4`` (trained on the old tuning rows, aggregate only). The ranker did
not beat the rules on the validation batch, so briefs do not use it and ``fit`` writes its
model outside the package.

Rows come from ``speaker_candidates`` (bench/speaker_candidates.py: each quote's candidate
names and their features) on every gold record whose split is not "frozen" (frozen records
are skipped before anything is loaded). A candidate's label: the gold quote its speech event
matches (same text as the quotes bench matches it, in one of the gold quote's articles) names
it (speaker or alias). Scores are over gold quotes, as the quotes bench counts them: a gold
quote is right when the speaker given to it is the gold one (its events vote, as
``find_quotes`` merges them), and a withheld speaker or a quote not found is a miss. The rules
and the ranker are scored the same way on the same events.

``compare`` trains on --train rows (the old tuning records) and prints one aggregate line for
--rows (a new batch): no per-cluster line and no error, so a fresh batch is not read for rules.
``dump-rules``, run with an older checkout's ``src`` first on the path, keeps the rules'
answers of code that had not yet seen a batch; ``extract --rules`` puts them in place of this
checkout's, and ``loco --older`` scores only those clusters (both sides out of sample).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gold_claims_quotes import ROOT, load_cluster, names_ok, norm  # noqa: E402

CACHE = Path("/tmp") / "newsfuse-speaker-rows.jsonl"
L2 = 1.0


def contains(a: str, b: str) -> bool:
    a, b = norm(a), norm(b)
    return bool(a and b and (f" {a} " in f" {b} " or f" {b} " in f" {a} "))


def gold_records(dirs: list[Path], skip: list[str]) -> dict:
    """Quote records of these gold folders and their subfolders (a later one replaces an
    earlier record of the same id, as in the quotes bench), leaving out the subfolders named
    in ``skip`` (a batch kept apart for validation)."""
    records = {}
    for d in dirs:
        for path in sorted(d.rglob("*quotes.jsonl")):
            if any(part in skip for part in path.relative_to(d).parts[:-1]):
                continue
            for line_ in open(path, encoding="utf-8"):
                if line_.strip():
                    record = json.loads(line_)
                    records[record["id"]] = record
    return records


def dump_rules(dirs: list[Path], out: Path, skip: list[str]) -> None:
    """The rules' quotes of each tuning cluster as this checkout's code reads them, with the
    paragraph texts they index: run with an older ``src`` first on the path, it keeps the
    answers of rules that had not yet seen a batch (see ``--rules``)."""
    from newsfuse.crosscheck.names import names_of
    from newsfuse.crosscheck.speech import article_quotes

    with open(out, "w", encoding="utf-8") as f:
        for cid, record in gold_records(dirs, skip).items():
            if record.get("split") == "frozen":
                continue  # never analysed here
            cluster = load_cluster(cid, record["source"])
            names = names_of(cluster)
            arts = {}
            for article in cluster.articles:
                docs = cluster.docs.get(article.id, [])
                qs = article_quotes(docs, names)
                for q in qs:
                    q["attribution"] = q.get("attribution") or ("direct" if q["speaker"] else None)
                    q["speaker"] = names.resolve(q["speaker"]) if q["speaker"] else None
                arts[article.id] = {"paragraphs": [d.text for d in docs], "quotes": qs}
            f.write(json.dumps({"id": cid, "articles": arts}) + "\n")


def extract(dirs: list[Path], out: Path, skip: list[str], rules_file: Path | None = None) -> None:
    from newsfuse.crosscheck.speech import confident
    from speaker_candidates import rule_quotes, speaker_candidates

    gold_quotes = gold_records(dirs, skip)
    older = {}
    if rules_file is not None:
        older = {r["id"]: r for r in map(json.loads, open(rules_file, encoding="utf-8"))}
    n = 0
    with open(out, "w", encoding="utf-8") as f:
        for cid, record in gold_quotes.items():
            if record.get("split") == "frozen":
                continue  # never analysed here
            cluster = load_cluster(cid, record["source"])
            old = older.get(cid, {}).get("articles")
            if old and not all(old[a.id]["paragraphs"] == [d.text for d in cluster.docs[a.id]]
                               for a in cluster.articles):
                print(f"{cid}: cleaned otherwise by the older code, its own rules kept")
                old = None
            if old:
                # an experiment: the rules' answers of older code on the same paragraphs
                # (the candidates and all other features are this checkout's)
                cluster.derive("speech_rules", lambda c: {
                    a: [{**q, "spans": [tuple(s) for s in q["spans"]]} for q in v["quotes"]]
                    for a, v in old.items()})
            rules, cands = rule_quotes(cluster), speaker_candidates(cluster)
            gold = record["quotes"]
            events = []
            for article in cluster.articles:
                for k, (q, rows) in enumerate(zip(rules[article.id], cands[article.id])):
                    # every gold quote these words hold or lie in, in the event's article
                    # (else in any article: the gold may list fewer articles than quote it)
                    match = [i for i, g in enumerate(gold) if contains(q["text"], g["text"])
                             and article.id in g.get("articles", [article.id])] or \
                        [i for i, g in enumerate(gold) if contains(q["text"], g["text"])]
                    given = q["speaker"] if confident(q["attribution"]) else None
                    events.append({
                        "article": article.id, "k": k, "golds": match,
                        "gold": match[0] if match else None,
                        "rule": given, "rule_label": q["label"], "kind": q["attribution"],
                        "rule_ok": bool(match and given and names_ok(given, gold[match[0]])),
                        "cands": [{"name": name, "label": label, "x": x,
                                   "y": int(bool(match and names_ok(name, gold[match[0]])))}
                                  for name, label, x in rows]})
            f.write(json.dumps({"id": cid, "split": record.get("split"), "n_gold": len(gold),
                                "older_rules": bool(old), "events": events}) + "\n")
            n += 1
    print(f"{n} clusters -> {out}")


def read_rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in open(path, encoding="utf-8")]


DROP: set[int] = set()  # feature columns zeroed for an ablation (--drop)


def features(x: list[float]) -> list[float]:
    return [0.0 if i in DROP else v for i, v in enumerate(x)]


class Ranker:
    """L2-regularised logistic regression on standardised features, fitted by Newton's
    method (deterministic: the same rows give the same file). Scored as briefs score it,
    through ``speech.ranker_probability``."""

    def __init__(self, X, y, l2: float = L2, iterations: int = 30):
        import numpy as np

        X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
        mean, scale = X.mean(axis=0), X.std(axis=0)
        scale[scale == 0] = 1.0
        Z = np.hstack([(X - mean) / scale, np.ones((len(X), 1))])
        penalty = np.diag(np.r_[np.full(X.shape[1], l2), 0.0])  # the bias is not shrunk
        w = np.zeros(Z.shape[1])
        for _ in range(iterations):
            p = 1.0 / (1.0 + np.exp(-Z @ w))
            grad = Z.T @ (p - y) + penalty @ w
            hess = (Z * (p * (1 - p))[:, None]).T @ Z + penalty
            w -= np.linalg.solve(hess, grad)
        from speaker_candidates import RANKER_FEATURES

        self.model = {"features": list(RANKER_FEATURES), "mean": mean.tolist(),
                      "scale": scale.tolist(), "weights": w[:-1].tolist(), "bias": float(w[-1])}

    def predict(self, rows):
        from speaker_candidates import ranker_probability

        return ranker_probability(self.model, rows)


def train(clusters: list[dict]) -> Ranker:
    X, y = [], []
    for c in clusters:
        for e in c["events"]:
            if e["gold"] is None:
                continue  # a quote the gold does not hold (a scare quote): no label
            for cand in e["cands"]:
                X.append(features(cand["x"]))
                y.append(cand["y"])
    return Ranker(X, y)


def vote(answers: list[tuple[str, str | None]]) -> str | None:
    """The speaker a merged quote entry gets from its events' answers (as ``find_quotes``)."""
    tally = Counter()
    for name, label in answers:
        if name:
            tally[name] += 2 if label in ("PERSON", "ORG") else 1
    return max(tally.items(), key=lambda kv: (kv[1], len(kv[0])))[0] if tally else None


def score(c: dict, gold: dict, choose) -> list[int]:
    """[right, given, gold quotes, events probed] for one cluster under a choice function
    (event -> (name or None, label))."""
    by_gold: dict[int, list] = defaultdict(list)
    for e in c["events"]:
        answer = choose(e)
        for i in e["golds"]:
            by_gold[i].append(answer)
    quotes = gold[c["id"]]["quotes"]
    right = given = 0
    for i, answers in by_gold.items():
        name = vote(answers)
        given += name is not None
        right += bool(name and names_ok(name, quotes[i]))
    return [right, given, len(quotes)]


def rules_choice(e):
    return e["rule"], e["rule_label"]


def model_choice(model, threshold):
    import numpy as np

    def choose(e):
        if not e["cands"]:
            return None, None
        probs = model.predict(np.array([features(c["x"]) for c in e["cands"]], dtype=float))
        best = int(np.argmax(probs))
        if probs[best] < threshold:
            return None, None
        return e["cands"][best]["name"], e["cands"][best]["label"]
    return choose


def line(label, t) -> str:
    right, given, total = t[0], t[1], t[2]
    return (f"  {label:28s} right {right / total:.3f} ({right}/{total})  "
            f"precision {right / max(given, 1):.3f} ({right}/{given})")


def loco(rows: list[dict], gold: dict, thresholds: list[float], older: bool = False) -> None:
    """Each cluster scored by a model fitted on the others; ``older``: only the clusters whose
    rules' answers come from older code that had not seen them (``extract --rules``)."""
    import numpy as np

    from speaker_candidates import RANKER_THRESHOLD

    per = {"rules": {}, **{f"ranker@{t}": {} for t in thresholds}}
    calib = []
    changes: Counter = Counter()  # how the ranker's answer differs from the rules', per event
    for held in rows:
        if older and not held.get("older_rules"):
            continue
        model = train([c for c in rows if c["id"] != held["id"]])
        per["rules"][held["id"]] = score(held, gold, rules_choice)
        for t in thresholds:
            per[f"ranker@{t}"][held["id"]] = score(held, gold, model_choice(model, t))
        for e in held["events"]:
            if e["gold"] is not None and e["cands"]:
                probs = model.predict(np.array([features(c["x"]) for c in e["cands"]], dtype=float))
                best = int(np.argmax(probs))
                calib.append((float(probs[best]), e["cands"][best]["y"]))
                name = e["cands"][best]["name"] if probs[best] >= RANKER_THRESHOLD else None
                right = bool(name and e["cands"][best]["y"])
                if name == e["rule"]:
                    continue
                change = ("gives a name the rules withhold" if e["rule"] is None else
                          "withholds the rules' name" if name is None else
                          "gives another name than the rules")
                changes[(change, "right" if right else "rules right" if e["rule_ok"]
                         else "both wrong or withheld")] += 1
    ids = list(per["rules"])
    if older:
        print(f"leave-one-cluster-out over the {len(ids)} tuning clusters whose rules' answers "
              "come from code that had not seen them (both sides out of sample)")
    else:
        print(f"leave-one-cluster-out over {len(ids)} tuning clusters (the rules were written "
              "on these clusters: their score here is in-sample, the ranker's is not)")
    for label, scores in per.items():
        print(line(label, [sum(scores[i][k] for i in ids) for k in range(3)]))
    rng = random.Random(0)
    for label in per:
        if label == "rules":
            continue
        diffs = []
        for _ in range(2000):  # paired bootstrap over clusters of the difference in "right"
            pick = [rng.choice(ids) for _ in ids]
            tot = sum(per["rules"][i][2] for i in pick)
            diffs.append((sum(per[label][i][0] for i in pick)
                          - sum(per["rules"][i][0] for i in pick)) / tot)
        diffs.sort()
        better = sum(per[label][i][0] > per["rules"][i][0] for i in ids)
        worse = sum(per[label][i][0] < per["rules"][i][0] for i in ids)
        print(f"  {label} - rules, right: 95% interval {diffs[50]:+.3f} to {diffs[1949]:+.3f};"
              f" clusters better {better}, worse {worse}")
    print(f"events where the ranker (threshold {RANKER_THRESHOLD}) differs from the rules:")
    for (change, outcome), count in sorted(changes.items()):
        print(f"  {change:34s} {outcome:24s} {count}")
    print("calibration of the top candidate (probability bin: share right, events):")
    for lo in (0.0, 0.3, 0.5, 0.7, 0.9):
        hi = {0.0: 0.3, 0.3: 0.5, 0.5: 0.7, 0.7: 0.9, 0.9: 1.01}[lo]
        got = [y for p, y in calib if lo <= p < hi]
        if got:
            print(f"  [{lo:.1f}, {hi:.2f}): {sum(got) / len(got):.2f} of {len(got)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=["extract", "loco", "fit", "compare", "dump-rules"])
    parser.add_argument("--rules", type=Path, default=None,
                        help="extract: take the rules' answers from a dump-rules file")
    parser.add_argument("--gold", metavar="DIR", action="append", type=Path, default=[])
    parser.add_argument("--only-extra", action="store_true")
    parser.add_argument("--rows", type=Path, default=CACHE)
    parser.add_argument("--train", type=Path, default=CACHE)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--older", action="store_true",
                        help="loco: score only clusters with older rules' answers (--rules)")
    parser.add_argument("--skip", action="append", default=[], metavar="FOLDER",
                        help="extract: leave out this gold subfolder (a validation batch)")
    parser.add_argument("--drop", default="", help="comma-separated features to zero (ablation)")
    args = parser.parse_args()
    if args.drop:
        from speaker_candidates import RANKER_FEATURES

        DROP.update(RANKER_FEATURES.index(f) for f in args.drop.split(","))
    dirs = ([] if args.only_extra else [ROOT / "gold"]) + args.gold
    if args.command == "extract":
        extract(dirs, args.out or args.rows, args.skip, args.rules)
        return
    if args.command == "dump-rules":
        dump_rules(dirs, args.out, args.skip)
        return
    gold = gold_records(dirs, [])
    from speaker_candidates import RANKER_THRESHOLD

    rows = read_rows(args.rows)
    if args.command == "loco":
        loco(rows, gold, sorted({0.0, 0.3, RANKER_THRESHOLD, 0.7}), args.older)
    elif args.command == "fit":
        out = args.out or Path("/tmp") / "newsfuse-speaker-ranker.json"
        model = train(rows)
        model.model["fitted_on"] = sorted(c["id"] for c in rows)
        out.write_text(json.dumps(model.model, indent=1) + "\n", encoding="utf-8")
        print(f"fitted on {len(rows)} clusters -> {out}")
    else:
        model = train(read_rows(args.train))
        ids = [c["id"] for c in rows]
        for label, choose in (("rules", rules_choice),
                              (f"ranker@{RANKER_THRESHOLD}", model_choice(model, RANKER_THRESHOLD))):
            scores = [score(c, gold, choose) for c in rows]
            print(line(label, [sum(s[k] for s in scores) for k in range(3)]))
        print(f"  ({len(ids)} clusters, aggregate only)")


if __name__ == "__main__":
    main()
