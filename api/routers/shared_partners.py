"""``/shared-partners``: the agreement partners common to a set of organisations."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from unikg.graph.projection.answers import common_partners_page
from unikg.graph.questions.resources import named
from unikg.graph.questions.common import Ref
from unikg.graph.questions.partners import common_partners

from .. import examples, lookup
from ..deps import facts, get_served
from ..models import CommonPartnersAnswer
from ..paging import Limit, Offset
from ..state import Served

router = APIRouter(tags=["institutions"])


@router.get("/shared-partners", response_model=CommonPartnersAnswer, responses=examples.responses("get_common_partners"))
def get_common_partners(
    served: Annotated[Served, Depends(get_served)],
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
    names = served.names
    resolved: dict[str, Ref] = {}
    for text in ids:
        if len(text) > lookup.MAX_NAME:
            raise lookup.invalid("ids", f"an id is at most {lookup.MAX_NAME} characters")
        org = lookup.parameter("ids", lambda: lookup.organization(names, text))
        resolved[org.iri] = Ref(id=org.id, name=org.name, iri=org.iri)
    institutions = sorted(resolved.values(), key=lambda r: (r.name.casefold(), r.id))
    projection = served.projection
    if projection is not None:
        total, partners = common_partners_page(served.store, projection, list(resolved), offset=offset,
                                               limit=limit, names=facts(served, named))
    else:
        found = common_partners(served.store, list(resolved))
        total, partners = len(found), found[offset : offset + limit]
    return CommonPartnersAnswer(institutions=institutions, total=total, offset=offset, limit=limit, partners=partners)
