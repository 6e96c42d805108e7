"""``unikg serve``: build when needed, then run uvicorn over the graph; ``unikg reload``:
make running servers swap in a rebuilt graph (``api/reload.py``)."""

from __future__ import annotations

import atexit
import copy
import errno
import fcntl
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, replace
from pathlib import Path

from unikg.graph.dataset import current
from unikg.graph.errors import UserError
from unikg.graph.settings import Settings

from . import output


def register(commands) -> None:
    p = commands.add_parser("serve", help="serve the HTTP API and SPARQL endpoint (uvicorn)")
    p.add_argument("--host", help="address to listen on (default 127.0.0.1, UNIKG_HOST)")
    p.add_argument("--port", type=int, help="port to listen on (default 8000, UNIKG_PORT)")
    p.set_defaults(run=run_serve)

    p = commands.add_parser(
        "reload", help="make the running `unikg serve` answer from the graph as built now (builds it when stale)"
    )
    p.add_argument("--port", type=int, help="only the server on this port (default: every server over UNIKG_BUILD_DIR)")
    p.set_defaults(run=run_reload)


def run_serve(args, settings: Settings) -> int:
    import uvicorn

    from unikg.api.app import create_app
    from unikg.api.connections import guarded_protocol
    from unikg.api.state import open_snapshot

    settings = replace(
        settings, host=args.host or settings.host, port=args.port or settings.port
    )
    _check_free(settings.host, settings.port)
    if current.stale(settings) and current.servable_while_updated(settings):
        output.progress("answering from the store as it is while the dataset is built and loaded into it "
                        "(`unikg build`, in the background); then the server reloads")
        _update_then_reload(settings)
    else:
        current.ensure_built(settings, progress=output.progress)
    snapshot = open_snapshot(settings)  # a corrupt or truncated dataset stops here, in one line
    protocol, note = guarded_protocol(settings)
    if note:
        output.progress(note)
    output.progress(
        f"serving on http://{settings.host}:{settings.port}/ (Ctrl-C or SIGTERM stops; "
        "SIGHUP or `unikg reload` reloads the graph)"
    )
    signal.signal(signal.SIGHUP, signal.SIG_IGN)  # until the app reloads on it, once started
    signal.signal(signal.SIGTERM, _stopped)
    uvicorn.run(
        create_app(settings, snapshot=snapshot), host=settings.host, port=settings.port,
        log_level="info", log_config=_log_config(),
        http=protocol,  # connection cap, read deadlines, lingering close (api/connections.py)
        forwarded_allow_ips=settings.trusted_proxies,  # whose X-Forwarded-For names the client
        # SIGTERM: in-flight requests finish first; the longest is a SPARQL query that waited
        # for a worker, then ran, each up to UNIKG_QUERY_TIMEOUT
        timeout_graceful_shutdown=2 * settings.query_timeout + 5,
    )
    return 0


def _update_then_reload(settings: Settings) -> None:
    """``unikg build`` in a process of its own (the dataset, then a new version of the store
    holding it), then a reload of this server, as SIGHUP asks once the app has started (it then
    announces itself in its pid file). On a big store a build merged into it takes as long as
    the store takes to copy: the server answers from the version it has meanwhile."""
    from unikg.api.reload import pid_path

    env = {**os.environ, "UNIKG_STORE": settings.store, "UNIKG_BUILD_DIR": str(settings.build_dir),
           "UNIKG_DATA_DIR": str(settings.data_dir)}
    building = subprocess.Popen([sys.executable, "-m", "unikg.cli", "build"], env=env, stdout=subprocess.DEVNULL)
    atexit.register(lambda: building.poll() is None and building.terminate())

    def then_reload() -> None:
        if building.wait() != 0:
            output.progress("the background build failed (see above): still answering from the store as it was")
            return
        announced = pid_path(settings)
        for _ in range(600):  # the app is started once it has announced itself
            try:
                if announced.read_text().strip() == str(os.getpid()):
                    break
            except OSError:
                pass
            time.sleep(0.1)
        os.kill(os.getpid(), signal.SIGHUP)

    threading.Thread(target=then_reload, name="unikg-update", daemon=True).start()


