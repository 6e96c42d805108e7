"""The ``unikg`` entry point: each command module registers exactly the commands listed for
it, and a command's arguments load its own module only."""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys

import pytest

from unikg.cli import COMMAND_MODULES, parser


@pytest.mark.parametrize("module", COMMAND_MODULES)
def test_each_module_registers_the_commands_listed_for_it(module):
    commands = argparse.ArgumentParser().add_subparsers()
    importlib.import_module(module).register(commands)
    assert tuple(commands.choices) == COMMAND_MODULES[module]


def test_help_lists_every_command_and_a_command_builds_only_its_own():
    every = [c for names in COMMAND_MODULES.values() for c in names]
    assert list(_choices(parser())) == every
    assert list(_choices(parser(["--store", "oxigraph", "serve", "--port", "1"]))) == ["serve", "reload"]
    assert list(_choices(parser(["--store=memory", "stats"]))) == ["build", "validate", "stats"]
    assert list(_choices(parser(["no-such-command"]))) == every  # the error lists every command


def test_serve_imports_neither_the_build_the_analysis_commands_the_views_nor_what_only_they_need():
    # each of these costs a server's start-up 0.1-0.4 s (pyvis draws pages, httpx asks remote
    # stores, rdflib's SPARQL engine is the rdflib store's and the build's)
    unwanted = ("unikg.graph.dataset.build", "unikg.cli.analysis", "unikg.cli.viz", "pyvis", "httpx",
                "rdflib.plugins.sparql")
    code = ("import sys, importlib, pkgutil; from unikg.cli import parser; parser(['serve']); "
            "import unikg.api.app, unikg.api.routers, unikg.graph.store.oxigraph_disk, unikg.graph.dataset.current; "
            "[importlib.import_module(f'unikg.api.routers.{m.name}') for m in pkgutil.iter_modules(unikg.api.routers.__path__)]; "
            f"print(sorted(m for m in {unwanted!r} if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def _choices(built: argparse.ArgumentParser) -> dict:
    (commands,) = [a for a in built._actions if isinstance(a, argparse._SubParsersAction)]
    return commands.choices
