"""The answers of the network analysis, as the API gives them: centrality rankings, communities,
brokers and shortest paths, made from one network's ``Analysis`` (``precomputed.py``) and, for a
path, the networks' part along it. A field's ``description`` documents it in ``/openapi.json``.

>>> from .network_data import NetworkData
>>> from .networks import Networks
>>> from .precomputed import analyse
>>> top = centrality(analyse(Networks(data=NetworkData.example())), measure="degree", units="rollup", top=1)
>>> top.ranking[0].id, top.nodes
('b', 3)
"""

from __future__ import annotations

from dataclasses import dataclass, field

import networkx as nx

from ..namespaces import document_iri, event_iri, org_iri
from ..questions.common import Ref
from .centrality import DESCRIPTIONS
from .networks import Networks
from .precomputed import Analysis


@dataclass(frozen=True, kw_only=True)
class Ranked:
    rank: int = field(metadata={"description": "1 for the highest value; equal values share a rank"})
    id: str
    name: str
    iri: str
    value: float


@dataclass(frozen=True, kw_only=True)
class CentralityAnswer:
    measure: str
    description: str
    layers: list[str]
    units: str
    nodes: int = field(metadata={"description": "organisations in the network"})
    edges: int = field(metadata={"description": "pairs of linked organisations in the network"})
    approximate: bool = field(metadata={"description": "true when estimated from sampled sources (large networks)"})
    samples: int | None = None
    ranking: list[Ranked]


@dataclass(frozen=True, kw_only=True)
class Member:
    id: str
    name: str
    iri: str


@dataclass(frozen=True, kw_only=True)
class CommunityAnswer:
    number: int = field(metadata={"description": "1 for the largest community"})
    size: int
    members: list[Member]


@dataclass(frozen=True, kw_only=True)
class CommunitiesAnswer:
    layers: list[str]
    units: str
    algorithm: str
    seed: int
    modularity: float
    total: int = field(metadata={"description": "communities in the network, on all pages"})
    offset: int
    limit: int
    communities: list[CommunityAnswer]


@dataclass(frozen=True, kw_only=True)
class HopAgreement:
    id: str
    label: str
    kinds: list[str]
    signed_on: str | None
    parties: list[Ref] = field(metadata={"description": "the parties as signed (a unit, where a unit signed)"})
    source: Ref = field(metadata={"description": "the article"})
    evidence: str | None = field(metadata={"description": "the sentence of the article that states it"})


@dataclass(frozen=True, kw_only=True)
class Hop:
    source: Ref
    target: Ref
    agreements: list[HopAgreement]
    alliances: list[Ref] = field(metadata={"description": "alliances both are members of (alliances layer)"})
    events: list[Ref] = field(metadata={"description": "events both took part in (events layer)"})


@dataclass(frozen=True, kw_only=True)
class PathAnswer:
    source: Ref
    target: Ref
    connected: bool
    length: int | None = field(metadata={"description": "hops; null when not connected"})
    layers: list[str] = field(metadata={"description": "the layers searched"})
    units: str
    reason: str | None = field(metadata={"description": "why not connected"})
    notes: list[str] = field(metadata={"description": "e.g. a unit counted as its organisation"})
    hops: list[Hop]


@dataclass(frozen=True, kw_only=True)
class ArticulationPoint:
    id: str
    name: str
    iri: str
    pieces: int = field(metadata={"description": "parts its piece of the network falls into without it"})
    cut_off: int = field(metadata={"description": "organisations no longer connected to the largest part"})


@dataclass(frozen=True, kw_only=True)
class BridgeAnswer:
    source: Ref
    target: Ref
    weight: int
    relations: list[str]


@dataclass(frozen=True, kw_only=True)
class BrokersAnswer:
    layers: list[str]
    units: str
    total_articulation_points: int = field(metadata={"description": "articulation points, on all pages"})
    total_bridges: int = field(metadata={"description": "bridges, on all pages"})
    offset: int = field(metadata={"description": "skipped in each of the two lists"})
    limit: int = field(metadata={"description": "most listed in each of the two lists"})
    articulation_points: list[ArticulationPoint]
    bridges: list[BridgeAnswer]


