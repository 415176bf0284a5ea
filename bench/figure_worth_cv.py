"""Would a learned "worth tabulating" decision beat the hand rules? A cross-validated prototype.

Usage: python bench/figure_worth_cv.py [--cache FILE] [--reuse]

Research bench, no product change. worth.py's rules raised tuning scores and did not move a
clean held-out set, so this measures whether a model over the same parse generalises better
across clusters. Only TUNING gold records are used: a record whose "split" is "frozen" or
"validation" (in its claims or its quotes record) is skipped by id before any cluster is loaded, and nothing of it
is read further, scored or printed.

1. Candidates. Each tuning cluster goes through the analysis pass as
   bench/gold_claims_quotes.py loads it, then ``figure_reading.read_statements`` runs with ``figure_reading.worth``
   replaced by a recorder that calls the real ``worth.reason`` / ``worth.context_reason`` and
   notes every number it is asked about: exactly the numbers the figures code considers
   before worth.py's verdict (later filters, such as "nothing counted", are not part of it).
2. Labels from the gold, in the candidate's article: positive when it matches a gold figure
   value (same expression, or its expression inside the gold expression and the gold quote or
   expression inside its sentence), negative when it matches a gold non_figures entry the same
   way (the junk rule of gold_claims_quotes.is_junk); both or neither -> unlabelled, skipped in
   training and in precision/recall (kept unlabelled numbers still count in the junk share).
3. Features from the parse only: entity label, the number's dependency label, its head's POS
   and closed lemma classes (time unit, scale word), the counted noun (present, plural,
   proper), an event verb found by events.event_of, shape (digits, words, decimal, comma,
   year-like, value size), neighbours (%, "-", "$", capitalised or proper-noun neighbours,
   commas around it, a preposition before it), inside quotes or parentheses, the sentence's
   share of capitalised words, sentence position. No word identities beyond those classes.
4. Leave-one-cluster-out. Per fold, a model (LightGBM, and a numpy L2 logistic regression) is
   trained on the other clusters' labelled candidates; its threshold is the one with the best
   F1 of "worth" on out-of-fold predictions of a grouped 4-fold split of the training
   clusters only. Printed: precision and recall of "worth" over labelled candidates, and the
   junk share of kept numbers (gold non-figures among all kept candidates, unlabelled
   included), for the rules and the models; also rules+model (the rules' verdict as one more
   feature).
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gold_claims_quotes import HELD_OUT, ROOT, load_cluster, norm  # noqa: E402

LABELS = ["CARDINAL", "MONEY", "PERCENT", "QUANTITY", "DATE", "TIME"]
DEPS = ["nummod", "pobj", "dobj", "nsubj", "nsubjpass", "compound", "appos", "npadvmod", "amod",
        "conj", "attr", "ROOT", "quantmod", "advmod", "pcomp", "dep"]
POS = ["NOUN", "PROPN", "VERB", "AUX", "ADP", "NUM", "ADJ", "PUNCT", "DET", "ADV", "CCONJ"]


def claims_records(paths, held_out: tuple[str, ...] = HELD_OUT) -> tuple[dict, set]:
    """The claims records of these claims/quotes files by id (the last one read, as the gold
    bench reads them) and the ids any record of which is in a ``held_out`` split (read no
    further than its split)."""
    held, records = set(), {}
    for path in paths:
        for line in open(path, encoding="utf-8"):
            if not line.strip():
                continue
            record = json.loads(line)
            if record.get("split") in held_out:  # never fitted on
                held.add(record["id"])
            elif path.name.endswith("claims.jsonl"):
                records[record["id"]] = record
    return records, held


def gold_files(folder: Path) -> list[Path]:
    return [p for p in sorted(folder.rglob("*.jsonl")) if p.name.endswith(("claims.jsonl", "quotes.jsonl"))]


def tuning_records(held_out: tuple[str, ...] = HELD_OUT) -> list[dict]:
    """Tuning claims records; an id any record of which is in a ``held_out`` split is dropped whole."""
    records, held = claims_records(gold_files(ROOT / "gold"), held_out)
    return [r for cid, r in records.items() if cid not in held]


def _matches(expression: str, sentence: str, gold_expr: str, gold_quote: str | None) -> bool:
    e, g = norm(expression), norm(gold_expr)
    if not e or not g:
        return False
    if e == g:
        return True
    s = f" {norm(sentence)} "
    return f" {e} " in f" {g} " and any(
        t and f" {t} " in s for t in (g, norm(gold_quote)))


def label(cand: dict, record: dict) -> int | None:
    pos = any(cand["article"] in v.get("articles", []) and
              _matches(cand["expression"], cand["sentence"], v.get("expression") or "", v.get("quote"))
              for c in record["claims"] for v in c["values"])
    neg = any(cand["article"] in n.get("articles", []) and
              _matches(cand["expression"], cand["sentence"], n.get("expression") or "", None)
              for n in record.get("non_figures") or [])
    return None if pos == neg else int(pos)


def features(ent, value) -> dict:
    from newsfuse.crosscheck.events import event_of
    from newsfuse.crosscheck.numbers import SCALES, TIME_UNITS, VAGUE, counted_noun

    doc, sent, root = ent.doc, ent.sent, ent.root
    text = ent.text.strip()
    prev = doc[ent.start - 1] if ent.start > 0 else None
    nxt = doc[ent.end] if ent.end < len(doc) else None
    noun = counted_noun(ent)
    v = value[0] if isinstance(value, list) else value
    f = {f"label={x}": float(ent.label_ == x) for x in LABELS}
    f.update({f"dep={x}": float(root.dep_ == x) for x in DEPS})
    f.update({f"head_pos={x}": float(root.head.pos_ == x) for x in POS})
    f.update({f"prev_pos={x}": float(prev is not None and prev.pos_ == x) for x in POS})
    f.update({f"next_pos={x}": float(nxt is not None and nxt.pos_ == x) for x in POS})
    capitals = [t for t in sent if t.is_alpha and t.i != sent.start]
    before = doc[sent.start:ent.start].text
    f.update({
        "head_time_unit": float(root.head.lemma_.lower() in TIME_UNITS),
        "noun_time_unit": float(noun is not None and noun.lemma_.lower() in TIME_UNITS),
        "has_scale": float(any(t.lower_ in SCALES for t in ent)),
        "vague": float(any(t.lower_ in VAGUE for t in ent)),
        "noun": float(noun is not None),
        "noun_plural": float(noun is not None and noun.tag_ in ("NNS", "NNPS")),
        "noun_proper": float(noun is not None and noun.pos_ == "PROPN"),
        "noun_is_self": float(noun is not None and ent.start <= noun.i < ent.end),
        "event": float(event_of(noun if noun is not None else root)[0] is not None),
        "digits": float(any(c.isdigit() for c in text)),
        "words_only": float(not any(c.isdigit() for c in text)),
        "decimal": float(bool(re.search(r"\d\.\d", text))),
        "comma_num": float(bool(re.search(r"\d,\d{3}", text))),
        "year_like": float(bool(re.fullmatch(r"(?:1[89]|20)\d\d", text))),
        "ntokens": float(len(ent)),
        "log_value": math.log10(abs(v) + 1) if isinstance(v, (int, float)) else 0.0,
        "value_le_2": float(isinstance(v, (int, float)) and v <= 2),
        "value_round100": float(isinstance(v, (int, float)) and v >= 100 and v % 100 == 0),
        "range": float(isinstance(value, list)),
        "next_percent": float(nxt is not None and nxt.text in ("%", "percent", "per")),
        "next_hyphen": float(nxt is not None and nxt.text in ("-", "‐")),
        "hyphen_inside": float("-" in text),
        "prev_dollar": float(prev is not None and prev.text in ("$", "€", "£")),
        "prev_comma": float(prev is not None and prev.text == ","),
        "next_comma": float(nxt is not None and nxt.text in (",", ".", ";", ")")),
        "prev_title": float(prev is not None and prev.is_title and prev.i != sent.start),
        "next_title": float(nxt is not None and nxt.is_title),
        "prev_propn_name": float(prev is not None and prev.ent_type_ == "PERSON"),
        "next_upper": float(nxt is not None and nxt.is_upper and nxt.is_alpha),
        "in_quotes": float(sum(before.count(q) for q in ('"', "“", "”")) % 2 == 1),
        "in_parens": float(before.count("(") > before.count(")")),
        "sent_capital_share": (sum(t.is_title or t.is_upper for t in capitals) / len(capitals))
        if capitals else 0.0,
        "sent_upper_words": float(sum(t.is_alpha and t.is_upper and len(t) >= 4 for t in sent) >= 3),
        "sent_start": float(ent.start == sent.start),
        "first_sentence": float(sent.start == 0),
        "neg_child": float(any(c.dep_ == "neg" for c in root.head.children)),
        "ent_type_prev": float(prev is not None and prev.ent_type_ in ("GPE", "NORP")),
    })
    return f


def extract(records: list[dict], cache: Path) -> None:
    """One line per candidate: cluster, article, expression, label, rules' verdict, features."""
    from figure_worth_val import Recorder, run_statements

    with open(cache, "w", encoding="utf-8") as out:
        for record in records:
            start = time.perf_counter()
            cluster = load_cluster(record["id"], record["source"])
            article_of = {id(d): aid for aid, docs in cluster.docs.items() for d in docs}
            recorder = Recorder()  # the real rules, every number put to them noted
            run_statements(cluster, recorder)
            seen = []
            for ent, value, verdict, _ in recorder.seen:
                cand = {"cluster": record["id"], "article": article_of.get(id(ent.doc)),
                        "expression": ent.text.strip(), "sentence": ent.sent.text,
                        "rule": verdict, "features": features(ent, value)}
                cand["label"] = label(cand, record)
                del cand["sentence"]
                seen.append(cand)
                out.write(json.dumps(cand) + "\n")
            print(f"{record['id']}: {len(seen)} candidates, "
                  f"{sum(c['label'] == 1 for c in seen)} pos, {sum(c['label'] == 0 for c in seen)} neg, "
                  f"{time.perf_counter() - start:.1f}s", flush=True)


