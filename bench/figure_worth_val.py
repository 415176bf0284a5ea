"""A learned worth decision, fitted on the older tuning gold and judged on a validation batch.

Usage (run in this order; each later step reads the cache the first one writes):
  python bench/figure_worth_val.py extract [-v]      # parse the fitting records once, score them
  python bench/figure_worth_val.py cv                # leave-one-cluster-out, per candidate
  python bench/figure_worth_val.py cv-tabulated      # leave-one-cluster-out, as the gold bench scores
  python bench/figure_worth_val.py misses [-v]       # why gold figure values are missed
  python bench/figure_worth_val.py validate [--rules-only]   # aggregate lines on the batch only

bench/figure_worth_cv.py found, leave-one-cluster-out on tuning gold, a parse-only model level
with worth.py's rules; whether it generalises better needs text neither was fitted on. Here:

- Fitting records: every tuning claims record of gold/ except the validation folder
  (``VALIDATION``, gold/multinews-s4); an id any record of which is "frozen" is dropped before
  it is loaded. Candidates are the numbers ``figure_reading.read_statements`` puts to worth.py (a recorder
  around the real ``worth.reason``/``context_reason``), labelled from the gold as in
  figure_worth_cv.py (a gold figure value's expression: worth; a gold non_figures entry: junk;
  neither or both: unlabelled). Features (``features``): the probe's parse-only description
  of a number plus the rules' verdict. Models: LightGBM alone (without the verdict) and
  LightGBM with it; each threshold is the best-F1 one on a grouped 4-fold split of the
  clusters it is fitted on.
- cv-tabulated: each fitting cluster through find_claims with the rules and with the models
  fitted on the other clusters, scored with the gold bench's own functions: a model that
  drops numbers the pipeline would drop later anyway changes nothing a reader sees.
- Validation: the records of ``VALIDATION`` only, every one "tune" and never fitted on. Each
  cluster is analysed once and ``find_claims`` runs once per decision (the rules, and the
  models fitted on all fitting candidates); only aggregate lines over the whole batch are
  printed (the gold bench's metrics: groups, junk share, figure values), never a cluster or
  an error. Its batch is to be compared in aggregate a few times at most, and nothing is
  fitted or written from it.
- misses: for every gold figure value of the fitting records that find_claims does not give
  (bench/gold_claims_quotes.same_value: value, qualifier, attribution), the first step of the
  pipeline that loses it, as a table of counts (with -v one line per miss).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from figure_worth_cv import (claims_records, gold_files, label, print_decisions,  # noqa: E402
                             inner_threshold as cv_inner_threshold)
from figure_worth_cv import features as cv_features  # noqa: E402
from gold_claims_quotes import (KINDS, ROOT, add, load_cluster, norm, report,  # noqa: E402
                                same_value, score_cluster, voice_figures)

VALIDATION = ROOT / "gold" / "multinews-s4"
CACHE = Path("/tmp/figure_worth_val.jsonl")
PARAMS = {"objective": "binary", "learning_rate": 0.05, "num_leaves": 8, "min_data_in_leaf": 10,
          "bagging_fraction": 0.8, "bagging_freq": 1, "feature_fraction": 0.8, "lambda_l2": 1.0,
          "verbose": -1, "seed": 0, "num_threads": 1, "deterministic": True,
          "force_row_wise": True}
ROUNDS = 150


def fitting_records() -> list[dict]:
    """Tuning claims records outside the validation folder (last one per id, as the gold bench
    reads them); an id any record of which is frozen, or that the validation folder holds, is
    dropped whole."""
    held = {json.loads(x)["id"] for p in gold_files(VALIDATION) for x in open(p) if x.strip()}
    records, frozen = claims_records([p for p in gold_files(ROOT / "gold") if VALIDATION not in p.parents])
    return [r for cid, r in records.items() if cid not in frozen and cid not in held]


def validation_records() -> list[dict]:
    records, frozen = claims_records(gold_files(VALIDATION), held_out=("frozen",))
    if frozen:
        raise SystemExit("the validation folder holds frozen records; refusing to read them")
    return list(records.values())


def features(ent, value, rule_keeps: bool) -> dict[str, float]:
    """The third-session probe's parse-only description of a number
    (figure_worth_cv.features), plus worth.py's verdict (``rule_keeps``: the rules keep it)."""
    f = cv_features(ent, value)
    f["prev_person"] = f.pop("prev_propn_name")
    f["prev_place"] = f.pop("ent_type_prev")
    f["rules_keep"] = float(rule_keeps)
    return f


