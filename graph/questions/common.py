"""What the question modules share: references to resources, evidence quotes, row shaping.

Named queries that return many fields of a resource answer in "long format", one row per
field value (``?field ?value ?label``), so that no field multiplies the rows of another;
``fields`` gathers them back.

>>> ref("https://w3id.org/unikg/id/org/xjtu", "Xi'an Jiaotong University").id
'xjtu'
>>> resource_id("https://w3id.org/unikg/id/membership/kaznu/uansr")
'kaznu/uansr'
>>> kind_slug("https://w3id.org/unikg/ontology#TwinningAgreement")
'twinning'
>>> kind_slug("https://w3id.org/unikg/ontology#ResearchInstitute")
'research-institute'
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from rdflib import URIRef

from .. import queries
from ..namespaces import ID, slug_of


@dataclass(frozen=True, order=True)
class Ref:
    """A resource: ``id`` (its path after ``/id/<kind>/``), its ``name``, its full ``iri``."""

    id: str
    name: str
    iri: str


@dataclass(frozen=True)
class Evidence:
    """A verbatim quote: ``text`` is the article's text from ``start`` to ``end`` (exclusive)."""

    text: str
    start: int
    end: int
    iri: str
    source: Ref


def resource_id(iri) -> str:
    """The path of a unikg resource IRI after ``/id/<kind>/``; the slug of any other IRI."""
    iri = str(iri)
    if iri.startswith(str(ID)):
        rest = iri[len(str(ID)):].split("#", 1)[0]
        return rest.split("/", 1)[1] if "/" in rest else rest
    return slug_of(iri)


def ref(iri, name=None) -> Ref:
    return Ref(id=resource_id(iri), name=str(name) if name is not None else resource_id(iri), iri=str(iri))


def kind_slug(class_iri) -> str:
    """The slug of a kind class, as the curated data writes it."""
    local = str(class_iri).rsplit("#", 1)[-1].rsplit("/", 1)[-1]
    slug = re.sub(r"(?<!^)(?=[A-Z])", "-", local).lower()
    return slug.removesuffix("-agreement") if slug != "agreement" else slug


def kind_ref(class_iri, label) -> Ref:
    return Ref(id=kind_slug(class_iri), name=str(label), iri=str(class_iri))


def text(term) -> str | None:
    return None if term is None else str(term)


def evidence(row: dict, *, quote: str = "quote", text_var: str = "text") -> Evidence | None:
    """The quote of a row with ``?quote ?text ?start ?end ?doc ?docLabel``, if bound."""
    if row.get(quote) is None or row.get(text_var) is None:
        return None
    return Evidence(
        text=str(row[text_var]),
        start=int(row["start"]),
        end=int(row["end"]),
        iri=str(row[quote]),
        source=ref(row["doc"], row.get("docLabel")),
    )


def quotes_of(store, iris: list[str]) -> dict[str, list[Evidence]]:
    """The quotes stating each resource of ``iris`` (named query ``evidence_of``), in order."""
    if not iris:
        return {}
    rows = queries.run(store, "evidence_of", resources=[URIRef(i) for i in sorted(set(iris))]).rows
    grouped: dict[str, list] = {}
    for row in rows:
        grouped.setdefault(str(row["resource"]), []).append(evidence(row))
    return {iri: ordered_evidence(found) for iri, found in grouped.items()}


def ordered_evidence(quotes) -> list[Evidence]:
    unique = {q.iri: q for q in quotes if q is not None}
    return sorted(unique.values(), key=lambda q: (q.source.id, q.start, q.end))


def field_name(term) -> str:
    """A field of a long-format row: a name, or a property IRI named by its local name.

    >>> field_name("http://www.w3.org/2004/02/skos/core#editorialNote"), field_name("kind")
    ('editorialNote', 'kind')
    """
    return re.split(r"[#/]", str(term))[-1]


def fields(rows, *, key: str | None = None) -> dict:
    """Long-format rows → {field: [row, ...]} (or {key value: {field: [row, ...]}})."""
    if key is None:
        out: dict[str, list[dict]] = defaultdict(list)
        for row in rows:
            out[field_name(row["field"])].append(row)
        return out
    grouped: dict[str, dict[str, list[dict]]] = {}
    for row in rows:
        grouped.setdefault(str(row[key]), defaultdict(list))[field_name(row["field"])].append(row)
    return grouped


def refs(rows, *, value: str = "value", label: str = "label") -> list[Ref]:
    """The distinct resources of some rows, by name."""
    unique = {str(r[value]): ref(r[value], r.get(label)) for r in rows if r.get(value) is not None}
    return sorted(unique.values(), key=lambda r: (r.name.casefold(), r.id))


def first(rows, *, value: str = "value") -> str | None:
    values = sorted(str(r[value]) for r in rows if r.get(value) is not None)
    return values[0] if values else None


def values(rows, *, value: str = "value") -> list[str]:
    return sorted({str(r[value]) for r in rows if r.get(value) is not None})


def by_name(items):
    return sorted(items, key=lambda item: (item.name.casefold(), item.id))
