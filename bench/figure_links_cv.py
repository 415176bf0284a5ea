"""Would a learned pairwise linker group cross-source figures better than the hand rules?

Usage: python bench/figure_links_cv.py [--cache FILE] [--reuse] [--models lgbm,logreg,...]
         [--exclude-gold DIR] [--validate-gold DIR | --train-exclude ID,...] [--method M]
         [--fixed T,T,...]

Research bench. The rules that decide "are these two figures one quantity" (claims.py:
blocks by event, noun class and unit, ``_merge_blocks``, sentence-cosine thresholds) took
tuning group scores to 0.88 / 0.70 and left clean held-out sets at 0.54 / 0.43. This bench
measures a different method on the same statements: a model scores every pair of figure
statements from two articles (features: crosscheck/links.py, the runtime's code path),
groups are built from its links, and each group's status comes from its values alone
(crosscheck/links.group_status).

Only TUNING gold records are read: an id with any "frozen" record is dropped before its
cluster is loaded (``figure_worth_cv.tuning_records``). Nothing frozen is scored or printed.

1. Statements: each cluster is loaded as bench/gold_claims_quotes.py loads it and
   ``claims.prepared_statements`` gives the statements find_claims groups; ``claims.rule_parts``
   gives the rules' groups of the same statements (rendered, they are find_claims' output).
2. Labels: a statement belongs to the gold groups with a value of the same value in its
   article (ties broken by the gold quote or expression in its sentence). A cross-article
   pair of one unit family is positive when both belong to one gold group, else negative.
3. Leave-one-cluster-out: per held-out cluster, the model (LightGBM, and a numpy L2 logistic
   regression) is fitted on the other clusters' pairs; its threshold is the one with the
   best group F1 over the training clusters' out-of-fold scores (grouped 4-fold inside the
   training clusters), so the held-out cluster plays no part in any choice. Its groups are
   scored with gold_claims_quotes.score_cluster, as the gold bench scores find_claims.
4. The rules' groups are scored on the same clusters. The rules were written while reading
   these clusters' errors: their score here is in-sample (tuning), the model's is not.

--validate-gold DIR (or --train-exclude ID,...) fits on every other record and scores that
folder's records only, as aggregate lines (the validation-batch comparison: train on the old
tune records, score on new ones); --exclude-gold DIR leaves a folder out altogether. The
validation batches (``VALIDATION``'s folders and every record labelled "validation") are always
left out but for the one --validate-gold names.
--fixed T,... also scores every held-out cluster at each fixed threshold (the fold's own model):
the place to choose the shipped threshold, never on a validation batch.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
import types
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from figure_worth_cv import claims_records, fit_logreg, gold_files, tuning_records  # noqa: E402
from gold_claims_quotes import (ROOT, _key, gold_status, group_match, load_cluster, norm,  # noqa: E402
                                score_cluster)

GRID = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7)
# The validation batches (gold/README.md): a linker is judged on them in aggregate, once per
# model, and never fitted on them or given a threshold by them. The trainer and this bench leave
# their records out unless a run names one with --validate-gold (fit on the rest, score it).
VALIDATION = (ROOT / "gold" / "multinews-s4", ROOT / "gold" / "multinews-s5")
METHOD = "average"
# the prototype's LightGBM settings (bench/figure_worth_cv.py), seeded, one thread: the same
# data give the same model
LGBM_PARAMS = {"objective": "binary", "learning_rate": 0.05, "num_leaves": 8,
               "min_data_in_leaf": 10, "bagging_fraction": 0.8, "bagging_freq": 1,
               "feature_fraction": 0.8, "lambda_l2": 1.0, "verbose": -1, "seed": 0,
               "num_threads": 1, "deterministic": True}
ROUNDS = 150


def train_booster(X: np.ndarray, y: np.ndarray):
    """The linker's LightGBM model (the shipped one is trained by bench/train_figure_links.py
    with this very function)."""
    import lightgbm as lgb

    from newsfuse.crosscheck.links import FEATURES

    names = FEATURES if X.shape[1] == len(FEATURES) else None
    return lgb.train(LGBM_PARAMS, lgb.Dataset(X, label=y, feature_name=names or "auto"), ROUNDS)


def fit_lgbm(X, y):
    booster = train_booster(X, y)
    return lambda X2: booster.predict(X2, num_threads=1)


def ids_in(folder: Path) -> list[str]:
    """The record ids of a gold folder's claims files."""
    return [json.loads(line)["id"] for path in sorted(folder.rglob("*claims.jsonl"))
            for line in open(path, encoding="utf-8") if line.strip()]


