"""The projection kept in a disk store's version folder: made by the first reader, read back
by the next, with the same answers. Expected values come from the in-memory store of the same
build, never from the file under test."""

from __future__ import annotations

import json

import pytest

from unikg.graph.projection import Projection
from unikg.graph.snapshot import Snapshot, files
from unikg.graph.store import open_store
from unikg.graph.store.oxigraph_disk import load, open_read_only
from unikg.graph.store.sources import Source


@pytest.fixture(scope="module")
def expected(settings) -> Projection:
    return Projection.from_store(open_store(settings))


@pytest.fixture
def disk(settings, tmp_path):
    path = tmp_path / "oxigraph"
    load(path, [Source.of(settings.dataset_path)], replace=True)
    return open_read_only(path)


PROJECTION_FILE = files.PROJECTION.name


def kept_projection(store, settings) -> Projection:
    """The projection as a process opening the store first reads it (a new snapshot)."""
    return Snapshot(store, settings).projection


def _facts(p: Projection) -> dict:
    """What the projection says, by IRI: the node order is the store's row order."""
    parties = p.parties.tocoo()
    units = p.units.tocoo()

    def shared(node: int) -> list:
        found = p.shared_partners(node)
        return [(p.nodes[o], int(c)) for o, c in zip(found.others, found.counts)]

    return {
        "labels": dict(zip(p.nodes, p.labels)),
        "parties": sorted((p.agreements[a], p.nodes[n]) for a, n in zip(parties.row, parties.col)),
        "units": sorted((p.nodes[o], p.nodes[u]) for o, u in zip(units.row, units.col)),
        "years": dict(zip(p.agreements, p.years.tolist())),
        "per_year": (p.per_year(), p.undated),
        "shared": {p.nodes[n]: shared(n) for n in range(len(p.nodes))},
        "index": all(p.node(iri) == i for i, iri in enumerate(p.nodes)),
    }


def _same(found: Projection, expected: Projection) -> None:
    assert _facts(found) == _facts(expected)


def test_the_first_reader_keeps_the_projection_and_the_next_reads_it(disk, expected, settings):
    kept = disk.folder / PROJECTION_FILE
    assert not kept.exists()
    _same(kept_projection(disk, settings), expected)
    assert kept.exists()
    _same(kept_projection(disk, settings), expected)
    # the next reader reads the file, not the store: a name changed in the file shows
    content = json.loads(kept.read_text(encoding="utf-8"))
    named = next(i for i, label in enumerate(content["labels"]) if label)
    content["labels"][named] = "Renamed in the file"
    kept.write_text(json.dumps(content), encoding="utf-8")
    assert kept_projection(disk, settings).labels[named] == "Renamed in the file"


@pytest.mark.parametrize("damage", ["years", "parties", "pointers"])
def test_a_file_that_does_not_add_up_is_replaced(disk, expected, damage, settings):
    kept = disk.folder / PROJECTION_FILE
    kept_projection(disk, settings)
    content = json.loads(kept.read_text(encoding="utf-8"))
    if damage == "years":
        content["years"].append(2024)  # one more year than agreements
    elif damage == "parties":
        content["parties"][1][0] = len(content["nodes"]) + 5  # a party beyond the nodes
    else:
        content["parties"][0][-1] += 3  # the last agreement's parties beyond the list
    kept.write_text(json.dumps(content), encoding="utf-8")
    _same(kept_projection(disk, settings), expected)
    _same(kept_projection(disk, settings), expected)  # the file made again


def test_stores_without_a_folder_read_the_store(settings, expected):
    _same(kept_projection(open_store(settings), settings), expected)
