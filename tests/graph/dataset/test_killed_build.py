"""``unikg build`` killed (SIGKILL) at any point leaves the last good build intact and usable.

A real ``unikg serve`` runs over an existing good build while three builds of a changed copy
of ``data/``, started together, are killed: early (at the first progress line, once the
registry is read), in the middle (at the start of SHACL validation, the longest step) and the
moment the temporary file appears (the build may win that race and finish). After the kills
the dataset file is the previous build, byte for byte, or a complete new one, the store opens
from it and the server still answers; the next build (by ``unikg reload``, the data being
newer) is not confused by a temporary file a kill left, and the server answers from it.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time

import httpx
import pytest

from unikg.graph.settings import Settings
from unikg.graph.store import open_store
from unikg.graph.store.trig_file import read_dataset

from ...conftest import run_cli, start_server, stop_server

OLD, NEW = "Al-Farabi Kazakh National University", "Al-Farabi Kazakh National University (KazNU)"
NAME_QUERY = (
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
    "SELECT ?name WHERE { <https://w3id.org/unikg/id/org/kaznu> rdfs:label ?name }"
)
TEMPORARY = ".unikg.trig.*.tmp"  # what graph/files.py writes before the rename


def start_build(env: dict) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "unikg.cli", "build"], env={**os.environ, **env},
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )


def kill_at_progress_line(build: subprocess.Popen, line: int) -> str:
    """Kill ``build`` once it has printed ``line`` progress lines; the last one."""
    seen = [build.stderr.readline() for _ in range(line)]
    build.send_signal(signal.SIGKILL)
    build.wait(timeout=30)
    build.stderr.close()
    return seen[-1].strip()


def kill_when_writing(build: subprocess.Popen, build_dir) -> bool:
    """Kill ``build`` as soon as its temporary file exists; True if it was caught writing (its
    temporary file is left), False if it had renamed it into place (won the race)."""
    try:
        while build.poll() is None:
            if any(build_dir.glob(TEMPORARY)):
                build.send_signal(signal.SIGKILL)
                break
            time.sleep(0.0005)
        build.wait(timeout=30)
        assert build.returncode in (0, -signal.SIGKILL), build.stderr.read()
        return any(build_dir.glob(TEMPORARY))
    finally:
        build.stderr.close()


def served_name(url: str) -> str:
    response = httpx.get(url + "/institutions/kaznu", timeout=30)
    assert response.status_code == 200, response.text[:300]
    return response.json()["name"]


@pytest.mark.server
def test_a_killed_build_leaves_the_last_good_build(tmp_path, data_copy, settings):
    build_dir = tmp_path / "build"
    build_dir.mkdir()
    good = build_dir / "unikg.trig"
    shutil.copyfile(settings.dataset_path, good)  # the good build of the same data/, newer than it
    previous = good.read_bytes()
    env = {"UNIKG_BUILD_DIR": str(build_dir), "UNIKG_DATA_DIR": str(data_copy)}
    process, url = start_server(build_dir=build_dir, data_dir=data_copy, settings_env={"UNIKG_QUERY_WORKERS": "1"})
    builds = ()
    try:
        assert served_name(url) == OLD
        registry = data_copy / "registry" / "organizations.yaml"
        text = registry.read_text(encoding="utf-8")
        registry.write_text(text.replace(f"name: {OLD}\n", f"name: {NEW}\n", 1), encoding="utf-8")

        # three builds at once: the first two are killed long before the third writes its file
        builds = early, middle, writing = start_build(env), start_build(env), start_build(env)
        killed_after = [kill_at_progress_line(early, 1), kill_at_progress_line(middle, 3)]
        steps = [line.split(":")[1].strip() for line in killed_after]
        assert steps == ["registry", "validating against ontology/shapes.ttl"], killed_after
        assert good.read_bytes() == previous, "a build killed before writing must not touch the file"

        caught_writing = kill_when_writing(writing, build_dir)
        data = good.read_bytes()
        assert (data == previous) == caught_writing, "the previous build until the new one is renamed into place"
        if not caught_writing:  # the build won the race: a complete new build, never a partial one
            assert f'"{NEW}"'.encode() in data
        read_dataset(good)  # complete: its end marker and quad count check out
        store = open_store(Settings.from_env({}, data_dir=data_copy, build_dir=build_dir))  # and usable
        assert [str(name) for name in store.query(NAME_QUERY).values("name")] == [OLD if caught_writing else NEW]
        assert served_name(url) == OLD, "the server kept serving the graph it started with"

        # the next build (`unikg reload` builds first: the data is newer than the file) is not
        # confused by a temporary file a kill left; then the server answers from it
        reloaded = run_cli("reload", env=env)
        assert reloaded.returncode == 0, reloaded.stderr
        assert f"(pid {process.pid}): reloaded" in reloaded.stdout, reloaded.stdout
        if caught_writing:
            assert "building " in reloaded.stderr, reloaded.stderr
        assert served_name(url) == NEW
    finally:
        stop_server(process)
        for build in builds:  # those a failed assertion left running
            if build.poll() is None:
                build.kill()
                build.wait(timeout=30)
    assert f'"{NEW}"'.encode() in good.read_bytes()
    read_dataset(good)
