"""The ``unikg`` entry point: each command module registers exactly the commands listed for
it, and a command's arguments load its own module only."""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys

import pytest

from unikg.graph.cli import COMMAND_MODULES, parser


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


def test_serve_does_not_import_the_build_the_analysis_commands_or_the_views():
    code = ("import sys; from unikg.graph.cli import parser; parser(['serve']); "
            "import unikg.api.app, unikg.graph.store.oxigraph_disk, unikg.graph.cli.context; "
            "print(sorted(m for m in ('unikg.graph.build', 'unikg.graph.cli.analysis', 'unikg.viz.cli') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def _choices(built: argparse.ArgumentParser) -> dict:
    (commands,) = [a for a in built._actions if isinstance(a, argparse._SubParsersAction)]
    return commands.choices
