"""The floors of the house: the CLI (``cli/``) on top may import anything; the API (``api/``)
and the views (``viz/``) stand on the core (``graph/``), which imports none of them, by any
spelling (absolute, relative, or a module name given to importlib)."""

import ast
import pathlib

import pytest

from unikg.graph.settings import PROJECT_ROOT

ABOVE = {"graph": ("unikg.api", "unikg.viz", "unikg.cli"), "api": ("unikg.cli",), "viz": ("unikg.api", "unikg.cli")}


def imported(path: pathlib.Path, package: str) -> list[str]:
    """Every module ``path`` imports or names in a string that looks like a module path."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolved against the module's package
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                found.append(".".join(parts + ([node.module] if node.module else [])))
            else:
                found.append(node.module)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.startswith("unikg."):
            found.append(node.value)
    return found


@pytest.mark.parametrize("floor", sorted(ABOVE))
def test_no_floor_imports_the_floors_above_it(floor):
    wrong = []
    for path in sorted((PROJECT_ROOT / floor).rglob("*.py")):
        parts = path.relative_to(PROJECT_ROOT / floor).with_suffix("").parts
        package = ".".join(("unikg", floor, *parts[:-1]))
        wrong += [f"{path.relative_to(PROJECT_ROOT)}: {name}" for name in imported(path, package)
                  if name and name.startswith(ABOVE[floor])]
    assert not wrong, f"{floor}/ imports from the floors above it:\n" + "\n".join(wrong)
