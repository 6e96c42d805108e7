"""SHACL validation rejects broken data with the shapes' own messages, and nothing else.

``validate`` gives pyshacl one union graph (the ontology in it) and parses each SPARQL
constraint once per process. Here a copy of the seed dataset is broken in ways the shapes must
catch: dates (checked by a SPARQL constraint, once per date), quotes (a SPARQL constraint per
article), values checked against the ontology's class hierarchy and concept schemes. Each break
is derived from the data; each expected message is read from ontology/shapes.ttl. The same
broken copy is also validated with the ontology handed to pyshacl as ``ont_graph`` (pyshacl's
own mix-in), which must give the same violations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pyshacl
import pytest
from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SH, SKOS

from unikg.graph.dataset.build import build_dataset
from unikg.graph.dataset.validate import ParseOnceGraph, report_violations, validate
from unikg.graph.dates import DATE_TYPES
from unikg.graph.namespaces import OA, ONTOLOGY_GRAPH, SCHEMA, UKG
from unikg.ontology import SHAPES_FILE

UKGSH = Namespace("https://w3id.org/unikg/shapes#")
SCHEME = Namespace("https://w3id.org/unikg/id/scheme/")
DATE_PROPERTIES = (UKG.signedOn, UKG.date, DCTERMS.issued)
SHAPES = Graph().parse(SHAPES_FILE, format="turtle")


# ----------------------------------------------------------------------------------------------
# Ways to break a date, each from the date it replaces
# ----------------------------------------------------------------------------------------------

def _plain_string(date: Literal) -> Literal:
    return Literal(str(date))  # its text, but no date type


def _another_date_type(date: Literal) -> Literal:
    other = DATE_TYPES[(DATE_TYPES.index(date.datatype) + 1) % len(DATE_TYPES)]
    return Literal(str(date), datatype=other)  # e.g. "--07-04"^^xsd:date


def _month_13(date: Literal) -> Literal:
    text = str(date)
    if text.startswith("--"):
        return Literal("--13" + text[4:], datatype=date.datatype)
    if "-" in text:
        return Literal(text[:5] + "13" + text[7:], datatype=date.datatype)
    return Literal(text + "0", datatype=date.datatype)  # a gYear: five digits


def _with_a_time(date: Literal) -> Literal:
    return Literal(f"{date}T10:00:00", datatype=date.datatype)


def _not_a_literal(date: Literal) -> URIRef:
    return URIRef(f"https://w3id.org/unikg/id/date/{date}")


DATE_BREAKS = (_plain_string, _another_date_type, _month_13, _with_a_time, _not_a_literal)


# ----------------------------------------------------------------------------------------------
# The broken copy of the seed dataset
# ----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Break:
    focus: URIRef  # the resource the violation must name
    messages: frozenset[str]  # one of these, read from shapes.ttl


def _copy(dataset: Dataset) -> Dataset:
    copy = Dataset()
    for s, p, o, g in dataset.quads((None, None, None, None)):
        copy.graph(getattr(g, "identifier", g)).add((s, p, o))
    return copy


def _data_graphs(dataset: Dataset) -> list[Graph]:
    return [g for g in dataset.graphs() if g.identifier != ONTOLOGY_GRAPH]


def _triples(dataset: Dataset, predicate) -> list[tuple]:
    return sorted({(s, o) for g in _data_graphs(dataset) for s, o in g.subject_objects(predicate)})


def _value(dataset: Dataset, subject, predicate):
    return next(o for g in dataset.graphs() for o in g.objects(subject, predicate))


def _replace(dataset: Dataset, subject, predicate, old, new) -> None:
    for graph in dataset.graphs():
        if (subject, predicate, old) in graph:
            graph.remove((subject, predicate, old))
            graph.add((subject, predicate, new))


def _rename(dataset: Dataset, old: URIRef, new: URIRef) -> None:
    for graph in dataset.graphs():
        for s, p, o in list(graph.triples((old, None, None))) + list(graph.triples((None, None, old))):
            graph.remove((s, p, o))
            graph.add((new if s == old else s, p, new if o == old else o))


def _property_messages(dataset: Dataset, focus, path, value_shape) -> frozenset[str]:
    """The sh:message of each property shape (path, sh:node value_shape) of a shape that
    targets a class of the focus node."""
    types = {o for g in dataset.graphs() for o in g.objects(focus, RDF.type)}
    return frozenset(
        str(message)
        for shape, target in SHAPES.subject_objects(SH.targetClass) if target in types
        for prop in SHAPES.objects(shape, SH.property)
        if (prop, SH.path, path) in SHAPES and (prop, SH.node, value_shape) in SHAPES
        for message in SHAPES.objects(prop, SH.message)
    )


def _quote_messages(quote: URIRef) -> frozenset[str]:
    """The message of the article's SPARQL constraint for this quote, for either problem."""
    [shape] = SHAPES.subjects(SH.targetClass, UKG.SourceDocument)
    [constraint] = SHAPES.objects(shape, SH.sparql)
    template = str(SHAPES.value(constraint, SH.message))
    problems = re.findall(r'"(its [^"]+)"', str(SHAPES.value(constraint, SH.select)))
    assert len(problems) == 2, problems
    return frozenset(template.replace("{?value}", str(quote)).replace("{?problem}", p) for p in problems)


def _break_dates(dataset: Dataset) -> list[Break]:
    dated = [(s, p, o) for p in DATE_PROPERTIES for s, o in _triples(dataset, p)]
    subjects = sorted({s for s, _, _ in dated})
    assert len(subjects) >= len(DATE_BREAKS), "the seed data has too few dated resources"
    breaks = []
    for subject, make_bad in zip(subjects, DATE_BREAKS):
        _, path, date = next(t for t in dated if t[0] == subject)
        _replace(dataset, subject, path, date, make_bad(date))
        breaks.append(Break(subject, _property_messages(dataset, subject, path, UKGSH.StatedDate)))
    return breaks


