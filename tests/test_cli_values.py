"""The CLI reads plain values without pydantic and gets what Typer's own coercion gives.

``cli_values`` answers the values whose result is not in doubt and hands the rest to Typer;
these tests hold it to Typer's answers on every parameter of every command, and check that
a brief's argument parsing no longer imports pydantic's validation stack.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import typer.main
from typer._click import Context
from typer._click.exceptions import BadParameter
from typer._coercion import build_runtime_param

from newsfuse.cli import app
from newsfuse.cli_values import QuickValue

SRC = Path(__file__).resolve().parents[1] / "src"

SAMPLES = [None, "", "text", "json", " 12", "12", "007", "250", "0", "-3", "1.5", "1e3", "٣",
           "99999999999999999999", "9" * 5000, "a b", "-", "story/", "../x.json", 250, 0, True, False,
           ("a.txt", "b/"), ["one"], (), ("x", 3)]


def _params():
    root = typer.main.get_command(app)
    for name, command in [("", root), *sorted(root.commands.items())]:
        for param in command.params:
            if hasattr(param, "type_descriptor"):
                yield f"{name or 'newsfuse'}:{param.name}", command, param


def _outcome(coercion, value, param, ctx):
    try:
        result = coercion.coerce(value, param=param, ctx=ctx)
    except BadParameter as exc:
        return ("error", exc.format_message())
    return ("value", type(result), result)


@pytest.mark.parametrize("label,command,param", list(_params()), ids=lambda x: x if isinstance(x, str) else "")
def test_every_parameter_reads_values_as_typer_does(label, command, param):
    ctx = Context(command)
    quick = QuickValue(param)
    typer_own = build_runtime_param(param.type_descriptor)
    for value in SAMPLES:
        assert _outcome(quick, value, param, ctx) == _outcome(typer_own, value, param, ctx), (label, value)


def test_commands_use_the_quick_reading():
    kinds = {label: getattr(param._runtime_param, "kind", "typer") for label, _, param in _params()}
    assert kinds["brief:format"] == "str" and kinds["brief:words"] == "int"
    assert kinds["brief:store"] == "path" and kinds["brief:paths"] == "strings"
    assert kinds["brief:out"] == "str"  # as typed: 'newdir/' keeps its '/' (output_path)


def test_a_typer_with_other_internals_keeps_its_own_coercion():
    """A parameter whose descriptor lacks what 0.29's has (another Typer release) is left to
    Typer instead of breaking every command as the app is built."""
    from types import SimpleNamespace

    from newsfuse.cli_values import quick_value

    param = SimpleNamespace(type_descriptor=SimpleNamespace(annotation=str), _runtime_param=None)
    assert quick_value(param) is param and param._runtime_param is None


def test_brief_arguments_are_read_without_pydantic(example_paths):
    """Parsing ``newsfuse brief PATH --words 120 --out FILE`` builds no pydantic adapter
    (spaCy imports pydantic's v1 layer later; the v2 validators are Typer's alone)."""
    code = (
        "import json, sys\n"
        "import newsfuse.cli as cli, newsfuse.pipeline as pl\n"
        "seen = {}\n"
        "def stop(articles, **kw):\n"
        "    seen.update(words=kw['words'], n=len(articles))\n"
        "    raise SystemExit(0)\n"
        "pl.brief_articles = stop\n"
        f"sys.argv = ['newsfuse', 'brief', {str(example_paths[0])!r}, '--words', '120', '--out', 'x.json']\n"
        "try:\n"
        "    cli.app(prog_name='newsfuse', standalone_mode=False)\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(json.dumps({**seen, 'adapters': 'typer._adapters' in sys.modules,\n"
        "                  'pydantic_core': 'pydantic_core' in sys.modules}))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         env={**os.environ, "PYTHONPATH": str(SRC)})
    assert out.returncode == 0, out.stderr[-2000:]
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen == {"words": 120, "n": 1, "adapters": False, "pydantic_core": False}


def test_a_bad_number_is_still_reported_in_our_words(tmp_path):
    out = subprocess.run([sys.executable, "-m", "newsfuse", "brief", str(tmp_path), "--words", "many"],
                         capture_output=True, text=True, timeout=120,
                         env={**os.environ, "PYTHONPATH": str(SRC)})
    assert out.returncode == 2
    assert "--words: expects a whole number" in out.stderr
