"""One small interface to whatever holds the dataset: ``open_store(settings).query(sparql)``.

Queries are passed as strings, so the engine behind a store can change without touching
the callers: the API, the CLI, the analysis and the views all go through ``Store.query``.

>>> from unikg.graph.settings import Settings
>>> store = open_store(Settings.from_env())          # doctest: +SKIP
>>> store.query("ASK { ?s ?p ?o }").value            # doctest: +SKIP
True
"""

from __future__ import annotations

from typing import Protocol

from ..errors import UserError
from ..settings import Settings
from .results import AskResult, GraphResult, Result, SelectResult

__all__ = ["AskResult", "GraphResult", "Result", "SelectResult", "Store", "open_store"]


class Store(Protocol):
    def query(self, sparql: str) -> Result:
        """Evaluate a SPARQL 1.1 query over the union of all graphs."""

    def named_graphs(self) -> list[str]:
        """The IRIs of the named graphs the store holds."""


def open_store(settings: Settings) -> Store:
    if settings.store == "memory":
        from .memory import MemoryStore

        return MemoryStore.open(settings.dataset_path)
    raise UserError(f"UNIKG_STORE={settings.store!r} is not a known store; use 'memory'")
