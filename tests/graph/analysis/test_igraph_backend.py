"""The fast path (igraph behind the networkx functions) agrees with networkx itself.

networkx is the reference, computed here on the same graphs: the seed network, the small
fixture, and random graphs of a few hundred nodes (in pieces, with isolated nodes, with
weights 1–4 on every edge, since eigenvector, PageRank and Louvain use them).

Tolerances: exact measures within 1e-9 (the same definition, computed twice in floating
point); PageRank and eigenvector within 1e-9 of networkx run to a tolerance of 1e-13 (at its
default 1e-6 networkx's own answer is off by up to ~1e-5, so the comparison would measure
networkx's stopping rule); sampled betweenness within 1e-9 too, because the fast path uses
the very sources networkx samples for the same seed, so the estimates are the same numbers,
not merely similar. Louvain is randomised in both libraries: the partition differs, so its
modularity is compared, within 0.01 of the best of five networkx seeds. (Not of their mean:
on the seed network networkx finds one of two partitions depending on the seed, of modularity
0.587 or 0.670, and their mean is neither; on the random graphs its spread is about 0.001.)
"""

import random

import networkx as nx
import pytest

from unikg.graph.analysis import igraph_backend
from unikg.graph.analysis.brokers import brokers
from unikg.graph.analysis.network_data import NetworkData
from unikg.graph.analysis.centrality import compute
from unikg.graph.analysis.communities import communities
from unikg.graph.analysis.networks import Networks
from unikg.graph.analysis.precomputed import analyse

EXACT = 10**9  # exact_max_nodes: never estimate


def _weighted(graph: nx.Graph, seed: int) -> nx.Graph:
    """``graph`` with string node ids (as organisations have) and weights 1–4."""
    graph = nx.relabel_nodes(graph, str)
    draw = random.Random(seed)
    for a, b in graph.edges:
        graph.edges[a, b]["weight"] = draw.randint(1, 4)
    return graph


def _random_graphs() -> dict[str, nx.Graph]:
    in_pieces = _weighted(nx.gnm_random_graph(300, 420, seed=1), 1)  # 16 pieces
    in_pieces.add_nodes_from(["1000", "1001"])  # isolated
    return {
        "gnm-in-pieces": in_pieces,
        "powerlaw-cluster": _weighted(nx.powerlaw_cluster_graph(400, 2, 0.3, seed=2), 2),
        "two-equal-triangles": nx.Graph([(0, 1), (1, 2), (0, 2), (3, 4), (4, 5), (3, 5)]),
        "one-edge": nx.Graph([("x", "y")]),
        "one-node": nx.empty_graph(1),
    }


@pytest.fixture(scope="module")
def graphs(store) -> dict[str, nx.Graph]:
    networks = Networks.from_store(store)
    return {
        "seed": networks.network(),
        "seed-all-layers": networks.network(layers=["agreements", "alliances", "events"]),
        **_random_graphs(),
    }


def _close(found: dict, expected: dict, tolerance: float) -> None:
    assert found.keys() == expected.keys()
    worst = max((abs(found[n] - expected[n]) for n in expected), default=0.0)
    assert worst <= tolerance, f"differs from networkx by {worst:g}"


NAMES = ["seed", "seed-all-layers", *_random_graphs()]


@pytest.mark.parametrize("name", NAMES)
def test_exact_betweenness_and_closeness_equal_networkx(graphs, name):
    graph = graphs[name]
    _close(compute(graph, measure="betweenness", exact_max_nodes=EXACT).values, nx.betweenness_centrality(graph), 1e-9)
    _close(compute(graph, measure="closeness", exact_max_nodes=EXACT).values, nx.closeness_centrality(graph), 1e-9)


@pytest.mark.parametrize("name", NAMES)
def test_pagerank_and_eigenvector_equal_networkx_run_to_convergence(graphs, name):
    graph = graphs[name]
    _close(compute(graph, measure="pagerank").values,
           nx.pagerank(graph, weight="weight", tol=1e-13, max_iter=100_000), 1e-9)
    if graph.number_of_edges():
        reference = nx.eigenvector_centrality(graph, weight="weight", tol=1e-13, max_iter=100_000)
        _close(compute(graph, measure="eigenvector").values, reference, 1e-9)


def test_eigenvector_of_a_large_network_in_pieces_is_defined():
    """networkx's ARPACK variant refuses graphs in pieces; the fast path gives the limit of its
    power iteration, as on small graphs: 0 outside the piece with the largest eigenvalue."""
    graph = nx.disjoint_union(nx.barabasi_albert_graph(1500, 2, seed=4), nx.path_graph(30))
    with pytest.raises(nx.AmbiguousSolution):
        nx.eigenvector_centrality_numpy(graph)
    values = compute(graph, measure="eigenvector").values
    assert all(values[n] == 0 for n in range(1500, 1530))
    reference = nx.eigenvector_centrality_numpy(graph.subgraph(range(1500)))
    _close({n: values[n] for n in range(1500)}, reference, 1e-9)


@pytest.mark.parametrize("name", ["gnm-in-pieces", "powerlaw-cluster"])
def test_sampled_betweenness_is_networkx_estimate_from_the_same_sources(graphs, name):
    graph = graphs[name]
    found = compute(graph, measure="betweenness", exact_max_nodes=100, samples=60, seed=5)
    assert found.approximate and found.samples == 60
    _close(found.values, nx.betweenness_centrality(graph, k=60, seed=5), 1e-9)


