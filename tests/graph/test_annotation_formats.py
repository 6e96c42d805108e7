"""The curated formats of data/README.md: each field becomes the standard term the ontology
documents, and a wrong value is one readable line naming the file and line."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from rdflib import Literal, URIRef
from rdflib.namespace import ORG, RDF, XSD

from unikg.graph.dataset.build import build_dataset
from unikg.graph.dataset.validate import validate
from unikg.graph.errors import UserError
from unikg.graph.namespaces import ID, SCHEMA, UKG

DOCUMENT = "ensia-nwnu-twinning-2023"
QUOTE = "A twinning agreement was signed between the National School of Artificial Intelligence"
ENSIA, NWNU, UANSR = ID["org/ensia"], ID["org/nwnu"], ID["org/uansr"]


def _edit(data: Path, change) -> None:
    """Apply ``change`` to the seed article's annotation file (a dict) and write it back."""
    path = data / "annotations" / f"{DOCUMENT}.yaml"
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(doc)
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _every_new_field(doc: dict) -> None:
    agreement = doc["agreements"][0]
    agreement.update({"signed_in": "algiers", "duration": "P5Y"})
    doc["memberships"] = [
        {"alliance": "uansr", "members": ["ensia"], "role": "founding-member", "date": "2023-05",
         "evidence": QUOTE},
        {"alliance": "uansr", "count": 23, "members_stated": "23 institutions of higher learning",
         "role": "founding-member", "date": "--06-07", "evidence": QUOTE},
    ]
    doc["roles"] = [{"person": "zhang-liqun", "role": "vice-chancellor", "organization": "nwnu",
                     "title": "former Vice Chancellor", "former": True, "evidence": QUOTE}]
    doc["events"] = [{"id": "two-day-forum", "label": "A forum of two days", "date": "2023-05-12",
                      "end_date": "2023-05-13", "evidence": QUOTE}]
    doc["establishments"] = [{"organization": "nwnu", "founders": ["zhang-liqun"], "date": "1939",
                              "evidence": QUOTE}]


def _graph(data: Path):
    built = build_dataset(data)
    violations = [v for v in validate(built.dataset, origins=built.origins) if v.severity == "Violation"]
    return built.dataset.graph(URIRef(f"https://w3id.org/unikg/graph/doc/{DOCUMENT}")), violations


def test_every_new_field_becomes_its_documented_term_and_validates(data_copy):
    _edit(data_copy, _every_new_field)
    graph, violations = _graph(data_copy)
    assert violations == []

    agreement = ID["agreement/ensia-nwnu-twinning-agreement-2023"]
    assert (agreement, UKG.signedIn, ID["place/algiers"]) in graph
    assert (agreement, UKG.duration, Literal("P5Y", datatype=XSD.duration)) in graph

    membership = ID["membership/ensia/uansr"]
    assert (ENSIA, UKG.memberOf, UANSR) in graph
    assert (membership, ORG.role, ID["role/founding-member"]) in graph
    assert (membership, UKG.date, Literal("2023-05", datatype=XSD.gYearMonth)) in graph

    [group] = graph.subjects(RDF.type, UKG.MembershipGroup)
    assert group == ID[f"membership-group/uansr/{DOCUMENT}/23"]
    assert (group, UKG.alliance, UANSR) in graph
    assert (group, UKG.memberCount, Literal(23, datatype=XSD.positiveInteger)) in graph
    assert (group, UKG.membersStated, Literal("23 institutions of higher learning", lang="en")) in graph
    assert (group, UKG.date, Literal("--06-07", datatype=XSD.gMonthDay)) in graph
    assert (group, ORG.role, ID["role/founding-member"]) in graph
    assert not set(graph.objects(group, ORG.member)), "a count invents no member"

    position = ID["position/zhang-liqun/vice-chancellor/nwnu"]
    assert (position, UKG.former, Literal(True)) in graph
    assert (ID["event/two-day-forum"], UKG.endDate, Literal("2023-05-13", datatype=XSD.date)) in graph
    assert (ID["establishment/nwnu"], UKG.founder, ID["person/zhang-liqun"]) in graph
    assert (NWNU, UKG.establishedBy, ID["person/zhang-liqun"]) in graph


