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


from ..sparql import negotiation, protocol
from ..sparql.examples import editor_examples
from ..sparql.pool import ClientBusy, NoWorkers, PoolBusy, QueryPool, QueryTimeout, WorkerLost
from ..sparql.serializers import RDFLIB_FORMATS
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
# the editor page may load and fetch from this server only
EDITOR_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'"
)
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
    """The address the per-client cap of the query pool counts, or None for this machine
    itself (tests, benchmarks, a reverse proxy that sends no ``X-Forwarded-For``)."""
    host = request.client.host if request.client else None
    try:
        return None if host is None or ipaddress.ip_address(host).is_loopback else host
    except ValueError:  # not an address (FastAPI's TestClient)
        return None


def _error(status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    body = json.dumps({"detail": message}, ensure_ascii=False).encode("utf-8")
    return Response(body, status_code=status, media_type="application/json", headers=headers)


@router.get("/sparql", operation_id="sparql_get", summary="SPARQL 1.1 query endpoint", description=DESCRIPTION)
@router.post("/sparql", operation_id="sparql_post", summary="SPARQL 1.1 query endpoint", description=DESCRIPTION)
async def sparql(request: Request) -> Response:
    try:
        asked = await protocol.read_request(request)
    except protocol.ProtocolError as error:
        return _error(error.status, str(error), error.headers)
    accept = request.headers.get("accept")
    if asked.query is None:
        if request.method == "POST":
            return _error(400, "no query: POST query=... or the query itself as application/sparql-query")
        if asked.format is None and negotiation.prefers_html(accept):
            return _editor_page()
        return _service_description(request, accept=accept, format=asked.format)
    settings = request.app.state.settings
    pool: QueryPool = request.app.state.sparql_pool
    job = Job(
        query=asked.query, accept=accept, format=asked.format,
        default_graphs=asked.default_graphs, named_graphs=asked.named_graphs,
        max_rows=settings.max_rows,
    )
    try:
        answer = await pool.run(job, timeout=settings.query_timeout, client=_capped_client(request))
    except QueryTimeout:
        return _error(
            503,
            f"the query ran longer than the {settings.query_timeout:g} s limit and was stopped "
            "(the limit is the setting UNIKG_QUERY_TIMEOUT); narrow it down or add a LIMIT",
        )
    except PoolBusy:
        return _error(
            503,
            f"all {pool.size} query workers stayed busy for {settings.query_timeout:g} s "
            "(UNIKG_QUERY_TIMEOUT); try again shortly",
            {"Retry-After": str(max(int(settings.query_timeout), 1))},
        )
    except ClientBusy:
        return _error(
            429,
            f"you already have {pool.per_client} SPARQL query(ies) running, the most one client may "
            "have at once (so that every client finds a free query worker); send this one when they are answered",
            {"Retry-After": "1"},
        )
    except WorkerLost:
        return _error(503, "the query worker stopped while answering (out of memory?); it has been replaced")
    except NoWorkers as stopped:
        return _error(stopped.status, f"no SPARQL query worker is running: {stopped}; the server tries again "
                      f"in {stopped.retry_after} s (a reload, `unikg reload`, starts new ones at once)",
                      {"Retry-After": str(stopped.retry_after)})
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
    endpoint = str(request.url.replace(query="", fragment="")).rstrip("?")
    graph = service_description(endpoint=endpoint, graph_sizes=request.app.state.served.graph_sizes)
    body = graph.serialize(format=RDFLIB_FORMATS[chosen.name], encoding="utf-8")
    return Response(body, media_type=chosen.content_type, headers={"Vary": "Accept"})


def _editor_page() -> Response:
    page = (STATIC / "editor" / "index.html").read_bytes()
    return Response(
        page, media_type="text/html; charset=utf-8",
        headers={"Content-Security-Policy": EDITOR_CSP, "Vary": "Accept"},
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