# ---- models -------------------------------------------------------------------------------

def fit_logreg(X, y, l2=1.0):
    from scipy.optimize import minimize

    mu, sd = X.mean(0), X.std(0) + 1e-9
    Z = np.hstack([(X - mu) / sd, np.ones((len(X), 1))])

    def loss(w):
        z = Z @ w
        p = 1 / (1 + np.exp(-z))
        reg = l2 * (w[:-1] @ w[:-1]) / 2
        nll = np.sum(np.logaddexp(0, z) - y * z)
        return nll + reg, Z.T @ (p - y) + np.r_[l2 * w[:-1], 0]

    w = minimize(loss, np.zeros(Z.shape[1]), jac=True, method="L-BFGS-B").x
    return lambda X2: 1 / (1 + np.exp(-(np.hstack([(X2 - mu) / sd, np.ones((len(X2), 1))]) @ w)))


def fit_lgbm(X, y):
    import lightgbm as lgb

    params = {"objective": "binary", "learning_rate": 0.05, "num_leaves": 8,
              "min_data_in_leaf": 10, "bagging_fraction": 0.8, "bagging_freq": 1,
              "feature_fraction": 0.8, "lambda_l2": 1.0, "verbose": -1, "seed": 0,
              "num_threads": 1}
    booster = lgb.train(params, lgb.Dataset(X, label=y), num_boost_round=150)
    return booster.predict