class Recorder:
    """Stands in for figure_reading.worth: asks the real rules, notes every number put to them, and
    (with ``decide``) lets another decision replace the rules' verdict."""

    def __init__(self, decide=None):
        from newsfuse.crosscheck import worth

        self.worth, self.decide, self.seen = worth, decide, []

    def __getattr__(self, name):  # every other name of worth.py (numeral_adverbs, kept_apart, ...) as is
        return getattr(self.worth, name)

    def _note(self, ent, value, verdict, duration):
        self.seen.append((ent, value, verdict, duration))
        if self.decide is None:
            return verdict
        return self.decide(ent, value, verdict)

    def reason(self, ent, value, game_report=None):
        return self._note(ent, value, self.worth.reason(ent, value, game_report), False)

    def context_reason(self, ent, game_report=None):
        return self._note(ent, None, self.worth.context_reason(ent, game_report), True)


def run_statements(cluster, recorder):
    from newsfuse.crosscheck import figure_reading
    from newsfuse.crosscheck.names import names_of

    real, figure_reading.worth = figure_reading.worth, recorder
    try:
        return figure_reading.read_statements(cluster, names_of(cluster))
    finally:
        figure_reading.worth = real


def run_claims(cluster, recorder):
    from newsfuse.crosscheck import claims, figure_reading

    # the reading asks worth.py which numbers are figures; kept_apart, asked by claims, is
    # the recorder's as is
    real, figure_reading.worth = figure_reading.worth, recorder
    try:
        return claims.find_claims(cluster)
    finally:
        figure_reading.worth = real


def _value_of(ent, recorded_value, duration):
    """The parsed value a duration had (the recorder sees None for it)."""
    if not duration:
        return recorded_value
    from newsfuse.crosscheck.figure_measures import duration_of
    from newsfuse.crosscheck.numbers import parse_amount

    d = duration_of(ent)
    parsed = parse_amount(d[0]) if d else None
    return parsed[0] if parsed else None


# ---- misses -------------------------------------------------------------------------------

_NUMBER_WORD = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                          r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|"
                          r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|"
                          r"dozen|a couple|several|twice|thrice|half|third|quarter)\b", re.I)
_VAGUE_WORD = re.compile(r"\b(?:dozens|hundreds|thousands|millions|billions|scores|tens)\b", re.I)
_FRACTION = re.compile(r"\b(?:half|third|thirds|quarter|quarters|fifth|fifths|\d+/\d+)\b", re.I)
_MONEY = re.compile(r"[$€£¥]|\b(?:dollars?|euros?|pounds?|cents?|yuan|rupees?)\b", re.I)


def _shape(expression: str) -> str:
    e = expression or ""
    if _MONEY.search(e):
        return "money"
    if _FRACTION.search(e) and not re.search(r"\d", e):
        return "fraction"
    if _VAGUE_WORD.search(e):
        return "vague plural"
    if not re.search(r"\d", e) and _NUMBER_WORD.search(e):
        return "number words"
    return "digits"


