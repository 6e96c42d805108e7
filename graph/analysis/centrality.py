"""Centrality: who is most connected, most in between, closest to all, best connected to the well connected.

``degree``          number of partners (neighbours)
``weighted-degree`` number of links counted with their weight (agreements, shared alliances, events)
``betweenness``     share of shortest paths between other pairs that pass through the node (normalised)
``closeness``       inverse mean hop distance to the nodes it can reach, scaled by the share it can
                    reach (Wasserman–Faust, networkx's default), so a small separate pair is not "central"
``eigenvector``     weighted eigenvector centrality (power iteration, deterministic)
``pagerank``        weighted PageRank, damping 0.85

Betweenness and closeness count hops: the weight says how strong a tie is, not how long.
Above ``exact_max_nodes`` nodes both are estimated from ``samples`` source nodes drawn with
the seed (networkx's ``k=`` sampling for betweenness; BFS from the samples for closeness), and
the result says so.

>>> from .build import NetworkData, partnership_network
>>> g = partnership_network(NetworkData.example())
>>> compute(g, measure="degree").values
{'a': 1, 'b': 2, 'c': 1}
>>> compute(g, measure="betweenness").values["b"]
1.0
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import networkx as nx
import numpy as np

from ..errors import UserError

MEASURES = ("degree", "weighted-degree", "betweenness", "closeness", "eigenvector", "pagerank")
DESCRIPTIONS = {
    "degree": "number of partners",
    "weighted-degree": "number of links counted with their weight (agreements, shared alliances, shared events)",
    "betweenness": "share of shortest paths between other organisations that pass through it",
    "closeness": "inverse mean distance to the organisations it can reach, scaled by how many it reaches",
    "eigenvector": "connected to organisations that are themselves well connected",
    "pagerank": "PageRank: reached often by a random walk along the links",
}


@dataclass(frozen=True, kw_only=True)
class Scores:
    measure: str
    values: dict[str, float]
    approximate: bool = False
    samples: int | None = None  # sampled sources, when approximate


@dataclass(frozen=True, kw_only=True)
class Ranked:
    rank: int
    id: str
    name: str
    value: float


def check_measure(measure: str) -> str:
    if measure not in MEASURES:
        raise UserError(f"unknown measure {measure!r}; choose from {', '.join(MEASURES)}")
    return measure


def compute(
    graph: nx.Graph, *, measure: str, seed: int = 42, exact_max_nodes: int = 1000, samples: int = 200
) -> Scores:
    """The measure for every node of ``graph`` (memoised on the graph: it is computed once)."""
    check_measure(measure)
    memo = graph.graph.setdefault("_scores", {})
    key = (measure, seed, exact_max_nodes, samples)
    if key not in memo:
        memo[key] = _compute(graph, measure, seed, exact_max_nodes, samples)
    return memo[key]


def _compute(graph: nx.Graph, measure: str, seed: int, exact_max_nodes: int, samples: int) -> Scores:
    n = graph.number_of_nodes()
    if n == 0:
        return Scores(measure=measure, values={})
    estimate = n > exact_max_nodes and samples < n
    if measure == "degree":
        return Scores(measure=measure, values=dict(graph.degree()))
    if measure == "weighted-degree":
        return Scores(measure=measure, values=dict(graph.degree(weight="weight")))
    if measure == "betweenness":
        values = nx.betweenness_centrality(graph, k=samples if estimate else None, seed=seed)
        return Scores(measure=measure, values=values, approximate=estimate, samples=samples if estimate else None)
    if measure == "closeness":
        values = _sampled_closeness(graph, samples, seed) if estimate else nx.closeness_centrality(graph)
        return Scores(measure=measure, values=values, approximate=estimate, samples=samples if estimate else None)
    if measure == "eigenvector":
        return Scores(measure=measure, values=_eigenvector(graph, large=estimate))
    return Scores(measure=measure, values=nx.pagerank(graph, weight="weight"))


def _eigenvector(graph: nx.Graph, *, large: bool) -> dict[str, float]:
    if graph.number_of_edges() == 0:
        return {node: 0.0 for node in graph}
    if large:  # ARPACK: seconds where power iteration takes minutes
        return nx.eigenvector_centrality_numpy(graph, weight="weight")
    return nx.eigenvector_centrality(graph, weight="weight", max_iter=10000, tol=1e-10)


def _sampled_closeness(graph: nx.Graph, samples: int, seed: int) -> dict[str, float]:
    """Closeness estimated from BFS distances of ``samples`` random sources (Eppstein–Wang),
    with networkx's Wasserman–Faust scaling for graphs in several pieces."""
    from scipy.sparse.csgraph import shortest_path

    nodes = list(graph)
    index = {node: i for i, node in enumerate(nodes)}
    n = len(nodes)
    component = np.zeros(n, dtype=int)
    sizes = []
    for c, members in enumerate(nx.connected_components(graph)):
        component[[index[m] for m in members]] = c
        sizes.append(len(members))
    sizes = np.array(sizes)
    chosen = np.array(sorted(random.Random(seed).sample(range(n), samples)))
    matrix = nx.to_scipy_sparse_array(graph, nodelist=nodes, weight=None, format="csr")
    total = np.zeros(n)
    hits = np.zeros(n)
    for start in range(0, len(chosen), 100):  # 100 rows of n distances at a time
        rows = chosen[start:start + 100]
        distances = shortest_path(matrix, unweighted=True, directed=False, indices=rows)
        reached = np.isfinite(distances) & (distances > 0)
        total += np.where(reached, distances, 0).sum(axis=0)
        hits += reached.sum(axis=0)
    values = {}
    for i, node in enumerate(nodes):
        size = sizes[component[i]]
        if hits[i] == 0 or size < 2:
            values[node] = 0.0
            continue
        mean = total[i] / hits[i]  # estimated mean distance to the others of its component
        values[node] = float((1 / mean) * (size - 1) / (n - 1))
    return values


def ranking(graph: nx.Graph, scores: Scores, *, top: int | None = None) -> list[Ranked]:
    """Nodes by decreasing value, ties by name; equal values share a rank (1, 2, 2, 4)."""
    ordered = sorted(
        scores.values.items(), key=lambda item: (-item[1], graph.nodes[item[0]].get("name", item[0]).casefold(), item[0])
    )
    ranked, rank = [], 0
    for position, (node, value) in enumerate(ordered, start=1):
        if position == 1 or not _same(value, ordered[position - 2][1]):
            rank = position
        ranked.append(Ranked(rank=rank, id=node, name=graph.nodes[node].get("name", node), value=value))
    return ranked[:top] if top is not None else ranked


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-12 * max(1.0, abs(a), abs(b))
