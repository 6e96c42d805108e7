"""``/id/...``: every resource IRI dereferences, as Turtle, JSON-LD or an HTML page.

The data's IRIs are ``https://w3id.org/unikg/id/<path>``; this server answers for them at
``/id/<path>``. The format follows the ``Accept`` header (``text/turtle``,
``application/ld+json``, ``application/n-triples``, ``text/html``; ``*/*`` gives Turtle), or
``?format=ttl|jsonld|nt|html``, which wins. The RDF is the named query ``describe``: the
resource's triples from all graphs, the triples pointing to it, the labels of what they link
and the quotes that are its evidence.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from unikg.graph.errors import NotFound
from unikg.graph.names import NameIndex
from unikg.graph.namespaces import RDF, RDFS, SCHEMA, SKOS, UKG
from unikg.graph.questions.resources import Statement, describe, statements

from .. import html, lookup
from ..deps import get_names, get_store

router = APIRouter(tags=["linked data"])

PATH = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*(?:/[a-z0-9]+(?:-[a-z0-9]+)*)+")
FORMATS = {  # ?format= → (media type, rdflib format)
    "ttl": ("text/turtle", "turtle"),
    "jsonld": ("application/ld+json", "json-ld"),
    "nt": ("application/n-triples", "nt"),
    "html": ("text/html", None),
}
MEDIA_TYPES = {
    "text/turtle": "ttl",
    "application/x-turtle": "ttl",
    "application/ld+json": "jsonld",
    "application/json": "jsonld",
    "application/n-triples": "nt",
    "text/html": "html",
    "application/xhtml+xml": "html",
    "*/*": "ttl",
    "text/*": "ttl",
    "application/*": "jsonld",
}
EXAMPLE_TURTLE = """@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix ukg: <https://w3id.org/unikg/ontology#> .

<https://w3id.org/unikg/id/org/xjtu> a ukg:Organization, ukg:University ;
    rdfs:label "Xi'an Jiaotong University"@en ;
    ukg:acronym "XJTU" ;
    ukg:country <https://w3id.org/unikg/id/country/cn> .
