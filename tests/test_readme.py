"""The README's SPARQL examples give the output the README shows, on the built seed graph."""

import re

import pytest

from unikg.graph.settings import PROJECT_ROOT

from .conftest import run_cli

README = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
EXAMPLES = re.findall(r"```sparql\n(.*?)```\s*```text\n(.*?)```", README, flags=re.S)


def test_the_readme_has_sparql_examples():
    assert len(EXAMPLES) >= 3


@pytest.mark.parametrize("query, expected", EXAMPLES, ids=[f"example-{i}" for i in range(len(EXAMPLES))])
def test_each_readme_example_gives_the_output_shown(settings, query, expected):
    env = {"UNIKG_BUILD_DIR": str(settings.build_dir), "UNIKG_DATA_DIR": str(settings.data_dir)}
    result = run_cli("query", query, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == expected.strip()
