"""FastAPI dependencies: what the application serves (``state.Served``), opened at start-up."""

from __future__ import annotations

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

