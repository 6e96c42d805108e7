"""``/alliances``: alliances of universities and of countries, and their members."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path
from pydantic import BaseModel

from unikg.graph.names import NameIndex
from unikg.graph.questions.alliances import AllianceMember, AllianceSummary, alliance_members, alliances
from unikg.graph.questions.common import Ref

from .. import examples, lookup
from ..deps import get_names, get_served, kept
from ..models import Page
from ..paging import Limit, Offset, page
from ..state import Served

router = APIRouter(tags=["alliances"])


class MembersAnswer(BaseModel):
    alliance: Ref
    members: list[AllianceMember]


@router.get("/alliances", response_model=Page[AllianceSummary], responses=examples.responses("list_alliances"))
def list_alliances(served: Annotated[Served, Depends(get_served)], offset: Offset = 0, limit: Limit = 100):
    """Every alliance (of universities, or of countries like the SCO), by name, with the
    number of members the graph knows."""
    return page(kept(served, alliances), offset=offset, limit=limit)


@router.get("/alliances/{id}/members", response_model=MembersAnswer, responses=examples.responses("get_members"))
def get_members(
    id: Annotated[str, Path(
        min_length=1, max_length=lookup.MAX_NAME, examples=["uansr", "SCO"],
        description="a slug, an acronym or any spelling of an alliance",
    )],
    served: Annotated[Served, Depends(get_served)],
    names: Annotated[NameIndex, Depends(get_names)],
):
    """The members of an alliance (organisations, or countries for the SCO), each with the
    quotes that state the membership; members from the registry (reference data) have none."""
    found = lookup.alliance(served.store, names, id)
    return MembersAnswer(
        alliance=Ref(id=found.id, name=found.name, iri=found.iri),
        members=kept(served, alliance_members, alliance=found.iri),  # 10 ms of query at 1M
    )
