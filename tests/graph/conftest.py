"""Fixtures of the graph tests: a synthetic graph beside the seed graph."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from unikg.graph.store.oxigraph import OxigraphStore

from ..conftest import run_cli


def load_nquads(path) -> OxigraphStore:
    """An in-memory Oxigraph store of an N-Quads file; its default graph is the merge of all graphs."""
    store = ox.Store()
    store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
    store.extend([ox.Quad(q.subject, q.predicate, q.object) for q in store])
    return OxigraphStore(store)


@pytest.fixture(scope="session")
def synthetic(tmp_path_factory) -> OxigraphStore:
    """A 20k-triple synthetic graph (``unikg synth``, seed 3) in an in-memory Oxigraph store."""
    path = tmp_path_factory.mktemp("synth") / "synth.nq"
    result = run_cli("synth", "--triples", "20000", "--seed", "3", "-o", str(path))
    assert result.returncode == 0, result.stderr
    return load_nquads(path)
