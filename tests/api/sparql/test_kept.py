"""Answers kept for the dataset a pool serves: a query asked again needs no worker; an
answer that may change between runs (``NOW()``) is always computed again."""

from __future__ import annotations

import threading
import time

import httpx
import pytest

from ...conftest import start_server, stop_server

pytestmark = pytest.mark.server

# every pair of triples counted: seconds on the seed graph, under the limit set below
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }"
ORGANIZATIONS = "SELECT ?o WHERE { ?o a <https://w3id.org/unikg/ontology#Organization> } ORDER BY ?o"


@pytest.fixture(scope="module")
def one_worker(settings):
    process, url = start_server(
        build_dir=settings.build_dir, data_dir=settings.data_dir,
        settings_env={"UNIKG_QUERY_WORKERS": "1", "UNIKG_QUERY_TIMEOUT": "60"},
    )
    yield url
    stop_server(process)


def test_a_query_asked_again_is_answered_while_the_only_worker_is_busy(one_worker):
    first = httpx.get(one_worker + "/sparql", params={"query": ORGANIZATIONS}, timeout=60)
    assert first.status_code == 200 and len(first.json()["results"]["bindings"]) > 10
    slow = {}
    thread = threading.Thread(target=lambda: slow.update(
        response=httpx.get(one_worker + "/sparql", params={"query": SLOW}, timeout=120), at=time.monotonic()))
    thread.start()
    try:
        time.sleep(0.5)  # the slow query holds the only worker now
        again = httpx.get(one_worker + "/sparql", params={"query": ORGANIZATIONS}, timeout=60)
        answered = time.monotonic()
    finally:
        thread.join()
    assert again.status_code == 200 and again.content == first.content
    assert answered < slow["at"], "the kept answer should not have waited for the worker"
    assert slow["response"].status_code == 200


def test_an_answer_that_may_change_is_computed_each_time(one_worker):
    query = "SELECT (STR(NOW()) AS ?t) WHERE {}"
    times = []
    for _ in range(2):
        response = httpx.get(one_worker + "/sparql", params={"query": query}, timeout=60)
        times.append(response.json()["results"]["bindings"][0]["t"]["value"])
        time.sleep(0.05)
    assert times[0] != times[1]
