"""The routes the projection answers give the same pages before it is built (from SPARQL) and
after; the server builds it in the background and rebuilds it when the store is loaded."""

from __future__ import annotations

import time

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient

from unikg.api.app import create_app
from unikg.api.state import Served
from unikg.graph.names import NameIndex
from unikg.graph.questions import agreements
from unikg.graph.questions.resources import named
from unikg.graph.settings import Settings
from unikg.graph.store.oxigraph import OxigraphStore

REQUESTS = [
    "/institutions/xjtu/partners", "/institutions/kaznu/partners?offset=1&limit=2",
    "/institutions/xjtu/shared-partners", "/institutions/kaznu/shared-partners?limit=1",
    "/institutions/cup/shared-partners?offset=2", "/shared-partners?ids=xjtu&ids=cup",
    "/shared-partners?ids=kaznu&ids=szu&limit=1", "/agreements/per-year",
    # the lists kept beside the projection
    "/documents?offset=1&limit=2", "/documents/kaznu-china-partnerships-2023",
    "/documents/KAZNU-CHINA-PARTNERSHIPS-2023", "/people?offset=3&limit=4",
    # by name or with a typo: among the names of a kept list
    "/documents/kaznu-china-partnership-2023", "/agreements/ensia-nwnu-twining",
    "/agreements/Memorandum of cooperation between KazNU and China University of Petroleum",
    "/", "/alliances?offset=1&limit=2", "/alliances/uansr/members",
    "/institutions/xjtu/partners?via=event", "/institutions/kaznu/partners?via=alliance&limit=3",
    "/institutions/xjtu", "/institutions/uansr", "/institutions?limit=7",
    "/institutions?country=KZ", "/institutions?offset=3&limit=9",
    # a kept list is kept per argument: these ask the same questions as above of others
    "/alliances/sco/members", "/institutions/kaznu/partners?via=event",
    "/institutions/xjtu/partners?via=alliance&limit=3",
    # linked data pages: the labels of those pointing to a resource are kept
    "/id/org/kaznu?format=html", "/id/org/xjtu?format=html&incoming=ukg:party&offset=1&limit=2",
]
LOAD = "https://w3id.org/unikg/graph/load"
UKG = "https://w3id.org/unikg/ontology#"


def answer(response) -> object:
    """The JSON of a JSON answer, the text of a page."""
    return response.json() if response.headers["content-type"].startswith("application/json") else response.text


def wait_for(condition, *, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "not ready in time"
        time.sleep(0.05)


def test_the_projection_answers_what_sparql_alone_answers(settings):
    with TestClient(create_app(settings)) as client:
        served = client.app.state.served
        wait_for(lambda: served.projection is not None)
        fast = {url: answer(client.get(url)) for url in REQUESTS}
        # the labels the linked data pages looked up are kept: asked again, no label query
        assert len(served.ready.facts(named)) > 0
        # the same graph served without its projection: what the routes answer before it is built
        client.app.state.served = Served(settings=settings, store=served.store, name_index=served.names)
        assert client.app.state.served.projection is None
        slow = {url: answer(client.get(url)) for url in REQUESTS}
    assert fast == slow
    assert fast["/institutions/kaznu/partners?offset=1&limit=2"]["limit"] == 2
    assert len(fast["/institutions/kaznu/partners?offset=1&limit=2"]["partners"]) == 2
    everything = fast["/institutions/xjtu/shared-partners"]
    assert everything["total"] == len(everything["organizations"]) > 1


def test_the_analysis_of_the_default_network_is_computed_when_the_graph_is_opened(settings):
    with TestClient(create_app(settings)) as client:
        served = client.app.state.served
        wait_for(lambda: served._derived is not None and served._derived._analyses)
        analysis = served.analysis()
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


def test_a_load_is_noticed_and_the_projection_rebuilt_in_the_background(store):
    private = ox.Store()
    private.extend(store.store)  # a copy of the seed graph this test may change
    copy = OxigraphStore(private)
    settings = Settings.from_env({}, refresh_seconds=0.2)
    served = Served(settings=settings, store=copy, name_index=NameIndex.from_store(copy)).start()
    try:
        wait_for(lambda: served._derived is not None and served._derived._analyses)
        before, networks_before = served.projection, served.networks
        listed_before = served.derived.lists(agreements.matching)
        assert served.refresh() is False, "nothing was loaded: nothing to rebuild"
        nust, cup = "https://w3id.org/unikg/id/org/nust", "https://w3id.org/unikg/id/org/cup"
        assert cup not in {before.nodes[p] for p in before.agreement_links(before.node(nust))[0]}
        add_agreement(private, "https://w3id.org/unikg/graph/test", name="nust-cup-test",
                      parties=[nust, cup], loaded="2030-01-01T00:00:00Z")
        wait_for(lambda: served.projection is not before)
        after = served.projection
        assert cup in {after.nodes[p] for p in after.agreement_links(after.node(nust))[0]}
        assert served.derived.loaded == "2030-01-01T00:00:00Z"
        assert served.networks is not networks_before and served.derived._analyses, "the measures are new too"
        listed_after = served.derived.lists(agreements.matching)
        assert [m.id for m in listed_after if m not in listed_before] == ["nust-cup-test"], "the lists are new too"
    finally:
        served.close()
