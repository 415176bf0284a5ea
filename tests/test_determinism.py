"""A brief is the same for the same input on every run.

Python salts string hashing per process (PYTHONHASHSEED), so iterating a set of names, or
taking ``max`` over one when two names tie, can give a different answer in each process. Such
a slip cannot show inside one test process: the brief is built in two fresh processes with
different seeds and the JSON compared whole (every section; the brief holds no timings).

Measured on main 40c427e (ninth session): 55 tuning clusters, seeds 0, 1, 2, 3 and 123, no
difference, so this test passes on that main too; it guards the ties made stable in
names.py (the tagging-slip ``inner`` max) and any later set-ordered choice."""

import os
import subprocess
import sys

import pytest

from conftest import wanted_records

# a tuning cluster of gold/multinews-s5 whose names (Al Jazeera's Bays, Sheik Hamad ...) go
# through most of names.py's resolutions
CLUSTER = "multinews-train-42590"


def _brief_json(folder, seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    proc = subprocess.run([sys.executable, "-m", "newsfuse", "brief", str(folder), "-f", "json"],
                          capture_output=True, text=True, timeout=600, env=env)
    assert proc.returncode == 0, proc.stderr[-500:]
    return proc.stdout


def test_brief_is_the_same_under_two_hash_seeds(tmp_path):
    record = wanted_records((CLUSTER,))[CLUSTER]
    docs = [d for d in record["documents"] if isinstance(d, str) and d.strip()]
    if len(docs) < 2:
        pytest.skip("cluster has fewer than two articles")
    for n, doc in enumerate(docs):
        (tmp_path / f"{n:03d}.txt").write_text(doc, encoding="utf-8")
    first, second = _brief_json(tmp_path, "0"), _brief_json(tmp_path, "1")
    assert '"quotes"' in first and '"claims"' in first
    assert first == second
