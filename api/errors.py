"""Bad input is a 4xx with a message saying what is wrong and how to fix it; never a 500."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from unikg.graph.errors import NotFound, UserError

log = logging.getLogger("unikg.api")


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(NotFound)
    async def not_found(request: Request, error: NotFound):
        return JSONResponse(
            status_code=404, content={"detail": str(error), "suggestions": error.suggestions}
        )

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
        log.exception("internal error on %s", request.url.path)
        return JSONResponse(
            status_code=500, content={"detail": "internal error; it has been logged"}
        )
