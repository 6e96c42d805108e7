"""FastAPI dependencies: what the application serves (``state.Served``), opened at start-up."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from fastapi import Request

from unikg.graph.names import NameIndex
from unikg.graph.settings import Settings
from unikg.graph.store import Store

from .state import Served


def get_served(request: Request) -> Served:
    """What the app serves, read once per request: a reload swapping it while the request's
    dependencies are resolved cannot give it the store of one graph and the names of another."""
    served = getattr(request.state, "served", None)
    if served is None:
        served = request.state.served = request.app.state.served
    return served


def get_store(request: Request) -> Store:
    return get_served(request).store


def get_names(request: Request) -> NameIndex:
    return get_served(request).names


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def kept(served: Served, question: Callable[..., list], /, **filters) -> list:
    """``question(store, **filters)``, kept for the store's state once the server has built
    what it derives from it (``Derived.lists``); asked of the store until then."""
    derived = served.ready
    return derived.lists(question, **filters) if derived is not None else question(served.store, **filters)


def facts(served: Served, listed: Callable[[Store, list[str]], list], /) -> Callable[[list[str]], list]:
    """``listed(store, iris)`` as a function of ``iris``, its answers kept for the store's
    state once the server has built its lists (``Derived.facts``); asked of the store until
    then."""
    derived = served.ready
    return derived.facts(listed) if derived is not None else partial(listed, served.store)


def names_of(served: Served, question: Callable[[Store], list], /, *, kind: str) -> NameIndex:
    """The names of the items ``question(store)`` lists (``NameIndex.among``), kept for the
    store's state once the server has built its lists (``Derived.names_of``)."""
    derived = served.ready
    if derived is not None:
        return derived.names_of(question, kind=kind)
    return NameIndex.among(question(served.store), kind=kind)