def _break_quotes(dataset: Dataset) -> list[Break]:
    """In one article a quote whose text is shifted by a character, in another a quote whose
    IRI does not carry its offsets."""
    quotes = _triples(dataset, PROV.wasQuotedFrom)
    first = quotes[0]
    second = next(q for q in quotes if q[1] != first[1])
    breaks = []

    quote, document = first
    text = str(_value(dataset, document, SCHEMA.text))
    start, end = int(_value(dataset, quote, OA.start)), int(_value(dataset, quote, OA.end))
    quoted = _value(dataset, quote, PROV.value)
    shifted = Literal(text[start + 1:end + 1], datatype=quoted.datatype)
    assert shifted != quoted
    _replace(dataset, quote, PROV.value, quoted, shifted)
    breaks.append(Break(document, _quote_messages(quote)))

    quote, document = second
    start, end = int(_value(dataset, quote, OA.start)), int(_value(dataset, quote, OA.end))
    moved = URIRef(f"{document}#char={start},{end + 1}")
    assert not any((moved, None, None) in g for g in dataset.graphs())
    _rename(dataset, quote, moved)
    breaks.append(Break(document, _quote_messages(moved)))
    return breaks


def _break_ontology_values(dataset: Dataset) -> list[Break]:
    """An area that is a concept of the roles scheme, and an agreement kind that is the class
    of an organisation: both wrong only given the ontology's schemes and class hierarchy."""
    ontology = dataset.graph(ONTOLOGY_GRAPH)
    role = sorted(ontology.subjects(SKOS.inScheme, SCHEME["roles"]))[0]
    subject, area = _triples(dataset, UKG.area)[0]
    _replace(dataset, subject, UKG.area, area, role)
    breaks = [Break(subject, _property_messages(dataset, subject, UKG.area, UKGSH.AreaConcept))]

    group, kind = _triples(dataset, UKG.agreementKind)[0]
    party = sorted(o for g in _data_graphs(dataset) for o in g.objects(group, UKG.party))[0]
    not_a_kind = sorted(
        c for g in _data_graphs(dataset) for c in g.objects(party, RDF.type)
        if (c, RDFS.subClassOf, UKG.Organization) in ontology
    )[0]
    _replace(dataset, group, UKG.agreementKind, kind, not_a_kind)
    breaks.append(Break(group, _property_messages(dataset, group, UKG.agreementKind, UKGSH.AgreementKindValue)))
    return breaks


@pytest.fixture(scope="module")
def broken(settings):
    """A broken copy of the seed dataset, its breaks, and what ``validate`` says of it."""
    dataset = _copy(build_dataset(settings.data_dir).dataset)
    breaks = _break_dates(dataset) + _break_quotes(dataset) + _break_ontology_values(dataset)
    assert all(b.messages for b in breaks), [b for b in breaks if not b.messages]
    return dataset, breaks, validate(dataset)


def _found(violations, brk: Break):
    return [v for v in violations if v.focus == str(brk.focus) and v.message in brk.messages]


# ----------------------------------------------------------------------------------------------
# Tests
# ----------------------------------------------------------------------------------------------

def test_each_bad_date_is_rejected_with_the_message_of_its_property(broken):
    dataset, breaks, violations = broken
    dates = breaks[:len(DATE_BREAKS)]
    for brk, how in zip(dates, DATE_BREAKS):
        found = _found(violations, brk)
        assert len(found) == 1, f"{how.__name__} on {brk.focus}: {[str(v) for v in violations]}"
        assert found[0].severity == "Violation"
        assert "YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD" in found[0].message  # says how to fix it


def test_quotes_that_do_not_match_their_article_are_named_with_the_problem(broken):
    dataset, breaks, violations = broken
    quote_breaks = [b for b in breaks if any("does not match this article" in m for m in b.messages)]
    assert len(quote_breaks) == 2
    problems = set()
    for brk in quote_breaks:
        [found] = _found(violations, brk)
        problems.add(found.message.split(": ", 1)[1].split(".", 1)[0])
    assert len(problems) == 2, problems  # the shifted text and the IRI, each its own problem


def test_values_checked_against_the_ontology_are_rejected(broken):
    dataset, breaks, violations = broken
    for brk in breaks[-2:]:
        assert len(_found(violations, brk)) == 1, (brk, [str(v) for v in violations])


def test_only_the_broken_resources_are_reported(broken):
    dataset, breaks, violations = broken
    assert {v.focus for v in violations if v.severity == "Violation"} == {str(b.focus) for b in breaks}


def test_the_same_violations_as_pyshacl_mixing_in_the_ontology_itself(broken):
    # pyshacl's own mix-in (ont_graph) copies the ontology node by node; the build adds it whole.
    # (Queries are parsed once here too: parsing each from its text would only add ~20 s.)
    dataset, breaks, violations = broken
    data = ParseOnceGraph()
    for graph in _data_graphs(dataset):
        data += graph
    _, report, _ = pyshacl.validate(
        data, shacl_graph=Graph().parse(SHAPES_FILE, format="turtle"),
        ont_graph=dataset.graph(ONTOLOGY_GRAPH), inference="none", inplace=True,
        abort_on_first=False, allow_warnings=True,
    )
    assert len(data) > sum(len(g) for g in _data_graphs(dataset))  # the ontology was mixed in
    assert report_violations(report) == violations
