"""Ways of combining the copies' speakers of one merged quotation, tried offline on the tuning
gold: each entry's speech events are kept once, and each way of voting is scored as the quotes
bench scores speakers (right over gold quotes, precision over entries given a speaker).

Usage: python bench/quote_vote_sim.py [--dump FILE] [--load FILE] [-v] [--changes NAME]

Tuning records only (never validation or frozen). With -v, the gold quotes whose entries
several articles carry and whose copies disagree are printed with each copy's name, kind and
whether it names the gold speaker.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gold_claims_quotes import ROOT, load_cluster, names_ok, same_text  # noqa: E402
from speaker_ranker import gold_records  # noqa: E402


def collect(verbose: bool) -> list[dict]:
    from newsfuse.crosscheck import quotes as quotes_mod
    from newsfuse.crosscheck.names import names_of
    from newsfuse.crosscheck.speech import EVIDENCE

    captured: list = []
    original = quotes_mod.kept_apart

    def kept_apart(entry, names):
        apart = original(entry, names)
        captured.extend([entry] + apart)
        return apart

    quotes_mod.kept_apart = kept_apart
    data = []
    for cid, record in gold_records([ROOT / "gold"], ["multinews-s4"]).items():
        if record.get("split") in ("frozen", "validation"):
            continue
        captured.clear()
        cluster = load_cluster(cid, record["source"])
        out = quotes_mod.find_quotes(cluster)
        names = names_of(cluster)
        by_key = {(e["text"], tuple(sorted(e["articles"]))): e for e in captured}
        gold = record["quotes"]
        entries = []
        for p in out:
            e = by_key.get((p["text"], tuple(sorted(p["articles"]))))
            if e is None:
                continue
            events = []
            for article, q, name in e["events"]:
                events.append({"article": article, "name": name, "given": q.speaker is not None,
                               "kind": q.attribution, "evidence": EVIDENCE.get(q.attribution),
                               "label": names.label.get(name) if name else None,
                               "qlabel": q.label, "governed": q.governed,
                               "vote": quotes_mod.event_weight(q, name, names) if name else 0,
                               "length": len(q.text)})
            matched = [i for i, g in enumerate(gold) if same_text(p, g)]
            cands = {ev["name"] for ev in events if ev["name"]}
            ok = {n: [i for i in matched if names_ok(n, gold[i])] for n in cands}
            entries.append({"text": p["text"], "speaker": p["speaker"], "events": events,
                            "matched": matched, "ok": ok, "articles": p["articles"]})
        data.append({"id": cid, "n_gold": len(gold), "entries": entries,
                     "copies": dict(cluster.copies or {}),
                     "gold_speakers": [g.get("speaker") for g in gold]})
    return data


def current(entry) -> str | None:
    """The vote as quotes.find_quotes casts it (from the kept weights)."""
    votes = Counter()
    for ev in entry["events"]:
        if ev["name"] and ev["given"]:
            votes[ev["name"]] += ev["vote"]
    return max(votes.items(), key=lambda kv: (kv[1], len(kv[0])))[0] if votes else None


def score(data, scheme) -> tuple[int, int, int, int]:
    right_given = given = right = total = 0
    for rec in data:
        right_gold = set()
        for e in rec["entries"]:
            who = scheme(e)
            if not who:
                continue
            given += 1
            hits = e["ok"].get(who, [])
            if hits:
                right_given += 1
                right_gold |= set(hits)
        right += len(right_gold)
        total += rec["n_gold"]
    return right_given, given, right, total


STRENGTH = {"strong": 3, "medium": 2, "weak": 1}


def _named(ev) -> bool:
    return ev["label"] in ("PERSON", "ORG") or ev["qlabel"] in ("PERSON", "ORG")


def voting(weight=lambda ev: ev["vote"], per_article=False, order="votes", copies_once=False):
    """A way of voting: each given event adds ``weight``; ``per_article``: an article counts
    once per name (its strongest event); ``copies_once``: an article that copies another
    article of the entry does not vote; ``order``: what decides after the votes (the name's
    length, as ``quotes.vote_winner``; "named" puts a tagged name first; "evidence" puts the
    strongest evidence before the votes; "longest" the longest copy before the name's length)."""
    def vote(e, copies=None):
        arts = {ev["article"] for ev in e["events"]}
        votes, best, longest, per = Counter(), Counter(), Counter(), defaultdict(dict)
        named = {}
        for ev in e["events"]:
            if not (ev["name"] and ev["given"]):
                continue
            if copies_once and (copies or {}).get(ev["article"]) in arts:
                continue
            w, n = weight(ev), ev["name"]
            if per_article:
                per[n][ev["article"]] = max(per[n].get(ev["article"], 0), w)
            else:
                votes[n] += w
            best[n] = max(best[n], STRENGTH.get(ev["evidence"], 1))
            longest[n] = max(longest[n], ev["length"])
            named[n] = named.get(n, False) or _named(ev)
        for n, by in per.items():
            votes[n] = sum(by.values())
        if not votes:
            return None
        keys = {"votes": lambda n: (votes[n], len(n)),
                "named": lambda n: (votes[n], named[n], len(n)),
                "evidence": lambda n: (best[n], votes[n], len(n)),
                "longest": lambda n: (votes[n], longest[n], len(n))}[order]
        return max(votes, key=keys)
    return vote


def _kind_weight(kind, strength):
    return lambda ev: (strength if ev["kind"] == kind else STRENGTH.get(ev["evidence"], 1)) * \
        (2 if _named(ev) else 1)


SCHEMES = {
    "current": voting(),
    "per-article": voting(per_article=True),
    "copies-once": voting(copies_once=True),
    "tie-named": voting(order="named"),
    "evidence-first": voting(order="evidence"),
    "tie-longest-copy": voting(order="longest"),
    "named-x3": voting(lambda ev: STRENGTH.get(ev["evidence"], 1) * (3 if _named(ev) else 1)),
    "named+3": voting(lambda ev: STRENGTH.get(ev["evidence"], 1) + (3 if _named(ev) else 0)),
    "strong-x2": voting(lambda ev: {"strong": 6, "medium": 2, "weak": 1}.get(ev["evidence"], 1)
                        * (2 if _named(ev) else 1)),
    "count-only": voting(lambda ev: 2 if _named(ev) else 1),
    "carried-0.5": voting(_kind_weight("carried", 0.5)),
    "continued-strong": voting(_kind_weight("continued", 3)),
    "pronoun-strong": voting(_kind_weight("pronoun", 3)),
    "according-medium": voting(_kind_weight("according", 2)),
}


def score_scheme(data, scheme) -> tuple[int, int, int, int]:
    total = (0, 0, 0, 0)
    for rec in data:
        part = score([rec], lambda e: scheme(e, rec.get("copies")))
        total = tuple(a + b for a, b in zip(total, part))
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dump")
    parser.add_argument("--load")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--changes", metavar="SCHEME",
                        help="list the entries whose speaker SCHEME changes against the current vote")
    args = parser.parse_args()
    if args.load:
        data = pickle.load(open(args.load, "rb"))
    else:
        data = collect(args.verbose)
        if args.dump:
            pickle.dump(data, open(args.dump, "wb"))
    rg, g, r, t = score(data, current)
    print(f"current vote: given and right {rg}/{g}, right {r}/{t}")
    for name, scheme in SCHEMES.items():
        rg, g, r, t = score_scheme(data, scheme)
        print(f"  {name:18} given and right {rg}/{g}, right {r}/{t}")
    if args.changes:
        for rec in data:
            for e in rec["entries"]:
                a, b = current(e), SCHEMES[args.changes](e, rec.get("copies"))
                if a != b:
                    print(f"    {rec['id']} {e['text'][:50]!r}: {a!r} ({bool(e['ok'].get(a))}) -> "
                          f"{b!r} ({bool(e['ok'].get(b))})")
    # entries several articles carry, and whether their copies disagree
    multi = dis = 0
    kinds = defaultdict(Counter)  # kind -> right/wrong of copies in disagreeing matched entries
    for rec in data:
        for e in rec["entries"]:
            arts = {ev["article"] for ev in e["events"]}
            if len(arts) < 2:
                continue
            multi += 1
            names = {ev["name"] for ev in e["events"] if ev["name"]}
            if len(names) < 2 and all(ev["name"] for ev in e["events"]):
                continue
            dis += 1
            if not e["matched"]:
                continue
            for ev in e["events"]:
                if ev["name"]:
                    kinds[ev["kind"]]["right" if e["ok"].get(ev["name"]) else "wrong"] += 1
                else:
                    kinds[ev["kind"] or "none"]["no name"] += 1
            if args.verbose:
                print(f"\n{rec['id']} {e['text'][:70]!r} shown {e['speaker']!r} "
                      f"gold {[rec['gold_speakers'][i] for i in e['matched']]}")
                for ev in e["events"]:
                    print(f"   {ev['article']:4} {ev['name']!r:40} {ev['kind']} v{ev['vote']} "
                          f"{'OK' if e['ok'].get(ev['name']) else ''}")
    print(f"entries in 2+ articles {multi}, copies disagree {dis}")
    for k, c in sorted(kinds.items(), key=lambda kc: -sum(kc[1].values())):
        print(f"  {k:20} {dict(c)}")


if __name__ == "__main__":
    main()
