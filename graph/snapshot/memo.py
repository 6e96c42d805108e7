"""What is derived from one store version, made once and kept: the one mechanism.

A store version never changes: a disk store's published version (``unikg load`` writes a new
one), a built file read into memory, a remote store between two load stamps. So whatever is
computed from it holds until the next version, and the ``Snapshot`` that owns a ``Memo`` is
replaced as a whole when the store is loaded again, taking every derived value with it. Nothing
here is ever stale; nothing needs invalidating.

A ``Memo`` keeps values in two ways:

* ``once(key, make)``: made by the first caller; a caller arriving meanwhile waits for it and gets
  the same value (or error: then the next caller tries again). Kept for the snapshot's life:
  names, the projection, the networks, each network's analysis and exports. With ``file=``, the
  value is also kept in the version's folder (a disk store; other stores have none), as JSON
  with the fingerprint of what made it, for the next process that opens the version: a restarted
  server, a second API process, or a server after ``unikg load``, which makes them before it
  publishes the version. A file made by other queries or another format (another release) is not
  read and is replaced; a damaged one neither; a folder that cannot be written to only means
  the next process computes again. Writing keeps the folder's modification time, which says
  when the version was published (``oxigraph_disk.modified``). With ``within=``, the value is
  made in a daemon thread and waited for at most that many seconds (``NotYet`` after), so no
  request waits minutes for a big graph being read.
* ``recent(key, make, cost=)``: kept while recently asked, within a budget of ``budget`` cost
  units in all, the least recently asked dropped first: the lists the list routes page through,
  the facts of the items pages showed. ``peek`` and ``put`` keep such values one by one (a page's
  facts are fetched in one query, kept per item).

>>> memo, calls = Memo(folder=None), []
>>> memo.once("answer", lambda: calls.append(1) or 42), memo.once("answer", lambda: calls.append(1) or 0), calls
(42, 42, [1])
>>> memo.recent(("page", 1), lambda: ["a", "b"]), memo.peek(("page", 1))  # costs len(value)
(['a', 'b'], ['a', 'b'])

In a version's folder:

>>> import tempfile
>>> with tempfile.TemporaryDirectory() as folder:
...     spec = VersionFile("unikg-example.json", made_by=(1, "names"), to_json=dict, from_json=dict)
...     made = [Memo(folder=Path(folder)).once("x", lambda: {"n": n}, file=spec) for n in (1, 2)]
>>> made  # the second memo (another process) read the file the first wrote
[{'n': 1}, {'n': 1}]
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable
from concurrent.futures import Future
from concurrent.futures import TimeoutError as Waited
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from .. import queries
from ..errors import UserError

T = TypeVar("T")
log = logging.getLogger(__name__)

BUDGET = 2_000_000  # cost units of the recent values in all (a list item or a page's item: ~300 B–2 KB)


class NotYet(UserError):
    """A value still being made after the caller's wait: ask again in ``retry_after`` seconds
    (a server answers 503, ``status``)."""

    status = 503

    def __init__(self, message: str, *, retry_after: int):
        super().__init__(message)
        self.retry_after = retry_after


@dataclass(frozen=True)
class VersionFile:
    """How a value is kept in a version's folder: the file, what made it (a format number,
    raised when the value is shaped otherwise, and the named queries that make it), and the
    value to JSON and back."""

    name: str
    made_by: tuple[int | str, ...]
    to_json: Callable[[Any], dict]
    from_json: Callable[[dict], Any]


class Memo:
    def __init__(self, *, folder: Path | None, budget: int = BUDGET):
        self.folder = folder
        self.budget = budget
        self._made: dict[Hashable, Future] = {}
        self._recent: OrderedDict[Hashable, tuple[Any, int]] = OrderedDict()
        self._cost = 0
        self._lock = threading.Lock()

    # -- kept for the version's life --------------------------------------------------------

    def once(self, key: Hashable, make: Callable[[], T], *, file: VersionFile | None = None,
             within: float | None = None, what: str = "") -> T:
        """``make()``, made once (see the module's docstring); ``what`` names it in ``NotYet``."""
        with self._lock:
            future = self._made.get(key)
            mine = future is None
            if mine:
                future = self._made[key] = Future()
        if mine:
            work = (lambda: self._from_file(file, make)) if file is not None else make
            if within is None:
                self._run(key, future, work)
            else:
                threading.Thread(target=self._run, args=(key, future, work), daemon=True,
                                 name=f"unikg-{what or 'derive'}").start()
        try:
            return future.result(timeout=within)
        except Waited:
            retry = max(int(within or 0), 1)
            raise NotYet(f"{what or 'this answer'} is still being read from the store (once per version "
                         f"of the store; at a million triples on disk, seconds); try again in {retry} s",
                         retry_after=retry) from None

    def made(self, key: Hashable) -> bool:
        """Whether ``once(key, …)`` has its value (made, or read from the folder)."""
        future = self._made.get(key)
        return future is not None and future.done() and future.exception() is None

    def _run(self, key: Hashable, future: Future, work: Callable[[], Any]) -> None:
        try:
            future.set_result(work())
        except BaseException as error:  # handed to every waiter; the next caller tries again
            with self._lock:
                self._made.pop(key, None)
            future.set_exception(error)

    def _from_file(self, file: VersionFile, make: Callable[[], T]) -> T:
        if self.folder is None:
            return make()
        path, fingerprint = self.folder / file.name, _fingerprint(file.made_by)
        found = _read(path, fingerprint, file.from_json)
        if found is None:
            found = make()
            _write(path, fingerprint, file.to_json(found))
        return found

    # -- kept while recently asked ----------------------------------------------------------

    def recent(self, key: Hashable, make: Callable[[], T], *, cost: Callable[[T], int] = len) -> T:
        """``make()``, or its value if it was made recently (two callers may both make it)."""
        found = self.peek(key)
        if found is None:
            found = make()  # outside the lock: other values go on being made
            self.put(key, found, cost=cost(found))
        return found

    def peek(self, key: Hashable):
        with self._lock:
            kept = self._recent.get(key)
            if kept is None:
                return None
            self._recent.move_to_end(key)
            return kept[0]

    def put(self, key: Hashable, value, *, cost: int = 1) -> None:
        with self._lock:
            if key in self._recent:
                self._cost -= self._recent.pop(key)[1]
            self._recent[key] = (value, cost)
            self._cost += cost
            while self._cost > self.budget and len(self._recent) > 1:
                _, (_, dropped) = self._recent.popitem(last=False)
                self._cost -= dropped

    def many(self, kind: Hashable, keys: Iterable[str], fetch: Callable[[list[str]], dict], *, cost: int = 1) -> dict:
        """The values of ``keys`` (``kind`` tells them apart from other values), those not kept
        recently fetched together (``fetch(missing) → {key: value}``; a key it does not give is
        kept as absent); the keys absent are left out."""
        wanted = sorted(set(keys))
        found = {k: self.peek((kind, k)) for k in wanted}
        missing = [k for k, v in found.items() if v is None]
        if missing:
            fetched = fetch(missing)
            for k in missing:
                found[k] = fetched.get(k, _ABSENT)
                self.put((kind, k), found[k], cost=cost)
        return {k: v for k, v in found.items() if v is not _ABSENT}


_ABSENT = object()  # kept for a key that was asked and does not exist


# -- files in a version's folder ----------------------------------------------------------------


def _fingerprint(made_by: Iterable[int | str]) -> str:
    text = "\n".join(queries.load(part) if isinstance(part, str) else str(part) for part in made_by)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _read(path: Path, fingerprint: str, from_json: Callable[[dict], T]) -> T | None:
    try:
        with open(path, encoding="utf-8") as file:
            content = json.load(file)
        if content.pop("made_by", None) != fingerprint:
            return None
        return from_json(content)
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError) as error:
        log.warning("%s is damaged (%s): read from the store instead", path, error)
        return None


def _write(path: Path, fingerprint: str, content: dict) -> bool:
    """Write the file; the folder's times stay as they were: its modification time is when the
    version was published (``oxigraph_disk.modified``, which says whether a build is newer)."""
    partial = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}")
    try:
        published = os.stat(path.parent)
    except OSError as error:
        log.info("could not keep %s (%s): the next start reads the store again", path, error)
        return False
    try:
        with open(partial, "w", encoding="utf-8") as file:
            json.dump({"made_by": fingerprint, **content}, file, ensure_ascii=False, separators=(",", ":"))
        os.replace(partial, path)
        return True
    except OSError as error:
        log.info("could not keep %s (%s): the next start reads the store again", path, error)
        partial.unlink(missing_ok=True)
        return False
    finally:
        try:
            os.utime(path.parent, ns=(published.st_atime_ns, published.st_mtime_ns))
        except OSError:
            pass
