"""Content negotiation: every query form in every format, read back with rdflib's parsers and
compared with the dataset read independently (rdflib's TriG parser and engine)."""

from __future__ import annotations

import io

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.query import Result

UNIVERSITIES = """PREFIX ukg: <https://w3id.org/unikg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?u ?name WHERE { ?u a ukg:University ; rdfs:label ?name } ORDER BY ?u ?name"""
XJTU = "https://w3id.org/unikg/id/org/xjtu"
CONSTRUCT = f"CONSTRUCT {{ <{XJTU}> ?p ?o }} WHERE {{ <{XJTU}> ?p ?o }}"
DESCRIBE = f"DESCRIBE <{XJTU}>"
RESULTS_TYPES = {
    "application/sparql-results+json": "json",
    "application/sparql-results+xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
RDF_TYPES = {
    "text/turtle": "turtle",
    "application/n-triples": "nt",
    "application/ld+json": "json-ld",
    "application/rdf+xml": "xml",
}


def _expected_universities(reference) -> set[tuple[str, str]]:
    return {(str(r.u), str(r.name)) for r in reference.query(UNIVERSITIES)}


@pytest.mark.parametrize("media_type", RESULTS_TYPES)
def test_select_in_each_results_format(client, reference, media_type):
    response = client.get("/sparql", params={"query": UNIVERSITIES}, headers={"Accept": media_type})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].split(";")[0] == media_type
    parsed = Result.parse(io.BytesIO(response.content), format=RESULTS_TYPES[media_type])
    got = {(str(row[0]), str(row[1])) for row in parsed}
    assert got == _expected_universities(reference)
    assert len(got) >= 10  # the seed articles name more than ten universities


@pytest.mark.parametrize("value, media_type", [("json", "application/sparql-results+json"), ("xml", "application/sparql-results+xml"), ("csv", "text/csv"), ("tsv", "text/tab-separated-values")])
def test_format_parameter_overrides_accept(client, value, media_type):
    response = client.get("/sparql", params={"query": UNIVERSITIES, "format": value}, headers={"Accept": "text/turtle"})
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == media_type


@pytest.mark.parametrize("media_type", ["application/sparql-results+json", "application/sparql-results+xml"])
def test_ask_in_each_boolean_format(client, media_type):
    for query, value in (("ASK { ?s a <https://w3id.org/unikg/ontology#University> }", True), ("ASK { ?s a <http://example.org/Nothing> }", False)):
        response = client.get("/sparql", params={"query": query}, headers={"Accept": media_type})
        assert response.status_code == 200
        parsed = Result.parse(io.BytesIO(response.content), format=RESULTS_TYPES[media_type])
        assert parsed.askAnswer is value


def test_ask_as_csv_is_not_acceptable(client):
    response = client.get("/sparql", params={"query": "ASK {}"}, headers={"Accept": "text/csv"})
    assert response.status_code == 406
    assert "application/sparql-results+json" in response.json()["detail"]


@pytest.mark.parametrize("media_type", RDF_TYPES)
@pytest.mark.parametrize("query", [CONSTRUCT, DESCRIBE], ids=["construct", "describe"])
def test_graph_results_in_each_rdf_format(client, reference, media_type, query):
    response = client.post("/sparql", data={"query": query}, headers={"Accept": media_type})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].split(";")[0] == media_type
    got = Graph().parse(data=response.content, format=RDF_TYPES[media_type])
    expected = Graph()
    for triple in reference.triples((URIRef(XJTU), None, None)):
        expected.add(triple)
    # DESCRIBE may add more (the engine's choice); CONSTRUCT gives exactly XJTU's triples
    if query == CONSTRUCT:
        assert isomorphic(_as_values(got), _as_values(expected))
    else:
        assert set(_as_values(expected)) <= set(_as_values(got))
    assert (URIRef(XJTU), URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal("Xi'an Jiaotong University", lang="en")) in got


def _as_values(graph: Graph) -> Graph:
    """Typed integers compared by value: Oxigraph stores xsd:nonNegativeInteger as xsd:integer."""
    out = Graph()
    for s, p, o in graph:
        if isinstance(o, Literal) and o.datatype and str(o.datatype).endswith(("Integer", "#integer")):
            o = Literal(int(o))
        out.add((s, p, o))
    return out


def test_unacceptable_accept_is_a_406_listing_the_types(client):
    response = client.get("/sparql", params={"query": UNIVERSITIES}, headers={"Accept": "image/png"})
    assert response.status_code == 406
    detail = response.json()["detail"]
    assert "text/csv" in detail and "format=" in detail


def test_unknown_format_parameter_is_a_406(client):
    response = client.get("/sparql", params={"query": CONSTRUCT, "format": "csv"})
    assert response.status_code == 406
    assert "turtle" in response.json()["detail"]


def test_accept_quality_values_are_honoured(client):
    response = client.get(
        "/sparql", params={"query": UNIVERSITIES},
        headers={"Accept": "application/sparql-results+json;q=0.5, text/tab-separated-values;q=0.9"},
    )
    assert response.headers["content-type"].startswith("text/tab-separated-values")