"""


def negotiate(accept: str | None) -> str | None:
    """The format the Accept header prefers among ours (None: none of ours is acceptable).

    >>> negotiate("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
    'html'
    >>> negotiate("application/ld+json"), negotiate(None), negotiate("image/png")
    ('jsonld', 'ttl', None)
    >>> negotiate("text/turtle;q=0.5, application/ld+json;q=0.9")
    'jsonld'
    """
    if not accept or not accept.strip():
        return "ttl"
    best, best_q = None, 0.0
    for position, part in enumerate(accept.split(",")):
        media, *params = [p.strip() for p in part.split(";")]
        q = 1.0
        for param in params:
            name, _, number = param.partition("=")
            if name.strip() == "q":
                try:
                    q = float(number)
                except ValueError:
                    q = 0.0
        fmt = MEDIA_TYPES.get(media.lower())
        if fmt and q > best_q:
            best, best_q = fmt, q
    return best


@router.get(
    "/id/{path:path}",
    response_class=Response,
    responses={
        200: {
            "description": "the resource as Turtle, JSON-LD, N-Triples or HTML",
            "content": {
                "text/turtle": {"schema": {"type": "string"}, "example": EXAMPLE_TURTLE},
                "application/ld+json": {"schema": {"type": "object"}, "example": {
                    "@context": {"ukg": str(UKG), "rdfs": str(RDFS)},
                    "@id": "https://w3id.org/unikg/id/org/xjtu",
                    "rdfs:label": {"@language": "en", "@value": "Xi'an Jiaotong University"},
                }},
                "application/n-triples": {"schema": {"type": "string"}, "example":
                    '<https://w3id.org/unikg/id/org/xjtu> <http://www.w3.org/2000/01/rdf-schema#label> "Xi\'an Jiaotong University"@en .\n'},
                "text/html": {"schema": {"type": "string"}, "example": "<!doctype html>…"},
            },
        },
        404: {"description": "no such resource: close matches are suggested",
              "content": {"application/json": {"example": {
                  "detail": "no resource /id/org/xjtuu; did you mean /id/org/xjtu?",
                  "suggestions": ["/id/org/xjtu"]}}}},
        406: {"description": "none of the formats the Accept header allows is available",
              "content": {"application/json": {"example": {"detail": "…"}}}},
    },
)
def resource(
    path: Annotated[str, Path(
        description="the resource's path after /id/: <kind>/<slug>, e.g. org/xjtu",
        examples=["org/xjtu", "agreement/ensia-nwnu-twinning-agreement-2023", "doc/ensia-nwnu-twinning-2023"],
    )],
    request: Request,
    store=Depends(get_store),
    names: NameIndex = Depends(get_names),
    format: Annotated[Literal["ttl", "jsonld", "nt", "html"] | None, Query(
        description="the format, overriding the Accept header", examples=["ttl"],
    )] = None,
):
    """Dereference a resource IRI: ``/id/org/xjtu`` is ``https://w3id.org/unikg/id/org/xjtu``."""
    chosen = format or negotiate(request.headers.get("accept"))
    if chosen is None:
        return JSONResponse(status_code=406, content={
            "detail": "none of the formats your Accept header allows is available; ask for "
            + ", ".join(media for media, _ in FORMATS.values()) + " (or use ?format=ttl|jsonld|nt|html)",
        })
    if not PATH.fullmatch(path):
        raise NotFound(
            f"/id/{path[:200]} is not a resource path: resources are /id/<kind>/<slug>, "
            "e.g. /id/org/xjtu", suggestions=_suggestions(names, path),
        )
    iri = lookup.resource_iri(path)
    headers = {"Vary": "Accept"}
    if chosen == "html":  # the statements with their labels and quotes, for a reader
        found = statements(store, iri)
        if not found:
            raise _no_resource(names, path)
        return HTMLResponse(_page(iri, found), headers=headers)
    media, rdf_format = FORMATS[chosen]
    described = describe(store, iri)  # alone: a hub's statements too took 0.2 s more at 1M triples
    if not len(described):
        raise _no_resource(names, path)
    return Response(described.serialize(rdf_format), media_type=media, headers=headers)


def _no_resource(names: NameIndex, path: str) -> NotFound:
    suggestions = _suggestions(names, path)
    hint = f"; did you mean {', '.join(suggestions)}?" if suggestions else ""
    return NotFound(f"no resource /id/{path}{hint}", suggestions=suggestions)


def _suggestions(names: NameIndex, path: str) -> list[str]:
    last = path.rstrip("/").rsplit("/", 1)[-1][:200]
    return ["/id/" + e.iri.split("/id/", 1)[1] for e, _ in names.search(last, limit=5)]


def _page(iri: str, found: list[Statement]) -> str:
    out = [s for s in found if s.direction == "out"]
    title = next((s.value for s in out if s.property == str(RDFS.label)), None) or next(
        (s.value for s in out if s.property == str(SKOS.prefLabel)), lookup_id(iri))
    quotes = sorted((s for s in out if s.property == str(UKG.evidence) and s.quote_text),
                    key=lambda s: (s.quote_source or "", s.quote_start or 0))
    text = next((s.value for s in out if s.property == str(SCHEMA.text)), None)
    shown = [s for s in out if s.property not in (str(UKG.evidence), str(SCHEMA.text))]
    incoming = [s for s in found if s.direction == "in"]
    return html.render(
        "resource.html", title=title, iri=iri, quotes=quotes, text=text,
        outgoing=_by_property(shown), incoming=_by_property(incoming),
    )


def lookup_id(iri: str) -> str:
    return iri.rsplit("/", 1)[-1]


def _by_property(found: list[Statement]) -> list[tuple[str, list[Statement]]]:
    grouped: dict[str, list[Statement]] = defaultdict(list)
    for s in found:
        label = "type" if s.property == str(RDF.type) else s.property_label or html.curie(s.property)
        grouped[label].append(s)
    return sorted(
        ((label, sorted(rows, key=lambda s: ((s.value_label or s.value).casefold(), s.value)))
         for label, rows in grouped.items()),
        key=lambda item: (item[0] != "type", item[0].casefold()),
    )
