"""Kinds, roles and areas as the ontology defines them: slugs in the data → IRIs.

The ontology is the single source of truth: a slug is valid when the ontology defines the
matching class (under the right base class) or concept (in the right scheme).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from rdflib import Graph, URIRef
from rdflib.namespace import RDFS, SKOS

from ..errors import UserError
from ..namespaces import ID, UKG, area_iri, camel_case, role_iri
from unikg.ontology import ONTOLOGY_FILES

AREAS_SCHEME = ID["scheme/cooperation-areas"]
ROLES_SCHEME = ID["scheme/roles"]


def load_ontology() -> Graph:
    graph = Graph()
    for path in ONTOLOGY_FILES:
        try:
            graph.parse(path, format="turtle")
        except Exception as error:  # rdflib raises many types for bad Turtle
            raise UserError(f"{path}: invalid Turtle: {error}") from None
    return graph


@dataclass
class Vocabulary:
    graph: Graph

    def superclasses(self, cls: URIRef) -> set[URIRef]:
        """The class and all its ukg: superclasses (transitively)."""
        return {c for c in self.graph.transitive_objects(cls, RDFS.subClassOf) if c in UKG}

    def kind_class(self, slug: str, *, base: URIRef, where: str, suffix: str = "") -> URIRef:
        cls = UKG[camel_case(slug) + suffix]
        if base not in self.superclasses(cls):
            known = ", ".join(self.kind_slugs(base, suffix))
            raise UserError(f"{where}: unknown kind {slug!r}; the ontology defines: {known}")
        return cls

    def kind_slugs(self, base: URIRef, suffix: str = "") -> list[str]:
        slugs = []
        for cls in self.graph.transitive_subjects(RDFS.subClassOf, base):
            name = str(cls)[len(str(UKG)):] if cls in UKG else ""
            if name and name.endswith(suffix):
                stem = name[: len(name) - len(suffix)] if suffix else name
                slugs.append("-".join(_split_camel(stem)).lower())
        return sorted(set(slugs))

    def agreement_class(self, slug: str, where: str) -> URIRef:
        if slug == "memorandum-of-understanding":
            return self.kind_class(slug, base=UKG.Agreement, where=where)
        return self.kind_class(slug, base=UKG.Agreement, where=where, suffix="Agreement")

    def organization_class(self, slug: str, where: str) -> URIRef:
        return self.kind_class(slug, base=UKG.Organization, where=where)

    def event_class(self, slug: str, where: str) -> URIRef:
        return self.kind_class(slug, base=UKG.Event, where=where)

    @cached_property
    def _schemes(self) -> dict[URIRef, set[URIRef]]:
        schemes: dict[URIRef, set[URIRef]] = {}
        for concept, scheme in self.graph.subject_objects(SKOS.inScheme):
            schemes.setdefault(scheme, set()).add(concept)
        return schemes

    def _concept(self, iri: URIRef, scheme: URIRef, what: str, where: str) -> URIRef:
        if iri not in self._schemes.get(scheme, set()):
            known = ", ".join(sorted(str(c).rsplit("/", 1)[-1] for c in self._schemes.get(scheme, ())))
            raise UserError(f"{where}: unknown {what} {str(iri).rsplit('/', 1)[-1]!r}; the ontology defines: {known}")
        return iri

    def area(self, slug: str, where: str) -> URIRef:
        return self._concept(area_iri(slug), AREAS_SCHEME, "cooperation area", where)

    def role(self, slug: str, where: str) -> URIRef:
        return self._concept(role_iri(slug), ROLES_SCHEME, "role", where)

    def label(self, iri: URIRef) -> str:
        for predicate in (RDFS.label, SKOS.prefLabel):
            for value in self.graph.objects(iri, predicate):
                return str(value)
        return str(iri).rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _split_camel(name: str) -> list[str]:
    parts, current = [], ""
    for char in name:
        if char.isupper() and current:
            parts.append(current)
            current = char
        else:
            current += char
    return parts + ([current] if current else [])
