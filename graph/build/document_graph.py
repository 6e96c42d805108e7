"""One article's named graph: its metadata, its text, and every fact it states with evidence."""

from __future__ import annotations

import re

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, RDFS, SKOS, XSD

from ..annotations import Annotations
from ..documents import Document
from ..namespaces import (
    OA, SCHEMA, UKG, agreement_group_iri, agreement_iri, country_iri, document_iri,
    establishment_iri, event_iri, membership_iri, org_iri, person_iri, place_iri,
    position_iri, project_iri, quote_iri,
)
from ..registry import Registry
from .vocabulary import Vocabulary


def document_graph(
    graph: Graph,
    document: Document,
    annotations: Annotations | None,
    registry: Registry,
    vocabulary: Vocabulary,
    *,
    origins: dict[str, str],
) -> Graph:
    """Fill ``graph``; ``origins`` gets the YAML file:line each fact IRI comes from."""
    _Emitter(graph, document, registry, vocabulary, origins).emit(annotations)
    return graph


class _Emitter:
    def __init__(self, graph, document: Document, registry: Registry, vocabulary: Vocabulary, origins):
        self.g = graph
        self.origins = origins
        self.document = document
        self.doc = document_iri(document.id)
        self.registry = registry
        self.vocabulary = vocabulary
        self.mentioned: set[URIRef] = set()

    def emit(self, annotations: Annotations | None) -> None:
        self.metadata()
        if annotations is not None:
            for event in annotations.events:
                self.event(event)
            for agreement in annotations.agreements:
                self.agreement(agreement)
            for group in annotations.agreement_groups:
                self.agreement_group(group)
            for membership in annotations.memberships:
                self.membership(membership)
            for role in annotations.roles:
                self.role(role)
            for establishment in annotations.establishments:
                self.establishment(establishment)
            for project in annotations.projects:
                self.project(project)
        self.mentions()

    # -- helpers ---------------------------------------------------------------------------

    def add(self, s, p, o) -> None:
        self.g.add((s, p, o))

    def entity(self, slug: str) -> URIRef:
        """The IRI of a registry id (organization, person or city), noted as mentioned."""
        kind = self.registry.kind_of(slug)
        iri = {"organization": org_iri, "person": person_iri, "city": place_iri}[kind](slug)
        self.mentioned.add(iri)
        return iri

    def fact(self, iri: URIRef, record) -> None:
        """Provenance of a fact: its article, its quotes, the curator's note, its YAML line."""
        self.origins.setdefault(str(iri), record.where)
        self.add(iri, UKG.source, self.doc)
        for quote in record.evidence:
            q = quote_iri(self.document.id, quote.start, quote.end)
            self.add(iri, UKG.evidence, q)
            self.add(q, RDF.type, UKG.Quote)
            self.add(q, PROV.value, Literal(quote.text))
            self.add(q, PROV.wasQuotedFrom, self.doc)
            self.add(q, OA.start, Literal(quote.start, datatype=XSD.nonNegativeInteger))
            self.add(q, OA.end, Literal(quote.end, datatype=XSD.nonNegativeInteger))
        if record.note:
            self.add(iri, SKOS.editorialNote, Literal(record.note, lang="en"))

    def types(self, iri: URIRef, classes) -> None:
        for cls in classes:
            for superclass in self.vocabulary.superclasses(cls):
                self.add(iri, RDF.type, superclass)

    def short_name(self, slug: str) -> str:
        org = self.registry.organizations[slug]
        return org.acronyms[0] if org.acronyms else org.name

    def names(self, slugs) -> str:
        names = [self.short_name(s) for s in slugs]
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]

    # -- the article -----------------------------------------------------------------------

    def metadata(self) -> None:
        d = self.document
        self.add(self.doc, RDF.type, UKG.SourceDocument)
        self.add(self.g.identifier, PROV.wasDerivedFrom, self.doc)  # this named graph's origin
        self.add(self.doc, RDFS.label, Literal(d.title or f"{d.id} (untitled article)", lang=d.language))
        if d.title:
            self.add(self.doc, DCTERMS.title, Literal(d.title, lang=d.language))
        if d.publisher:
            self.add(self.doc, DCTERMS.publisher, self.entity(d.publisher))
        if d.published is not None:
            self.add(self.doc, DCTERMS.issued, d.published)
        self.add(self.doc, DCTERMS.language, Literal(d.language))
        self.add(self.doc, SCHEMA.text, Literal(d.text))
        self.add(self.doc, UKG.fileName, Literal(d.file.rsplit("/", 1)[-1]))
        if d.note:
            self.add(self.doc, SKOS.editorialNote, Literal(d.note, lang="en"))

    def mentions(self) -> None:
        """Every registry entity named in the text or used by one of its facts."""
        for kind, slug, form in self.registry.surface_forms():
            if len(form) >= 3 and re.search(rf"(?<!\w){re.escape(form)}(?!\w)", self.document.text):
                iri = country_iri(slug) if kind == "country" else self.entity(slug)
                self.mentioned.add(iri)
        for iri in sorted(self.mentioned):
            self.add(self.doc, SCHEMA.mentions, iri)

    # -- facts -----------------------------------------------------------------------------

    def agreement(self, a) -> None:
        iri = agreement_iri(a.id)
        classes = [self.vocabulary.agreement_class(k, a.where) for k in a.kinds]
        self.types(iri, [UKG.Agreement, *classes])
        kind = self.vocabulary.label(classes[0]) if classes else "Agreement"
        label = a.label or f"{kind[:1].upper()}{kind[1:]} between {self.names(a.parties)}"
        self.add(iri, RDFS.label, Literal(label, lang="en"))
        for party in a.parties:
            self.add(iri, UKG.party, self.entity(party))
        if a.signed_on is not None:
            self.add(iri, UKG.signedOn, a.signed_on)
        for person in a.signatories:
            self.add(iri, UKG.signatory, self.entity(person))
        if a.signed_at:
            self.add(iri, UKG.signedAt, event_iri(a.signed_at))
        for area in a.areas:
            self.add(iri, UKG.area, self.vocabulary.area(area, a.where))
        for org in a.establishes:
            self.add(iri, UKG.establishes, self.entity(org))
        self.fact(iri, a)

    def agreement_group(self, a) -> None:
        iri = agreement_group_iri(a.id)
        self.add(iri, RDF.type, UKG.AgreementGroup)
        classes = [self.vocabulary.agreement_class(k, a.where) for k in a.kinds]
        for cls in classes:
            self.add(iri, UKG.agreementKind, cls)
        kind = self.vocabulary.label(classes[0]) if classes else "agreements"
        counterparts = f" with {a.counterparts}" if a.counterparts else ""
        label = a.label or f"{a.count} × {kind}: {self.names(a.parties)}{counterparts}"
        self.add(iri, RDFS.label, Literal(label, lang="en"))
        self.add(iri, UKG.agreementCount, Literal(a.count, datatype=XSD.positiveInteger))
        for party in a.parties:
            self.add(iri, UKG.party, self.entity(party))
        if a.counterparts_from:
            self.add(iri, UKG.counterpartsFrom, self.entity(a.counterparts_from))
        if a.counterparts:
            self.add(iri, UKG.counterpartsStated, Literal(a.counterparts, lang="en"))
        if a.counterparts_min is not None:
            self.add(iri, UKG.counterpartsMin, Literal(a.counterparts_min, datatype=XSD.nonNegativeInteger))
        if a.signed_on is not None:
            self.add(iri, UKG.signedOn, a.signed_on)
        for person in a.signatories:
            self.add(iri, UKG.signatory, self.entity(person))
        if a.signed_at:
            self.add(iri, UKG.signedAt, event_iri(a.signed_at))
        for area in a.areas:
            self.add(iri, UKG.area, self.vocabulary.area(area, a.where))
        self.fact(iri, a)

    def membership(self, m) -> None:
        is_country = m.member in self.registry.countries
        member = country_iri(m.member) if is_country else self.entity(m.member)
        alliance = self.entity(m.alliance)
        iri = membership_iri(m.member.lower(), m.alliance)
        self.add(member, UKG.memberOf, alliance)
        self.add(iri, RDF.type, UKG.Membership)
        self.add(iri, ORG.member, member)
        self.add(iri, ORG.organization, alliance)
        self.fact(iri, m)

    def role(self, role) -> None:
        iri = position_iri(role.person, role.role, role.organization)
        self.add(iri, RDF.type, UKG.Position)
        self.add(iri, ORG.member, self.entity(role.person))
        self.add(iri, ORG.organization, self.entity(role.organization))
        self.add(iri, ORG.role, self.vocabulary.role(role.role, role.where))
        if role.title:
            self.add(iri, UKG.title, Literal(role.title, lang="en"))
        if role.conferred_at:
            self.add(iri, UKG.conferredAt, event_iri(role.conferred_at))
        self.fact(iri, role)

    def event(self, e) -> None:
        iri = event_iri(e.id)
        self.types(iri, [UKG.Event, *(self.vocabulary.event_class(k, e.where) for k in e.kinds)])
        self.add(iri, RDFS.label, Literal(e.label, lang="en"))
        if e.date is not None:
            self.add(iri, UKG.date, e.date)
        if e.location:
            self.add(iri, UKG.location, self.entity(e.location))
        for host in e.hosts:
            self.add(iri, UKG.host, self.entity(host))
        for participant in e.participants:
            self.add(iri, UKG.participant, self.entity(participant))
        if e.part_of:
            self.add(iri, UKG.partOf, event_iri(e.part_of))
        if e.participant_count is not None:
            self.add(iri, UKG.participantCount, Literal(e.participant_count, datatype=XSD.nonNegativeInteger))
        if e.participant_country_count is not None:
            self.add(iri, UKG.participantCountryCount, Literal(e.participant_country_count, datatype=XSD.nonNegativeInteger))
        self.fact(iri, e)

    def establishment(self, e) -> None:
        iri = establishment_iri(e.organization)
        org = self.entity(e.organization)
        self.add(iri, RDF.type, UKG.Establishment)
        self.add(iri, UKG.established, org)
        for founder in e.founders:
            self.add(iri, UKG.founder, self.entity(founder))
            self.add(org, UKG.establishedBy, self.entity(founder))
        for supporter in e.supporters:
            self.add(iri, UKG.supporter, self.entity(supporter))
        if e.agreement:
            self.add(iri, UKG.underAgreement, agreement_iri(e.agreement))
        if e.event:
            self.add(iri, UKG.atEvent, event_iri(e.event))
        if e.date is not None:
            self.add(iri, UKG.date, e.date)
            self.add(org, SCHEMA.foundingDate, e.date)
        self.add(iri, UKG.planned, Literal(e.planned))
        self.fact(iri, e)

    def project(self, p) -> None:
        iri = project_iri(p.id)
        self.add(iri, RDF.type, UKG.Project)
        self.add(iri, RDFS.label, Literal(p.label, lang="en"))
        if p.launched_at:
            self.add(iri, UKG.launchedAt, event_iri(p.launched_at))
        for org in p.organizations:
            self.add(iri, UKG.involves, self.entity(org))
        self.fact(iri, p)
