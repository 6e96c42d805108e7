"""RDF files to load: the format from the extension, gzip, progress, errors as ``file:line``.

>>> Source.of(Path("dump.nq.gz")).format, Source.of(Path("dump.nq.gz")).gzipped
(<RdfFormat N-Quads>, True)
>>> Source.of(Path("notes.txt"))
Traceback (most recent call last):
...
unikg.graph.errors.UserError: notes.txt: unknown format; unikg load reads .nt, .nq, .ttl, .trig (optionally .gz)
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from ..errors import UserError

FORMATS = {
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".ttl": ox.RdfFormat.TURTLE,
    ".trig": ox.RdfFormat.TRIG,
}
TRIPLE_FORMATS = (ox.RdfFormat.N_TRIPLES, ox.RdfFormat.TURTLE)
LINE_FORMATS = (ox.RdfFormat.N_TRIPLES, ox.RdfFormat.N_QUADS)

# The load stamp: which the projection polls to know that the store changed.
LOAD_GRAPH = "https://w3id.org/unikg/graph/load"
BUILD_GRAPH = "https://w3id.org/unikg/graph/build"  # on a disk store: which graphs the build put there
HAS_PART = "http://purl.org/dc/terms/hasPart"
MODIFIED = "http://purl.org/dc/terms/modified"
XSD_DATETIME = "http://www.w3.org/2001/XMLSchema#dateTime"

OnRead = Callable[[int, int], None]  # (bytes of the file read, lines read)
_POSITION = re.compile(r"^Parser error (?:at|between) line (\d+) column (\d+)(?: and line \d+ column \d+)?: ?")


@dataclass(frozen=True)
class Source:
    path: Path
    format: ox.RdfFormat
    gzipped: bool = False

    @classmethod
    def of(cls, path: Path) -> Source:
        suffixes = [s.lower() for s in path.suffixes[-2:]]
        gzipped = bool(suffixes) and suffixes[-1] == ".gz"
        extension = suffixes[-2] if gzipped and len(suffixes) == 2 else (suffixes[-1] if suffixes else "")
        if extension not in FORMATS:
            known = ", ".join(FORMATS)
            raise UserError(f"{path}: unknown format; unikg load reads {known} (optionally .gz)")
        return cls(path, FORMATS[extension], gzipped)

    @property
    def holds_triples(self) -> bool:
        """True for N-Triples and Turtle: their triples need a graph to go in."""
        return self.format in TRIPLE_FORMATS

    def size(self) -> int:
        """Bytes on disk (compressed, for .gz): what the progress bar counts."""
        return self.path.stat().st_size

    @contextmanager
    def reader(self, *, on_read: OnRead = lambda file_bytes, lines: None) -> Iterator[BinaryIO]:
        """The file's (uncompressed) bytes; ``on_read`` hears how many bytes of the file and
        how many lines were read."""
        try:
            raw = open(self.path, "rb")
        except OSError as error:
            raise UserError(f"{self.path}: cannot read it ({error.strerror or error})") from None
        with raw:
            if self.gzipped:
                unzipped = gzip.GzipFile(fileobj=_Counted(raw, on_read, lines=False), mode="rb")
                yield _Counted(unzipped, on_read, file_bytes=False)
            else:
                yield _Counted(raw, on_read)

    @property
    def splittable(self) -> bool:
        """True for an uncompressed line format: it can be cut at line ends and loaded in parallel."""
        return self.format in LINE_FORMATS and not self.gzipped

    def blocks(self, size: int) -> Iterator[tuple[int, bytes]]:
        """The file in pieces of about ``size`` bytes cut at line ends, each with the number of
        the line it starts at (for error messages)."""
        try:
            raw = open(self.path, "rb")
        except OSError as error:
            raise UserError(f"{self.path}: cannot read it ({error.strerror or error})") from None
        line = 1
        with raw:
            while block := raw.read(size):
                block += raw.readline()
                yield line, block
                line += block.count(b"\n")

    def quads(self, *, graph: str | None = None, on_read: OnRead = lambda file_bytes, lines: None) -> Iterator[ox.Quad]:
        """The file's quads, parsed by Oxigraph, triples outside any named graph put in
        ``graph``; errors name file:line."""
        target = ox.NamedNode(graph) if graph else None
        default = ox.DefaultGraph()
        with self.reader(on_read=on_read) as stream, self.errors():
            for quad in ox.parse(stream, format=self.format):
                if target is not None and quad.graph_name == default:
                    quad = ox.Quad(quad.subject, quad.predicate, quad.object, target)
                yield quad

    @contextmanager
    def errors(self, *, first_line: int = 1) -> Iterator[None]:
        """Oxigraph's parse errors (and gzip's) as one ``file:line:column: problem`` line;
        ``first_line`` is the line the parsed text starts at."""
        try:
            yield
        except SyntaxError as error:
            raise UserError(located(self.path, str(error), first_line=first_line)) from None
        except (OSError, EOFError, ValueError) as error:  # bad gzip data, a file that vanished
            raise UserError(f"{self.path}: cannot read it ({error})") from None


def located(path: Path, message: str, *, first_line: int = 1) -> str:
    """Oxigraph's parse error message as ``path:line:column: problem``.

    >>> located(Path("a.nt"), "Parser error between line 2 column 23 and line 3 column 1: Unexpected end of file (line 2)")
    'a.nt:2:23: unexpected end of file'
    """
    match = _POSITION.match(message)
    if not match:
        return f"{path}: {message}"
    problem = re.sub(r" \(line \d+\)$", "", message[match.end():]) or "syntax error"
    line = int(match[1]) + first_line - 1
    return f"{path}:{line}:{match[2]}: {problem[0].lower()}{problem[1:]}"


def sources(paths: list[Path], *, graph: str | None) -> list[Source]:
    """The files as sources, checked before anything is written: they exist, the format is
    known, and triples have a graph to go in."""
    found = []
    for path in paths:
        source = Source.of(path)
        if not path.is_file():
            raise UserError(f"{path}: no such file")
        if source.holds_triples and not graph:
            raise UserError(
                f"{path} holds triples without a graph: say which named graph they go in with "
                "--graph IRI (the default graph is the union of the named graphs)"
            )
        found.append(source)
    return found


def load_stamp(when: datetime | None = None) -> ox.Quad:
    """The one triple of the load graph: when the store last changed (UTC, xsd:dateTime).

    >>> load_stamp(datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc)).object.value
    '2026-01-02T03:04:05Z'
    """
    when = (when or datetime.now(timezone.utc)).astimezone(timezone.utc)
    text = when.isoformat(timespec="microseconds" if when.microsecond else "seconds").replace("+00:00", "Z")
    graph = ox.NamedNode(LOAD_GRAPH)
    return ox.Quad(graph, ox.NamedNode(MODIFIED), ox.Literal(text, datatype=ox.NamedNode(XSD_DATETIME)), graph)


class _Counted:
    """A binary stream that reports the bytes and lines read from it."""

    def __init__(self, raw: BinaryIO, on_read: OnRead, *, file_bytes: bool = True, lines: bool = True):
        self._raw = raw
        self._on_read = on_read
        self._file_bytes = file_bytes
        self._lines = lines

    def read(self, size: int = -1) -> bytes:
        data = self._raw.read(size)
        self._on_read(len(data) if self._file_bytes else 0, data.count(b"\n") if self._lines else 0)
        return data

    def read1(self, size: int = -1) -> bytes:
        return self.read(size)

    def readable(self) -> bool:
        return True

    def close(self) -> None:
        pass  # the file is closed by ``Source.reader``

    @property
    def closed(self) -> bool:
        return False
