"""``unikg``: the one command-line entry point. Each subcommand lives in its own module."""

from __future__ import annotations

import argparse
import importlib
import sys

from .. import __version__
from ..errors import UserError
from ..settings import Settings

# modules with a ``register(subparsers)`` function, in the order --help lists them
COMMAND_MODULES = (
    "unikg.graph.cli.build",
    "unikg.graph.cli.query",
    "unikg.graph.cli.questions",
    "unikg.graph.cli.ingest",
    "unikg.graph.cli.analysis",
    "unikg.viz.cli",
    "unikg.graph.cli.synth",
    "unikg.graph.cli.load",
    "unikg.api.cli",
)


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(
        prog="unikg",
        description="unikg: a knowledge graph of universities, alliances, agreements and "
        "the people who sign them, built from news articles.",
    )
    main.add_argument("--version", action="version", version=f"unikg {__version__}")
    main.add_argument("--debug", action="store_true", help="show a traceback on internal errors")
    main.add_argument(
        "--store", metavar="STORE",
        help="the store to use, as UNIKG_STORE: memory (default), rdflib, oxigraph, "
        "oxigraph:PATH or a SPARQL endpoint URL",
    )
    commands = main.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(commands)
    return main


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        settings = Settings.from_env(store=args.store)
        return args.run(args, settings) or 0
    except UserError as error:
        print(f"unikg: error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("unikg: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. `unikg query ... | head`
        return 0
    except Exception as error:  # a bug: one line unless --debug asks for the traceback
        if args.debug:
            raise
        print(
            f"unikg: internal error: {type(error).__name__}: {error} (rerun with --debug "
            "for the traceback, and please report it)",
            file=sys.stderr,
        )
        return 70


if __name__ == "__main__":
    sys.exit(main())