def _stopped(signum, frame) -> None:
    """SIGTERM, raised again by uvicorn once it has shut down gracefully: a clean exit (0)."""
    raise SystemExit(0)


def _log_config() -> dict:
    """uvicorn's logging, with unikg's own lines (reloads, query workers) in the same format."""
    from uvicorn.config import LOGGING_CONFIG

    config = copy.deepcopy(LOGGING_CONFIG)
    config["loggers"]["unikg"] = {"handlers": ["default"], "level": "INFO", "propagate": False}
    return config


def run_reload(args, settings: Settings) -> int:
    servers = [s for s in running_servers(settings.build_dir) if args.port in (None, s.port)]
    if not servers:
        on_port = f" on port {args.port}" if args.port else ""
        raise UserError(f"no `unikg serve` is running over {settings.build_dir}{on_port}: start one with `unikg serve`")
    current.ensure_built(settings, progress=output.progress)
    failed = 0
    for server in servers:
        outcome = signal_and_wait(server)
        print(f"port {server.port} (pid {server.pid}): {outcome['message']}")
        failed += not outcome.get("ok")
    if failed:
        raise UserError(f"{failed} server(s) did not reload (see above)")
    return 0


# --- `unikg reload`: asking the running servers (their side is api/reload.py) ------------------

WAIT_FOR_OUTCOME = 300.0  # seconds `unikg reload` waits for a server to report (worker start-up is 120 s at most)


@dataclass(frozen=True)
class RunningServer:
    port: int
    pid: int
    pid_file: Path


def running_servers(build_dir: Path) -> list[RunningServer]:
    """The ``unikg serve`` processes over ``build_dir``: pid files some live process holds
    locked. A pid file left by a killed server is not locked, and is ignored."""
    found = []
    for path in sorted(build_dir.glob("serve-*.pid")):
        text = _held_pid(path)
        if text is not None and text.isdigit():
            found.append(RunningServer(int(path.stem.split("-", 1)[1]), int(text), path))
    return found


def _held_pid(path: Path) -> str | None:
    """What ``path`` holds if a live process holds it locked (its server runs), else None: a
    server's lock goes with the server, however it ends (even by SIGKILL)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    except FileNotFoundError:
        return None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
            return None  # nobody holds it: stale
        except OSError as error:
            if error.errno not in (errno.EWOULDBLOCK, errno.EACCES):
                raise
        return os.read(fd, 64).decode("ascii", "replace").strip()
    finally:
        os.close(fd)


def _read_status(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def signal_and_wait(server: RunningServer, *, within: float = WAIT_FOR_OUTCOME) -> dict:
    """Send SIGHUP to ``server`` and return the outcome (``{"ok", "message"}``) of the first
    reload it starts after the signal (a reload under way may have read an older file)."""
    from unikg.api.reload import status_path

    sent = time.time()
    try:
        os.kill(server.pid, signal.SIGHUP)
    except ProcessLookupError:
        return {"ok": False, "message": f"the server (pid {server.pid}) has stopped"}
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        status = _read_status(status_path(server.pid_file))
        if status.get("started", 0) >= sent:
            return status
        if _held_pid(server.pid_file) != str(server.pid):  # its lock is gone: so is the server
            return {"ok": False, "message": f"the server (pid {server.pid}) stopped before it reported a reload "
                    "(killed?); start it again with `unikg serve`"}
        time.sleep(0.1)
    return {"ok": False, "message": f"no outcome reported within {within:g} s; see the server's log"}


def _check_free(host: str, port: int) -> None:
    """Refuse, in one line, an address that cannot be listened on (uvicorn would log several)."""
    if not 0 < port < 65536:
        raise UserError(f"--port {port} is not a port number (1-65535)")
    try:
        with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((host, port))
    except OSError as error:
        raise UserError(
            f"cannot listen on {host}:{port} ({error.strerror or error}): choose another --port or --host"
        ) from None
