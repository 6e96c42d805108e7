"""``/``: the home page, HTML for browsers and JSON for API clients, linking the resources."""

from __future__ import annotations

from fastapi import APIRouter, Request

from unikg.graph import __version__

from .. import examples, pages
from ..deps import CurrentSnapshot, WantsPage
from ..models import Home

router = APIRouter(tags=["home"])

LINKS = {
    "API documentation (OpenAPI)": "/docs",
    "OpenAPI schema": "/openapi.json",
    "SPARQL 1.1 endpoint": "/sparql",
    "institutions": "/institutions",
    "alliances": "/alliances",
    "agreements": "/agreements",
    "people": "/people",
    "documents": "/documents",
    "search": "/search?q=xjtu",
    "an institution's partners": "/institutions/xjtu/partners",
    "which partners does XJTU share?": "/institutions/xjtu/shared-partners",
    "linked data: XJTU": "/id/org/xjtu",
}


@router.get("/", response_model=Home, responses=examples.responses("home", content=examples.PAGE))
def home(request: Request, snapshot: CurrentSnapshot, wants_page: WantsPage):
    """What unikg is, links to the docs, the SPARQL endpoint and the main resources, and
    how many resources the graph holds. A browser gets the home page: search, the graph's
    size and picture, the most central organisations, the latest agreements."""
    if wants_page:
        return pages.home.page(snapshot, description=request.app.description)
    return Home(name="unikg", version=__version__, description=request.app.description, links=LINKS,
                counts=snapshot.class_counts())
