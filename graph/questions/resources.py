"""Linked data: what the graph says about any resource, as RDF or as rows for a page."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from rdflib import BNode, URIRef

from .. import queries
from ..store import GraphResult, Store
from .common import Ref, by_name, ref


def describe(store: Store, iri: str) -> GraphResult:
    """The resource's triples from all graphs, the triples pointing to it, the labels of what
    they link, and the quotes that are its evidence (named query ``describe``)."""
    result = store.query(queries.bind(queries.load("describe"), resource=URIRef(iri)))
    if not isinstance(result, GraphResult):
        raise TypeError("named query describe is not a CONSTRUCT query")
    return result


@dataclass(frozen=True)
class Statement:
    """A statement about a resource, or pointing to it: then ``value`` is its subject."""

    property: str
    property_label: str | None
    value: str
    value_is_iri: bool
    value_label: str | None
    language: str | None = None
    datatype: str | None = None
    quote_start: int | None = None  # when the value is a quote
    quote_end: int | None = None
    quote_text: str | None = None
    quote_source: str | None = None
    quote_source_label: str | None = None


def statements(store: Store, iri: str, *, names: Callable[[list[str]], list[Ref]] | None = None) -> list[Statement]:
    """The statements about ``iri`` for a human-readable page, with their values' labels and
    the quotes that are its evidence (named query ``resource``; the properties' labels from
    ``names``, by default ``named`` over ``store``, once each). Those pointing to it: ``pointing``."""
    rows = queries.run(store, "resource", resource=URIRef(iri)).rows
    if names is None:
        names = partial(named, store)
    property_labels = {r.iri: r.name for r in names(sorted({str(row["property"]) for row in rows}))}
    seen: dict[tuple, Statement] = {}
    # a value with several labels is one statement, labelled by the first label in order
    for row in sorted(rows, key=lambda row: str(row.get("valueLabel", ""))):
        value, prop = row["value"], str(row["property"])
        if (prop, value) in seen:
            continue
        seen[prop, value] = Statement(
            property=prop,
            property_label=property_labels.get(prop),
            value=str(value),
            value_is_iri=isinstance(value, URIRef),
            value_label=_text(row.get("valueLabel")),
            language=getattr(value, "language", None),
            datatype=str(value.datatype) if getattr(value, "datatype", None) else None,
            quote_start=int(row["start"]) if row.get("start") is not None else None,
            quote_end=int(row["end"]) if row.get("end") is not None else None,
            quote_text=_text(row.get("text")),
            quote_source=_text(row.get("doc")),
            quote_source_label=_text(row.get("docLabel")),
        )
    return list(seen.values())


def pointing(store: Store, iri: str, *, property: str | None = None) -> dict[str, list[URIRef | BNode]]:
    """The subjects of the statements pointing to ``iri`` (with ``property`` only, when given),
    by property, each in IRI order. Neither they nor the properties are labelled (``labels``):
    a hub is the object of hundreds, and a page labels those it shows. Named queries
    ``incoming_properties`` (when no property is given) and ``incoming``, once per property."""
    properties = [property] if property is not None else [
        str(row["property"]) for row in queries.run(store, "incoming_properties", resource=URIRef(iri)).rows]
    found = {}
    for p in properties:
        values = {row["value"] for row in queries.run(store, "incoming", resource=URIRef(iri), property=URIRef(p)).rows}
        if values:
            found[p] = sorted(values, key=str)
    return found


def named(store: Store, iris: list[str]) -> list[Ref]:
    """Those of ``iris`` that have a label, with only it, by name (``labels``): what a page
    that links resources without their facts shows; a server keeps them for its store state
    (``Snapshot.named``)."""
    return by_name([ref(iri, name) for iri, name in labels(store, set(iris)).items()])


def labels(store: Store, iris: set[str]) -> dict[str, str]:
    """The label of each of ``iris`` that has one (of several, the first in order)."""
    if not iris:
        return {}
    found: dict[str, str] = {}
    # queries.iri: the binding checks each IRI, rdflib's own check would cost 13 µs each
    rows = queries.run(store, "labels", resources=[queries.iri(i) for i in sorted(iris)]).rows
    for row in sorted(rows, key=lambda r: str(r["label"])):
        found.setdefault(str(row["resource"]), str(row["label"]))
    return found


def _text(term) -> str | None:
    return None if term is None else str(term)
