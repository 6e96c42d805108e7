"""Centrality: who is most connected, most in between, closest to all, best connected to the well connected.

``degree``          number of partners (neighbours)
``weighted-degree`` number of links counted with their weight (agreements, shared alliances, events)
``betweenness``     share of shortest paths between other pairs that pass through the node (normalised)
``closeness``       inverse mean hop distance to the nodes it can reach, scaled by the share it can
                    reach (Wasserman–Faust, networkx's default), so a small separate pair is not "central"
``eigenvector``     weighted eigenvector centrality, unit length (the limit of networkx's power
                    iteration: in a network in pieces, the pieces without the largest eigenvalue get 0)
``pagerank``        weighted PageRank, damping 0.85

Betweenness and closeness count hops: the weight says how strong a tie is, not how long.
Above ``exact_max_nodes`` nodes both are estimated from ``samples`` source nodes drawn with
the seed (the sources ``nx.betweenness_centrality(k=, seed=)`` draws, scaled as networkx
scales them; BFS from the same sources for closeness), and the result says so.

The definitions are networkx's; betweenness, closeness, eigenvector and PageRank are computed
by igraph behind them (``igraph_backend``: the same values, 10–100× sooner), degree by networkx.
tests/graph/analysis/test_igraph_backend.py checks the two agree.

>>> from .network_data import NetworkData, partnership_network
>>> g = partnership_network(NetworkData.example())
>>> compute(g, measure="degree").values
{'a': 1, 'b': 2, 'c': 1}
>>> compute(g, measure="betweenness").values["b"]
1.0
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from ..errors import UserError
from . import igraph_backend

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
    """The measure for every node of ``graph`` (memoised with the graph: it is computed once)."""
    check_measure(measure)
    results = igraph_backend.memo(graph)
    key = ("centrality", measure, seed, exact_max_nodes, samples)
    if key not in results:
        results[key] = _compute(graph, measure, seed, exact_max_nodes, samples)
    return results[key]


def _compute(graph: nx.Graph, measure: str, seed: int, exact_max_nodes: int, samples: int) -> Scores:
    n = graph.number_of_nodes()
    if n == 0:
        return Scores(measure=measure, values={})
    estimate = n > exact_max_nodes and samples < n
    sources = igraph_backend.sampled_sources(graph, samples=samples, seed=seed) if estimate else None
    if measure == "degree":
        return Scores(measure=measure, values=dict(graph.degree()))
    if measure == "weighted-degree":
        return Scores(measure=measure, values=dict(graph.degree(weight="weight")))
    if measure == "betweenness":
        return Scores(measure=measure, values=igraph_backend.betweenness(graph, sources=sources),
                      approximate=estimate, samples=samples if estimate else None)
    if measure == "closeness":
        return Scores(measure=measure, values=igraph_backend.closeness(graph, sources=sources),
                      approximate=estimate, samples=samples if estimate else None)
    if measure == "eigenvector":
        return Scores(measure=measure, values=igraph_backend.eigenvector(graph))
    return Scores(measure=measure, values=igraph_backend.pagerank(graph))


def ranking(graph: nx.Graph, scores: Scores, *, top: int | None = None) -> list[Ranked]:
    """Nodes by decreasing value, ties by name; equal values share a rank (1, 2, 2, 4).

    Values equal but for floating-point noise (``_same``) are ties too, ordered by name, so
    the order does not depend on the last bit of an iterative solver's answer.
    """
    def name(node) -> tuple:
        return (graph.nodes[node].get("name", node).casefold(), node)

    by_value = sorted(scores.values.items(), key=lambda item: (-item[1], name(item[0])))
    ordered, run = [], []
    for item in by_value:
        if run and not _same(item[1], run[0][1]):
            ordered += sorted(run, key=lambda i: name(i[0]))
            run = []
        run.append(item)
    ordered += sorted(run, key=lambda i: name(i[0]))
    ranked, rank = [], 0
    for position, (node, value) in enumerate(ordered, start=1):
        if position == 1 or not _same(value, ordered[position - 2][1]):
            rank = position
        ranked.append(Ranked(rank=rank, id=node, name=graph.nodes[node].get("name", node), value=value))
    return ranked[:top] if top is not None else ranked


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-12 * max(1.0, abs(a), abs(b))
