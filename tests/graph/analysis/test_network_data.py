"""Projection of the named-query rows into networkx graphs: cliques, roll-up, groups, layers."""

import pytest

from unikg.graph.analysis.network_data import partnership_network
from unikg.graph.errors import UserError


def test_a_three_party_agreement_links_every_pair_of_its_parties(small):
    graph = small.network()
    for a, b in [("b", "c"), ("b", "d"), ("c", "d")]:
        assert [x.id for x in graph.edges[a, b]["agreements"]] == ["bcd-three"]


def test_weight_counts_the_agreements_between_two_organisations(small):
    edge = small.network().edges["a", "b"]
    assert edge["weight"] == 2
    assert sorted(x.id for x in edge["agreements"]) == ["ab-mou", "ab-twinning"]
    assert {x.signed_on for x in edge["agreements"]} == {"2020-01-02", "2021"}
    assert {k for x in edge["agreements"] for k in x.kinds} == {"memorandum of understanding", "twinning agreement"}


def test_an_agreement_group_makes_no_edge(small):
    graph = small.network()
    # a's only links are its two agreements with b and its unit's agreement with e
    assert sorted(graph["a"]) == ["b", "e"]
    assert all("g" != x.id for _, _, d in graph.edges(data=True) for x in d["agreements"])


def test_a_units_agreement_counts_for_its_organisation_and_remembers_the_unit(small):
    graph = small.network()
    assert "a1" not in graph
    (agreement,) = graph.edges["a", "e"]["agreements"]
    assert agreement.parties == ("a1", "e")
    assert graph.nodes["a"]["units"] == ["a1"]


def test_units_can_stay_nodes_of_their_own(small):
    graph = small.network(units="separate")
    assert sorted(graph["a1"]) == ["e"]
    assert sorted(graph["a"]) == ["b"]


def test_layers_add_co_membership_and_co_participation_edges(small):
    assert not small.network().has_edge("c", "e")
    with_alliances = small.network(layers=["agreements", "alliances"])
    assert with_alliances.edges["c", "e"]["alliances"] == ["x"]
    assert with_alliances.edges["c", "e"]["relations"] == ["alliances"]
    everything = small.network(layers=["agreements", "alliances", "events"])
    assert everything.edges["e", "f"]["events"] == ["y"]
    assert "f" in everything and "f" not in small.network()


def test_the_bipartite_network_links_members_to_their_alliance(small):
    graph = small.alliances()
    assert dict(graph.nodes(data="bipartite")) == {"x": 1, "c": 0, "e": 0}
    assert sorted(graph["x"]) == ["c", "e"]


def test_node_attributes_come_from_the_registry(small):
    node = small.network().nodes["a"]
    assert (node["name"], node["short"], node["kind"], node["country"], node["country_name"]) == (
        "Alpha University", "AU", "university", "KZ", "Kazakhstan")


@pytest.mark.parametrize("layers, units, message", [
    (["friends"], "rollup", "unknown layer 'friends'"),
    (["agreements"], "merge", "unknown units mode 'merge'"),
])
def test_bad_choices_are_clear_errors(small, layers, units, message):
    with pytest.raises(UserError, match=message):
        partnership_network(small.data, layers=layers, units=units)


def test_the_seed_graph_follows_the_same_rules(store):
    from unikg.graph.analysis.networks import Networks

    graph = Networks.from_store(store).network()
    # the three-party agreement of article 001 is a triangle
    assert graph.has_edge("pnu", "lg-electronics") and graph.has_edge("xjtu", "pnu") and graph.has_edge("xjtu", "lg-electronics")
    # the Health Science Center's agreements count for XJTU
    assert graph.has_edge("xjtu", "nust") and "xjtu-health-science-center" not in graph
    # the 17 MOUs with unnamed UANSR members make no edge: XJTU's partners are the named ones
    assert sorted(graph["xjtu"]) == ["chiang-mai-university", "kaznu", "lg-electronics", "nust", "pnu", "polimi"]
