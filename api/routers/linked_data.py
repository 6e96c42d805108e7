"""``/id/...``: every resource IRI dereferences, as Turtle, JSON-LD or an HTML page (an
organisation's, alliance's, agreement's, person's or article's page, ``api/pages/``; every
statement about it with ``?tab=statements``, and the only page of other resources).

The data's IRIs are ``https://w3id.org/unikg/id/<path>``; this server answers for them at
``/id/<path>``. The format follows the ``Accept`` header (``text/turtle``,
``application/ld+json``, ``application/n-triples``, ``text/html``; ``*/*`` gives Turtle), or
``?format=ttl|jsonld|nt|html``, which wins. The RDF is the named query ``describe``: the
resource's triples from all graphs, the triples pointing to it, the labels of what they link
and the quotes that are its evidence.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from unikg.graph.errors import NotFound
from unikg.graph.names import NameIndex
from unikg.graph.namespaces import ID, RDFS, UKG

from .. import lookup, pages
from ..negotiation import preferred
from ..pages import statements
from ..deps import CurrentSnapshot

router = APIRouter(tags=["linked data"])

PATH = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*(?:/[a-z0-9]+(?:-[a-z0-9]+)*)+")
FORMATS = {  # ?format= → (media types, the first one sent; rdflib format), in order of preference
    "ttl": (("text/turtle", "application/x-turtle"), "turtle"),
    "jsonld": (("application/ld+json", "application/json"), "json-ld"),
    "nt": (("application/n-triples",), "nt"),
    "html": (("text/html", "application/xhtml+xml"), None),
}
OVERVIEWS = ("org", "agreement", "agreement-group", "person", "doc")  # kinds with a page besides their statements
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
    return preferred(accept, {name: media_types for name, (media_types, _) in FORMATS.items()})


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
    snapshot: CurrentSnapshot,
    format: Annotated[Literal["ttl", "jsonld", "nt", "html"] | None, Query(
        description="the format, overriding the Accept header", examples=["ttl"],
    )] = None,
    incoming: Annotated[str | None, Query(
        max_length=lookup.MAX_NAME, examples=["ukg:party"],
        description="HTML page only: show only the statements pointing to the resource with "
        "this property (a CURIE such as `ukg:party`, or an IRI), from `offset` on",
    )] = None,
    offset: Annotated[int, Query(ge=0, le=1_000_000, description="HTML page only, with `incoming`: statements to skip")] = 0,
    limit: Annotated[int, Query(ge=1, le=1000, description="HTML page only: statements pointing to the resource shown per property")] = statements.INCOMING,
    tab: Annotated[Literal["statements"] | None, Query(
        description="HTML page only: `statements`, every statement about the resource, for linked-data "
        "users (organisations, agreements, people and articles have an overview page; the others only this)",
    )] = None,
    partners: Annotated[int, Query(ge=1, le=100_000, description="an organisation's page: the page of its partners table")] = 1,
    shared: Annotated[int, Query(ge=1, le=100_000, description="an organisation's page: the page of its shared-partners table")] = 1,
):
    """Dereference a resource IRI: ``/id/org/xjtu`` is ``https://w3id.org/unikg/id/org/xjtu``."""
    chosen = format or negotiate(request.headers.get("accept"))
    if chosen is None:
        return JSONResponse(status_code=406, content={
            "detail": "none of the formats your Accept header allows is available; ask for "
            + ", ".join(media[0] for media, _ in FORMATS.values()) + " (or use ?format=ttl|jsonld|nt|html)",
        })
    if not PATH.fullmatch(path):
        raise NotFound(
            f"/id/{path[:200]} is not a resource path: resources are /id/<kind>/<slug>, "
            "e.g. /id/org/xjtu", suggestions=_suggestions(snapshot.names, path),
        )
    iri = f"{ID}{path}"  # the IRI /id/<path> stands for
    headers = {"Vary": "Accept"}
    if chosen == "html":  # the resource's page; its statements with their labels and quotes as a tab
        if tab is None and incoming is None:
            overview = pages.overview(snapshot, path, iri, partners_page=partners, shared_page=shared)
            if overview is not None:
                return overview
        page = statements.render(snapshot.store, iri, incoming=incoming, offset=offset, limit=limit,
                                 named=snapshot.named, overview=path.split("/", 1)[0] in OVERVIEWS)
        if page is None:
            raise _no_resource(snapshot.names, path)
        return HTMLResponse(page, headers=headers)
    paged = [name for name, value, default in (("incoming", incoming, None), ("offset", offset, 0),
                                                ("limit", limit, statements.INCOMING), ("tab", tab, None),
                                                ("partners", partners, 1), ("shared", shared, 1)) if value != default]
    if paged:
        raise lookup.invalid(paged[0], f"{paged[0]}= pages the HTML page; Turtle, JSON-LD and "
                             "N-Triples hold every statement (ask for format=html, or leave it out)")
    (media, *_), rdf_format = FORMATS[chosen]
    described = snapshot.describe(iri)  # alone: a hub's statements too took 0.2 s more at 1M triples
    if not len(described):
        raise _no_resource(snapshot.names, path)
    return Response(described.serialize(rdf_format), media_type=media, headers=headers)


def _no_resource(names: NameIndex, path: str) -> NotFound:
    suggestions = _suggestions(names, path)
    hint = f"; did you mean {', '.join(suggestions)}?" if suggestions else ""
    return NotFound(f"no resource /id/{path}{hint}", suggestions=suggestions)


def _suggestions(names: NameIndex, path: str) -> list[str]:
    last = path.rstrip("/").rsplit("/", 1)[-1][:200]
    return ["/id/" + e.iri.split("/id/", 1)[1] for e, _ in names.search(last, limit=5)]
