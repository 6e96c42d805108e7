"""The FastAPI application: one router module per resource under ``api/routers/``.

Every module in ``unikg.api.routers`` that defines ``router`` is included, in name order,
so adding a resource is adding a file.
"""

from __future__ import annotations

import asyncio
import importlib
import pkgutil
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.staticfiles import StaticFiles

from unikg.graph import __version__
from unikg.graph.settings import Settings
from unikg.graph.snapshot import Snapshot

from . import routers
from .errors import install_error_handlers
from .head import HeadAsGet
from .limits import RequestLimits
from .reload import Reloader
from .security_headers import SecurityHeaders
from .sparql.pool import query_pool
from .state import Watch, open_snapshot

STATIC = Path(__file__).resolve().parent / "static"


def create_app(settings: Settings | None = None, *, snapshot: Snapshot | None = None) -> FastAPI:
    """The app over ``settings``' dataset; ``snapshot``, when given, is that dataset already
    opened (``unikg serve`` opens it first, to refuse a corrupt file in one line)."""
    settings = settings or Settings.from_env()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        app.state.snapshot = snapshot or open_snapshot(settings)
        pool = app.state.sparql_pool = query_pool(settings)
        # warms the snapshot, then follows the store's loads; once what the first requests need
        # is read, the workers start while the server answers its routes (api/sparql/pool.py)
        loop = asyncio.get_running_loop()
        watch = Watch(app, settings, then=lambda: loop.call_soon_threadsafe(pool.start_soon)).start()
        reloader = app.state.reloader = Reloader(app, settings=settings)  # api/reload.py
        try:
            with reloader.on_sighup():
                yield
        finally:
            watch.close()
            await reloader.close()  # after uvicorn has let in-flight requests finish

    app = FastAPI(
        title="unikg",
        version=__version__,
        description=(
            "An open knowledge graph of universities, alliances, agreements and the people "
            "who sign them, built from news articles. Every answer comes from a named SPARQL "
            "query; every fact links to the sentence it came from."
        ),
        lifespan=lifespan,
        docs_url=None, redoc_url=None,  # /docs is api/routers/docs.py: Swagger UI vendored, no CDN
    )
    app.state.settings = settings
    install_error_handlers(app)
    app.add_middleware(RequestLimits, settings=settings)  # 413/400 before any route (api/limits.py)
    app.add_middleware(SecurityHeaders)  # nosniff; a CSP and no framing for pages (api/security_headers.py)
    # open to every origin for reading, as public SPARQL endpoints are; nothing here writes
    app.add_middleware(
        CORSMiddleware, allow_origins=["*"], allow_methods=["GET", "POST", "OPTIONS"],
        allow_headers=["Accept", "Content-Type"], expose_headers=["X-Results-Truncated", "X-Max-Rows"],
        max_age=86400,
    )
    app.add_middleware(HeadAsGet)  # outermost: HEAD runs as GET, the body is dropped (api/head.py)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")  # the pages' CSS and script
    for info in sorted(pkgutil.iter_modules(routers.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{routers.__name__}.{info.name}")
        if hasattr(module, "router"):
            app.include_router(module.router)
    return app
