"""``/``: the home page, HTML for browsers and JSON for API clients, linking the resources."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from unikg.graph import __version__

from .. import examples, html
from ..deps import CurrentSnapshot
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


def wants_html(accept: str | None) -> bool:
    """True when the client prefers HTML to JSON (a browser).

    >>> wants_html("text/html,application/xhtml+xml,*/*;q=0.8"), wants_html("application/json"), wants_html(None)
    (True, False, False)
    """
    if not accept:
        return False
    best: dict[str, float] = {}
    for part in accept.split(","):
        media, *params = [p.strip() for p in part.split(";")]
        q = next((p.split("=", 1)[1] for p in params if p.replace(" ", "").startswith("q=")), "1")
        try:
            best[media.lower()] = float(q)
        except ValueError:
            best[media.lower()] = 0.0
    html_q = max(best.get("text/html", 0), best.get("application/xhtml+xml", 0))
    json_q = max(best.get("application/json", 0), best.get("*/*", 0) if html_q == 0 else 0)
    return html_q > 0 and html_q >= json_q


@router.get(
    "/",
    response_model=Home,
    responses=examples.responses(
        "home", content={"text/html": {"schema": {"type": "string"}, "example": "<!doctype html>…"}}
    ),
)
def home(request: Request, snapshot: CurrentSnapshot):
    """What unikg is, links to the docs, the SPARQL endpoint and the main resources, and
    how many resources the graph holds. HTML for browsers, JSON otherwise."""
    counts = snapshot.class_counts()
    answer = Home(
        name="unikg",
        version=__version__,
        description=request.app.description,
        links=LINKS,
        counts=counts,
    )
    if wants_html(request.headers.get("accept")):
        return HTMLResponse(html.render("home.html", title="unikg", home=answer), headers={"Vary": "Accept"})
    return answer
