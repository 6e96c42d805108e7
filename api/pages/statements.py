"""The statements tab of a resource (``/id/...?tab=statements`` for a browser; the only page of
a resource with no overview of its own): its statements with their labels, its evidence
quotes, and the statements pointing to it, a page of them per property, each property read
backwards in words (``INVERSE``: "party to", not "party of").

A hub is the object of hundreds of statements (at 1M triples the largest, 901): labelling them
all took 20 µs each in Oxigraph on disk, and a page of 900 rows is not read. So each property
shows ``limit`` of them (50 unless asked, as Wikidata's "What links here"), in IRI order (a
slug starts with its names, so the order reads), with a link to the next ones; only those shown
are labelled, and a server keeps the labels it looked up for its store state (a page asked
again sends no label query). Turtle, JSON-LD and N-Triples hold every statement.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from urllib.parse import urlencode

from rdflib import URIRef

from unikg.graph import queries
from unikg.graph.namespaces import PREFIXES, RDF, RDFS, SCHEMA, SKOS, UKG
from unikg.graph.questions import resources
from unikg.graph.questions.common import Ref
from unikg.graph.questions.resources import Statement, pointing, statements
from unikg.graph.store import Store

from .. import html, lookup

INCOMING = 50  # statements pointing to the resource shown per property, unless ?limit= says
# a statement pointing here, read from this resource: "<this> is <phrase> <the subject>";
# a property not listed reads "<label> of" (right for nouns: "host of", "founder of")
INVERSE = {
    "ukg:party": "party to", "ukg:signatory": "signatory of", "ukg:signedAt": "where was signed",
    "ukg:signedIn": "place of signing of", "ukg:memberOf": "has as member", "org:memberOf": "has as member",
    "schema:memberOf": "has as member", "ukg:unitOf": "has as unit", "org:unitOf": "has as unit",
    "org:hasUnit": "unit of", "ukg:establishedBy": "established", "ukg:establishes": "established by",
    "ukg:established": "set up by", "ukg:area": "cooperation area of", "ukg:counterpartsFrom": "home of the counterparts of",
    "ukg:conferredAt": "where was conferred", "ukg:participant": "participant in", "ukg:partOf": "has as part",
    "ukg:underAgreement": "the agreement behind", "ukg:atEvent": "the event of", "ukg:launchedAt": "where was launched",
    "ukg:involves": "involved in", "ukg:evidence": "evidence for", "ukg:source": "source of",
    "org:member": "holder of", "org:organization": "where are held", "org:role": "role of",
    "prov:wasQuotedFrom": "quoted in", "prov:wasDerivedFrom": "source of", "schema:mentions": "mentioned in",
    "schema:attendee": "attendee of", "schema:superEvent": "has as part", "schema:location": "location of",
    "skos:broader": "has narrower", "skos:inScheme": "has as concept", "skos:topConceptOf": "has as top concept",
    "dcterms:subject": "subject of", "dcterms:publisher": "publisher of", "rdf:type": "has as instance",
}


@dataclass(frozen=True)
class Referenced:
    """The statements pointing to the resource with one property: ``shown`` are those from
    ``offset`` on, of ``total``; ``more`` links to the next ones, ``back`` to the previous."""

    label: str
    total: int
    offset: int
    shown: list[Statement]
    more: str | None
    back: str | None


def render(store: Store, iri: str, *, incoming: str | None, offset: int, limit: int,
           named: Callable[[list[str]], list[Ref]] | None = None, overview: bool = False) -> str | None:
    """The page, or None when the graph says nothing about ``iri``: every statement about it;
    of those pointing to it, ``limit`` per property, or only those with the property
    ``incoming`` (a CURIE or an IRI), from ``offset`` on. ``named(iris)`` gives the labels
    of those shown and of the properties (``resources.named`` over ``store`` if not given;
    the server passes the labels it keeps for its store state); ``overview``: the resource has
    an overview page, linked as the first tab."""
    if named is None:
        named = partial(resources.named, store)
    found = statements(store, iri, names=named)
    asked = None if incoming is None else _expanded(incoming)
    by_property = pointing(store, iri, property=asked)
    if asked is not None and not by_property:
        every = pointing(store, iri)
        if found or every:
            known = ", ".join(sorted(html.curie(p) for p in every)) or "none"
            raise lookup.invalid("incoming", f"no statement points to this resource with {incoming[:200]!r}; "
                                 f"the properties that do: {known}")
    if not found and not by_property:
        return None
    if asked is None:
        offset = 0
    names = {r.iri: r.name for r in named(list(by_property))}  # the properties'
    properties = sorted(by_property, key=lambda p: _label(p, names.get(p)).casefold())
    pages = [by_property[p][offset : offset + limit] for p in properties]
    # the labels of those shown only, in one query
    subject_names = {r.iri: r.name for r in named([str(v) for values in pages for v in values if isinstance(v, URIRef)])}
    referenced = [
        Referenced(
            label=INVERSE.get(html.curie(p)) or f"{_label(p, names.get(p))} of", total=len(by_property[p]), offset=offset,
            shown=[Statement(property=p, property_label=names.get(p), value=str(v), value_is_iri=isinstance(v, URIRef),
                             value_label=subject_names.get(str(v))) for v in values],
            more=_link(p, offset + limit, limit) if offset + limit < len(by_property[p]) else None,
            back=_link(p, max(offset - limit, 0), limit) if asked is not None and offset > 0 else None,
        )
        for p, values in zip(properties, pages)
    ]
    title = next((s.value for s in found if s.property == str(RDFS.label)), None) or next(
        (s.value for s in found if s.property == str(SKOS.prefLabel)), iri.rsplit("/", 1)[-1])
    quotes = sorted((s for s in found if s.property == str(UKG.evidence) and s.quote_text),
                    key=lambda s: (s.quote_source or "", s.quote_start or 0))
    text = next((s.value for s in found if s.property == str(SCHEMA.text)), None)
    shown = [s for s in found if s.property not in (str(UKG.evidence), str(SCHEMA.text))]
    return html.render(
        "statements.html", title=title, iri=iri, quotes=quotes, text=text, overview=overview,
        outgoing=_by_property(shown), referenced=referenced, only=asked is not None,
    )


def _expanded(name: str) -> str:
    """The IRI of a CURIE with one of our prefixes, or the IRI given."""
    prefix, colon, local = name.partition(":")
    iri = None
    if colon and prefix in PREFIXES and not local.startswith("//"):
        iri = str(PREFIXES[prefix]) + local
    elif colon and local.startswith("//"):
        iri = name
    if iri is None or not queries.is_iri(iri):
        known = ", ".join(sorted(PREFIXES))
        raise lookup.invalid("incoming", f"{name[:200]!r} is neither an IRI nor a CURIE with a known "
                             f"prefix ({known}); e.g. incoming=ukg:party")
    return iri


def _label(prop: str, label: str | None) -> str:
    return "type" if prop == str(RDF.type) else label or html.curie(prop)


def _link(prop: str, offset: int, limit: int) -> str:
    asked = {"tab": "statements", "incoming": html.curie(prop), "offset": offset}
    if limit != INCOMING:
        asked["limit"] = limit
    return "?" + urlencode(asked)


def _by_property(found: list[Statement]) -> list[tuple[str, list[Statement]]]:
    grouped: dict[str, list[Statement]] = {}
    for s in found:
        grouped.setdefault(_label(s.property, s.property_label), []).append(s)
    return sorted(
        ((label, sorted(rows, key=lambda s: ((s.value_label or s.value).casefold(), s.value)))
         for label, rows in grouped.items()),
        key=lambda item: (item[0] != "type", item[0].casefold()),
    )
