"""The SPARQL examples of the README and docs/ give the output they show, on the built seed graph."""

import pytest

from .conftest import run_cli
from .documentation import sparql_examples

EXAMPLES = sparql_examples()


def test_the_readme_and_docs_have_sparql_examples():
    assert sum(1 for file, _, _ in EXAMPLES if file == "README.md") >= 3
    assert len(EXAMPLES) >= 4


@pytest.mark.parametrize("file, query, expected", EXAMPLES, ids=[f"{file}-{i}" for i, (file, _, _) in enumerate(EXAMPLES)])
def test_each_example_gives_the_output_shown(settings, file, query, expected):
    env = {"UNIKG_BUILD_DIR": str(settings.build_dir), "UNIKG_DATA_DIR": str(settings.data_dir)}
    result = run_cli("query", query, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == expected.strip()
