"""Every route, for every resource of the seed graph (``sweep.py``: about a thousand requests),
answers byte for byte the same from a server that made what it derives from a disk store's
version (names, projection, networks, from the store's queries) and from a server started
again on that version, which reads them back from the version's folder.

When the read model was introduced (issue 21), the same sweep compared the code before and
after on one data folder (two servers, one of each): all 1,002 answers were the same bytes,
/openapi.json included."""

from __future__ import annotations

from unikg.graph.snapshot import files

from ..conftest import start_server, stop_server
from .sweep import answers, compare


def test_every_route_answers_the_same_from_the_kept_files_as_from_the_store(settings, tmp_path):
    store = tmp_path / "oxigraph"
    env = {"UNIKG_STORE": f"oxigraph:{store}", "UNIKG_QUERY_WORKERS": "1"}
    first, url = start_server(build_dir=settings.build_dir, data_dir=settings.data_dir, settings_env=env)
    try:
        made = answers(url)  # the first server makes (and keeps) what the routes need
    finally:
        stop_server(first)
    kept = [store.resolve() / spec.name for spec in (files.NAMES, files.PROJECTION, files.NETWORKS)]
    assert all(path.exists() for path in kept)
    written = {path: path.stat().st_mtime_ns for path in kept}
    second, url = start_server(build_dir=settings.build_dir, data_dir=settings.data_dir, settings_env=env)
    try:
        read = answers(url)
    finally:
        stop_server(second)
    assert {path: path.stat().st_mtime_ns for path in kept} == written, "the second server read them, wrote none"
    assert len(made) > 900 and {a["status"] for a in made.values()} >= {200, 404, 422}
    assert compare(made, read) == []
