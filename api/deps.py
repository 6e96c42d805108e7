"""FastAPI dependencies: what the application serves (``state.Served``), opened at start-up."""

from __future__ import annotations

from fastapi import Request

from unikg.graph.analysis.networks import Networks
from unikg.graph.names import NameIndex
from unikg.graph.settings import Settings
from unikg.graph.store import Store

from .state import Served


def get_served(request: Request) -> Served:
    return request.app.state.served


def get_store(request: Request) -> Store:
    return request.app.state.served.store


def get_names(request: Request) -> NameIndex:
    return request.app.state.served.names


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_networks(request: Request) -> Networks:
    """The partnership networks of the served store, built on first use and kept."""
    return request.app.state.served.networks
