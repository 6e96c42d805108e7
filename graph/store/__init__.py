"""One small interface to whatever holds the dataset: ``open_store(settings).query(sparql)``.

Queries are passed as strings, so the engine behind a store can change without touching
the callers: the API, the CLI, the analysis and the views all go through ``Store.query``.
``UNIKG_STORE`` chooses (``StoreChoice``): ``memory`` (Oxigraph in memory over the built TriG
file, the default), ``rdflib`` (rdflib's own engine, in memory), ``oxigraph`` (Oxigraph on
disk, opened read-only: ``oxigraph_disk``) or a URL (a SPARQL 1.1 server: ``remote``).

>>> from unikg.graph.settings import Settings
>>> store = open_store(Settings.from_env())          # doctest: +SKIP
>>> store.query("ASK { ?s ?p ?o }").value            # doctest: +SKIP
True
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from ..errors import UserError
from ..settings import Settings
from .errors import QueryEvaluationError, QuerySyntaxError, StoreUnavailable
from .results import AskResult, GraphResult, Result, SelectResult

__all__ = [
    "AskResult", "GraphResult", "QueryEvaluationError", "QuerySyntaxError", "Result",
    "SelectResult", "STORES", "Store", "StoreChoice", "StoreUnavailable", "open_store", "store_choice",
]

STORES = {
    "memory": "Oxigraph (pyoxigraph) in memory, the default",
    "rdflib": "rdflib's SPARQL engine in memory",
    "oxigraph": "Oxigraph on disk in <UNIKG_BUILD_DIR>/oxigraph; oxigraph:PATH for another folder",
    "http://…": "a SPARQL 1.1 query endpoint (https://… too)",
}


@dataclass(frozen=True, kw_only=True)
class StoreChoice:
    """What ``UNIKG_STORE`` names: a ``kind`` (memory, rdflib, oxigraph, remote) and where.

    >>> from unikg.graph.settings import Settings
    >>> store_choice(Settings(store="oxigraph:/srv/unikg/store")).path
    PosixPath('/srv/unikg/store')
    >>> store_choice(Settings(store="http://127.0.0.1:8890/sparql")).kind
    'remote'
    """

    kind: str
    path: Path | None = None  # the on-disk store's folder (kind "oxigraph")
    url: str | None = None  # the query endpoint (kind "remote")

    @property
    def embedded(self) -> bool:
        """True for the in-memory stores, opened from the built TriG file."""
        return self.kind in ("memory", "rdflib")

    def describe(self) -> str:
        return str(self.path) if self.path else self.url or f"the {self.kind} store"


def store_choice(settings: Settings) -> StoreChoice:
    """The store ``settings.store`` names, or a UserError listing the choices."""
    value = settings.store.strip()
    if value in ("memory", "rdflib"):
        return StoreChoice(kind=value)
    if value == "oxigraph":
        return StoreChoice(kind="oxigraph", path=settings.build_dir / "oxigraph")
    if value.startswith("oxigraph:") and value[len("oxigraph:"):].strip():
        return StoreChoice(kind="oxigraph", path=Path(value[len("oxigraph:"):].strip()).expanduser())
    if value.startswith(("http://", "https://")) and len(value) > len("https://"):
        return StoreChoice(kind="remote", url=value)
    known = ", ".join(f"'{name}' ({what})" for name, what in STORES.items())
    raise UserError(f"UNIKG_STORE={settings.store!r} is not a known store; use {known}")


class Store(Protocol):
    def query(
        self,
        sparql: str,
        *,
        default_graphs: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
        limit: int | None = None,
        base: str | None = None,
    ) -> Result:
        """Evaluate a SPARQL 1.1 query; by default over the union of all graphs.

        ``default_graphs``/``named_graphs`` give the dataset as the SPARQL protocol's
        ``default-graph-uri``/``named-graph-uri`` do, overriding FROM/FROM NAMED.
        ``limit`` reads at most that many rows (or triples) of the result. ``base`` is the
        IRI that relative IRIs resolve against when the query has no BASE of its own (the
        SPARQL endpoint gives its URL).
        """

    def named_graphs(self) -> list[str]:
        """The IRIs of the named graphs the store holds."""


def open_store(settings: Settings) -> Store:
    choice = store_choice(settings)
    if choice.kind == "memory":
        from .oxigraph import OxigraphStore

        return OxigraphStore.open(settings.dataset_path)
    if choice.kind == "rdflib":
        from .rdflib_store import RdflibStore

        return RdflibStore.open(settings.dataset_path)
    if choice.kind == "oxigraph":
        from .oxigraph_disk import open_read_only

        return open_read_only(choice.path)
    from .remote import RemoteStore

    return RemoteStore.connect(settings)
