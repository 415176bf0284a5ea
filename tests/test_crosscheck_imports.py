"""Each shared question of the crosscheck sections has one public home: no module there
reaches into a sibling's private (underscore) names, so a helper's owner is the module
that names it publicly, and renaming a private helper never breaks another module."""

import ast
from pathlib import Path

CROSSCHECK = Path(__file__).resolve().parents[1] / "src" / "newsfuse" / "crosscheck"


def test_crosscheck_modules_import_no_private_names_of_each_other():
    reached = []
    for path in sorted(CROSSCHECK.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                reached += [f"{path.name}: from .{node.module} import {alias.name}"
                            for alias in node.names if alias.name.startswith("_")]
    assert reached == []
