"""A pool of query worker processes with a time limit that really stops the work.

Neither rdflib nor Oxigraph can cancel a running query, so each query runs in a worker
process of its own; a query over the limit gets its worker killed (SIGKILL: a Rust loop
never sees a gentler signal) and replaced, while the other workers keep answering. The event
loop never waits on a worker: the pipe is read in a thread, and the loop awaits that thread.

Why not pebble or ProcessPoolExecutor: ProcessPoolExecutor cannot stop one task, and
pebble stops a worker with SIGTERM and a 3-second grace period, which a query inside
Oxigraph's Rust code never answers.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import signal
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from unikg.graph.errors import UserError
from unikg.graph.settings import Settings

from . import worker as worker_module
from .worker import Answer, Job, Ready, StartFailed

log = logging.getLogger("unikg.api.sparql")
START_TIMEOUT = 120.0  # seconds a new worker may take to load the dataset


class QueryTimeout(Exception):
    """A query ran past the limit; its worker was killed."""


class PoolBusy(Exception):
    """No worker became free within the time limit."""


class WorkerLost(Exception):
    """A worker died while answering (e.g. killed for memory by the kernel)."""


@dataclass
class Worker:
    process: multiprocessing.process.BaseProcess
    connection: object  # multiprocessing.connection.Connection
    seccomp: bool = False

    @property
    def pid(self) -> int:
        return self.process.pid


class QueryPool:
    """``size`` workers, each with its own store opened from ``settings``."""

    def __init__(self, *, settings: Settings, size: int):
        if size < 1:
            raise UserError(f"the query pool needs at least one worker, not {size}")
        self.settings = settings
        self.size = size
        self._context = multiprocessing.get_context("spawn")
        self._threads = ThreadPoolExecutor(max_workers=size + 2, thread_name_prefix="sparql-pool")
        self._idle: asyncio.Queue[Worker] = asyncio.Queue()
        self._all: dict[int, Worker] = {}
        self._replacing: set[asyncio.Task] = set()
        self._closed = False

    # --- life cycle --------------------------------------------------------------------------

    async def start(self) -> None:
        """Start every worker and wait until each has loaded the dataset."""
        workers = await asyncio.gather(*(self._spawn() for _ in range(self.size)), return_exceptions=True)
        failures = [w for w in workers if isinstance(w, BaseException)]
        for w in workers:
            if isinstance(w, Worker):
                self._idle.put_nowait(w)
        if failures:
            await self.close()
            raise failures[0]

    async def close(self) -> None:
        self._closed = True
        for task in list(self._replacing):
            task.cancel()
        for w in list(self._all.values()):
            self._kill(w)
        self._threads.shutdown(wait=False, cancel_futures=True)

    def pids(self) -> list[int]:
        """The worker processes alive now."""
        return sorted(self._all)

    def seccomp_everywhere(self) -> bool:
        """True when every worker has the seccomp filter (libseccomp was found)."""
        return all(w.seccomp for w in self._all.values())

    async def _spawn(self) -> Worker:
        parent, child = self._context.Pipe(duplex=True)
        process = self._context.Process(
            target=worker_module.main, args=(child, self.settings), name="unikg-sparql-worker",
            daemon=True,
        )
        process.start()
        child.close()
        w = Worker(process, parent)
        self._all[process.pid] = w
        loop = asyncio.get_running_loop()
        try:
            message = await loop.run_in_executor(self._threads, _receive, parent, START_TIMEOUT)
        except (EOFError, OSError):
            message = StartFailed(f"the process ended while starting (exit code {process.exitcode})")
        if isinstance(message, Ready):
            w.seccomp = message.seccomp
            return w
        self._kill(w)
        if isinstance(message, StartFailed):
            raise UserError(f"a query worker could not start: {message.message}")
        raise UserError(f"a query worker did not start within {START_TIMEOUT:g} s")

    def _kill(self, w: Worker) -> None:
        self._all.pop(w.pid, None)
        try:
            os.kill(w.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        w.process.join(timeout=5)  # reap it: no zombie is left behind
        w.connection.close()

    def _replace(self, w: Worker) -> None:
        self._kill(w)
        if self._closed:
            return

        async def replace() -> None:
            try:
                self._idle.put_nowait(await self._spawn())
            except Exception as error:  # logged; the pool runs one worker short
                log.error("could not replace a query worker: %s", error)

        task = asyncio.get_running_loop().create_task(replace())
        self._replacing.add(task)
        task.add_done_callback(self._replacing.discard)

    # --- queries -------------------------------------------------------------------------------

    async def run(self, job: Job, *, timeout: float) -> Answer:
        """The answer to ``job`` from a free worker; QueryTimeout after ``timeout`` seconds."""
        started = time.monotonic()
        try:
            w = await asyncio.wait_for(self._idle.get(), timeout)
        except TimeoutError:
            raise PoolBusy() from None
        remaining = max(timeout - (time.monotonic() - started), 0.001)
        loop = asyncio.get_running_loop()
        try:
            w.connection.send(job)
            answer = await loop.run_in_executor(self._threads, _receive, w.connection, remaining)
        except (OSError, EOFError):
            self._replace(w)
            raise WorkerLost() from None
        except BaseException:  # the request was cancelled (client gone): the worker is busy
            self._replace(w)
            raise
        if answer is None:
            self._replace(w)
            raise QueryTimeout()
        self._idle.put_nowait(w)
        return answer


def _receive(connection, timeout: float):
    """The next message, or None if none came within ``timeout`` seconds (runs in a thread)."""
    if connection.poll(timeout):
        return connection.recv()
    return None


async def open_query_pool(settings: Settings) -> QueryPool:
    """The pool the app queries through: ``UNIKG_QUERY_WORKERS`` workers (0 = one per core)."""
    pool = QueryPool(settings=settings, size=settings.query_workers or os.cpu_count() or 1)
    await pool.start()
    return pool
