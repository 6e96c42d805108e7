"""An organisation's profile (the HTML of ``/id/org/{slug}`` and ``/institutions/{id}``): who it
is, its partners with the sentence behind each agreement, who shares its partners, its
alliances and people, its agreements per year, its place in the network and its ego network.
An alliance gets its own page (``alliance.py``).

Long lists are paged (``PARTNERS`` partners, ``SHARED`` organisations a page; ``?partners=``,
``?shared=`` choose the page), so a hub's 600 partners stay readable; every number comes from
the snapshot's answers, the same the JSON routes give.
"""

from __future__ import annotations

from fastapi.responses import HTMLResponse

from unikg.graph.analysis.centrality import DESCRIPTIONS
from unikg.graph.names import Entity
from unikg.graph.namespaces import membership_iri
from unikg.graph.snapshot import NotYet, Snapshot

from .. import html

PARTNERS = 20  # partners a page of the partners table shows
SHARED = 10  # organisations a page of "shares partners with" shows
IN_COMMON = 5  # shared partners unfolded with their quotes per organisation
MEASURES = ("degree", "betweenness", "pagerank")
WAIT = 2.0  # seconds the page waits for the network's measures, then says they are coming


def page(snapshot: Snapshot, org: Entity, *, partners_page: int = 1, shared_page: int = 1) -> HTMLResponse:
    profile = snapshot.institution(org.iri)
    partners_page, total, partners = _paged(
        lambda offset: snapshot.partners(org.iri, via="agreement", offset=offset, limit=PARTNERS), partners_page, PARTNERS)
    shared_page, shared_total, shared = _paged(
        lambda offset: snapshot.shared_partners(org.iri, offset=offset, limit=SHARED, partners=IN_COMMON),
        shared_page, SHARED)
    in_common = {s.iri: snapshot.common_partners([org.iri, s.iri], offset=0, limit=IN_COMMON)[1] for s in shared}
    signed = {a.iri: a for a in snapshot.agreements_named(sorted(
        {link.agreement.iri for found in in_common.values() for p in found for link in p.agreements}))}
    memberships = snapshot.quotes([str(membership_iri(org.id, a.id)) for a in profile.alliances])
    quoted = [q for p in partners for link in p.links for q in link.evidence]
    quoted += [q for a in signed.values() for q in a.evidence]
    quoted += [q for found in memberships.values() for q in found] + [q for p in profile.people for q in p.evidence]
    per_year = snapshot.per_year(party=org.iri)
    return html.page(
        "institution.html", title=profile.name, iri=org.iri, canonical=html.local_href(org.iri), org=profile,
        partners=partners, partners_total=total, partners_page=partners_page, partners_size=PARTNERS,
        shared=shared, shared_total=shared_total, shared_page=shared_page, shared_size=SHARED,
        in_common=in_common, signed=signed, articles=html.articles(snapshot, quoted),
        memberships={a.iri: memberships.get(str(membership_iri(org.id, a.id)), []) for a in profile.alliances},
        per_year=per_year, year_rows=[(y.year, y.agreements) for y in per_year.years],
        standing=_standing(snapshot, org.id),
    )


def _paged(fetch, number: int, size: int) -> tuple[int, int, list]:
    """Page ``number`` of ``size`` rows (``fetch(offset)`` gives the total and the rows from
    ``offset`` on), as (number, total, rows); past the last page, the last one."""
    total, rows = fetch((number - 1) * size)
    if not rows and total:
        number = (total + size - 1) // size
        total, rows = fetch((number - 1) * size)
    return number, total, rows


def _standing(snapshot: Snapshot, org: str) -> list[dict] | None:
    """Its rank by each of ``MEASURES``, in words; None while the measures are being made."""
    try:
        found = snapshot.standing(org, within=WAIT)
    except NotYet:
        return None
    return [{"measure": m, "rank": found[m][0].rank, "of": found[m][1], "value": found[m][0].value,
             "means": DESCRIPTIONS[m]} for m in MEASURES if m in found]
