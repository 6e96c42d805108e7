"""Shared fixtures: the real seed data built once per session into a temporary folder."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from unikg.graph.dataset.build import build
from unikg.graph.names import NameIndex
from unikg.graph.settings import PROJECT_ROOT, Settings
from unikg.graph.store import open_store

DATA = PROJECT_ROOT / "data"


@pytest.fixture(scope="session")
def settings(tmp_path_factory) -> Settings:
    """Settings over the real data/, building into a session-private folder."""
    build_dir = tmp_path_factory.mktemp("build")
    settings = Settings.from_env({}, data_dir=DATA, build_dir=build_dir)
    build(settings.data_dir, settings.dataset_path)
    return settings


@pytest.fixture(scope="session")
def store(settings):
    return open_store(settings)


@pytest.fixture(scope="session")
def names(store) -> NameIndex:
    return NameIndex.from_store(store)


@pytest.fixture
def data_copy(tmp_path) -> Path:
    """A private copy of data/ a test may break."""
    target = tmp_path / "data"
    shutil.copytree(DATA, target)
    return target


def run_cli(*args: str, env: dict | None = None, stdin: str | None = None) -> subprocess.CompletedProcess:
    """Run the real ``unikg`` command in a subprocess."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "unikg.cli", *args],
        capture_output=True, text=True, env=full_env, input=stdin, timeout=300,
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def spawn_server(
    *, build_dir: Path, data_dir: Path = DATA, settings_env: dict | None = None, open_files: int | None = None
) -> tuple[subprocess.Popen, str]:
    """Start ``unikg serve`` on a free port of 127.0.0.1, without waiting for it.

    ``settings_env`` adds ``UNIKG_*`` variables (e.g. a short ``UNIKG_QUERY_TIMEOUT``);
    ``open_files`` sets the server's file limit (``ulimit -n``, soft and hard).
    """
    port = free_port()
    env = {**os.environ, **(settings_env or {}), "UNIKG_BUILD_DIR": str(build_dir), "UNIKG_DATA_DIR": str(data_dir)}
    log = tempfile.TemporaryFile(mode="w+")  # a file, not a pipe: a full pipe would block the server

    def limit_files() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_NOFILE, (open_files, open_files))

    process = subprocess.Popen(
        [sys.executable, "-m", "unikg.cli", "serve", "--port", str(port)],
        env=env, stdout=subprocess.DEVNULL, stderr=log, text=True,
        preexec_fn=limit_files if open_files else None,
    )
    process.log = log
    return process, f"http://127.0.0.1:{port}"


def start_server(
    *, build_dir: Path, data_dir: Path = DATA, timeout: float = 120, settings_env: dict | None = None,
    open_files: int | None = None,
) -> tuple[subprocess.Popen, str]:
    """``spawn_server``, then wait until it answers, its SPARQL query workers included (they
    start after the routes do)."""
    import httpx

    process, url = spawn_server(build_dir=build_dir, data_dir=data_dir, settings_env=settings_env,
                                open_files=open_files)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            process.log.seek(0)
            raise RuntimeError(f"unikg serve exited with {process.returncode}: {process.log.read()[-2000:]}")
        try:
            # generous limits: on a busy machine the first answers wait for the background thread
            if (httpx.get(url + "/", timeout=30).status_code == 200
                    and httpx.get(url + "/sparql", params={"query": "ASK {}"}, timeout=timeout).status_code == 200):
                return process, url
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    stop_server(process)
    process.log.seek(0)
    raise RuntimeError(f"unikg serve did not answer on {url} within {timeout} s: {process.log.read()[-2000:]}")


def stop_server(process: subprocess.Popen) -> None:
    """Stop the server we started, by its PID."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=15)
    getattr(process, "log", None) and process.log.close()


@pytest.fixture(scope="session")
def server(settings):
    """A real ``unikg serve`` process (uvicorn) over the session build: its base URL."""
    process, url = start_server(build_dir=settings.build_dir, data_dir=settings.data_dir)
    yield url
    stop_server(process)


def virtuoso_helper():
    """tests/virtuoso.py, imported by path (the test folders are not packages)."""
    import importlib.util

    name = "unikg_tests_virtuoso"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name("virtuoso.py"))
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


@pytest.fixture(scope="session")
def virtuoso(settings, tmp_path_factory):
    """A real Virtuoso 7 on 127.0.0.1 (tests/virtuoso.py) holding the session build, loaded
    with ``unikg load``; skips, saying why, where virtuoso-opensource is not installed."""
    helper = virtuoso_helper()
    missing = helper.available()
    if missing:
        pytest.skip(missing)
    server = helper.Virtuoso.start(tmp_path_factory.mktemp("virtuoso"))
    try:
        loaded = run_cli("load", str(settings.dataset_path), env=server.store_env())
        assert loaded.returncode == 0, loaded.stderr
        yield server
    finally:
        server.stop()


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"  # screenshots (git-ignored)


@dataclass
class Listener:
    """A TCP socket on 127.0.0.1 (or another address of this machine) that counts the
    connections it receives."""
    sock: socket.socket

    @classmethod
    def on(cls, host: str = "127.0.0.1") -> Listener:
        sock = socket.socket()
        sock.bind((host, 0))
        sock.listen(16)
        sock.setblocking(False)
        return cls(sock)

    @property
    def port(self) -> int:
        return self.sock.getsockname()[1]

    def connections(self) -> int:
        """Connections received since the last call."""
        count = 0
        while True:
            try:
                conn, _ = self.sock.accept()
            except BlockingIOError:
                return count
            conn.close()
            count += 1


@pytest.fixture
def listener():
    opened = Listener.on()
    yield opened
    opened.sock.close()


@pytest.fixture(scope="session")
def browser():
    """Debian's headless Chromium driven by Playwright (never `playwright install`); the tests
    that need it skip, saying why, where it cannot be installed (.ci/system-deps installs it)."""
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is missing: run `bash .ci/system-deps` as root (apt package chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright is not installed: pip install -e '.[test]'")
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()
