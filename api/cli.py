"""``unikg serve``: build when needed, then run uvicorn over the graph."""

from __future__ import annotations

from dataclasses import replace

from unikg.graph.cli import context
from unikg.graph.settings import Settings


def register(commands) -> None:
    p = commands.add_parser("serve", help="serve the HTTP API and SPARQL endpoint (uvicorn)")
    p.add_argument("--host", help="address to listen on (default 127.0.0.1, UNIKG_HOST)")
    p.add_argument("--port", type=int, help="port to listen on (default 8000, UNIKG_PORT)")
    p.set_defaults(run=run_serve)


def run_serve(args, settings: Settings) -> int:
    import uvicorn

    from .app import create_app

    settings = replace(
        settings, host=args.host or settings.host, port=args.port or settings.port
    )
    context.ensure_built(settings)
    context.progress(f"serving on http://{settings.host}:{settings.port}/ (Ctrl-C stops)")
    uvicorn.run(create_app(settings), host=settings.host, port=settings.port, log_level="info")
    return 0
