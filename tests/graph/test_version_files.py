"""Files derived from a disk store's version: written once, read back, never trusted when
damaged or made by other queries, and no error where the folder cannot be written."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

from unikg.graph.version_files import kept

FILE = "unikg-example.json"


def _kept(folder, value, *, made_by=(1, "names")):
    """``kept`` of a maker that returns ``value``, and whether the maker ran."""
    ran = []

    def make():
        ran.append(True)
        return {"value": value}

    found = kept(SimpleNamespace(folder=folder), FILE, made_by=made_by, make=make,
                 to_json=lambda v: {"value": v["value"]}, from_json=lambda c: {"value": c["value"]})
    return found["value"], bool(ran)


def test_the_first_call_makes_and_writes_the_next_reads(tmp_path):
    assert _kept(tmp_path, "first") == ("first", True)
    assert _kept(tmp_path, "second") == ("first", False)
    assert sorted(p.name for p in tmp_path.iterdir()) == [FILE]  # no temporary file left


def test_the_folder_keeps_its_times(tmp_path):
    """A disk store's version folder's modification time is when it was published."""
    import os

    os.utime(tmp_path, ns=(1_000_000_000_000_000_000, 1_500_000_000_000_000_000))
    _kept(tmp_path, "first")
    assert (tmp_path / FILE).exists()
    assert os.stat(tmp_path).st_mtime_ns == 1_500_000_000_000_000_000
    assert os.stat(tmp_path).st_atime_ns == 1_000_000_000_000_000_000


def test_other_queries_or_another_format_make_it_again(tmp_path):
    _kept(tmp_path, "first")
    assert _kept(tmp_path, "second", made_by=(1, "people")) == ("second", True)
    assert _kept(tmp_path, "third", made_by=(2, "people")) == ("third", True)
    assert _kept(tmp_path, "fourth", made_by=(2, "people")) == ("third", False)


@pytest.mark.parametrize("damage", [b"", b'{"made_by": ', b"\x00\xff" * 50, b"[1, 2]", b'{"made_by": 1}'])
def test_a_damaged_file_is_made_again(tmp_path, damage):
    _kept(tmp_path, "first")
    made_by = json.loads((tmp_path / FILE).read_text())["made_by"]
    (tmp_path / FILE).write_bytes(damage.replace(b"1}", f'"{made_by}"}}'.encode()))
    assert _kept(tmp_path, "second") == ("second", True)
    assert _kept(tmp_path, "third") == ("second", False)


def test_a_folder_it_cannot_write_to_is_no_error(tmp_path):
    missing = tmp_path / "missing"
    assert _kept(missing, "first") == ("first", True)
    assert _kept(missing, "second") == ("second", True)
    assert list(tmp_path.iterdir()) == []


def test_a_store_without_a_folder_always_makes(tmp_path):
    assert _kept(None, "first") == ("first", True)
    assert _kept(None, "second") == ("second", True)
