"""Centrality measures against values computed by hand on the small fixture network.

The network (units rolled up; a–b carries two agreements):

    e — a ═ b — c
             \\  |
               d

n = 5. Distances: a→(b1, e1, c2, d2) = 6; b→(a1, c1, d1, e2) = 5; c→(b1, d1, a2, e3) = 7;
d→ same as c = 7; e→(a1, b2, c3, d3) = 9.
Closeness = (n-1)/sum: a 4/6, b 4/5, c 4/7, d 4/7, e 4/9.
Betweenness (pairs whose shortest paths cross the node, over (n-1)(n-2)/2 = 6 pairs):
a lies on e–b, e–c, e–d: 3/6; b lies on a–c, a–d, e–c, e–d: 4/6; c, d, e: 0.
Degree: a 2, b 3, c 2, d 2, e 1. Weighted degree: a 2+1, b 2+1+1, c 2, d 2, e 1.
"""

import networkx as nx
import pytest

from unikg.graph.analysis.centrality import MEASURES, compute, ranking
from unikg.graph.errors import UserError


def test_degree_and_weighted_degree_by_hand(small):
    graph = small.network()
    assert compute(graph, measure="degree").values == {"a": 2, "b": 3, "c": 2, "d": 2, "e": 1}
    assert compute(graph, measure="weighted-degree").values == {"a": 3, "b": 4, "c": 2, "d": 2, "e": 1}


def test_betweenness_by_hand(small):
    values = compute(small.network(), measure="betweenness").values
    assert values == pytest.approx({"a": 3 / 6, "b": 4 / 6, "c": 0, "d": 0, "e": 0})


def test_closeness_by_hand(small):
    values = compute(small.network(), measure="closeness").values
    assert values == pytest.approx({"a": 4 / 6, "b": 4 / 5, "c": 4 / 7, "d": 4 / 7, "e": 4 / 9})


def test_closeness_of_a_network_in_pieces_scales_by_the_share_reached(small):
    # with the events layer only, the network is the single pair e–f: each reaches 1 of 1
    values = compute(small.network(layers=["events"]), measure="closeness").values
    assert values == pytest.approx({"e": 1.0, "f": 1.0})
    # adding a separate pair makes each reach 1 of 3 others: (1/1) * (1/3)
    two_pairs = nx.Graph([("p", "q"), ("r", "s")])
    assert compute(two_pairs, measure="closeness").values == pytest.approx({n: 1 / 3 for n in "pqrs"})


def test_pagerank_sums_to_one_and_ranks_the_broker_first(small):
    values = compute(small.network(), measure="pagerank").values
    assert sum(values.values()) == pytest.approx(1.0)
    assert max(values, key=values.get) == "b"
    assert values["c"] == pytest.approx(values["d"])  # symmetric positions, same score


def test_eigenvector_is_a_unit_vector_ranking_b_first(small):
    values = compute(small.network(), measure="eigenvector").values
    assert sum(v * v for v in values.values()) == pytest.approx(1.0)
    assert max(values, key=values.get) == "b"
    assert values["e"] == min(values.values())


def test_ranking_shares_ranks_on_ties_and_orders_ties_by_name(small):
    graph = small.network()
    ranked = ranking(graph, compute(graph, measure="degree"))
    assert [(r.rank, r.id) for r in ranked] == [(1, "b"), (2, "a"), (2, "d"), (2, "c"), (5, "e")]
    assert [r.name for r in ranked][1:3] == ["Alpha University", "Delta Corp"]
    assert len(ranking(graph, compute(graph, measure="degree"), top=2)) == 2


def test_large_networks_estimate_betweenness_and_closeness_from_samples():
    graph = nx.barabasi_albert_graph(400, 2, seed=3)
    exact = compute(graph, measure="closeness")
    estimate = compute(graph, measure="closeness", exact_max_nodes=100, samples=150, seed=1)
    assert not exact.approximate and estimate.approximate and estimate.samples == 150
    errors = [abs(estimate.values[n] - exact.values[n]) / exact.values[n] for n in graph]
    assert sum(errors) / len(errors) < 0.05  # within 5% on average
    top = sorted(graph, key=exact.values.get, reverse=True)[:10]
    guessed = sorted(graph, key=estimate.values.get, reverse=True)[:10]
    assert len(set(top) & set(guessed)) >= 7
    between = compute(graph, measure="betweenness", exact_max_nodes=100, samples=150, seed=1)
    assert between.approximate and max(between.values, key=between.values.get) == max(
        compute(graph, measure="betweenness").values, key=compute(graph, measure="betweenness").values.get)


def test_every_measure_handles_an_empty_network():
    for measure in MEASURES:
        assert compute(nx.Graph(), measure=measure).values == {}


def test_an_unknown_measure_lists_the_known_ones(small):
    with pytest.raises(UserError, match="unknown measure 'fame'; choose from degree, weighted-degree"):
        compute(small.network(), measure="fame")


def test_values_equal_but_for_the_last_bit_are_ties_ordered_by_name():
    from unikg.graph.analysis.centrality import Scores

    graph = nx.Graph()
    graph.add_nodes_from([("lg", {"name": "LG Electronics"}), ("pnu", {"name": "Pusan National University"}),
                          ("top", {"name": "Zeta"})])
    values = {"top": 0.5, "pnu": 0.07349986957272672, "lg": 0.07349986957272671}
    ranked = ranking(graph, Scores(measure="pagerank", values=values))
    assert [(r.rank, r.id) for r in ranked] == [(1, "top"), (2, "lg"), (2, "pnu")]
