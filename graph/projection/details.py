"""The facts of the items a page shows (agreements, organisations, articles, people), kept
for one store state.

A page of partners shows each link's agreement: its name, kinds, date, areas, quotes; a page
of ``/institutions`` each organisation's kinds, country and alliances. Those come from a named
query restricted to the page's items by VALUES (``agreements_listed``,
``organizations_listed``): on the disk store at 1M triples 20–100 ms a page (RocksDB reads;
Oxigraph in memory: 8 ms). The answers of a store state do not change, so the items asked
recently are kept (least recently asked dropped first, ``size`` at most): a page asked again
costs no query. The ``KeptFacts`` live beside each projection, one per ``listed`` function
(``Derived.facts``), and are replaced with it when the store is loaded again
(``api/state.py``), so they are never stale.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable

from ..store import Store

SIZE = 20_000  # items kept (an agreement is ~2 KB with its quotes: ~40 MB at most)


class KeptFacts:
    """``listed(store, iris)``, with the answers for the last ``size`` items kept.

    ``listed`` gives the items it finds among ``iris`` (each with ``iri``, ``name`` and
    ``id``); what it does not find is remembered as not found.
    """

    def __init__(self, listed: Callable[[Store, list[str]], list], store: Store, *, size: int = SIZE):
        self.listed = listed
        self.store = store
        self.size = size
        self._kept: OrderedDict[str, object | None] = OrderedDict()  # None: not found
        self._lock = threading.Lock()

    def __call__(self, iris: list[str]) -> list:
        """The items ``iris`` (those ``listed`` finds), by name, as ``listed`` gives them."""
        wanted = sorted(set(iris))
        with self._lock:
            missing = [i for i in wanted if i not in self._kept]
        fetched = {item.iri: item for item in self.listed(self.store, missing)} if missing else {}
        found = []
        with self._lock:
            for iri in missing:
                self._kept[iri] = fetched.get(iri)
            for iri in wanted:
                item = self._kept.get(iri, fetched.get(iri))
                if iri in self._kept:
                    self._kept.move_to_end(iri)
                if item is not None:
                    found.append(item)
            while len(self._kept) > self.size:
                self._kept.popitem(last=False)
        return sorted(found, key=lambda item: (item.name.casefold(), item.id))

    def __len__(self) -> int:
        return len(self._kept)
