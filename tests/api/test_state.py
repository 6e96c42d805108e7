"""What the server answers from (``api/state.py``): its snapshot is warmed in the background once
it starts, and replaced by a snapshot of the new version when the store is loaded."""

from __future__ import annotations

import time

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient

from unikg.api.app import create_app
from unikg.graph.questions import agreements
from unikg.graph.settings import Settings
from unikg.graph.snapshot import DEFAULT_NETWORK, Snapshot
from unikg.graph.store.oxigraph import OxigraphStore

LOAD = "https://w3id.org/unikg/graph/load"
UKG = "https://w3id.org/unikg/ontology#"


def wait_for(condition, *, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "not ready in time"
        time.sleep(0.05)


def test_the_analysis_of_the_default_network_is_computed_when_the_graph_is_opened(settings):
    with TestClient(create_app(settings)) as client:
        snapshot = client.app.state.snapshot
        wait_for(lambda: snapshot.memo.made(("analysis", DEFAULT_NETWORK)))
        analysis = snapshot.analysis()
        assert set(analysis.scores) >= {"betweenness", "pagerank"} and analysis.partition.communities
        top = client.get("/analysis/centrality?measure=betweenness&top=1").json()["ranking"][0]
        best = max(analysis.scores["betweenness"].values.items(), key=lambda kv: kv[1])
        assert top["value"] == pytest.approx(best[1])


def add_agreement(store: ox.Store, graph: str, *, name: str, parties: list[str], loaded: str) -> None:
    """What a load does: new triples, and the load graph's modification time."""
    agreement = ox.NamedNode(f"https://w3id.org/unikg/id/agreement/{name}")
    triples = [(agreement, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), ox.NamedNode(UKG + "Agreement"))]
    triples += [(agreement, ox.NamedNode(UKG + "party"), ox.NamedNode(p)) for p in parties]
    for s, p, o in triples:
        store.add(ox.Quad(s, p, o, ox.NamedNode(graph)))
        store.add(ox.Quad(s, p, o))
    stamp = (ox.NamedNode(LOAD), ox.NamedNode("http://purl.org/dc/terms/modified"),
             ox.Literal(loaded, datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#dateTime")))
    for old in list(store.quads_for_pattern(ox.NamedNode(LOAD), None, None, None)):
        store.remove(old)
    store.add(ox.Quad(*stamp, ox.NamedNode(LOAD)))


def test_a_load_is_noticed_and_a_snapshot_of_the_new_version_swapped_in(store):
    private = ox.Store()
    private.extend(store.store)  # a copy of the seed graph this test may change
    settings = Settings.from_env({}, refresh_seconds=0.2)
    with TestClient(create_app(settings, snapshot=Snapshot(OxigraphStore(private), settings))) as client:
        before = client.app.state.snapshot
        wait_for(lambda: before.memo.made(("analysis", DEFAULT_NETWORK)))
        listed_before = before.agreements(offset=0, limit=1000)[1]
        nust, cup = "https://w3id.org/unikg/id/org/nust", "https://w3id.org/unikg/id/org/cup"
        partners = lambda: {p["id"] for p in client.get("/institutions/nust/partners").json()["partners"]}  # noqa: E731
        assert "cup" not in partners()
        add_agreement(private, "https://w3id.org/unikg/graph/test", name="nust-cup-test",
                      parties=[nust, cup], loaded="2030-01-01T00:00:00Z")
        wait_for(lambda: client.app.state.snapshot is not before)
        after = client.app.state.snapshot
        assert after.loaded == "2030-01-01T00:00:00Z" and "cup" in partners()
        assert after.memo.made(("analysis", DEFAULT_NETWORK)), "swapped in once warmed: the measures are new too"
        listed_after = after.agreements(offset=0, limit=1000)[1]
        assert [m.id for m in listed_after if m not in listed_before] == ["nust-cup-test"], "the lists are new too"
        assert before.agreements(offset=0, limit=1000)[1] == listed_before, "the old snapshot is as it was"
