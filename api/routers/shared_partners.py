"""``/shared-partners``: the agreement partners common to a set of organisations."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from unikg.graph.names import NameIndex
from unikg.graph.questions.common import Ref
from unikg.graph.questions.partners import common_partners
from unikg.graph.store import Store

from .. import examples, lookup
from ..deps import get_names, get_store
from ..models import CommonPartnersAnswer

router = APIRouter(tags=["institutions"])


@router.get("/shared-partners", response_model=CommonPartnersAnswer, responses=examples.responses("get_common_partners"))
def get_common_partners(
    store: Annotated[Store, Depends(get_store)],
    names: Annotated[NameIndex, Depends(get_names)],
    ids: Annotated[list[str], Query(
        min_length=1, max_length=20,
        description="the organisations (slugs, acronyms or spellings), one `ids=` each",
        examples=[["xjtu", "cup"]],
    )],
):
    """The partners every one of the given organisations has an agreement with (agreements
    of their units count for them), each with the agreements linking it to each of them."""
    resolved: dict[str, Ref] = {}
    for text in ids:
        if len(text) > lookup.MAX_NAME:
            raise lookup.invalid("ids", f"an id is at most {lookup.MAX_NAME} characters")
        org = lookup.parameter("ids", lambda: lookup.organization(names, text))
        resolved[org.iri] = Ref(id=org.id, name=org.name, iri=org.iri)
    institutions = sorted(resolved.values(), key=lambda r: (r.name.casefold(), r.id))
    return CommonPartnersAnswer(
        institutions=institutions, partners=common_partners(store, list(resolved))
    )
