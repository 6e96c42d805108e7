"""``/people``: the people the articles name, their positions, signatures and events."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path

from unikg.graph.names import NameIndex
from unikg.graph.questions.people import Person, PersonSummary, listed, matching, person
from unikg.graph.store import Store

from .. import examples, lookup
from ..deps import facts, get_names, get_served, get_store, kept
from ..models import Page
from ..paging import Limit, Offset, page_of
from ..state import Served

router = APIRouter(tags=["people"])


@router.get("/people", response_model=Page[PersonSummary], responses=examples.responses("list_people"))
def list_people(
    served: Annotated[Served, Depends(get_served)], offset: Offset = 0, limit: Limit = 100
):
    """Every person the articles name, by name, with the positions they hold."""
    return page_of(kept(served, matching), facts(served, listed), offset=offset, limit=limit)


@router.get("/people/{id}", response_model=Person, responses=examples.responses("get_person"))
def get_person(
    id: Annotated[str, Path(
        min_length=1, max_length=lookup.MAX_NAME, examples=["zhanseit-tuimebayev", "Tuimebayev Zhanseit"],
        description="a slug or a spelling of the name, in any order",
    )],
    store: Annotated[Store, Depends(get_store)],
    names: Annotated[NameIndex, Depends(get_names)],
):
    """One person: names, roles in organisations (with quotes), agreements signed, events
    taken part in, and the articles they appear in."""
    return person(store, lookup.person(names, id).iri)
