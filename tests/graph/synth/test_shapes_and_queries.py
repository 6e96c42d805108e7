"""A synthetic graph passes the project's SHACL shapes and answers the named queries sensibly."""

from __future__ import annotations

import pytest
from rdflib import Dataset
from rdflib.namespace import RDF

from unikg.graph import queries
from unikg.graph.dataset.validate import validate
from unikg.graph.names import NameIndex
from unikg.graph.namespaces import ONTOLOGY_GRAPH, org_iri
from unikg.graph.settings import Settings
from unikg.graph.store import open_store
from unikg.graph.synth import synthesize


# Every kind of fact the generator writes, so the shapes check each of them.
KINDS = (
    "University", "ResearchInstitute", "Company", "GovernmentBody", "Academy", "SciencePark",
    "OrganizationalUnit", "Alliance", "IntergovernmentalOrganization", "MemorandumOfUnderstanding",
    "TwinningAgreement", "ThreePartyAgreement", "AgreementGroup", "SigningCeremony", "Visit",
    "OpeningCeremony", "Membership", "Position", "Person", "City", "Country", "Quote",
)


def test_a_small_world_conforms_to_the_shapes(tmp_path):
    # 25 institutions (~3.5k triples) already write every kind; validating them takes ~2 s
    path = tmp_path / "s.trig"
    synthesize(path, institutions=25, seed=3)
    dataset = Dataset()
    dataset.parse(path, format="trig")
    types = {str(o).rsplit("#", 1)[-1] for g in dataset.graphs() if g.identifier != ONTOLOGY_GRAPH
             for o in g.objects(None, RDF.type)}
    assert set(KINDS) <= types, set(KINDS) - types
    violations = validate(dataset)
    assert not violations, "\n".join(str(v) for v in violations[:10])


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    """A synthetic dataset written where the store expects the built one."""
    build_dir = tmp_path_factory.mktemp("synth-build")
    report = synthesize(build_dir / "unikg.trig", institutions=300, seed=5)
    settings = Settings.from_env({}, build_dir=build_dir)
    return report, open_store(settings)


def test_the_top_hub_has_partners_and_shares_them(synthetic):
    report, store = synthetic
    hub = org_iri(report.stats.top_hub)
    partners = queries.run(store, "partners", org=hub).rows
    assert len({str(r["partner"]) for r in partners}) >= report.stats.top_hub_partners * 0.8
    assert all(r["evidence"] for r in partners)
    shared = queries.run(store, "shared_partners", org=hub).rows
    assert shared and int(shared[0]["shared"]) >= 2


def test_a_median_institution_has_shared_partners_too(synthetic):
    report, store = synthetic
    shared = queries.run(store, "shared_partners", org=org_iri(report.stats.median_institution)).rows
    assert shared


def test_an_alliance_has_its_members_with_evidence(synthetic):
    report, store = synthetic
    members = queries.run(store, "members", alliance=org_iri(report.stats.largest_alliance)).rows
    assert len(members) == report.stats.largest_alliance_members
    assert all(str(r["evidence"]).startswith("The members of the alliance are") for r in members)


def test_names_resolve_by_slug_and_label(synthetic):
    report, store = synthetic
    names = NameIndex.from_store(store)
    hub = names.resolve(report.stats.top_hub)
    assert hub.name == report.stats.top_hub_name
    assert names.resolve(report.stats.top_hub_name).iri == hub.iri

