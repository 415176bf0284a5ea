"""A learned speaker ranker against the attribution rules: rows, cross-validation, fit, compare.

Usage:
  python bench/speaker_ranker.py extract [--part tuning|validation] [--skip FOLDER] [--out FILE]
                                         [--rules FILE]
  python bench/speaker_ranker.py folds --rows FILE [--k 10] [--model logit|lgbm|lgbm-rank]
  python bench/speaker_ranker.py loco [--rows FILE] [--older] [--drop F1,F2]
  python bench/speaker_ranker.py fit [--rows FILE] [--out FILE]
  python bench/speaker_ranker.py compare --train FILE --rows FILE [--rows FILE ...] [--model M]
  python bench/speaker_ranker.py dump-rules [--gold DIR --only-extra] --out FILE

Twentieth session (2026-12-03; docs/measurements.md, "Speakers: the learned ranker again"):
``extract --part tuning --out T`` (the 121 tuning records, 2032 gold quotes) and ``extract
--part validation --out V`` (the 63 records of the thirteen validation sets, 1273 quotes:
nothing is printed per record), ``folds --rows T`` (grouped 10-fold by record) and ``compare
--train T --rows V`` (fitted on every tuning record, every variant's aggregate line over the
validation sets pooled). The ranker, as a replacement or as a second opinion where the rules
are weak, gained at most 4 validation quotes right with a lower precision: not shipped.

What was run on 2026-12-01 (docs/measurements.md, "Speakers, fifth round"): ``extract --skip
multinews-s4`` (every tuning record but the validation batch) then ``loco``; ``extract
--only-extra --gold gold/multinews-s4 --out S4`` and ``compare`` on S4, trained on the old
tuning rows, aggregate only.

Rows come from ``speaker_candidates`` (bench/speaker_candidates.py: each quote's candidate
names and their features) on every gold record whose split is not "frozen" (frozen records
are skipped before anything is loaded). A candidate's label: the gold quote its speech event
matches (same text as the quotes bench matches it, in one of the gold quote's articles) names
it (speaker or alias). Scores are over gold quotes, as the quotes bench counts them: a gold
quote is right when the speaker given to it is the gold one (its events vote, as
``find_quotes`` merges them), and a withheld speaker or a quote not found is a miss. The rules
and the ranker are scored the same way on the same events.

``compare`` trains on --train rows (the tuning records) and prints one aggregate line per
variant (``variants``) for every --rows file pooled, and a count of the events the rules miss
by class (``miss_table``): no per-record line and no error, so a validation set is not read
for rules. Frozen gold folders are never opened, frozen records never analysed.
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
from gold_claims_quotes import ROOT, load_cluster, names_ok, norm, part_of  # noqa: E402

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
            folders = path.relative_to(d).parts[:-1]
            if any(part in skip or part.startswith("frozen") for part in folders):
                continue  # a batch kept apart, or frozen gold (never opened)
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


def extract(dirs: list[Path], out: Path, skip: list[str], rules_file: Path | None = None,
            part: str | None = None) -> None:
    """Rows of every record of ``part`` (tuning or validation; every part but frozen when
    None). Nothing is printed per cluster, so a validation part can be extracted blind."""
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
            if part is not None and part_of(record.get("split")) != part:
                continue
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


class LgbmRanker:
    """A LightGBM binary classifier on the same rows (deterministic: one thread, fixed seed):
    the non-linear alternative to ``Ranker``."""

    def __init__(self, X, y, groups=None):
        import lightgbm as lgb
        import numpy as np

        self.rank = groups is not None
        params = {"objective": "lambdarank" if self.rank else "binary", "learning_rate": 0.05, "num_leaves": 15,
                  "min_data_in_leaf": 20, "feature_fraction": 0.8, "bagging_fraction": 0.8,
                  "bagging_freq": 1, "lambda_l2": 1.0, "seed": 0, "num_threads": 1,
                  "deterministic": True, "verbose": -1}
        data = lgb.Dataset(np.asarray(X, dtype=float), np.asarray(y, dtype=float), group=groups)
        self.booster = lgb.train(params, data, num_boost_round=200)

    def predict(self, rows):
        """A probability per candidate; a ranker's scores are read through a softmax over the
        quote's candidates (one call = one quote's candidates)."""
        import numpy as np

        raw = self.booster.predict(np.asarray(rows, dtype=float))
        if not self.rank:
            return raw
        e = np.exp(raw - raw.max())
        return e / e.sum()


MODEL = "logit"  # --model: which learner ``train`` fits


def train(clusters: list[dict]):
    X, y, groups = [], [], []
    for c in clusters:
        for e in c["events"]:
            if e["gold"] is None or not e["cands"]:
                continue  # a quote the gold does not hold (a scare quote): no label
            groups.append(len(e["cands"]))
            for cand in e["cands"]:
                X.append(features(cand["x"]))
                y.append(cand["y"])
    if MODEL == "lgbm-rank":
        return LgbmRanker(X, y, groups)
    return LgbmRanker(X, y) if MODEL == "lgbm" else Ranker(X, y)


def probabilities(model, clusters: list[dict]) -> dict:
    """(cluster id, event index) -> the model's probability of each candidate."""
    import numpy as np

    out = {}
    for c in clusters:
        for k, e in enumerate(c["events"]):
            if e["cands"]:
                out[(c["id"], k)] = model.predict(
                    np.array([features(x["x"]) for x in e["cands"]], dtype=float))
    return out


