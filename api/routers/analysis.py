"""``/analysis``: centrality, communities, shortest connections, brokers and exports of the
partnership network (networkx over named SPARQL queries).

The network is built once per served graph (api/state.py), and every measure (centrality,
communities, brokers) of a choice of layers and units is computed once, together: for the
default network in the background when the graph is opened, for others on first use. No
measure is computed per request; exports are kept once written.

A path is found on the network's shape (for the default network, the projection's graph) and
shows the agreements of its hops with their evidence, read for those hops only
(``Networks.connection``). What a request waits for (the served networks, a network's
measures) is read in a daemon thread, for at most ``UNIKG_QUERY_TIMEOUT`` seconds: past that
the answer is a 503 with ``Retry-After``, so no request (and no SIGTERM) waits minutes for a
big graph being read.
"""

from __future__ import annotations

import threading
from concurrent.futures import Future
from concurrent.futures import TimeoutError as Waited
from enum import Enum
from typing import Annotated, Literal

import networkx as nx
from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import Response
from pydantic import BaseModel, Field

from unikg.graph.analysis import export as exports
from unikg.graph.analysis.centrality import DESCRIPTIONS, MEASURES
from unikg.graph.analysis.networks import Networks
from unikg.graph.names import NameIndex
from unikg.graph.namespaces import document_iri, event_iri, org_iri
from unikg.graph.questions.common import Ref

from .. import examples, lookup
from ..deps import get_names, get_served
from ..paging import Limit, Offset
from ..state import Served

router = APIRouter(tags=["analysis"])

Measure = Enum("Measure", {m.replace("-", "_"): m for m in MEASURES}, type=str)
Layer = Literal["agreements", "alliances", "events"]
Units = Literal["rollup", "separate"]

LayersParam = Annotated[
    list[Layer] | None,
    Query(alias="layer", description="links to use, repeatable: agreements (default), alliances "
          "(co-membership of an alliance), events (co-participation in an event)"),
]
UnitsParam = Annotated[
    Units, Query(description="rollup: a unit's links count for its organisation (as in /partners); "
                 "separate: units are nodes of their own"),
]


RETRY_AFTER = 10  # seconds, said to a client that asked while the networks were being read


def networks_and_shape(served: Served, *, layers, units: str) -> tuple[Networks, nx.Graph]:
    """The served networks (without the agreements' quotes) and the shape of the network of
    ``layers`` and ``units`` (the analysed graph; the default network's is the projection's),
    read in a daemon thread and waited for at most ``UNIKG_QUERY_TIMEOUT`` seconds."""
    found: Future = Future()

    def read() -> None:
        try:
            shape = served.analysis(layers=layers, units=units).graph
            found.set_result((served.networks, shape))
        except BaseException as error:  # handed to the request
            found.set_exception(error)

    threading.Thread(target=read, name="unikg-networks", daemon=True).start()
    try:
        return found.result(timeout=served.settings.query_timeout)
    except Waited:
        raise HTTPException(status_code=503, headers={"Retry-After": str(RETRY_AFTER)}, detail=(
            "the networks of this graph are still being read from the store (once after start or "
            f"a load: about 20 s at a million triples on a disk store); try again in {RETRY_AFTER} s")) from None


def ref(networks: Networks, node: str) -> Ref:
    org = networks.data.organizations.get(node)
    return Ref(id=node, name=org.name if org else node, iri=str(org_iri(node)))


def node_ref(graph, node: str) -> Ref:
    """A node of an analysed network, named as in ``ref`` (without building ``Networks``)."""
    return Ref(id=node, name=graph.nodes[node].get("name", node), iri=str(org_iri(node)))


class Ranked(BaseModel):
    rank: int = Field(description="1 for the highest value; equal values share a rank")
    id: str
    name: str
    iri: str
    value: float


class CentralityAnswer(BaseModel):
    measure: str
    description: str
    layers: list[str]
    units: str
    nodes: int = Field(description="organisations in the network")
    edges: int = Field(description="pairs of linked organisations in the network")
    approximate: bool = Field(description="true when estimated from sampled sources (large networks)")
    samples: int | None = None
    ranking: list[Ranked]


class Member(BaseModel):
    id: str
    name: str
    iri: str


class CommunityAnswer(BaseModel):
    number: int = Field(description="1 for the largest community")
    size: int
    members: list[Member]


class CommunitiesAnswer(BaseModel):
    layers: list[str]
    units: str
    algorithm: str
    seed: int
    modularity: float
    total: int = Field(description="communities in the network, on all pages")
    offset: int
    limit: int
    communities: list[CommunityAnswer]


class HopAgreement(BaseModel):
    id: str
    label: str
    kinds: list[str]
    signed_on: str | None
    parties: list[Ref] = Field(description="the parties as signed (a unit, where a unit signed)")
    source: Ref = Field(description="the article")
    evidence: str | None = Field(description="the sentence of the article that states it")


class Hop(BaseModel):
    source: Ref
    target: Ref
    agreements: list[HopAgreement]
    alliances: list[Ref] = Field(description="alliances both are members of (alliances layer)")
    events: list[Ref] = Field(description="events both took part in (events layer)")