def validation_ids(but: Path | None = None) -> set[str]:
    """The record ids of the validation batches, but those of ``but``: the folders of
    ``VALIDATION`` and every record labelled ``"split": "validation"`` wherever it lies
    (gold/validation-s6), so a new batch is never fitted on for want of a line here."""
    keep = set(ids_in(but)) if but else set()
    _, labelled = claims_records(gold_files(ROOT / "gold"), held_out=("validation",))
    return ({i for folder in VALIDATION for i in ids_in(folder)} | labelled) - keep


def gold_groups_of(statement: dict, gold: list[dict]) -> set[int]:
    """The gold groups (indices) a statement gives a value of: same value in the same
    article; when several groups have it, those whose quote or expression is in the
    statement's sentence."""
    hits = [g for g, group in enumerate(gold) for v in group["values"]
            if statement["article"] in v["articles"] and _key(v["value"]) == _key(statement["value"])]
    if len(set(hits)) > 1:
        sentence = f" {norm(statement['text'])} "
        near = [g for g in hits for v in gold[g]["values"]
                if statement["article"] in v["articles"]
                and _key(v["value"]) == _key(statement["value"])
                and ((v.get("quote") and f" {norm(v['quote'])} " in sentence)
                     or norm(v.get("expression")) == norm(statement["expression"]))]
        if near:
            hits = near
    return set(hits)


def extract(records: list[dict], quiet: set[str] = frozenset()) -> list[dict]:
    from newsfuse.crosscheck.claims import prepared_statements, rule_parts
    from newsfuse.crosscheck.links import PairContext, candidate_pairs, feature_matrix, hidden

    out = []
    for record in records:
        start = time.perf_counter()
        cluster = load_cluster(record["id"], record["source"])
        statements, ctx = prepared_statements(cluster)
        rules = rule_parts(statements, ctx)
        pc = PairContext(statements, ctx, rules)
        pairs = candidate_pairs(statements)
        X = feature_matrix(pairs, pc)
        gold = record["claims"]
        member = [gold_groups_of(s, gold) for s in statements]
        y = np.asarray([float(bool(member[i] & member[j])) for i, j in pairs])
        index = {id(s): i for i, s in enumerate(statements)}
        left_out = hidden(statements, ctx.classes)
        for s in statements:
            s.pop("sentence", None)
        out.append({
            "id": record["id"], "statements": statements, "hidden": left_out, "pairs": pairs,
            "X": X, "y": y,
            "rules": [([index[id(s)] for s in part], status, event) for part, status, event in rules],
            "copies": dict(cluster.copies), "places": ctx.places, "order": ctx.order,
            "figures_in": ctx.figures_in, "gold": gold, "non_figures": record.get("non_figures"),
        })
        if record["id"] not in quiet:  # a validation cluster is never shown alone
            print(f"  {record['id']}: {len(statements)} statements, {len(pairs)} pairs, "
                  f"{int(y.sum())} positive, {time.perf_counter() - start:.1f}s", file=sys.stderr)
    return out


def render(c: dict, parts: list[tuple[list[int], str, str | None]]) -> list[dict]:
    from newsfuse.crosscheck.claims import figures_table

    ctx = types.SimpleNamespace(cluster=types.SimpleNamespace(copies=c["copies"]),
                                places=c["places"], order=c["order"], figures_in=c["figures_in"])
    st = c["statements"]
    return figures_table([([st[i] for i in idx], status, event) for idx, status, event in parts], ctx)


def model_parts(c: dict, scores: np.ndarray, threshold: float, method: str):
    from newsfuse.crosscheck.links import parts_from_scores

    st = c["statements"]
    index = {id(s): i for i, s in enumerate(st)}
    return [([index[id(s)] for s in part], status, event) for part, status, event in
            parts_from_scores(st, c["pairs"], scores, threshold, c["hidden"], c["places"], method)]


def group_counts(c: dict, parts) -> list[int]:
    """groups (4), values (4), junk (2), then shown groups that match a gold cross-source
    group with the wrong status, and shown groups by status (disputed, agreed)."""
    shown = render(c, parts)
    counts = score_cluster(shown, [], c["gold"], None, c["non_figures"])
    cross = [g for g in c["gold"] if gold_status(g) in ("agreed", "disputed")]
    wrong_status = sum(1 for p in shown if p["status"] in ("agreed", "disputed") and any(
        group_match(p, g) for g in cross) and not any(
        group_match(p, g) and gold_status(g) == p["status"] for g in cross))
    by_status = [sum(1 for p in shown if p["status"] == s) for s in ("disputed", "agreed")]
    disputed_right = sum(1 for p in shown if p["status"] == "disputed" and any(
        group_match(p, g) and gold_status(g) == "disputed" for g in cross))
    disputed_gold = sum(1 for g in cross if gold_status(g) == "disputed")
    return counts["groups"] + counts["values"] + counts["junk"][:2] + [
        wrong_status, *by_status, disputed_right, disputed_gold]


