"""What the server answers from, opened together: the store, the name index and the
derived structures built from them (the partnership networks, graph sizes).

One ``Served`` object lives on ``app.state.served``; every route reads it through the
dependencies in ``deps``. Replacing the graph (a reload) is building a new ``Served`` and
swapping the reference, so a request sees either the old graph or the new one, never a mix.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from unikg.graph import queries
from unikg.graph.analysis.networks import Networks
from unikg.graph.names import NameIndex
from unikg.graph.settings import Settings
from unikg.graph.store import Store, open_store


@dataclass(kw_only=True)
class Served:
    settings: Settings
    store: Store
    names: NameIndex
    _networks: Networks | None = field(default=None, repr=False)
    _graph_sizes: dict[str, int] | None = field(default=None, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def networks(self) -> Networks:
        """The networks of the store, built on first use and kept."""
        if self._networks is None:
            with self._lock:
                if self._networks is None:
                    self._networks = Networks.from_store(self.store, self.settings)
        return self._networks

    @property
    def graph_sizes(self) -> dict[str, int]:
        """Triples per named graph, for the SPARQL service description."""
        if self._graph_sizes is None:
            rows = queries.run(self.store, "graph_sizes").rows
            self._graph_sizes = {str(r["graph"]): int(r["triples"]) for r in rows}
        return self._graph_sizes


def open_served(settings: Settings) -> Served:
    store = open_store(settings)
    return Served(settings=settings, store=store, names=NameIndex.from_store(store))
