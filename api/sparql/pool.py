"""A pool of query worker processes with a time limit that really stops the work.

Neither rdflib nor Oxigraph can cancel a running query, so each query runs in a worker
process of its own; a query over the limit gets its worker killed (SIGKILL: a Rust loop
never sees a gentler signal) and replaced, while the other workers keep answering. The event
loop never waits on a worker: the pipe is read in a thread, and the loop awaits that thread.

One client (the router passes its address: behind a reverse proxy on 127.0.0.1, the
``X-Forwarded-For`` address uvicorn reports) may have at most ``per_client = max(size - 1, 1)``
queries in the pool at once, running or waiting; one more is refused at once (a 429). A
query stopped at the time limit, or whose worker died (over its memory), counts until the
worker replacing its own is ready.
So a client sending pathological queries holds at most ``size - 1`` workers, and everybody
else's queries are not queued behind its own.

A pool replaced by a reload is retired: it takes no new queries, its in-flight queries get
their answers, then its workers are told to stop (end of their pipe) and are reaped.

Why not pebble or ProcessPoolExecutor: ProcessPoolExecutor cannot stop one task, and
pebble stops a worker with SIGTERM and a 3-second grace period, which a query inside
Oxigraph's Rust code never answers.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import re
import signal
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from unikg.graph.errors import UserError
from unikg.graph.settings import Settings
from unikg.graph.snapshot.memo import Memo
from unikg.graph.store import store_choice

from . import worker as worker_module
from .process_limits import limit_reached
from .worker import Answer, Job, Ready, StartFailed

log = logging.getLogger("unikg.api.sparql")
START_TIMEOUT = 120.0  # seconds a new worker may take to load the dataset
STOP_TIMEOUT = 5.0  # seconds an idle worker gets to exit on its own when the pool closes


class NotAnswered(Exception):
    """A query the pool did not answer, and why, as the HTTP answer says it (``status``,
    ``headers``: Retry-After). ``replacement``: the task starting the worker that takes the place
    of the one the query cost (killed over the time limit, or dead over its memory), if any."""

    def __init__(self, status: int, message: str, *, headers: dict[str, str] | None = None,
                 replacement: asyncio.Task | None = None):
        super().__init__(message)
        self.status, self.headers, self.replacement = status, headers or {}, replacement


@dataclass
class Worker:
    process: multiprocessing.process.BaseProcess
    connection: object  # multiprocessing.connection.Connection
    seccomp: bool = False
    ready: bool = False  # it has loaded the dataset and takes queries

    @property
    def pid(self) -> int:
        return self.process.pid


class QueryPool:
    """``size`` workers, each with its own store opened from ``settings``; ``keeps_answers``:
    whether the answers are kept for the dataset they serve (not for a remote store, which other
    programs change), in the snapshot of that dataset (see ``run``)."""

    def __init__(self, *, settings: Settings, size: int, keeps_answers: bool = False):
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
        self._retiring = False
        self._in_flight = 0
        self._drained = asyncio.Event()
        self._drained.set()
        self.per_client = max(size - 1, 1)
        self._by_client: dict[str, int] = {}  # queries in the pool, by client address
        self._failure: StartFailed | None = None  # why the last worker that failed to start did
        self._retry_in = 1.0  # seconds until a failed start is tried again
        self._none_up = asyncio.Event()  # set while no worker is up and the last start failed
        self.keeps_answers = keeps_answers

    # --- life cycle --------------------------------------------------------------------------

    def start_soon(self) -> None:
        """Start the workers one after the other, without waiting: each takes queries once it
        has loaded the dataset, and a query sent before waits for one (within its time
        limit). The server answers its other routes meanwhile: a worker's start-up is a
        second or two of CPU, one core at a time leaves the server the other."""
        async def one_by_one() -> None:
            for _ in range(self.size):
                if self._closed or self._retiring:
                    return
                await self._spawn_later()

        task = asyncio.get_running_loop().create_task(one_by_one())
        self._replacing.add(task)
        task.add_done_callback(self._replacing.discard)

    async def start(self) -> None:
        """Start every worker and wait until each has loaded the dataset (a reload swaps
        in a pool only once it is up)."""
        workers = await asyncio.gather(*(self._spawn() for _ in range(self.size)), return_exceptions=True)
        failures = [w for w in workers if isinstance(w, BaseException)]
        for w in workers:
            if isinstance(w, Worker):
                self._idle.put_nowait(w)
        if failures:
            await self.close()
            raise failures[0]

    async def retire(self, *, within: float) -> None:
        """Take no new query, wait (at most ``within`` seconds) for the in-flight ones to get
        their answers, then close."""
        self._retiring = True
        try:
            await asyncio.wait_for(self._drained.wait(), within)
        except TimeoutError:
            log.warning("%d query(ies) still running after %g s; their workers are stopped", self._in_flight, within)
        await self.close()

    async def close(self) -> None:
        """Stop every worker: the idle ones by closing their pipe (they exit), the busy ones,
        and any that does not exit within STOP_TIMEOUT, with SIGKILL. None is left behind."""
        self._closed = True
        for task in list(self._replacing):
            task.cancel()
        idle = []
        while not self._idle.empty():
            idle.append(self._idle.get_nowait())
        for w in list(self._all.values()):
            if w not in idle:
                self._kill(w)
        for w in idle:
            w.connection.close()
        await asyncio.to_thread(_join_all, [w.process for w in idle], STOP_TIMEOUT)
        for w in idle:
            self._kill(w)  # reaps it; SIGKILL only if it has not exited
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
            w.seccomp, w.ready = message.seccomp, True
            return w
        self._kill(w)
        if isinstance(message, StartFailed):
            raise StartError(message)
        raise StartError(StartFailed(f"it did not start within {START_TIMEOUT:g} s"))

    def _kill(self, w: Worker) -> None:
        self._all.pop(w.pid, None)
        if w.process.exitcode is None:
            try:
                os.kill(w.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        w.process.join(timeout=5)  # reap it: no zombie is left behind
        w.connection.close()

    def _replace(self, w: Worker) -> asyncio.Task | None:
        self._kill(w)
        if self._closed or self._retiring:
            return None
        return self._spawn_later()

    def _spawn_later(self) -> asyncio.Task:
        """A task starting one more worker, idle once ready. A start that fails (a remote
        store down, a dataset missing) is logged and tried again, the waits doubling from 1 s
        to ``UNIKG_STORE_RETRY_SECONDS``; while no worker is up, queries are refused
        (saying why) at once instead of waiting for one."""
        async def spawn() -> None:
            wait = 1.0
            while not (self._closed or self._retiring):
                try:
                    w = await self._spawn()
                except StartError as error:
                    self._failure, self._retry_in = error.failed, wait
                    if not any(w.ready for w in self._all.values()):
                        self._none_up.set()
                    log.error("%s; trying again in %g s", error, wait)
                    await asyncio.sleep(wait)
                    wait = min(2 * wait, self.settings.store_retry_seconds)
                    continue
                self._none_up.clear()
                self._idle.put_nowait(w)
                return

        task = asyncio.get_running_loop().create_task(spawn())
        self._replacing.add(task)
        task.add_done_callback(self._replacing.discard)
        return task

    # --- queries -------------------------------------------------------------------------------

    async def run(self, job: Job, *, client: str | None = None, memo: Memo | None = None) -> Answer:
        """The answer to ``job`` from a free worker, within ``UNIKG_QUERY_TIMEOUT``; else
        ``NotAnswered``, saying why: the time limit, the memory limit, no free or no running worker,
        or ``client`` already has ``per_client`` queries here. ``memo``: the memo of
        the snapshot of the dataset the workers serve (swapped with the pool on a reload), where
        answers are kept: the same query with the same ``Accept``, graphs and row limit is
        answered again without a worker (the per-year GROUP BY of a 1M-triple disk store: 595 ms,
        then a dictionary lookup), and costs no worker to a client at its limit. Not kept:
        errors, answers over ``LARGEST`` bytes, and queries whose answer may change between runs
        (``RAND()``, ``NOW()``, ``UUID()``, ``STRUUID()``, ``BNODE()``)."""
        if self._closed or self._retiring:
            raise self._busy()  # not reached by requests: a reload swaps pools in one step
        kept = memo if self.keeps_answers else None
        if kept is not None and (answer := kept.peek(_answer_key(job))) is not None:
            return answer
        if client is not None and self._by_client.get(client, 0) >= self.per_client:
            raise NotAnswered(429, f"you have {self.per_client} SPARQL query(ies) running now, the most one client may "
                          "have at once (so that every client finds a free query worker); send this one when they "
                          "are answered", headers={"Retry-After": "1"})
        if client is not None:
            self._by_client[client] = self._by_client.get(client, 0) + 1
        self._in_flight += 1
        self._drained.clear()
        release_now = client is not None
        try:
            answer = await self._run(job)
            if kept is not None and answer.status == 200 and len(answer.body) <= LARGEST and not VOLATILE.search(job.query):
                kept.put(_answer_key(job), answer, cost=len(answer.body) // ANSWER_BYTES + 1)
            return answer
        except NotAnswered as stopped:
            if release_now and stopped.replacement is not None:
                # the worker this query cost is the client's until its replacement is up
                stopped.replacement.add_done_callback(lambda _: self._release(client))
                release_now = False
            raise
        finally:
            self._in_flight -= 1
            if not self._in_flight:
                self._drained.set()
            if release_now:
                self._release(client)

    def _release(self, client: str) -> None:
        self._by_client[client] -= 1
        if not self._by_client[client]:
            del self._by_client[client]

    async def _run(self, job: Job) -> Answer:
        timeout, started = self.settings.query_timeout, time.monotonic()
        w = await self._free_worker(timeout)
        remaining = max(timeout - (time.monotonic() - started), 0.001)
        try:
            w.connection.send(job)
            answer = await asyncio.get_running_loop().run_in_executor(
                self._threads, _receive, w.connection, remaining
            )
        except (OSError, EOFError):
            replacement = self._replace(w)  # reaped: its exit code is known
            raise self._lost(w.process.exitcode, replacement) from None
        except BaseException:  # the request was cancelled (client gone): the worker is busy
            self._replace(w)
            raise
        if answer is None:
            raise NotAnswered(503, self._over_time(), replacement=self._replace(w))
        self._idle.put_nowait(w)
        return answer

    async def _free_worker(self, timeout: float) -> Worker:
        """An idle worker, as soon as one is; ``NotAnswered`` if none is within ``timeout`` seconds,
        or as soon as no worker is up and the last start failed."""
        if self._none_up.is_set():
            raise self._no_workers()
        getting = asyncio.ensure_future(self._idle.get())
        failing = asyncio.ensure_future(self._none_up.wait())
        try:
            await asyncio.wait((getting, failing), timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
        except BaseException:  # the request was cancelled: a worker it got goes back
            if getting.done() and not getting.cancelled():
                self._idle.put_nowait(getting.result())
            raise
        finally:
            failing.cancel()
            getting.cancel()  # a pending get leaves the queue as it was; a done one is not undone
        if getting.done() and not getting.cancelled():
            return getting.result()
        if failing.done() and not failing.cancelled():
            raise self._no_workers()
        raise self._busy()

    # --- why a query was not answered ------------------------------------------------------------

    def _busy(self) -> NotAnswered:
        timeout = self.settings.query_timeout
        return NotAnswered(503, f"all {self.size} query workers stayed busy for {timeout:g} s (UNIKG_QUERY_TIMEOUT); "
                       "try again shortly", headers={"Retry-After": str(max(int(timeout), 1))})

    def _over_time(self) -> str:
        return (f"the query ran longer than the {self.settings.query_timeout:g} s limit and was stopped "
                "(the limit is the setting UNIKG_QUERY_TIMEOUT); narrow it down or add a LIMIT")

    def _lost(self, exit_code: int | None, replacement: asyncio.Task | None) -> NotAnswered:
        """A worker died while answering; its exit status tells a query over UNIKG_QUERY_MEMORY,
        or over its CPU time (``process_limits.limit_reached``)."""
        limit = limit_reached(exit_code)
        if limit == "memory":
            message = (f"the query needed more than the {self.settings.query_memory} MiB one query may use "
                       "(the setting UNIKG_QUERY_MEMORY) and was stopped, its worker replaced; narrow it down "
                       "(fewer rows, shorter strings) or add a LIMIT")
        elif limit == "cpu":
            message = self._over_time()
        else:
            message = (f"the query worker stopped while answering (exit code {exit_code}); it has been replaced, "
                       "and the server log says more")
        return NotAnswered(503, message, replacement=replacement)

    def _no_workers(self) -> NotAnswered:
        failed = self._failure or StartFailed("no worker has started")
        retry = max(round(self._retry_in), 1)
        return NotAnswered(failed.status, f"no SPARQL query worker is running: {failed.message}; the server tries "
                       f"again in {retry} s (a reload, `unikg reload`, starts new ones at once)",
                       headers={"Retry-After": str(retry)})


class StartError(UserError):
    """A worker did not start; ``failed`` says why."""

    def __init__(self, failed: StartFailed):
        super().__init__(f"a query worker could not start: {failed.message}")
        self.failed = failed


def _join_all(processes, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    for process in processes:
        process.join(timeout=max(deadline - time.monotonic(), 0))


def _receive(connection, timeout: float):
    """The next message, or None if none came within ``timeout`` seconds (runs in a thread)."""
    if connection.poll(timeout):
        return connection.recv()
    return None


def query_pool(settings: Settings) -> QueryPool:
    """The pool the app queries through, not started: ``UNIKG_QUERY_WORKERS`` workers (0 = one
    per core), keeping answers unless the store is remote."""
    local = store_choice(settings).kind != "remote"
    return QueryPool(settings=settings, size=settings.query_workers or os.cpu_count() or 1, keeps_answers=local)


LARGEST = 4_000_000  # the largest answer kept
ANSWER_BYTES = 300  # bytes of an answer that cost one unit of the memo's budget (a list item's size)
VOLATILE = re.compile(r"\b(?:RAND|NOW|UUID|STRUUID|BNODE)\s*\(", re.IGNORECASE)


def _answer_key(job: Job) -> tuple:
    graphs = lambda iris: tuple(iris) if iris is not None else None  # noqa: E731
    return ("sparql", job.query, job.accept, job.format, graphs(job.default_graphs), graphs(job.named_graphs),
            job.max_rows)
