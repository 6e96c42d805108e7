"""Articles: the list by name (``matching``) and the facts of a page (``listed``) answer what
one graph-wide query over every article answers, on the seed graph and on a synthetic one."""

from __future__ import annotations

import pytest

from unikg.graph.namespaces import document_iri
from unikg.graph.questions import documents

# every article with its facts, counted for all of them at once (what /documents asked before)
GRAPH_WIDE = """
PREFIX ukg: <https://w3id.org/unikg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?doc ?label ?title ?publisher ?publisherName ?issued ?language ?facts ?quotes
WHERE {
  ?doc a ukg:SourceDocument ; rdfs:label ?label .
  OPTIONAL { ?doc dcterms:title ?title }
  OPTIONAL { ?doc dcterms:publisher ?publisher . ?publisher rdfs:label ?publisherName }
  OPTIONAL { ?doc dcterms:issued ?issued }
  OPTIONAL { ?doc dcterms:language ?language }
  { SELECT ?doc (COUNT(DISTINCT ?fact) AS ?facts) WHERE { ?doc a ukg:SourceDocument . OPTIONAL { ?fact ukg:source ?doc } } GROUP BY ?doc }
  { SELECT ?doc (COUNT(DISTINCT ?quote) AS ?quotes) WHERE { ?doc a ukg:SourceDocument . OPTIONAL { ?quote prov:wasQuotedFrom ?doc } } GROUP BY ?doc }
}"""


@pytest.fixture(params=["seed", "synthetic"])
def graph(request, store, synthetic):
    return store if request.param == "seed" else synthetic


def graph_wide(store) -> list[tuple]:
    """Every article as (IRI, name, title, publisher, date, language, facts, quotes), by name."""
    text = lambda term: None if term is None else str(term)  # noqa: E731
    found = [
        (str(r["doc"]), str(r["label"]), text(r.get("title")), text(r.get("publisher")), text(r.get("publisherName")),
         text(r.get("issued")), text(r.get("language")), int(r["facts"]), int(r["quotes"]))
        for r in store.query(GRAPH_WIDE).rows
    ]
    return sorted(found, key=lambda d: (d[1].casefold(), d[0].rsplit("/", 1)[-1]))


def summary(d: documents.DocumentSummary) -> tuple:
    publisher = (d.publisher.iri, d.publisher.name) if d.publisher else (None, None)
    return (d.iri, d.name, d.title, *publisher, d.published, d.language, d.facts, d.quotes)


def test_the_list_is_every_article_by_name(graph):
    every = documents.matching(graph)
    assert [(m.iri, m.name) for m in every] == [d[:2] for d in graph_wide(graph)]
    assert every[0].id == every[0].iri.rsplit("/", 1)[-1]


def test_each_page_has_the_facts_the_graph_wide_query_counts(graph):
    every, expected = documents.matching(graph), graph_wide(graph)
    assert len(every) > 3 and any(d[-2] and d[-1] for d in expected)
    size = max(1, len(every) // 4)
    for start in range(0, len(every), size):
        shown = documents.listed(graph, [m.iri for m in every[start : start + size]])
        assert [summary(d) for d in shown] == expected[start : start + size], start
    assert documents.listed(graph, []) == []


def test_an_article_is_known_by_its_iri_only(graph):
    first = documents.matching(graph)[0]
    assert documents.is_document(graph, first.iri)
    assert not documents.is_document(graph, str(document_iri(first.id + "-nope")))
    assert not documents.is_document(graph, "https://w3id.org/unikg/id/org/xjtu")
