"""The lists that list routes page through, kept for one state of the store.

``/agreements``, ``/institutions``, ``/documents`` and ``/people`` order every match of their
filters by name and show one page of it. Finding the matches is a graph-wide named query
(``agreements``, ``organizations``, ``documents``, ``people``): on the disk store at 1M
triples 0.6 s for every organisation, 2.5 s for every agreement, 0.7 s for every article,
0.5 s for every person, for each page. The answers of a store state do not change, so the
lists asked recently are kept (least recently asked dropped first, at most ``items`` matches
in all): the next page, or the same page asked again, costs no query. One ``KeptLists`` lives
beside each projection and is replaced with it when the store is loaded again
(``api/state.py``), so it is never stale.

>>> calls = []
>>> def numbers(store, start=0, *, below=3):
...     calls.append((start, below))
...     return list(range(start, below))
>>> kept = KeptLists(store=None)
>>> kept(numbers, below=3), kept(numbers), calls
([0, 1, 2], [0, 1, 2], [(0, 3)])
>>> kept(numbers, start=1), kept(numbers, start=2), kept(numbers, start=1), len(calls)
([1, 2], [2], [1, 2], 3)
"""

from __future__ import annotations

import inspect
import threading
from collections import OrderedDict
from collections.abc import Callable

from ..store import Store

ITEMS = 2_000_000  # matches kept in all (a match is an IRI, a name and an id: ~300 bytes)


class KeptLists:
    """``question(store, **filters)``, with the answers kept for the last lists asked."""

    def __init__(self, *, store: Store, items: int = ITEMS):
        self.store = store
        self.items = items
        self._kept: OrderedDict[tuple, list] = OrderedDict()
        self._lock = threading.Lock()

    def __call__(self, question: Callable[..., list], **filters) -> list:
        arguments = inspect.signature(question).bind(self.store, **filters)
        arguments.apply_defaults()  # the same list, whether a default is given or left out
        given = list(arguments.arguments.items())[1:]  # every argument but the store, by name
        key = (question.__module__, question.__qualname__, tuple(sorted(given)))
        with self._lock:
            if key in self._kept:
                self._kept.move_to_end(key)
                return self._kept[key]
        found = question(self.store, **filters)  # outside the lock: other lists go on being read
        with self._lock:
            self._kept[key] = found
            while len(self._kept) > 1 and sum(len(v) for v in self._kept.values()) > self.items:
                self._kept.popitem(last=False)
        return found

    def __len__(self) -> int:
        return len(self._kept)
