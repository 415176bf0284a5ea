"""The junk numbers the figures table keeps and the gold figure values it loses, one line each,
for sorting into classes by hand (tuning records only).

Usage: python bench/junk_classes.py [DIR ...]     # default: gold/multinews-s4b

For every claims record of each DIR that carries ``non_figures``: each tabulated number (one per
figure entry and article, every status, as bench/gold_claims_quotes.py counts junk) that the
gold lists as no figure, with the gold's own reason ("why"), the group's status, the counted noun
and event the statements gave it, and its sentence; then each gold figure value find_claims does
not give, with the first pipeline step that loses it (bench/figure_worth_val.classify_misses).
Counting them by kind of number and by cluster is left to the reader: a rule is worth writing
only for a kind seen in several clusters.

The validation folders (``gold_claims_quotes.VALIDATION``, gold/multinews-s4 and gold/validation-s*) and frozen records
are refused: their errors are never printed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from figure_worth_val import (VALIDATION, Recorder, classify_misses, run_claims,  # noqa: E402
                              run_statements)
from gold_claims_quotes import HELD_OUT, ROOT, is_junk, junk_entry, load_cluster, voice_figures  # noqa: E402


def records(folder: Path) -> list[dict]:
    if folder.resolve() in {v.resolve() for v in VALIDATION.values()}:
        raise SystemExit(f"{folder} is a validation batch: compared in aggregate only")
    out = []
    for line in open(folder / "claims.jsonl", encoding="utf-8"):
        if not line.strip():
            continue
        record = json.loads(line)
        if record.get("split") in HELD_OUT:
            continue  # never printed, never tuned on
        if record.get("non_figures") is not None:
            out.append(record)
    return out


def gold_reason(entry, article, non_figures) -> str | None:
    """The gold's reason for the non-figure that makes this number junk (the bench's match)."""
    match = junk_entry(entry, article, non_figures)
    return match.get("why") if match else None


def main() -> None:
    folders = [Path(a) for a in sys.argv[1:]] or [ROOT / "gold" / "multinews-s4b"]
    for folder in folders:
        for record in records(folder):
            cluster = load_cluster(record["id"], record["source"])
            recorder = Recorder()
            statements = run_statements(cluster, recorder)
            claims = run_claims(cluster, Recorder())
            for group in claims:
                for v in group["values"]:
                    for a in v["articles"]:
                        if not is_junk(v, a, record["non_figures"]):
                            continue
                        s = next((s for s in statements if s["article"] == a
                                  and s["expression"] == v.get("expression")), {})
                        print(f"junk  {record['id']} {a} {group['status']} "
                              f"{v.get('expression')!r} noun={s.get('noun')} "
                              f"event={s.get('event')} | gold: "
                              f"{gold_reason(v, a, record['non_figures'])} | {v['text'][:120]!r}")
            predicted = [p for g in claims for v in g["values"] for p in voice_figures(v)]
            for category, desc in classify_misses(cluster, record, statements, recorder.seen,
                                                  predicted):
                print(f"miss  {record['id']} {category} | {desc}")


if __name__ == "__main__":
    main()
