"""Each shared question has one public home: no module of the package reaches into another
module's private (underscore) names, so a helper's owner is the module that names it publicly,
and renaming a private helper never breaks another module. (Started with the crosscheck
sections; since the seventh session it covers the whole package; since the eighth, tests and
benches too, for every module but those still listed in ``STILL_REACHED_FROM_OUTSIDE``.)"""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "newsfuse"


def test_package_modules_import_no_private_names_of_each_other():
    reached = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level >= 1:
                reached += [f"{path.relative_to(PACKAGE)}: from {'.' * node.level}{node.module or ''} "
                            f"import {alias.name}" for alias in node.names
                            if alias.name.startswith("_") and not alias.name.startswith("__")]
    assert reached == []


# Modules whose private names tests or benches still reach (helpers no public name owns yet).
# The list only shrinks: give the helper a public name, update its callers, drop the module.
# Empty since the eighth session's review10 (names, speech and timeline gave their helpers
# public names): keep it so.
STILL_REACHED_FROM_OUTSIDE: set[str] = set()


def _is_module(dotted: str) -> bool:
    path = PACKAGE.parent.joinpath(*dotted.split("."))
    return path.with_suffix(".py").exists() or (path / "__init__.py").exists()


def _private_reaches(path: Path) -> list[tuple[str, str]]:
    """(module, private name) for each ``from newsfuse.m import _x`` and each ``m._x`` on a
    module imported from the package, in one test or bench file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    modules: dict[str, str] = {}  # local name -> the package module it is bound to
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 0 \
                and (node.module or "").split(".")[0] == "newsfuse":
            for alias in node.names:
                if alias.name.startswith("_") and not alias.name.startswith("__"):
                    out.append((node.module, alias.name))
                elif _is_module(f"{node.module}.{alias.name}"):
                    modules[alias.asname or alias.name] = f"{node.module}.{alias.name}"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "newsfuse" and alias.asname:
                    modules[alias.asname] = alias.name
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) \
                and node.value.id in modules and node.attr.startswith("_") \
                and not node.attr.startswith("__"):
            out.append((modules[node.value.id], node.attr))
    return out


def test_tests_and_benches_reach_no_private_names_but_of_listed_modules():
    root = PACKAGE.parents[1]
    reached: dict[str, list[str]] = {}
    for path in sorted([*(root / "tests").rglob("*.py"), *(root / "bench").rglob("*.py")]):
        for module, name in _private_reaches(path):
            reached.setdefault(module, []).append(f"{path.relative_to(root)}: {module}.{name}")
    new = [line for module, lines in reached.items() if module not in STILL_REACHED_FROM_OUTSIDE
           for line in lines]
    assert new == [], "give these helpers a public name instead"
    assert STILL_REACHED_FROM_OUTSIDE <= set(reached), \
        f"no longer reached, drop from the list: {sorted(STILL_REACHED_FROM_OUTSIDE - set(reached))}"