def centrality(analysis: Analysis, *, measure: str, units: str, top: int) -> CentralityAnswer:
    """The ``top`` organisations by ``measure``, best first."""
    graph, scores = analysis.graph, analysis.scores[measure]
    return CentralityAnswer(
        measure=measure, description=DESCRIPTIONS[measure], layers=graph.graph["layers"],
        units=units, nodes=graph.number_of_nodes(), edges=analysis.edges,
        approximate=scores.approximate, samples=scores.samples,
        ranking=[Ranked(rank=r.rank, id=r.id, name=r.name, iri=str(org_iri(r.id)), value=float(r.value))
                 for r in analysis.rankings[measure][:top]],
    )


def communities(analysis: Analysis, *, units: str, offset: int, limit: int, members: int) -> CommunitiesAnswer:
    """A page of the communities, largest first, each with at most ``members`` members by name."""
    graph, partition = analysis.graph, analysis.partition
    return CommunitiesAnswer(
        layers=graph.graph["layers"], units=units, algorithm="louvain", seed=partition.seed,
        modularity=round(partition.modularity, 9),
        total=len(partition.communities), offset=offset, limit=limit,
        communities=[CommunityAnswer(number=c.number, size=len(c.members),
                                     members=[Member(**vars(_node_ref(graph, m))) for m in c.members[:members]])
                     for c in partition.communities[offset : offset + limit]],
    )


def brokers(analysis: Analysis, *, units: str, offset: int, limit: int) -> BrokersAnswer:
    """A page of each list: articulation points and bridges."""
    graph, found = analysis.graph, analysis.brokers
    return BrokersAnswer(
        layers=graph.graph["layers"], units=units, total_articulation_points=len(found.articulation_points),
        total_bridges=len(found.bridges), offset=offset, limit=limit,
        articulation_points=[ArticulationPoint(id=p.id, name=p.name, iri=str(org_iri(p.id)), pieces=p.pieces,
                                               cut_off=p.cut_off)
                             for p in found.articulation_points[offset : offset + limit]],
        bridges=[BridgeAnswer(source=_node_ref(graph, b.source), target=_node_ref(graph, b.target), weight=b.weight,
                              relations=b.relations) for b in found.bridges[offset : offset + limit]],
    )


def path(networks: Networks, shape: nx.Graph, *, source: str, target: str, layers, units: str) -> PathAnswer:
    """The shortest connection between organisations ``source`` and ``target`` (ids), found on
    ``shape`` (the analysed network), with the agreements of its hops and their evidence."""
    ends = [networks.node_for(org, units=units) for org in (source, target)]
    found = networks.connection(source=ends[0].id, target=ends[1].id, layers=layers or ("agreements",),
                                units=units, whole=shape)
    orgs = networks.data.organizations
    events = {e.id: e for e in networks.data.events}
    ref = lambda node: _ref(networks, node)  # noqa: E731
    return PathAnswer(
        source=ref(ends[0].id), target=ref(ends[1].id), connected=found.connected,
        length=found.length, layers=found.layers, units=units, reason=found.reason,
        notes=[e.note for e in ends if e.note],
        hops=[Hop(
            source=ref(h.source), target=ref(h.target),
            agreements=[HopAgreement(
                id=a.id, label=a.label, kinds=list(a.kinds), signed_on=a.signed_on,
                parties=[ref(p) for p in a.parties],
                source=Ref(id=a.source, name=a.source_label, iri=str(document_iri(a.source))),
                evidence=a.evidence.quote if a.evidence else None,
            ) for a in h.agreements],
            alliances=[ref(x) for x in h.alliances if x in orgs],
            events=[Ref(id=x, name=events[x].label, iri=str(event_iri(x))) for x in h.events if x in events],
        ) for h in found.hops],
    )


def _ref(networks: Networks, node: str) -> Ref:
    org = networks.data.organizations.get(node)
    return Ref(id=node, name=org.name if org else node, iri=str(org_iri(node)))


def _node_ref(graph: nx.Graph, node: str) -> Ref:
    """A node of an analysed network, named as in ``_ref`` (without the networks)."""
    return Ref(id=node, name=graph.nodes[node].get("name", node), iri=str(org_iri(node)))