@pytest.mark.parametrize("name", ["gnm-in-pieces", "powerlaw-cluster"])
def test_sampled_closeness_equals_the_estimate_computed_with_networkx_bfs(graphs, name):
    """Eppstein–Wang from the same sources, written out with networkx's BFS: the mean distance
    to a node is estimated from the sources that reach it, then networkx's scaling applies."""
    graph = graphs[name]
    found = compute(graph, measure="closeness", exact_max_nodes=100, samples=60, seed=5)
    assert found.approximate and found.samples == 60
    n = graph.number_of_nodes()
    total, hits = dict.fromkeys(graph, 0), dict.fromkeys(graph, 0)
    for source in igraph_backend.sampled_sources(graph, samples=60, seed=5):
        for node, distance in nx.single_source_shortest_path_length(graph, source).items():
            if distance:
                total[node] += distance
                hits[node] += 1
    size = {node: len(piece) for piece in nx.connected_components(graph) for node in piece}
    expected = {node: (hits[node] / total[node]) * (size[node] - 1) / (n - 1) if hits[node] else 0.0
                for node in graph}
    _close(found.values, expected, 1e-9)


@pytest.mark.parametrize("name", ["seed", "seed-all-layers", "gnm-in-pieces", "powerlaw-cluster"])
def test_louvain_modularity_matches_networkx_louvain(graphs, name):
    graph = graphs[name]
    partition = communities(graph, seed=42)
    groups = [set(c.members) for c in partition.communities]
    assert sorted(n for g in groups for n in g) == sorted(graph)
    assert partition.modularity == pytest.approx(nx.community.modularity(graph, groups, weight="weight"), abs=1e-9)
    reference = [nx.community.modularity(graph, nx.community.louvain_communities(graph, weight="weight", seed=s),
                                         weight="weight") for s in range(5)]
    assert abs(partition.modularity - max(reference)) <= 0.01, (partition.modularity, reference)


def test_louvain_is_the_same_for_a_seed_and_differs_across_seeds():
    graph = _weighted(nx.powerlaw_cluster_graph(400, 2, 0.3, seed=2), 2)
    again = _weighted(nx.powerlaw_cluster_graph(400, 2, 0.3, seed=2), 2)  # a fresh graph: no memo
    members = lambda p: [c.members for c in p.communities]  # noqa: E731
    assert members(communities(graph, seed=3)) == members(communities(again, seed=3))
    assert members(communities(graph, seed=3)) != members(communities(graph, seed=4))


@pytest.mark.parametrize("seed", range(6))
def test_brokers_are_networkx_articulation_points_and_bridges(seed):
    graph = nx.relabel_nodes(nx.gnm_random_graph(300, 330, seed=seed), str)
    found = brokers(graph)
    assert {p.id for p in found.articulation_points} == set(nx.articulation_points(graph))
    assert {(b.source, b.target) for b in found.bridges} == {tuple(sorted(e)) for e in nx.bridges(graph)}


def test_results_follow_the_graph_not_its_copies():
    """A copy or subgraph does not inherit its parent's results; a changed graph is recomputed."""
    graph = nx.path_graph(5)
    assert compute(graph, measure="betweenness").values[2] == pytest.approx(4 / 6)
    part = graph.subgraph([0, 1, 2]).copy()
    assert compute(part, measure="betweenness").values == pytest.approx({0: 0, 1: 1, 2: 0})
    converted = igraph_backend.converted(graph)
    assert igraph_backend.converted(graph) is converted
    graph.add_edge(0, 4)  # now a cycle: nobody is in between more than anyone else
    assert igraph_backend.converted(graph) is not converted
    values = compute(graph, measure="betweenness").values
    assert len(set(round(v, 12) for v in values.values())) == 1


def test_what_the_server_precomputes_is_what_later_calls_read():
    """``precomputed.analyse`` runs once per store version (a snapshot keeps it); later calls must not recompute."""
    data = NetworkData(organizations={}, agreements=[])
    networks = Networks(data=data, exact_max_nodes=100, samples=50, seed=7)
    graph = _weighted(nx.powerlaw_cluster_graph(400, 2, 0.3, seed=2), 2)
    networks._built[("partnership", ("agreements",), "rollup")] = graph
    analysis = analyse(networks)
    assert analysis.graph is graph
    for measure, scores in analysis.scores.items():
        assert compute(graph, measure=measure, **networks.options) is scores
    assert analysis.scores["betweenness"].approximate
    assert communities(graph, seed=7) is analysis.partition
    assert brokers(graph) is analysis.brokers


def test_iterative_measures_give_the_same_bits_every_run():
    """ARPACK starts from a random vector; the fast path seeds it, so the answers (and the
    rankings, the analysis graph, the API's answers on every store) are the same each run."""
    graph = _weighted(nx.powerlaw_cluster_graph(300, 2, 0.3, seed=1), 1)
    for measure in ("pagerank", "eigenvector"):
        runs = [compute(nx.Graph(graph), measure=measure).values for _ in range(3)]
        assert runs[0] == runs[1] == runs[2]
