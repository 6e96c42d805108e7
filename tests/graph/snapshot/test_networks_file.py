"""The networks a snapshot keeps in a disk store's version folder: made by the first reader,
read back by the next. Expected values come from the in-memory store of the same build, never from the
file under test."""

from __future__ import annotations

import json

import pytest

from unikg.graph.analysis.network_data import NetworkData
from unikg.graph.analysis.networks import Networks
from unikg.graph.snapshot import Snapshot, files
from unikg.graph.store import open_store
from unikg.graph.store.oxigraph_disk import load, modified, open_read_only
from unikg.graph.store.sources import Source


@pytest.fixture(scope="module")
def expected(settings) -> NetworkData:
    return NetworkData.from_store(open_store(settings), evidence=False)


@pytest.fixture
def disk(settings, tmp_path):
    path = tmp_path / "oxigraph"
    load(path, [Source.of(settings.dataset_path)], replace=True)
    return open_read_only(path)


NETWORK_FILE = files.NETWORKS.name


def network_data(store, settings) -> NetworkData:
    """The networks as a process opening the store first reads them (a new snapshot)."""
    return Snapshot(store, settings).networks().data


def _iris(data: NetworkData) -> list:
    return [a.iri for a in data.agreements]  # not compared by ==, and needed to read quotes


def test_the_first_reader_keeps_the_networks_and_the_next_reads_them(disk, expected, settings):
    kept = disk.folder / NETWORK_FILE
    assert not kept.exists()
    published = modified(disk.folder)
    first = network_data(disk, settings)
    assert first == expected and _iris(first) == _iris(expected)
    assert kept.exists()
    assert modified(disk.folder) == published  # a rebuilt dataset is still seen as newer
    # the next reader reads the file, not the store: a name changed in the file shows
    content = json.loads(kept.read_text(encoding="utf-8"))
    content["organizations"][0][1] = "Renamed in the file"
    kept.write_text(json.dumps(content), encoding="utf-8")
    second = network_data(disk, settings)
    assert next(iter(second.organizations.values())).name == "Renamed in the file"
    assert second.agreements == expected.agreements and _iris(second) == _iris(expected)
    assert second.memberships == expected.memberships and second.events == expected.events


def test_views_read_the_kept_networks(disk, expected, settings):
    network_data(disk, settings)
    networks = Snapshot(disk, settings).networks()
    assert networks.data == expected
    assert networks.store is disk  # the agreements' quotes are read per part, from the store
    ends = sorted({a.parties for a in expected.agreements})[0]
    part = networks.data.part(ends, units="separate", store=disk)
    assert all(a.evidence is not None for a in part.agreements)


def test_a_file_of_the_wrong_shape_is_replaced(disk, expected, settings):
    kept = disk.folder / NETWORK_FILE
    network_data(disk, settings)
    content = json.loads(kept.read_text(encoding="utf-8"))
    kept.write_text(json.dumps({**content, "agreements": [[1, 2]]}), encoding="utf-8")
    assert network_data(disk, settings) == expected
    assert json.loads(kept.read_text(encoding="utf-8"))["agreements"] != [[1, 2]]


def test_a_new_version_does_not_carry_the_file(disk, settings, tmp_path):
    network_data(disk, settings)
    loaded = load(tmp_path / "oxigraph", [Source.of(settings.dataset_path)])
    assert loaded.store != disk.folder
    assert not (loaded.store / NETWORK_FILE).exists()
    assert (disk.folder / NETWORK_FILE).exists()  # the previous version keeps its own


def test_stores_without_a_folder_read_the_store(settings, expected):
    memory = open_store(settings)
    assert getattr(memory, "folder", None) is None
    assert network_data(memory, settings) == expected
