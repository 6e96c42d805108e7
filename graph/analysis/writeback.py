"""The analysis as triples, in the named graph ``https://w3id.org/unikg/graph/analysis``.

So that SPARQL can sort by centrality: every organisation of the partnership network (the
agreements layer, units rolled up: the default network) gets ``ukg:degree``,
``ukg:weightedDegree``, ``ukg:betweennessCentrality``, ``ukg:closenessCentrality``,
``ukg:eigenvectorCentrality``, ``ukg:pageRank``, ``ukg:community`` and, when it is one,
``ukg:articulationPoint true``. The graph IRI itself is a ``ukg:NetworkAnalysis`` saying which
network and seed it describes and which graphs it was derived from.

This is derived data: ``unikg build`` recomputes it from the other graphs (after SHACL
validation, which it is not part of) every time it writes the dataset. Never edit it by hand.

>>> from .network_data import NetworkData
>>> graph = analysis_triples(NetworkData.example(), derived_from=[], seed=42)
>>> from ..namespaces import ID, UKG
>>> graph.value(ID["org/b"], UKG.degree).toPython()
2
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from decimal import Decimal

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, XSD

from ..namespaces import ANALYSIS_GRAPH, ONTOLOGY_GRAPH, PREFIXES, UKG, org_iri
from ..store import Store
from .brokers import brokers
from .network_data import NetworkData, partnership_network
from .centrality import compute
from .communities import communities

PROPERTIES = {  # measure → the ukg: property that states it
    "degree": UKG.degree,
    "weighted-degree": UKG.weightedDegree,
    "betweenness": UKG.betweennessCentrality,
    "closeness": UKG.closenessCentrality,
    "eigenvector": UKG.eigenvectorCentrality,
    "pagerank": UKG.pageRank,
}
DIGITS = 9  # decimal places: rounding keeps the file byte-identical across runs and machines


def analysis_triples(data: NetworkData, *, derived_from: Iterable[str], seed: int) -> Graph:
    """The analysis graph's triples for the default partnership network of ``data``."""
    network = partnership_network(data)
    graph = Graph(identifier=ANALYSIS_GRAPH)
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True)
    graph.add((ANALYSIS_GRAPH, RDF.type, UKG.NetworkAnalysis))
    graph.add((ANALYSIS_GRAPH, RDFS.label, Literal("Network analysis of the partnership network", lang="en")))
    graph.add((ANALYSIS_GRAPH, RDFS.comment, Literal(
        "Measures of every organisation of the partnership network (organisations linked by the "
        "agreements they signed, units counted for their organisation), computed by unikg build "
        "with networkx. Derived data: recomputed at every build, never edited by hand.", lang="en")))
    graph.add((ANALYSIS_GRAPH, UKG.networkLayer, Literal("agreements")))
    graph.add((ANALYSIS_GRAPH, UKG.unitsRolledUp, Literal(True)))
    graph.add((ANALYSIS_GRAPH, UKG.randomSeed, Literal(seed)))
    for source in sorted(derived_from):
        graph.add((ANALYSIS_GRAPH, PROV.wasDerivedFrom, URIRef(source)))
    for measure, prop in PROPERTIES.items():
        for node, value in compute(network, measure=measure, seed=seed).values.items():
            graph.add((org_iri(node), prop, _literal(measure, value)))
    for node, number in communities(network, seed=seed).of().items():
        graph.add((org_iri(node), UKG.community, Literal(number, datatype=XSD.positiveInteger)))
    for point in brokers(network).articulation_points:
        graph.add((org_iri(point.id), UKG.articulationPoint, Literal(True)))
    return graph


def _literal(measure: str, value: float) -> Literal:
    if measure in ("degree", "weighted-degree"):
        return Literal(int(value), datatype=XSD.nonNegativeInteger)
    return Literal(Decimal(f"{float(value):.{DIGITS}f}"), datatype=XSD.decimal)


def add_analysis_graph(
    dataset: Dataset, *, seed: int, progress: Callable[[str], None] = lambda _: None
) -> int:
    """Replace the analysis graph of ``dataset`` by one computed from its other graphs.

    The queries run through the same ``Store`` interface as everywhere else (rdflib's engine
    over the dataset being built). Returns the number of triples written.
    """
    from ..store.rdflib_store import RdflibStore

    dataset.remove_graph(dataset.graph(ANALYSIS_GRAPH))
    sources = sorted(
        str(g.identifier) for g in dataset.graphs() if len(g) and g.identifier != ONTOLOGY_GRAPH
    )
    union = Dataset(store=dataset.store, default_union=True)
    store: Store = RdflibStore(union)
    triples = analysis_triples(NetworkData.from_store(store), derived_from=sources, seed=seed)
    target = dataset.graph(ANALYSIS_GRAPH)
    for triple in triples:
        target.add(triple)
    progress(f"analysis: {len(triples)} triples in <{ANALYSIS_GRAPH}>")
    return len(triples)
