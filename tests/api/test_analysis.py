"""``/analysis``: centrality, communities, paths, brokers and exports over HTTP, and their errors."""

import csv
import io

import networkx as nx
import pytest
from fastapi.routing import APIRoute

from unikg.api.routers import analysis, viz
from unikg.graph.questions.partners import partners

from ..documentation import documented_routes

ROUTES = [r for module in (analysis, viz) for r in module.router.routes if isinstance(r, APIRoute)]


@pytest.mark.parametrize("route", ROUTES, ids=lambda r: r.path)
def test_every_analysis_and_view_route_is_in_the_routes_table(route):
    assert route.path in documented_routes(), f"add `GET {route.path}` to the routes table of docs/api.md"


@pytest.mark.parametrize("route", ROUTES, ids=lambda r: r.path)
def test_every_analysis_and_view_route_has_an_example(client, route):
    operation = client.get("/openapi.json").json()["paths"][route.path]["get"]
    content = operation["responses"]["200"]["content"]
    assert content
    for media_type, media in content.items():
        binary = media.get("schema", {}).get("format") == "binary"
        assert "example" in media or "examples" in media or binary, (route.path, media_type)
    for parameter in operation.get("parameters", []):
        if parameter["in"] == "path" or parameter.get("required"):
            assert "examples" in parameter or "example" in parameter or "examples" in parameter["schema"], (
                route.path, parameter["name"])


def test_degree_counts_the_partners_the_partners_question_finds(client, store, names):
    answer = client.get("/analysis/centrality?measure=degree&top=100").json()
    by_id = {r["id"]: r for r in answer["ranking"]}
    for org in ("xjtu", "kaznu", "ensia"):
        assert by_id[org]["value"] == len(partners(store, names.resolve(org).iri)), org
    assert answer["ranking"][0]["id"] == "xjtu" and answer["nodes"] == len(answer["ranking"])
    assert answer["layers"] == ["agreements"] and answer["units"] == "rollup"


def test_layers_and_units_change_the_network(client):
    plain = client.get("/analysis/centrality").json()
    layered = client.get("/analysis/centrality?layer=agreements&layer=alliances&layer=events").json()
    assert layered["nodes"] > plain["nodes"] and layered["layers"] == ["agreements", "alliances", "events"]
    separate = client.get("/analysis/centrality?units=separate&measure=degree&top=100").json()
    assert "xjtu-health-science-center" in {r["id"] for r in separate["ranking"]}
    assert "xjtu-health-science-center" not in {r["id"] for r in client.get("/analysis/centrality?top=100").json()["ranking"]}


@pytest.mark.parametrize("url, where", [
    ("/analysis/centrality?measure=fame", "query.measure"),
    ("/analysis/centrality?layer=friends", "query.layer"),
    ("/analysis/centrality?top=0", "query.top"),
    ("/analysis/communities?units=merged", "query.units"),
    ("/analysis/path?from=xjtu", "query.to"),
])
def test_bad_parameters_are_a_422_naming_the_parameter(client, url, where):
    response = client.get(url)
    assert response.status_code == 422
    assert where in response.json()["detail"]


def test_communities_are_reproducible_and_cover_the_network(client):
    first, second = client.get("/analysis/communities").json(), client.get("/analysis/communities").json()
    assert first == second and first["algorithm"] == "louvain" and first["seed"] == 42
    members = sorted(m["id"] for c in first["communities"] for m in c["members"])
    ranked = sorted(r["id"] for r in client.get("/analysis/centrality?top=1000").json()["ranking"])
    assert members == ranked


def test_ensia_and_kaznu_are_not_connected_in_any_layer(client):
    for query in ("", "&layer=agreements&layer=alliances&layer=events"):
        answer = client.get(f"/analysis/path?from=ENSIA&to=KazNU{query}").json()
        assert answer["connected"] is False and answer["hops"] == [] and answer["length"] is None
        assert answer["reason"].startswith("they are in separate parts of the agreement")
    assert answer["layers"] == ["agreements", "alliances", "events"]


