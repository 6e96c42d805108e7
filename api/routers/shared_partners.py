"""``/shared-partners``: the agreement partners common to a set of organisations."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from unikg.graph.questions.common import Ref

from .. import examples, lookup
from ..deps import CurrentSnapshot
from ..models import CommonPartnersAnswer
from ..paging import Limit, Offset

router = APIRouter(tags=["institutions"])


@router.get("/shared-partners", response_model=CommonPartnersAnswer, responses=examples.responses("get_common_partners"))
def get_common_partners(
    snapshot: CurrentSnapshot,
    ids: Annotated[list[str], Query(
        min_length=1, max_length=20,
        description="the organisations (slugs, acronyms or spellings), one `ids=` each",
        examples=[["xjtu", "cup"]],
    )],
    offset: Offset = 0,
    limit: Limit = 100,
):
    """The partners every one of the given organisations has an agreement with (agreements
    of their units count for them), each with the agreements linking it to each of them;
    by name, one page at a time."""
    resolved: dict[str, Ref] = {}
    for text in ids:
        if len(text) > lookup.MAX_NAME:
            raise lookup.invalid("ids", f"an id is at most {lookup.MAX_NAME} characters")
        org = lookup.parameter("ids", lambda: lookup.organization(snapshot, text))
        resolved[org.iri] = Ref(id=org.id, name=org.name, iri=org.iri)
    institutions = sorted(resolved.values(), key=lambda r: (r.name.casefold(), r.id))
    total, partners = snapshot.common_partners(list(resolved), offset=offset, limit=limit)
    return CommonPartnersAnswer(institutions=institutions, total=total, offset=offset, limit=limit, partners=partners)
