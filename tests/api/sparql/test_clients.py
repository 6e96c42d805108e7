"""Real SPARQL clients against a real ``unikg serve`` (uvicorn on 127.0.0.1): SPARQLWrapper in
every query form and result format, rdflib's SPARQLStore, CORS as a browser sees it, and the
service description."""

from __future__ import annotations

import httpx
import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, JSONLD, N3, RDFXML, TSV, TURTLE, XML, SPARQLWrapper

pytestmark = pytest.mark.server

XJTU = URIRef("https://w3id.org/unikg/id/org/xjtu")
UANSR = URIRef("https://w3id.org/unikg/id/org/uansr")
MEMBERS = f"""PREFIX ukg: <https://w3id.org/unikg/ontology#>
SELECT ?member WHERE {{ ?member ukg:memberOf <{UANSR}> }}"""
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")


def _wrapper(server: str, query: str, fmt) -> SPARQLWrapper:
    client = SPARQLWrapper(server + "/sparql")
    client.setQuery(query)
    client.setReturnFormat(fmt)
    return client


def _expected_members(reference) -> set[str]:
    return {str(r.member) for r in reference.query(MEMBERS)}


def test_the_seed_graph_has_the_14_members_article_001_lists(reference):
    assert len(_expected_members(reference)) == 14


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_sparqlwrapper_select_json(server, reference, method):
    client = _wrapper(server, MEMBERS, JSON)
    client.setMethod(method)
    rows = client.queryAndConvert()["results"]["bindings"]
    assert {r["member"]["value"] for r in rows} == _expected_members(reference)


def test_sparqlwrapper_select_xml(server, reference):
    document = _wrapper(server, MEMBERS, XML).queryAndConvert()  # a DOM
    values = {n.firstChild.data for n in document.getElementsByTagName("uri")}
    assert values == _expected_members(reference)


@pytest.mark.parametrize("fmt, separator", [(CSV, ","), (TSV, "\t")])
def test_sparqlwrapper_select_csv_and_tsv(server, reference, fmt, separator):
    text = _wrapper(server, MEMBERS, fmt).queryAndConvert().decode("utf-8")
    lines = text.strip().splitlines()
    assert lines[0].strip() in ("member", "?member")
    values = {line.strip().strip("<>") for line in lines[1:]}
    assert values == _expected_members(reference)


@pytest.mark.parametrize("fmt", [JSON, XML])
def test_sparqlwrapper_ask(server, fmt):
    client = _wrapper(server, f"ASK {{ <{XJTU}> ?p ?o }}", fmt)
    result = client.query()
    if fmt == JSON:
        assert result.convert()["boolean"] is True
    else:
        assert result.convert().getElementsByTagName("boolean")[0].firstChild.data == "true"


@pytest.mark.parametrize("fmt", [TURTLE, N3, RDFXML, JSONLD])
@pytest.mark.parametrize("form", ["CONSTRUCT", "DESCRIBE"])
def test_sparqlwrapper_construct_and_describe(server, reference, fmt, form):
    """(N-Triples, which SPARQLWrapper cannot ask for, is in test_formats.py.)"""
    query = (
        f"CONSTRUCT {{ <{XJTU}> ?p ?o }} WHERE {{ <{XJTU}> ?p ?o }}" if form == "CONSTRUCT" else f"DESCRIBE <{XJTU}>"
    )
    graph = _wrapper(server, query, fmt).queryAndConvert()
    if isinstance(graph, bytes):  # Turtle/N3 come back as bytes
        graph = Graph().parse(data=graph, format="turtle")
    elif not isinstance(graph, Graph):  # JSON-LD comes back as a parsed JSON document
        import json

        graph = Graph().parse(data=json.dumps(graph), format="json-ld")
    labels = set(reference.objects(XJTU, URIRef("http://www.w3.org/2000/01/rdf-schema#label")))
    assert labels and labels <= set(graph.objects(XJTU, URIRef("http://www.w3.org/2000/01/rdf-schema#label")))
    assert len(graph) >= len(set(reference.predicate_objects(XJTU)))


def test_rdflib_sparqlstore(server, reference):
    store = SPARQLStore(server + "/sparql", returnFormat="xml")
    graph = Graph(store=store)
    assert {str(r.member) for r in graph.query(MEMBERS)} == _expected_members(reference)
    assert graph.query(f"ASK {{ <{XJTU}> ?p ?o }}").askAnswer is True
    constructed = graph.query(f"CONSTRUCT {{ <{XJTU}> ?p ?o }} WHERE {{ <{XJTU}> ?p ?o }}").graph
    assert (XJTU, URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal("Xi'an Jiaotong University", lang="en")) in constructed


def test_cors_preflight_and_response_headers(server):
    origin = "http://example.org"
    preflight = httpx.options(
        server + "/sparql",
        headers={"Origin": origin, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"},
        timeout=30,
    )
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == "*"
    assert "POST" in preflight.headers["access-control-allow-methods"]
    response = httpx.post(server + "/sparql", data={"query": "ASK {}"}, headers={"Origin": origin}, timeout=30)
    assert response.headers["access-control-allow-origin"] == "*"
    assert "x-results-truncated" in response.headers["access-control-expose-headers"].lower()
    rest = httpx.get(server + "/", headers={"Origin": origin}, timeout=30)
    assert rest.headers["access-control-allow-origin"] == "*"


def test_cors_refuses_writing_methods(server):
    preflight = httpx.options(
        server + "/sparql",
        headers={"Origin": "http://example.org", "Access-Control-Request-Method": "PUT"},
        timeout=30,
    )
    assert preflight.status_code == 400


@pytest.mark.parametrize("accept, fmt", [("text/turtle", "turtle"), ("application/rdf+xml", "xml"), ("application/ld+json", "json-ld"), ("*/*", "turtle")])
def test_service_description(server, settings, reference, accept, fmt):
    response = httpx.get(server + "/sparql", headers={"Accept": accept}, timeout=30)
    assert response.status_code == 200
    g = Graph().parse(data=response.content, format=fmt)
    endpoint = URIRef(server + "/sparql")
    service = g.value(predicate=SD.endpoint, object=endpoint)
    assert service is not None and (service, URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), SD.Service) in g
    assert (service, SD.supportedLanguage, SD.SPARQL11Query) in g
    assert (service, SD.resultFormat, URIRef("http://www.w3.org/ns/formats/SPARQL_Results_XML")) in g
    dataset = g.value(service, SD.defaultDataset)
    named = {g.value(n, SD.name): g.value(g.value(n, SD.graph), URIRef("http://rdfs.org/ns/void#triples")) for n in g.objects(dataset, SD.namedGraph)}
    expected = {c.identifier: len(c) for c in reference.graphs() if len(c)}
    assert {str(k): int(v) for k, v in named.items()} == {str(k): v for k, v in expected.items()}


def test_the_service_description_is_the_same_bytes_on_every_request(server):
    """N-Triples writes every blank node's label: fresh labels would differ on each request."""
    first, second = (httpx.get(server + "/sparql", headers={"Accept": "application/n-triples"}, timeout=30) for _ in range(2))
    assert first.status_code == second.status_code == 200
    assert first.content == second.content and b"_:" in first.content


def test_a_browser_gets_the_editor(server):
    response = httpx.get(server + "/sparql", headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"}, timeout=30)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert "connect-src 'self'" in response.headers["content-security-policy"]
    for asset in ("yasgui.min.js", "yasgui.min.css", "editor.js"):
        assert f"/sparql/editor/{asset}" in response.text
        assert httpx.get(server + f"/sparql/editor/{asset}", timeout=30).status_code == 200