def test_a_path_gives_the_agreements_and_their_evidence_on_each_hop(client):
    answer = client.get("/analysis/path?from=NUST&to=KazNU").json()
    assert [(h["source"]["id"], h["target"]["id"]) for h in answer["hops"]] == [("nust", "xjtu"), ("xjtu", "kaznu")]
    (medical,) = answer["hops"][0]["agreements"]
    assert [p["id"] for p in medical["parties"]] == ["nust", "xjtu-health-science-center"]
    assert medical["evidence"].startswith("XJTU Health Science Center signed with National University of Sciences")
    assert medical["source"]["id"] == "xjtu-uansr-agreements-2015"
    assert sorted(a["id"] for a in answer["hops"][1]["agreements"]) == [
        "xjtu-kaznu-cooperation-agreement-2024", "xjtu-kaznu-international-law-student-exchange-2024"]


def test_a_unit_in_a_path_counts_as_its_organisation_and_the_answer_says_so(client):
    answer = client.get("/analysis/path?from=XJTU%20Health%20Science%20Center&to=szu").json()
    assert answer["source"]["id"] == "xjtu" and answer["length"] == 2
    assert answer["notes"][0].startswith("Health Science Center, Xi'an Jiaotong University is a unit of")


def test_an_unknown_name_is_a_404_with_suggestions(client):
    response = client.get("/analysis/path?from=XJTUU&to=KazNU")
    assert response.status_code == 404
    assert response.json()["suggestions"][0] == "xjtu"


def test_the_same_organisation_twice_is_a_400(client):
    response = client.get("/analysis/path?from=xjtu&to=XJTU")
    assert response.status_code == 400 and "two different organisations" in response.json()["detail"]


def test_brokers_are_xjtu_and_kaznu(client):
    answer = client.get("/analysis/brokers").json()
    assert [(p["id"], p["pieces"], p["cut_off"]) for p in answer["articulation_points"]] == [("xjtu", 5, 5), ("kaznu", 5, 4)]
    assert len(answer["bridges"]) == 15


def test_exports_read_back(client):
    count = client.get("/analysis/centrality").json()["nodes"]
    response = client.get("/analysis/export.csv")
    assert response.headers["content-type"].startswith("text/csv")
    assert response.headers["content-disposition"] == 'attachment; filename="unikg-partnership.csv"'
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == count and rows[0]["id"] == "xjtu"
    graph = nx.read_graphml(io.BytesIO(client.get("/analysis/export.graphml").content))
    assert graph.number_of_nodes() == count
    gexf = nx.read_gexf(io.BytesIO(client.get("/analysis/export.gexf?layer=agreements&layer=alliances").content))
    assert gexf.number_of_nodes() > count
    bipartite = nx.read_graphml(io.BytesIO(client.get("/analysis/export.graphml?network=alliances").content))
    assert bipartite.nodes["uansr"]["bipartite"] == 1 and bipartite.degree("uansr") == 14


def test_communities_come_a_page_at_a_time(client):
    everything = client.get("/analysis/communities?limit=1000&members=100000").json()
    assert everything["total"] == len(everything["communities"]) > 1
    page = client.get("/analysis/communities?offset=1&limit=1&members=2").json()
    assert (page["total"], page["offset"], page["limit"]) == (everything["total"], 1, 1)
    (second,) = page["communities"]
    expected = everything["communities"][1]
    assert second["size"] == expected["size"] > 2 and second["members"] == expected["members"][:2]


def test_brokers_come_a_page_at_a_time(client):
    everything = client.get("/analysis/brokers?limit=1000").json()
    page = client.get("/analysis/brokers?offset=1&limit=1").json()
    assert page["total_bridges"] == len(everything["bridges"]) > 1
    assert page["total_articulation_points"] == len(everything["articulation_points"]) > 1
    assert page["bridges"] == everything["bridges"][1:2]
    assert page["articulation_points"] == everything["articulation_points"][1:2]
