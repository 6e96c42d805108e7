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
from ..namespaces import ID, UKG, area_iri, role_iri
from unikg.ontology import ONTOLOGY_FILES

AREAS_SCHEME = ID["scheme/cooperation-areas"]
ROLES_SCHEME = ID["scheme/roles"]
MEMBERSHIP_ROLES_SCHEME = ID["scheme/membership-roles"]


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

    def kinds(self, base: URIRef, suffix: str = "") -> dict[str, URIRef]:
        """Slug → class for every ukg: subclass of ``base`` (a ``suffix`` is dropped:
        ``ukg:TwinningAgreement`` is ``twinning``, ``ukg:MemorandumOfUnderstanding`` is
        ``memorandum-of-understanding``)."""
        kinds = {}
        for cls in self.graph.transitive_subjects(RDFS.subClassOf, base):
            if cls == base or cls not in UKG:
                continue
            name = str(cls)[len(str(UKG)):]
            if suffix and name.endswith(suffix) and name != suffix:
                name = name[: -len(suffix)]
            kinds["-".join(_split_camel(name)).lower()] = cls
        return kinds

    def kind_class(self, slug: str, *, base: URIRef, where: str, suffix: str = "") -> URIRef:
        kinds = self.kinds(base, suffix)
        if slug not in kinds:
            raise UserError(
                f"{where}: unknown kind {slug!r}; the ontology defines: {', '.join(sorted(kinds))}"
            )
        return kinds[slug]

    def agreement_class(self, slug: str, where: str) -> URIRef:
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

    def membership_role(self, slug: str, where: str) -> URIRef:
        return self._concept(role_iri(slug), MEMBERSHIP_ROLES_SCHEME, "membership role", where)

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
