"""``/id/...``: every resource IRI dereferences as Turtle, JSON-LD, N-Triples or HTML."""

import json
import re

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS

from unikg.graph.namespaces import UKG

from . import curated

ID = "https://w3id.org/unikg/id/"


def turtle(client, path, **headers) -> Graph:
    response = client.get(path, headers={"Accept": "text/turtle", **headers})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/turtle")
    return Graph().parse(data=response.text, format="turtle")


def test_an_organisation_as_turtle_has_its_triples_from_every_graph(client):
    graph = turtle(client, "/id/org/xjtu")
    xjtu = URIRef(ID + "org/xjtu")
    assert (xjtu, RDFS.label, Literal(curated.organizations()["xjtu"]["name"], lang="en")) in graph  # registry graph
    parties = set(graph.subjects(UKG.party, xjtu))  # article graphs
    expected = {a["id"] for _, a in curated.all_of("agreements") if "xjtu" in a["parties"]}
    expected |= {g["id"] for _, g in curated.all_of("agreement_groups") if "xjtu" in g["parties"]}
    assert {str(p).rsplit("/", 1)[-1] for p in parties} == expected


def test_a_fact_carries_its_evidence_quotes(client):
    graph = turtle(client, "/id/agreement/ensia-nwnu-twinning-agreement-2023")
    quotes = set(graph.objects(URIRef(ID + "agreement/ensia-nwnu-twinning-agreement-2023"), UKG.evidence))
    text = curated.text_of("ensia-nwnu-twinning-2023")
    assert len(quotes) == 12
    for quote in quotes:
        start, end = map(int, re.search(r"#char=(\d+),(\d+)$", str(quote)).groups())
        values = {str(v) for v in graph.objects(quote, URIRef("http://www.w3.org/ns/prov#value"))}
        assert values == {text[start:end]}


@pytest.mark.parametrize("path", [
    "/id/person/zhang-liqun", "/id/country/kz", "/id/place/astana", "/id/doc/ensia-nwnu-twinning-2023",
    "/id/membership/kaznu/uansr", "/id/position/zhang-liqun/president/xjtu", "/id/establishment/cup",
    "/id/event/sco-higher-education-forum-2024", "/id/agreement-group/xjtu-uansr-mous-2015",
    "/id/project/sco-international-summer-school-project", "/id/area/joint-education", "/id/role/president",
])
def test_every_kind_of_resource_dereferences(client, path):
    graph = turtle(client, path)
    assert (URIRef(ID + path[len("/id/"):]), None, None) in graph


def test_json_ld_by_accept_or_format(client):
    for response in (
        client.get("/id/org/kaznu", headers={"Accept": "application/ld+json"}),
        client.get("/id/org/kaznu", params={"format": "jsonld"}, headers={"Accept": "text/html"}),
    ):
        assert response.headers["content-type"].startswith("application/ld+json")
        graph = Graph().parse(data=response.text, format="json-ld")
        assert (URIRef(ID + "org/kaznu"), UKG.memberOf, URIRef(ID + "org/uansr")) in graph
        json.loads(response.text)


def test_n_triples(client):
    response = client.get("/id/org/kaznu", headers={"Accept": "application/n-triples"})
    assert len(Graph().parse(data=response.text, format="nt")) > 10


def test_a_browser_gets_a_readable_page_with_local_links_and_quotes(client):
    response = client.get("/id/agreement/kaznu-cup-memorandum-2023",
                          headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert response.headers["content-type"].startswith("text/html")
    page = response.text
    assert "<h1>Memorandum of cooperation between KazNU and China University of Petroleum</h1>" in page
    assert 'href="/id/org/cup"' in page and 'href="/id/person/zhanseit-tuimebayev"' in page
    assert 'href="/id/doc/kaznu-china-partnerships-2023"' in page
    annotated = next(a for _, a in curated.all_of("agreements") if a["id"] == "kaznu-cup-memorandum-2023")
    for quote in annotated["evidence"]:
        assert quote.replace("'", "&#39;").replace('"', "&#34;") in page


def test_the_page_escapes_what_it_shows(client):
    page = client.get("/id/project/sco-cultural-education-publishing-alliance-initiative-project",
                      headers={"Accept": "text/html"}).text
    assert "&#34;SCO Countries Cultural Education Publishing Alliance&#34; Initiative Project" in page
    assert '<h1>"SCO' not in page


@pytest.mark.parametrize("accept", ["application/json", "text/html", "text/turtle", "application/ld+json"])
def test_an_unknown_resource_is_a_404_with_suggestions_in_every_format(client, accept):
    response = client.get("/id/org/xjtuu", headers={"Accept": accept})
    assert response.status_code == 404
    assert "/id/org/xjtu" in response.json()["suggestions"]


@pytest.mark.parametrize("path", [
    "/id/org", "/id/ORG/XJTU", "/id/org/xjtu/%2E%2E/kaznu", "/id/org/%00", "/id/org/x%2Fy", "/id/" + "a/" * 400 + "b",
    "/id/org/%E2%9C%93", "/id/org/xjtu.ttl", "/id/org//xjtu",
])
def test_odd_paths_are_a_404(client, path):
    response = client.get(path)
    assert response.status_code == 404, (path, response.status_code)


def test_an_accept_header_we_cannot_serve_is_a_406(client):
    response = client.get("/id/org/xjtu", headers={"Accept": "image/png"})
    assert response.status_code == 406
    assert "text/turtle" in response.json()["detail"]
