"""The hostile-input corpus: the case files of this folder, and what every test checks after
them: nothing was written, the graph is unchanged, and the server still answers.

Each sub-folder is one category (README.md says what each case is and what must happen).
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from ..conftest import free_port

HOSTILE = Path(__file__).resolve().parent
COUNT_QUADS = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def cases(folder: str, *patterns: str) -> list[Path]:
    """The case files of a category, sorted by name (pytest ids: the file names)."""
    found = {p for pattern in (patterns or ("*",)) for p in (HOSTILE / folder).glob(pattern) if p.is_file()}
    assert found, f"no case files in tests/hostile/{folder}"
    return sorted(found)


def ids(paths: list[Path]) -> list[str]:
    return [p.name for p in paths]


def snapshot(*folders: Path) -> dict[str, str]:
    """Every file under the folders, by path, with the SHA-256 of its bytes."""
    return {
        str(p): hashlib.sha256(p.read_bytes()).hexdigest()
        for folder in folders for p in sorted(folder.rglob("*")) if p.is_file()
    }


def quads_in_trailer(dataset: Path) -> int:
    match = re.search(r"# unikg dataset end: (\d+) quads", dataset.read_text(encoding="utf-8")[-200:])
    assert match, f"{dataset} has no trailer"
    return int(match.group(1))


def quads_served(url: str) -> int:
    response = httpx.get(url + "/sparql", params={"query": COUNT_QUADS}, timeout=60)
    assert response.status_code == 200, response.text
    return int(response.json()["results"]["bindings"][0]["n"]["value"])


def still_serving(url: str) -> None:
    """A normal request after the hostile ones gets its normal answer."""
    response = httpx.get(url + "/search", params={"q": "xjtu", "limit": 1}, timeout=60)
    assert response.status_code == 200, response.text
    assert response.json()["results"][0]["id"] == "xjtu"


def assert_refused(response: httpx.Response, *statuses: int) -> str:
    """A 4xx (one of ``statuses`` if given) with a JSON message; returns the message."""
    assert 400 <= response.status_code < 500, (response.status_code, response.text[:300])
    if statuses:
        assert response.status_code in statuses, (response.status_code, response.text[:300])
    detail = response.json()["detail"]
    assert isinstance(detail, str) and len(detail) > 10, detail
    assert "Traceback" not in response.text
    return detail


@pytest.fixture(scope="session")
def http():
    """One HTTP client for the hostile requests (a client per request would spend 50 ms of CPU
    on its TLS set-up each time); the checks after them open connections of their own."""
    with httpx.Client(timeout=60) as client:
        yield client


@pytest.fixture(scope="module")
def guarded(server, settings):
    """The session server, with a snapshot of the build and data folders and the number of
    quads it serves taken before the module's cases and compared after them."""
    before = snapshot(settings.build_dir, settings.data_dir)
    quads = quads_served(server)
    assert quads == quads_in_trailer(settings.dataset_path)
    yield server
    assert snapshot(settings.build_dir, settings.data_dir) == before, "a hostile request changed a file"
    assert quads_served(server) == quads
    still_serving(server)


@dataclass(frozen=True)
class Run:
    returncode: int
    stdout: str
    stderr: str
    seconds: float  # CPU time (user + system) after start-up: what a bomb would burn, whatever the load
    max_rss_mb: float


class ForkedCli:
    """The real ``unikg`` command, each run a process of its own forked from one that imported
    the command once (``forked_cli.py`` says how), with each run's CPU time and peak memory."""

    def __init__(self) -> None:
        self.errors = tempfile.TemporaryFile(mode="w+")
        self.process = subprocess.Popen(
            [sys.executable, str(HOSTILE / "forked_cli.py")], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=self.errors, text=True,
        )
        self._answer("ready")

    def _answer(self, prefix: str) -> str:
        while line := self.process.stdout.readline():
            if line.startswith(prefix):
                return line[len(prefix):]
        self.errors.seek(0)
        raise RuntimeError(f"tests/hostile/forked_cli.py stopped: {self.errors.read()[-2000:]}")

    def _ask(self, request: dict):
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        return json.loads(self._answer("result "))

    def run_many(self, *runs: tuple[tuple[str, ...], dict[str, str] | None], timeout: float = 240) -> list[Run]:
        """Several runs, two at a time (the machine has two cores), in the order given."""
        request = {"runs": [{"argv": list(argv), "env": env or {}} for argv, env in runs],
                   "parallel": 2, "timeout": timeout}
        return [Run(**result) for result in self._ask(request)]

    def run(self, *argv: str, env: dict[str, str] | None = None, timeout: float = 240) -> Run:
        return self.run_many((argv, env), timeout=timeout)[0]

    def serve(self, *, build_dir: Path, data_dir: Path, log: Path, timeout: float = 120) -> tuple[int, str]:
        """``unikg serve`` on a free port of 127.0.0.1, as ``start_server`` starts it (errors
        into ``log``): its PID and URL, once it answers."""
        port = free_port()
        env = {"UNIKG_BUILD_DIR": str(build_dir), "UNIKG_DATA_DIR": str(data_dir)}
        pid = self._ask({"start": {"argv": ["serve", "--port", str(port)], "env": env, "log": str(log)}})
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + timeout
        with httpx.Client(timeout=2) as client:
            while time.monotonic() < deadline:
                if (code := self._ask({"poll": pid})) is not None:
                    raise RuntimeError(f"unikg serve exited with {code}: {log.read_text()[-2000:]}")
                try:
                    if client.get(url + "/").status_code == 200:
                        return pid, url
                except httpx.TransportError:
                    time.sleep(0.2)
        self.stop(pid)
        raise RuntimeError(f"unikg serve did not answer on {url} within {timeout} s: {log.read_text()[-2000:]}")

    def stop(self, pid: int) -> int:
        """Stop a server ``serve`` started (SIGTERM, SIGKILL after 15 s): its exit status."""
        return self._ask({"stop": pid})

    def close(self) -> None:
        self.process.stdin.close()  # the driver ends at the end of its input
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=30)
        self.errors.close()


@pytest.fixture(scope="session")
def unikg() -> ForkedCli:
    """Runs of the real ``unikg`` command (``unikg.run_many((argv, env), ...)``), start-up paid once."""
    cli = ForkedCli()
    yield cli
    cli.close()


def one_error_line(run: Run) -> str:
    """The run failed with exit status 1 and said why in one ``unikg: error:`` line."""
    assert run.returncode == 1, (run.returncode, run.stderr[-1000:])
    lines = [line for line in run.stderr.splitlines() if line.startswith("unikg: error:")]
    assert len(lines) == 1, run.stderr[-1000:]
    assert "Traceback" not in run.stderr and "internal error" not in run.stderr
    return lines[0]
