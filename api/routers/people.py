"""``/people``: the people the articles name, their positions, signatures and events."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from unikg.graph.questions.people import Person, PersonSummary

from .. import examples, lookup
from .. import pages
from ..deps import CurrentSnapshot, WantsPage
from ..models import Page
from ..paging import Limit, Offset, page

router = APIRouter(tags=["people"])


@router.get("/people", response_model=Page[PersonSummary], responses=examples.responses("list_people"))
def list_people(snapshot: CurrentSnapshot, offset: Offset = 0, limit: Limit = 100):
    """Every person the articles name, by name, with the positions they hold."""
    return page(*snapshot.people(offset=offset, limit=limit), offset=offset, limit=limit)


@router.get("/people/{id}", response_model=Person, responses=examples.responses("get_person", content=examples.PAGE))
def get_person(
    id: Annotated[str, Path(
        min_length=1, max_length=lookup.MAX_NAME, examples=["zhanseit-tuimebayev", "Tuimebayev Zhanseit"],
        description="a slug or a spelling of the name, in any order",
    )],
    snapshot: CurrentSnapshot,
    wants_page: WantsPage,
):
    """One person: names, roles in organisations (with quotes), agreements signed, events
    taken part in, and the articles they appear in; a browser gets their page."""
    found = snapshot.person(lookup.person(snapshot, id).iri)
    return pages.person.page(snapshot, found) if wants_page else found
