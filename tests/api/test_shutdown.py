"""A real ``unikg serve`` stops cleanly on SIGTERM (the query in flight gets its answer, exit
code 0, no process left behind), and refuses to start on a truncated or corrupt build, in one
line (the two damaged builds are tried side by side: two ``unikg serve`` started at once)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import psutil
import pytest

from ..conftest import free_port, start_server, stop_server

pytestmark = pytest.mark.server

# about 10 million solutions counted: a second or more, well under the limit set below
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }"
DAMAGES = ["truncated", "garbage in the middle"]


def test_sigterm_lets_the_query_in_flight_finish_then_exits_0_leaving_no_process(settings):
    process, url = start_server(
        build_dir=settings.build_dir, data_dir=settings.data_dir,
        settings_env={"UNIKG_QUERY_TIMEOUT": "60", "UNIKG_QUERY_WORKERS": "1"},
    )
    try:
        descendants = psutil.Process(process.pid).children(recursive=True)
        assert descendants, "the server should have query worker processes"
        outcome = {}

        def ask():
            outcome["response"] = httpx.post(url + "/sparql", data={"query": SLOW}, timeout=120)
            outcome["at"] = time.monotonic()

        thread = threading.Thread(target=ask)
        thread.start()
        time.sleep(0.5)  # the query is with a worker now
        process.send_signal(signal.SIGTERM)
        sent = time.monotonic()
        thread.join()
        assert process.wait(timeout=60) == 0
    finally:
        stop_server(process)
    response = outcome["response"]
    assert outcome["at"] > sent, "the answer should have come after SIGTERM"
    assert response.status_code == 200, response.text
    assert int(response.json()["results"]["bindings"][0]["n"]["value"]) > 1_000_000
    deadline = time.monotonic() + 10
    while any(_alive(p) for p in descendants) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [p.pid for p in descendants if _alive(p)], "a child process of the server was left behind"


def _alive(process: psutil.Process) -> bool:
    try:
        return process.is_running() and process.status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def damaged(data: bytes, damage: str) -> bytes:
    if damage == "truncated":
        return data[: len(data) // 2]
    middle = data.index(b"\n<https://w3id.org/unikg/graph/", len(data) // 2)
    return data[:middle] + b"\n<not closed { \x00 garbage ;;\n" + data[middle:]


@pytest.fixture(scope="module")
def refusals(settings, tmp_path_factory):
    """``unikg serve`` over each damaged build, all started at once: a function from the damage
    to (build folder, finished process)."""
    started = {}
    for damage in DAMAGES:
        build_dir = tmp_path_factory.mktemp("damaged")
        # newer than data/: `unikg serve` does not rebuild it
        (build_dir / "unikg.trig").write_bytes(damaged(settings.dataset_path.read_bytes(), damage))
        env = {**os.environ, "UNIKG_BUILD_DIR": str(build_dir), "UNIKG_DATA_DIR": str(settings.data_dir)}
        started[damage] = build_dir, subprocess.Popen(
            [sys.executable, "-m", "unikg.cli", "serve", "--port", str(free_port())],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )

    def finished(damage: str) -> tuple[Path, subprocess.CompletedProcess]:
        build_dir, process = started[damage]
        stdout, stderr = process.communicate(timeout=300)
        return build_dir, subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)

    yield finished
    for _, process in started.values():
        stop_server(process)  # if one started serving after all (its test failed)


@pytest.mark.parametrize("damage", DAMAGES)
def test_serve_refuses_a_damaged_build_in_one_line(refusals, damage):
    build_dir, result = refusals(damage)
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"unikg: error: {build_dir / 'unikg.trig'} is ")
    assert "truncated or corrupt" in lines[0] or "is corrupt" in lines[0]
    assert "run `unikg build`" in lines[0]
