"""The views and paths the server gives (networks read without the agreements' quotes, the
network's shape from the projection, each part read with its quotes) are those of the networks
read whole; and a request that comes while the networks are still being read waits a bounded
time, then says when to come back (503, Retry-After), instead of holding the server."""

from __future__ import annotations

import threading
import time
from dataclasses import replace
from urllib.parse import urlencode

import pytest
from fastapi.testclient import TestClient

from unikg.api.app import create_app
from unikg.graph import queries
from unikg.graph.analysis.networks import Networks
from unikg.graph.snapshot import Snapshot
from unikg.graph.store import open_store
from unikg.viz import page
from unikg.viz.views import ViewOptions, alliance_view, ego_view, network_view


@pytest.fixture(scope="module")
def full(store, settings) -> Networks:
    return Networks.from_store(store, settings)


def _options(settings, **chosen) -> ViewOptions:
    return ViewOptions(links="local", max_nodes=settings.viz_max_nodes,
                       physics_max_nodes=settings.viz_physics_max_nodes, **chosen)


@pytest.mark.parametrize("path, params, make", [
    ("/viz/ego/xjtu", {"depth": 2}, lambda n, o: ego_view(n, "xjtu", depth=2, options=o)),
    ("/viz/ego/nust", {"color": "country"}, lambda n, o: ego_view(n, "nust", depth=1, options=o)),
    ("/viz/alliance/uansr", {}, lambda n, o: alliance_view(n, "uansr", options=o)),
    ("/viz", {"size": "pagerank"}, lambda n, o: network_view(n, o)),
])
def test_a_served_page_is_the_page_of_the_networks_read_whole(client, settings, full, path, params, make):
    response = client.get(path, params=params)
    assert response.status_code == 200
    chosen = {"color_by": params["color"]} if "color" in params else {}
    chosen |= {"size_by": params["size"]} if "size" in params else {}
    expected = page.render(make(full, _options(settings, **chosen)), inline=False, static="/viz/static",
                           png_href=path + ".png" + (f"?{urlencode(params)}" if params else ""), seed=full.seed)
    assert response.text == expected


@pytest.mark.parametrize("source, target", [("ENSIA", "KazNU"), ("nust", "kaznu"), ("xjtu", "polimi"), ("nwnu", "pnu")])
def test_a_served_path_is_the_path_of_the_networks_read_whole(client, full, source, target):
    answer = client.get("/analysis/path", params={"from": source, "to": target}).json()
    ends = [full.node_for(answer[end]["id"]) for end in ("source", "target")]
    expected = full.connection(source=ends[0].id, target=ends[1].id)
    assert answer["connected"] == expected.connected and answer["length"] == expected.length
    assert [(h["source"]["id"], h["target"]["id"], [(a["id"], a["evidence"]) for a in h["agreements"]])
            for h in answer["hops"]] == [
        (h.source, h.target, [(a.id, a.evidence.quote if a.evidence else None) for a in h.agreements])
        for h in expected.hops]


class HeldStore:
    """The real store, whose networks query waits until released (as a big graph being read)."""

    def __init__(self, store):
        self.store, self.release = store, threading.Event()
        self.held = queries.load("network_organizations").splitlines()[0]

    def query(self, text, *args, **kwargs):
        if text.startswith(self.held):
            self.release.wait(60)
        return self.store.query(text, *args, **kwargs)

    def named_graphs(self):
        return self.store.named_graphs()


def test_a_view_asked_while_the_networks_are_being_read_is_a_503_saying_when_to_retry(settings):
    patient = replace(settings, query_timeout=0.5)
    held = HeldStore(open_store(patient))
    try:
        with TestClient(create_app(patient, snapshot=Snapshot(held, patient))) as client:
            started = time.monotonic()
            response = client.get("/viz/ego/xjtu")
            waited = time.monotonic() - started
            path = client.get("/analysis/path", params={"from": "xjtu", "to": "kaznu"})
            other = client.get("/institutions/xjtu/shared-partners")  # needs no network: answered meanwhile
            held.release.set()
            assert response.status_code == 503 and path.status_code == 503 and other.status_code == 200
            assert 0.5 <= waited < 5 and response.headers["Retry-After"] == "1"
            assert "still being read" in response.json()["detail"]
            deadline = time.monotonic() + 60
            while (response := client.get("/viz/ego/xjtu")).status_code == 503 and time.monotonic() < deadline:
                time.sleep(0.2)
            assert response.status_code == 200 and "Xi&#39;an Jiaotong University" in response.text
    finally:
        held.release.set()
