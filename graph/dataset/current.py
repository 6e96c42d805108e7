"""The dataset kept current: built when older than its sources, loaded into the Oxigraph store on
disk when that store is older than the dataset. Plain functions the CLI, the API and the views
call before they open the store (``opened``); ``progress`` receives one line per step."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .. import queries
from ..namespaces import ONTOLOGY_GRAPH
from ..settings import Settings
from .staleness import is_stale
from ..store import Store, StoreChoice, open_store, store_choice
from ..store.sources import BUILD_GRAPH, HAS_PART, LOAD_GRAPH, Source
from ..store.trig_file import check_count, read_checked

Progress = Callable[[str], None]


def _quiet(message: str) -> None:
    pass


def stale(settings: Settings) -> bool:
    """Whether ``ensure_built`` would build the dataset or load it into the store on disk."""
    choice = store_choice(settings)
    if choice.kind == "remote":
        return False
    if is_stale(settings.data_dir, settings.dataset_path):
        return True
    if choice.kind != "oxigraph":
        return False
    from ..store import oxigraph_disk

    published = oxigraph_disk.modified(choice.path)
    return published is None or published < settings.dataset_path.stat().st_mtime


def servable_while_updated(settings: Settings) -> bool:
    """Whether the store can answer while the dataset is built and loaded into it: a disk store
    with a published version (a load publishes a new version beside it; a server reloads)."""
    choice = store_choice(settings)
    if choice.kind != "oxigraph":
        return False
    from ..store import oxigraph_disk

    return oxigraph_disk.modified(choice.path) is not None


def ensure_built(settings: Settings, *, progress: Progress = _quiet) -> None:
    """Build the dataset when it is missing or older than its sources, and load it into the
    Oxigraph store on disk when that is the store and is missing or older than the dataset.

    A remote store (a URL) is left alone: the server is the source of truth.
    """
    choice = store_choice(settings)
    if choice.kind == "remote":
        return
    if is_stale(settings.data_dir, settings.dataset_path):
        from .build import build

        progress(f"building {settings.dataset_path} (missing or older than its sources)")
        report = build(settings.data_dir, settings.dataset_path, progress=progress)
        progress(f"built {report.quads} quads in {report.graphs} graphs")
    if choice.kind == "oxigraph":
        ensure_loaded(settings, choice, progress=progress)


def ensure_loaded(settings: Settings, choice: StoreChoice, *, progress: Progress = _quiet) -> None:
    """Load the built dataset into the store on disk if the store is missing or older.

    The store keeps what was loaded into it with ``unikg load``. The graphs the previous build
    put there alone (listed in the build graph) are replaced by the dataset's; a graph of the
    dataset that also holds loaded triples (the registry graph of another unikg build or of
    ``unikg synth``) is added to, never emptied, and is not listed as the build's; the
    ontology graph is always the build's. The other graphs stay as they are.
    """
    from ..store import oxigraph_disk

    published = oxigraph_disk.modified(choice.path)
    if published is not None and published >= settings.dataset_path.stat().st_mtime:
        return
    data, expected = read_checked(settings.dataset_path)
    dataset = _dataset_graphs(settings.dataset_path, data, expected)
    shared: list[str] = []
    held = 0
    replacing, kept = {*dataset.graphs, BUILD_GRAPH}, []
    if published is not None:
        current = oxigraph_disk.open_read_only(choice.path)
        owned, present = set(_build_graphs(current)), set(current.named_graphs())
        shared = [g for g in dataset.graphs if g in present and g not in owned and g != str(ONTOLOGY_GRAPH)]
        replacing = (replacing | owned) - set(shared)
        kept = [g for g in present if g not in replacing and g not in shared and g != LOAD_GRAPH]
        if shared:  # what the store already holds of them is not gained again
            held = sum(1 for q in ox.parse(data, format=ox.RdfFormat.TRIG)
                       if q.graph_name.value in shared and q in current.store)
        del current
    keeping = f", keeping {len(kept):,} graph{'' if len(kept) == 1 else 's'} loaded with `unikg load`" if kept else ""
    progress(f"loading {settings.dataset_path} into {choice.path} (missing or older than the dataset){keeping}")
    if shared:
        progress(f"adding to {len(shared)} graph{'' if len(shared) == 1 else 's'} that also hold{'s' if len(shared) == 1 else ''} "
                 f"triples loaded with `unikg load` ({', '.join(f'<{g}>' for g in shared)}), removing nothing: "
                 "a fact taken out of data/ stays there until `unikg load --replace`")
    with _build_description(settings.dataset_path, [g for g in dataset.graphs if g not in shared]) as description:
        loaded = oxigraph_disk.load(
            choice.path, [dataset.source, description.source], derive=_first_needs(settings), replacing=replacing
        )
    check_count(settings.dataset_path, found=loaded.triples - description.quads, expected=dataset.quads - held)
    progress(f"loaded {loaded.triples - description.quads} quads into {loaded.store} in {loaded.seconds:.1f} s")


def _first_needs(settings: Settings):
    """What is kept with a version the build wrote: what a server opening it needs first (the
    name index and the projection: ``Snapshot.warm(first=True)``)."""
    from ..snapshot import Snapshot

    return lambda store: Snapshot(store, settings).warm(first=True)


@dataclass(frozen=True)
class _Listed:
    source: Source
    graphs: list[str]
    quads: int


def _dataset_graphs(path: Path, data: bytes, expected: int) -> _Listed:
    """The built dataset (``data``, checked whole: ``read_checked``) and its graphs."""
    with Source.of(path).errors():
        graphs = {q.graph_name.value for q in ox.parse(data, format=ox.RdfFormat.TRIG) if isinstance(q.graph_name, ox.NamedNode)}
    return _Listed(Source.of(path), sorted(graphs), expected)


def _build_graphs(store: Store) -> list[str]:
    return [str(row["graph"]) for row in queries.run(store, "build_graphs").rows]


@contextmanager
def _build_description(dataset: Path, graphs: list[str]) -> Iterator[_Listed]:
    """The build graph listing ``graphs``, as a file beside the dataset while it is loaded."""
    build, part = ox.NamedNode(BUILD_GRAPH), ox.NamedNode(HAS_PART)
    quads = [ox.Quad(build, part, ox.NamedNode(g), build) for g in graphs]
    with tempfile.TemporaryDirectory(prefix=".unikg-build-graphs-", dir=dataset.parent) as folder:
        path = Path(folder) / "build-graphs.nq"
        path.write_bytes(ox.serialize(quads, format=ox.RdfFormat.N_QUADS))
        yield _Listed(Source.of(path), graphs, len(quads))


def opened(settings: Settings, *, progress: Progress = _quiet) -> Store:
    """The store ``settings`` name, over a dataset built and loaded when stale."""
    ensure_built(settings, progress=progress)
    return open_store(settings)
