"""``/docs``: the API's interactive documentation (Swagger UI over ``/openapi.json``), from
vendored files (``api/static/swagger-ui/``) so that it works offline and under the pages'
Content-Security-Policy (no CDN, no inline script)."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import HTMLResponse, JSONResponse, Response

router = APIRouter(include_in_schema=False)
STATIC = Path(__file__).resolve().parent.parent / "static"
FILES = {
    "swagger-ui-bundle.js": (STATIC / "swagger-ui" / "swagger-ui-bundle.js", "text/javascript; charset=utf-8"),
    "swagger-ui.css": (STATIC / "swagger-ui" / "swagger-ui.css", "text/css; charset=utf-8"),
    "docs.js": (STATIC / "docs" / "docs.js", "text/javascript; charset=utf-8"),
}


@router.get("/docs")
async def docs() -> HTMLResponse:
    return HTMLResponse((STATIC / "docs" / "index.html").read_bytes())


@router.get("/docs/{name}")
async def docs_file(name: str) -> Response:
    if name not in FILES:
        return JSONResponse({"detail": f"no documentation file {name!r}; the documentation is at /docs"}, status_code=404)
    path, media_type = FILES[name]
    return Response(path.read_bytes(), media_type=media_type, headers={"Cache-Control": "public, max-age=3600"})
