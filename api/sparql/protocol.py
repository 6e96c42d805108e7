"""The SPARQL 1.1 Protocol's query operation: what a request asks, or why it is malformed.

Three ways to send a query (https://www.w3.org/TR/sparql11-protocol/#query-operation):
GET with ``?query=``, POST of an ``application/x-www-form-urlencoded`` form, and POST of
the query itself as ``application/sparql-query``; ``default-graph-uri`` and
``named-graph-uri`` give the dataset, in the URL or in the form. Anything else is a
``ProtocolError`` with the status the protocol asks for and a message saying how to fix it.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qsl

from starlette.requests import Request

FORM = "application/x-www-form-urlencoded"
DIRECT = "application/sparql-query"
UPDATE = "application/sparql-update"


class ProtocolError(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class QueryRequest:
    query: str | None  # None: no query, the client wants the service description or editor
    default_graphs: list[str] | None = None  # None: not given
    named_graphs: list[str] | None = None
    format: str | None = None  # the ``format`` parameter(s), comma-separated


async def read_request(request: Request) -> QueryRequest:
    """The query operation a GET or POST request carries (the route takes no other method)."""
    url_params = _multi(parse_qsl(request.url.query, keep_blank_values=True))
    if request.method == "GET":
        return _query_request(url_params, body_query=None)
    media_type, charset = _content_type(request.headers.get("content-type"))
    if media_type is None:
        raise ProtocolError(
            415, f"a POST needs a Content-Type: {FORM} (query=...) or {DIRECT} (the query as the body)"
        )
    if charset not in (None, "utf-8", "utf8", "us-ascii"):
        raise ProtocolError(415, f"the request body must be UTF-8, not {charset}")
    body = await request.body()  # bounded by UNIKG_MAX_BODY_BYTES already (api/limits.py)
    if media_type == UPDATE:
        raise ProtocolError(403, "SPARQL Update is refused: this endpoint is read-only")
    if media_type == FORM:
        try:
            form = _multi(parse_qsl(_text(body), keep_blank_values=True, errors="strict"))
        except UnicodeDecodeError as error:
            raise ProtocolError(
                400, f"the form's percent-escapes are not UTF-8 (byte 0x{error.object[error.start]:02x}); "
                "encode text as UTF-8 before percent-encoding it",
            ) from None
        for name, values in form.items():
            url_params.setdefault(name, []).extend(values)
        return _query_request(url_params, body_query=None)
    if media_type == DIRECT:
        return _query_request(url_params, body_query=_text(body))
    raise ProtocolError(
        415,
        f"Content-Type {media_type} is not a SPARQL query: POST {FORM} (query=...) or "
        f"{DIRECT} (the query as the body)",
    )


def _query_request(params: dict[str, list[str]], *, body_query: str | None) -> QueryRequest:
    if "update" in params:
        raise ProtocolError(403, "SPARQL Update is refused: this endpoint is read-only")
    queries = params.get("query", [])
    if body_query is not None:
        if queries:
            raise ProtocolError(400, "give the query once: as the body or as ?query=, not both")
        queries = [body_query]
    if len(queries) > 1:
        raise ProtocolError(400, f"give exactly one query parameter, not {len(queries)}")
    formats = params.get("format", [])  # SPARQLWrapper sends several: name and media type
    query = queries[0] if queries else None
    if query is not None and not query.strip():
        raise ProtocolError(400, "the query is empty")
    return QueryRequest(
        query=query,
        default_graphs=params.get("default-graph-uri"),
        named_graphs=params.get("named-graph-uri"),
        format=",".join(formats) if formats else None,
    )


def _multi(pairs: list[tuple[str, str]]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for name, value in pairs:
        out.setdefault(name, []).append(value)
    return out


def _content_type(header: str | None) -> tuple[str | None, str | None]:
    if not header:
        return None, None
    media, *params = [p.strip() for p in header.split(";")]
    charset = None
    for param in params:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            charset = value.strip().strip('"').lower()
    return media.lower(), charset


def _text(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ProtocolError(400, f"the request body is not UTF-8 (byte {error.start})") from None
