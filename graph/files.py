"""Writing files atomically: a temporary file in the same folder, then a rename.

A write killed at any point leaves the previous file untouched. This is the one place the
project does it: the build, ``unikg synth``, ``unikg ingest --apply``, the analysis exports and
the server's reload status all use it.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO


@contextmanager
def atomic_file(path: Path, *, text: bool = False) -> Iterator[IO]:
    """A file that appears at ``path`` complete, or not at all if the block raises."""
    tmp = _temporary_beside(path)
    try:
        mode = "w" if text else "wb"
        extra = {"encoding": "utf-8", "newline": "\n"} if text else {}
        with open(tmp, mode, buffering=1 << 20, **extra) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_atomically(path: Path, data: bytes) -> None:
    with atomic_file(path) as handle:
        handle.write(data)


def stage(path: Path, data: bytes) -> Path:
    """Write ``data`` to a temporary file beside ``path`` and return it, for callers that
    rename several files into place only once all of them are written."""
    tmp = _temporary_beside(path)
    try:
        with open(tmp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def _temporary_beside(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.fchmod(fd, 0o666 & ~_umask())  # mkstemp makes 0600; give a new file's usual mode
    os.close(fd)
    return Path(tmp)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
