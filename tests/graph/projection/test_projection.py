"""The projection answers exactly what the SPARQL-only questions answer: on the seed graph and on
a synthetic graph (``unikg synth``) loaded into an in-memory Oxigraph store."""

from __future__ import annotations

import random

import pytest

from unikg.graph import queries
from unikg.graph.projection import Projection, answers
from unikg.graph.settings import Settings
from unikg.graph.snapshot import Snapshot
from unikg.graph.questions import agreements, partners, resources

EVERYTHING = 10**6
ORGANIZATIONS = "SELECT ?org WHERE { ?org a <https://w3id.org/unikg/ontology#Organization> } ORDER BY ?org"


@pytest.fixture(params=["seed", "synthetic"])
def graph(request, store, synthetic):
    """(store, projection, organisations) of the seed graph (all of them) and of the synthetic
    one (its 10 largest hubs and 25 others drawn at random: the SPARQL answers take time)."""
    chosen = store if request.param == "seed" else synthetic
    orgs = [str(r["org"]) for r in chosen.query(ORGANIZATIONS).rows]
    projection = Projection.from_store(chosen)
    if request.param == "synthetic":
        degree = lambda o: projection.signed[projection.node(o)].nnz if projection.node(o) is not None else 0  # noqa: E731
        hubs = sorted(orgs, key=lambda o: (-degree(o), o))[:10]
        orgs = hubs + random.Random(3).sample(sorted(set(orgs) - set(hubs)), 25)
    return chosen, projection, orgs


def ranked(found):
    return sorted(found, key=lambda s: (-s.shared, s.name, s.id))


def test_partners_and_shared_partners_of_every_organisation_are_the_sparql_answers(graph):
    store, projection, orgs = graph
    linked = 0
    for org in orgs:
        expected = partners.partner_links(store, org)
        assert answers.partner_links_page(store, projection, org, offset=0, limit=EVERYTHING) == (len(expected), expected)
        shared = partners.shared_partners(store, org)
        total, found = answers.shared_partners_page(projection, org, offset=0, limit=EVERYTHING)
        assert total == len(shared)
        # the same order (most shared, then by name); ties of equal names in IRI order
        assert [(s.shared, s.name) for s in found] == [(s.shared, s.name) for s in shared]
        assert ranked(found) == ranked(shared)
        linked += bool(expected)
    assert linked > len(orgs) / 5, "the graph should have organisations with partners"


def test_common_partners_are_the_sparql_answers(graph):
    store, projection, orgs = graph
    # pairs (and a triple) that do share partners: two partners of one organisation
    chooser = random.Random(7)
    asked = []
    for org in orgs:
        found = [p.iri for p in partners.partner_links(store, org)]
        if len(found) >= 2:
            asked.append(chooser.sample(found, 2))
        if len(found) >= 3:
            asked.append(chooser.sample(found, 3))
    asked += [chooser.sample(orgs, 2) for _ in range(5)]
    nonempty = 0
    names = Snapshot(store, Settings.from_env({})).named  # as the server keeps them: asked twice, kept once
    for some in asked:
        expected = partners.common_partners(store, some)
        assert answers.common_partners_page(store, projection, some, offset=0, limit=EVERYTHING) == (len(expected), expected)
        for _ in range(2):
            assert answers.common_partners_page(store, projection, some, offset=0, limit=EVERYTHING,
                                                names=names) == (len(expected), expected)
        nonempty += bool(expected)
    assert nonempty >= 3


def test_agreements_per_year_are_the_sparql_answer(graph):
    store, projection, _ = graph
    expected = agreements.per_year(store)
    assert answers.per_year(projection) == expected
    counted = int(store.query(
        "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a <https://w3id.org/unikg/ontology#Agreement> }"
    ).rows[0]["n"])
    assert expected.total == counted


def test_pages_are_slices_of_the_whole_answer(synthetic):
    projection = Projection.from_store(synthetic)
    hub = max((str(r["org"]) for r in synthetic.query(ORGANIZATIONS).rows),
              key=lambda o: len(answers.shared_partners_page(projection, o, offset=0, limit=EVERYTHING)[1]))
    total, whole = answers.shared_partners_page(projection, hub, offset=0, limit=EVERYTHING)
    assert total > 20
    for offset, limit in [(0, 7), (7, 7), (total - 3, 10), (total, 5)]:
        assert answers.shared_partners_page(projection, hub, offset=offset, limit=limit) == (total, whole[offset : offset + limit])
    total, whole = answers.partner_links_page(synthetic, projection, hub, offset=0, limit=EVERYTHING)
    assert answers.partner_links_page(synthetic, projection, hub, offset=3, limit=4) == (total, whole[3:7])


def test_an_organisation_the_projection_does_not_know_has_no_partners(store):
    projection = Projection.from_store(store)
    nowhere = "https://w3id.org/unikg/id/org/nowhere"
    assert answers.partner_links_page(store, projection, nowhere, offset=0, limit=10) == (0, [])
    assert answers.shared_partners_page(projection, nowhere, offset=0, limit=10) == (0, [])


def test_the_listed_agreements_are_those_the_agreements_query_gives(store):
    every = agreements.agreements(store, groups=False)
    some = every[::3]
    assert agreements.listed(store, [a.iri for a in some]) == some
    assert agreements.listed(store, []) == []
    assert queries.run(store, "load_modified").rows[0].get("loaded") is None  # built, never loaded
