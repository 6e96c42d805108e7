"""The facts of agreements (``questions.agreements.listed``), kept for one state of the store.

A page of partners shows each link's agreement: its name, kinds, date, areas, quotes. Those
come from the named query ``agreements_listed``, restricted to the page's agreements by
VALUES; on the disk store at 1M triples that query takes 50–100 ms for a page of 20 partners
(RocksDB reads; Oxigraph in memory: 8 ms). The answers of a store state do not change, so the
agreements asked recently are kept (least recently asked dropped first, ``size`` at most):
a page asked again costs no query. One ``AgreementDetails`` lives beside each projection and
is replaced with it when the store is loaded again (``api/state.py``), so it is never stale.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

from ..questions.agreements import Agreement, listed
from ..store import Store

SIZE = 20_000  # agreements kept (~2 KB each with their quotes: ~40 MB at most)


class AgreementDetails:
    """``listed(store, iris)``, with the answers for the last ``size`` agreements kept."""

    def __init__(self, store: Store, *, size: int = SIZE):
        self.store = store
        self.size = size
        self._kept: OrderedDict[str, Agreement | None] = OrderedDict()  # None: not an agreement
        self._lock = threading.Lock()

    def __call__(self, iris: list[str]) -> list[Agreement]:
        """The agreements ``iris`` (those that are agreements), by name, as ``listed`` gives."""
        wanted = sorted(set(iris))
        with self._lock:
            missing = [i for i in wanted if i not in self._kept]
        fetched = {a.iri: a for a in listed(self.store, missing)} if missing else {}
        found = []
        with self._lock:
            for iri in missing:
                self._kept[iri] = fetched.get(iri)
            for iri in wanted:
                agreement = self._kept.get(iri, fetched.get(iri))
                if iri in self._kept:
                    self._kept.move_to_end(iri)
                if agreement is not None:
                    found.append(agreement)
            while len(self._kept) > self.size:
                self._kept.popitem(last=False)
        return sorted(found, key=lambda a: (a.name.casefold(), a.id))

    def __len__(self) -> int:
        return len(self._kept)