class PathAnswer(BaseModel):
    source: Ref
    target: Ref
    connected: bool
    length: int | None = Field(description="hops; null when not connected")
    layers: list[str] = Field(description="the layers searched")
    units: str
    reason: str | None = Field(description="why not connected")
    notes: list[str] = Field(description="e.g. a unit counted as its organisation")
    hops: list[Hop]


class ArticulationPoint(BaseModel):
    id: str
    name: str
    iri: str
    pieces: int = Field(description="parts its piece of the network falls into without it")
    cut_off: int = Field(description="organisations no longer connected to the largest part")


class BridgeAnswer(BaseModel):
    source: Ref
    target: Ref
    weight: int
    relations: list[str]


class BrokersAnswer(BaseModel):
    layers: list[str]
    units: str
    total_articulation_points: int = Field(description="articulation points, on all pages")
    total_bridges: int = Field(description="bridges, on all pages")
    offset: int = Field(description="skipped in each of the two lists")
    limit: int = Field(description="most listed in each of the two lists")
    articulation_points: list[ArticulationPoint]
    bridges: list[BridgeAnswer]


@router.get("/analysis/centrality", response_model=CentralityAnswer, responses=examples.responses("centrality"))
def centrality(
    served: Annotated[Served, Depends(get_served)],
    measure: Annotated[Measure, Query(description="; ".join(f"{k}: {v}" for k, v in DESCRIPTIONS.items()))] = Measure.pagerank,
    layers: LayersParam = None,
    units: UnitsParam = "rollup",
    top: Annotated[int, Query(ge=1, le=100000, description="how many organisations to list")] = 10,
):
    """Organisations ranked by a centrality measure of the partnership network."""
    analysis = served.analysis(layers=layers, units=units)
    graph, scores = analysis.graph, analysis.scores[measure.value]
    return CentralityAnswer(
        measure=measure.value, description=DESCRIPTIONS[measure.value], layers=graph.graph["layers"],
        units=units, nodes=graph.number_of_nodes(), edges=analysis.edges,
        approximate=scores.approximate, samples=scores.samples,
        ranking=[Ranked(rank=r.rank, id=r.id, name=r.name, iri=str(org_iri(r.id)), value=float(r.value))
                 for r in analysis.rankings[measure.value][:top]],
    )


@router.get("/analysis/communities", response_model=CommunitiesAnswer, responses=examples.responses("list_communities"))
def list_communities(
    served: Annotated[Served, Depends(get_served)],
    layers: LayersParam = None,
    units: UnitsParam = "rollup",
    offset: Offset = 0,
    limit: Annotated[int, Query(ge=1, le=1000, description="most communities to return", examples=[20])] = 20,
    members: Annotated[int, Query(ge=1, le=100000, description="most members listed per community "
                                  "(by name; size counts them all)", examples=[20])] = 20,
):
    """Communities of the partnership network: seeded Louvain, so the same graph and seed
    (UNIKG_ANALYSIS_SEED) always give the same partition; largest first, a page of them."""
    analysis = served.analysis(layers=layers, units=units)
    graph, partition = analysis.graph, analysis.partition
    return CommunitiesAnswer(
        layers=graph.graph["layers"], units=units, algorithm="louvain", seed=partition.seed,
        modularity=round(partition.modularity, 9),
        total=len(partition.communities), offset=offset, limit=limit,
        communities=[CommunityAnswer(number=c.number, size=len(c.members),
                                     members=[Member(**node_ref(graph, m).__dict__) for m in c.members[:members]])
                     for c in partition.communities[offset : offset + limit]],
    )


@router.get("/analysis/path", response_model=PathAnswer, responses=examples.responses("path"))
def path(
    served: Annotated[Served, Depends(get_served)],
    names: Annotated[NameIndex, Depends(get_names)],
    source: Annotated[str, Query(alias="from", min_length=1, max_length=lookup.MAX_NAME, examples=["ENSIA", "nust"],
                                 description="an organisation: slug, acronym or any spelling")],
    target: Annotated[str, Query(alias="to", min_length=1, max_length=lookup.MAX_NAME, examples=["KazNU"],
                                 description="an organisation: slug, acronym or any spelling")],
    layers: LayersParam = None,
    units: UnitsParam = "rollup",
):
    """The shortest connection between two organisations, with the agreements on each hop
    (and shared alliances or events when those layers are asked for); or "not connected",
    with the layers that were searched. An unknown name is a 404 with close matches."""
    asked = [lookup.organization(names, text).id for text in (source, target)]
    networks, shape = networks_and_shape(served, layers=layers, units=units)
    ends = [networks.node_for(org, units=units) for org in asked]
    found = networks.connection(source=ends[0].id, target=ends[1].id, layers=layers or ("agreements",),
                                units=units, whole=shape)
    orgs = networks.data.organizations
    events = {e.id: e for e in networks.data.events}
    return PathAnswer(
        source=ref(networks, ends[0].id), target=ref(networks, ends[1].id), connected=found.connected,
        length=found.length, layers=found.layers, units=units, reason=found.reason,
        notes=[e.note for e in ends if e.note],
        hops=[Hop(
            source=ref(networks, h.source), target=ref(networks, h.target),
            agreements=[HopAgreement(
                id=a.id, label=a.label, kinds=list(a.kinds), signed_on=a.signed_on,
                parties=[ref(networks, p) for p in a.parties],
                source=Ref(id=a.source, name=a.source_label, iri=str(document_iri(a.source))),
                evidence=a.evidence.quote if a.evidence else None,
            ) for a in h.agreements],
            alliances=[ref(networks, x) for x in h.alliances if x in orgs],
            events=[Ref(id=x, name=events[x].label, iri=str(event_iri(x)))
                    for x in h.events if x in events],
        ) for h in found.hops],
    )


