"""Brokers: the organisations and links that hold the network together.

An **articulation point** is an organisation whose removal splits its piece of the network:
``pieces`` says into how many parts, and ``cut_off`` how many organisations would lose every
path to the largest remaining part. A **bridge** is a link whose removal does the same.

>>> from .network_data import NetworkData, partnership_network
>>> found = brokers(partnership_network(NetworkData.example()))
>>> [(p.id, p.pieces, p.cut_off) for p in found.articulation_points]
[('b', 2, 1)]
>>> [(b.source, b.target) for b in found.bridges]
[('a', 'b'), ('b', 'c')]
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from . import igraph_backend


@dataclass(frozen=True, kw_only=True)
class ArticulationPoint:
    id: str
    name: str
    pieces: int  # parts its piece of the network falls into without it
    cut_off: int  # organisations no longer connected to the largest of those parts


@dataclass(frozen=True, kw_only=True)
class Bridge:
    source: str
    target: str
    weight: int
    relations: list[str]


@dataclass(frozen=True, kw_only=True)
class Brokers:
    articulation_points: list[ArticulationPoint]
    bridges: list[Bridge]


def brokers(graph: nx.Graph) -> Brokers:
    """Articulation points (most organisations cut off first) and bridges, in node order
    (memoised with the graph)."""
    results = igraph_backend.memo(graph)
    if "brokers" not in results:
        results["brokers"] = _brokers(graph)
    return results["brokers"]


def _brokers(graph: nx.Graph) -> Brokers:
    blocks, bridges = igraph_backend.blocks(graph)
    points = [
        ArticulationPoint(id=node, name=graph.nodes[node].get("name", node), pieces=len(parts),
                          cut_off=sum(sorted(parts, reverse=True)[1:]))
        for node, parts in _parts_without_each_cut_vertex(graph, blocks=blocks).items()
    ]
    points.sort(key=lambda p: (-p.cut_off, -p.pieces, p.name.casefold(), p.id))
    found = []
    for a, b in bridges:
        source, target = sorted((a, b))
        data = graph.edges[a, b]
        found.append(Bridge(source=source, target=target, weight=data.get("weight", 1),
                            relations=list(data.get("relations", []))))
    found.sort(key=lambda b: (b.source, b.target))
    return Brokers(articulation_points=points, bridges=found)


def _parts_without_each_cut_vertex(graph: nx.Graph, *, blocks: list[set] | None = None) -> dict:
    """For each articulation point, the sizes of the parts its piece falls into without it.

    Linear time, on the block-cut tree: each block (biconnected component) and each cut vertex
    is a tree node; a part is the subtree hanging off the cut vertex through one of its blocks.
    """
    if blocks is None:
        blocks, _ = igraph_backend.blocks(graph)
    seen: dict = {}
    for block in blocks:
        for v in block:
            seen[v] = seen.get(v, 0) + 1
    cuts = {v for v, count in seen.items() if count > 1}  # in two blocks or more
    # tree nodes: ("block", i) and ("cut", v); weight: the organisations each stands for
    tree: dict[tuple, list[tuple]] = {}
    weight: dict[tuple, int] = {}
    for i, block in enumerate(blocks):
        weight[("block", i)] = len(block - cuts)
        tree[("block", i)] = [("cut", v) for v in sorted(block & cuts, key=str)]
        for v in block & cuts:
            weight[("cut", v)] = 1
            tree.setdefault(("cut", v), []).append(("block", i))
    parts: dict = {}
    parent: dict[tuple, tuple | None] = {}
    for root in tree:
        if root in parent:
            continue
        parent[root] = None
        order, stack = [], [root]
        while stack:  # depth-first, iterative: a long chain must not hit the recursion limit
            t = stack.pop()
            order.append(t)
            for u in tree[t]:
                if u not in parent:
                    parent[u] = t
                    stack.append(u)
        below = {t: weight[t] for t in order}
        for t in reversed(order):
            if parent[t] is not None:
                below[parent[t]] += below[t]
        total = below[root]
        for t in order:
            if t[0] != "cut":
                continue
            sizes = [below[u] for u in tree[t] if parent.get(u) == t]
            if parent[t] is not None:
                sizes.append(total - below[t])
            parts[t[1]] = sizes
    return parts
