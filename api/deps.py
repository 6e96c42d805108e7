"""FastAPI dependencies, as ``Annotated`` aliases the routes declare (FastAPI's full-stack
template): ``CurrentSnapshot``, the read model of the store version being served, and
``CurrentSettings``; ``WantsPage``, whether a browser asks (the route then answers with
its page, ``api/pages/``)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request, Response

from unikg.graph.settings import Settings
from unikg.graph.snapshot import Snapshot

from .negotiation import PAGE_OR_JSON, preferred


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


def wants_page(request: Request, response: Response) -> bool:
    """Whether the client (a browser) prefers a page to JSON; either way the answer varies
    with ``Accept``."""
    response.headers["Vary"] = "Accept"
    return preferred(request.headers.get("accept"), PAGE_OR_JSON) == "html"


WantsPage = Annotated[bool, Depends(wants_page)]
