"""Every Python package folder is listed in pyproject.toml, so a wheel carries it too."""

import tomllib

from unikg.graph.settings import PROJECT_ROOT

FOLDERS = {"graph": "unikg.graph", "api": "unikg.api", "viz": "unikg.viz", "cli": "unikg.cli", "ontology": "unikg.ontology"}


def test_every_package_folder_is_declared():
    config = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    declared = set(config["tool"]["setuptools"]["packages"])
    found = set()
    for folder, package in FOLDERS.items():
        for init in (PROJECT_ROOT / folder).rglob("__init__.py"):
            parts = init.parent.relative_to(PROJECT_ROOT / folder).parts
            found.add(".".join((package, *parts)))
    assert found <= declared, f"add to [tool.setuptools] packages in pyproject.toml: {sorted(found - declared)}"
