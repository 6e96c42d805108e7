"""The SPARQL 1.1 Protocol, following the W3C protocol tests
(/work/shared/w3c-sparql-tests/sparql/sparql11/protocol/manifest.ttl): one test per manifest
entry that applies to a read-only endpoint, named after it, on our own dataset.

The W3C tests name graphs of their own (kasei.us data1..3.rdf); here two article graphs of the
seed dataset play data1 and data2, and a resource typed in only one of them plays the
resources the W3C queries ask for. The ``update_*`` tests (updates that must succeed) do not
apply: the endpoint is read-only, so ``test_update_operations_are_refused`` checks instead
that each of them is refused with a reason. ``bad_update_dataset_conflict`` and
``update_base_uri`` need a working update operation and are left out for the same reason.
"""

from __future__ import annotations

from urllib.parse import quote

import pytest

ENDPOINT = "/sparql"


def ask(client, response) -> bool:
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/sparql-results+json")
    return response.json()["boolean"]


def test_query_get(client):
    response = client.get(ENDPOINT, params={"query": "ASK {}"})
    assert ask(client, response) is True


def test_query_post_form(client):
    response = client.post(ENDPOINT, data={"query": "ASK {}"})
    assert ask(client, response) is True


def test_query_post_direct(client):
    response = client.post(ENDPOINT, content="ASK {}", headers={"Content-Type": "application/sparql-query"})
    assert ask(client, response) is True


def _ask_both(two) -> str:
    return f"ASK {{ <{two.s1}> a ?type . <{two.s2}> a ?type2 }}"


def test_query_dataset_default_graphs_get(client, two_graphs):
    both = client.get(ENDPOINT, params={"query": _ask_both(two_graphs), "default-graph-uri": [two_graphs.g1, two_graphs.g2]})
    only_first = client.get(ENDPOINT, params={"query": _ask_both(two_graphs), "default-graph-uri": two_graphs.g1})
    assert ask(client, both) is True
    assert ask(client, only_first) is False


def test_query_dataset_default_graphs_post(client, two_graphs):
    url = f"{ENDPOINT}?default-graph-uri={quote(two_graphs.g1)}&default-graph-uri={quote(two_graphs.g2)}"
    response = client.post(url, content=_ask_both(two_graphs), headers={"Content-Type": "application/sparql-query"})
    assert ask(client, response) is True


def _ask_named(two) -> str:
    return f"ASK {{ GRAPH ?g1 {{ <{two.s1}> a ?type }} GRAPH ?g2 {{ <{two.s2}> a ?type2 }} }}"


def test_query_dataset_named_graphs_post(client, two_graphs):
    url = f"{ENDPOINT}?named-graph-uri={quote(two_graphs.g1)}&named-graph-uri={quote(two_graphs.g2)}"
    response = client.post(url, content=_ask_named(two_graphs), headers={"Content-Type": "application/sparql-query"})
    assert ask(client, response) is True


def test_query_dataset_named_graphs_get(client, two_graphs):
    both = client.get(ENDPOINT, params={"query": _ask_named(two_graphs), "named-graph-uri": [two_graphs.g1, two_graphs.g2]})
    only_second = client.get(ENDPOINT, params={"query": _ask_named(two_graphs), "named-graph-uri": two_graphs.g2})
    assert ask(client, both) is True
    assert ask(client, only_second) is False


def test_query_dataset_full(client, two_graphs, reference):
    third = sorted(str(g.identifier) for g in reference.graphs() if "/graph/doc/" in str(g.identifier))[2]
    s3 = next(str(s) for s in reference.graph(third).subjects() if "/id/doc/" in str(s) and "#" not in str(s))
    query = f"ASK {{ <{s3}> a ?t3 GRAPH ?g1 {{ <{two_graphs.s1}> a ?t1 }} GRAPH ?g2 {{ <{two_graphs.s2}> a ?t2 }} }}"
    params = {"default-graph-uri": third, "named-graph-uri": [two_graphs.g1, two_graphs.g2]}
    response = client.post(ENDPOINT, params=params, content=query, headers={"Content-Type": "application/sparql-query"})
    assert ask(client, response) is True
    # the third graph is the default graph only: not among the named graphs
    response = client.post(
        ENDPOINT, params=params, content=f"ASK {{ GRAPH ?g {{ <{s3}> a ?t }} }}",
        headers={"Content-Type": "application/sparql-query"},
    )
    assert ask(client, response) is False


def test_query_multiple_dataset(client, two_graphs, reference):
    """The protocol's dataset wins over the query's FROM."""
    third = sorted(str(g.identifier) for g in reference.graphs() if "/graph/doc/" in str(g.identifier))[2]
    query = f"ASK FROM <{third}> {{ GRAPH ?g1 {{ <{two_graphs.s1}> a ?t1 }} GRAPH ?g2 {{ <{two_graphs.s2}> a ?t2 }} }}"
    url = f"{ENDPOINT}?named-graph-uri={quote(two_graphs.g1)}&named-graph-uri={quote(two_graphs.g2)}"
    response = client.post(url, content=query, headers={"Content-Type": "application/sparql-query"})
    assert ask(client, response) is True


@pytest.mark.parametrize(
    "query, expected",
    [
        ("SELECT (1 AS ?value) {}", {"application/sparql-results+json", "application/sparql-results+xml", "text/csv", "text/tab-separated-values"}),
        ("ASK {}", {"application/sparql-results+json", "application/sparql-results+xml"}),
        ("DESCRIBE <http://example.org/>", {"application/rdf+xml", "text/turtle", "application/n-triples"}),
        ("CONSTRUCT { <s> <p> 1 } WHERE {}", {"application/rdf+xml", "text/turtle", "application/n-triples"}),
    ],
    ids=["test_query_content_type_select", "test_query_content_type_ask", "test_query_content_type_describe", "test_query_content_type_construct"],
)
def test_query_content_type(client, query, expected):
    response = client.post(ENDPOINT, content=query, headers={"Content-Type": "application/sparql-query"})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].split(";")[0] in expected


