"""Each shared question has one public home: no module of the package reaches into another
module's private (underscore) names, so a helper's owner is the module that names it publicly,
and renaming a private helper never breaks another module. (Started with the crosscheck
sections; since the seventh session it covers the whole package.)"""

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
