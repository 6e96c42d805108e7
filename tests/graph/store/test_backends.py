"""The stores beyond memory: Oxigraph on disk and a real SPARQL server (Virtuoso), against
the seed build. Expected values come from the TriG file read by rdflib's parser, or from the
in-memory store: never from the store under test."""

from __future__ import annotations

import dataclasses
import os
import signal
import subprocess
import sys
import time

import pytest
from rdflib import Dataset, URIRef

from unikg.graph.errors import UserError
from unikg.graph.store import AskResult, GraphResult, QuerySyntaxError, open_store, store_choice
from unikg.graph.store.oxigraph_disk import load, open_read_only
from unikg.graph.store.remote import RemoteStore
from unikg.graph.store.sources import LOAD_GRAPH, MODIFIED, Source

LOAD = URIRef(LOAD_GRAPH)
COUNT_ALL = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def _count(store, query: str) -> int:
    return int(store.query(query).rows[0]["n"])


@pytest.fixture(scope="module")
def quads(settings) -> Dataset:
    dataset = Dataset()
    dataset.parse(settings.dataset_path, format="trig")
    return dataset


@pytest.fixture(scope="module")
def disk(settings, tmp_path_factory):
    path = tmp_path_factory.mktemp("disk") / "oxigraph"
    load(path, [Source.of(settings.dataset_path)], replace=True)
    return path


@pytest.fixture(scope="module")
def remote(settings, virtuoso):
    env = virtuoso.store_env()
    return RemoteStore.connect(dataclasses.replace(
        settings, store=env["UNIKG_STORE"], store_update_url=env["UNIKG_STORE_UPDATE_URL"],
        store_user="dba", store_password="dba",
    ))


def test_store_choices(settings):
    assert store_choice(dataclasses.replace(settings, store="oxigraph")).path == settings.build_dir / "oxigraph"
    with pytest.raises(UserError, match="not a known store"):
        store_choice(dataclasses.replace(settings, store="postgres"))


def test_the_password_is_not_in_the_settings_repr(settings):
    assert "s3cret" not in repr(dataclasses.replace(settings, store_password="s3cret"))


# --- Oxigraph on disk ------------------------------------------------------------------------


def test_disk_store_holds_the_build_and_the_load_stamp(disk, quads):
    store = open_read_only(disk)
    held = {str(g.identifier) for g in quads.graphs() if len(g)}
    assert store.named_graphs() == sorted(held | {LOAD_GRAPH})
    stamp = store.query(f"SELECT ?when WHERE {{ GRAPH <{LOAD_GRAPH}> {{ <{LOAD_GRAPH}> <{MODIFIED}> ?when }} }}")
    assert len(stamp.rows) == 1 and stamp.rows[0]["when"].datatype.endswith("#dateTime")


def test_disk_default_graph_is_the_set_of_all_triples(disk, quads):
    """The seed build has triples in two article graphs: the merge counts them once."""
    store = open_read_only(disk)
    distinct = {t for g in quads.graphs() for t in g}
    assert len(distinct) < sum(len(g) for g in quads.graphs())  # some triple is in two graphs
    assert _count(store, COUNT_ALL) == len(distinct) + 1  # + the load stamp


def test_disk_store_uses_oxigraphs_union_while_no_triple_is_shared(tmp_path):
    data = tmp_path / "two.nq"
    data.write_text(
        "<http://x/a> <http://x/p> <http://x/b> <http://x/g1> .\n"
        "<http://x/a> <http://x/p> <http://x/c> <http://x/g2> .\n"
    )
    path = tmp_path / "store"
    load(path, [Source.of(data)])
    assert open_read_only(path).union and _count(open_read_only(path), COUNT_ALL) == 3
    shared = tmp_path / "shared.nq"
    shared.write_text("<http://x/a> <http://x/p> <http://x/b> <http://x/g3> .\n")
    load(path, [Source.of(shared)])  # now a triple stands in g1 and g3: the merge is stored
    store = open_read_only(path)
    assert not store.union
    assert _count(store, COUNT_ALL) == 3
    assert _count(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }") == 4


