"""IRIs: the ontology namespace, resource IRIs built from slugs, and named-graph IRIs.

>>> str(org_iri("xjtu"))
'https://w3id.org/unikg/id/org/xjtu'
>>> str(document_graph("ensia-nwnu-twinning-2023"))
'https://w3id.org/unikg/graph/doc/ensia-nwnu-twinning-2023'
"""

from __future__ import annotations

import re

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, XSD

UKG = Namespace("https://w3id.org/unikg/ontology#")
ID = Namespace("https://w3id.org/unikg/id/")
GRAPH = Namespace("https://w3id.org/unikg/graph/")
SCHEMA = Namespace("https://schema.org/")
OA = Namespace("http://www.w3.org/ns/oa#")
WIKIDATA = Namespace("http://www.wikidata.org/entity/")  # Wikidata items, as its SPARQL service names them (wd:)
ROR = Namespace("https://ror.org/")

ONTOLOGY_GRAPH = GRAPH["ontology"]
REGISTRY_GRAPH = GRAPH["registry"]
ANALYSIS_GRAPH = GRAPH["analysis"]

PREFIXES: dict[str, Namespace] = {
    "ukg": UKG,
    "id": ID,
    "org": ORG,
    "prov": PROV,
    "skos": SKOS,
    "schema": SCHEMA,
    "foaf": FOAF,
    "dcterms": DCTERMS,
    "oa": OA,
    "owl": OWL,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
}

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def is_slug(text: str) -> bool:
    """True for lower-case ASCII words joined by single hyphens.

    >>> is_slug("al-farabi-kazakh-national-university"), is_slug("XJTU"), is_slug("a--b")
    (True, False, False)
    """
    return bool(SLUG.match(text))


def _resource(kind: str, slug: str) -> URIRef:
    return ID[f"{kind}/{slug}"]


def org_iri(slug: str) -> URIRef:
    return _resource("org", slug)


def person_iri(slug: str) -> URIRef:
    return _resource("person", slug)


def country_iri(code: str) -> URIRef:
    return _resource("country", code.lower())


def place_iri(slug: str) -> URIRef:
    return _resource("place", slug)


def agreement_iri(slug: str) -> URIRef:
    return _resource("agreement", slug)


def agreement_group_iri(slug: str) -> URIRef:
    return _resource("agreement-group", slug)


def event_iri(slug: str) -> URIRef:
    return _resource("event", slug)


def project_iri(slug: str) -> URIRef:
    return _resource("project", slug)


def document_iri(slug: str) -> URIRef:
    return _resource("doc", slug)


def area_iri(slug: str) -> URIRef:
    return _resource("area", slug)


def role_iri(slug: str) -> URIRef:
    return _resource("role", slug)


def membership_iri(member: str, alliance: str) -> URIRef:
    return _resource("membership", f"{member}/{alliance}")


def membership_group_iri(alliance: str, document: str, count: int) -> URIRef:
    """Counted members of an alliance, as one article states them."""
    return _resource("membership-group", f"{alliance}/{document}/{count}")


def position_iri(person: str, role: str, organization: str) -> URIRef:
    return _resource("position", f"{person}/{role}/{organization}")


def establishment_iri(organization: str) -> URIRef:
    return _resource("establishment", organization)


def quote_iri(document: str, start: int, end: int) -> URIRef:
    """An RFC 5147 fragment of the document IRI: the characters [start, end)."""
    return URIRef(f"{document_iri(document)}#char={start},{end}")


def document_graph(slug: str) -> URIRef:
    return GRAPH[f"doc/{slug}"]


def slug_of(iri: str) -> str:
    """The last path segment of a resource IRI.

    >>> slug_of("https://w3id.org/unikg/id/org/xjtu")
    'xjtu'
    """
    return str(iri).rstrip("/").rsplit("/", 1)[-1].split("#", 1)[0]
