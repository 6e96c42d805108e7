"""What the server answers from: the current snapshot of the store (``graph/snapshot``) and the
pool of SPARQL query workers (``api/sparql/pool.py``), on ``app.state.snapshot`` and
``app.state.sparql_pool``.

A reload (``api/reload.py``) opens a new snapshot and a new pool and swaps both in one step, so a
request sees the old graph or the new one, never a mix. ``Watch``, started with the app, makes
what the current snapshot derives (``Snapshot.warm``, in a background thread, so start-up stays
fast), then every ``UNIKG_REFRESH_SECONDS`` (0 = never) asks the store when it was last loaded
(``unikg load`` states it): when that changed, it makes and warms a snapshot of the new version
beside the current one and swaps it in, so requests are answered from the old one meanwhile.

A remote store that cannot be reached (or answers errors) while the snapshot is warmed is tried
again, the waits doubling from 1 s to ``UNIKG_STORE_RETRY_SECONDS``; meanwhile the routes answer
503 (or 502) with ``Retry-After`` (``StoreUnavailable``, api/errors.py: a value that failed is
made again by the next request that needs it), and the server recovers by itself once the store
answers.
"""

from __future__ import annotations

import logging
import threading

from unikg.graph.settings import Settings
from unikg.graph.snapshot import Snapshot, loaded_at
from unikg.graph.store import StoreUnavailable, open_store

log = logging.getLogger("unikg.served")


def open_snapshot(settings: Settings) -> Snapshot:
    """The store ``settings`` name, opened (a corrupt dataset raises here), as a snapshot."""
    return Snapshot(open_store(settings), settings)


def warm_soon(snapshot: Snapshot) -> Snapshot:
    """``snapshot.warm()`` in a daemon thread; a failure is logged (requests make what they need)."""
    threading.Thread(target=_warm, args=(snapshot,), name="unikg-warm", daemon=True).start()
    return snapshot


def _warm(snapshot: Snapshot, *, stop: threading.Event | None = None) -> None:
    """Warm ``snapshot``; while the store is unavailable, try again, the waits doubling up to
    ``UNIKG_STORE_RETRY_SECONDS`` (until ``stop`` is set)."""
    wait, stop = 1.0, stop or threading.Event()
    while True:
        try:
            snapshot.warm()
            return
        except StoreUnavailable as error:
            if error.retry_after is None:  # an answer no retry mends
                log.error("warming the graph's answers failed: %s; requests will make what they need", error)
                return
            log.warning("warming the graph's answers failed: %s; trying the store again in %g s", error, wait)
        except Exception:
            log.exception("warming the graph's answers failed; requests will make what they need")
            return
        if stop.wait(wait):
            return
        wait = min(2 * wait, snapshot.settings.store_retry_seconds)


class Watch:
    """Warm the app's snapshot, then follow the store's loads (see the module's docstring);
    ``then()`` is called once what the first requests need is made (the SPARQL workers start
    then: on two cores their start-up would delay the first answers)."""

    def __init__(self, app, settings: Settings, *, then=lambda: None):
        self.app, self.settings, self.then = app, settings, then
        self._stop = threading.Event()

    def start(self) -> Watch:
        threading.Thread(target=self._run, name="unikg-watch", daemon=True).start()
        return self

    def close(self) -> None:
        self._stop.set()

    def _run(self) -> None:
        snapshot = self.app.state.snapshot
        try:
            snapshot.warm(first=True)
        except Exception:  # the store unavailable, say: tried again below, once the workers start
            pass
        self.then()
        _warm(snapshot, stop=self._stop)
        seconds = self.settings.refresh_seconds
        while seconds > 0 and not self._stop.wait(seconds):
            try:
                self.refresh()
            except StoreUnavailable as error:
                log.warning("following the store's loads failed, answering from the current snapshot: %s", error)
            except Exception:
                log.exception("following the store's loads failed; answering from the current snapshot")

    def refresh(self) -> bool:
        """Swap in a warmed snapshot of the store if it was loaded since the current one."""
        current = self.app.state.snapshot
        loaded = loaded_at(current.store)
        if loaded == current.loaded:
            return False
        fresh = Snapshot(current.store, self.settings).warm()
        if self.app.state.snapshot is not current:  # a reload came first
            return False
        self.app.state.snapshot = fresh
        log.info("the store was loaded at %s: answering from its new version", loaded)
        return True