def f1(counts) -> float:
    hp, n_p, hr, n_r = counts[:4]
    p, r = (hp / n_p if n_p else 0.0), (hr / n_r if n_r else 0.0)
    return 2 * p * r / (p + r) if p + r else 0.0


def pick_threshold(fit, train: list[dict], method: str) -> float:
    """The grid threshold with the best group F1 over the training clusters, each scored
    by a model fitted on the other three quarters of them."""
    names = [c["id"] for c in train]
    rng = np.random.default_rng(0)
    rng.shuffle(names)
    scores: dict[str, np.ndarray] = {}
    for k in range(4):
        test = set(names[k::4])
        rest = [c for c in train if c["id"] not in test and len(c["y"])]
        model = fit(np.vstack([c["X"] for c in rest]), np.concatenate([c["y"] for c in rest]))
        for c in train:
            if c["id"] in test:
                scores[c["id"]] = model(c["X"]) if len(c["y"]) else np.zeros(0)
    best, chosen = -1.0, 0.5
    for t in GRID:
        total = np.zeros(4)
        for c in train:
            total += group_counts(c, model_parts(c, scores[c["id"]], t, method))[:4]
        if f1(total) > best:
            best, chosen = f1(total), t
    return chosen


def line(label: str, counts) -> str:
    hp, n_p, hr, n_r = counts[:4]
    vp, vn, vr, vm = counts[4:8]
    p = f"{hp / n_p:.2f}" if n_p else "n/a"
    r = f"{hr / n_r:.2f}" if n_r else "n/a"
    junk = f"{counts[8] / counts[9]:.3f} ({counts[8]}/{counts[9]})" if counts[9] else "n/a"
    return (f"  {label:34s} groups P {p} ({hp}/{n_p}) R {r} ({hr}/{n_r})  values "
            f"{vp}/{vn}, {vr}/{vm}  junk {junk}  [shown disputed {counts[11]}, agreed "
            f"{counts[12]}; matched with the wrong status {counts[10]}; disputed right "
            f"{counts[13]} of {counts[14]} gold]")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, default=Path("/tmp/figure_links_cv.pkl"))
    parser.add_argument("--reuse", action="store_true", help="read the cache, do not extract")
    parser.add_argument("--method", default=METHOD, choices=("average", "components"))
    parser.add_argument("--train-exclude", default="",
                        help="comma-separated ids: fit on all others, score these only")
    parser.add_argument("--exclude-gold", type=Path, action="append", default=[],
                        help="a gold folder whose records are left out altogether (LOCO on "
                             "the older records only)")
    parser.add_argument("--validate-gold", type=Path,
                        help="a gold folder: fit on every other record, score its records only")
    parser.add_argument("--models", default="lgbm,logreg")
    parser.add_argument("--drop", default="", help="comma-separated features left out")
    parser.add_argument("--fixed", default="",
                        help="comma-separated thresholds: also score each held-out cluster at "
                             "each of them (the same fold's model), to choose one on this CV")
    args = parser.parse_args()

    excluded = {i for d in args.exclude_gold for i in ids_in(d)} | validation_ids(args.validate_gold)
    # read with the validation split too: validation_ids() has left out all but --validate-gold's
    records = [r for r in tuning_records(held_out=("frozen",)) if r["id"] not in excluded]
    if args.validate_gold:
        args.train_exclude = ",".join(ids_in(args.validate_gold))
    quiet = set(args.train_exclude.split(",")) - {""}
    if args.reuse and args.cache.exists():
        data = pickle.loads(args.cache.read_bytes())
        known = {c["id"] for c in data}
        missing = [r for r in records if r["id"] not in known]
        if missing:
            data += extract(missing, quiet)
            args.cache.write_bytes(pickle.dumps(data))
    else:
        data = extract(records, quiet)
        args.cache.write_bytes(pickle.dumps(data))
    ids = {r["id"] for r in records}
    data = [c for c in data if c["id"] in ids]  # a frozen or dropped id is never scored
    if args.drop:
        from newsfuse.crosscheck.links import FEATURES

        keep = [k for k, name in enumerate(FEATURES) if name not in args.drop.split(",")]
        for c in data:
            c["X"] = c["X"][:, keep]
    n_pairs = sum(len(c["y"]) for c in data)
    n_pos = int(sum(c["y"].sum() for c in data))
    print(f"{len(data)} tuning clusters, {n_pairs} cross-article pairs, {n_pos} positive")

    from newsfuse.crosscheck.links import FEATURES

    ruleless = [k for k, name in enumerate(FEATURES) if not name.startswith("rules_")]

    def fit_lgbm_ruleless(X, y):
        """LightGBM without the rules' verdict among its features: the rules were written on
        these clusters, so their verdict is more often right here than on new text."""
        model = fit_lgbm(X[:, ruleless], y)
        return lambda X2: model(X2[:, ruleless])

    fits = {"lgbm": fit_lgbm, "logreg": fit_logreg, "lgbm-norules": fit_lgbm_ruleless}
    held = [s for s in args.train_exclude.split(",") if s]
    if held:  # fit on every other record, score the listed ones
        folds = [([c for c in data if c["id"] not in held], [c for c in data if c["id"] in held])]
        print(f"train on {len(folds[0][0])} clusters, score {len(folds[0][1])} held-out clusters")
    else:
        folds = [([o for o in data if o["id"] != c["id"]], [c]) for c in data]
    totals = {"rules": np.zeros(15, dtype=int)}
    # LOCO per gold folder (tuning records only), to set a model's out-of-cluster score on a
    # batch beside the rules' score on it before they were fitted to it, where one was taken
    folder = {i: d.name for d in sorted((ROOT / "gold").iterdir()) if d.is_dir()
              for i in ids_in(d)}
    by_folder: dict[tuple[str, str], np.ndarray] = {}
    chosen: dict[str, list[float]] = {}
    start = time.perf_counter()
    for train, test in folds:
        for c in test:
            counts = group_counts(c, c["rules"])
            totals["rules"] += counts
            key = ("rules", folder.get(c["id"], "gold"))
            by_folder[key] = by_folder.get(key, 0) + np.asarray(counts)
        for name in args.models.split(","):
            fit = fits[name]
            t = pick_threshold(fit, train, args.method)
            chosen.setdefault(name, []).append(t)
            usable = [c for c in train if len(c["y"])]
            model = fit(np.vstack([c["X"] for c in usable]), np.concatenate([c["y"] for c in usable]))
            for c in test:
                scores = model(c["X"]) if len(c["y"]) else np.zeros(0)
                totals.setdefault(name, np.zeros(15, dtype=int))
                counts = group_counts(c, model_parts(c, scores, t, args.method))
                totals[name] += counts
                key = (name, folder.get(c["id"], "gold"))
                by_folder[key] = by_folder.get(key, 0) + np.asarray(counts)
                for fixed in [float(x) for x in args.fixed.split(",") if x]:
                    at = f"{name} at {fixed:.2f}"
                    totals.setdefault(at, np.zeros(15, dtype=int))
                    totals[at] += group_counts(c, model_parts(c, scores, fixed, args.method))
    took = time.perf_counter() - start
    what = "held-out ids" if held else "leave-one-cluster-out"
    print(f"\n{what}, method {args.method}, {took:.0f}s:")
    print(line("rules (in-sample: written on these)" if not held else "rules", totals["rules"]))
    for name in args.models.split(","):
        ts = chosen[name]
        print(line(f"{name} (threshold {min(ts):.1f}-{max(ts):.1f})", totals[name]))
        for fixed in [float(x) for x in args.fixed.split(",") if x]:
            print(line(f"{name} at {fixed:.2f} (every fold)", totals[f"{name} at {fixed:.2f}"]))
    if not held:
        print("  per gold folder (groups precision / recall):")
        for where in sorted({w for _, w in by_folder}):
            cells = []
            for name in ["rules", *args.models.split(",")]:
                hp, n_p, hr, n_r = by_folder[(name, where)][:4]
                cells.append(f"{name} {hp}/{n_p}, {hr}/{n_r}")
            print(f"    {where:24s} " + "; ".join(cells))
    if not held and not args.drop:
        from newsfuse.crosscheck.links import FEATURES

        X = np.vstack([c["X"] for c in data if len(c["y"])])
        y = np.concatenate([c["y"] for c in data if len(c["y"])])
        booster = train_booster(X, y)
        gain = booster.feature_importance("gain")
        top = sorted(zip(FEATURES, gain), key=lambda kv: -kv[1])[:12]
        print("  top features by gain (all tuning pairs): "
              + ", ".join(f"{n} {g / gain.sum():.2f}" for n, g in top))


if __name__ == "__main__":
    main()
