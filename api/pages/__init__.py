"""The pages a browser gets, one module per page (as datasette's views): each gathers the
snapshot's whole answers (the same the JSON routes give) and renders its template
(``api/templates/``). A route answers with its page when the client prefers HTML
(``deps.WantsPage``); the URL stays the same for machines and people, and ``/id/<path>``
(the resource's IRI, dereferenced) shows the same page as the route.
"""

from __future__ import annotations

from fastapi.responses import HTMLResponse

from unikg.graph.errors import NotFound
from unikg.graph.snapshot import Snapshot

from . import agreement, alliance, article, errors, home, institution, person, search, statements


def overview(snapshot: Snapshot, path: str, iri: str, *, partners_page: int = 1,
             shared_page: int = 1) -> HTMLResponse | None:
    """The page of the resource ``iri`` (``/id/<path>``), or None when it has none of its own
    (a country, a membership …: its statements are its page)."""
    kind, _, slug = path.partition("/")
    entity = snapshot.names.entities.get(iri)
    try:
        if kind == "org" and entity is not None:
            return organization(snapshot, entity, partners_page=partners_page, shared_page=shared_page)
        if kind in ("agreement", "agreement-group"):
            return agreement.page(snapshot, snapshot.agreement(slug))
        if kind == "person" and entity is not None:
            return person.page(snapshot, snapshot.person(iri))
        if kind == "doc":
            return article.page(snapshot, snapshot.document(slug))
    except NotFound:
        return None
    return None


def organization(snapshot: Snapshot, org, *, partners_page: int = 1, shared_page: int = 1) -> HTMLResponse:
    """An organisation's profile, or an alliance's page."""
    if org.iri in snapshot.alliance_iris():
        return alliance.page(snapshot, org)
    return institution.page(snapshot, org, partners_page=partners_page, shared_page=shared_page)
