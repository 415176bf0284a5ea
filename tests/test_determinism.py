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


def test_a_copy_of_two_copies_names_the_same_original_under_every_hash_seed(example_paths):
    """One report three times (a wire story and two outlets that ran it whole): the third is a
    copy of the first and of the second, sharing as much with each. The copies were decided
    while iterating a set of article-id pairs, so which original it got followed the process's
    string hashing: a1 under seeds 0, 3, 5 and 6, a2 under 1, 2, 4 and 7 (main cfb2842),
    and one validation cluster's figures table differed between seeds 11 and 12. The
    first in input order is the original, as for a pair."""
    code = ("import json, sys\n"
            "from newsfuse.analyze import analyze\n"
            "from newsfuse.crosscheck.overlap import find_overlap\n"
            "from newsfuse.readers.text import article_from_text\n"
            "text = open(sys.argv[1], encoding='utf-8').read()\n"
            "cluster = analyze([article_from_text(text, path=None) for _ in range(3)], entities=False)\n"
            "find_overlap(cluster)\n"
            "print(json.dumps(cluster.copies, sort_keys=True))\n")
    seen = set()
    for seed in "012345":
        proc = subprocess.run([sys.executable, "-c", code, str(example_paths[2])], capture_output=True,
                              text=True, timeout=300, env={**os.environ, "PYTHONHASHSEED": seed})
        assert proc.returncode == 0, proc.stderr[-500:]
        seen.add(proc.stdout.strip())
    assert seen == {'{"a2": "a1", "a3": "a1"}'}
