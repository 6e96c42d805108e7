"""What CLI commands share: an up-to-date dataset, the store over it, name resolution."""

from __future__ import annotations

import sys

from ..build import build, is_stale
from ..names import NameIndex
from ..settings import Settings
from ..store import Store, open_store


def progress(message: str) -> None:
    print(f"unikg: {message}", file=sys.stderr, flush=True)


def ensure_built(settings: Settings) -> None:
    """Build the dataset when it is missing or older than its sources (embedded store only)."""
    if settings.store in ("memory", "rdflib") and is_stale(settings.data_dir, settings.dataset_path):
        progress(f"building {settings.dataset_path} (missing or older than its sources)")
        report = build(settings.data_dir, settings.dataset_path, progress=progress)
        progress(f"built {report.quads} quads in {report.graphs} graphs")


def store(settings: Settings) -> Store:
    ensure_built(settings)
    return open_store(settings)


def resolver(store: Store) -> NameIndex:
    return NameIndex.from_store(store)
