"""GraphML, GEXF and CSV exports: read back by networkx and csv, written atomically."""

import csv
import io

import networkx as nx
import pytest

from unikg.graph.analysis.export import export, write_export
from unikg.graph.errors import UserError


def test_graphml_reads_back_with_measures_and_agreements(small, tmp_path):
    path = tmp_path / "net.graphml"
    write_export(small.network(), path, format="graphml")
    graph = nx.read_graphml(path)
    assert sorted(graph.edges) == sorted(small.network().edges)
    assert graph.nodes["b"]["degree"] == 3 and graph.nodes["b"]["articulation_point"] is True
    assert graph.nodes["a"]["betweenness"] == pytest.approx(0.5)
    assert sorted(graph.edges["a", "b"]["agreements"].split("|")) == ["ab-mou", "ab-twinning"]
    assert graph.edges["a", "b"]["weight"] == 2
    assert graph.nodes["c"]["name"].startswith("Gamma <img")  # XML-escaped by the writer, read back intact


def test_gexf_reads_back(small):
    graph = nx.read_gexf(io.BytesIO(export(small.network(), format="gexf")))
    assert graph.number_of_nodes() == 5 and graph.number_of_edges() == 5
    assert graph.nodes["a"]["label"] == "Alpha University"  # Gephi shows the name
    assert graph.nodes["e"]["degree"] == 1 and graph.nodes["e"]["community"] >= 1
    assert graph.edges["b", "c"]["agreements"] == "bcd-three"


def test_the_bipartite_network_exports_too(small):
    graph = nx.read_graphml(io.BytesIO(export(small.alliances(), format="graphml")))
    assert sorted(tuple(sorted(e)) for e in graph.edges) == [("c", "x"), ("e", "x")]
    assert graph.nodes["x"]["bipartite"] == 1


def test_the_csv_has_one_row_per_organisation_with_every_measure(small):
    rows = list(csv.DictReader(io.StringIO(export(small.network(), format="csv").decode("utf-8"))))
    assert [r["id"] for r in rows][0] == "b"  # highest PageRank first
    by_id = {r["id"]: r for r in rows}
    assert sorted(by_id) == ["a", "b", "c", "d", "e"]
    assert (by_id["a"]["degree"], by_id["a"]["weighted_degree"], by_id["e"]["closeness"]) == ("2", "3", "0.444444444")
    assert by_id["a"]["articulation_point"] == "true" and by_id["e"]["articulation_point"] == "false"


def test_an_unknown_format_is_a_clear_error(small):
    with pytest.raises(UserError, match="unknown export format 'xlsx'; choose from graphml, gexf, csv"):
        export(small.network(), format="xlsx")


def test_a_failed_write_leaves_no_file_and_says_why(small, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(UserError, match="cannot write"):
        write_export(small.network(), blocker / "out.csv", format="csv")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]


def test_every_format_carries_the_ror_id_and_wikidata_item_of_a_linked_organisation(store):
    from unikg.graph.analysis.network_data import NetworkData, partnership_network

    network = partnership_network(NetworkData.from_store(store))
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(export(network, format="csv").decode("utf-8")))}
    assert (rows["xjtu"]["ror"], rows["xjtu"]["wikidata"]) == ("017zhmm22", "Q981237")
    assert (rows["cup"]["ror"], rows["cup"]["wikidata"]) == ("", "")  # ambiguous: not linked
    for format, read in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        graph = read(io.BytesIO(export(network, format=format)))
        assert (graph.nodes["kaznu"]["ror"], graph.nodes["kaznu"]["wikidata"]) == ("03q0vrn42", "Q427677"), format
        assert "ror" not in graph.nodes["cup"], format
