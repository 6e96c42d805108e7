"""``/agreements``: agreements and agreement groups, by party, kind, area and signing date.

Dates are as precise as the text. ``signed_from``/``signed_to`` take YYYY, YYYY-MM or
YYYY-MM-DD and are inclusive; a stated date matches when the whole period it denotes lies in
the range (``2023`` matches 2023 … 2023 but not 2023-05 … 2023-12); a date without a year
(``--07-04``) and a missing date never match a range. Agreement groups (agreements reported
only as a count, "17 MOUs") are included unless ``groups=false``; their ``type`` is
``agreement-group`` and ``count`` says how many agreements they stand for.
``/agreements/per-year`` counts agreements per year of signing.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from unikg.graph.errors import UserError
from unikg.graph.questions.agreements import Agreement, PerYear, date_range

from .. import examples, lookup
from .. import pages
from ..deps import CurrentSnapshot, WantsPage
from ..models import Page
from ..paging import Limit, Offset, page

router = APIRouter(tags=["agreements"])

DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"


@router.get("/agreements", response_model=Page[Agreement], responses=examples.responses("list_agreements"))
def list_agreements(
    snapshot: CurrentSnapshot,
    party: Annotated[str | None, Query(
        min_length=1, max_length=lookup.MAX_NAME, examples=["KazNU"],
        description="an organisation that is a party, itself or through one of its units",
    )] = None,
    kind: Annotated[str | None, Query(
        min_length=1, max_length=lookup.MAX_NAME, examples=["memorandum-of-understanding"],
        description="an agreement kind, narrower kinds included: memorandum-of-understanding, "
        "cooperation, academic-cooperation, twinning, student-exchange, double-degree, "
        "medical-collaboration, three-party",
    )] = None,
    area: Annotated[str | None, Query(
        min_length=1, max_length=lookup.MAX_NAME, examples=["joint-education"],
        description="a cooperation area, narrower areas included (joint-education matches double-degree)",
    )] = None,
    signed_from: Annotated[str | None, Query(
        pattern=DATE, examples=["2023"], description="first day of the range: YYYY, YYYY-MM or YYYY-MM-DD",
    )] = None,
    signed_to: Annotated[str | None, Query(
        pattern=DATE, examples=["2023-12"], description="last day of the range: YYYY, YYYY-MM or YYYY-MM-DD",
    )] = None,
    groups: Annotated[bool, Query(description="include agreement groups (counts without names)")] = True,
    offset: Offset = 0,
    limit: Limit = 100,
):
    """Agreements matching every filter given, by name, each with its kinds, parties, date
    (as precise as the text), areas, signatories, source article and quotes."""
    try:
        signed = date_range(start=signed_from, end=signed_to)
    except UserError as error:
        raise lookup.invalid("signed_from" if signed_from else "signed_to", str(error)) from None
    filters = dict(
        party=lookup.parameter("party", lambda: lookup.organization(snapshot, party).iri) if party else None,
        kind=lookup.parameter("kind", lambda: snapshot.kind_class(base="Agreement", slug=kind)) if kind else None,
        area=lookup.parameter("area", lambda: snapshot.area(area)) if area else None,
        groups=groups,
        signed=signed,
    )
    return page(*snapshot.agreements(offset=offset, limit=limit, **filters), offset=offset, limit=limit)


@router.get("/agreements/per-year", response_model=PerYear, responses=examples.responses("agreements_per_year"))
def agreements_per_year(
    snapshot: CurrentSnapshot,
    party: Annotated[str | None, Query(
        min_length=1, max_length=lookup.MAX_NAME, examples=["KazNU"],
        description="only the agreements of this organisation (itself or one of its units)",
    )] = None,
):
    """How many agreements were signed each year (agreement groups are not counted); those
    with no date or a date without a year are counted as undated."""
    return snapshot.per_year(party=lookup.parameter("party", lambda: lookup.organization(snapshot, party).iri)
                             if party else None)


@router.get("/agreements/{id}", response_model=Agreement, responses=examples.responses("get_agreement", content=examples.PAGE))
def get_agreement(
    id: Annotated[str, Path(
        min_length=1, max_length=lookup.MAX_NAME, examples=["ensia-nwnu-twinning-agreement-2023"],
        description="the id of an agreement or agreement group, or its name",
    )],
    snapshot: CurrentSnapshot,
    wants_page: WantsPage,
):
    """One agreement or agreement group; a browser gets its page."""
    found = snapshot.agreement(id)
    return pages.agreement.page(snapshot, found) if wants_page else found
