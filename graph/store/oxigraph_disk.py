"""Oxigraph on disk (RocksDB): ``UNIKG_STORE=oxigraph`` (``<UNIKG_BUILD_DIR>/oxigraph``) or
``oxigraph:PATH``.

The server and each SPARQL worker open the store read-only: start-up reads no RDF, it opens
the RocksDB files. ``unikg load`` never writes to the store a server has open. It writes a
new version beside it and then points the store's path at it in one step:

* ``PATH`` is a symbolic link to a version folder ``PATH.<UTC time>`` next to it;
* a load copies the current version (hard links: RocksDB never changes a written file), or
  starts empty with ``--replace``, bulk-loads the files into the copy, named ``….partial``
  while it is written, renames it, then replaces the link (``rename(2)``, atomic);
* a killed load leaves a ``.partial`` folder, removed by the next load, and the last good
  version in place; a server keeps the version it opened (opened by its real path, so the
  link changing under it does not matter) until it reloads. The previous version is kept for
  such servers; older ones are removed.

The default graph is the RDF merge of the named graphs (see ``OxigraphStore``): while no
triple stands in two graphs the store holds the named graphs only and queries use Oxigraph's
union; once one does, the merge is written to the store's default graph.

>>> store = open_read_only(Path("build/oxigraph"))     # doctest: +SKIP
>>> store.query("ASK { ?s ?p ?o }").value              # doctest: +SKIP
True
"""

from __future__ import annotations

import fcntl
import gc
import os
import shutil
import time
from collections.abc import Callable, Collection, Iterator
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import pyoxigraph as ox

from ..errors import UserError
from .oxigraph import OxigraphStore, default_graph_copy, holds_default_triples, shares_triples
from .sources import BUILD_GRAPH, HAS_PART, LOAD_GRAPH, MODIFIED, OnRead, Source, load_stamp

PARTIAL = ".partial"
DERIVED = "unikg-"  # files derived from a version, kept in its folder (e.g. the name index)


def open_read_only(path: Path) -> OxigraphStore:
    """The store at ``path``, read-only, by the real path of its current version."""
    if not path.exists():
        raise UserError(
            f"there is no Oxigraph store at {path}: load one with `unikg load FILE…` "
            "(or `unikg build`, which loads the built dataset into it)"
        )
    real = path.resolve()
    try:
        store = ox.Store.read_only(str(real))
    except OSError as error:
        raise UserError(f"{path} is not a readable Oxigraph store ({error})") from None
    return OxigraphStore(store, union=not holds_default_triples(store), folder=real)


def modified(path: Path) -> float | None:
    """When the current version was published (its folder's mtime), None without a store."""
    try:
        return path.resolve(strict=True).stat().st_mtime
    except (FileNotFoundError, RuntimeError):
        return None


@dataclass(frozen=True)
class Loaded:
    triples: int  # quads the files added (once the graphs they replace were removed)
    seconds: float
    store: Path  # the version now current


def load(
    path: Path,
    sources: list[Source],
    *,
    graph: str | None = None,
    replace: bool = False,
    on_read: OnRead = lambda file_bytes, lines: None,
    threads: int | None = None,
    derive: Callable[[OxigraphStore], None] | None = None,
    replacing: Collection[str] = (),
) -> Loaded:
    """Bulk-load ``sources`` into the store at ``path`` as a new version, published atomically.

    Line formats are cut at line ends and loaded by ``threads`` threads (one per core); the
    result is the same set of quads. Nothing changes at ``path`` unless every file loads.
    ``replacing`` names the graphs of the current version the files replace (a rebuilt
    dataset's graphs, and those it held before): they are removed first, the others stay.
    ``derive`` is given the new version, filled, before it is published: it reads it (and
    nothing else may write it) and writes what is derived from it into its folder
    (``unikg-*`` files, never copied to the next version), e.g. the name index.
    """
    started = time.monotonic()
    threads = threads or os.cpu_count() or 1
    with _exclusive(path):
        _remove_partials(path)
        current = _current_version(path)
        version = path.parent / f"{path.name}.{datetime.now(timezone.utc):%Y%m%dT%H%M%S%fZ}"
        partial = version.with_name(version.name + PARTIAL)
        try:
            if current is not None and not replace:
                _clone(current, partial)
            gained = _fill(partial, sources, graph=graph, on_read=on_read, threads=threads, derive=derive,
                           replacing=replacing)
            partial.rename(version)
        except BaseException:
            shutil.rmtree(partial, ignore_errors=True)
            raise
        _publish(path, version)
        _remove_old_versions(path, keep={version, current})
    return Loaded(triples=gained, seconds=time.monotonic() - started, store=version)


