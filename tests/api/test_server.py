"""A real ``unikg serve`` (uvicorn) on 127.0.0.1, exercised with httpx."""

import os
import time

import httpx
import pyoxigraph
import pytest

from ..conftest import spawn_server, start_server, stop_server

pytestmark = pytest.mark.server


def test_the_server_answers_the_routes(server):
    with httpx.Client(base_url=server, timeout=30) as http:
        assert http.get("/institutions/XJTU").json()["id"] == "xjtu"
        assert http.get("/institutions/xjtu/shared-partners").status_code == 200
        assert http.get("/id/org/xjtu", headers={"Accept": "text/turtle"}).headers["content-type"].startswith("text/turtle")
        assert http.get("/docs").status_code == 200
        assert http.get("/openapi.json").json()["info"]["title"] == "unikg"
        missing = http.get("/institutions/nowhere-university")
        assert missing.status_code == 404 and missing.json()["suggestions"] is not None


def test_serve_builds_the_graph_when_it_is_missing_or_stale(tmp_path, data_copy):
    build_dir = tmp_path / "build"
    process, url = start_server(build_dir=build_dir, data_dir=data_copy)
    try:
        assert (build_dir / "unikg.trig").exists()
        assert httpx.get(url + "/institutions/kaznu", timeout=30).json()["name"] == "Al-Farabi Kazakh National University"
    finally:
        stop_server(process)
    built = (build_dir / "unikg.trig").stat().st_mtime
    registry = data_copy / "registry" / "organizations.yaml"
    text = registry.read_text(encoding="utf-8")
    registry.write_text(text.replace("name: Al-Farabi Kazakh National University", "name: Al-Farabi Kazakh National University (KazNU)", 1), encoding="utf-8")
    os.utime(registry, (built + 5, built + 5))
    process, url = start_server(build_dir=build_dir, data_dir=data_copy)
    try:
        assert httpx.get(url + "/institutions/kaznu", timeout=30).json()["name"] == "Al-Farabi Kazakh National University (KazNU)"
    finally:
        stop_server(process)


def test_serve_refuses_a_port_in_use_with_one_line(server, settings):
    from ..conftest import run_cli

    port = server.rsplit(":", 1)[1]
    env = {"UNIKG_BUILD_DIR": str(settings.build_dir), "UNIKG_DATA_DIR": str(settings.data_dir)}
    result = run_cli("serve", "--port", port, env=env)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and f"cannot listen on 127.0.0.1:{port}" in result.stderr
    result = run_cli("serve", "--port", "70000", env=env)
    assert result.returncode == 1 and "not a port number" in result.stderr


def test_a_sparql_query_sent_as_the_server_starts_waits_for_a_query_worker(settings):
    """The routes answer before the query workers are up (they start beside them): a query
    sent as soon as the server listens is answered once a worker is ready."""
    quads = pyoxigraph.parse(path=str(settings.dataset_path), format=pyoxigraph.RdfFormat.TRIG)
    expected = sum(1 for q in quads if q.graph_name != pyoxigraph.DefaultGraph())
    process, url = spawn_server(build_dir=settings.build_dir, data_dir=settings.data_dir)
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                response = httpx.get(url + "/sparql", params={"query": COUNT}, timeout=120)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline and process.poll() is None, "the server did not start"
                time.sleep(0.05)
    finally:
        stop_server(process)
    assert response.status_code == 200, response.text
    assert int(response.json()["results"]["bindings"][0]["n"]["value"]) == expected


COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
