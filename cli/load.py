"""``unikg load FILE…``: bulk-load RDF files into the chosen store (``UNIKG_STORE``/``--store``).

Into ``oxigraph`` (on disk) the files go into a new version of the store, published in one
step when every file has loaded; into a SPARQL server (a URL) by SPARQL 1.1 Update, after
every file has been parsed. A bad file stops the load with ``file:line:column: problem``
and leaves the store as it was. Default: add to what the store holds; ``--replace``: the
store holds only the files afterwards (on a server, unikg's graphs are dropped first). Each
load replaces the load stamp, ``<https://w3id.org/unikg/graph/load> dct:modified "…"``.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from unikg.graph.errors import UserError
from unikg.graph.settings import Settings
from unikg.graph.store import store_choice
from unikg.graph.store.sources import sources as checked_sources

from . import output


def register(commands) -> None:
    p = commands.add_parser(
        "load", help="bulk-load N-Triples/N-Quads/Turtle/TriG files (optionally .gz) into the store",
        description="Bulk-load RDF files into the store UNIKG_STORE (or --store) names: "
        "`oxigraph` (on disk) or a SPARQL server URL. The in-memory stores read the built "
        "dataset and cannot be loaded.",
    )
    p.add_argument("files", nargs="+", type=Path, metavar="FILE", help=".nt .nq .ttl .trig, optionally .gz")
    p.add_argument("--replace", action="store_true",
                   help="the store holds only these files afterwards (default: add to it)")
    p.add_argument("--graph", metavar="IRI",
                   help="named graph for triples outside any graph (all of a .nt or .ttl file)")
    p.set_defaults(run=run_load)


def run_load(args, settings: Settings) -> int:
    choice = store_choice(settings)
    if choice.embedded:
        raise UserError(
            f"the {choice.kind} store is read from the built dataset and cannot be loaded: "
            "load into UNIKG_STORE=oxigraph (or oxigraph:PATH) or a SPARQL server URL "
            "(or --store …)"
        )
    if args.graph:
        _check_iri(args.graph)
    files = checked_sources(args.files, graph=args.graph)
    started = time.monotonic()
    if choice.kind == "oxigraph":
        from unikg.graph.snapshot import Snapshot
        from unikg.graph.store import oxigraph_disk

        with _Bar(total=sum(f.size() for f in files), unit="B", lines=all(f.splittable for f in files)) as bar:
            loaded = oxigraph_disk.load(
                choice.path, files, graph=args.graph, replace=args.replace, on_read=bar.read,
                # the names and the projection, kept with the version: a server opening it reads them
                derive=lambda store: Snapshot(store, settings).warm(first=True),
            )
        triples, where = loaded.triples, f"{choice.path} (version {loaded.store.name})"
    else:
        from unikg.graph.store.remote import RemoteStore

        store = RemoteStore.connect(settings)
        output.progress(f"parsing {len(files)} file(s) before sending anything, then sending")
        with _Bar(total=None, unit="triples", lines=False) as bar:
            triples = store.load(files, graph=args.graph, replace=args.replace, on_quads=bar.quads)
        where = store.update_url
    seconds = max(time.monotonic() - started, 1e-9)
    noun = "triple" if triples == 1 else "triples"
    print(f"loaded {triples:,} {noun} in {seconds:.1f} s ({triples / seconds:,.0f} triples/s) into {where}")
    return 0


def _check_iri(iri: str) -> None:
    import pyoxigraph as ox

    try:
        ox.NamedNode(iri)
    except ValueError as error:
        raise UserError(f"--graph {iri!r} is not an absolute IRI ({error})") from None
    if ":" not in iri:
        raise UserError(f"--graph {iri!r} is not an absolute IRI (e.g. https://example.org/graph/1)")


class _Bar:
    """A tqdm progress bar on stderr (on a terminal only), with the triples per second."""

    def __init__(self, *, total: int | None, unit: str, lines: bool):
        from tqdm import tqdm

        self._bar = tqdm(total=total, unit=unit, unit_scale=True, file=sys.stderr, disable=None,
                         desc="unikg load", dynamic_ncols=True)
        self._lines = lines
        self._count = 0
        self._started = time.monotonic()

    def __enter__(self) -> _Bar:
        return self

    def __exit__(self, *exc) -> None:
        self._bar.close()

    def read(self, file_bytes: int, lines: int) -> None:
        """Bytes of the files read (and lines: a triple each in N-Triples/N-Quads)."""
        self._count += lines
        self._bar.update(file_bytes)
        if self._lines:
            self._postfix()

    def quads(self, n: int) -> None:
        self._count += n
        self._bar.update(n)

    def _postfix(self) -> None:
        rate = self._count / max(time.monotonic() - self._started, 1e-9)
        self._bar.set_postfix_str(f"{self._count:,} triples, {rate:,.0f} triples/s", refresh=False)