@router.get("/analysis/brokers", response_model=BrokersAnswer, responses=examples.responses("list_brokers"))
def list_brokers(
    served: Annotated[Served, Depends(get_served)],
    layers: LayersParam = None,
    units: UnitsParam = "rollup",
    offset: Offset = 0,
    limit: Limit = 100,
):
    """Brokers: articulation points (organisations whose removal splits their part of the
    network, most organisations cut off first) and bridges (links whose removal does); a page
    of each (``offset`` and ``limit`` apply to both lists)."""
    analysis = served.analysis(layers=layers, units=units)
    graph, found = analysis.graph, analysis.brokers
    return BrokersAnswer(
        layers=graph.graph["layers"], units=units, total_articulation_points=len(found.articulation_points),
        total_bridges=len(found.bridges), offset=offset, limit=limit,
        articulation_points=[ArticulationPoint(id=p.id, name=p.name, iri=str(org_iri(p.id)), pieces=p.pieces,
                                               cut_off=p.cut_off)
                             for p in found.articulation_points[offset : offset + limit]],
        bridges=[BridgeAnswer(source=node_ref(graph, b.source), target=node_ref(graph, b.target), weight=b.weight,
                              relations=b.relations) for b in found.bridges[offset : offset + limit]],
    )


CSV_EXAMPLE = (  # the first rows of /analysis/export.csv on the seed graph
    "id,name,kind,country,ror,wikidata,degree,weighted_degree,betweenness,closeness,eigenvector,pagerank,community,articulation_point\n"
    "xjtu,Xi'an Jiaotong University,university,CN,017zhmm22,Q981237,6,7,0.527272727,0.613636364,0.638138053,0.245100933,1,true\n"
    "kaznu,Al-Farabi Kazakh National University,university,KZ,03q0vrn42,Q427677,4,5,0.381818182,0.525974026,0.517134017,0.183407951,2,true\n…"
)

NetworkParam = Annotated[
    Literal["partnership", "alliances"],
    Query(description="partnership (default), or alliances: the bipartite organisation–alliance network"),
]


def _export(served: Served, format: str, network: str, layers, units: str) -> Response:
    networks, _ = networks_and_shape(served, layers=layers, units=units)
    analysis = served.analysis(layers=layers, units=units)
    if (network, format) not in analysis.exports:  # the full network: agreements, kinds, countries
        graph = (networks.alliances(units=units) if network == "alliances"
                 else networks.network(layers=layers, units=units))
        analysis.exports[(network, format)] = exports.export(graph, format=format, **networks.options)
    data = analysis.exports[(network, format)]
    name = f"unikg-{network}.{format}"
    return Response(content=data, media_type=exports.MEDIA_TYPES[format],
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


def _export_responses(media_type: str, example: str) -> dict:
    """The 200 answer's media type with the beginning of a real export as its example."""
    return examples.responses("", content={media_type: {"example": example}})


@router.get("/analysis/export.graphml", response_class=Response,
            responses=_export_responses("application/graphml+xml", '<?xml version=\'1.0\' encoding=\'utf-8\'?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns" …>…</graphml>'))
def export_graphml(
    served: Annotated[Served, Depends(get_served)],
    network: NetworkParam = "partnership", layers: LayersParam = None, units: UnitsParam = "rollup",
):
    """The network as GraphML (Gephi, Cytoscape, yEd), every node with its measures and community."""
    return _export(served, "graphml", network, layers, units)


@router.get("/analysis/export.gexf", response_class=Response,
            responses=_export_responses("application/gexf+xml", '<?xml version=\'1.0\' encoding=\'utf-8\'?>\n<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2" …>…</gexf>'))
def export_gexf(
    served: Annotated[Served, Depends(get_served)],
    network: NetworkParam = "partnership", layers: LayersParam = None, units: UnitsParam = "rollup",
):
    """The network as GEXF (Gephi), every node with its measures and community."""
    return _export(served, "gexf", network, layers, units)


@router.get("/analysis/export.csv", response_class=Response,
            responses=_export_responses("text/csv", CSV_EXAMPLE))
def export_csv(
    served: Annotated[Served, Depends(get_served)],
    network: NetworkParam = "partnership", layers: LayersParam = None, units: UnitsParam = "rollup",
):
    """Every measure of every organisation as CSV, one row per organisation (highest PageRank first)."""
    return _export(served, "csv", network, layers, units)
