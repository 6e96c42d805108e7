"""Communities: groups of organisations more linked among themselves than to the rest (Louvain).

Louvain is randomised; it runs with a seed (``UNIKG_ANALYSIS_SEED``), so the same network and
seed give the same partition every time. It runs in igraph (``igraph_backend.louvain``: its multilevel
algorithm, about 25× sooner than ``nx.community.louvain_communities``, modularity as high;
tests/graph/analysis/test_igraph_backend.py compares them). Communities are numbered from 1, largest first (ties
by the name of their first member), and members are listed by name.

>>> from .network_data import NetworkData, partnership_network
>>> partition = communities(partnership_network(NetworkData.example()), seed=42)
>>> [c.members for c in partition.communities]
[['a', 'b', 'c']]
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from . import igraph_backend


@dataclass(frozen=True, kw_only=True)
class Community:
    number: int
    members: list[str]  # node ids, by name


@dataclass(frozen=True, kw_only=True)
class Partition:
    communities: list[Community]
    modularity: float
    seed: int
    resolution: float

    def of(self) -> dict[str, int]:
        """Node id → community number."""
        return {m: c.number for c in self.communities for m in c.members}


def communities(graph: nx.Graph, *, seed: int = 42, resolution: float = 1.0) -> Partition:
    """The Louvain partition of ``graph`` (weighted), memoised with the graph."""
    results = igraph_backend.memo(graph)
    key = ("communities", seed, resolution)
    if key not in results:
        results[key] = _partition(graph, seed, resolution)
    return results[key]


def _partition(graph: nx.Graph, seed: int, resolution: float) -> Partition:
    if graph.number_of_nodes() == 0:
        return Partition(communities=[], modularity=0.0, seed=seed, resolution=resolution)
    found, modularity = igraph_backend.louvain(graph, seed=seed, resolution=resolution)

    def name(node: str) -> str:
        return graph.nodes[node].get("name", node).casefold()

    groups = [sorted(group, key=lambda n: (name(n), n)) for group in found]
    groups.sort(key=lambda members: (-len(members), name(members[0]), members[0]))
    return Partition(
        communities=[Community(number=i, members=m) for i, m in enumerate(groups, start=1)],
        modularity=modularity, seed=seed, resolution=resolution,
    )
