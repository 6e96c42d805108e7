"""Shared fixtures: the real seed data built once per session into a temporary folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from unikg.graph.build import build
from unikg.graph.names import NameIndex
from unikg.graph.settings import PROJECT_ROOT, Settings
from unikg.graph.store import open_store

DATA = PROJECT_ROOT / "data"


@pytest.fixture(scope="session")
def settings(tmp_path_factory) -> Settings:
    """Settings over the real data/, building into a session-private folder."""
    build_dir = tmp_path_factory.mktemp("build")
    settings = Settings.from_env({}, data_dir=DATA, build_dir=build_dir)
    build(settings.data_dir, settings.dataset_path)
    return settings


@pytest.fixture(scope="session")
def store(settings):
    return open_store(settings)


@pytest.fixture(scope="session")
def names(store) -> NameIndex:
    return NameIndex.from_store(store)


@pytest.fixture
def data_copy(tmp_path) -> Path:
    """A private copy of data/ a test may break."""
    target = tmp_path / "data"
    shutil.copytree(DATA, target)
    return target


def run_cli(*args: str, env: dict | None = None, stdin: str | None = None) -> subprocess.CompletedProcess:
    """Run the real ``unikg`` command in a subprocess."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "unikg.graph.cli", *args],
        capture_output=True, text=True, env=full_env, input=stdin, timeout=300,
    )
