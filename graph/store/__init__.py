"""One small interface to whatever holds the dataset: ``open_store(settings).query(sparql)``.

Queries are passed as strings, so the engine behind a store can change without touching
the callers: the API, the CLI, the analysis and the views all go through ``Store.query``.
Two engines are built in, both in memory over the built TriG file: ``memory`` (Oxigraph, the
default: more correct and faster on our benchmark) and ``rdflib`` (rdflib's own engine).

>>> from unikg.graph.settings import Settings
>>> store = open_store(Settings.from_env())          # doctest: +SKIP
>>> store.query("ASK { ?s ?p ?o }").value            # doctest: +SKIP
True
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from ..errors import UserError
from ..settings import Settings
from .errors import QueryEvaluationError, QuerySyntaxError
from .results import AskResult, GraphResult, Result, SelectResult

__all__ = [
    "AskResult", "GraphResult", "QueryEvaluationError", "QuerySyntaxError", "Result",
    "SelectResult", "STORES", "Store", "open_store",
]

STORES = {
    "memory": "Oxigraph (pyoxigraph) in memory, the default",
    "rdflib": "rdflib's SPARQL engine in memory",
}


class Store(Protocol):
    def query(
        self,
        sparql: str,
        *,
        default_graphs: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
        limit: int | None = None,
    ) -> Result:
        """Evaluate a SPARQL 1.1 query; by default over the union of all graphs.

        ``default_graphs``/``named_graphs`` give the dataset as the SPARQL protocol's
        ``default-graph-uri``/``named-graph-uri`` do, overriding FROM/FROM NAMED.
        ``limit`` reads at most that many rows (or triples) of the result.
        """

    def named_graphs(self) -> list[str]:
        """The IRIs of the named graphs the store holds."""


def open_store(settings: Settings) -> Store:
    if settings.store == "memory":
        from .oxigraph import OxigraphStore

        return OxigraphStore.open(settings.dataset_path)
    if settings.store == "rdflib":
        from .rdflib_store import RdflibStore

        return RdflibStore.open(settings.dataset_path)
    known = ", ".join(f"'{name}' ({what})" for name, what in STORES.items())
    raise UserError(f"UNIKG_STORE={settings.store!r} is not a known store; use {known}")
