"""Fixtures of the SPARQL endpoint tests: an independent reading of the built dataset.

Expected values come from the TriG file read by rdflib's parser (not from the engine behind
the endpoint), or from the seed articles.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from rdflib import RDF, Dataset, URIRef


@pytest.fixture(scope="session")
def reference(settings) -> Dataset:
    dataset = Dataset(default_union=True)
    dataset.parse(settings.dataset_path, format="trig")
    return dataset


@dataclass(frozen=True)
class TwoGraphs:
    """Two article graphs, and a resource typed in each one only."""

    g1: str
    s1: str
    g2: str
    s2: str


@pytest.fixture(scope="session")
def two_graphs(reference) -> TwoGraphs:
    graphs = sorted(
        (g for g in reference.graphs() if "/graph/doc/" in str(g.identifier)), key=lambda g: str(g.identifier)
    )
    first, second = graphs[0], graphs[1]

    def typed_only_in(graph, other) -> str:
        for subject in sorted(set(graph.subjects(RDF.type, None))):
            if "/id/doc/" in str(subject) and (subject, RDF.type, None) not in other:
                return str(subject)
        raise AssertionError(f"no resource typed only in {graph.identifier}")

    return TwoGraphs(
        str(first.identifier), typed_only_in(first, second), str(second.identifier), typed_only_in(second, first)
    )


def uri(value: str) -> URIRef:
    return URIRef(value)
