"""People: the list by name (``matching``) and the spellings and positions of a page
(``listed``) answer what the graph-wide questions answer (every person's spellings, every
position), on the seed graph and on a synthetic one."""

from __future__ import annotations

from collections import defaultdict

import pytest

from unikg.graph.questions import people

# every person with every spelling, at once
EVERY_SPELLING = """
PREFIX ukg: <https://w3id.org/unikg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?person ?name ?altLabel
WHERE { ?person a ukg:Person ; rdfs:label ?name . OPTIONAL { ?person skos:altLabel ?altLabel } }"""


@pytest.fixture(params=["seed", "synthetic"])
def graph(request, store, synthetic):
    return store if request.param == "seed" else synthetic


def graph_wide(store) -> list[tuple]:
    """Every person as (IRI, name, other spellings, positions), by name: every position of
    the graph (``positions`` unrestricted), grouped by who holds it."""
    spellings: dict[str, tuple[str, set]] = {}
    for r in store.query(EVERY_SPELLING).rows:
        name, others = spellings.setdefault(str(r["person"]), (str(r["name"]), set()))
        if r.get("altLabel") is not None and str(r["altLabel"]) != name:
            others.add(str(r["altLabel"]))
    held = defaultdict(list)
    for position in people.positions(store):
        held[position.person.iri].append(position)
    found = [(iri, name, sorted(others), held[iri]) for iri, (name, others) in spellings.items()]
    return sorted(found, key=lambda p: (p[1].casefold(), p[0].rsplit("/", 1)[-1]))


def test_the_list_is_every_person_by_name(graph):
    every = people.matching(graph)
    assert [(m.iri, m.name) for m in every] == [p[:2] for p in graph_wide(graph)]


def test_each_page_has_the_spellings_and_positions_of_its_people(graph):
    every, expected = people.matching(graph), graph_wide(graph)
    assert len(every) > 3 and any(p[2] for p in expected) and any(p[3] for p in expected)
    size = max(1, len(every) // 4)
    for start in range(0, len(every), size):
        shown = people.listed(graph, [m.iri for m in every[start : start + size]])
        assert [(p.iri, p.name, p.other_names, p.positions) for p in shown] == expected[start : start + size], start
    assert people.listed(graph, []) == []


def test_the_positions_of_a_page_are_each_person_s_own(graph):
    some = [m.iri for m in people.matching(graph)[:5]]
    held = people.held_by(graph, some)
    for iri in some:
        assert held.get(iri, []) == people.positions(graph, person=iri)
