"""A learned second opinion on worth.py's rules: fitted on every tuning claims record, judged
as the gold bench scores, and checked on all validation sets pooled.

Usage (run in this order; each later step reads what the first one writes):
  python bench/figure_worth_val.py extract [--misses] [-v]  # parse the tuning records once
  python bench/figure_worth_val.py cv                       # grouped 5-fold, per candidate
  python bench/figure_worth_val.py cv-tabulated             # grouped 5-fold, as the gold bench scores
  python bench/figure_worth_val.py misses [-v]              # why gold figure values are missed
  python bench/figure_worth_val.py validate --variant V --threshold T   # pooled aggregate lines

bench/figure_worth_cv.py (third session) and this bench (fourth to ninth) found a parse-only
model level with worth.py's rules on about 30 tuning clusters and one validation batch. The
rules fit tuning gold about twice as well as unseen text (junk share of tabulated numbers), so
the question is asked again with every tuning record there now is and every validation set:

- Fitting records: every tuning claims record under gold/ (``figure_worth_cv.tuning_records``:
  an id any record of which is "validation" or "frozen" is dropped whole, as the gold bench
  reads a record's split and nothing more of a frozen one), and no id that a validation folder (``gold_claims_quotes.VALIDATION``)
  holds. Candidates are the numbers ``figure_reading.read_statements`` puts to worth.py (a
  recorder around the real ``worth.reason``/``context_reason``), labelled from the gold as in
  figure_worth_cv.py (a gold figure value's expression: worth; a gold non_figures entry: junk;
  neither or both: unlabelled). Features (``features``): the probe's parse-only description of
  a number plus the rules' verdict. ``extract`` keeps each analysed cluster in a pickle so the
  scoring passes do not parse again.
- The decisions compared (``variants``): LightGBM replacing the rules (alone, and with the
  rules' verdict as a feature; threshold of best F1 of "worth" on a grouped inner split), and
  the second opinion: a number the rules keep is dropped when the model's probability of
  "worth" is below a threshold; the rules' drops stand, so a figure the rules find is lost only
  when the model is confident it is junk. Its model is fitted on the labelled numbers the rules
  keep ("kept only"), on all labelled numbers with the rules' verdict ("all + verdict"), or on
  all of them without it ("all, no verdict": what junk looks like, the rules' drops included).
- cv / cv-tabulated: grouped 5-fold by cluster over the fitting records (clusters shuffled
  with a fixed seed); each model predicts only clusters it was not fitted on. ``cv`` counts
  candidates; ``cv-tabulated`` runs find_claims (rules grouping, as ``--figures rules``) per
  cluster with each decision and scores it with the gold bench's own functions (groups, junk
  share of tabulated numbers, figure values): a number dropped early that the pipeline drops
  later anyway changes nothing a reader sees. The second opinion's threshold is chosen here,
  on tuning alone.
- validate: the model fitted on all fitting candidates, at the variant and threshold given
  (chosen from cv-tabulated, never from validation), against the rules on every validation
  set pooled: only the aggregate lines over all of them are printed, never a set, a cluster
  or an error, and nothing is fitted or written from them.
- misses (with ``extract --misses``): for every gold figure value of the fitting records that
  find_claims does not give (bench/gold_claims_quotes.same_value), the first step of the
  pipeline that loses it, as a table of counts (with -v one line per miss).

Measured in the twentieth session (main 8162aaf; 118 tuning records, 111 with candidates, 2,513
candidates, 2,039 labelled: 1,441 worth, 598 junk; the rules keep 1,541 of the labelled, 129 of
them junk). Per candidate (cv) a second opinion drops about two junk numbers for each worth one
(kept only at 0.40: junk share of kept 129/1768 -> 98/1709, recall of worth 0.980 -> 0.970), but
as the gold bench scores (cv-tabulated, tuning) the rules' table has 31 junk numbers left of
1,307 and no threshold of any variant (0.1 to 0.5) takes away more than 3 of them, while every
one above 0.1 loses groups (212 -> 211 to 189 of 288) and values (1282 -> 1281 to 1234 of
1722): what the model drops is mostly dropped later anyway, or a figure. The threshold chosen
on tuning (the highest losing no group or value) is 0.1, which changes no tuning table and, on
all thirteen validation sets pooled, none either (groups 124/155 124/218, junk 86/1059, values
608/842 938/1356, the rules' own lines). Replacing the rules (LightGBM with their verdict, best-F1
threshold): tuning groups 207/230, junk 33/1295, values 913/1137 1275/1722. Not shipped.
"""

from __future__ import annotations

