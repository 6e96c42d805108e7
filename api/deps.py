"""FastAPI dependencies: the store and the name index the application opened at start-up."""

from __future__ import annotations

from fastapi import Request

from unikg.graph.names import NameIndex
from unikg.graph.settings import Settings
from unikg.graph.store import Store


def get_store(request: Request) -> Store:
    return request.app.state.store


def get_names(request: Request) -> NameIndex:
    return request.app.state.names


def get_settings(request: Request) -> Settings:
    return request.app.state.settings
