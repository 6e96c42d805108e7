"""``/sparql``: the SPARQL 1.1 endpoint (Protocol, results formats, service description, editor).

Queries run in the sandboxed worker pool started with the app (``unikg.api.sparql.pool``)
under ``UNIKG_QUERY_TIMEOUT``; at most ``UNIKG_MAX_ROWS`` rows are sent.
"""

from __future__ import annotations

import ipaddress
import json
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import Response

from unikg.graph.store.formats import RDFLIB_FORMATS

from ..deps import get_snapshot
from ..sparql import negotiation, protocol
from ..sparql.examples import editor_examples
from ..sparql.pool import NotAnswered
from ..sparql.service_description import service_description
from ..sparql.worker import Job

router = APIRouter(tags=["SPARQL"])
STATIC = Path(__file__).resolve().parent.parent / "static"
EDITOR_FILES = {
    "yasgui.min.js": (STATIC / "yasgui" / "yasgui.min.js", "text/javascript; charset=utf-8"),
    "yasgui.min.css": (STATIC / "yasgui" / "yasgui.min.css", "text/css; charset=utf-8"),
    "editor.js": (STATIC / "editor" / "editor.js", "text/javascript; charset=utf-8"),
    "editor.css": (STATIC / "editor" / "editor.css", "text/css; charset=utf-8"),
}
DESCRIPTION = """SPARQL 1.1 Protocol endpoint (read-only) over the union of the graphs.

Send the query as `?query=` (GET), as a form field `query` (POST
`application/x-www-form-urlencoded`) or as the body (POST `application/sparql-query`);
`default-graph-uri` / `named-graph-uri` choose graphs of the dataset. SELECT/ASK answer in
`application/sparql-results+json` (default), `+xml`, `text/csv`, `text/tab-separated-values`;
CONSTRUCT/DESCRIBE in `text/turtle` (default), `application/n-triples`, `application/ld+json`,
`application/rdf+xml`. `format=json|xml|csv|tsv|turtle|ntriples|jsonld|rdfxml` overrides
`Accept`. Without a query, GET returns the service description (RDF) or, to a browser, the
query editor. Updates, `SERVICE` and graphs the store does not hold are refused; a query is
stopped after `UNIKG_QUERY_TIMEOUT` seconds (503) and results are cut at `UNIKG_MAX_ROWS`
rows (header `X-Results-Truncated: true`)."""


def _capped_client(request: Request) -> str | None:
    """Who the per-client cap of the query pool counts: the client's address (behind a proxy
    of ``UNIKG_TRUSTED_PROXIES``, the ``X-Forwarded-For`` address uvicorn reports), an IPv6
    address by its /64 (the block one household or one cloud machine holds), or None for this
    machine itself (tests, benchmarks, a reverse proxy that sends no ``X-Forwarded-For``).

    >>> from types import SimpleNamespace as client
    >>> [_capped_client(client(client=client(host=h))) for h in ("203.0.113.7", "2001:db8:1:2::9", "::ffff:203.0.113.7", "::1")]
    ['203.0.113.7', '2001:db8:1:2::/64', '203.0.113.7', None]
    """
    host = request.client.host if request.client else None
    try:
        address = ipaddress.ip_address(host) if host is not None else None
    except ValueError:  # not an address (FastAPI's TestClient)
        return None
    if address is None or address.is_loopback:
        return None
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return str(address.ipv4_mapped)
        return str(ipaddress.IPv6Network((address, 64), strict=False))
    return str(address)


def _endpoint(request: Request) -> str:
    """The endpoint's URL, as the client reached it (what relative IRIs of a query resolve
    against when it has no BASE, as on Fuseki)."""
    return str(request.url.replace(query="", fragment="")).rstrip("?")


def _error(status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    body = json.dumps({"detail": message}, ensure_ascii=False).encode("utf-8")
    return Response(body, status_code=status, media_type="application/json", headers=headers)


@router.get("/sparql", operation_id="sparql_get", summary="SPARQL 1.1 query endpoint", description=DESCRIPTION)
@router.post("/sparql", operation_id="sparql_post", summary="SPARQL 1.1 query endpoint", description=DESCRIPTION)
async def sparql(request: Request) -> Response:
    try:
        asked = await protocol.read_request(request)
    except protocol.ProtocolError as error:
        return _error(error.status, str(error))
    accept = request.headers.get("accept")
    if asked.query is None:
        if request.method == "POST":
            return _error(400, "no query: POST query=... or the query itself as application/sparql-query")
        if asked.format is None and negotiation.prefers_html(accept):
            return _editor_page()
        return _service_description(request, accept=accept, format=asked.format)
    settings = request.app.state.settings
    job = Job(
        query=asked.query, accept=accept, format=asked.format,
        default_graphs=asked.default_graphs, named_graphs=asked.named_graphs,
        max_rows=settings.max_rows, base=_endpoint(request),
    )
    try:
        answer = await request.app.state.sparql_pool.run(job, client=_capped_client(request),
                                                         memo=get_snapshot(request).memo)
    except NotAnswered as refused:  # over a limit, or no worker: the pool says which
        return _error(refused.status, str(refused), refused.headers)
    headers = {"Vary": "Accept", **answer.headers}
    return Response(answer.body, status_code=answer.status, headers=headers, media_type=answer.media_type)


@router.api_route("/sparql", methods=["PUT", "DELETE", "PATCH"], include_in_schema=False)
async def not_a_query_method(request: Request) -> Response:
    return _error(
        405, f"{request.method} is not a SPARQL query operation: use GET or POST",
        {"Allow": "GET, POST, OPTIONS"},
    )


@router.options("/sparql", include_in_schema=False)
async def options() -> Response:
    return Response(status_code=204, headers={"Allow": "GET, POST, OPTIONS"})


def _service_description(request: Request, *, accept: str | None, format: str | None) -> Response:
    try:
        chosen = negotiation.choose("DESCRIBE", accept=accept, format=format)
    except negotiation.NotAcceptable as error:
        return _error(406, str(error))
    graph = service_description(endpoint=_endpoint(request), graph_sizes=get_snapshot(request).graph_sizes())
    body = graph.serialize(format=RDFLIB_FORMATS[chosen.name], encoding="utf-8")
    return Response(body, media_type=chosen.content_type, headers={"Vary": "Accept"})


def _editor_page() -> Response:
    page = (STATIC / "editor" / "index.html").read_bytes()
    return Response(
        page, media_type="text/html; charset=utf-8",
        headers={"Vary": "Accept"},  # its Content-Security-Policy: api/security_headers.py
    )


@router.get("/sparql/editor/examples.json", include_in_schema=False)
async def examples() -> Response:
    body = json.dumps([{"name": e.name, "query": e.query} for e in editor_examples()], ensure_ascii=False)
    return Response(body.encode("utf-8"), media_type="application/json")


@router.get("/sparql/editor/{name}", include_in_schema=False)
async def editor_file(name: str) -> Response:
    if name not in EDITOR_FILES:
        return _error(404, f"no editor file {name!r}; the editor is at /sparql")
    path, media_type = EDITOR_FILES[name]
    return Response(path.read_bytes(), media_type=media_type, headers={"Cache-Control": "public, max-age=3600"})