def test_an_agreement_or_event_of_no_stated_kind_is_just_an_agreement_or_event(data_copy):
    def no_kinds(doc):
        del doc["agreements"][0]["kinds"]
        doc["events"] = [{"id": "a-day", "label": "A day", "evidence": QUOTE}]
    _edit(data_copy, no_kinds)
    graph, violations = _graph(data_copy)
    assert violations == []
    agreement = ID["agreement/ensia-nwnu-twinning-agreement-2023"]
    assert set(graph.objects(agreement, RDF.type)) == {UKG.Agreement}
    assert set(graph.objects(ID["event/a-day"], RDF.type)) == {UKG.Event}


def test_a_documents_source_is_its_schema_url(settings):
    documents = yaml.safe_load((settings.data_dir / "documents.yaml").read_text(encoding="utf-8"))
    sourced = {d["id"]: d["source"] for d in documents if "source" in d}
    assert sourced
    dataset = build_dataset(settings.data_dir).dataset
    for document, url in sourced.items():
        graph = dataset.graph(URIRef(f"https://w3id.org/unikg/graph/doc/{document}"))
        assert set(graph.objects(ID[f"doc/{document}"], SCHEMA.url)) == {Literal(url, datatype=XSD.anyURI)}


@pytest.mark.parametrize("change, message", [
    (lambda d: d.update(memberships=[{"alliance": "uansr", "members": ["ensia"], "count": 3, "evidence": QUOTE}]),
     "lists its members (members: [ids]) or, when the text does not name them, counts them"),
    (lambda d: d.update(memberships=[{"alliance": "uansr", "count": 0, "evidence": QUOTE}]),
     "'count' must be a whole number ≥ 1"),
    (lambda d: d.update(memberships=[{"alliance": "uansr", "members": ["ensia"], "members_stated": "some",
                                      "evidence": QUOTE}]),
     "members_stated goes with count"),
    (lambda d: d.update(memberships=[{"alliance": "uansr", "members": ["ensia"], "role": "president",
                                      "evidence": QUOTE}]),
     "unknown membership role 'president'; the ontology defines: coordinator, founding-member, secretariat"),
    (lambda d: d.update(roles=[{"person": "zhang-liqun", "role": "founding-member", "organization": "nwnu",
                                "evidence": QUOTE}]),
     "unknown role 'founding-member'"),
    (lambda d: d["agreements"][0].update(duration="five years"),
     "duration 'five years' is not an ISO 8601 duration"),
    (lambda d: d["agreements"][0].update(signed_in="zhang-liqun"),
     "signed_in 'zhang-liqun' should be city or organization but is a person"),
])
def test_a_wrong_value_is_one_line_naming_file_and_line(data_copy, change, message):
    _edit(data_copy, change)
    with pytest.raises(UserError) as error:
        _graph(data_copy)
    assert f"{DOCUMENT}.yaml:" in str(error.value)
    assert message in str(error.value)


def test_a_documents_source_must_be_a_web_address(data_copy):
    path = data_copy / "documents.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.count("  file: documents/000_79b8fd32c081cf09.txt\n") == 1
    path.write_text(text.replace("  file: documents/000_79b8fd32c081cf09.txt\n",
                                 "  file: documents/000_79b8fd32c081cf09.txt\n  source: file:///etc/passwd\n"),
                    encoding="utf-8")
    with pytest.raises(UserError, match=r"documents.yaml:\d+: source 'file:///etc/passwd' is not an http or https address"):
        build_dataset(data_copy)


def test_a_membership_group_in_something_that_is_not_an_alliance_breaks_its_shape(data_copy):
    _edit(data_copy, lambda d: d.update(memberships=[{"alliance": "nwnu", "count": 5, "evidence": QUOTE}]))
    _, violations = _graph(data_copy)
    assert any("membership group is in exactly one alliance" in str(v) for v in violations)
