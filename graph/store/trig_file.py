"""Reading the built TriG file, refusing a truncated or corrupt one with a clear message."""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset

from ..errors import UserError

TRAILER = "# unikg dataset end:"  # the built dataset's last line: TRAILER <n> quads (a whole file)


def read_checked(path: Path) -> tuple[bytes, int]:
    """The file's bytes and the number of quads its end marker announces."""
    if not path.exists():
        raise UserError(f"{path} does not exist: run `unikg build` first")
    data = path.read_bytes()
    tail = data[-200:].decode("utf-8", "replace").strip().splitlines()
    if not tail or not tail[-1].startswith(TRAILER):
        raise UserError(
            f"{path} is truncated or corrupt (no end marker): run `unikg build` to rebuild it"
        )
    return data, int(tail[-1][len(TRAILER):].split()[0])


def check_count(path: Path, *, found: int, expected: int) -> None:
    if found != expected:
        raise UserError(
            f"{path} is corrupt ({found} quads, {expected} expected): run `unikg build`"
        )


def read_dataset(path: Path) -> Dataset:
    """The dataset as an rdflib ``Dataset`` whose default graph is the union of the graphs."""
    data, expected = read_checked(path)
    dataset = Dataset(default_union=True)
    try:
        dataset.parse(data=data, format="trig")
    except Exception as error:  # rdflib raises many types for bad TriG
        raise UserError(f"{path} is corrupt ({error}): run `unikg build` to rebuild it") from None
    check_count(path, found=sum(len(g) for g in dataset.graphs()), expected=expected)
    return dataset
