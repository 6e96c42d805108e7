"""The one mechanism for what is derived from a store version (``graph/snapshot/memo.py``):
made once while callers wait for it; kept in the version's folder, written once, read back,
never trusted when damaged or made by other queries, and no error where the folder cannot be
written; recent values kept within a budget, the least recent dropped first."""

from __future__ import annotations

import json
import threading
import time

import pytest

from unikg.graph.snapshot.memo import Memo, NotYet, VersionFile

FILE = "unikg-example.json"


def _kept(folder, value, *, made_by=(1, "names")):
    """A value kept in ``folder`` by a new ``Memo`` (as by another process), made as ``value``,
    and whether the maker ran."""
    ran = []

    def make():
        ran.append(True)
        return {"value": value}

    spec = VersionFile(FILE, made_by=made_by, to_json=lambda v: {"value": v["value"]},
                       from_json=lambda c: {"value": c["value"]})
    found = Memo(folder=folder).once("example", make, file=spec)
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


def test_a_value_is_made_once_while_the_others_wait_for_it():
    memo, ran, started = Memo(folder=None), [], threading.Event()

    def slow():
        ran.append(True)
        started.set()
        time.sleep(0.3)
        return object()

    found = []
    first = threading.Thread(target=lambda: found.append(memo.once("slow", slow)))
    first.start()
    started.wait(5)
    found.append(memo.once("slow", slow))  # arrives while the first makes it: waits, makes nothing
    first.join()
    assert len(ran) == 1 and found[0] is found[1] and memo.made("slow")


def test_a_failure_reaches_every_waiter_and_the_next_caller_tries_again():
    memo = Memo(folder=None)
    with pytest.raises(ZeroDivisionError):
        memo.once("x", lambda: 1 / 0)
    assert not memo.made("x")
    assert memo.once("x", lambda: 7) == 7


def test_a_caller_waits_at_most_within_seconds_then_gets_not_yet():
    memo, release = Memo(folder=None), threading.Event()
    started = time.monotonic()
    with pytest.raises(NotYet) as stopped:
        memo.once("slow", lambda: release.wait(10) and "made", within=0.2, what="the example")
    assert 0.2 <= time.monotonic() - started < 2 and stopped.value.retry_after == 1
    assert "the example is still being read" in str(stopped.value)
    release.set()  # the value goes on being made in its thread, and is kept
    assert memo.once("slow", lambda: "not this", within=5) == "made"


def test_recent_values_stay_within_the_budget_the_least_recent_dropped_first():
    memo, made = Memo(folder=None, budget=5), []

    def listing(name, size):
        return lambda: made.append(name) or list(range(size))

    memo.recent("a", listing("a", 2))
    memo.recent("b", listing("b", 2))
    memo.recent("a", listing("a", 2))  # kept: a is now the most recent
    memo.recent("c", listing("c", 2))  # over the budget: b, the least recent, goes
    assert made == ["a", "b", "c"]
    memo.recent("a", listing("a", 2))
    memo.recent("b", listing("b", 2))
    assert made == ["a", "b", "c", "b"]


def test_many_fetches_only_the_keys_not_kept_and_keeps_what_is_absent():
    memo, fetched = Memo(folder=None), []

    def fetch(keys):
        fetched.append(keys)
        return {k: k.upper() for k in keys if k != "nowhere"}

    assert memo.many("letters", ["b", "a", "nowhere"], fetch) == {"a": "A", "b": "B"}
    assert memo.many("letters", ["c", "a", "nowhere"], fetch) == {"a": "A", "c": "C"}
    assert fetched == [["a", "b", "nowhere"], ["c"]]
