"""The processes of a real ``unikg serve`` when something goes wrong: a query that would take
all the machine's memory is stopped at ``UNIKG_QUERY_MEMORY`` (its worker replaced); the query
workers die with a server killed by SIGKILL, and stop on their own (RLIMIT_CPU) when a server
that cannot stop them is frozen; ``unikg reload`` notices at once a server killed while it
waits."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time

import httpx
import psutil
import pytest

from ..api.sparql.test_limits import ENDLESS, workers
from ..conftest import start_server, stop_server
from .conftest import HOSTILE

pytestmark = pytest.mark.server

MEMORY = 200  # UNIKG_QUERY_MEMORY, MiB: what one query may take on top of a worker's dataset


def memory_bomb(levels: int) -> str:
    """A short query whose one string grows 8 times a level, then 4 times: 16 × 8^levels × 4
    characters (``sparql-memory/``: 4 levels are 256 KiB, 7 are 512 MiB, 9 are 8 GiB)."""
    return (HOSTILE / "sparql-memory" / f"concat-{levels}-levels.rq").read_text(encoding="utf-8")


def busiest(server_pid: int) -> psutil.Process:
    """The worker whose CPU time grows: the one running a long query."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        before = {w.pid: (w, sum(w.cpu_times()[:2])) for w in workers(server_pid)}
        time.sleep(0.3)
        growth = {pid: sum(w.cpu_times()[:2]) - spent for pid, (w, spent) in before.items() if w.is_running()}
        if growth and max(growth.values()) > 0.05:
            return before[max(growth, key=growth.get)][0]
    raise AssertionError("no worker got busy")


def gone(process: psutil.Process, *, within: float) -> bool:
    """True once the process has ended (a zombie too: a frozen parent cannot reap it)."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            if process.status() == psutil.STATUS_ZOMBIE:
                return True
        except psutil.NoSuchProcess:
            return True
        time.sleep(0.1)
    return False


def end(process: psutil.Process) -> None:
    """Clean up a worker a test has left behind (by its PID)."""
    try:
        process.kill()
    except psutil.NoSuchProcess:
        pass


def test_a_query_over_the_memory_budget_is_stopped_and_its_worker_replaced(settings):
    process, url = start_server(
        build_dir=settings.build_dir, data_dir=settings.data_dir,
        settings_env={"UNIKG_QUERY_MEMORY": str(MEMORY), "UNIKG_QUERY_WORKERS": "1", "UNIKG_QUERY_TIMEOUT": "60"},
    )
    try:
        with httpx.Client(base_url=url, timeout=120) as http:
            small = http.post("/sparql", data={"query": memory_bomb(4)})  # 256 KiB: well within
            assert small.status_code == 200 and small.json()["results"]["bindings"][0]["n"]["value"] == str(16 * 8**4 * 4)
            [before] = workers(process.pid)
            response = http.post("/sparql", data={"query": memory_bomb(7)})  # 512 MiB of text
            assert response.status_code == 503, response.text[:300]
            detail = response.json()["detail"]
            assert "UNIKG_QUERY_MEMORY" in detail and f"{MEMORY} MiB" in detail, detail
            assert gone(before, within=5)
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and not (new := [w for w in workers(process.pid) if w.pid != before.pid]):
                time.sleep(0.2)
            assert new, "the worker should have been replaced"
            again = http.get("/sparql", params={"query": "ASK { ?s ?p ?o }"})
            assert again.status_code == 200 and again.json()["boolean"] is True
    finally:
        stop_server(process)


def test_workers_die_with_a_server_killed_by_sigkill(settings):
    process, url = start_server(
        build_dir=settings.build_dir, data_dir=settings.data_dir,
        settings_env={"UNIKG_QUERY_TIMEOUT": "60", "UNIKG_QUERY_WORKERS": "2"},
    )
    running = threading.Thread(target=lambda: _ignore(httpx.get, url + "/sparql", params={"query": ENDLESS}, timeout=120))
    left: list[psutil.Process] = []
    try:
        running.start()
        busy = busiest(process.pid)
        left = workers(process.pid)
        assert len(left) == 2
        process.kill()  # SIGKILL: no chance to stop its workers itself
        process.wait(timeout=30)
        for worker in left:
            assert gone(worker, within=5), f"worker {worker.pid} outlived its server ({'busy' if worker == busy else 'idle'})"
    finally:
        stop_server(process)
        for worker in left:
            end(worker)
        running.join()


def test_a_worker_stops_at_its_cpu_limit_when_the_server_cannot_stop_it(settings):
    timeout = 1
    process, url = start_server(
        build_dir=settings.build_dir, data_dir=settings.data_dir,
        settings_env={"UNIKG_QUERY_TIMEOUT": str(timeout), "UNIKG_QUERY_WORKERS": "1"},
    )
    answers = []
    running = threading.Thread(target=lambda: answers.append(_ignore(httpx.get, url + "/sparql", params={"query": ENDLESS}, timeout=120)))
    worker = None
    try:
        running.start()
        worker = busiest(process.pid)
        process.send_signal(signal.SIGSTOP)  # frozen: its time limit cannot kill the worker
        try:
            # RLIMIT_CPU: a little above the time limit, in CPU seconds (slower than wall time on a busy machine)
            assert gone(worker, within=60), "the worker should have stopped at its CPU limit"
        finally:
            process.send_signal(signal.SIGCONT)
        running.join(timeout=60)
        assert answers and answers[0] is not None and answers[0].status_code == 503
        assert httpx.get(url + "/sparql", params={"query": "ASK {}"}, timeout=60).status_code == 200
    finally:
        stop_server(process)
        if worker is not None:
            end(worker)


def test_reload_notices_at_once_a_server_killed_while_it_waits(settings):
    process, url = start_server(build_dir=settings.build_dir, data_dir=settings.data_dir,
                                settings_env={"UNIKG_QUERY_WORKERS": "1"})
    left = workers(process.pid)
    env = {**os.environ, "UNIKG_BUILD_DIR": str(settings.build_dir), "UNIKG_DATA_DIR": str(settings.data_dir)}
    reload = None
    try:
        process.send_signal(signal.SIGSTOP)  # it gets the SIGHUP, but cannot answer it
        reload = subprocess.Popen([sys.executable, "-m", "unikg.cli", "reload", "--port", url.rsplit(":", 1)[1]],
                                  env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(3)  # `unikg reload` has signalled the server and waits for its outcome
        assert reload.poll() is None, reload.communicate()
        process.kill()
        process.wait(timeout=30)
        killed = time.monotonic()
        out, err = reload.communicate(timeout=30)  # was 300 s: the longest a reload may take
        assert time.monotonic() - killed < 5
        assert reload.returncode == 1, (out, err)
        assert f"pid {process.pid}" in out and "stopped" in out, out
        assert err.count("unikg: error:") == 1 and "Traceback" not in err, err
        assert "did not reload" in err and "kept serving" not in err, err  # it serves nothing now
    finally:
        if reload is not None and reload.poll() is None:
            reload.kill()
            reload.wait()
        stop_server(process)
        for worker in left:
            end(worker)


def _ignore(request, *args, **kwargs):
    """``request(*args, **kwargs)``, or None if the connection broke (the server was killed)."""
    try:
        return request(*args, **kwargs)
    except httpx.TransportError:
        return None
