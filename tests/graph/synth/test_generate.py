"""``unikg.graph.synth``: deterministic, loadable in every format, heavy-tailed, sized on demand."""

from __future__ import annotations

from collections import Counter

import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import XSD

from unikg.graph.dataset.vocabulary import Vocabulary, load_ontology
from unikg.graph.namespaces import ONTOLOGY_GRAPH, REGISTRY_GRAPH
from unikg.graph.synth import institutions_for_triples, synthesize
from unikg.graph.synth.generate import Synthesis

UKG = "https://w3id.org/unikg/ontology#"


def test_the_same_arguments_give_the_same_bytes_and_another_seed_does_not(tmp_path):
    a = synthesize(tmp_path / "a.nq", institutions=120, seed=3)
    b = synthesize(tmp_path / "b.nq", institutions=120, seed=3)
    synthesize(tmp_path / "c.nq", institutions=120, seed=4)
    assert (tmp_path / "a.nq").read_bytes() == (tmp_path / "b.nq").read_bytes()
    assert (tmp_path / "a.nq").read_bytes() != (tmp_path / "c.nq").read_bytes()
    assert a.triples == b.triples and a.stats == b.stats


@pytest.mark.parametrize("format", ["nt", "nq", "trig"])
def test_each_format_loads_with_rdflib_with_every_triple_once(tmp_path, format):
    path = tmp_path / f"s.{format}"
    report = synthesize(path, institutions=60, seed=1)
    assert report.format == format  # from the extension
    if format == "nt":
        graph = Graph().parse(path, format="nt")
        assert len(graph) == report.triples
        return
    dataset = Dataset()
    dataset.parse(path, format={"nq": "nquads", "trig": "trig"}[format])
    graphs = {str(g.identifier): len(g) for g in dataset.graphs() if len(g)}
    assert sum(graphs.values()) == report.triples  # no triple written twice in a graph
    assert len(graphs) == report.graphs == report.stats.documents + 2
    assert graphs[str(ONTOLOGY_GRAPH)] > 1000 and graphs[str(REGISTRY_GRAPH)] > 60 * 5
    if format == "trig":
        assert path.read_text(encoding="utf-8").rstrip().endswith(f"# unikg dataset end: {report.triples} quads")


def test_partner_counts_are_heavy_tailed():
    synthesis = Synthesis(institutions=2000, seed=1)
    for _ in synthesis.chunks():
        pass
    stats = synthesis.stats
    assert stats.top_hub_partners >= 100  # ~200 here, several hundred at ~25k institutions
    assert stats.median_partners <= 6
    assert 2.5 <= stats.agreements / stats.institutions <= 3.5
    assert stats.universities / stats.institutions > 0.6


def test_a_triple_count_chooses_the_number_of_institutions():
    for target in (10_000, 50_000):
        institutions = institutions_for_triples(target, seed=1)
        produced = sum(len(lines) for _, lines in Synthesis(institutions=institutions, seed=1).chunks())
        assert abs(produced - target) / target < 0.1, (target, produced)
    assert 10_000 < institutions_for_triples(1_000_000) < 11_500  # ~93 triples per institution


@pytest.fixture(scope="module")
def dataset(tmp_path_factory):
    path = tmp_path_factory.mktemp("synth") / "s.nq"
    synthesize(path, institutions=200, seed=2)
    dataset = Dataset(default_union=True)
    dataset.parse(path, format="nquads")
    return dataset


def _rows(dataset, query):
    return list(dataset.query(f"PREFIX ukg: <{UKG}> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> " + query))


def test_signing_dates_have_the_four_precisions_mostly_full_dates(dataset):
    types = Counter(str(row[0].datatype) for row in _rows(dataset, "SELECT ?d WHERE { ?a a ukg:Agreement ; ukg:signedOn ?d }"))
    total = sum(types.values())
    assert types[str(XSD.date)] / total > 0.7
    for datatype in (XSD.gYearMonth, XSD.gYear, XSD.gMonthDay):
        assert types[str(datatype)] > 0, datatype


def test_agreements_carry_every_ukg_superclass_like_the_build(dataset):
    vocabulary = Vocabulary(load_ontology())
    types: dict[str, set] = {}
    for agreement, kind in _rows(dataset, "SELECT ?a ?k WHERE { ?a a ukg:Agreement, ?k }"):
        types.setdefault(agreement, set()).add(kind)
    for agreement, classes in types.items():
        for cls in classes:
            assert vocabulary.superclasses(cls) <= classes, agreement
    kinds = {str(k) for classes in types.values() for k in classes}
    assert {f"{UKG}{k}" for k in ("MemorandumOfUnderstanding", "TwinningAgreement", "ThreePartyAgreement",
                                   "StudentExchangeAgreement", "DoubleDegreeAgreement")} <= kinds


def test_the_world_has_every_kind_of_thing_the_ontology_describes(dataset):
    counts = {str(r[0]).rsplit("#", 1)[-1]: int(r[1]) for r in _rows(dataset, """
        SELECT ?class (COUNT(DISTINCT ?x) AS ?n) WHERE {
          VALUES ?class { ukg:University ukg:ResearchInstitute ukg:Company ukg:GovernmentBody
                          ukg:OrganizationalUnit ukg:Alliance ukg:IntergovernmentalOrganization
                          ukg:Country ukg:City ukg:Person ukg:Position ukg:Membership ukg:Event
                          ukg:AgreementGroup ukg:SourceDocument ukg:Quote }
          ?x a ?class } GROUP BY ?class""")}
    for cls in ("University", "ResearchInstitute", "Company", "OrganizationalUnit", "Alliance",
                "IntergovernmentalOrganization", "Country", "City", "Person", "Position",
                "Membership", "Event", "SourceDocument", "Quote"):
        assert counts.get(cls, 0) > 0, cls
    members = _rows(dataset, "SELECT ?c WHERE { ?c a ukg:Country ; ukg:memberOf ?igo . ?igo a ukg:IntergovernmentalOrganization }")
    assert len(members) >= 5
    units = _rows(dataset, "SELECT ?u WHERE { ?u ukg:unitOf ?p . ?p a ukg:University }")
    assert units


def test_country_names_come_from_pycountry(dataset):
    rows = _rows(dataset, "SELECT ?label ?code WHERE { <https://w3id.org/unikg/id/country/kz> rdfs:label ?label ; ukg:countryCode ?code }")
    assert [(str(l), str(c)) for l, c in rows] == [("Kazakhstan", "KZ")]


def test_every_quote_is_its_article_text_at_its_offsets(dataset):
    rows = _rows(dataset, """
        SELECT ?q ?value ?start ?end ?text WHERE {
          ?q a ukg:Quote ; <http://www.w3.org/ns/prov#value> ?value ;
             <http://www.w3.org/ns/oa#start> ?start ; <http://www.w3.org/ns/oa#end> ?end ;
             <http://www.w3.org/ns/prov#wasQuotedFrom> ?doc .
          ?doc <https://schema.org/text> ?text }""")
    assert len(rows) > 500
    for q, value, start, end, text in rows:
        assert str(text)[int(start):int(end)] == str(value)
        assert str(q).endswith(f"#char={int(start)},{int(end)}")


def test_the_ontology_graph_is_the_projects_ontology(dataset):
    ontology = dataset.graph(ONTOLOGY_GRAPH)
    assert (URIRef(f"{UKG}TwinningAgreement"), URIRef("http://www.w3.org/2000/01/rdf-schema#subClassOf"),
            URIRef(f"{UKG}CooperationAgreement")) in ontology
