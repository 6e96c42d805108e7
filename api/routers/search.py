"""``/search``: names, acronyms and spellings; case- and accent-insensitive, typo-tolerant."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from .. import examples, lookup, pages
from ..deps import CurrentSnapshot, WantsPage
from ..models import SearchAnswer, SearchHit

router = APIRouter(tags=["search"])

Kind = Literal["organization", "alliance", "person", "agreement", "country", "city"]
DEFAULT_KINDS = ["organization", "person", "country", "city"]


@router.get("/search", response_model=SearchAnswer, responses=examples.responses("search", content=examples.PAGE))
def search(
    snapshot: CurrentSnapshot,
    wants_page: WantsPage,
    q: Annotated[str, Query(
        min_length=1, max_length=lookup.MAX_NAME, examples=["xian jiaotong"],
        description="a name, acronym or spelling, or part of one; typos are tolerated",
    )],
    kind: Annotated[list[Kind] | None, Query(
        description="only entities of these kinds (one `kind=` each; an alliance is an organization too); "
        "by default organizations, people, countries and cities", examples=[["organization"]],
    )] = None,
    limit: Annotated[int, Query(ge=1, le=100, description="most results", examples=[10])] = 10,
):
    """Organisations (alliances among them), people, countries, cities and agreements whose
    names are closest to ``q``, best first, with a 0–100 score. A browser gets a page of them."""
    kinds = tuple(kind or (DEFAULT_KINDS + ["agreement"] if wants_page else DEFAULT_KINDS))
    answer = SearchAnswer(query=q, results=[
        SearchHit(id=e.id, name=e.name, iri=e.iri, kind=found, score=score)
        for e, score, found in snapshot.search(q, kinds=kinds, limit=limit)
    ])
    if wants_page:
        return pages.search.page(answer)
    return answer
