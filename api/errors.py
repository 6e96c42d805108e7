"""Bad input is a 4xx with a message saying what is wrong and how to fix it; never a 500."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect

from unikg.graph.errors import NotFound, UserError
from unikg.graph.snapshot import NotYet
from unikg.graph.store import StoreUnavailable

from .security_headers import EVERY_ANSWER

log = logging.getLogger("unikg.api")


# what a 422 body is (the handler below), in place of FastAPI's default list of error objects
VALIDATION_ERROR = {
    "title": "HTTPValidationError",
    "type": "object",
    "properties": {
        "detail": {"type": "string", "title": "Detail", "description": "what is wrong, and how to fix it"},
        "errors": {"type": "array", "items": {"type": "string"}, "title": "Errors",
                   "description": "one line per invalid parameter"},
    },
    "required": ["detail"],
}


def install_error_handlers(app: FastAPI) -> None:
    schema_of = app.openapi

    def openapi() -> dict:
        """The OpenAPI schema, saying what our 422 answers really hold."""
        if app.openapi_schema is None:
            schema = schema_of()
            schema.get("components", {}).get("schemas", {})["HTTPValidationError"] = VALIDATION_ERROR
        return app.openapi_schema

    app.openapi = openapi

    @app.exception_handler(NotFound)
    async def not_found(request: Request, error: NotFound):
        return JSONResponse(
            status_code=404, content={"detail": str(error), "suggestions": error.suggestions}
        )

    @app.exception_handler(HTTPException)
    async def no_route(request: Request, error: HTTPException):
        if error.status_code == 404 and error.detail == "Not Found":  # no route matched the path
            return JSONResponse(status_code=404, content={"detail": (
                f"no route matches {request.url.path!r}: the routes are listed at /docs "
                "(an id never contains '/'; ids are slugs, acronyms or names)"
            )})
        return await http_exception_handler(request, error)

    @app.exception_handler(ClientDisconnect)
    async def hung_up(request: Request, error: ClientDisconnect):
        """The client hung up mid-body: one line, no traceback; the answer reaches no one."""
        client_gone(request.scope)
        return Response(status_code=400)

    @app.exception_handler(NotYet)
    @app.exception_handler(StoreUnavailable)
    async def come_back_later(request: Request, error: NotYet | StoreUnavailable):
        """The store is down or answers garbage (502/503/504), or what the answer needs is still
        being read from it (503): not the client's fault; the server keeps trying (api/state.py)."""
        retry = {} if error.retry_after is None else {"Retry-After": str(error.retry_after)}
        return JSONResponse(status_code=error.status, content={"detail": str(error)}, headers=retry)

    @app.exception_handler(UserError)
    async def user_error(request: Request, error: UserError):
        return JSONResponse(status_code=400, content={"detail": str(error)})

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, error: RequestValidationError):
        problems = []
        for e in error.errors():
            where = ".".join(str(p) for p in e.get("loc", ()) if p != "body")
            problems.append(f"{where}: {e.get('msg')}")
        return JSONResponse(
            status_code=422,
            content={"detail": "invalid parameters: " + "; ".join(problems), "errors": problems},
        )

    @app.exception_handler(Exception)
    async def internal(request: Request, error: Exception):
        """Starlette answers this from its outermost layer, outside every middleware: the
        headers every answer carries (api/security_headers.py) are added here."""
        log.exception("internal error on %s", request.url.path)
        return JSONResponse(
            status_code=500, content={"detail": "internal error; it has been logged"},
            headers={name.decode(): value.decode() for name, value in EVERY_ANSWER},
        )


def client_gone(scope) -> None:
    """Say, in one line, that a client hung up before it had sent its whole request."""
    client = "%s:%s" % tuple(scope["client"]) if scope.get("client") else "a client"
    log.info("%s %s: %s closed the connection before sending the whole request",
             scope.get("method", "?"), scope.get("path", "?"), client)
