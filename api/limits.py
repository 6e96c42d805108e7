"""Request limits, checked before any route runs: an oversized or undecodable request is a 4xx
with a message saying which limit it broke and how to stay under it.

* a body over ``UNIKG_MAX_BODY_BYTES`` → 413, said from ``Content-Length`` before the body
  is read, or as soon as a streamed (chunked) body passes the limit (such a body is read
  here, at most the limit, and handed on whole). The connection is then closed, lingering
  (``connections.py``): the rest of the body is read and discarded, so that a client that
  sends it all before reading gets the 413, not a reset;
* a path or query string whose percent-escapes are not UTF-8 (``%FF``) → 400: the server
  would otherwise read them as U+FFFD and answer about a name nobody asked for.

The URL (``UNIKG_MAX_URL_BYTES`` → 414) and the headers (``UNIKG_MAX_HEADER_BYTES`` → 431)
are counted as they arrive, before the app sees them (``connections.py``); their messages
are written here.

A plain ASGI middleware (a body with a Content-Length passes through unbuffered): ``RequestLimits(app, settings=...)``.

>>> too_long("url", 20_000, 16_384)
'the URL has 20000 bytes, over the 16384-byte limit (UNIKG_MAX_URL_BYTES): send a long SPARQL query with POST, as the body (application/sparql-query) or as a form'
>>> undecodable(b"/institutions/%FF", "path")
'the path is not UTF-8: its percent-escapes decode to byte 0xff at position 14; encode text as UTF-8 before percent-encoding it'
>>> undecodable(b"q=xjtu&name=%C3%A9", "query string") is None
True
"""

from __future__ import annotations

import json
from urllib.parse import unquote_to_bytes

from unikg.graph.settings import Settings

from .errors import client_gone

LIMITS = {  # what is counted → (its name, the setting, how to stay under it)
    "url": ("the URL", "UNIKG_MAX_URL_BYTES",
            "send a long SPARQL query with POST, as the body (application/sparql-query) or as a form"),
    "headers": ("the request's header section", "UNIKG_MAX_HEADER_BYTES", "send fewer or shorter headers (cookies?)"),
    "body": ("the request body", "UNIKG_MAX_BODY_BYTES", "send a shorter body"),
}


def too_long(what: str, size: int, limit: int) -> str:
    name, setting, hint = LIMITS[what]
    return f"{name} has {size} bytes, over the {limit}-byte limit ({setting}): {hint}"


def undecodable(raw: bytes, what: str) -> str | None:
    """Why a raw path or query string is not UTF-8 once percent-decoded (None: it is)."""
    if what == "query string":
        raw = raw.replace(b"+", b" ")
    try:
        unquote_to_bytes(raw).decode("utf-8")
    except UnicodeDecodeError as error:
        byte = error.object[error.start]
        return (
            f"the {what} is not UTF-8: its percent-escapes decode to byte 0x{byte:02x} at position "
            f"{error.start}; encode text as UTF-8 before percent-encoding it"
        )
    return None


class RequestLimits:
    """ASGI middleware refusing, with a 4xx and a message, requests over the limits."""

    def __init__(self, app, *, settings: Settings):
        self.app = app
        self.max_body = settings.max_body_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        refusal = self._refusal(scope)
        if refusal is not None:
            return await _answer(send, *refusal)
        if _content_length(scope["headers"]) is None and _has_body(scope["headers"]):
            # a streamed (chunked) body: read it here, up to the limit, then hand it on
            chunks, size = [], 0
            while True:
                message = await receive()
                if message["type"] != "http.request":
                    client_gone(scope)
                    return
                chunks.append(message.get("body", b""))
                size += len(chunks[-1])
                if size > self.max_body:
                    return await _answer(send, 413, too_long("body", size, self.max_body) + " (read so far)")
                if not message.get("more_body", False):
                    break
            receive = _replay(b"".join(chunks), receive)
        await self.app(scope, receive, send)

    def _refusal(self, scope) -> tuple[int, str] | None:
        raw_path = scope.get("raw_path") or scope["path"].encode("utf-8", "surrogateescape")
        query = scope.get("query_string", b"")
        for raw, what in ((raw_path, "path"), (query, "query string")):
            problem = undecodable(raw, what)
            if problem:
                return 400, problem
        length = _content_length(scope["headers"])
        if length is not None and length > self.max_body:
            return 413, too_long("body", length, self.max_body)
        return None


def _has_body(headers) -> bool:
    return any(name == b"transfer-encoding" for name, _ in headers)


def _replay(body: bytes, receive):
    sent = False

    async def replayed():
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replayed


def _content_length(headers) -> int | None:
    for name, value in headers:
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


async def _answer(send, status: int, message: str) -> None:
    body = json.dumps({"detail": message}).encode("utf-8")
    await send({
        "type": "http.response.start", "status": status,
        "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                    (b"connection", b"close")],
    })
    await send({"type": "http.response.body", "body": body})