def test_disk_store_answers_like_the_memory_store(disk, settings):
    memory = open_store(settings)
    store = open_read_only(disk)
    for query in (
        "SELECT ?s ?o WHERE { ?s a ?o FILTER isIRI(?s) } ORDER BY ?s ?o",
        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER (?g != <%s>) } GROUP BY ?g ORDER BY ?g" % LOAD_GRAPH,
    ):
        assert store.query(query) == memory.query(query)


def test_a_failed_load_leaves_the_store_as_it_was(disk, tmp_path):
    before = os.readlink(disk)
    bad = tmp_path / "bad.nq"
    bad.write_text("<http://x/a> <http://x/p> <http://x/b> <http://x/g> .\n<http://x/a> <http://x/p> .\n")
    with pytest.raises(UserError, match=r"bad\.nq:2:\d+: "):
        load(disk, [Source.of(bad)])
    assert os.readlink(disk) == before
    assert not [p for p in disk.parent.iterdir() if p.name.endswith(".partial")]


def test_a_killed_load_leaves_the_last_good_store(settings, tmp_path):
    """SIGKILL in the middle of a load: the store still opens, with what it held."""
    path = tmp_path / "oxigraph"
    load(path, [Source.of(settings.dataset_path)])
    held = _count(open_read_only(path), COUNT_ALL)
    big = tmp_path / "big.nt"
    with open(big, "w") as out:
        for i in range(400_000):
            out.write(f"<http://x/s{i}> <http://x/p> \"{i}\" .\n")
    process = subprocess.Popen(
        [sys.executable, "-m", "unikg.cli", "--store", f"oxigraph:{path}", "load", str(big),
         "--graph", "http://x/big"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while not list(tmp_path.glob("oxigraph.*.partial")) and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.3)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert list(tmp_path.glob("oxigraph.*.partial")), "the load ended before it could be killed"
    assert _count(open_read_only(path), COUNT_ALL) == held


# --- a SPARQL server: Virtuoso ---------------------------------------------------------------


def test_remote_lists_only_unikgs_graphs(remote, quads):
    held = {str(g.identifier) for g in quads.graphs() if len(g)}
    assert remote.named_graphs() == sorted(held | {LOAD_GRAPH})


def test_remote_holds_every_quad_of_the_build(remote, quads):
    expected = sum(len(g) for g in quads.graphs())
    query = 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER (STRSTARTS(STR(?g), "https://w3id.org/unikg/graph/") && ?g != <%s>) }'
    assert _count(remote, query % LOAD_GRAPH) == expected


def test_remote_select_terms_match_the_memory_store(remote, settings):
    memory = open_store(settings)
    query = (
        "PREFIX ukg: <https://w3id.org/unikg/ontology#> "
        "SELECT ?a ?date ?label WHERE { ?a a ukg:Agreement ; ukg:signedOn ?date . "
        "OPTIONAL { ?a <http://www.w3.org/2000/01/rdf-schema#label> ?label } } ORDER BY ?a"
    )
    assert remote.query(query) == memory.query(query)


def test_remote_ask_construct_and_dataset(remote, quads):
    assert remote.query("ASK { ?s a <https://w3id.org/unikg/ontology#University> }") == AskResult(True)
    assert remote.query("ASK { ?s a <http://x/Nothing> }") == AskResult(False)
    registry = "https://w3id.org/unikg/graph/registry"
    result = remote.query("CONSTRUCT WHERE { ?s ?p ?o }", default_graphs=[registry])
    assert isinstance(result, GraphResult)
    assert set(result.graph) == set(quads.graph(URIRef(registry)))


def test_remote_errors_say_what_is_wrong(remote, settings):
    with pytest.raises(QuerySyntaxError, match="syntax error"):
        remote.query("SELECT * WHERE { ?s ?p ")
    gone = RemoteStore.connect(dataclasses.replace(settings, store="http://127.0.0.1:9/sparql"))
    with pytest.raises(UserError, match=r"cannot reach the SPARQL store at http://127.0.0.1:9/sparql"):
        gone.query("ASK {}")
