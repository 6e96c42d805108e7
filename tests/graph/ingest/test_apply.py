"""``unikg ingest --apply`` end to end on a copy of data/, and drafts of seed articles that build."""

from __future__ import annotations

import pytest
import yaml

from unikg.graph.annotations import load_annotations
from unikg.cli import main
from unikg.graph.documents import load_documents
from unikg.graph.errors import UserError
from unikg.graph.ingest.apply import apply_draft
from unikg.graph.ingest.draft import make_draft
from unikg.graph.ingest.extract import extract
from unikg.graph.ingest.text import Article, read_article
from unikg.graph.registry import load_registry
from unikg.graph.settings import PROJECT_ROOT, Settings
from unikg.graph.store import open_store

from ...conftest import run_cli
from .test_cli import snapshot

PAGE = PROJECT_ROOT / "tests/graph/ingest/articles/press-release.html"
PROVENANCE = """
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX ukg: <https://w3id.org/unikg/ontology#>
SELECT ?fact ?confidence ?agent ?graph WHERE {
  GRAPH ?graph { ?fact prov:wasGeneratedBy ?activity ; ukg:confidence ?confidence .
                 ?activity a prov:Activity ; prov:wasAssociatedWith ?agent .
                 ?agent a prov:SoftwareAgent . }
}
ORDER BY ?fact
"""


def test_apply_loads_the_facts_marked_as_machine_extracted_and_a_rebuild_keeps_them(data_copy, tmp_path, capsys, monkeypatch):
    env = {"UNIKG_DATA_DIR": str(data_copy), "UNIKG_BUILD_DIR": str(tmp_path / "build")}
    settings = Settings.from_env(env)
    result = run_cli("ingest", str(PAGE), "--apply", env=env)
    assert result.returncode == 0, result.stderr
    slug = "tsinghua-university-and-university-of-helsinki-sign-2024"
    assert (data_copy / f"annotations/{slug}.yaml").exists()
    assert (data_copy / f"documents/{slug}.txt").exists()
    assert "id: tsinghua-university" in (data_copy / "registry/organizations.yaml").read_text()
    assert "id: anna-virtanen" in (data_copy / "registry/people.yaml").read_text()

    def provenance():
        rows = open_store(settings).query(PROVENANCE).rows
        return [(str(r["fact"]), str(r["confidence"]), str(r["agent"]), str(r["graph"])) for r in rows]

    rows = provenance()
    facts = [row[0] for row in rows]
    assert "https://w3id.org/unikg/id/agreement/tsinghua-university-university-of-helsinki-double-degree-2024" in facts
    assert "https://w3id.org/unikg/id/position/li-wei/vice-president/tsinghua-university" in facts
    assert {row[2:] for row in rows} == {("https://w3id.org/unikg/id/agent/unikg-extractor-0.1.0", f"https://w3id.org/unikg/graph/doc/{slug}")}
    assert all(0 < float(row[1]) <= 1 for row in rows)
    # the curated facts are not marked
    curated = "PREFIX prov: <http://www.w3.org/ns/prov#> ASK { <https://w3id.org/unikg/id/agreement/ensia-nwnu-twinning-agreement-2023> prov:wasGeneratedBy ?a }"
    assert open_store(settings).query(curated).value is False
    # a later build from the data folder keeps them
    rebuilt = run_cli("build", env=env)
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert provenance() == rows
    # applying the same article again: one line, exit 1, nothing written
    before = snapshot(data_copy)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    assert main(["ingest", str(PAGE), "--apply", "--id", "another-id"]) == 1
    err = capsys.readouterr().err
    assert err.strip().endswith(f"this article is already in the data folder, as '{slug}' (documents/{slug}.txt)")
    assert snapshot(data_copy) == before


def test_a_draft_that_does_not_build_writes_nothing(data_copy, tmp_path):
    registry = load_registry(data_copy)
    article = read_article(PAGE.read_bytes(), name="page.html")
    draft = make_draft(extract(article, registry=registry, document_id="helsinki"), registry=registry)
    draft.annotations["roles"][0]["role"] = "emperor"  # what a bad extractor could write
    before = snapshot(data_copy)
    with pytest.raises(UserError, match="does not build, nothing was written: .*unknown role 'emperor'"):
        apply_draft(draft, data_dir=data_copy, dataset_path=tmp_path / "build/unikg.trig")
    assert snapshot(data_copy) == before
    assert not (tmp_path / "build").exists()
    assert not [p for p in data_copy.rglob("*.tmp")]


