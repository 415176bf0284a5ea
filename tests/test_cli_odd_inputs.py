"""Odd inputs and odd ends, as a new user meets them, on the command line: real processes,
the example articles; each one a clear one-line error or a whole result, never a traceback,
never a half-written file."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"


def run(*args, input=None, cwd=None, preexec_fn=None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(SRC) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    return subprocess.run([sys.executable, "-m", "newsfuse", *map(str, args)], capture_output=True, text=True,
                          input=input, cwd=cwd, env=env, timeout=600, preexec_fn=preexec_fn)


def assert_one_line_error(result, *needles) -> None:
    assert result.returncode != 0
    err = result.stderr.strip()
    assert "Traceback" not in err and len(err.splitlines()) == 1, err
    for needle in needles:
        assert needle in err, err


def test_an_out_file_the_disk_cannot_hold_leaves_nothing_beside_it(example_dir, tmp_path):
    """A file-size limit (as a full disk or quota) cuts the --out file short: one line, and
    no 'brief.json.part' left in the folder (it was)."""
    def small_files() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (2000, 2000))  # Python ignores SIGXFSZ: EFBIG

    out = tmp_path / "out" / "brief.json"
    result = run("brief", example_dir, "--format", "json", "--sections", "none", "--out", out,
                 preexec_fn=small_files)
    assert_one_line_error(result, "brief.json: cannot write (File too large)")
    assert os.listdir(out.parent) == []
