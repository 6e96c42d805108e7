"""Limits on a real ``unikg serve`` (uvicorn) started with UNIKG_QUERY_TIMEOUT=1,
UNIKG_MAX_ROWS=3 and two query workers: a query over the time limit is stopped (its worker
killed and replaced) while another client gets its answer, and long results are cut with a
header saying so."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import psutil
import pytest
from rdflib import Graph

from ...conftest import start_server, stop_server

pytestmark = pytest.mark.server

UNIVERSITIES = """PREFIX ukg: <https://w3id.org/unikg/ontology#>
SELECT ?u WHERE { ?u a ukg:University }"""
# a cartesian product of the whole graph with itself, three times, filtered by a regex
ENDLESS = """SELECT (COUNT(*) AS ?n) WHERE {
  ?a ?b ?c . ?d ?e ?f . ?g ?h ?i
  FILTER (REGEX(CONCAT(STR(?c), STR(?f), STR(?i)), "^no such text$"))
}"""


@pytest.fixture(scope="module")
def limited(settings):
    process, url = start_server(
        build_dir=settings.build_dir, data_dir=settings.data_dir,
        settings_env={"UNIKG_QUERY_TIMEOUT": "1", "UNIKG_MAX_ROWS": "3", "UNIKG_QUERY_WORKERS": "2"},
    )
    yield process, url
    stop_server(process)


def workers(server_pid: int) -> list[psutil.Process]:
    """The server's query worker processes (spawned by multiprocessing)."""
    found = []
    for child in psutil.Process(server_pid).children():
        try:
            if "spawn_main" in " ".join(child.cmdline()):
                found.append(child)
        except psutil.NoSuchProcess:
            pass
    return found


def test_long_results_are_cut_at_max_rows_with_a_header(limited, reference):
    _, url = limited
    expected = {str(r.u) for r in reference.query(UNIVERSITIES)}
    assert len(expected) > 3
    response = httpx.get(url + "/sparql", params={"query": UNIVERSITIES}, timeout=30)
    assert response.status_code == 200
    rows = response.json()["results"]["bindings"]
    assert len(rows) == 3
    assert {r["u"]["value"] for r in rows} <= expected
    assert response.headers["x-results-truncated"] == "true"
    assert response.headers["x-max-rows"] == "3"


def test_short_results_have_no_truncation_header(limited):
    _, url = limited
    response = httpx.get(url + "/sparql", params={"query": "SELECT * WHERE { VALUES ?x { 1 2 3 } }"}, timeout=30)
    assert len(response.json()["results"]["bindings"]) == 3
    assert "x-results-truncated" not in response.headers


def test_construct_results_are_cut_too(limited):
    _, url = limited
    response = httpx.get(url + "/sparql", params={"query": "CONSTRUCT WHERE { ?s ?p ?o }"}, headers={"Accept": "application/n-triples"}, timeout=30)
    assert response.status_code == 200
    assert len(Graph().parse(data=response.text, format="nt")) == 3
    assert response.headers["x-results-truncated"] == "true"


def test_a_query_over_the_time_limit_is_stopped_while_others_answer(limited):
    process, url = limited
    first = _quiet(_wait_for_workers(process.pid, 2))
    with ThreadPoolExecutor(max_workers=1) as background:
        endless = background.submit(httpx.get, url + "/sparql", params={"query": ENDLESS}, timeout=120)
        busy = _busiest_worker(first)
        quick = httpx.get(url + "/sparql", params={"query": "ASK { ?s ?p ?o }"}, timeout=30)
        assert quick.status_code == 200 and quick.json()["boolean"] is True
        assert not endless.done(), "the simple query should have been answered during the long one"
        response = endless.result()
    assert response.status_code == 503
    detail = response.json()["detail"]
    assert "1 s limit" in detail and "UNIKG_QUERY_TIMEOUT" in detail
    _, alive = psutil.wait_procs([busy], timeout=10)  # killed when the limit passed; reaped soon after
    assert not alive, "the worker that ran the query should be gone"
    replaced = _wait_for_workers(process.pid, 2)
    assert busy.pid not in {w.pid for w in replaced}
    again = httpx.get(url + "/sparql", params={"query": "ASK { ?s ?p ?o }"}, timeout=30)
    assert again.status_code == 200


def _wait_for_workers(server_pid: int, count: int, *, within: float = 60) -> list[psutil.Process]:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        found = workers(server_pid)
        if len(found) == count:
            return found
        time.sleep(0.1)
    raise AssertionError(f"the server did not get back to {count} workers")


def _quiet(candidates: list[psutil.Process], *, within: float = 30) -> list[psutil.Process]:
    """The workers, once none of them spends 0.02 s of CPU in 0.3 s: a worker still starting
    (reading the dataset) is busy too, and would be taken for the one running the query."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        spent = {w.pid: sum(w.cpu_times()[:2]) for w in candidates}
        time.sleep(0.3)
        if all(sum(w.cpu_times()[:2]) - spent[w.pid] < 0.02 for w in candidates):
            return candidates
    raise AssertionError("the query workers never went quiet")


def _busiest_worker(candidates: list[psutil.Process]) -> psutil.Process:
    """Of the workers there were before the long query, the one whose CPU time grows by 0.05 s
    or more in 0.3 s, or that is gone already (killed at the limit): the one that ran it.
    Sampled again until one is, for up to 5 s: on a loaded machine the query reaches its worker
    late, an idle worker's few milliseconds are no sign, and the replacement of a killed worker,
    busy starting, is not one of the candidates."""
    deadline = time.monotonic() + 5
    while True:
        spent = {}
        for w in candidates:
            try:
                spent[w.pid] = sum(w.cpu_times()[:2])
            except psutil.NoSuchProcess:
                return w
        time.sleep(0.3)
        growth = {}
        for w in candidates:
            try:
                growth[w.pid] = sum(w.cpu_times()[:2]) - spent[w.pid]
            except psutil.NoSuchProcess:
                return w
        pid = max(growth, key=growth.get)
        if growth[pid] >= 0.05 or time.monotonic() > deadline:
            assert growth[pid] >= 0.05, f"no worker is busy: {growth}"
            return next(w for w in candidates if w.pid == pid)
