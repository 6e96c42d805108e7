"""``unikg build`` on the real seed data, and what it refuses."""

from __future__ import annotations

from rdflib import Dataset

from unikg.graph.dataset.build import TRAILER, build
from unikg.graph.documents import load_documents
from unikg.graph.namespaces import ANALYSIS_GRAPH, GRAPH, ONTOLOGY_GRAPH, REGISTRY_GRAPH

from ...conftest import DATA, run_cli


def test_one_named_graph_per_article_plus_ontology_and_registry(settings):
    dataset = Dataset()
    dataset.parse(settings.dataset_path, format="trig")
    graphs = {str(g.identifier) for g in dataset.graphs() if len(g)}
    documents = load_documents(DATA)
    expected = {str(GRAPH[f"doc/{d}"]) for d in documents} | {str(ONTOLOGY_GRAPH), str(REGISTRY_GRAPH)}
    expected |= {str(ANALYSIS_GRAPH)}  # derived: the network analysis (graph/analysis/writeback.py)
    assert graphs == expected
    assert len(documents) == 15  # the five seed articles and the ten of issue 19


def test_building_twice_gives_identical_files(settings, tmp_path):
    again = tmp_path / "again.trig"
    build(settings.data_dir, again)
    assert again.read_bytes() == settings.dataset_path.read_bytes()


def test_the_file_ends_with_a_trailer_counting_its_quads(settings):
    last = settings.dataset_path.read_text(encoding="utf-8").strip().splitlines()[-1]
    assert last.startswith(TRAILER) and last.endswith(" quads")


def test_a_failed_build_leaves_the_previous_dataset_and_no_temporary_file(tmp_path, data_copy):
    out = tmp_path / "out" / "unikg.trig"
    build(data_copy, out)
    before = out.read_bytes()
    annotation = next((data_copy / "annotations").glob("*.yaml"))
    annotation.write_text(annotation.read_text(encoding="utf-8") + "\nbogus: [\n", encoding="utf-8")
    result = run_cli("build", "-o", str(out), env={"UNIKG_DATA_DIR": str(data_copy)})
    assert result.returncode == 1
    assert out.read_bytes() == before
    assert [p.name for p in out.parent.iterdir()] == ["unikg.trig"]


def test_the_dataset_gets_the_usual_file_permissions_not_mkstemps_owner_only(tmp_path):
    import os

    from unikg.graph.files import write_atomically

    mask = os.umask(0o022)
    try:
        write_atomically(tmp_path / "x.trig", b"data")
    finally:
        os.umask(mask)
    assert (tmp_path / "x.trig").stat().st_mode & 0o777 == 0o644
