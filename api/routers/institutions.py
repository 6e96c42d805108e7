"""``/institutions``: organisations, their profiles, their partners and shared partners."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Path, Query

from unikg.graph.names import NameIndex, containing
from unikg.graph.namespaces import org_iri
from unikg.graph.questions.common import Ref
from unikg.graph.questions.institutions import Institution, InstitutionSummary, institution, institutions
from unikg.graph.questions.partners import partner_links, shared_partners
from unikg.graph.store import Store

from .. import examples, lookup
from ..deps import get_names, get_store
from ..models import Page, PartnersAnswer, SharedOrganization, SharedPartnersAnswer
from ..paging import Limit, Offset, page

router = APIRouter(tags=["institutions"])

InstitutionId = Annotated[
    str,
    Path(
        min_length=1,
        max_length=lookup.MAX_NAME,
        description="a slug, an acronym or any spelling, whatever the case or accents",
        examples=["xjtu", "KazNU", "Xi'an Jiaotong University"],
    ),
]


@router.get("/institutions", response_model=Page[InstitutionSummary], responses=examples.responses("list_institutions"))
def list_institutions(
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
    found = institutions(store, country=country_iri, kind=kind_iri, alliance=alliance_iri)
    if name is not None:
        matching = containing(names, name, kinds=("Organization",))
        found = [i for i in found if i.iri in matching]
    return page(found, offset=offset, limit=limit)


@router.get("/institutions/{id}", response_model=Institution, responses=examples.responses("get_institution"))
def get_institution(
    id: InstitutionId,
    store: Annotated[Store, Depends(get_store)],
    names: Annotated[NameIndex, Depends(get_names)],
):
    """One organisation: names, kinds, country, city, units, alliances, agreements (its own
    and its units'), the people holding positions in it, and the articles it comes from."""
    return institution(store, lookup.organization(names, id).iri)


@router.get("/institutions/{id}/partners", response_model=PartnersAnswer, responses=examples.responses("get_partners"))
def get_partners(
    id: InstitutionId,
    store: Annotated[Store, Depends(get_store)],
    names: Annotated[NameIndex, Depends(get_names)],
    via: Annotated[Literal["agreement", "alliance", "event"], Query(
        description="the relation: `agreement` (a shared agreement, the default), `alliance` "
        "(members of the same alliance) or `event` (hosts or participants of the same event)",
        examples=["agreement"],
    )] = "agreement",
):
    """Each partner of an organisation (agreements signed by its units count for it), with
    what links them: the agreement (kinds, date as precise as the text, areas, quotes with
    their article), the alliance or the event."""
    org = lookup.organization(names, id)
    return PartnersAnswer(
        institution=Ref(id=org.id, name=org.name, iri=org.iri),
        via=via,
        partners=partner_links(store, org.iri, via=via),
    )


@router.get("/institutions/{id}/shared-partners", response_model=SharedPartnersAnswer, responses=examples.responses("get_shared_partners"))
def get_shared_partners(
    id: InstitutionId,
    store: Annotated[Store, Depends(get_store)],
    names: Annotated[NameIndex, Depends(get_names)],
):
    """Which partners does this organisation share? Every other organisation ranked by the
    number of its agreement partners it also has an agreement with, each shared partner listed."""
    org = lookup.organization(names, id)

    def entity(slug: str) -> Ref:
        iri = str(org_iri(slug))
        found = names.entities.get(iri)
        return Ref(id=slug, name=found.name if found else slug, iri=iri)

    organizations = [
        SharedOrganization(
            id=s.id, name=s.name, iri=entity(s.id).iri, shared=s.shared,
            partners=sorted((entity(p) for p in s.partners), key=lambda r: (r.name.casefold(), r.id)),
        )
        for s in shared_partners(store, org.iri)
    ]
    return SharedPartnersAnswer(institution=Ref(id=org.id, name=org.name, iri=org.iri), organizations=organizations)
