"""A person's page (the HTML of ``/id/person/{slug}`` and ``/people/{id}``): roles with the
sentence stating each, agreements signed, events, articles."""

from __future__ import annotations

from fastapi.responses import HTMLResponse

from unikg.graph.snapshot import Snapshot

from .. import html


def page(snapshot: Snapshot, person) -> HTMLResponse:
    return html.page("person.html", title=person.name, iri=person.iri, canonical=html.local_href(person.iri),
                     person=person, articles=html.articles(snapshot, (q for p in person.positions for q in p.evidence)))