import argparse
import json
import pickle
import re
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from figure_worth_cv import (claims_records, gold_files, label, print_decisions,  # noqa: E402
                             tuning_records)
from figure_worth_cv import features as cv_features  # noqa: E402
from figure_worth_cv import inner_threshold as cv_inner_threshold  # noqa: E402
from gold_claims_quotes import (KINDS, VALIDATION, add, load_cluster, norm, report,  # noqa: E402
                                same_value, score_cluster, voice_figures)

CACHE = Path("/tmp/figure_worth_val.jsonl")
PARAMS = {"objective": "binary", "learning_rate": 0.05, "num_leaves": 8, "min_data_in_leaf": 10,
          "bagging_fraction": 0.8, "bagging_freq": 1, "feature_fraction": 0.8, "lambda_l2": 1.0,
          "verbose": -1, "seed": 0, "num_threads": 1, "deterministic": True,
          "force_row_wise": True}
ROUNDS = 150
FOLDS = 5
SECOND_THRESHOLDS = (0.1, 0.2, 0.3, 0.4, 0.5)


def validation_ids() -> set[str]:
    """Every id a validation folder holds (read for its id only)."""
    return {json.loads(x)["id"] for folder in VALIDATION.values() for p in gold_files(folder)
            for x in open(p, encoding="utf-8") if x.strip()}


def fitting_records() -> list[dict]:
    """Every tuning claims record (``tuning_records``), none a validation folder holds."""
    held = validation_ids()
    return [r for r in tuning_records() if r["id"] not in held]


def validation_records() -> list[dict]:
    """The claims records of every validation folder (the last one per id, as the gold bench
    reads them); refuses to go on if any is frozen."""
    records, frozen = claims_records([p for folder in VALIDATION.values() for p in gold_files(folder)],
                                     held_out=("frozen",))
    if frozen:
        raise SystemExit("a validation folder holds frozen records; refusing to read them")
    if any(r.get("split") != "validation" for r in records.values()):
        raise SystemExit("a validation folder holds a record of another split")
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
        return claims.find_claims(cluster, figures="rules")
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


def _value_of_any(ent, value):
    return value if value is not None else _value_of(ent, None, True)


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

def pickled(cache: Path) -> Path:
    """The folder beside the cache holding each fitting cluster's analysis."""
    return cache.with_suffix(".clusters")


def cluster_of(record: dict, cache: Path):
    path = pickled(cache) / f"{record['id']}.pkl"
    if path.exists():
        with open(path, "rb") as f:
            return pickle.load(f)
    return load_cluster(record["id"], record["source"])


def extract(records: list[dict], cache: Path, misses: Path | None, verbose=False) -> None:
    total = {k: [0, 0, 0, 0] for k in KINDS}
    pickled(cache).mkdir(exist_ok=True)
    with open(cache, "w", encoding="utf-8") as out:
        mout = open(misses, "w", encoding="utf-8") if misses else None
        for record in records:
            start = time.perf_counter()
            cluster = load_cluster(record["id"], record["source"])
            with open(pickled(cache) / f"{record['id']}.pkl", "wb") as f:
                pickle.dump(cluster, f)
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
            if mout is not None:
                claims = run_claims(cluster, Recorder())
                if verbose:
                    print(f"{record['id']}:")
                add(total, score_cluster(claims, [], record["claims"], None,
                                         record.get("non_figures"), verbose))
                predicted = [p for g in claims for v in g["values"] for p in voice_figures(v)]
                for category, desc in classify_misses(cluster, record, statements, recorder.seen,
                                                      predicted):
                    mout.write(json.dumps({"cluster": record["id"], "category": category,
                                           "desc": desc}) + "\n")
            print(f"{record['id']}: {n} candidates, {time.perf_counter() - start:.1f}s", flush=True)
        if mout is not None:
            mout.close()
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
    """name -> (feature columns, fitted on the rules' kept numbers only, second opinion).
    A replacement decides alone at its best-F1 threshold; a second opinion may only drop a
    number the rules keep."""
    no_rule = [i for i, n in enumerate(names) if n != "rules_keep"]
    every = list(range(len(names)))
    return {"LightGBM alone": (no_rule, False, False),
            "LightGBM + rules' verdict": (every, False, False),
            "second opinion, kept only": (no_rule, True, True),
            "second opinion, all + verdict": (every, False, True),
            "second opinion, all, no verdict": (no_rule, False, True)}


def fold_of(groups) -> dict[str, int]:
    """Each cluster's fold of the grouped split (clusters shuffled with a fixed seed)."""
    names = sorted(set(groups))
    np.random.default_rng(0).shuffle(names)
    return {c: k % FOLDS for k, c in enumerate(names)}


