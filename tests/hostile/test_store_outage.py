"""A remote store that is down when ``unikg serve`` starts, or that answers garbage: the server
says so (503 or 502 with ``Retry-After``, never a 400 blaming the client, never "the workers
stayed busy" when none exists), keeps trying in the background and recovers by itself, with
no SIGHUP. The store is a real Virtuoso (tests/virtuoso.py) stopped before the server starts
and started again on the same port; the garbage comes from a tiny real HTTP server
(``misbehaving_store.py``)."""

from __future__ import annotations

import time

import httpx
import pytest

from ..conftest import run_cli, spawn_server, stop_server, virtuoso_helper
from .misbehaving_store import MisbehavingStore, garbage, html_error, huge_results

pytestmark = pytest.mark.server

RETRY = 1  # UNIKG_STORE_RETRY_SECONDS: the longest wait between two attempts, in these tests
ASK = {"query": "ASK { ?s ?p ?o }"}


def answering(url: str, *, within: float = 60) -> None:
    """Wait until the server answers HTTP at all (its routes may answer 5xx)."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            httpx.get(url + "/openapi.json", timeout=5)
            return
        except httpx.TransportError:
            time.sleep(0.2)
    raise AssertionError(f"{url} never answered")


def until(check, *, within: float, every: float = 0.3):
    """The first truthy ``check()`` within ``within`` seconds (the last one otherwise)."""
    deadline = time.monotonic() + within
    while True:
        result = check()
        if result or time.monotonic() > deadline:
            return result
        time.sleep(every)


def assert_store_trouble(response: httpx.Response, status: int, *words: str) -> str:
    assert response.status_code == status, (response.status_code, response.text[:300])
    assert int(response.headers["retry-after"]) >= 1
    detail = response.json()["detail"]
    assert "workers stayed busy" not in detail and "Traceback" not in response.text
    for word in words:
        assert word in detail, (word, detail)
    return detail


@pytest.fixture
def late_store(settings, tmp_path):
    """A Virtuoso holding the session build, stopped: it comes back with ``.restart()``."""
    helper = virtuoso_helper()
    if missing := helper.available():
        pytest.skip(missing)
    store = helper.Virtuoso.start(tmp_path / "virtuoso")
    started = [store]
    try:
        loaded = run_cli("load", str(settings.dataset_path), env=store.store_env())
        assert loaded.returncode == 0, loaded.stderr
        store.stop()
        yield store, started
    finally:
        for server in started:
            server.stop()


def test_a_store_that_starts_after_the_server_is_retried_until_it_answers(late_store, settings):
    store, started = late_store
    env = {"UNIKG_STORE": store.query_url, "UNIKG_STORE_RETRY_SECONDS": str(RETRY), "UNIKG_QUERY_WORKERS": "1"}
    process, url = spawn_server(build_dir=settings.build_dir, settings_env=env)
    try:
        answering(url)
        with httpx.Client(base_url=url, timeout=30) as http:
            for path in ("/institutions", "/institutions/xjtu/partners"):
                assert_store_trouble(http.get(path), 503, store.query_url)
            began = time.monotonic()
            sparql = http.get("/sparql", params=ASK)
            assert time.monotonic() - began < 5, "told at once, not after the query time limit"
            assert_store_trouble(sparql, 503, store.query_url)

            started.append(store.restart())  # same database, same port: no SIGHUP, no reload
            back = until(lambda: http.get("/institutions/xjtu/partners").status_code == 200
                         and http.get("/sparql", params=ASK).status_code == 200, within=30)
            assert back, (http.get("/institutions/xjtu/partners").text[:300], http.get("/sparql", params=ASK).text[:300])
            assert http.get("/sparql", params=ASK).json()["boolean"] is True
            assert "kaznu" in {p["id"] for p in http.get("/institutions/xjtu/partners").json()["partners"]}
    finally:
        stop_server(process)


@pytest.mark.parametrize("answer", [html_error(501), garbage()], ids=["501 HTML", "garbage"])
def test_a_store_answering_garbage_is_a_502_saying_so(settings, answer):
    with MisbehavingStore(answer=answer) as store:
        env = {"UNIKG_STORE": store.url, "UNIKG_STORE_RETRY_SECONDS": str(RETRY), "UNIKG_QUERY_WORKERS": "1"}
        process, url = spawn_server(build_dir=settings.build_dir, settings_env=env)
        try:
            answering(url)
            with httpx.Client(base_url=url, timeout=30) as http:
                assert_store_trouble(http.get("/institutions"), 502, store.url)
                began = time.monotonic()
                detail = assert_store_trouble(http.get("/sparql", params=ASK), 502, store.url)
                assert time.monotonic() - began < 5, "told at once, not after the query time limit"
                assert "501" in detail if answer.status == 501 else "not SPARQL" in detail, detail
            # and the server keeps asking (backoff at most RETRY s): the workers are tried again
            asked = store.requests
            assert until(lambda: store.requests > asked + 1, within=15)
        finally:
            stop_server(process)


def test_an_answer_over_the_size_cap_is_a_502_with_no_retry_after(settings):
    """The same question gets the same answer: the client is not told to ask again later."""
    cap = 100_000  # UNIKG_STORE_MAX_BYTES: every answer below is twice that
    with MisbehavingStore(answer=huge_results(2 * cap)) as store:
        env = {"UNIKG_STORE": store.url, "UNIKG_STORE_MAX_BYTES": str(cap), "UNIKG_STORE_RETRY_SECONDS": str(RETRY),
               "UNIKG_QUERY_WORKERS": "1"}
        process, url = spawn_server(build_dir=settings.build_dir, settings_env=env)
        try:
            answering(url)
            response = httpx.get(url + "/institutions", timeout=30)
            assert response.status_code == 502, (response.status_code, response.text[:300])
            assert "retry-after" not in response.headers, response.headers
            assert "UNIKG_STORE_MAX_BYTES" in response.json()["detail"] and store.url in response.json()["detail"]
        finally:
            stop_server(process)
