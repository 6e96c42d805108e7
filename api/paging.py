"""Pagination of list answers: ``offset`` and ``limit`` query parameters, and the page."""

from __future__ import annotations

from typing import Annotated

from fastapi import Query

from .models import Page

Offset = Annotated[int, Query(ge=0, le=1_000_000, description="items to skip", examples=[0])]
Limit = Annotated[int, Query(ge=1, le=1000, description="most items to return", examples=[100])]


def page(total: int, items: list, *, offset: int, limit: int) -> Page:
    """The page ``items`` (from ``offset`` on, at most ``limit``) of a list of ``total``.

    >>> page(5, ["b", "c"], offset=1, limit=2)
    Page(total=5, offset=1, limit=2, items=['b', 'c'])
    """
    return Page(total=total, offset=offset, limit=limit, items=items)


def sliced(items: list, *, offset: int, limit: int) -> Page:
    """``items[offset:offset+limit]`` with the total.

    >>> sliced(list("abcde"), offset=1, limit=2)
    Page(total=5, offset=1, limit=2, items=['b', 'c'])
    """
    return page(len(items), items[offset : offset + limit], offset=offset, limit=limit)