# Where the rules are weak (the second-opinion variants): their answer withheld or missing,
# or found by a pronoun, a carried or continued speaker rather than a speech verb's subject.
STRONG_KINDS = {"direct", "according", "label", "owner"}


def variants(probs: dict) -> dict:
    """Label -> choice function (cluster id, event index, event) -> (name, label): the rules,
    the ranker as a full replacement at two thresholds, and the ranker as a second opinion
    only where the rules are weak."""
    from speaker_candidates import RANKER_FEATURES

    is_rule = RANKER_FEATURES.index("is_rule")

    def best(cid, k, e):
        p = probs.get((cid, k))
        if p is None:
            return None, None, 0.0, None
        i = int(p.argmax())
        rule_p = next((float(p[j]) for j, c in enumerate(e["cands"]) if c["x"][is_rule]), None)
        return e["cands"][i]["name"], e["cands"][i]["label"], float(p[i]), rule_p

    def rules(cid, k, e):
        return e["rule"], e["rule_label"]

    def replace(t):
        def choose(cid, k, e):
            name, label, p, _ = best(cid, k, e)
            return (name, label) if p >= t else (None, None)
        return choose

    def fill(t):  # only where the rules give no name
        def choose(cid, k, e):
            if e["rule"]:
                return rules(cid, k, e)
            name, label, p, _ = best(cid, k, e)
            return (name, label) if p >= t else (None, None)
        return choose

    def weak(t):  # where the rules give no name or a weak kind's name
        def choose(cid, k, e):
            if e["rule"] and e["kind"] in STRONG_KINDS:
                return rules(cid, k, e)
            name, label, p, _ = best(cid, k, e)
            return (name, label) if p >= t else rules(cid, k, e)
        return choose

    def low(floor, t):  # the rules' name overruled only when the model scores it below floor
        def choose(cid, k, e):
            name, label, p, rule_p = best(cid, k, e)
            if e["rule"] and (rule_p is None or rule_p >= floor):
                return rules(cid, k, e)
            return (name, label) if p >= t else rules(cid, k, e)
        return choose

    def oracle(fallback):  # a right candidate wherever there is one: the candidates' ceiling
        def choose(cid, k, e):
            right = next((c for c in e["cands"] if c["y"]), None)
            return (right["name"], right["label"]) if right else fallback(cid, k, e)
        return choose

    out = {"rules": rules, "ceiling: a right candidate": oracle(lambda *a: (None, None)),
           "ceiling: right, else rules": oracle(rules)}
    for t in (0.3, 0.5):
        out[f"replace@{t}"] = replace(t)
    for t in (0.3, 0.5, 0.7):
        out[f"fill@{t}"] = fill(t)
    for t in (0.5, 0.7):
        out[f"weak@{t}"] = weak(t)
    for floor in (0.1, 0.2):
        out[f"low<{floor}@0.5"] = low(floor, 0.5)
    return out


def score_variant(c: dict, gold: dict, choose) -> list[int]:
    """[right, given, gold quotes] of one cluster under a variant (as ``score``)."""
    index = {id(e): k for k, e in enumerate(c["events"])}
    return score(c, gold, lambda e: choose(c["id"], index[id(e)], e))


def miss_table(rows: list[dict], probs: dict, t: float = 0.5) -> None:
    """Counts of the speech events the rules miss (a gold quote's words, the rules' name
    wrong, withheld or missing), by whether a right name is among the candidates and whether
    the ranker's top name (probability at least ``t``) is right: aggregate only."""
    from speaker_candidates import RANKER_FEATURES

    is_rule = RANKER_FEATURES.index("is_rule")
    counts: Counter = Counter()
    for c in rows:
        for k, e in enumerate(c["events"]):
            if e["gold"] is None or e["rule_ok"]:
                continue
            state = ("rules' name wrong" if e["rule"] else
                     "rules' name withheld" if any(x["x"][is_rule] for x in e["cands"]) else
                     "rules give no name")
            p = probs.get((c["id"], k))
            top = e["cands"][int(p.argmax())] if p is not None else None
            counts[(state, "a right candidate" if any(x["y"] for x in e["cands"])
                    else "no right candidate",
                    f"ranker right (p >= {t})" if top and top["y"] and p.max() >= t
                    else "ranker not right")] += 1
    print("speech events the rules miss (events, not gold quotes):")
    for key, n in sorted(counts.items()):
        print(f"  {' | '.join(key):75s} {n}")


