"""Linked data: what the graph says about any resource, as RDF or as rows for a page."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import URIRef

from .. import queries
from ..store import GraphResult, Store


def describe(store: Store, iri: str) -> GraphResult:
    """The resource's triples from all graphs, the triples pointing to it, the labels of what
    they link, and the quotes that are its evidence (named query ``describe``)."""
    result = store.query(queries.bind(queries.load("describe"), resource=URIRef(iri)))
    if not isinstance(result, GraphResult):
        raise TypeError("named query describe is not a CONSTRUCT query")
    return result


@dataclass(frozen=True)
class Statement:
    direction: str  # "out": the resource is the subject; "in": it is the object
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


def statements(store: Store, iri: str) -> list[Statement]:
    """The statements about ``iri`` for a human-readable page (named query ``resource``)."""
    seen: dict[tuple, Statement] = {}
    rows = queries.run(store, "resource", resource=URIRef(iri)).rows
    # a value with several labels is one statement, labelled by the first label in order
    for row in sorted(rows, key=lambda row: (str(row.get("valueLabel", "")), str(row.get("propertyLabel", "")))):
        value = row["value"]
        key = (str(row["direction"]), str(row["property"]), value)
        if key in seen:
            continue
        seen[key] = Statement(
            direction=str(row["direction"]),
            property=str(row["property"]),
            property_label=_text(row.get("propertyLabel")),
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


def _text(term) -> str | None:
    return None if term is None else str(term)
