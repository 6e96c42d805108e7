"""The profile's questions asked from the organisation outwards (``party_agreements``, the
``positions`` VALUES lists, ``sources``) answer what the graph-wide questions answer, filtered
independently: on the seed graph and on a synthetic one."""

from __future__ import annotations

import random

import pytest

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


def test_the_agreements_of_a_party_are_the_graph_wide_question_filtered_by_party(graph):
    store, orgs = graph
    assert any(agreements.of_party(store, org) for org in orgs)
    for org in orgs:
        assert agreements.of_party(store, org) == agreements.agreements(store, party=org), org


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
        for agreement in agreements.of_party(store, org):
            if agreement.parties and org in {p.iri for p in agreement.parties}:
                assert {s.iri for s in agreement.sources} <= found, (org, agreement.id)