def _fill(folder: Path, sources: list[Source], *, graph: str | None, on_read: OnRead, threads: int,
          derive: Callable[[OxigraphStore], None] | None, replacing: Collection[str]) -> int:
    """Load into the store in ``folder``, keep the merged default graph, stamp it, derive what
    is derived; closed at return (RocksDB writes nothing more to a folder once its Store is
    dropped). Returns the quads the files added."""
    store = ox.Store(str(folder))
    merged = holds_default_triples(store)
    removed = [g for g in map(ox.NamedNode, replacing) if store.contains_named_graph(g)]
    for name in removed:
        store.remove_graph(name)
    if removed and merged:  # the merge may hold triples only they held: made again below
        store.clear_graph(ox.DefaultGraph())
        merged = False
    before = len(store)
    claimed = {g: _size(store, g) for g in _claimed(store)}  # the build's graphs the files may add to
    for source in sources:
        _bulk_load(store, source, graph=graph, on_read=on_read, threads=threads)
    _unclaim(store, [g for g, size in claimed.items() if _size(store, g) > size], merged=merged)
    if not merged and holds_default_triples(store):
        raise UserError(
            "the files hold triples outside any named graph: say which graph they go in with "
            "--graph IRI (the default graph is the merge of the named graphs)"
        )
    gained = len(store) - before
    _stamp(store, merged=merged)
    if merged:  # the default graph holds the merge: add the new triples to it
        for source in sources:
            store.bulk_extend(default_graph_copy(source.quads(graph=graph)))
        if derive is not None:
            derive(OxigraphStore(store, union=False, folder=folder))
    else:
        # the check (a query: Oxigraph leaves the GIL) beside ``derive``, on the two cores:
        # 2.9 s instead of 2.7 + 2.3 at 1M triples; the union gives ``derive`` the same
        # triples as the merge the check may add, repeated where they stand in two graphs
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="unikg-check") as beside:
            shared = beside.submit(shares_triples, store)
            if derive is not None:
                derive(OxigraphStore(store, union=True, folder=folder))
            if shared.result():
                store.bulk_extend(default_graph_copy(store.quads_for_pattern(None, None, None, None)))
    store.flush()
    del store
    gc.collect()
    return gained


def _claimed(store: ox.Store) -> list[ox.NamedNode]:
    """The graphs the build put in the store, wholly its own (``dct:hasPart`` of the build graph)."""
    build = ox.NamedNode(BUILD_GRAPH)
    return [q.object for q in store.quads_for_pattern(build, ox.NamedNode(HAS_PART), None, build)
            if isinstance(q.object, ox.NamedNode)]


def _unclaim(store: ox.Store, graphs: list[ox.NamedNode], *, merged: bool) -> None:
    """The build's ``graphs`` that a load added triples to are no longer the build's alone: a
    rebuild adds to them and removes nothing (graph/dataset/current.py). (Only the build graph
    states these triples: the merge, if written, loses them too.)"""
    build = ox.NamedNode(BUILD_GRAPH)
    for name in graphs:
        store.remove(ox.Quad(build, ox.NamedNode(HAS_PART), name, build))
        if merged:
            store.remove(ox.Quad(build, ox.NamedNode(HAS_PART), name))


def _size(store: ox.Store, graph: ox.NamedNode) -> int:
    found = store.query(f"SELECT (COUNT(*) AS ?n) {{ GRAPH <{graph.value}> {{ ?s ?p ?o }} }}")
    return int(next(iter(found))["n"].value)


