"""Brokers: articulation points and bridges, by hand on the fixture and against the definition."""

import networkx as nx
import pytest

from unikg.graph.analysis.brokers import _parts_without_each_cut_vertex, brokers


def test_articulation_points_and_bridges_by_hand(small):
    # e — a ═ b — {c, d} (triangle b, c, d): removing a cuts e off; removing b cuts c and d off
    found = brokers(small.network())
    assert [(p.id, p.pieces, p.cut_off) for p in found.articulation_points] == [("b", 2, 2), ("a", 2, 1)]
    assert [(b.source, b.target, b.weight) for b in found.bridges] == [("a", "b", 2), ("a", "e", 1)]


def test_no_brokers_in_a_cycle():
    found = brokers(nx.cycle_graph(5))
    assert found.articulation_points == [] and found.bridges == []


@pytest.mark.parametrize("seed", range(12))
def test_the_linear_time_parts_match_the_definition(seed):
    """Remove each articulation point and count the pieces: the block-cut tree says the same."""
    graph = nx.gnm_random_graph(40, 46, seed=seed)
    expected = {}
    for node in nx.articulation_points(graph):
        piece = nx.node_connected_component(graph, node) - {node}
        expected[node] = sorted(len(c) for c in nx.connected_components(graph.subgraph(piece)))
    found = {node: sorted(parts) for node, parts in _parts_without_each_cut_vertex(graph).items()}
    assert found == expected


def test_xjtu_and_kaznu_are_the_brokers_of_the_seed_graph(store):
    from unikg.graph.analysis.networks import Networks

    found = brokers(Networks.from_store(store).network())
    assert [p.id for p in found.articulation_points] == ["xjtu", "kaznu"]
    # XJTU–KazNU (two agreements in 2024) is the only link between the two halves
    assert ("kaznu", "xjtu", 2) in [(b.source, b.target, b.weight) for b in found.bridges]
