"""A real ``unikg serve`` (uvicorn) on 127.0.0.1, exercised with httpx."""

import os

import httpx
import pytest

from ..conftest import start_server, stop_server

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
