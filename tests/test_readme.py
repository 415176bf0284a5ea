"""The README's JSON example is real output: it parses, validates against the schema, and
has exactly the keys that real output for the same command has (so a key such as
``warnings`` is shown only when real output has it). `make readme-json` regenerates it."""

from __future__ import annotations

import importlib.util
import json

import jsonschema
import pytest

from web_fixtures import ROOT, SCHEMA


def load_script():
    spec = importlib.util.spec_from_file_location("readme_json_example", ROOT / "bench" / "readme_json_example.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def same_keys(shown, real, where: str = "$") -> None:
    """Every object in ``shown`` has the keys of its counterpart in ``real``, no more, no fewer."""
    if isinstance(real, dict):
        assert isinstance(shown, dict), where
        assert set(shown) == set(real), f"{where}: README shows {sorted(set(shown) - set(real))} " \
                                        f"that real output lacks, lacks {sorted(set(real) - set(shown))}"
        for key in real:
            same_keys(shown[key], real[key], f"{where}.{key}")
    elif isinstance(real, list):
        assert isinstance(shown, list), where
        assert bool(shown) == bool(real), f"{where}: README and real output disagree on emptiness"
        for n, (a, b) in enumerate(zip(shown, real)):
            same_keys(a, b, f"{where}[{n}]")


@pytest.fixture(scope="module")
def script():
    return load_script()


def test_readme_json_example_is_valid_and_has_exactly_the_real_keys(example_dir, script):
    shown = json.loads(script.readme_block((ROOT / "README.md").read_text(encoding="utf-8")))
    jsonschema.validate(shown, json.loads(SCHEMA.read_text(encoding="utf-8")))
    real = script.real_output()
    jsonschema.validate(real, json.loads(SCHEMA.read_text(encoding="utf-8")))
    same_keys(shown, script.abridge(real))


def test_abridging_keeps_keys_and_marks_cuts(script):
    data = {"summary": [{"text": "x" * 300, "sources": [{"article": f"a{i}"} for i in range(9)]}],
            "overlap": {"copies": [{"passages": [{"copy_sentences": list(range(7))}]}]}}
    short = script.abridge(data)
    assert short["summary"][0]["text"].endswith(" …") and len(short["summary"][0]["text"]) < 100
    assert len(short["summary"][0]["sources"]) == 4
    assert short["overlap"]["copies"][0]["passages"][0]["copy_sentences"] == list(range(5))
    with pytest.raises(AssertionError, match="warnings"):
        same_keys({**short, "warnings": []}, short)


def test_every_key_of_the_schema_is_named_in_the_json_section():
    """A key real output has only sometimes is not in the example, so the section names it in
    words: ``warnings`` (the brief's notes, in most real output: batch lines, a dropped input)
    was in the schema and in no line of README."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## The JSON brief"):readme.index("## How it works")]
    keys: set[str] = set()

    def walk(node) -> None:
        if isinstance(node, dict):
            keys.update(node.get("properties", {}))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(json.loads(SCHEMA.read_text(encoding="utf-8")))
    unnamed = sorted(k for k in keys if f'"{k}"' not in section and f"`{k}`" not in section)
    assert not unnamed, f"keys of the schema README's JSON section never names: {unnamed}"
