"""FastAPI dependencies, as ``Annotated`` aliases the routes declare (FastAPI's full-stack
template): ``CurrentSnapshot``, the read model of the store version being served, and
``CurrentSettings``."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from unikg.graph.settings import Settings
from unikg.graph.snapshot import Snapshot


def get_snapshot(request: Request) -> Snapshot:
    """The snapshot served, read once per request: a reload swapping it while the request's
    dependencies are resolved cannot give the request parts of two versions."""
    snapshot = getattr(request.state, "snapshot", None)
    if snapshot is None:
        snapshot = request.state.snapshot = request.app.state.snapshot
    return snapshot


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


CurrentSnapshot = Annotated[Snapshot, Depends(get_snapshot)]
CurrentSettings = Annotated[Settings, Depends(get_settings)]
