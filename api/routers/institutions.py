"""``/institutions``: organisations, their profiles, their partners and shared partners."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query

from unikg.graph.questions.common import Ref
from unikg.graph.questions.institutions import Institution, InstitutionSummary

from .. import examples, lookup
from .. import pages
from ..deps import CurrentSnapshot, WantsPage
from ..models import Page, PartnersAnswer, SharedPartnersAnswer
from ..paging import Limit, Offset, page

router = APIRouter(tags=["institutions"])

InstitutionId = Annotated[
    str,
    Path(
        min_length=1,
        max_length=lookup.MAX_NAME,
        description="a slug, an acronym or any spelling, whatever the case or accents; or a "
        "ROR id or Wikidata item (ror:017zhmm22, wikidata:Q981237)",
        examples=["xjtu", "KazNU", "Xi'an Jiaotong University", "ror:017zhmm22", "wikidata:Q981237"],
    ),
]


@router.get("/institutions", response_model=Page[InstitutionSummary], responses=examples.responses("list_institutions"))
def list_institutions(
    snapshot: CurrentSnapshot,
    name: Annotated[str | None, Query(
        min_length=1, max_length=lookup.MAX_NAME, examples=["university"],
        description="part of a name, acronym or spelling (case- and accent-insensitive)",
    )] = None,
    country: Annotated[str | None, Query(
        min_length=1, max_length=lookup.MAX_NAME, examples=["KZ", "Kazakhstan"],
        description="a country: ISO 3166 code or name",
    )] = None,
    kind: Annotated[str | None, Query(
        min_length=1, max_length=lookup.MAX_NAME, examples=["university"],
        description="a kind of organisation: university, research-institute, academy, "
        "government-body, company, alliance, intergovernmental-organization, "
        "organizational-unit, school, centre, laboratory, science-park",
    )] = None,
    alliance: Annotated[str | None, Query(
        min_length=1, max_length=lookup.MAX_NAME, examples=["UANSR"],
        description="an alliance its members belong to (id, acronym or name)",
    )] = None,
    offset: Offset = 0,
    limit: Limit = 100,
):
    """Every organisation the articles name, by name, filtered by name, country, kind and alliance."""
    filters = dict(
        country=lookup.parameter("country", lambda: snapshot.names.resolve(country, kinds=("Country",)).iri) if country else None,
        kind=lookup.parameter("kind", lambda: snapshot.kind_class(base="Organization", slug=kind)) if kind else None,
        alliance=lookup.parameter("alliance", lambda: snapshot.alliance(alliance).iri) if alliance else None,
    )
    return page(*snapshot.institutions(name=name, offset=offset, limit=limit, **filters), offset=offset, limit=limit)


@router.get("/institutions/{id}", response_model=Institution, responses=examples.responses("get_institution", content=examples.PAGE))
def get_institution(
    id: InstitutionId, snapshot: CurrentSnapshot, wants_page: WantsPage,
    partners: Annotated[int, Query(ge=1, le=100_000, description="page only: the page of its partners table")] = 1,
    shared: Annotated[int, Query(ge=1, le=100_000, description="page only: the page of its shared-partners table")] = 1,
):
    """One organisation: names, kinds, country, city, units, alliances, its first 20
    agreements by name (its own and its units') and how many it has (`agreements_total`;
    every one: `/agreements?party=ID`, page by page), the people holding positions in it,
    and the articles it comes from. A browser gets its profile page (an alliance's page)."""
    org = lookup.organization(snapshot, id)
    if wants_page:
        return pages.organization(snapshot, org, partners_page=partners, shared_page=shared)
    return snapshot.institution(org.iri)


@router.get("/institutions/{id}/partners", response_model=PartnersAnswer, responses=examples.responses("get_partners"))
def get_partners(
    id: InstitutionId,
    snapshot: CurrentSnapshot,
    via: Annotated[Literal["agreement", "alliance", "event"], Query(
        description="the relation: `agreement` (a shared agreement, the default), `alliance` "
        "(members of the same alliance) or `event` (hosts or participants of the same event)",
        examples=["agreement"],
    )] = "agreement",
    offset: Offset = 0,
    limit: Annotated[int, Query(ge=1, le=1000, description="most partners to return (each with "
                                "every link: the facts of a link are looked up per page)", examples=[20])] = 20,
):
    """Each partner of an organisation (agreements signed by its units count for it), with
    what links them: the agreement (kinds, date as precise as the text, areas, quotes with
    their article), the alliance or the event; by name, one page at a time."""
    org = lookup.organization(snapshot, id)
    total, partners = snapshot.partners(org.iri, via=via, offset=offset, limit=limit)
    return PartnersAnswer(
        institution=Ref(id=org.id, name=org.name, iri=org.iri),
        via=via, total=total, offset=offset, limit=limit, partners=partners,
    )


@router.get("/institutions/{id}/shared-partners", response_model=SharedPartnersAnswer, responses=examples.responses("get_shared_partners"))
def get_shared_partners(
    id: InstitutionId,
    snapshot: CurrentSnapshot,
    offset: Offset = 0,
    limit: Annotated[int, Query(ge=1, le=1000, description="most organisations to return", examples=[20])] = 20,
    partners: Annotated[int, Query(ge=1, le=100000, description="most shared partners listed per organisation "
                                   "(by name; shared counts them all)", examples=[10])] = 10,
):
    """Which partners does this organisation share? Every other organisation ranked by the
    number of its agreement partners it also has an agreement with, with the shared partners
    (the first ``partners`` by name); most shared first, one page at a time."""
    org = lookup.organization(snapshot, id)
    total, organizations = snapshot.shared_partners(org.iri, offset=offset, limit=limit, partners=partners)
    return SharedPartnersAnswer(institution=Ref(id=org.id, name=org.name, iri=org.iri), total=total,
                                offset=offset, limit=limit, organizations=organizations)