def classify_misses(cluster, record, statements, seen, predicted) -> list[tuple[str, str]]:
    """(category, description) for every gold figure value find_claims does not give."""
    from newsfuse.crosscheck.numbers import parse_amount

    texts = {a.id: norm(" ".join(d.text for d in cluster.docs.get(a.id, [])))
             for a in cluster.articles}
    article_of = {id(d): aid for aid, docs in cluster.docs.items() for d in docs}
    out = []
    for group in record["claims"]:
        for g in group["values"]:
            if any(same_value(p, g) for p in predicted):
                continue
            expr, quote = g.get("expression") or "", g.get("quote") or ""
            arts = g.get("articles", [])
            desc = f"{g['value']} {g['qualifier']} {expr!r} by {g['attributed_to']!r} in {arts}"
            shape = _shape(expr)
            if not expr:
                out.append(("gold gives no expression", desc))
                continue
            # is it in the cleaned text of its articles at all?
            present = [a for a in arts if f" {norm(expr)} " in f" {texts.get(a, '')} "]
            if not present:
                out.append(("line removed by cleaning (or expression not in text)", desc))
                continue

            def hits(cand_expr, cand_sentence):
                return _match(cand_expr, cand_sentence, expr, quote)
            # a statement of this value in its articles?
            mine = [s for s in statements if s["article"] in arts and hits(s["expression"], s["text"])]
            if mine:
                s = mine[0]
                if s["value"] != g["value"]:
                    out.append((f"value read differently ({shape})", desc + f" -> {s['value']}"))
                elif s["qualifier"] != g["qualifier"]:
                    out.append(("qualifier differs", desc + f" -> {s['qualifier']}"))
                elif any(p["value"] == g["value"] and p["qualifier"] == g["qualifier"]
                         and set(p["articles"]) & set(arts) for p in predicted):
                    out.append(("attribution differs", desc + " -> " + repr(
                        [p["attributed_to"] for p in predicted if p["value"] == g["value"]
                         and set(p["articles"]) & set(arts)][:2])))
                else:
                    out.append(("dropped after statements (small count, grouping)", desc))
                continue
            asked = [(e, v, r, d) for e, v, r, d in seen if article_of.get(id(e.doc)) in arts
                     and hits(e.text.strip(), e.sent.text)]
            if asked:
                rejected = [r for _, _, r, _ in asked if r is not None]
                if rejected:
                    out.append((f"worth rule: {rejected[0]}", desc))
                else:
                    out.append(("no counted noun or event (after worth)", desc))
                continue
            # an entity over it that never reached worth, or none at all?
            ents = [e for aid in arts for d in cluster.docs.get(aid, []) for e in d.ents
                    if hits(e.text.strip(), e.sent.text) or (
                        norm(e.text) and f" {norm(e.text)} " in f" {norm(expr)} "
                        and f" {norm(quote or expr)} " in f" {norm(e.sent.text)} ")]
            if ents:
                e = ents[0]
                parsed = parse_amount(e.text)
                why = (f"entity {e.label_} not a number label" if e.label_ in ("DATE", "TIME", "ORDINAL")
                       else "entity unparsed" if parsed is None else "entity dropped before worth")
                out.append((f"{why} ({shape})", desc + f" [{e.text!r} {e.label_}]"))
            else:
                out.append((f"no entity over it ({shape})", desc))
    return out


def _match(expression, sentence, gold_expr, gold_quote) -> bool:
    e, g = norm(expression), norm(gold_expr)
    if not e or not g:
        return False
    if e == g or f" {g} " in f" {e} ":
        return True
    s = f" {norm(sentence)} "
    return f" {e} " in f" {g} " and any(t and f" {t} " in s for t in (g, norm(gold_quote)))


# ---- extraction ---------------------------------------------------------------------------

