"""The shortest connection between two organisations, with what links them on each hop.

"How is ENSIA connected to KazNU?" The answer is the path with the fewest hops in the chosen
layers, each hop with its agreements (and shared alliances or events when those layers are
used), or an honest "not connected", saying which layers were searched. Among equally short
paths, the one through the organisations first in id order is given, so answers are stable.

>>> from .network_data import NetworkData, partnership_network
>>> found = shortest_connection(partnership_network(NetworkData.example()), source="a", target="c")
>>> [(h.source, h.target, [a.id for a in h.agreements]) for h in found.hops]
[('a', 'b', ['ab-1', 'ab-2']), ('b', 'c', ['bc'])]
"""

from __future__ import annotations

from dataclasses import dataclass, field

import networkx as nx

from ..errors import UserError
from .network_data import NetworkAgreement


@dataclass(frozen=True, kw_only=True)
class Hop:
    source: str
    target: str
    agreements: list[NetworkAgreement] = field(default_factory=list)
    alliances: list[str] = field(default_factory=list)
    events: list[str] = field(default_factory=list)


@dataclass(frozen=True, kw_only=True)
class Connection:
    source: str
    target: str
    connected: bool
    layers: list[str]
    hops: list[Hop] = field(default_factory=list)
    reason: str | None = None  # why not connected, in a sentence

    @property
    def length(self) -> int | None:
        return len(self.hops) if self.connected else None


def shortest_connection(graph: nx.Graph, *, source: str, target: str) -> Connection:
    """The fewest-hop path from ``source`` to ``target`` (node ids of ``graph``)."""
    layers = list(graph.graph.get("layers", ["agreements"]))
    if source == target:
        raise UserError("give two different organisations to connect")
    missing = [node for node in (source, target) if node not in graph]
    if missing:
        what = " and ".join(missing)
        verb = "have" if len(missing) > 1 else "has"
        return Connection(source=source, target=target, connected=False, layers=layers,
                          reason=f"{what} {verb} no link in the {_named(layers)}")
    path = _first_shortest_path(graph, source, target)
    if path is None:
        return Connection(source=source, target=target, connected=False, layers=layers,
                          reason=f"they are in separate parts of the {_named(layers)}")
    hops = []
    for a, b in zip(path, path[1:]):
        data = graph.edges[a, b]
        hops.append(Hop(source=a, target=b, agreements=list(data.get("agreements", [])),
                        alliances=list(data.get("alliances", [])), events=list(data.get("events", []))))
    return Connection(source=source, target=target, connected=True, layers=layers, hops=hops)


def _first_shortest_path(graph: nx.Graph, source: str, target: str) -> list[str] | None:
    """Breadth-first search visiting neighbours in id order: the first shortest path found."""
    parent = {source: None}
    frontier = [source]
    while frontier and target not in parent:
        following = []
        for node in frontier:
            for neighbour in sorted(graph[node]):
                if neighbour not in parent:
                    parent[neighbour] = node
                    following.append(neighbour)
        frontier = following
    if target not in parent:
        return None
    path = [target]
    while parent[path[-1]] is not None:
        path.append(parent[path[-1]])
    return path[::-1]


def _named(layers: list[str]) -> str:
    names = {"agreements": "agreement", "alliances": "alliance co-membership",
             "events": "event co-participation"}
    chosen = [names[layer] for layer in layers]
    joined = chosen[0] if len(chosen) == 1 else ", ".join(chosen[:-1]) + " and " + chosen[-1]
    return f"{joined} network"
