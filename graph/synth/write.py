"""Writing the stream: N-Triples, N-Quads or TriG, to a temporary file renamed at the end.

A run killed at any point leaves no half-written file and whatever was at the target before.
TriG is written one block per named graph, each triple in N-Triples syntax, and ends with the
build's trailer (``# unikg dataset end: N quads``) so the embedded store accepts the file as a
built dataset (``UNIKG_BUILD_DIR``).

>>> import io
>>> out = io.StringIO()
>>> write_chunks(out, [("<g>", ["<a> <b> <c>"]), ("<g>", ["<a> <b> <d>"])], format="trig")
2
>>> print(out.getvalue().strip())
<g> {
<a> <b> <c> .
<a> <b> <d> .
}
<BLANKLINE>
# unikg dataset end: 2 quads
"""

from __future__ import annotations

import gzip
import io
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from ..store.trig_file import TRAILER
from ..files import atomic_file
from ..errors import UserError

FORMATS = ("nt", "nq", "trig")
EXTENSIONS = {".nt": "nt", ".nq": "nq", ".trig": "trig"}


def format_for(path: Path, given: str | None) -> str:
    """The format asked for, else the one the file extension names, else N-Quads.

    >>> format_for(Path("x.nt"), None), format_for(Path("x.data"), None), format_for(Path("x.nt"), "trig")
    ('nt', 'nq', 'trig')
    >>> format_for(Path("x.nt.gz"), None), format_for(Path("x.gz"), None)
    ('nt', 'nq')
    """
    if given:
        if given not in FORMATS:
            raise UserError(f"unknown format {given!r}; use one of: {', '.join(FORMATS)}")
        return given
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes[-1:] == [".gz"]:  # "x.nq.gz": the format of "x.nq", compressed
        suffixes.pop()
    return EXTENSIONS.get(suffixes[-1] if suffixes else "", "nq")


def write_chunks(
    out: TextIO,
    chunks: Iterable[tuple[str, list[str]]],
    *,
    format: str,
    progress: Callable[[int], None] = lambda _: None,
) -> int:
    """Write (graph, lines) chunks in ``format``; the number of triples written."""
    triples = 0
    open_graph = None
    for graph, lines in chunks:
        if format == "nq":
            suffix = f" {graph} .\n"
            out.write("".join([line + suffix for line in lines]))
        elif format == "nt":
            out.write(" .\n".join(lines) + " .\n" if lines else "")
        else:
            if graph != open_graph:
                if open_graph is not None:
                    out.write("}\n\n")
                out.write(f"{graph} {{\n")
                open_graph = graph
            out.write(" .\n".join(lines) + " .\n" if lines else "")
        triples += len(lines)
        progress(triples)
    if format == "trig":
        if open_graph is not None:
            out.write("}\n")
        out.write(f"\n{TRAILER} {triples} quads\n")
    return triples


@contextmanager
def atomic_text_file(path: Path) -> Iterator[TextIO]:
    """A text file that appears at ``path`` complete or not at all (temp file + rename);
    gzip-compressed when the name ends in ``.gz`` (as ``unikg load`` reads it)."""
    path = Path(path)
    if path.is_dir():
        raise UserError(f"{path} is a folder: give a file name, e.g. {path / 'synth.nq'}")
    try:
        if path.suffix.lower() != ".gz":
            with atomic_file(path, text=True) as handle:
                yield handle
            return
        with atomic_file(path) as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb", compresslevel=6, mtime=0) as packed:
            handle = io.TextIOWrapper(packed, encoding="utf-8", newline="\n")
            yield handle
            handle.flush()
            handle.detach()  # the gzip stream ends as GzipFile closes, before the rename
    except OSError as error:
        raise UserError(f"cannot write {path}: {error.strerror}") from None