def extract(records: list[dict], cache: Path, misses: Path, verbose=False) -> None:
    total = {k: [0, 0, 0, 0] for k in KINDS}
    with open(cache, "w", encoding="utf-8") as out, open(misses, "w", encoding="utf-8") as mout:
        for record in records:
            start = time.perf_counter()
            cluster = load_cluster(record["id"], record["source"])
            article_of = {id(d): aid for aid, docs in cluster.docs.items() for d in docs}
            recorder = Recorder()
            statements = run_statements(cluster, recorder)
            n = 0
            for ent, value, verdict, duration in recorder.seen:
                value = _value_of(ent, value, duration)
                cand = {"cluster": record["id"], "article": article_of.get(id(ent.doc)),
                        "expression": ent.text.strip(), "sentence": ent.sent.text,
                        "rule": verdict, "features": features(ent, value, verdict is None)}
                cand["label"] = label(cand, record)
                del cand["sentence"]
                out.write(json.dumps(cand) + "\n")
                n += 1
            claims = run_claims(cluster, Recorder())
            if verbose:
                print(f"{record['id']}:")
            add(total, score_cluster(claims, [], record["claims"], None, record.get("non_figures"),
                                     verbose))
            predicted = [p for g in claims for v in g["values"] for p in voice_figures(v)]
            for category, desc in classify_misses(cluster, record, statements, recorder.seen,
                                                  predicted):
                mout.write(json.dumps({"cluster": record["id"], "category": category,
                                       "desc": desc}) + "\n")
            print(f"{record['id']}: {n} candidates, {time.perf_counter() - start:.1f}s", flush=True)
    print(f"\nfitting records ({len(records)}, tuning), the rules as they are:")
    print("\n".join(report(total)[1:]))


# ---- models -------------------------------------------------------------------------------

def fit_lgbm(X, y):
    import lightgbm as lgb

    return lgb.train(PARAMS, lgb.Dataset(X, label=y), num_boost_round=ROUNDS)


def inner_threshold(X, y, groups) -> float:
    """The threshold with the best F1 of "worth" on out-of-fold predictions of a grouped
    4-fold split of the given clusters (the probe's split, with this bench's model)."""
    return cv_inner_threshold(lambda Xf, yf: fit_lgbm(Xf, yf).predict, X, y, groups)


def load_cache(cache: Path):
    rows = [json.loads(line) for line in open(cache, encoding="utf-8")]
    names = sorted(rows[0]["features"])
    X = np.array([[r["features"][n] for n in names] for r in rows])
    y = np.array([-1 if r["label"] is None else r["label"] for r in rows])
    groups = np.array([r["cluster"] for r in rows])
    rule_keep = np.array([r["rule"] is None for r in rows])
    return rows, names, X, y, groups, rule_keep


def variants(names):
    """The decisions compared: the model alone (without the rules' verdict as a feature), and
    the model with it."""
    no_rule = [i for i, n in enumerate(names) if n != "rules_keep"]
    return {"LightGBM alone": no_rule, "LightGBM + rules' verdict": list(range(len(names)))}


def cv(cache: Path) -> None:
    rows, names, X, y, groups, rule_keep = load_cache(cache)
    records = {r["id"]: r for r in fitting_records()}
    with_junk = np.array([bool(records[g].get("non_figures")) for g in groups])
    clusters = sorted(set(groups))
    keep = {"rules (worth.reason)": rule_keep}
    for name, cols in variants(names).items():
        kept = np.zeros(len(rows), dtype=bool)
        for c in clusters:
            test, train = groups == c, (groups != c) & (y >= 0)
            th = inner_threshold(X[train][:, cols], y[train], groups[train])
            kept[test] = fit_lgbm(X[train][:, cols], y[train]).predict(X[test][:, cols]) >= th
        keep[name] = kept
    lab = y >= 0
    print(f"fitting records {len(records)}, clusters with candidates {len(clusters)} "
          f"({len(set(groups[lab]))} with labelled ones), candidates {len(rows)}, labelled "
          f"{lab.sum()} (worth {np.sum(y == 1)}, junk {np.sum(y == 0)}); leave-one-cluster-out")
    print_decisions(keep, y, with_junk)


def _decider(booster, used, th):
    def decide(ent, value, verdict):
        f = features(ent, _value_of_any(ent, value), verdict is None)
        p = booster.predict(np.array([[f[n] for n in used]]))[0]
        return None if p >= th else (verdict or "model")
    return decide


