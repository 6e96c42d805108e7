"""An error for a browser: a page saying what is wrong and how to fix it; for an unknown id,
the closest names (``/search``'s answer to the last part of the path) as links."""

from __future__ import annotations

from urllib.parse import unquote

from fastapi.responses import HTMLResponse

from unikg.graph.snapshot import Snapshot

from .. import html

TITLES = {400: "Bad request", 404: "Not found", 422: "Bad request", 502: "Store unavailable",
          503: "Not ready yet", 504: "Store unavailable"}
SUGGESTED = ("organization", "person", "agreement")


def page(status: int, detail: str, *, path: str, snapshot: Snapshot | None,
         headers: dict[str, str] | None = None) -> HTMLResponse:
    suggestions = []
    if status == 404 and snapshot is not None:
        last = unquote(path).rstrip("/").rsplit("/", 1)[-1][:200]
        suggestions = [(html.local_href(e.iri), e.name, kind)
                       for e, _, kind in snapshot.search(last, kinds=SUGGESTED, limit=6)] if last else []
    response = html.page("error.html", status_code=status, title=TITLES.get(status, "Error"), status=status,
                         detail=detail, suggestions=suggestions)
    response.headers.update(headers or {})
    return response
