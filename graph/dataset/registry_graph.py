"""The registry named graph: names, kinds, countries and cities of every entity."""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import FOAF, OWL, RDF, RDFS, SKOS, XSD

from ..namespaces import ROR, SCHEMA, UKG, WIKIDATA, country_iri, org_iri, person_iri, place_iri
from ..reference_linking import Decision
from ..registry import Registry
from .vocabulary import Vocabulary


def registry_graph(
    graph: Graph, registry: Registry, vocabulary: Vocabulary, *, origins: dict[str, str],
    links: dict[str, Decision],
) -> Graph:
    """Fill ``graph``; ``origins`` gets the YAML file:line each entity IRI comes from;
    ``links`` holds each organisation's reference link (``reference_linking.link_registry``)."""
    for country in registry.countries.values():
        iri = country_iri(country.code)
        graph.add((iri, RDF.type, UKG.Country))
        graph.add((iri, RDFS.label, Literal(country.name, lang="en")))
        graph.add((iri, UKG.countryCode, Literal(country.code)))
        for other in {country.official_name, *country.spellings} - {None, country.name}:
            graph.add((iri, SKOS.altLabel, Literal(other, lang="en")))

    for city in registry.cities.values():
        iri = place_iri(city.id)
        origins[str(iri)] = city.where
        graph.add((iri, RDF.type, UKG.City))
        graph.add((iri, RDF.type, UKG.Place))
        graph.add((iri, RDFS.label, Literal(city.name, lang="en")))
        graph.add((iri, UKG.country, country_iri(city.country)))
        for spelling in city.spellings:
            graph.add((iri, SKOS.altLabel, Literal(spelling, lang="en")))

    for person in registry.people.values():
        iri = person_iri(person.id)
        origins[str(iri)] = person.where
        graph.add((iri, RDF.type, UKG.Person))
        graph.add((iri, RDFS.label, Literal(person.name, lang="en")))
        for spelling in person.spellings:
            graph.add((iri, SKOS.altLabel, Literal(spelling, lang="en")))
        if person.given_name:
            graph.add((iri, FOAF.givenName, Literal(person.given_name)))
        if person.family_name:
            graph.add((iri, FOAF.familyName, Literal(person.family_name)))
        if person.note:
            graph.add((iri, SKOS.editorialNote, Literal(person.note, lang="en")))

    for org in registry.organizations.values():
        iri = org_iri(org.id)
        origins[str(iri)] = org.where
        classes = [vocabulary.organization_class(kind, org.where) for kind in org.kinds]
        if org.unit_of:
            classes.append(UKG.OrganizationalUnit)
        for cls in classes:
            for superclass in vocabulary.superclasses(cls):
                graph.add((iri, RDF.type, superclass))
        graph.add((iri, RDFS.label, Literal(org.name, lang="en")))
        for acronym in org.acronyms:
            graph.add((iri, UKG.acronym, Literal(acronym)))
            graph.add((iri, SKOS.altLabel, Literal(acronym)))
        for spelling in org.spellings:
            if spelling != org.name:
                graph.add((iri, SKOS.altLabel, Literal(spelling, lang="en")))
        if org.country:
            graph.add((iri, UKG.country, country_iri(org.country)))
        if org.city:
            graph.add((iri, UKG.city, place_iri(org.city)))
        if org.unit_of:
            graph.add((iri, UKG.unitOf, org_iri(org.unit_of)))
        for member in org.member_countries:
            graph.add((country_iri(member), UKG.memberOf, iri))
        if org.note:
            graph.add((iri, SKOS.editorialNote, Literal(org.note, lang="en")))
        if org.id in links:
            _reference_link(graph, iri, links[org.id])
    return graph


def _reference_link(graph: Graph, org: URIRef, decision: Decision) -> None:
    """The ROR id and Wikidata item of a linked organisation, and how the link was made (or
    why there is none), as statements of the organisation itself: no node of its own."""
    if decision.linked and decision.ror:
        graph.add((org, SCHEMA.identifier, ROR[decision.ror]))
    if decision.linked and decision.wikidata:
        graph.add((org, OWL.sameAs, WIKIDATA[decision.wikidata]))
    graph.add((org, UKG.linkDecision, Literal(decision.decision)))
    graph.add((org, UKG.linkMethod, Literal(decision.method)))
    if decision.score is not None:
        graph.add((org, UKG.matchScore, Literal(decision.score, datatype=XSD.nonNegativeInteger)))
    if decision.linked and decision.name:
        graph.add((org, UKG.matchedName, Literal(decision.name)))
    for candidate in decision.candidates if decision.decision == "ambiguous" else ():
        if candidate.ror:
            graph.add((org, UKG.linkCandidate, ROR[candidate.ror]))
    if decision.note:
        graph.add((org, UKG.linkNote, Literal(decision.note, lang="en")))
