"""The shortest connection between two organisations, hop by hop, or an honest "not connected"."""

import pytest

from unikg.graph.analysis.paths import shortest_connection
from unikg.graph.errors import UserError


def test_a_path_lists_the_agreements_of_each_hop(small):
    found = shortest_connection(small.network(), source="e", target="d")
    assert found.connected and found.length == 3
    assert [(h.source, h.target) for h in found.hops] == [("e", "a"), ("a", "b"), ("b", "d")]
    assert [[a.id for a in h.agreements] for h in found.hops] == [
        ["a1e-coop"], ["ab-mou", "ab-twinning"], ["bcd-three"]]


def test_not_connected_says_so_and_which_layers_were_searched(small):
    found = shortest_connection(small.network(), source="a", target="f")
    assert not found.connected and found.hops == [] and found.length is None
    assert found.layers == ["agreements"]
    assert found.reason == "f has no link in the agreement network"


def test_more_layers_can_connect_what_agreements_do_not(small):
    graph = small.network(layers=["agreements", "alliances", "events"])
    found = shortest_connection(graph, source="a", target="f")
    assert found.connected and found.layers == ["agreements", "alliances", "events"]
    assert [(h.source, h.target) for h in found.hops] == [("a", "e"), ("e", "f")]
    assert found.hops[1].events == ["y"] and found.hops[1].agreements == []


def test_separate_pieces_are_not_connected(small):
    graph = small.network(layers=["events"])
    graph_with_pair = small.network(layers=["agreements", "events"])
    assert shortest_connection(graph_with_pair, source="c", target="f").connected
    found = shortest_connection(small.network(layers=["alliances"]), source="c", target="e")
    assert found.connected and found.hops[0].alliances == ["x"]
    assert "e" in graph and not shortest_connection(graph, source="e", target="c").connected


def test_the_same_organisation_twice_is_a_clear_error(small):
    with pytest.raises(UserError, match="two different organisations"):
        shortest_connection(small.network(), source="a", target="a")


def test_ensia_and_kaznu_are_not_connected_on_the_seed_graph(store):
    from unikg.graph.analysis.networks import Networks

    networks = Networks.from_store(store)
    for layers in (["agreements"], ["agreements", "alliances", "events"]):
        found = shortest_connection(networks.network(layers=layers), source="ensia", target="kaznu")
        assert not found.connected
        assert found.reason == f"they are in separate parts of the {'agreement' if len(layers) == 1 else 'agreement, alliance co-membership and event co-participation'} network"


def test_nust_reaches_kaznu_through_xjtu_on_the_seed_graph(store):
    from unikg.graph.analysis.networks import Networks

    found = shortest_connection(Networks.from_store(store).network(), source="nust", target="kaznu")
    assert [(h.source, h.target) for h in found.hops] == [("nust", "xjtu"), ("xjtu", "kaznu")]
    (medical,) = found.hops[0].agreements
    assert medical.parties == ("nust", "xjtu-health-science-center")  # signed by XJTU's unit
    assert {a.signed_on for a in found.hops[1].agreements} == {"--07-04"}  # July 4, no year