BLOCK_BYTES = 32_000_000  # a piece of a line-format file that one thread bulk-loads


def _bulk_load(store: ox.Store, source: Source, *, graph: str | None, on_read: OnRead, threads: int) -> None:
    """Oxigraph's bulk loader over the file; a line format in pieces, ``threads`` at a time.

    The pieces are passed as bytes: Oxigraph reading a Python file object asks for 4 KiB at
    a time, each under the GIL, which made a 1M-triple load several times slower.
    """
    to_graph = ox.NamedNode(graph) if graph else None  # for triples outside any named graph
    if not source.splittable:
        with source.reader(on_read=on_read) as stream, source.errors():
            store.bulk_load(stream, format=source.format, to_graph=to_graph)
        return

    def load_block(first_line: int, block: bytes) -> None:
        with source.errors(first_line=first_line):
            store.bulk_load(block, format=source.format, to_graph=to_graph)
        on_read(len(block), block.count(b"\n"))

    with ThreadPoolExecutor(max_workers=threads, thread_name_prefix="unikg-load") as pool:
        running: list = []
        for first_line, block in source.blocks(BLOCK_BYTES):
            running.append(pool.submit(load_block, first_line, block))
            while len(running) >= threads:  # at most ``threads`` pieces in memory
                done, _ = wait(running, return_when=FIRST_COMPLETED)
                for future in done:
                    running.remove(future)
                    future.result()
        for future in running:
            future.result()


def _stamp(store: ox.Store, *, merged: bool) -> None:
    """Replace the load stamp (in the load graph, and in the default graph if it is merged)."""
    graph = ox.NamedNode(LOAD_GRAPH)
    store.remove_graph(graph) if store.contains_named_graph(graph) else None
    for old in list(store.quads_for_pattern(graph, ox.NamedNode(MODIFIED), None, ox.DefaultGraph())):
        store.remove(old)
    stamp = load_stamp()
    store.add(stamp)
    if merged:
        store.add(ox.Quad(stamp.subject, stamp.predicate, stamp.object))


# --- versions ------------------------------------------------------------------------------


def _current_version(path: Path) -> Path | None:
    if path.is_symlink():
        target = path.resolve()
        return target if target.is_dir() else None
    if path.exists():
        raise UserError(
            f"{path} is a folder unikg load did not make (it keeps a link to the current version "
            "there): move it away, or choose another path with UNIKG_STORE=oxigraph:PATH"
        )
    return None


def _publish(path: Path, version: Path) -> None:
    link = path.with_name(f".{path.name}.link-{os.getpid()}")
    link.unlink(missing_ok=True)
    os.symlink(version.name, link)  # relative: the folder can move
    os.replace(link, path)


def _versions(path: Path) -> list[Path]:
    return sorted(p for p in path.parent.glob(f"{path.name}.*") if p.is_dir() and not p.is_symlink())


def _remove_partials(path: Path) -> None:
    for folder in _versions(path):
        if folder.name.endswith(PARTIAL):
            shutil.rmtree(folder, ignore_errors=True)


def _remove_old_versions(path: Path, *, keep: set[Path | None]) -> None:
    for folder in _versions(path):
        if folder not in keep and not folder.name.endswith(PARTIAL):
            shutil.rmtree(folder, ignore_errors=True)


def _clone(source: Path, target: Path) -> None:
    """A copy of a closed RocksDB folder: hard links for the table files, which RocksDB never
    changes once written, copies of the rest (manifest, options, logs); not the files derived
    from that version (``unikg-*``)."""
    target.mkdir(parents=True)
    for item in source.iterdir():
        if item.name == "LOCK" or item.name.startswith(("LOG", DERIVED)):
            continue
        if item.suffix == ".sst":
            try:
                os.link(item, target / item.name)
                continue
            except OSError:
                pass
        shutil.copy2(item, target / item.name)


@contextmanager
def _exclusive(path: Path) -> Iterator[None]:
    """One load at a time per store (a lock file beside it)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_name(f".{path.name}.lock"), "w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise UserError(f"another `unikg load` is writing {path}: wait until it ends") from None
        yield
