"""The speaker breakdown bench never prints a validation record's errors: with --validation it
reads held-out records for aggregate tables only, so -v (each miss, with its text) is refused."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_validation_refuses_verbose():
    run = subprocess.run([sys.executable, str(ROOT / "bench" / "speaker_breakdown.py"),
                          "--validation", "-v", "--only-extra", "--gold",
                          str(ROOT / "gold" / "validation-s7")],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 2
    assert "aggregate tables only" in run.stderr
    assert "gold quotes" not in run.stdout
