"""A check the list routes share: their pages, one after the other, are the whole list."""

from __future__ import annotations


def assert_pages_partition(client, path: str, *, total: int, limit: int) -> None:
    """``path``'s whole list has ``total`` items, by name, and its pages of ``limit`` items
    are that list, each giving the same ``total``."""
    whole = client.get(path).json()
    assert whole["total"] == len(whole["items"]) == total
    names = [item["name"].casefold() for item in whole["items"]]
    assert names == sorted(names)
    offsets = range(0, total + limit, limit)
    pages = [client.get(path, params={"limit": limit, "offset": offset}).json() for offset in offsets]
    assert [item for page in pages for item in page["items"]] == whole["items"]
    assert {page["total"] for page in pages} == {whole["total"]}