def best_threshold(p, y) -> float:
    best, th = -1.0, 0.5
    for t in np.arange(0.05, 0.96, 0.01):
        k = p >= t
        tp = np.sum(k & (y == 1))
        f1 = 2 * tp / (k.sum() + (y == 1).sum()) if k.sum() + (y == 1).sum() else 0.0
        if f1 > best:
            best, th = f1, t
    return float(th)


def inner_threshold(fit, X, y, groups) -> float:
    """The threshold with the best F1 on out-of-fold predictions of a grouped 4-fold split of
    the training clusters alone: the held-out cluster plays no part in it."""
    names = sorted(set(groups))
    rng = np.random.default_rng(0)
    rng.shuffle(names)
    p = np.zeros(len(y))
    for k in range(4):
        test = np.isin(groups, names[k::4])
        p[test] = fit(X[~test], y[~test])(X[test])
    return best_threshold(p, y)


def print_decisions(keep: dict, y, with_junk) -> None:
    """One row per decision: precision, recall and F1 of "worth" over the labelled candidates,
    and the junk share of what it keeps in clusters whose gold lists non-figures."""
    lab = y >= 0
    print(f"{'decision':28s} {'precision':>10s} {'recall':>8s} {'F1':>6s} {'kept':>6s} "
          f"{'junk share of kept':>20s}")
    for name, k in keep.items():
        tp, kp, pos = np.sum(k & (y == 1)), np.sum(k & lab), np.sum(y == 1)
        prec, rec = tp / kp if kp else 0, tp / pos if pos else 0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0
        kj = k & with_junk
        junk = np.sum(kj & (y == 0)) / kj.sum() if kj.sum() else 0
        print(f"{name:28s} {prec:10.3f} {rec:8.3f} {f1:6.3f} {k.sum():6d} "
              f"{junk:8.3f} ({np.sum(kj & (y == 0))}/{kj.sum()})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, default=Path("/tmp/figure_worth_cv.jsonl"))
    parser.add_argument("--reuse", action="store_true", help="read the cache, do not re-parse")
    args = parser.parse_args()
    records = tuning_records()
    if not args.reuse:
        extract(records, args.cache)
    rows = [json.loads(line) for line in open(args.cache, encoding="utf-8")]
    names = sorted(rows[0]["features"])
    X = np.array([[r["features"][n] for n in names] for r in rows])
    rule_keep = np.array([r["rule"] is None for r in rows])
    Xr = np.hstack([X, rule_keep[:, None].astype(float)])
    y = np.array([-1 if r["label"] is None else r["label"] for r in rows])
    groups = np.array([r["cluster"] for r in rows])
    with_junk = np.array([bool(next((rec.get("non_figures") for rec in records
                                     if rec["id"] == g), None)) for g in groups])
    clusters = sorted(set(groups))
    keep = {"rules (worth.reason)": rule_keep}
    for name, fit, data in (("logistic regression", fit_logreg, X),
                            ("LightGBM", fit_lgbm, X),
                            ("LightGBM + rules' verdict", fit_lgbm, Xr)):
        kept = np.zeros(len(rows), dtype=bool)
        for c in clusters:
            test = groups == c
            train = ~test & (y >= 0)
            th = inner_threshold(fit, data[train], y[train], groups[train])
            kept[test] = fit(data[train], y[train])(data[test]) >= th
        keep[name] = kept
    lab = y >= 0
    print(f"\ntuning records {len(records)}, clusters with candidates {len(clusters)} "
          f"({len(set(groups[lab]))} with labelled ones), candidates {len(rows)}, labelled "
          f"{lab.sum()} (worth {np.sum(y == 1)}, junk {np.sum(y == 0)}); leave-one-cluster-out")
    print_decisions(keep, y, with_junk)
    # clusters resampled with replacement: how far the F1 difference from the rules moves
    rng = np.random.default_rng(1)
    index = {c: np.flatnonzero(groups == c) for c in clusters}

    def f1(k, rows_):
        tp, kp, pos = np.sum(k[rows_] & (y[rows_] == 1)), np.sum(k[rows_] & lab[rows_]), \
            np.sum(y[rows_] == 1)
        return 2 * tp / (kp + pos) if kp + pos else 0.0
    draws = [np.concatenate([index[c] for c in rng.choice(clusters, len(clusters))])
             for _ in range(2000)]
    print("F1 minus the rules' F1, 95% interval over 2000 cluster bootstrap draws:")
    for name, k in list(keep.items())[1:]:
        d = np.array([f1(k, r) - f1(keep["rules (worth.reason)"], r) for r in draws])
        print(f"  {name:28s} {np.percentile(d, 2.5):+.3f} .. {np.percentile(d, 97.5):+.3f}")


if __name__ == "__main__":
    main()