def cv_tabulated(cache: Path) -> None:
    """Leave-one-cluster-out at the level the gold bench scores: each fitting cluster goes
    through find_claims with the rules, then with each model fitted on the other clusters,
    and the bench's metrics (groups, junk share of tabulated numbers, figure values) are
    summed over the clusters."""
    rows, names, X, y, groups, _ = load_cache(cache)
    records = fitting_records()
    deciders = ["rules (worth.py)", *variants(names)]
    totals = {name: {k: [0, 0, 0, 0] for k in KINDS} for name in deciders}
    for record in records:
        cluster = load_cluster(record["id"], record["source"])
        train = (groups != record["id"]) & (y >= 0)
        for name in deciders:
            decide = None
            if name in variants(names):
                cols = variants(names)[name]
                th = inner_threshold(X[train][:, cols], y[train], groups[train])
                decide = _decider(fit_lgbm(X[train][:, cols], y[train]), [names[i] for i in cols], th)
            claims = run_claims(cluster, Recorder(decide))
            add(totals[name], score_cluster(claims, [], record["claims"], None,
                                            record.get("non_figures")))
    print(f"fitting records ({len(records)}, tuning), leave-one-cluster-out, as the gold bench "
          "scores them:")
    for name, t in totals.items():
        print(f"{name}:")
        print("\n".join(report(t)[1:]))


def validate(cache: Path, rules_only=False) -> None:
    """Aggregate lines on the validation batch: the rules, and (unless ``rules_only``) each
    model variant fitted on the whole fitting cache with its threshold from a grouped split
    of it."""
    rows, names, X, y, groups, _ = load_cache(cache)
    lab = y >= 0
    deciders = {"rules (worth.py)": None}
    for name, cols in ({} if rules_only else variants(names)).items():
        th = inner_threshold(X[lab][:, cols], y[lab], groups[lab])
        booster = fit_lgbm(X[lab][:, cols], y[lab])
        used = [names[i] for i in cols]

        def decide(ent, value, verdict, booster=booster, used=used, th=th):
            f = features(ent, value, verdict is None)
            p = booster.predict(np.array([[f[n] for n in used]]))[0]
            return None if p >= th else (verdict or "model")
        deciders[f"{name} (threshold {th:.2f})"] = decide
    totals = {name: {k: [0, 0, 0, 0] for k in KINDS} for name in deciders}
    records = validation_records()
    for record in records:
        cluster = load_cluster(record["id"], record["source"])
        for name, decide in deciders.items():
            def verdict_of(ent, value, verdict, decide=decide):
                return decide(ent, _value_of_any(ent, value), verdict)
            recorder = Recorder(verdict_of if decide else None)
            claims = run_claims(cluster, recorder)
            add(totals[name], score_cluster(claims, [], record["claims"], None,
                                            record.get("non_figures")))
        print(f"validation cluster {len(records) and records.index(record) + 1} of {len(records)} done",
              flush=True)
    print(f"\nvalidation ({VALIDATION.relative_to(ROOT)}, {len(records)} clusters, aggregate only):")
    for name, t in totals.items():
        print(f"{name}:")
        print("\n".join(report(t)[1:]))


def _value_of_any(ent, value):
    return value if value is not None else _value_of(ent, None, True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=("extract", "cv", "cv-tabulated", "misses",
                                            "validate"))
    parser.add_argument("--cache", type=Path, default=CACHE)
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="misses: one line per miss; extract: errors (fitting records only)")
    parser.add_argument("--rules-only", action="store_true",
                        help="validate: the code's own decision only, no model")
    args = parser.parse_args()
    misses = args.cache.with_suffix(".misses.jsonl")
    if args.command == "extract":
        extract(fitting_records(), args.cache, misses, args.verbose)
    elif args.command == "cv":
        cv(args.cache)
    elif args.command == "cv-tabulated":
        cv_tabulated(args.cache)
    elif args.command == "validate":
        validate(args.cache, args.rules_only)
    else:
        rows = [json.loads(line) for line in open(misses, encoding="utf-8")]
        counts = Counter(r["category"] for r in rows)
        print(f"gold figure values find_claims misses on the fitting records: {len(rows)}")
        for category, n in counts.most_common():
            print(f"  {n:4d}  {category}")
            if args.verbose:
                for r in rows:
                    if r["category"] == category:
                        print(f"          {r['cluster']}: {r['desc']}")


if __name__ == "__main__":
    main()