def fit_variant(spec, X, y, groups, rule_keep, rows_mask, threshold=True):
    """The variant's booster over the rows ``rows_mask`` allows (labelled ones; the rules' kept
    ones for a model fitted on those), and a replacement's best-F1 threshold."""
    cols, kept_only, second = spec
    train = rows_mask & (y >= 0) & (rule_keep if kept_only else True)
    booster = fit_lgbm(X[train][:, cols], y[train])
    th = inner_threshold(X[train][:, cols], y[train], groups[train]) \
        if threshold and not second else None
    return booster, th


def cv(cache: Path) -> None:
    """Per candidate, grouped 5-fold: replacements at their inner best-F1 threshold; second
    opinions at each threshold of SECOND_THRESHOLDS (kept by the rules and the model)."""
    rows, names, X, y, groups, rule_keep = load_cache(cache)
    records = {r["id"]: r for r in fitting_records()}
    with_junk = np.array([bool(records[g].get("non_figures")) for g in groups])
    folds = fold_of(groups)
    fold = np.array([folds[g] for g in groups])
    keep = {"rules (worth.reason)": rule_keep}
    for name, spec in variants(names).items():
        cols, _, second = spec
        p = np.zeros(len(rows))
        th = np.zeros(len(rows))
        for k in range(FOLDS):
            booster, t = fit_variant(spec, X, y, groups, rule_keep, fold != k, not second)
            p[fold == k] = booster.predict(X[fold == k][:, cols])
            th[fold == k] = t if t is not None else 0
        if second:
            for t in SECOND_THRESHOLDS:
                keep[f"{name} @{t:.2f}"] = rule_keep & (p >= t)
        else:
            keep[name] = p >= th
    lab = y >= 0
    print(f"fitting records {len(records)}, clusters with candidates {len(folds)} "
          f"({len(set(groups[lab]))} with labelled ones), candidates {len(rows)}, labelled "
          f"{lab.sum()} (worth {np.sum(y == 1)}, junk {np.sum(y == 0)}); of them the rules keep "
          f"{np.sum(rule_keep & lab)} (worth {np.sum(rule_keep & (y == 1))}, junk "
          f"{np.sum(rule_keep & (y == 0))}); grouped {FOLDS}-fold by cluster")
    print_decisions(keep, y, with_junk)


def _second_decider(booster, used, th):
    """Drops a number the rules keep when the model's probability of "worth" is below ``th``."""
    def decide(ent, value, verdict):
        if verdict is not None:
            return verdict
        f = features(ent, _value_of_any(ent, value), True)
        p = booster.predict(np.array([[f[n] for n in used]]))[0]
        return None if p >= th else "model"
    return decide


def _replacing_decider(booster, used, th):
    def decide(ent, value, verdict):
        f = features(ent, _value_of_any(ent, value), verdict is None)
        p = booster.predict(np.array([[f[n] for n in used]]))[0]
        return None if p >= th else (verdict or "model")
    return decide


def _probabilities(models: dict):
    """A decision that keeps the rules' verdict and notes each model's (name -> (booster,
    features used)) probability of every number the rules keep: the least of them says which
    thresholds change a cluster at all."""
    seen = {name: [] for name in models}

    def decide(ent, value, verdict):
        if verdict is None:
            f = features(ent, _value_of_any(ent, value), True)
            for name, (booster, used) in models.items():
                seen[name].append(booster.predict(np.array([[f[n] for n in used]]))[0])
        return verdict
    return decide, seen


