"""``/search``: names, acronyms and spellings; case- and accent-insensitive, typo-tolerant."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from .. import examples, lookup
from ..deps import CurrentSnapshot
from ..models import SearchAnswer, SearchHit

router = APIRouter(tags=["search"])

KINDS = {"organization": "Organization", "person": "Person", "country": "Country", "city": "City"}


@router.get("/search", response_model=SearchAnswer, responses=examples.responses("search"))
def search(
    snapshot: CurrentSnapshot,
    q: Annotated[str, Query(
        min_length=1, max_length=lookup.MAX_NAME, examples=["xian jiaotong"],
        description="a name, acronym or spelling, or part of one; typos are tolerated",
    )],
    kind: Annotated[Literal["organization", "person", "country", "city"] | None, Query(
        description="only entities of this kind", examples=["organization"],
    )] = None,
    limit: Annotated[int, Query(ge=1, le=100, description="most results", examples=[10])] = 10,
):
    """Organisations, people, countries and cities whose names are closest to ``q``, best
    first, with a 0–100 score."""
    kinds = (KINDS[kind],) if kind else tuple(KINDS.values())
    hits = snapshot.names.search(q, kinds=kinds, limit=limit)
    return SearchAnswer(
        query=q,
        results=[
            SearchHit(id=e.id, name=e.name, iri=e.iri, kind=e.kind.lower(), score=score) for e, score in hits
        ],
    )
