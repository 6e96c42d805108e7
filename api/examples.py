"""The example answer of every route, in ``/openapi.json``: real answers, not invented ones.

``REQUESTS`` names one request per route; ``examples.json`` holds the answers the built seed
graph gives to them. ``python -m unikg.api.examples`` rewrites the file after the data
changes, and a test fails when a stored example is no longer the answer the API gives.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from .models import ERRORS

FILE = Path(__file__).resolve().parent / "examples.json"
PAGE = {"text/html": {"schema": {"type": "string"}, "example": "<!doctype html>…"}}  # a route's page, for browsers

# route (endpoint function name) → the request whose answer is its example
REQUESTS = {
    "home": "/",
    "list_institutions": "/institutions?country=DZ",
    "get_institution": "/institutions/szu",
    "get_partners": "/institutions/szu/partners",
    "get_shared_partners": "/institutions/szu/shared-partners",
    "get_common_partners": "/shared-partners?ids=xjtu&ids=cup",
    "list_alliances": "/alliances?limit=2",
    "get_members": "/alliances/xjtu-som-sub-alliance/members",
    "list_agreements": "/agreements?party=szu",
    "get_agreement": "/agreements/kaznu-szu-agreement-2023",
    "agreements_per_year": "/agreements/per-year",
    "list_people": "/people?limit=1",
    "get_person": "/people/chen-feng",
    "list_documents": "/documents?limit=1",
    "get_document": "/documents/ensia-nwnu-twinning-2023",
    "search": "/search?q=xian%20jiaotong&limit=3",
    # network analysis (api/routers/analysis.py)
    "centrality": "/analysis/centrality?measure=degree&top=3",
    "list_communities": "/analysis/communities",
    "path": "/analysis/path?from=nust&to=kaznu",
    "list_brokers": "/analysis/brokers",
}


@cache
def stored() -> dict[str, dict]:
    return json.loads(FILE.read_text(encoding="utf-8")) if FILE.exists() else {}


def responses(route: str, *, content: dict | None = None) -> dict:
    """The ``responses=`` of a route: its example answer (plus other media types in
    ``content``), and the 400/404/422 error models."""
    example = stored().get(route, {}).get("answer")
    media = {"application/json": {"example": example}} if example is not None else {}
    return {200: {"content": {**media, **(content or {})}}, **ERRORS}


def main() -> None:
    """Ask the API each example request on the built graph and store the answers."""
    from fastapi.testclient import TestClient

    from unikg.graph.dataset.current import ensure_built
    from unikg.graph.files import write_atomically
    from unikg.graph.settings import Settings

    from .app import create_app

    settings = Settings.from_env()
    ensure_built(settings)
    answers = {}
    with TestClient(create_app(settings)) as client:
        for route, url in REQUESTS.items():
            response = client.get(url, headers={"Accept": "application/json"})
            response.raise_for_status()
            answers[route] = {"request": url, "answer": response.json()}
    write_atomically(FILE, (json.dumps(answers, indent=1, ensure_ascii=False) + "\n").encode("utf-8"))
    print(f"wrote {FILE} ({len(answers)} examples)")


if __name__ == "__main__":
    main()
