"""``/analysis``: centrality, communities, shortest connections, brokers and exports of the
partnership network (networkx over named SPARQL queries).

Every measure (centrality, communities, brokers) of a choice of layers and units is computed
once per store version, together (``Snapshot.analysis``): for the default network in the
background when the graph is opened, for others on first use; exports are made once. A path is
found on the network's shape and shows the agreements of its hops with their evidence, read for
those hops only (``Networks.connection``); a request waits for the networks at most
``UNIKG_QUERY_TIMEOUT`` seconds, then gets a 503 with ``Retry-After``.
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query
from fastapi.responses import Response

from unikg.graph.analysis import export as exports
from unikg.graph.analysis.answers import BrokersAnswer, CentralityAnswer, CommunitiesAnswer, PathAnswer
from unikg.graph.analysis.centrality import DESCRIPTIONS

from .. import examples, lookup
from ..deps import CurrentSnapshot
from ..paging import Limit, Offset
from ..params import LayersParam, Measure, UnitsParam

router = APIRouter(tags=["analysis"])


@router.get("/analysis/centrality", response_model=CentralityAnswer, responses=examples.responses("centrality"))
def centrality(
    snapshot: CurrentSnapshot,
    measure: Annotated[Measure, Query(description="; ".join(f"{k}: {v}" for k, v in DESCRIPTIONS.items()))] = Measure.pagerank,
    layers: LayersParam = None,
    units: UnitsParam = "rollup",
    top: Annotated[int, Query(ge=1, le=100000, description="how many organisations to list")] = 10,
):
    """Organisations ranked by a centrality measure of the partnership network."""
    return snapshot.centrality(measure=measure.value, layers=layers, units=units, top=top)


@router.get("/analysis/communities", response_model=CommunitiesAnswer, responses=examples.responses("list_communities"))
def list_communities(
    snapshot: CurrentSnapshot,
    layers: LayersParam = None,
    units: UnitsParam = "rollup",
    offset: Offset = 0,
    limit: Annotated[int, Query(ge=1, le=1000, description="most communities to return", examples=[20])] = 20,
    members: Annotated[int, Query(ge=1, le=100000, description="most members listed per community "
                                  "(by name; size counts them all)", examples=[20])] = 20,
):
    """Communities of the partnership network: seeded Louvain, so the same graph and seed
    (UNIKG_ANALYSIS_SEED) always give the same partition; largest first, a page of them."""
    return snapshot.communities(layers=layers, units=units, offset=offset, limit=limit, members=members)


@router.get("/analysis/path", response_model=PathAnswer, responses=examples.responses("path"))
def path(
    snapshot: CurrentSnapshot,
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
    asked = [lookup.organization(snapshot, text).id for text in (source, target)]
    return snapshot.path(*asked, layers=layers, units=units)


@router.get("/analysis/brokers", response_model=BrokersAnswer, responses=examples.responses("list_brokers"))
def list_brokers(
    snapshot: CurrentSnapshot,
    layers: LayersParam = None,
    units: UnitsParam = "rollup",
    offset: Offset = 0,
    limit: Limit = 100,
):
    """Brokers: articulation points (organisations whose removal splits their part of the
    network, most organisations cut off first) and bridges (links whose removal does); a page
    of each (``offset`` and ``limit`` apply to both lists)."""
    return snapshot.brokers(layers=layers, units=units, offset=offset, limit=limit)


CSV_EXAMPLE = (  # the first rows of /analysis/export.csv on the seed graph
    "id,name,kind,country,ror,wikidata,degree,weighted_degree,betweenness,closeness,eigenvector,pagerank,community,articulation_point\n"
    "xjtu,Xi'an Jiaotong University,university,CN,017zhmm22,Q981237,6,7,0.527272727,0.613636364,0.638138053,0.245100933,1,true\n"
    "kaznu,Al-Farabi Kazakh National University,university,KZ,03q0vrn42,Q427677,4,5,0.381818182,0.525974026,0.517134017,0.183407951,2,true\n…"
)

NetworkParam = Annotated[
    Literal["partnership", "alliances"],
    Query(description="partnership (default), or alliances: the bipartite organisation–alliance network"),
]


def _export(snapshot, format: str, network: str, layers, units: str) -> Response:
    return Response(content=snapshot.export(format=format, network=network, layers=layers, units=units),
                    media_type=exports.MEDIA_TYPES[format],
                    headers={"Content-Disposition": f'attachment; filename="unikg-{network}.{format}"'})


def _export_responses(media_type: str, example: str) -> dict:
    """The 200 answer's media type with the beginning of a real export as its example."""
    return examples.responses("", content={media_type: {"example": example}})


@router.get("/analysis/export.graphml", response_class=Response,
            responses=_export_responses("application/graphml+xml", '<?xml version=\'1.0\' encoding=\'utf-8\'?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns" …>…</graphml>'))
def export_graphml(
    snapshot: CurrentSnapshot,
    network: NetworkParam = "partnership", layers: LayersParam = None, units: UnitsParam = "rollup",
):
    """The network as GraphML (Gephi, Cytoscape, yEd), every node with its measures and community."""
    return _export(snapshot, "graphml", network, layers, units)


@router.get("/analysis/export.gexf", response_class=Response,
            responses=_export_responses("application/gexf+xml", '<?xml version=\'1.0\' encoding=\'utf-8\'?>\n<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2" …>…</gexf>'))
def export_gexf(
    snapshot: CurrentSnapshot,
    network: NetworkParam = "partnership", layers: LayersParam = None, units: UnitsParam = "rollup",
):
    """The network as GEXF (Gephi), every node with its measures and community."""
    return _export(snapshot, "gexf", network, layers, units)


@router.get("/analysis/export.csv", response_class=Response,
            responses=_export_responses("text/csv", CSV_EXAMPLE))
def export_csv(
    snapshot: CurrentSnapshot,
    network: NetworkParam = "partnership", layers: LayersParam = None, units: UnitsParam = "rollup",
):
    """Every measure of every organisation as CSV, one row per organisation (highest PageRank first)."""
    return _export(snapshot, "csv", network, layers, units)
