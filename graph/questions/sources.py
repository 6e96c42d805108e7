"""The articles a resource comes from."""

from __future__ import annotations

from rdflib import URIRef

from .. import queries
from ..store import Store
from .common import Ref, refs


def sources(store: Store, iri: str) -> list[Ref]:
    """The articles that mention the resource ``iri`` or state a fact about it, by title."""
    rows = queries.run(store, "sources", resource=URIRef(iri)).rows
    return refs(rows, value="doc", label="label")
