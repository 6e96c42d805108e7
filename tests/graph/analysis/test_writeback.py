"""The analysis as triples in the analysis named graph: sortable by SPARQL, recomputed by builds."""

from decimal import Decimal

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDFS

from unikg.graph import queries
from unikg.graph.analysis.brokers import brokers
from unikg.graph.analysis.centrality import compute
from unikg.graph.analysis.communities import communities
from unikg.graph.analysis.networks import Networks
from unikg.graph.analysis.writeback import PROPERTIES, add_analysis_graph
from unikg.graph.dataset.build import build, build_dataset
from unikg.graph.documents import load_documents
from unikg.graph.namespaces import ANALYSIS_GRAPH, UKG
from unikg.graph.settings import Settings
from unikg.graph.store import open_store
from unikg.ontology import FOLDER as ONTOLOGY_FOLDER

from ...conftest import DATA
from .small_fixture import ENGINES, small_dataset, small_settings

COLUMNS = {"degree": "degree", "weighted-degree": "weightedDegree", "betweenness": "betweenness",
           "closeness": "closeness", "eigenvector": "eigenvector", "pagerank": "pageRank"}


def _rows(store) -> dict[str, dict]:
    return {str(r["org"]).rsplit("/", 1)[-1]: r for r in queries.run(store, "analysis_ranking").rows}


@pytest.mark.parametrize("engine", ENGINES)
def test_the_fixture_measures_are_written_and_sortable_by_sparql(tmp_path, engine):
    dataset = small_dataset()
    add_analysis_graph(dataset, seed=42)
    store = open_store(small_settings(tmp_path, engine=engine, dataset=dataset))
    rows = _rows(store)
    assert sorted(rows) == ["a", "b", "c", "d", "e"]  # f and the unit a1 are in no agreement
    assert {k: int(r["degree"]) for k, r in rows.items()} == {"a": 2, "b": 3, "c": 2, "d": 2, "e": 1}
    assert Decimal(str(rows["b"]["betweenness"])) == Decimal("0.666666667")  # 4/6, 9 places
    assert Decimal(str(rows["e"]["closeness"])) == Decimal("0.444444444")  # 4/9
    assert {k for k, r in rows.items() if r.get("articulationPoint") is not None} == {"a", "b"}
    ranked = [str(r["org"]).rsplit("/", 1)[-1] for r in queries.run(store, "analysis_ranking").rows]
    assert ranked[0] == "b"  # ORDER BY DESC(?pageRank) in SPARQL


def test_the_built_dataset_holds_the_analysis_of_its_own_data(store, settings):
    """Every stored value equals the live computation, rounded to 9 places."""
    networks = Networks.from_store(store, settings)
    graph = networks.network()
    rows = _rows(store)
    assert sorted(rows) == sorted(graph)
    for measure, column in COLUMNS.items():
        live = compute(graph, measure=measure, seed=settings.analysis_seed).values
        for node, row in rows.items():
            assert float(row[column]) == pytest.approx(live[node], abs=1e-9), (measure, node)
    partition = communities(graph, seed=settings.analysis_seed).of()
    assert {n: int(r["community"]) for n, r in rows.items()} == partition
    assert {n for n, r in rows.items() if r.get("articulationPoint") is not None} == {
        p.id for p in brokers(graph).articulation_points}


def test_the_analysis_graph_says_what_it_was_derived_from(store):
    result = store.query(
        "PREFIX ukg: <https://w3id.org/unikg/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#> "
        "SELECT ?layer ?seed (COUNT(?from) AS ?sources) WHERE { GRAPH <https://w3id.org/unikg/graph/analysis> {"
        " ?a a ukg:NetworkAnalysis ; ukg:networkLayer ?layer ; ukg:randomSeed ?seed ; prov:wasDerivedFrom ?from } }"
        " GROUP BY ?layer ?seed")
    (row,) = result.rows
    articles = len(load_documents(DATA))
    assert (str(row["layer"]), int(row["seed"]), int(row["sources"])) == ("agreements", 42, articles + 1)  # + registry


def test_recomputing_replaces_the_old_values():
    dataset = small_dataset()
    add_analysis_graph(dataset, seed=42)
    before = len(dataset.graph(ANALYSIS_GRAPH))
    dataset.graph(URIRef("https://w3id.org/unikg/graph/doc/small")).remove(
        (URIRef("https://w3id.org/unikg/id/agreement/a1e-coop"), None, None))
    add_analysis_graph(dataset, seed=42)
    analysis = dataset.graph(ANALYSIS_GRAPH)
    assert not list(analysis.triples((URIRef("https://w3id.org/unikg/id/org/e"), None, None)))
    assert len(analysis) < before


def test_a_rebuild_recomputes_the_analysis_from_the_changed_data(data_copy, tmp_path, store):
    """Add an ENSIA–KazNU agreement to the data: the next build's analysis graph sees it."""
    kaznu_before = int(_rows(store)["kaznu"]["degree"])  # the build of the unchanged data
    annotation = data_copy / "annotations" / "ensia-nwnu-twinning-2023.yaml"
    text = annotation.read_text(encoding="utf-8")
    quote = "A twinning agreement was signed between the National School of Artificial Intelligence"
    assert quote in text
    text = text.replace("agreements:\n", f"""agreements:
  - id: ensia-kaznu-test-agreement
    kinds: [cooperation]
    parties: [ensia, kaznu]
    label: A test agreement that the real article does not state
    evidence: "{quote}"
""", 1)
    annotation.write_text(text, encoding="utf-8")
    target = tmp_path / "build" / "unikg.trig"
    build(data_copy, target)
    store = open_store(Settings.from_env({}, build_dir=target.parent))
    rows = _rows(store)
    assert int(rows["ensia"]["degree"]) == 2 and int(rows["kaznu"]["degree"]) == kaznu_before + 1


def test_validation_never_sees_the_analysis_graph(settings):
    built = build_dataset(settings.data_dir)
    assert len(built.dataset.graph(ANALYSIS_GRAPH)) == 0


def test_every_analysis_term_is_defined_with_a_label_and_a_comment():
    ontology = Graph().parse(ONTOLOGY_FOLDER / "unikg.ttl", format="turtle")
    terms = [*PROPERTIES.values(), UKG.community, UKG.articulationPoint, UKG.NetworkAnalysis,
             UKG.networkLayer, UKG.unitsRolledUp, UKG.randomSeed]
    for term in terms:
        assert ontology.value(term, RDFS.label) is not None, term
        assert ontology.value(term, RDFS.comment) is not None, term
