"""The networks of one store, each projected once: what the CLI, the API and the views share.

``Networks.from_store`` runs the ``network_*`` named queries once; ``network(layers=, units=)``
builds (and keeps) the networkx graph of a choice of layers; ``node_for`` turns a resolved
organisation into its node, saying when a unit is counted as its organisation.

The server reads them without the agreements' quotes (``from_store(evidence=False)``: on a
big graph those are most of what the queries read); ``part(nodes)`` is then the networks of
the facts among some nodes, with their agreements' quotes, which is what a view or a path
shows. With every quote at hand (the CLI) ``part`` is the networks themselves.

>>> from .network_data import NetworkData
>>> networks = Networks(data=NetworkData.example())
>>> networks.network().number_of_edges()
2
>>> networks.network() is networks.network(layers=["agreements"], units="rollup")
True
>>> [h.target for h in networks.connection(source="a", target="c").hops]
['b', 'c']
"""

from __future__ import annotations

from dataclasses import dataclass, field

import networkx as nx

from ..errors import UserError
from ..settings import Settings
from ..store import Store
from .network_data import NetworkData, alliance_network, check_spec, partnership_network
from .paths import Connection, shortest_connection


@dataclass(frozen=True, kw_only=True)
class Node:
    id: str  # the node of the network
    name: str
    asked: str  # the organisation asked for (a unit, under roll-up, differs from id)
    note: str | None = None  # e.g. "counted as Xi'an Jiaotong University (units roll up)"


@dataclass(kw_only=True)
class Networks:
    data: NetworkData
    seed: int = 42
    exact_max_nodes: int = 1000
    samples: int = 200
    store: Store | None = field(default=None, repr=False)  # set: the agreements' quotes are read per part
    _built: dict = field(default_factory=dict, repr=False)

    @classmethod
    def from_store(cls, store: Store, settings: Settings | None = None, *, evidence: bool = True) -> Networks:
        """The networks of ``store``; ``evidence=False``: without the agreements' quotes, which
        ``part`` then reads from ``store`` for the part asked (a server's snapshot keeps them in
        a disk store's version folder: ``graph/snapshot``)."""
        data = NetworkData.from_store(store, evidence=evidence)
        return cls(data=data, store=None if evidence else store, **cls.options_of(settings or Settings.from_env({})))

    @staticmethod
    def options_of(settings: Settings) -> dict:
        """The analysis options (seed, exact_max_nodes, samples) ``settings`` give."""
        return {"seed": settings.analysis_seed, "exact_max_nodes": settings.analysis_exact_max_nodes,
                "samples": settings.analysis_samples}

    @property
    def options(self) -> dict:
        """The keyword arguments of ``centrality.compute`` these settings give."""
        return {"seed": self.seed, "exact_max_nodes": self.exact_max_nodes, "samples": self.samples}

    def network(self, *, layers=("agreements",), units: str = "rollup") -> nx.Graph:
        key = ("partnership", check_spec(layers=layers, units=units), units)
        if key not in self._built:
            self._built[key] = partnership_network(self.data, layers=key[1], units=units)
        return self._built[key]

    def alliances(self, *, units: str = "rollup") -> nx.Graph:
        """The bipartite organisation–alliance network."""
        key = ("alliances", units)
        if key not in self._built:
            self._built[key] = alliance_network(self.data, units=units)
        return self._built[key]

    def part(self, nodes, *, units: str = "rollup") -> Networks:
        """The networks of the facts among ``nodes``, their agreements with their quotes
        (``NetworkData.part``): their edges among ``nodes`` are the whole networks' edges.
        Itself when it holds every quote."""
        if self.store is None:
            return self
        return Networks(data=self.data.part(nodes, units=units, store=self.store), **self.options)

    def connection(self, *, source: str, target: str, layers=("agreements",), units: str = "rollup",
                   whole: nx.Graph | None = None) -> Connection:
        """The shortest connection between two nodes, found in ``whole`` (the network of
        ``layers`` and ``units``, or a graph with its nodes and edges, such as the projection's),
        with each hop's agreements and their evidence from the part of the path."""
        whole = whole if whole is not None else self.network(layers=layers, units=units)
        found = shortest_connection(whole, source=source, target=target)
        if not found.connected:
            return found
        path = [found.source, *(hop.target for hop in found.hops)]
        local = self.part(path, units=units).network(layers=layers, units=units)
        return shortest_connection(local.subgraph(path), source=source, target=target)

    def node_for(self, org_id: str, *, units: str = "rollup") -> Node:
        """The node that stands for organisation ``org_id`` (its organisation, under roll-up)."""
        org = self.data.organizations.get(org_id)
        if org is None:
            raise UserError(f"{org_id!r} is not an organisation")
        node = self.data.node_of(org_id, units=units)
        if node == org_id:
            return Node(id=node, name=org.name, asked=org_id)
        top = self.data.organizations[node]
        return Node(id=node, name=top.name, asked=org_id,
                    note=f"{org.name} is a unit of {top.name} and counts as it "
                         "(units roll up; ask for separate units to keep it apart)")