def test_the_draft_of_a_seed_article_loads_validates_and_builds(data_copy, tmp_path):
    """The extractor's draft replaces the curated annotations of a seed article in a copy of data/."""
    document_id = "xjtu-uansr-agreements-2015"
    registry = load_registry(data_copy)
    documents = load_documents(data_copy)
    document = documents[document_id]
    article = Article(text=document.text, name=document.file, published=str(document.published))
    extraction = extract(article, registry=registry, document_id=document_id)
    draft = make_draft(extraction, registry=registry)
    assert draft.registry == {"organizations": [], "people": [], "cities": []}  # the registry knows them all
    path = data_copy / "annotations" / f"{document_id}.yaml"
    path.write_text(draft.annotations_yaml(), encoding="utf-8")
    loaded = load_annotations(path, documents, registry)
    assert loaded.extracted_by is not None and all(a.confidence for a in loaded.agreements)
    assert len(loaded.agreements) >= 3 and loaded.roles
    result = run_cli("build", env={"UNIKG_DATA_DIR": str(data_copy), "UNIKG_BUILD_DIR": str(tmp_path / "build")})
    assert result.returncode == 0, result.stderr


def test_output_then_apply_in_process(data_copy, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("UNIKG_DATA_DIR", str(data_copy))
    monkeypatch.setenv("UNIKG_BUILD_DIR", str(tmp_path / "build"))
    article = tmp_path / "news.txt"
    article.write_text("Lanzhou University signed a twinning agreement with Xi'an Jiaotong University on May 3, 2024.\n")
    assert main(["ingest", str(article), "--apply", "--title", "Lanzhou and XJTU twin", "--date", "2024-05-06"]) == 0
    out = capsys.readouterr().out
    assert "applied lanzhou-and-xjtu-twin-2024: rebuilt" in out and "(6 articles" not in out
    entry = (data_copy / "documents.yaml").read_text().split("Added by `unikg ingest`")[-1]
    assert "published: '2024-05-06'" in entry and "title: Lanzhou and XJTU twin" in entry
    annotations = (data_copy / "annotations/lanzhou-and-xjtu-twin-2024.yaml").read_text()
    assert "parties:\n      - lanzhou-university\n      - xjtu" in annotations and "signed_on: '2024-05-03'" in annotations
    assert (tmp_path / "build/unikg.trig").exists()


def test_memberships_counts_former_roles_and_unstated_kinds_apply_in_the_curated_format(data_copy, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("UNIKG_DATA_DIR", str(data_copy))
    monkeypatch.setenv("UNIKG_BUILD_DIR", str(tmp_path / "build"))
    article = tmp_path / "news.txt"
    article.write_text(
        "Banjul University joined the Coastal Universities Alliance on 3 March 2023. "
        "On 4 March, 14 colleges of the province signed up for the Coastal Universities Alliance. "
        "The Coastal Universities Alliance is coordinated by Kestrel Mountain University.\n"
        "The keynote was given by former Banjul University President Dr Musa Keita. "
        "Banjul University also signed an agreement with Kestrel Mountain University.\n"
    )
    assert main(["ingest", str(article), "--apply", "--id", "coastal-2023", "--date", "2023-03-06"]) == 0
    capsys.readouterr()
    annotations = yaml.safe_load((data_copy / "annotations/coastal-2023.yaml").read_text())
    memberships = {(tuple(m.get("members", [])), m.get("count"), m.get("role"), m.get("date")) for m in annotations["memberships"]}
    assert memberships == {
        (("banjul-university",), None, None, "2023-03-03"),
        ((), 14, None, "--03-04"),
        (("kestrel-mountain-university",), None, "coordinator", None),
    }
    counted = next(m for m in annotations["memberships"] if m.get("count"))
    assert counted["members_stated"] == "14 colleges of the province"
    (role,) = annotations["roles"]
    assert (role["person"], role["role"], role["former"]) == ("musa-keita", "president", True)
    (agreement,) = annotations["agreements"]
    assert "kinds" not in agreement and "does not say what kind" in agreement["note"]
    registry = (data_copy / "registry/organizations.yaml").read_text().split("for coastal-2023: machine-extracted")[-1]
    assert "id: coastal-universities-alliance\n  name: Coastal Universities Alliance\n  kind: alliance" in registry
