"""``unikg``: the one command-line entry point, the top floor: each subcommand lives in its own
module and calls the core (``unikg.graph``), the API (``unikg.api``) or the views (``unikg.viz``);
nothing below imports this package."""

from __future__ import annotations

import argparse
import importlib
import sys

from unikg.graph import __version__
from unikg.graph.errors import UserError
from unikg.graph.settings import Settings

# modules with a ``register(subparsers)`` function, in the order --help lists them, with the
# commands each registers: a command imports its own module only (``unikg serve`` does not
# import the analysis, the build or the views: 0.4 s of its start-up)
COMMAND_MODULES = {
    "unikg.cli.build": ("build", "validate", "stats"),
    "unikg.cli.query": ("query",),
    "unikg.cli.questions": ("partners", "shared-partners", "members"),
    "unikg.cli.ingest": ("ingest", "evaluate"),
    "unikg.cli.train": ("train",),
    "unikg.cli.link": ("link",),
    "unikg.cli.analysis": ("centrality", "communities", "path", "brokers", "export"),
    "unikg.cli.viz": ("viz",),
    "unikg.cli.synth": ("synth",),
    "unikg.cli.load": ("load",),
    "unikg.cli.serve": ("serve", "reload"),
}


def parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The parser of every command; given the arguments, only of the command they name (if
    they name one: help and mistakes get every command)."""
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
    command = _command(argv or [])
    named = [m for m, names in COMMAND_MODULES.items() if command in names]
    for name in named[:1] or COMMAND_MODULES:
        importlib.import_module(name).register(commands)
    return main


def _command(argv: list[str]) -> str | None:
    """The command the arguments name: the first one that is neither an option nor the value
    of ``--store`` (``--store oxigraph serve`` → serve)."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg == "--store":
            skip = True
        elif not arg.startswith("-"):
            return arg
    return None


def main(argv: list[str] | None = None) -> int:
    args = parser(sys.argv[1:] if argv is None else argv).parse_args(argv)
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
