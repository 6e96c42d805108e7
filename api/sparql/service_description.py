"""The SPARQL 1.1 Service Description of the endpoint (https://www.w3.org/TR/sparql11-service-description/).

What a client gets from ``GET /sparql`` without a query when it asks for RDF: the endpoint,
the language, the result formats, the features, and the dataset with each named graph and
its size. Its blank nodes have fixed labels, so the same dataset is described by the same
bytes on every request (a client or a cache can compare two).
"""

from __future__ import annotations

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, XSD

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
FORMATS = Namespace("http://www.w3.org/ns/formats/")
VOID = Namespace("http://rdfs.org/ns/void#")
RESULT_FORMATS = (
    "SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
    "Turtle", "N-Triples", "JSON-LD", "RDF_XML",
)


def service_description(*, endpoint: str, graph_sizes: dict[str, int]) -> Graph:
    """The description of the endpoint at ``endpoint`` holding ``graph_sizes`` (IRI → triples).

    >>> g = service_description(endpoint="http://127.0.0.1:8000/sparql", graph_sizes={"http://g/1": 3})
    >>> (URIRef("http://127.0.0.1:8000/sparql#service"), SD.endpoint, URIRef("http://127.0.0.1:8000/sparql")) in g
    True
    """
    g = Graph()
    g.bind("sd", SD)
    g.bind("void", VOID)
    g.bind("formats", FORMATS)
    service = URIRef(endpoint + "#service")
    g.add((service, RDF.type, SD.Service))
    g.add((service, SD.endpoint, URIRef(endpoint)))
    g.add((service, SD.supportedLanguage, SD.SPARQL11Query))
    for name in RESULT_FORMATS:
        g.add((service, SD.resultFormat, FORMATS[name]))
    g.add((service, SD.feature, SD.UnionDefaultGraph))  # no BasicFederatedQuery: SERVICE is refused
    dataset = BNode("dataset")
    g.add((service, SD.defaultDataset, dataset))
    g.add((dataset, RDF.type, SD.Dataset))
    default = BNode("defaultGraph")
    g.add((dataset, SD.defaultGraph, default))
    g.add((default, RDF.type, SD.Graph))
    for number, (iri, triples) in enumerate(sorted(graph_sizes.items()), start=1):
        named = BNode(f"namedGraph{number}")
        graph = BNode(f"graph{number}")
        g.add((dataset, SD.namedGraph, named))
        g.add((named, RDF.type, SD.NamedGraph))
        g.add((named, SD.name, URIRef(iri)))
        g.add((named, SD.graph, graph))
        g.add((graph, RDF.type, SD.Graph))
        g.add((graph, VOID.triples, Literal(triples, datatype=XSD.integer)))
    return g
