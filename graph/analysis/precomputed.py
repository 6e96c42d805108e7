"""Every measure of one network computed together, once: what a snapshot keeps per network (``graph/snapshot``).

``analyse`` computes the centrality measures (betweenness and closeness estimated from samples
above ``exact_max_nodes``), the seeded Louvain communities and the brokers of one choice of
layers and units; the API answers from the result and never computes a measure per request.

>>> from .network_data import NetworkData
>>> from .networks import Networks
>>> analysis = analyse(Networks(data=NetworkData.example()))
>>> analysis.scores["degree"].values["b"], len(analysis.partition.communities), analysis.brokers.articulation_points[0].id
(2, 1, 'b')
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from .brokers import Brokers, brokers
from .centrality import MEASURES, Ranked, Scores, compute, ranking
from .communities import Partition, communities
from .networks import Networks


@dataclass(frozen=True, kw_only=True, eq=False)
class Analysis:
    graph: nx.Graph
    edges: int  # graph.number_of_edges(), counted once: networkx sums every degree for it (89 ms at 10M triples)
    scores: dict[str, Scores]
    rankings: dict[str, list[Ranked]]  # every node, best first, per measure
    partition: Partition
    brokers: Brokers


def analyse(networks: Networks, *, layers=("agreements",), units: str = "rollup") -> Analysis:
    """All measures of the network of ``layers`` and ``units``, communities and brokers."""
    return analyse_graph(networks.network(layers=layers, units=units), **networks.options)


def analyse_graph(graph: nx.Graph, *, seed: int, exact_max_nodes: int, samples: int) -> Analysis:
    """All measures of ``graph`` (e.g. ``unikg.graph.projection.partnership_graph``'s)."""
    options = {"seed": seed, "exact_max_nodes": exact_max_nodes, "samples": samples}
    scores = {m: compute(graph, measure=m, **options) for m in MEASURES}
    return Analysis(
        graph=graph,
        edges=graph.number_of_edges(),
        scores=scores,
        rankings={m: ranking(graph, found) for m, found in scores.items()},
        partition=communities(graph, seed=seed),
        brokers=brokers(graph),
    )
