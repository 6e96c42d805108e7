"""``unikg centrality``, ``communities``, ``path``, ``brokers`` and ``export``, run as a user would."""

import json

import networkx as nx
import pytest

from unikg.graph.questions.partners import partners

from ...conftest import run_cli


@pytest.fixture(scope="module")
def env(settings):
    return {"UNIKG_BUILD_DIR": str(settings.build_dir), "UNIKG_DATA_DIR": str(settings.data_dir)}


def test_degree_ranks_xjtu_first_with_as_many_partners_as_the_partners_question_finds(env, store, names):
    result = run_cli("centrality", "--measure", "degree", "--json", "--top", "3", env=env)
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    expected = len(partners(store, names.resolve("xjtu").iri))  # a separate query: partners.rq
    assert answer["ranking"][0] == {"rank": 1, "id": "xjtu", "name": "Xi'an Jiaotong University", "value": expected}
    assert answer["layers"] == ["agreements"] and answer["approximate"] is False and len(answer["ranking"]) == 3


def test_the_centrality_table_names_the_measure_and_the_network(env):
    result = run_cli("centrality", "--measure", "betweenness", "--top", "2", env=env)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("betweenness: ")
    assert lines[1].startswith("network: agreements (units rolled up); ")
    assert lines[2].split() == ["rank", "id", "organisation", "betweenness"]
    assert lines[4].split()[:2] == ["1", "xjtu"]


def test_communities_are_the_same_in_two_processes(env):
    # two processes: different hash seeds, different row orders from the engine, same partition
    first = run_cli("communities", "--json", env={**env, "PYTHONHASHSEED": "1"})
    second = run_cli("communities", "--json", env={**env, "PYTHONHASHSEED": "2"})
    assert first.returncode == second.returncode == 0, first.stderr + second.stderr
    assert json.loads(first.stdout) == json.loads(second.stdout)
    assert json.loads(first.stdout)["seed"] == 42


def test_ensia_and_kaznu_are_honestly_not_connected(env):
    result = run_cli("path", "ENSIA", "KazNU", env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == (
        "National School of Artificial Intelligence (ensia) → Al-Farabi Kazakh National University (kaznu): "
        "not connected: they are in separate parts of the agreement network (layers searched: agreements)")


def test_a_path_shows_each_hop_with_its_agreements_and_the_unit_that_signed(env):
    result = run_cli("path", "NUST", "Shenzhen University", "--json", env=env)
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["connected"] and answer["length"] == 3
    assert [(h["source"]["id"], h["target"]["id"]) for h in answer["hops"]] == [
        ("nust", "xjtu"), ("xjtu", "kaznu"), ("kaznu", "szu")]
    assert answer["hops"][0]["agreements"][0]["parties"] == ["nust", "xjtu-health-science-center"]
    assert answer["hops"][2]["agreements"][0]["id"] == "kaznu-szu-agreement-2023"


def test_layers_find_a_path_agreements_alone_do_not(env):
    plain = run_cli("path", "Shenzhen University", "UNSW", env=env)
    assert "not connected" in plain.stdout
    layered = run_cli("path", "Shenzhen University", "UNSW", "--layer", "agreements", "--layer", "alliances", env=env)
    assert layered.returncode == 0, layered.stderr
    assert "2 hops (layers: agreements, alliances)" in layered.stdout
    assert "both members of University Alliance of the New Silk Road (uansr)" in layered.stdout


def test_an_unknown_name_is_one_line_with_suggestions_and_exit_1(env):
    result = run_cli("path", "XJTUU", "KazNU", env=env)
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0
    assert result.stderr.startswith("unikg: error: no organization is called 'XJTUU'; did you mean xjtu")


def test_export_writes_graphml_gephi_can_read_and_refuses_an_unwritable_path(env, tmp_path):
    target = tmp_path / "seed.graphml"
    result = run_cli("export", "--format", "graphml", "-o", str(target), env=env)
    assert result.returncode == 0, result.stderr
    graph = nx.read_graphml(target)
    assert graph.nodes["xjtu"]["label"] == "Xi'an Jiaotong University" and graph.nodes["xjtu"]["degree"] == 6
    (tmp_path / "blocker").write_text("")
    failed = run_cli("export", "--format", "csv", "-o", str(tmp_path / "blocker" / "x.csv"), env=env)
    assert failed.returncode == 1 and failed.stderr.startswith("unikg: error: cannot write")
    assert failed.stderr.strip().count("\n") == 0


def test_brokers_lists_articulation_points_and_bridges(env):
    result = run_cli("brokers", "--json", env=env)
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert [p["id"] for p in answer["articulation_points"]] == ["xjtu", "kaznu"]
    assert {"source": {"id": "ensia", "name": "National School of Artificial Intelligence"},
            "target": {"id": "nwnu", "name": "Northwest Normal University"},
            "weight": 1, "relations": ["agreements"]} in answer["bridges"]
