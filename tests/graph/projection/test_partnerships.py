"""The partnership network built from the projection is the one ``Networks`` builds from the
``network_*`` queries, as far as any measure can see: the same nodes and edges in the same
order, the same weights, relations and names, and so the same measures, communities and brokers."""

from __future__ import annotations

import pytest

from unikg.graph.analysis.networks import Networks
from unikg.graph.analysis.precomputed import analyse, analyse_graph
from unikg.graph.projection import Projection, partnership_graph


@pytest.fixture(scope="module")
def networks(store, settings) -> Networks:
    return Networks.from_store(store, settings)


@pytest.mark.parametrize("units", ["rollup", "separate"])
def test_the_projection_gives_the_network_the_measures_need(store, settings, networks, units):
    fast = partnership_graph(Projection.from_store(store), units=units)
    full = networks.network(units=units)
    assert list(fast.nodes(data="name")) == list(full.nodes(data="name"))
    assert list(fast.nodes(data="units")) == list(full.nodes(data="units"))
    assert [(a, b, d["weight"], d["relations"]) for a, b, d in fast.edges(data=True)] == [
        (a, b, d["weight"], d["relations"]) for a, b, d in full.edges(data=True)]
    assert fast.graph == {"layers": full.graph["layers"], "units": full.graph["units"]}
    assert full.number_of_edges() > 10 and (units == "separate") == ("xjtu-health-science-center" in full)


@pytest.mark.parametrize("units", ["rollup", "separate"])
def test_every_measure_of_the_projection_network_is_the_measure_of_the_full_network(store, settings, networks, units):
    fast = analyse_graph(partnership_graph(Projection.from_store(store), units=units), **Networks.options_of(settings))
    full = analyse(networks, units=units)
    assert {m: s.values for m, s in fast.scores.items()} == {m: s.values for m, s in full.scores.items()}
    assert fast.rankings == full.rankings
    assert fast.partition.communities == full.partition.communities
    assert fast.partition.modularity == full.partition.modularity
    assert fast.brokers == full.brokers
    assert len(fast.brokers.articulation_points) > 1 and len(fast.partition.communities) > 1
