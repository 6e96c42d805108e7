"""Brokers: the organisations and links that hold the network together.

An **articulation point** is an organisation whose removal splits its piece of the network:
``pieces`` says into how many parts, and ``cut_off`` how many organisations would lose every
path to the largest remaining part. A **bridge** is a link whose removal does the same.

>>> from .build import NetworkData, partnership_network
>>> found = brokers(partnership_network(NetworkData.example()))
>>> [(p.id, p.pieces, p.cut_off) for p in found.articulation_points]
[('b', 2, 1)]
>>> [(b.source, b.target) for b in found.bridges]
[('a', 'b'), ('b', 'c')]
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx


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
    """Articulation points (most organisations cut off first) and bridges, in node order."""
    points = [
        ArticulationPoint(id=node, name=graph.nodes[node].get("name", node), pieces=len(parts),
                          cut_off=sum(sorted(parts, reverse=True)[1:]))
        for node, parts in _parts_without_each_cut_vertex(graph).items()
    ]
    points.sort(key=lambda p: (-p.cut_off, -p.pieces, p.name.casefold(), p.id))
    bridges = []
    for a, b in nx.bridges(graph):
        source, target = sorted((a, b))
        data = graph.edges[a, b]
        bridges.append(Bridge(source=source, target=target, weight=data.get("weight", 1),
                              relations=list(data.get("relations", []))))
    bridges.sort(key=lambda b: (b.source, b.target))
    return Brokers(articulation_points=points, bridges=bridges)


def _parts_without_each_cut_vertex(graph: nx.Graph) -> dict[str, list[int]]:
    """For each articulation point, the sizes of the parts its piece falls into without it.

    Linear time, on the block-cut tree: each block (biconnected component) and each cut vertex
    is a tree node; a part is the subtree hanging off the cut vertex through one of its blocks.
    """
    blocks = [set(b) for b in nx.biconnected_components(graph)]
    cuts = set(nx.articulation_points(graph))
    tree = nx.Graph()
    for i, block in enumerate(blocks):
        tree.add_node(("block", i), weight=len(block - cuts))
        for v in block & cuts:
            tree.add_node(("cut", v), weight=1)
            tree.add_edge(("block", i), ("cut", v))
    parts: dict[str, list[int]] = {}
    for piece in nx.connected_components(tree):
        total = sum(tree.nodes[t]["weight"] for t in piece)
        root = min(piece, key=str)
        parent = {root: None}
        order = list(nx.dfs_preorder_nodes(tree, root))
        for t in order:
            for u in tree[t]:
                if u not in parent:
                    parent[u] = t
        below = {t: tree.nodes[t]["weight"] for t in piece}
        for t in reversed(order):
            if parent[t] is not None:
                below[parent[t]] += below[t]
        for t in piece:
            if t[0] != "cut":
                continue
            sizes = [below[u] for u in tree[t] if parent.get(u) == t]
            if parent[t] is not None:
                sizes.append(total - below[t])
            parts[t[1]] = sizes
    return parts