def cv_tabulated(cache: Path, which: list[str] | None = None) -> None:
    """Grouped 5-fold at the level the gold bench scores: each fitting cluster goes through
    find_claims with the rules and with each decision fitted on the other folds' clusters; the
    bench's metrics (groups, junk share of tabulated numbers, figure values) are summed over
    the clusters. A second opinion that changes no number of a cluster at a threshold (every
    kept number's probability at or above it) leaves its table as the rules' and is not rerun."""
    rows, names, X, y, groups, rule_keep = load_cache(cache)
    records = fitting_records()
    folds = fold_of(groups)
    fold = np.array([folds[g] for g in groups])
    specs = {n: s for n, s in variants(names).items() if which is None or n in which}
    boosters = {}
    for name, spec in specs.items():
        for k in range(FOLDS):
            boosters[name, k] = fit_variant(spec, X, y, groups, rule_keep, fold != k)
    decisions = ["rules (worth.py)"] + [f"{n} @{t:.2f}" if s[2] else n for n, s in specs.items()
                                        for t in (SECOND_THRESHOLDS if s[2] else (None,))]
    totals = {name: {k: [0, 0, 0, 0] for k in KINDS} for name in decisions}
    reruns = Counter()
    for done, record in enumerate(records, 1):
        if record["id"] not in folds:
            continue  # no number put to worth.py: every decision leaves it as it is
        cluster = cluster_of(record, cache)
        k = folds[record["id"]]
        score = lambda claims: score_cluster(claims, [], record["claims"], None,  # noqa: E731
                                             record.get("non_figures"))
        decide, seen = _probabilities({name: (boosters[name, k][0], [names[i] for i in spec[0]])
                                       for name, spec in specs.items() if spec[2]})
        rules = score(run_claims(cluster, Recorder(decide)))
        least = {name: min(p, default=1.0) for name, p in seen.items()}
        add(totals["rules (worth.py)"], rules)
        for name, spec in specs.items():
            booster, th = boosters[name, k]
            used = [names[i] for i in spec[0]]
            if not spec[2]:
                add(totals[name], score(run_claims(cluster, Recorder(
                    _replacing_decider(booster, used, th)))))
                continue
            for t in SECOND_THRESHOLDS:
                if least[name] >= t:
                    add(totals[f"{name} @{t:.2f}"], rules)
                else:
                    reruns[name] += 1
                    add(totals[f"{name} @{t:.2f}"], score(run_claims(cluster, Recorder(
                        _second_decider(booster, used, t)))))
        print(f"cluster {done} of {len(records)} done", flush=True)
    print(f"\nfitting records ({len(records)}, tuning), grouped {FOLDS}-fold by cluster, as the "
          f"gold bench scores them (reruns: {dict(reruns)}):")
    for name, t in totals.items():
        print(f"{name}:")
        print("\n".join(report(t)[1:]))


def validate(cache: Path, variant: str | None, threshold: float | None) -> None:
    """Aggregate lines over every validation set pooled: the rules, and (with ``variant``) that
    decision fitted on every fitting candidate; a second opinion at ``threshold`` (chosen by
    cv-tabulated on tuning), a replacement at its best-F1 threshold of a grouped inner split."""
    rows, names, X, y, groups, rule_keep = load_cache(cache)
    deciders = {"rules (worth.py)": None}
    if variant is not None:
        spec = variants(names)[variant]
        booster, th = fit_variant(spec, X, y, groups, rule_keep, np.ones(len(y), dtype=bool))
        used = [names[i] for i in spec[0]]
        if spec[2]:
            if threshold is None:
                raise SystemExit("a second opinion needs --threshold (chosen by cv-tabulated)")
            deciders[f"{variant} @{threshold:.2f}"] = _second_decider(booster, used, threshold)
        else:
            deciders[f"{variant} (threshold {th:.2f})"] = _replacing_decider(booster, used, th)
    totals = {name: {k: [0, 0, 0, 0] for k in KINDS} for name in deciders}
    records = validation_records()
    for done, record in enumerate(records, 1):
        cluster = load_cluster(record["id"], record["source"])
        for name, decide in deciders.items():
            claims = run_claims(cluster, Recorder(decide))
            add(totals[name], score_cluster(claims, [], record["claims"], None,
                                            record.get("non_figures")))
        print(f"validation cluster {done} of {len(records)} done", flush=True)
    print(f"\nvalidation ({len(VALIDATION)} sets pooled: {' '.join(VALIDATION)}; {len(records)} "
          "clusters; aggregate only):")
    for name, t in totals.items():
        print(f"{name}:")
        print("\n".join(report(t)[1:]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=("extract", "cv", "cv-tabulated", "misses",
                                            "validate"))
    parser.add_argument("--cache", type=Path, default=CACHE)
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="misses: one line per miss; extract: errors (fitting records only)")
    parser.add_argument("--misses", action="store_true",
                        help="extract: also run find_claims and classify the missed figure values")
    parser.add_argument("--variant", help="validate / cv-tabulated: the decision (see variants)")
    parser.add_argument("--threshold", type=float,
                        help="validate: the second opinion's threshold chosen by cv-tabulated")
    args = parser.parse_args()
    misses = args.cache.with_suffix(".misses.jsonl")
    if args.command == "extract":
        extract(fitting_records(), args.cache, misses if args.misses else None, args.verbose)
    elif args.command == "cv":
        cv(args.cache)
    elif args.command == "cv-tabulated":
        cv_tabulated(args.cache, [args.variant] if args.variant else None)
    elif args.command == "validate":
        validate(args.cache, args.variant, args.threshold)
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
