"""``unikg query``, ``unikg stats``: real processes over the built seed graph."""

import json

import pytest
import yaml

from unikg.graph.documents import load_documents

from ..conftest import DATA, run_cli

COUNT_AGREEMENTS = "PREFIX ukg: <https://w3id.org/unikg/ontology#> SELECT (COUNT(?a) AS ?n) WHERE { ?a a ukg:Agreement }"


@pytest.fixture(scope="module")
def env(settings):
    return {"UNIKG_BUILD_DIR": str(settings.build_dir), "UNIKG_DATA_DIR": str(settings.data_dir)}


def test_json_output_is_sparql_results_json(env, store):
    result = run_cli("query", COUNT_AGREEMENTS, "--format", "json", env=env)
    assert result.returncode == 0, result.stderr
    body = json.loads(result.stdout)
    assert body["head"]["vars"] == ["n"]
    expected = store.query(COUNT_AGREEMENTS).rows[0]["n"]
    assert body["results"]["bindings"][0]["n"]["value"] == str(expected)
    assert int(expected) >= 8


def test_query_from_a_file_and_from_stdin_and_as_csv(env, tmp_path):
    path = tmp_path / "q.rq"
    path.write_text(COUNT_AGREEMENTS, encoding="utf-8")
    from_file = run_cli("query", "-f", str(path), "--format", "csv", env=env)
    from_stdin = run_cli("query", "-", "--format", "csv", env=env, stdin=COUNT_AGREEMENTS)
    assert from_file.returncode == 0 and from_file.stdout == from_stdin.stdout
    assert from_file.stdout.splitlines()[0] == "n"


def test_ask_and_construct(env):
    ask = run_cli("query", "ASK { ?s ?p ?o }", env=env)
    assert ask.stdout.strip() == "true"
    construct = run_cli(
        "query",
        "PREFIX ukg: <https://w3id.org/unikg/ontology#> CONSTRUCT { ?a ukg:party ?p } WHERE { ?a ukg:party ?p }",
        env=env,
    )
    assert construct.returncode == 0 and "ukg:party" in construct.stdout


def test_a_syntax_error_is_one_readable_line(env):
    result = run_cli("query", "SELEKT * WHERE { ?s ?p ?o }", env=env)
    assert result.returncode == 1
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("unikg: error: SPARQL syntax error")


def test_a_missing_file_is_one_readable_line(env):
    result = run_cli("query", "-f", "/nonexistent/q.rq", env=env)
    assert result.returncode == 1
    assert result.stderr.strip() == "unikg: error: /nonexistent/q.rq: file not found"


def test_stats_counts_the_graph(env):
    result = run_cli("stats", "--json", env=env)
    assert result.returncode == 0, result.stderr
    stats = json.loads(result.stdout)
    documents = len(load_documents(DATA))
    assert stats["classes"]["SourceDocument"] == documents
    assert stats["classes"]["Organization"] >= 100
    counted = [m for f in (DATA / "annotations").glob("*.yaml")
               for m in yaml.safe_load(f.read_text(encoding="utf-8")).get("memberships") or [] if "count" in m]
    assert stats["classes"]["MembershipGroup"] == len(counted)  # members stated only as a count
    assert len(stats["graphs"]) == documents + 3  # the articles, ontology, registry, analysis (derived)
