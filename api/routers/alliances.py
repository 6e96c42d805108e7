"""``/alliances``: alliances of universities and of countries, and their members."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from unikg.graph.questions.alliances import AllianceSummary
from unikg.graph.questions.common import Ref

from .. import examples, lookup
from .. import pages
from ..deps import CurrentSnapshot, WantsPage
from ..models import MembersAnswer, Page
from ..paging import Limit, Offset, sliced

router = APIRouter(tags=["alliances"])


@router.get("/alliances", response_model=Page[AllianceSummary], responses=examples.responses("list_alliances"))
def list_alliances(snapshot: CurrentSnapshot, offset: Offset = 0, limit: Limit = 100):
    """Every alliance (of universities, or of countries like the SCO), by name, with the
    number of members the graph knows."""
    return sliced(snapshot.alliances(), offset=offset, limit=limit)


@router.get("/alliances/{id}/members", response_model=MembersAnswer, responses=examples.responses("get_members", content=examples.PAGE))
def get_members(
    id: Annotated[str, Path(
        min_length=1, max_length=lookup.MAX_NAME, examples=["uansr", "SCO"],
        description="a slug, an acronym or any spelling of an alliance",
    )],
    snapshot: CurrentSnapshot,
    wants_page: WantsPage,
):
    """The members of an alliance (organisations, or countries for the SCO), each with the
    quotes that state the membership; members from the registry (reference data) have none.
    A browser gets the alliance's page."""
    found = snapshot.alliance(id)
    if wants_page:
        return pages.alliance.page(snapshot, found)
    return MembersAnswer(alliance=Ref(id=found.id, name=found.name, iri=found.iri),
                         members=snapshot.alliance_members(found.iri))
