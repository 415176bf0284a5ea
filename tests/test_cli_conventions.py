"""The command line's conventions, checked on every registered command (commands added
later are covered without editing this file): -h and --help, --version, upper-case names,
every option described, choices listed, errors in newsfuse's words naming the fix."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
import typer.main

from newsfuse import __version__
from newsfuse.cli import app
from newsfuse.pipeline import SECTIONS
from newsfuse.render import FORMATS


def run(*args):
    return subprocess.run([sys.executable, "-m", "newsfuse", *map(str, args)], capture_output=True,
                          text=True, timeout=120)


def command_names() -> list[str]:
    return sorted(typer.main.get_command(app).commands)


@pytest.fixture(scope="module")
def helps() -> dict[str, str]:
    """Each command's help, from a real process, by -h (and --help must print the same)."""
    out = {}
    for name in [""] + command_names():
        args = [name] if name else []
        short, long = run(*args, "-h"), run(*args, "--help")
        assert short.returncode == 0 and long.returncode == 0, (name, short.stderr)
        assert short.stdout == long.stdout and short.stdout.strip()
        out[name] = short.stdout
    return out


def test_every_command_is_covered(helps):
    assert {"brief", "batch", "eval", "serve"} <= set(helps)
    for name in command_names():
        assert name in helps[""], f"'{name}' is missing from the command list of 'newsfuse -h'"


def test_help_shows_no_python_type_names_and_upper_case_names(helps):
    for name, text in helps.items():
        assert not re.search(r"<[a-z][a-z_\[\]|, ]*>", text), f"{name}: a type name such as <str> in\n{text}"
        usage = next(line for line in text.splitlines() if line.startswith("Usage:"))
        assert usage.startswith(f"Usage: newsfuse {name}".rstrip()), usage
        assert "{" not in usage and "}" not in usage, usage
        for word in usage.split()[3 if name else 2:]:
            bare = word.strip("[].")
            assert bare == bare.upper(), f"{name}: '{word}' in the usage line is not upper case"


def test_the_command_list_gives_each_summary_whole(helps):
    """'newsfuse -h' cut eight of nine summaries at the terminal's width with '...' ("Brief one
    story: a cited summary and what the sources..."); each is its command's first sentence."""
    listed = " ".join(helps[""].split("Commands:")[1].split())
    assert "..." not in listed, listed
    for name, command in typer.main.get_command(app).commands.items():
        first = " ".join(command.help.split("\n\n")[0].split())
        assert f"{name} {first}" in listed, (name, listed)


def test_every_option_is_described_with_an_upper_case_metavar():
    for name, command in typer.main.get_command(app).commands.items():
        ctx = command.make_context(name, [], resilient_parsing=True)
        for param in command.get_params(ctx):
            record = param.get_help_record(ctx)
            assert record is not None and param.help, f"newsfuse {name} {param.opts}: no help text"
            if param.param_type_name == "option" and not param.is_flag:
                assert param.metavar and param.metavar == param.metavar.upper(), \
                    f"newsfuse {name} {param.opts[0]}: metavar {param.metavar!r} is not upper case"


def test_choices_are_listed(helps):
    for name, text in helps.items():
        flat = " ".join(text.split())
        if "--format" in text:  # the report formats, or the command's own short list
            listed = re.search(r"Output format: ([\w ,]+)\.", flat)
            assert listed, f"{name}: --format does not list its choices"
            if name == "brief":
                assert all(f in listed.group(1) for f in FORMATS), f"brief: --format does not list {FORMATS}"
        if "--sections" in text:
            assert all(s in flat for s in SECTIONS) and "all" in flat and "none" in flat, name
    for name, command in typer.main.get_command(app).commands.items():
        ctx = command.make_context(name, [], resilient_parsing=True)
        for param in command.get_params(ctx):
            desc = getattr(param, "type_descriptor", None)  # Typer's parameters (Enum, Literal)
            choices = desc.choices if desc is not None and desc.is_choice else \
                getattr(getattr(param, "type", None), "choices", None)
            if choices:
                choices = [getattr(c, "value", c) for c in choices]
                flat = " ".join(helps[name].split())
                assert all(str(c) in flat for c in choices), f"newsfuse {name} {param.opts}: choices not listed"


def test_version():
    for flag in ("--version", "-V"):
        result = run(flag)
        assert result.returncode == 0 and result.stdout.strip() == f"newsfuse {__version__}"


