"""Hostile SPARQL against a real ``unikg serve``: malformed and oversized queries, updates sent
every way the protocol allows, SERVICE to a listener of the test, file: IRIs. Every one is a 4xx
with a message; no connection is made, no file is read, the graph keeps its quads."""

from __future__ import annotations

import time

import httpx
import pytest

from .conftest import HOSTILE, assert_refused, cases, ids

pytestmark = pytest.mark.server

MALFORMED = cases("sparql-malformed", "*.rq")
UPDATES = cases("sparql-update", "*.ru")
SERVICES = cases("sparql-service", "*.rq")
FILE_IRIS = cases("file-iris")
RDFXML_BOMB = HOSTILE / "xml-entities" / "billion-laughs.rdf"


def ask(http: httpx.Client, url: str, query: str, **params) -> httpx.Response:
    """The query sent as the body (POST application/sparql-query): no URL length limit applies."""
    return http.post(url + "/sparql", content=query.encode("utf-8"), params=params,
                      headers={"Content-Type": "application/sparql-query"}, timeout=60)


@pytest.mark.parametrize("case", MALFORMED, ids=ids(MALFORMED))
def test_malformed_queries_are_a_400_saying_where(http, guarded, case):
    started = time.monotonic()
    detail = assert_refused(ask(http, guarded, case.read_text(encoding="utf-8")), 400)
    assert time.monotonic() - started < 10
    assert "syntax error" in detail or "nests brackets" in detail or "parts" in detail, detail


def test_an_oversized_query_is_a_413_or_414_naming_the_limit(http, guarded, settings):
    query = "ASK { FILTER(\"" + "a" * settings.max_body_bytes + "\" = \"b\") }"
    detail = assert_refused(ask(http, guarded, query), 413)
    assert "UNIKG_MAX_BODY_BYTES" in detail and str(settings.max_body_bytes) in detail
    form = http.post(guarded + "/sparql", data={"query": query}, timeout=60)
    assert "UNIKG_MAX_BODY_BYTES" in assert_refused(form, 413)
    long_get = "ASK { FILTER(\"" + "a" * settings.max_url_bytes + "\" = \"b\") }"
    detail = assert_refused(http.get(guarded + "/sparql", params={"query": long_get}, timeout=60), 414)
    assert "UNIKG_MAX_URL_BYTES" in detail and "POST" in detail
    # just under the body limit is a query like any other
    fits = "ASK { FILTER(\"" + "a" * (settings.max_body_bytes - 100) + "\" = \"b\") }"
    assert ask(http, guarded, fits).json() == {"head": {}, "boolean": False}


@pytest.mark.parametrize("case", UPDATES, ids=ids(UPDATES))
def test_updates_are_refused_however_they_are_sent(http, guarded, case):
    update = case.read_text(encoding="utf-8")
    url = guarded + "/sparql"
    attempts = {
        "GET query=": http.get(url, params={"query": update}, timeout=60),
        "GET update=": http.get(url, params={"update": update}, timeout=60),
        "POST form query=": http.post(url, data={"query": update}, timeout=60),
        "POST form update=": http.post(url, data={"update": update}, timeout=60),
        "POST sparql-query body": ask(http, guarded, update),
        "POST sparql-update body": http.post(url, content=update.encode(), timeout=60,
                                              headers={"Content-Type": "application/sparql-update"}),
    }
    for how, response in attempts.items():
        # sent as a query, an update is a malformed query (400); sent as an update, a refused one (403)
        detail = assert_refused(response, 400 if "query" in how else 403)
        assert "read-only" in detail, (how, detail)
    assert ask(http, guarded, 'ASK { ?s ?p "pwned" }').json()["boolean"] is False


@pytest.mark.parametrize("case", SERVICES, ids=ids(SERVICES))
def test_service_is_refused_and_the_listener_gets_no_connection(http, guarded, listener, case):
    port = listener.port
    query = case.read_text(encoding="utf-8").replace("{port}", str(port))
    for response in (ask(http, guarded, query), http.get(guarded + "/sparql", params={"query": query}, timeout=60)):
        assert "SERVICE" in assert_refused(response, 403)
    time.sleep(0.2)
    assert listener.connections() == 0


@pytest.mark.parametrize("case", FILE_IRIS, ids=ids(FILE_IRIS))
def test_file_iris_are_refused_before_anything_is_read(http, guarded, case):
    """FROM, FROM NAMED, SERVICE and LOAD of file: IRIs, the RDF/XML billion laughs among them:
    refused at once (a server that read the bomb would spin for minutes)."""
    query = case.read_text(encoding="utf-8").replace("{rdfxml}", RDFXML_BOMB.as_uri())
    started = time.monotonic()
    detail = assert_refused(ask(http, guarded, query), 400, 403)
    assert time.monotonic() - started < 10
    assert "is not a graph of this dataset" in detail or "read-only" in detail or "SERVICE" in detail, detail
    assert "root:" not in detail


def test_dataset_parameters_naming_files_are_refused(http, guarded):
    for name in ("default-graph-uri", "named-graph-uri"):
        for iri in ("file:///etc/passwd", RDFXML_BOMB.as_uri(), "http://127.0.0.1:9/graph"):
            response = http.get(guarded + "/sparql", params={"query": "ASK { ?s ?p ?o }", name: iri}, timeout=60)
            assert "is not a graph of this dataset" in assert_refused(response, 400)
