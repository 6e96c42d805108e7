"""An alliance's page (the HTML of ``/id/org/{slug}`` and ``/institutions/{id}`` for an
alliance, and of ``/alliances/{id}/members``): its members with their countries and the
sentence stating each membership, and its members per country as a chart."""

from __future__ import annotations

from collections import Counter

from fastapi.responses import HTMLResponse

from unikg.graph.names import Entity
from unikg.graph.snapshot import Snapshot

from .. import html


def page(snapshot: Snapshot, alliance: Entity) -> HTMLResponse:
    profile = snapshot.institution(alliance.iri)
    members = snapshot.alliance_members(alliance.iri)
    countries = Counter(m.name if m.type == "country" else m.country.name if m.country else "country not stated"
                        for m in members)
    return html.page(
        "alliance.html", title=profile.name, iri=alliance.iri, canonical=html.local_href(alliance.iri),
        org=profile, members=members, articles=html.articles(snapshot, (q for m in members for q in m.evidence)),
        countries=sorted(countries.items(), key=lambda item: (-item[1], item[0])),
    )
