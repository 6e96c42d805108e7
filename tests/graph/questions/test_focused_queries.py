"""The questions asked from the organisation outwards (``party_agreements``, the
``positions`` VALUES lists, ``sources``) answer what the graph-wide questions answer, filtered
independently: on the seed graph and on a synthetic one."""

from __future__ import annotations

import random

import pytest
from rdflib import Literal, URIRef

from unikg.graph import queries
from unikg.graph.questions import agreements, people
from unikg.graph.questions.sources import sources

ORGANIZATIONS = "SELECT ?org WHERE { ?org a <https://w3id.org/unikg/ontology#Organization> } ORDER BY ?org"
UNIT_OF = "SELECT ?unit ?top WHERE { ?unit <https://w3id.org/unikg/ontology#unitOf>+ ?top }"


@pytest.fixture(params=["seed", "synthetic"])
def graph(request, store, synthetic):
    """(store, organisations): every one of the seed graph, 30 drawn from the synthetic one."""
    chosen = store if request.param == "seed" else synthetic
    orgs = [str(r["org"]) for r in chosen.query(ORGANIZATIONS).rows]
    if request.param == "synthetic":
        orgs = random.Random(7).sample(orgs, 30)
    return chosen, orgs


def graph_wide(store, **filters) -> list[str]:
    """The agreements matching the filters as agreements.rq alone answers (party included)."""
    params = {name: agreements.ANY for name in ("only", "party", "ofKind", "inArea")}
    params.update(filters)
    rows = queries.run(store, "agreements", withGroups=params.pop("withGroups", Literal(True)),
                       anyDate=Literal(True), fromDay=Literal(""), toDay=Literal(""), fromMonth=Literal(""),
                       toMonth=Literal(""), fromYear=Literal(""), toYear=Literal(""), **params).rows
    return sorted(str(r["agreement"]) for r in rows)


def test_the_agreements_of_a_party_are_the_graph_wide_question_filtered_by_party(graph):
    store, orgs = graph
    assert any(agreements.matching(store, party=org) for org in orgs)
    for org in orgs:
        found = agreements.matching(store, party=org)
        assert sorted(m.iri for m in found) == graph_wide(store, party=URIRef(org)), org
        assert found == sorted(found, key=lambda m: (m.name.casefold(), m.id))
        without_groups = agreements.matching(store, party=org, groups=False)
        assert sorted(m.iri for m in without_groups) == graph_wide(store, party=URIRef(org), withGroups=Literal(False))


def test_a_party_with_another_filter_is_both_filters(graph):
    store, orgs = graph
    kind = "https://w3id.org/unikg/ontology#MemorandumOfUnderstanding"
    both = [agreements.matching(store, party=org, kind=kind) for org in orgs]
    assert any(both) and any(len(b) < len(agreements.matching(store, party=org)) for b, org in zip(both, orgs))
    for found, org in zip(both, orgs):
        assert sorted(m.iri for m in found) == graph_wide(store, party=URIRef(org), ofKind=URIRef(kind)), org


def test_positions_at_an_organisation_are_every_position_held_in_it_or_its_units(graph):
    store, orgs = graph
    every = people.positions(store)
    assert every
    units = {}
    for row in store.query(UNIT_OF).rows:
        units.setdefault(str(row["top"]), set()).add(str(row["unit"]))
    for org in orgs:
        inside = units.get(org, set()) | {org}
        assert people.positions(store, organization=org) == [p for p in every if p.organization.iri in inside], org


def test_positions_of_a_person_are_every_position_they_hold(graph):
    store, _ = graph
    every = people.positions(store)
    for person in sorted({p.person.iri for p in every})[:25]:
        assert people.positions(store, person=person) == [p for p in every if p.person.iri == person]


def test_sources_of_an_organisation_are_the_documents_of_its_agreements_among_others(graph):
    store, orgs = graph
    for org in orgs:
        found = {s.iri for s in sources(store, org)}
        for agreement in agreements.agreements(store, party=org):
            if agreement.parties and org in {p.iri for p in agreement.parties}:
                assert {s.iri for s in agreement.sources} <= found, (org, agreement.id)
