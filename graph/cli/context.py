"""What CLI commands share: an up-to-date dataset, the store over it, name resolution."""

from __future__ import annotations

import sys

from ..names import NameIndex
from ..names import keep as keep_names
from ..settings import Settings
from ..staleness import is_stale
from ..store import Store, StoreChoice, open_store, store_choice


def progress(message: str) -> None:
    print(f"unikg: {message}", file=sys.stderr, flush=True)


def ensure_built(settings: Settings) -> None:
    """Build the dataset when it is missing or older than its sources, and load it into the
    Oxigraph store on disk when that is the store and is missing or older than the dataset.

    A remote store (a URL) is left alone: the server is the source of truth.
    """
    choice = store_choice(settings)
    if choice.kind == "remote":
        return
    if is_stale(settings.data_dir, settings.dataset_path):
        from ..build import build

        progress(f"building {settings.dataset_path} (missing or older than its sources)")
        report = build(settings.data_dir, settings.dataset_path, progress=progress)
        progress(f"built {report.quads} quads in {report.graphs} graphs")
    if choice.kind == "oxigraph":
        ensure_loaded(settings, choice)


def ensure_loaded(settings: Settings, choice: StoreChoice) -> None:
    """(Re)load the built dataset into the store on disk if the store is missing or older."""
    from ..store import oxigraph_disk
    from ..store.sources import Source
    from ..store.trig_file import check_count, read_checked

    published = oxigraph_disk.modified(choice.path)
    if published is not None and published >= settings.dataset_path.stat().st_mtime:
        return
    progress(f"loading {settings.dataset_path} into {choice.path} (missing or older than the dataset)")
    _, expected = read_checked(settings.dataset_path)
    loaded = oxigraph_disk.load(choice.path, [Source.of(settings.dataset_path)], replace=True, derive=keep_names)
    check_count(settings.dataset_path, found=loaded.triples, expected=expected)
    progress(f"loaded {loaded.triples} quads into {loaded.store} in {loaded.seconds:.1f} s")


def store(settings: Settings) -> Store:
    ensure_built(settings)
    return open_store(settings)


def resolver(store: Store) -> NameIndex:
    return NameIndex.of(store)
