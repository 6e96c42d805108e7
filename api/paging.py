"""Pagination of list answers: ``offset`` and ``limit`` query parameters, and the page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from fastapi import Query

from .models import Page

Offset = Annotated[int, Query(ge=0, le=1_000_000, description="items to skip", examples=[0])]
Limit = Annotated[int, Query(ge=1, le=1000, description="most items to return", examples=[100])]


def page(items: list, *, offset: int, limit: int) -> Page:
    """``items[offset:offset+limit]`` with the total.

    >>> page(list("abcde"), offset=1, limit=2)
    Page(total=5, offset=1, limit=2, items=['b', 'c'])
    """
    return Page(total=len(items), offset=offset, limit=limit, items=items[offset : offset + limit])


def page_of(matches: list, facts: Callable[[list[str]], list], *, offset: int, limit: int) -> Page:
    """A page of ``matches`` (``Ref``s, by name), its items given with their facts by
    ``facts(iris)``: only the page's facts are read.

    >>> from unikg.graph.questions.common import Ref
    >>> found = [Ref(id=x, name=x, iri="http://x/" + x) for x in "abc"]
    >>> page_of(found, lambda iris: [i.upper() for i in iris], offset=1, limit=1).items
    ['HTTP://X/B']
    """
    shown = page(matches, offset=offset, limit=limit)
    return shown.model_copy(update={"items": facts([m.iri for m in shown.items])})
