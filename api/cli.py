"""``unikg serve``: build when needed, then run uvicorn over the graph."""

from __future__ import annotations

import socket
from dataclasses import replace

from unikg.graph.cli import context
from unikg.graph.errors import UserError
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
    _check_free(settings.host, settings.port)
    context.ensure_built(settings)
    context.progress(f"serving on http://{settings.host}:{settings.port}/ (Ctrl-C stops)")
    uvicorn.run(create_app(settings), host=settings.host, port=settings.port, log_level="info")
    return 0


def _check_free(host: str, port: int) -> None:
    """Refuse, in one line, an address that cannot be listened on (uvicorn would log several)."""
    if not 0 < port < 65536:
        raise UserError(f"--port {port} is not a port number (1-65535)")
    try:
        with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((host, port))
    except OSError as error:
        raise UserError(
            f"cannot listen on {host}:{port} ({error.strerror or error}): choose another --port or --host"
        ) from None
