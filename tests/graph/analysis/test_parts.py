"""The networks read without the agreements' quotes, and their parts, against the networks read
whole: the same facts but those quotes; a part's links among its nodes are the whole network's,
evidence included; a node's agreements are those its edges carry; a path found on the
projection's graph is the full network's path, hop for hop. On the seed graph and on a
synthetic one (``unikg synth``)."""

from __future__ import annotations

import random

import networkx as nx
import pytest

from unikg.graph.analysis.network_data import LAYERS, NetworkData
from unikg.graph.analysis.networks import Networks
from unikg.graph.analysis.paths import shortest_connection
from unikg.graph.projection import Projection, partnership_graph

LAYER_CHOICES = [("agreements",), LAYERS]


@pytest.fixture(scope="module", params=["seed", "synthetic"])
def graph(request, store, settings):
    """(store, networks read whole, networks read without the agreements' quotes, projection)."""
    chosen = store if request.param == "seed" else request.getfixturevalue("synthetic")
    return (chosen, Networks.from_store(chosen, settings), Networks.from_store(chosen, settings, evidence=False),
            Projection.from_store(chosen))


def _node_sets(full: Networks, units: str) -> list[set[str]]:
    """The ego networks of the best-linked node (depth 1 and 2), its 25 best-linked nodes and 30
    nodes drawn at random (seeded): the kinds of parts views and paths ask for."""
    graph = full.network(layers=LAYERS, units=units)
    hub = max(graph, key=lambda n: (graph.degree(n), n))
    ranked = sorted(graph, key=lambda n: (-graph.degree(n), n))
    drawn = random.Random(7).sample(sorted(graph), min(30, graph.number_of_nodes()))
    return [set(nx.ego_graph(graph, hub, radius=1)), set(nx.ego_graph(graph, hub, radius=2)), set(ranked[:25]), set(drawn)]


def test_without_the_quotes_the_networks_hold_the_same_facts_but_the_agreements_evidence(graph):
    store, full, light, _ = graph
    assert light.data.organizations == full.data.organizations
    assert light.data.memberships == full.data.memberships and light.data.events == full.data.events
    assert [a.id for a in light.data.agreements] == [a.id for a in full.data.agreements]
    assert all(a.evidence is None for a in light.data.agreements)
    assert [a.__class__(**{**_fields(a), "evidence": None}) for a in full.data.agreements] == light.data.agreements
    assert sum(a.evidence is not None for a in full.data.agreements) > 0.9 * len(full.data.agreements)
    assert any(m.evidence for m in light.data.memberships) and any(e.evidence for e in light.data.events)


@pytest.mark.parametrize("units", ["rollup", "separate"])
@pytest.mark.parametrize("layers", LAYER_CHOICES)
def test_a_part_has_the_whole_networks_links_among_its_nodes_with_their_evidence(graph, layers, units):
    _, full, light, _ = graph
    whole = full.network(layers=layers, units=units)
    for nodes in _node_sets(full, units):
        part = light.part(nodes, units=units)
        local = part.network(layers=layers, units=units)
        expected = whole.subgraph(nodes)
        assert _edges(local.subgraph(nodes)) == _edges(expected)
        assert {n: local.nodes[n] for n in nodes if n in local} == {n: whole.nodes[n] for n in nodes if n in local}
        shown = {a.id for _, _, found in expected.edges(data="agreements") for a in found}
        assert {a.id for a in part.data.agreements} == shown  # only those agreements were read
        assert all(a.evidence is not None for _, _, found in local.subgraph(nodes).edges(data="agreements")
                   for a in found if full_evidence(full, a.id))


@pytest.mark.parametrize("units", ["rollup", "separate"])
def test_a_nodes_agreements_are_those_its_edges_carry_in_the_whole_network(graph, units):
    _, full, light, _ = graph
    whole = full.network(units=units)
    nodes = sorted(set().union(*_node_sets(full, units)))
    found = light.data.agreements_of(nodes, units=units)
    for node in nodes:
        carried = {a.id for other in (whole[node] if node in whole else ()) for a in whole.edges[node, other]["agreements"]}
        assert {a.id for a in found[node]} == carried, node
    assert all(found[n] for n in nodes if n in whole) and any(len(found[n]) > 1 for n in nodes)


@pytest.mark.parametrize("units", ["rollup", "separate"])
def test_a_path_found_on_the_projections_graph_is_the_full_networks_path(graph, units):
    _, full, light, projection = graph
    whole = full.network(units=units)
    shape = partnership_graph(projection, units=units)
    hub = max(whole, key=lambda n: (whole.degree(n), n))
    far = nx.single_source_shortest_path_length(whole, hub)
    targets = sorted(far, key=lambda n: (-far[n], n))[:10] + random.Random(3).sample(sorted(whole), 10)
    lonely = next(o for o in sorted(full.data.organizations) if o not in whole)
    apart = [n for n in sorted(whole) if n not in far][:1]  # in another piece of the network, if any
    for target in [*targets, lonely, *apart]:
        if target == hub:
            continue
        expected = shortest_connection(whole, source=hub, target=target)
        assert light.connection(source=hub, target=target, units=units, whole=shape) == expected, target
        assert full.connection(source=hub, target=target, units=units) == expected
    longest = light.connection(source=hub, target=targets[0], units=units, whole=shape)
    assert longest.length >= 2 and all(a.evidence for h in longest.hops for a in h.agreements)


def test_a_part_read_again_reads_no_quote_twice(graph):
    store, _, _, _ = graph
    light = Networks.from_store(store, evidence=False)
    graph_ = light.network()
    nodes = set(sorted(graph_, key=lambda n: (-graph_.degree(n), n))[:10])
    first = light.part(nodes).data.agreements
    kept = dict(light.data._quotes)
    assert set(kept) == {a.iri for a in first} and len(kept) > 3
    assert light.part(nodes).data.agreements == first and light.data._quotes == kept


def _edges(graph: nx.Graph) -> list:
    return sorted((min(a, b), max(a, b), data) for a, b, data in graph.edges(data=True))


def full_evidence(full: Networks, agreement_id: str) -> bool:
    return next(a for a in full.data.agreements if a.id == agreement_id).evidence is not None


def _fields(agreement) -> dict:
    return {name: getattr(agreement, name) for name in agreement.__dataclass_fields__}


def test_the_example_data_has_no_store_so_a_part_is_the_networks_themselves():
    networks = Networks(data=NetworkData.example())
    assert networks.part(["a"]) is networks
