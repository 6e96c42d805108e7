"""Reloading the graph while serving: a rebuilt dataset is swapped in without failing a request.

``Reloader.reload()`` opens a new snapshot (``state.open_snapshot``) and a new SPARQL worker
pool over the dataset as it is now, off the event loop, then swaps both on ``app.state`` in
one step (no ``await`` in between), so every request sees the old graph or the new one. The
old pool is retired: its in-flight queries get their answers, then its workers stop. A reload
that fails (a corrupt or truncated file, a store that cannot be opened) keeps the old graph
and logs one line. If the dataset file changes while it is being opened (a build finishing
meanwhile), the reload opens it again, so the API and the SPARQL workers answer from the
same file.

``unikg serve`` reloads on SIGHUP. It announces itself with a pid file,
``<UNIKG_BUILD_DIR>/serve-<port>.pid``, locked (``flock``) while the server runs and removed
when it stops; beside it ``serve-<port>.reload`` tells the outcome of the last reload.
``unikg reload`` (``cli/serve.py``) signals every server over the build folder and waits for
their outcomes.
"""

from __future__ import annotations

import asyncio
import fcntl
import json
import logging
import os
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from unikg.graph.errors import UserError
from unikg.graph.files import write_atomically
from unikg.graph.settings import Settings

from .sparql.pool import query_pool
from .state import open_snapshot, warm_soon

log = logging.getLogger("unikg.api.reload")
OPEN_ATTEMPTS = 3  # openings tried when the file keeps changing while it is opened


class Reloader:
    """Swaps what ``app`` serves for a fresh opening of the dataset; one reload at a time."""

    def __init__(self, app, *, settings: Settings):
        self.app = app
        self.settings = settings
        self.status_path: Path | None = None  # where the outcome goes, once announced
        self._lock = asyncio.Lock()
        self._wanted = False
        self._task: asyncio.Task | None = None
        self._retiring: set[asyncio.Task] = set()

    async def reload(self) -> bool:
        """Open the dataset again and serve it; False (old graph kept, one line logged) if it fails."""
        async with self._lock:
            started = time.time()
            try:
                snapshot, pool = await self._open()
            except Exception as error:  # noqa: BLE001 - any failure keeps the old graph
                message = f"reload failed, still serving the previous graph: {_one_line(error)}"
                log.error(message)
                self._report(started=started, ok=False, message=message)
                return False
            old_pool = self.app.state.sparql_pool
            self.app.state.snapshot, self.app.state.sparql_pool = snapshot, pool  # the swap: one step
            task = asyncio.get_running_loop().create_task(old_pool.retire(within=self._drain_time))
            self._retiring.add(task)
            task.add_done_callback(self._retiring.discard)
            message = f"reloaded {self.settings.dataset_path} ({len(snapshot.store.named_graphs())} named graphs)"
            log.info(message)
            self._report(started=started, ok=True, message=message)
            return True

    def request(self) -> None:
        """Ask for a reload (the SIGHUP handler): requests that arrive during a reload make
        one more reload after it, so the last build is always the one served."""
        self._wanted = True
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self._reload_while_wanted())

    async def _reload_while_wanted(self) -> None:
        while self._wanted:
            self._wanted = False
            await self.reload()

    async def close(self) -> None:
        """Let a reload under way finish (it is not cancelled: a half-started pool would leave
        workers behind), then close every pool: the current one and those still retiring."""
        self._wanted = False
        if self._task is not None:
            await asyncio.gather(self._task, return_exceptions=True)
        await asyncio.gather(*self._retiring, return_exceptions=True)
        await self.app.state.sparql_pool.retire(within=self._drain_time)

    @property
    def _drain_time(self) -> float:
        """Longest an in-flight query can take: a wait for a worker, then its run."""
        return 2 * self.settings.query_timeout + 5

    async def _open(self):
        for _ in range(OPEN_ATTEMPTS):
            version = _version(self.settings.dataset_path)
            # what the first requests need is read before the swap, the rest after it
            snapshot = warm_soon(await asyncio.to_thread(lambda: open_snapshot(self.settings).warm(first=True)))
            pool = query_pool(self.settings)
            await pool.start()  # every worker has loaded the dataset
            if _version(self.settings.dataset_path) == version:
                return snapshot, pool
            await pool.close()  # the file changed meanwhile: the workers may hold another build
        raise UserError(f"{self.settings.dataset_path} kept changing while it was opened; try again")

    def _report(self, *, started: float, ok: bool, message: str) -> None:
        if self.status_path is None:
            return
        status = {"started": started, "ok": ok, "message": message}
        try:
            write_atomically(self.status_path, json.dumps(status).encode("utf-8"))
        except OSError as error:
            log.warning("could not write %s: %s", self.status_path, error)

    # --- SIGHUP and the pid file (``unikg serve``) --------------------------------------------

    @contextmanager
    def on_sighup(self) -> Iterator[None]:
        """Reload on SIGHUP and announce this server for ``unikg reload``, if this is the main
        thread (it is under ``unikg serve``; FastAPI's TestClient runs the app in another)."""
        if threading.current_thread() is not threading.main_thread():
            yield
            return
        loop = asyncio.get_running_loop()
        loop.add_signal_handler(signal.SIGHUP, self.request)
        try:
            with _pid_file(self.settings) as pid_path:
                if pid_path is not None:
                    self.status_path = status_path(pid_path)
                yield
        finally:
            loop.remove_signal_handler(signal.SIGHUP)
            if self.status_path is not None:
                self.status_path.unlink(missing_ok=True)


def pid_path(settings: Settings) -> Path:
    return settings.build_dir / f"serve-{settings.port}.pid"


def status_path(pid_file: Path) -> Path:
    return pid_file.with_suffix(".reload")


@contextmanager
def _pid_file(settings: Settings) -> Iterator[Path | None]:
    """This process's pid in ``serve-<port>.pid``, locked while the block runs, then removed."""
    path = pid_path(settings)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    except OSError as error:
        log.warning("no pid file (%s): `unikg reload` will not find this server; SIGHUP still reloads", error)
        yield None
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        log.warning("%s is held by another server: `unikg reload` will not find this one", path)
        yield None
        return
    try:
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        yield path
    finally:
        path.unlink(missing_ok=True)
        os.close(fd)


def _version(path: Path) -> tuple[int, int, int] | None:
    """What tells one build file from the next (a build replaces it by a rename)."""
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_ino, st.st_size, st.st_mtime_ns


def _one_line(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return text if isinstance(error, UserError) else f"{type(error).__name__}: {text}"
