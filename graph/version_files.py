"""What a server derives from a disk store's version, kept in the version's folder as JSON.

A published version never changes (``unikg load`` writes a new one: ``oxigraph_disk.py``), so
what is read from it once, by named queries over the whole graph, holds for as long as the
version does. The first reader writes it (``unikg-*.json``, a temporary file renamed), later
readers (a restarted server, a second API process on the same store) read the file instead of
querying again. The file records what made it, a hash of the queries' text and of the
reader's format number: a file made by other queries (another release) is not read and is
replaced; a damaged one neither. A folder that cannot be written to (a read-only mount) only
means the next reader queries again. Stores without a folder (in memory, remote) are always
queried. ``unikg load`` never copies these files to the next version. Writing one leaves the
folder's modification time as it was: it says when the version was published
(``oxigraph_disk.modified``), and so whether a rebuilt dataset is newer than the store.

>>> import tempfile
>>> from types import SimpleNamespace
>>> with tempfile.TemporaryDirectory() as folder:
...     store = SimpleNamespace(folder=Path(folder))
...     made = [kept(store, "unikg-example.json", made_by=(1, "names"), make=lambda: {"n": n},
...                  to_json=dict, from_json=dict) for n in (1, 2)]
>>> made  # the second read the file the first wrote
[{'n': 1}, {'n': 1}]
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

from . import queries

T = TypeVar("T")
log = logging.getLogger(__name__)


def kept(store, file: str, *, made_by: Iterable[int | str], make: Callable[[], T],
         to_json: Callable[[T], dict], from_json: Callable[[dict], T]) -> T:
    """``make()``, or what an earlier call kept in the folder of ``store``'s version as
    ``file``. ``made_by``: the reader's format number (raised when it shapes the rows
    differently) and the names of the named queries ``make`` runs."""
    folder = getattr(store, "folder", None)
    if folder is None:
        return make()
    path, fingerprint = folder / file, _fingerprint(made_by)
    found = _read(path, fingerprint, from_json)
    if found is None:
        found = make()
        _write(path, fingerprint, to_json(found))
    return found


def _fingerprint(made_by: Iterable[int | str]) -> str:
    text = "\n".join(queries.load(part) if isinstance(part, str) else str(part) for part in made_by)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _read(path: Path, fingerprint: str, from_json: Callable[[dict], T]) -> T | None:
    try:
        with open(path, encoding="utf-8") as file:
            content = json.load(file)
        if content.pop("made_by", None) != fingerprint:
            return None
        return from_json(content)
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError) as error:
        log.warning("%s is damaged (%s): read from the store instead", path, error)
        return None


def _write(path: Path, fingerprint: str, content: dict) -> bool:
    """Write the file; the folder's times stay as they were: its modification time is when the
    version was published (``oxigraph_disk.modified``, which says whether a build is newer)."""
    partial = path.with_name(f".{path.name}.{os.getpid()}")
    try:
        published = os.stat(path.parent)
    except OSError as error:
        log.info("could not keep %s (%s): the next start reads the store again", path, error)
        return False
    try:
        with open(partial, "w", encoding="utf-8") as file:
            json.dump({"made_by": fingerprint, **content}, file, ensure_ascii=False, separators=(",", ":"))
        os.replace(partial, path)
        return True
    except OSError as error:
        log.info("could not keep %s (%s): the next start reads the store again", path, error)
        partial.unlink(missing_ok=True)
        return False
    finally:
        try:
            os.utime(path.parent, ns=(published.st_atime_ns, published.st_mtime_ns))
        except OSError:
            pass