def folds(rows: list[dict], gold: dict, k: int) -> None:
    """Grouped k-fold by record (k = 0: leave one record out): each record's quotes scored by
    a model fitted on the other folds' records; every variant's aggregate and its paired
    bootstrap difference from the rules over records."""
    ids = sorted(c["id"] for c in rows)
    random.Random(0).shuffle(ids)
    k = k or len(ids)
    fold_of = {cid: i % k for i, cid in enumerate(ids)}
    probs = {}
    for f in range(k):
        model = train([c for c in rows if fold_of[c["id"]] != f])
        probs.update(probabilities(model, [c for c in rows if fold_of[c["id"]] == f]))
    per = {label: {c["id"]: score_variant(c, gold, choose) for c in rows}
           for label, choose in variants(probs).items()}
    print(f"grouped {k}-fold over {len(ids)} tuning records, model {MODEL} (the rules were "
          "written on these records: their score is in-sample, the ranker's is not)")
    rng = random.Random(0)
    picks = [[rng.choice(ids) for _ in ids] for _ in range(1000)]
    for label, scores in per.items():
        total = [sum(scores[i][j] for i in ids) for j in range(3)]
        extra = ""
        if label != "rules":
            diffs = sorted(sum(scores[i][0] - per["rules"][i][0] for i in pick) for pick in picks)
            extra = f"  vs rules {total[0] - sum(per['rules'][i][0] for i in ids):+d} " \
                    f"(95% {diffs[25]:+d} to {diffs[974]:+d})"
        print(line(label, total) + extra)
    calib = [(float(p.max()), c["events"][k]["cands"][int(p.argmax())]["y"])
             for c in rows for k, e in enumerate(c["events"])
             if e["gold"] is not None and (p := probs.get((c["id"], k))) is not None]
    print("calibration of the top candidate (probability bin: share right, events):")
    for lo, hi in ((0.0, 0.3), (0.3, 0.5), (0.5, 0.7), (0.7, 0.9), (0.9, 1.01)):
        got = [y for p, y in calib if lo <= p < hi]
        if got:
            print(f"  [{lo:.1f}, {hi:.2f}): {sum(got) / len(got):.2f} of {len(got)}")
    miss_table(rows, probs)


def compare(train_rows: list[dict], rows: list[dict], gold: dict) -> None:
    """Fitted on ``train_rows``, every variant's aggregate over ``rows`` pooled: one line
    each, no record's score and no error (a validation batch is not read for rules)."""
    probs = probabilities(train(train_rows), rows)
    for label, choose in variants(probs).items():
        scores = [score_variant(c, gold, choose) for c in rows]
        print(line(label, [sum(s[j] for s in scores) for j in range(3)]))
    print(f"  ({len(rows)} records pooled, model {MODEL} fitted on {len(train_rows)} records; "
          "aggregate only)")
    miss_table(rows, probs)


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
    parser.add_argument("command", choices=["extract", "loco", "folds", "fit", "compare",
                                                   "dump-rules"])
    parser.add_argument("--rules", type=Path, default=None,
                        help="extract: take the rules' answers from a dump-rules file")
    parser.add_argument("--gold", metavar="DIR", action="append", type=Path, default=[])
    parser.add_argument("--only-extra", action="store_true")
    parser.add_argument("--rows", type=Path, action="append", default=[],
                        help="rows file (compare: several are pooled)")
    parser.add_argument("--train", type=Path, action="append", default=[])
    parser.add_argument("--k", type=int, default=10, help="folds: how many (0: one per record)")
    parser.add_argument("--model", choices=["logit", "lgbm", "lgbm-rank"], default="logit")
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--older", action="store_true",
                        help="loco: score only clusters with older rules' answers (--rules)")
    parser.add_argument("--skip", action="append", default=[], metavar="FOLDER",
                        help="extract: leave out this gold subfolder (a validation batch)")
    parser.add_argument("--part", choices=["tuning", "validation"], default=None,
                        help="extract: only the records counted in this part")
    parser.add_argument("--drop", default="", help="comma-separated features to zero (ablation)")
    args = parser.parse_args()
    global MODEL
    MODEL = args.model
    args.rows = args.rows or [CACHE]
    args.train = args.train or [CACHE]
    if args.drop:
        from speaker_candidates import RANKER_FEATURES

        DROP.update(RANKER_FEATURES.index(f) for f in args.drop.split(","))
    dirs = ([] if args.only_extra else [ROOT / "gold"]) + args.gold
    if args.command == "extract":
        extract(dirs, args.out or args.rows[0], args.skip, args.rules, args.part)
        return
    if args.command == "dump-rules":
        dump_rules(dirs, args.out, args.skip)
        return
    gold = gold_records(dirs, [])
    from speaker_candidates import RANKER_THRESHOLD

    rows = [c for path in args.rows for c in read_rows(path)]
    if args.command == "loco":
        loco(rows, gold, sorted({0.0, 0.3, RANKER_THRESHOLD, 0.7}), args.older)
    elif args.command == "folds":
        folds(rows, gold, args.k)
    elif args.command == "fit":
        out = args.out or Path("/tmp") / "newsfuse-speaker-ranker.json"
        model = train(rows)
        model.model["fitted_on"] = sorted(c["id"] for c in rows)
        out.write_text(json.dumps(model.model, indent=1) + "\n", encoding="utf-8")
        print(f"fitted on {len(rows)} clusters -> {out}")
    else:
        compare([c for path in args.train for c in read_rows(path)], rows, gold)


if __name__ == "__main__":
    main()
