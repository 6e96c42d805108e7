"""The dataset, and the store on disk over it, kept up to date for every command
(``graph/dataset/current.py``), through the real command."""

from __future__ import annotations

import os
import shutil
import time

import pyoxigraph as ox

from unikg.graph.store.oxigraph_disk import open_read_only
from unikg.graph.store.sources import BUILD_GRAPH, HAS_PART, LOAD_GRAPH

from ...conftest import run_cli

SIZES = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
DEFAULT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
DISTINCT_NAMED = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }"
GONE = "https://w3id.org/unikg/graph/doc/an-article-deleted-since"
REGISTRY = "https://w3id.org/unikg/graph/registry"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"


def test_a_rebuilt_dataset_replaces_the_builds_graphs_and_keeps_the_loaded_ones(settings, tmp_path):
    build_dir, store = tmp_path / "build", tmp_path / "store"
    build_dir.mkdir()
    dataset = shutil.copy2(settings.dataset_path, build_dir / "unikg.trig")  # current: not rebuilt
    env = {"UNIKG_BUILD_DIR": str(build_dir), "UNIKG_STORE": f"oxigraph:{store}"}
    built = {}
    for quad in ox.parse(path=str(dataset)):
        built[quad.graph_name.value] = built.get(quad.graph_name.value, 0) + 1

    first = run_cli("query", "ASK {}", env=env)  # a missing store gets the dataset
    assert first.returncode == 0, first.stderr
    assert "keeping" not in first.stderr
    assert _sizes(store) == {**built, BUILD_GRAPH: len(built), LOAD_GRAPH: 1}

    # what a user loads: a graph of their own (with a triple the ontology graph states too, so
    # the store writes the merge as its default graph), and, as the previous build's, an
    # article's graph that the dataset no longer has
    shared = next(q for q in ox.parse(path=str(dataset)) if q.graph_name.value.endswith("/ontology"))
    mine, gone, build = ox.NamedNode("http://x/mine"), ox.NamedNode(GONE), ox.NamedNode(BUILD_GRAPH)
    loaded = tmp_path / "mine.nq"
    loaded.write_bytes(ox.serialize([
        ox.Quad(shared.subject, shared.predicate, shared.object, mine),
        ox.Quad(ox.NamedNode("http://x/a"), ox.NamedNode("http://x/p"), ox.Literal("mine"), mine),
        ox.Quad(ox.NamedNode("http://x/b"), ox.NamedNode("http://x/p"), ox.Literal("gone"), gone),
        ox.Quad(build, ox.NamedNode(HAS_PART), gone, build),
    ], format=ox.RdfFormat.N_QUADS))
    done = run_cli("load", str(loaded), env=env)
    assert done.returncode == 0, done.stderr
    assert _count(store, DEFAULT) > 0  # the merge is written: a triple stands in two graphs

    later = time.time() + 60  # the dataset rebuilt since
    os.utime(dataset, (later, later))
    again = run_cli("query", "ASK {}", env=env)
    assert again.returncode == 0, again.stderr
    assert "keeping 1 graph loaded with `unikg load`" in again.stderr

    assert _sizes(store) == {**built, BUILD_GRAPH: len(built), LOAD_GRAPH: 1, "http://x/mine": 2}
    listed = open_read_only(store).query(
        f"SELECT ?g WHERE {{ GRAPH <{BUILD_GRAPH}> {{ <{BUILD_GRAPH}> <{HAS_PART}> ?g }} }}").rows
    assert sorted(str(r["g"]) for r in listed) == sorted(built)
    # the default graph is the merge of what is there now (not of the graph removed)
    assert _count(store, DEFAULT) == _count(store, DISTINCT_NAMED)


def _sizes(store) -> dict[str, int]:
    return {str(r["g"]): int(r["n"]) for r in open_read_only(store).query(SIZES).rows}


def _count(store, query: str) -> int:
    return int(open_read_only(store).query(query).rows[0]["n"])



def test_a_graph_the_build_and_a_load_both_write_is_added_to_and_never_emptied(settings, tmp_path):
    """Another unikg build's registry, or ``unikg synth``'s, goes in the registry graph the
    build writes too: no rebuild drops it, whether it was loaded before the build or after."""
    dataset = settings.dataset_path
    for order in ("load first", "build first"):
        build_dir, store = tmp_path / order / "build", tmp_path / order / "store"
        build_dir.mkdir(parents=True)
        copy = shutil.copy2(dataset, build_dir / "unikg.trig")
        env = {"UNIKG_BUILD_DIR": str(build_dir), "UNIKG_STORE": f"oxigraph:{store}"}
        theirs = tmp_path / order / "theirs.nq"
        theirs.write_bytes(ox.serialize([
            ox.Quad(ox.NamedNode("https://w3id.org/unikg/id/org/theirs"), ox.NamedNode(RDFS_LABEL),
                    ox.Literal("Their University", language="en"), ox.NamedNode(REGISTRY)),
        ], format=ox.RdfFormat.N_QUADS))
        if order == "load first":
            assert run_cli("load", str(theirs), env=env).returncode == 0
            _touch(copy)  # the store is older than the dataset: the next command loads it
        else:
            assert run_cli("query", "ASK {}", env=env).returncode == 0
            assert run_cli("load", str(theirs), env=env).returncode == 0
        for _ in range(2):  # a rebuild, then another
            _touch(copy)
            done = run_cli("query", "ASK {}", env=env)
            assert done.returncode == 0, (order, done.stderr)
            assert f"adding to 1 graph that also holds triples loaded with `unikg load` (<{REGISTRY}>)" in done.stderr, order
            assert _has_label(store, "https://w3id.org/unikg/id/org/theirs"), order
            assert _has_label(store, "https://w3id.org/unikg/id/org/xjtu"), order
        listed = open_read_only(store).query(
            f"SELECT ?g WHERE {{ GRAPH <{BUILD_GRAPH}> {{ <{BUILD_GRAPH}> <{HAS_PART}> ?g }} }}").rows
        assert REGISTRY not in {str(r["g"]) for r in listed}, order  # not the build's alone



def _touch(path) -> None:
    """The dataset rebuilt: newer than the store's version and than its own last date."""
    later = max(time.time(), os.stat(path).st_mtime) + 60
    os.utime(path, (later, later))


def _has_label(store, iri: str) -> bool:
    return open_read_only(store).query(f"ASK {{ <{iri}> <{RDFS_LABEL}> ?name }}").value
