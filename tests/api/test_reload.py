"""Reloading a real ``unikg serve`` while clients keep asking: not one request fails, and the
answers switch to the new graph (REST and SPARQL alike) when ``unikg reload`` returns.

Builds are swapped in by a rename, as a build does: the session's build (the old graph) and
a copy of it where KazNU has another name (the new graph), so no build runs here. The server
is signalled directly (SIGHUP) and through ``unikg reload``; a truncated build is refused and
the old graph kept. ``unikg reload`` building a stale dataset first is tested with a killed
build in tests/graph/dataset/test_killed_build.py.
"""

from __future__ import annotations

import os
import signal
import threading
import time

import httpx
import pytest

from ..conftest import run_cli, start_server, stop_server
from .sparql.test_limits import workers as query_workers

pytestmark = pytest.mark.server

OLD, NEW = "Al-Farabi Kazakh National University", "Al-Farabi Kazakh National University (KazNU)"
NAME_QUERY = (
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
    "SELECT ?name WHERE { <https://w3id.org/unikg/id/org/kaznu> rdfs:label ?name }"
)
PAUSE = 0.05  # seconds each client waits between requests: requests keep coming (dozens a
# second), yet leave CPU to `unikg reload` and to the query workers a reload starts


def rest_name(http: httpx.Client) -> str:
    response = http.get("/institutions/kaznu")
    assert response.status_code == 200, response.text[:300]
    return response.json()["name"]


def sparql_name(http: httpx.Client) -> str:
    response = http.get("/sparql", params={"query": NAME_QUERY})
    assert response.status_code == 200, response.text[:300]
    names = [b["name"]["value"] for b in response.json()["results"]["bindings"]]
    assert len(names) == 1, names
    return names[0]


class Clients:
    """Threads asking for KazNU's name over REST and SPARQL until stopped; every answer kept
    as (``"REST"`` or ``"SPARQL"``, name)."""

    def __init__(self, url: str, *, threads: int = 4):
        self.url, self.answers, self.failures = url, [], []
        self._stop = threading.Event()
        self._threads = [threading.Thread(target=self._ask, args=(i,)) for i in range(threads)]

    def _ask(self, i: int) -> None:
        kind, ask = ("SPARQL", sparql_name) if i % 2 else ("REST", rest_name)
        with httpx.Client(base_url=self.url, timeout=60) as http:
            while not self._stop.wait(PAUSE):
                try:
                    self.answers.append((kind, ask(http)))
                except Exception as error:  # a failed request: kept, reported by the test
                    self.failures.append(repr(error))

    def __enter__(self):
        for thread in self._threads:
            thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        for thread in self._threads:
            thread.join()


def put_in_place(data: bytes, target) -> None:
    """A finished build appears at ``target`` by a rename, with a fresh time, as a build's does."""
    staged = target.with_name(".staged")
    staged.write_bytes(data)
    os.replace(staged, target)


def renamed(build: bytes) -> bytes:
    """``build`` with KazNU's name changed (the quad count, in the trailer, stays right)."""
    label = f'rdfs:label "{OLD}"@en ;'.encode()
    assert build.count(label) == 1
    return build.replace(label, f'rdfs:label "{NEW}"@en ;'.encode())


def test_reload_swaps_the_graph_without_failing_a_request(tmp_path, data_copy, settings):
    build_dir = tmp_path / "build"
    build_dir.mkdir()
    old_build = settings.dataset_path.read_bytes()
    new_build = renamed(old_build)
    dataset = build_dir / "unikg.trig"
    put_in_place(old_build, dataset)  # newer than data_copy: nothing is rebuilt
    env = {"UNIKG_BUILD_DIR": str(build_dir), "UNIKG_DATA_DIR": str(data_copy)}
    process, url = start_server(build_dir=build_dir, data_dir=data_copy, settings_env={"UNIKG_QUERY_WORKERS": "2"})
    try:
        assert (build_dir / f"serve-{url.rsplit(':', 1)[1]}.pid").read_text().strip() == str(process.pid)
        with httpx.Client(base_url=url, timeout=60) as http:
            assert rest_name(http) == sparql_name(http) == OLD
            with Clients(url) as clients:
                put_in_place(new_build, dataset)
                os.kill(process.pid, signal.SIGHUP)
                wait_for(lambda: rest_name(http) == sparql_name(http) == NEW)

                put_in_place(old_build, dataset)
                reloaded = run_cli("reload", env=env)
                assert reloaded.returncode == 0, reloaded.stderr
                assert "reloaded" in reloaded.stdout and f"(pid {process.pid})" in reloaded.stdout
                assert rest_name(http) == sparql_name(http) == OLD  # switched when it returned

                truncated = build_dir / ".truncated"
                truncated.write_bytes(new_build[:-500])
                os.replace(truncated, dataset)
                refused = run_cli("reload", env=env)
                assert refused.returncode == 1
                assert "reload failed, still serving the previous graph" in refused.stdout
                assert "truncated or corrupt" in refused.stdout
                assert refused.stderr.count("\n") == 1, refused.stderr
                assert rest_name(http) == sparql_name(http) == OLD
                time.sleep(0.2)
            assert clients.failures == []
            assert len(clients.answers) > 50, len(clients.answers)
            assert set(clients.answers) == {(kind, name) for kind in ("REST", "SPARQL") for name in (OLD, NEW)}
            # the replaced pools are retired: two query workers, as at the start
            wait_for(lambda: len(query_workers(process.pid)) == 2)
    finally:
        stop_server(process)
    assert not list(build_dir.glob("serve-*")), "the pid and status files are removed at exit"


def test_a_stale_disk_store_answers_while_the_dataset_is_rebuilt_into_it_then_reloads(tmp_path, data_copy):
    """On a disk store holding a version, a stale dataset does not keep ``unikg serve`` from
    answering: it serves that version, runs ``unikg build`` in the background (the dataset,
    then a new version of the store) and reloads itself when it is done."""
    env = {"UNIKG_BUILD_DIR": str(tmp_path / "build"), "UNIKG_DATA_DIR": str(data_copy), "UNIKG_STORE": "oxigraph"}
    assert run_cli("build", env=env).returncode == 0  # the dataset, and the store's first version
    registry = data_copy / "registry" / "organizations.yaml"
    registry.write_text(registry.read_text(encoding="utf-8").replace(f"  name: {OLD}\n", f"  name: {NEW}\n", 1),
                        encoding="utf-8")
    process, url = start_server(build_dir=tmp_path / "build", data_dir=data_copy,
                                settings_env={"UNIKG_STORE": "oxigraph", "UNIKG_QUERY_WORKERS": "1"})
    try:
        with httpx.Client(base_url=url, timeout=60) as http:
            assert rest_name(http) in (OLD, NEW)  # answered from a version of the store at once
            wait_for(lambda: rest_name(http) == sparql_name(http) == NEW, within=180)
        process.log.seek(0)
        log = process.log.read()
        assert "answering from the store as it is while the dataset is built" in log
        assert "reloaded" in log
    finally:
        stop_server(process)


def test_reload_without_a_server_says_so(tmp_path, settings):
    result = run_cli("reload", env={"UNIKG_BUILD_DIR": str(tmp_path), "UNIKG_DATA_DIR": str(settings.data_dir)})
    assert result.returncode == 1
    assert result.stderr == f"unikg: error: no `unikg serve` is running over {tmp_path}: start one with `unikg serve`\n"


def wait_for(condition, *, within: float = 60) -> None:
    deadline = time.monotonic() + within
    while not condition():
        assert time.monotonic() < deadline, "the condition did not hold in time"
        time.sleep(0.2)
