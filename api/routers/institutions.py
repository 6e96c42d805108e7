"""``/institutions``: organisations, their profiles, their partners and shared partners."""

from __future__ import annotations

from functools import partial
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Path, Query

from unikg.graph.names import NameIndex, containing
from unikg.graph.namespaces import org_iri
from unikg.graph.questions.agreements import listed as listed_agreements
from unikg.graph.questions.common import Ref
from unikg.graph.questions.institutions import Institution, InstitutionSummary, institution, listed, matching
from unikg.graph.projection.answers import partner_links_page, shared_partners_page
from unikg.graph.questions.partners import partner_links, shared_partners
from unikg.graph.store import Store

from .. import examples, lookup
from ..deps import facts, get_names, get_served, get_store, kept
from ..models import Page, PartnersAnswer, SharedOrganization, SharedPartnersAnswer
from ..paging import Limit, Offset, page_of
from ..state import Served

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
    served: Annotated[Served, Depends(get_served)],
    store: Annotated[Store, Depends(get_store)],
    names: Annotated[NameIndex, Depends(get_names)],
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
    country_iri = lookup.parameter("country", lambda: names.resolve(country, kinds=("Country",)).iri) if country else None
    kind_iri = lookup.kind_class(store, base="Organization", slug=kind) if kind else None
    alliance_iri = lookup.parameter("alliance", lambda: lookup.alliance(store, names, alliance).iri) if alliance else None
    filters = dict(country=country_iri, kind=kind_iri, alliance=alliance_iri)
    found = kept(served, matching, **filters)
    if name is not None:
        wanted = containing(names, name, kinds=("Organization",))
        found = [m for m in found if m.iri in wanted]
    return page_of(found, facts(served, listed), offset=offset, limit=limit)


@router.get("/institutions/{id}", response_model=Institution, responses=examples.responses("get_institution"))
def get_institution(
    id: InstitutionId,
    served: Annotated[Served, Depends(get_served)],
):
    """One organisation: names, kinds, country, city, units, alliances, its first 20
    agreements by name (its own and its units') and how many it has (`agreements_total`;
    every one: `/agreements?party=ID`, page by page), the people holding positions in it,
    and the articles it comes from."""
    org = lookup.organization(served.names, id)
    # once the server has built its lists, its agreements, their facts and its articles are kept
    return institution(served.store, org.iri, ask=partial(kept, served), details=facts(served, listed_agreements))


@router.get("/institutions/{id}/partners", response_model=PartnersAnswer, responses=examples.responses("get_partners"))
def get_partners(
    id: InstitutionId,
    served: Annotated[Served, Depends(get_served)],
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
    org = lookup.organization(served.names, id)
    derived = served.ready
    if via == "agreement" and derived is not None:
        total, partners = partner_links_page(served.store, derived.projection, org.iri, offset=offset,
                                             limit=limit, details=derived.facts(listed_agreements))
    else:  # kept for the store's state: the next page, or the same one, costs no query
        found = kept(served, partner_links, org=org.iri, via=via)
        total, partners = len(found), found[offset : offset + limit]
    return PartnersAnswer(
        institution=Ref(id=org.id, name=org.name, iri=org.iri),
        via=via, total=total, offset=offset, limit=limit, partners=partners,
    )


@router.get("/institutions/{id}/shared-partners", response_model=SharedPartnersAnswer, responses=examples.responses("get_shared_partners"))
def get_shared_partners(
    id: InstitutionId,
    served: Annotated[Served, Depends(get_served)],
    offset: Offset = 0,
    limit: Annotated[int, Query(ge=1, le=1000, description="most organisations to return (each "
                                "with every partner it shares)", examples=[20])] = 20,
):
    """Which partners does this organisation share? Every other organisation ranked by the
    number of its agreement partners it also has an agreement with, each shared partner
    listed; most shared first, one page at a time."""
    names = served.names
    org = lookup.organization(names, id)
    projection = served.projection
    if projection is not None:
        total, shared = shared_partners_page(projection, org.iri, offset=offset, limit=limit)
    else:
        found = shared_partners(served.store, org.iri)
        total, shared = len(found), found[offset : offset + limit]

    def entity(slug: str) -> Ref:
        iri = str(org_iri(slug))
        found = names.entities.get(iri)
        return Ref(id=slug, name=found.name if found else slug, iri=iri)

    organizations = [
        SharedOrganization(
            id=s.id, name=s.name, iri=entity(s.id).iri, shared=s.shared,
            partners=sorted((entity(p) for p in s.partners), key=lambda r: (r.name.casefold(), r.id)),
        )
        for s in shared
    ]
    return SharedPartnersAnswer(institution=Ref(id=org.id, name=org.name, iri=org.iri), total=total,
                                offset=offset, limit=limit, organizations=organizations)