def test_bad_choices_are_answered_in_newsfuse_words_naming_the_fix(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Officials said 40 people were hurt in the fire on Monday.\n")
    bad_format = run("brief", article, "--format", "pdf")
    assert bad_format.returncode == 2 and bad_format.stdout == ""
    (line,) = bad_format.stderr.strip().splitlines()
    assert line.startswith("newsfuse: error: --format: ") and "'pdf'" in line and "text, md, json, html" in line
    assert "Value error" not in line and "not one of" not in line  # pydantic's words, before
    bad_sections = run("brief", article, "--sections", "claims,gossip")
    assert bad_sections.returncode == 2
    (line,) = bad_sections.stderr.strip().splitlines()
    assert "'gossip'" in line and all(s in line for s in SECTIONS)
    assert line.startswith("newsfuse: error: --sections: 'gossip' is not a section; use one of "), line


def test_every_other_wrong_choice_is_refused_in_the_same_words(tmp_path):
    """eval's --systems, the Python API's sections and the corpus engine said it three other
    ways ("unknown system 'magic'; choose from ...", "unknown section ...", "unknown engine
    ..."); each now answers as --scorer and --format do (errors.check_choice)."""
    import newsfuse
    from newsfuse.corpus.executor import make_executor

    records = tmp_path / "eval.jsonl"
    records.write_text(json.dumps({"id": "c1", "summary": "Officials said 40 people were hurt in the fire.",
                                   "documents": ["Officials said 40 people were hurt in the fire on Monday."]}) + "\n")
    result = run("eval", records, "--systems", "lead,magic")
    assert result.returncode == 2 and result.stdout == "", result.stdout
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("newsfuse: error: --systems: 'magic' is not a system to score; use one of newsfuse, "), line
    with pytest.raises(newsfuse.InputError, match=r"^sections: 'gossip' is not a section; use one of overlap, "):
        newsfuse.brief([{"text": "Officials said 40 people were hurt in the fire on Monday."}], sections=["gossip"])
    with pytest.raises(newsfuse.InputError, match=r"^--engine: 'spark' is not an engine; use local or dask$"):
        make_executor("spark", address="tcp://127.0.0.1:1")  # refused before an address picks Dask


def test_a_sections_list_naming_nothing_is_refused_like_an_unknown_name(tmp_path):
    """Before: ',,' was read as 'none' and the brief ran with the summary alone, though the
    user had asked for a list and given nothing in it."""
    article = tmp_path / "a.txt"
    article.write_text("Officials said 40 people were hurt in the fire on Monday.\n")
    for command, value in (("brief", ",,"), ("brief", " , "), ("batch", ",")):
        args = (command, article, "--sections", value) + (("--out", tmp_path / "o.jsonl") if command == "batch" else ())
        result = run(*args)
        assert result.returncode == 2 and result.stdout == "", (value, result.stderr)
        (line,) = result.stderr.strip().splitlines()
        assert line.startswith("newsfuse: error: --sections: ") and repr(value) in line, line
        assert "names no section" in line and all(s in line for s in SECTIONS)
    assert not (tmp_path / "o.jsonl").exists()


def test_each_face_names_a_refused_value_as_its_caller_wrote_it(example_paths, tmp_path):
    """Before: the Python API and the HTTP API answered "--sections: ',,' names no section"
    (and "--words:", "--scorer:", "--figures:" from the API), an option their callers never
    wrote, and the HTTP API named no key at all for a wrong scorer or figure grouping. One
    check per question, each face passing its own name: the command line's option, the
    Python keyword, the JSON key."""
    import newsfuse
    from fastapi.testclient import TestClient
    from newsfuse.render import render
    from newsfuse.server import create_app

    text = example_paths[0].read_text(encoding="utf-8")
    wrong = {"sections": ",,", "words": 5, "scorer": "magic", "figures": "neural"}
    reasons = {"sections": "',,' names no section; use all, none, or a comma list of: overlap, ",
               "words": "a summary of 5 words is too short; use at least 10",
               "scorer": "'magic' is not a summary scorer; use learned or heuristic",
               "figures": "'neural' is not a figure grouping; use rules or learned"}
    for key, value in wrong.items():
        with pytest.raises(newsfuse.InputError) as raised:
            newsfuse.brief([text], **{key: value})
        assert str(raised.value).startswith(f"{key}: {reasons[key]}"), raised.value
    with pytest.raises(newsfuse.InputError, match=r"^fmt: 'pdf' is not a format newsfuse writes; use one of "):
        render(newsfuse.Brief(articles=[], summary=[], words=0), "pdf")
    with TestClient(create_app()) as client:
        for key, value in wrong.items():
            response = client.post("/api/brief", json={"articles": [{"text": text}], key: value})
            assert response.status_code == 422, response.text
            message = response.json()["error"]["message"]
            if key == "words":  # pydantic's own bound, named by its key as before
                assert message == "words: Input should be greater than or equal to 10", message
            else:
                assert message.startswith(f"{key}: {reasons[key]}"), message
    # the command line keeps its option names
    for key, value in wrong.items():
        result = run("brief", example_paths[0], f"--{key}", value)
        assert result.returncode == 2 and result.stdout == "", result.stderr
        (line,) = result.stderr.strip().splitlines()
        assert line.startswith(f"newsfuse: error: --{key}: {reasons[key]}"), line
    result = run("brief", example_paths[0], "--format", "pdf")
    assert "newsfuse: error: --format: 'pdf' is not a format newsfuse writes" in result.stderr


def test_eval_refuses_a_cut_of_no_words(tmp_path):
    """Before: --words 0 (or -3) scored every system 0.0 and exited 0, a table that looked
    like a result."""
    records = tmp_path / "eval.jsonl"
    records.write_text(json.dumps({"id": "c1", "summary": "Officials said 40 people were hurt in the fire.",
                                   "documents": ["Officials said 40 people were hurt in the fire on Monday. "
                                                 "The fire began in a kitchen."]}) + "\n")
    assert run("eval", records, "--systems", "lead", "--words", "1").returncode == 0
    for words in ("0", "-3"):
        result = run("eval", records, "--systems", "lead", "--words", words)
        assert result.returncode == 2 and result.stdout == "", result.stdout
        (line,) = result.stderr.strip().splitlines()
        assert line.startswith(f"newsfuse: error: --words: summaries cut at {words} words score nothing"), line


def test_bad_numbers_and_missing_values_are_one_line_in_newsfuse_words(tmp_path):
    for args, needle in ((("brief", tmp_path, "--words", "many"), "--words: expects a whole number"),
                         (("serve", "--port", "http"), "--port: expects a whole number"),
                         (("batch", tmp_path / "in.jsonl"), "Missing option '--out'")):
        result = run(*args)
        assert result.returncode == 2
        (line,) = result.stderr.strip().splitlines()
        assert line.startswith("newsfuse: error: ") and needle in line, line
        assert "Input should" not in line and "<" not in line  # pydantic's words and type names