def test_relative_iris_resolve_against_the_endpoint_url(client):
    """With no BASE, ``<s>`` is the endpoint's URL resolved with ``s``, as Fuseki does
    (RFC 3986: http://testserver/sparql + s = http://testserver/s)."""
    response = client.post(ENDPOINT, content="CONSTRUCT { <s> <p> 1 } WHERE {}",
                           headers={"Content-Type": "application/sparql-query", "Accept": "application/n-triples"})
    assert response.status_code == 200, response.text
    assert response.text.strip() == '<http://testserver/s> <http://testserver/p> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .'
    # a BASE of the query's own wins
    response = client.get(ENDPOINT, params={"query": "BASE <http://example.org/> SELECT (<s> AS ?iri) {}"})
    assert response.json()["results"]["bindings"][0]["iri"]["value"] == "http://example.org/s"


def test_bad_update_as_query(client):
    """An update sent as a query is a query that does not parse: 400 (update= is the 403)."""
    for response in (client.get(ENDPOINT, params={"query": "CLEAR ALL"}),
                     client.post(ENDPOINT, data={"query": "INSERT DATA { <http://x/s> <http://x/p> 1 }"}),
                     client.post(ENDPOINT, content="DROP ALL", headers={"Content-Type": "application/sparql-query"})):
        assert response.status_code == 400, response.text
        detail = response.json()["detail"]
        assert "update" in detail and "not a query" in detail and "read-only" in detail, detail


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH"])
def test_bad_query_method(client, method):
    response = client.request(method, ENDPOINT, params={"query": "ASK {}"}, headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert response.status_code == 405
    assert "use GET or POST" in response.json()["detail"]
    assert "GET" in response.headers["allow"]


def test_bad_multiple_queries(client):
    response = client.get(ENDPOINT + "?query=ASK%20%7B%7D&query=SELECT%20%2A%20%7B%7D")
    assert response.status_code == 400
    assert "exactly one query" in response.json()["detail"]


def test_bad_query_wrong_media_type(client):
    response = client.post(ENDPOINT, content="ASK {}", headers={"Content-Type": "text/plain"})
    assert response.status_code == 415
    assert "text/plain" in response.json()["detail"]


def test_bad_query_missing_form_type(client):
    response = client.post(ENDPOINT, content="query=ASK%20%7B%7D", headers={"Content-Type": ""})
    assert response.status_code == 415
    assert "needs a Content-Type" in response.json()["detail"]


def test_bad_query_missing_direct_type(client):
    response = client.post(ENDPOINT, content="ASK {}", headers={"Content-Type": ""})
    assert response.status_code == 415


def test_bad_query_non_utf8(client):
    response = client.post(
        ENDPOINT, content="ASK {}".encode("utf-16"), headers={"Content-Type": "application/sparql-query; charset=UTF-16"}
    )
    assert response.status_code == 415
    assert "UTF-8" in response.json()["detail"]


def test_bad_query_non_utf8_bytes_without_charset(client):
    response = client.post(ENDPOINT, content="ASK {}".encode("utf-16"), headers={"Content-Type": "application/sparql-query"})
    assert response.status_code == 400
    assert "not UTF-8" in response.json()["detail"]


def test_bad_query_syntax(client):
    response = client.get(ENDPOINT, params={"query": "ASK {"})
    assert response.status_code == 400
    assert "SPARQL syntax error at line 1" in response.json()["detail"]


def test_bad_query_syntax_says_line_and_column(client):
    query = "SELECT ?s\nWHERE {\n  ?s ?p ?o .\n  FILTER (?o = )\n}"
    response = client.post(ENDPOINT, data={"query": query})
    assert response.status_code == 400
    detail = response.json()["detail"]
    assert detail.startswith("SPARQL syntax error at line 4, column 3: expected")
    assert "found 'FILTER (?o = )'" in detail
    assert response.headers["x-sparql-error-line"] == "4"
    assert response.headers["x-sparql-error-column"] == "3"


def test_bad_update_get(client):
    response = client.get(ENDPOINT, params={"update": "CLEAR ALL"})
    assert response.status_code == 403
    assert "read-only" in response.json()["detail"]


@pytest.mark.parametrize(
    "name, body, content_type",
    [
        ("update_post_form", "update=CLEAR+ALL", "application/x-www-form-urlencoded"),
        ("update_post_direct", "CLEAR ALL", "application/sparql-update"),
        ("bad_multiple_updates", "update=CLEAR%20NAMED&update=CLEAR%20DEFAULT", "application/x-www-form-urlencoded"),
        ("update_dataset_default_graph", "INSERT DATA { <http://x/s> <http://x/p> 1 }", "application/sparql-update"),
    ],
)
def test_update_operations_are_refused(client, name, body, content_type):
    response = client.post(ENDPOINT, content=body, headers={"Content-Type": content_type})
    assert response.status_code == 403, name
    assert "read-only" in response.json()["detail"]


def test_no_query_in_a_post_is_a_400(client):
    response = client.post(ENDPOINT, data={"default-graph-uri": "x"})
    assert response.status_code == 400
    assert "no query" in response.json()["detail"]


def test_query_in_both_the_body_and_the_url_is_a_400(client):
    response = client.post(ENDPOINT + "?query=ASK%7B%7D", content="ASK {}", headers={"Content-Type": "application/sparql-query"})
    assert response.status_code == 400
    assert "not both" in response.json()["detail"]
