"""SHACL validation of the built data against ``ontology/shapes.ttl``, with a readable report."""

from __future__ import annotations

from dataclasses import dataclass

import pyshacl
from rdflib import Dataset, Graph
from rdflib.namespace import RDF, SH

from unikg.ontology import SHAPES_FILE

from ..namespaces import ONTOLOGY_GRAPH


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str
    message: str
    severity: str
    origin: str | None = None  # the YAML file:line the focus node comes from

    def __str__(self) -> str:
        where = f" {self.path}" if self.path else ""
        origin = f" (from {self.origin})" if self.origin else ""
        return f"{self.severity}: <{self.focus}>{where}: {self.message}{origin}"


def data_graph(dataset: Dataset) -> Graph:
    """The union of every named graph except the ontology."""
    union = Graph()
    for graph in dataset.graphs():
        if graph.identifier != ONTOLOGY_GRAPH:
            union += graph
    return union


def validate(dataset: Dataset, *, origins: dict[str, str] | None = None) -> list[Violation]:
    """Every SHACL violation of the data, sorted (empty when the data conforms)."""
    origins = origins or {}
    shapes = Graph().parse(SHAPES_FILE, format="turtle")
    ontology = dataset.graph(ONTOLOGY_GRAPH)
    _, report, _ = pyshacl.validate(
        # No inference: the build already states every ukg: superclass of a resource, so
        # class targets reach subclasses; and owlrl (which "rdfs" inference loads) replaces
        # rdflib's xsd:gMonthDay parser process-wide with one that rejects "--07-04".
        data_graph(dataset), shacl_graph=shapes, ont_graph=ontology, inference="none",
        abort_on_first=False, allow_warnings=True,
    )
    violations = []
    details = set(report.objects(None, SH.detail))  # nested results repeat their parent's
    for result in report.subjects(RDF.type, SH.ValidationResult):
        if result in details:
            continue
        severity = report.value(result, SH.resultSeverity)
        focus = str(report.value(result, SH.focusNode))
        violations.append(
            Violation(
                focus=focus,
                origin=origins.get(focus),
                path=_short(report.value(result, SH.resultPath)),
                message=str(report.value(result, SH.resultMessage) or "constraint violated"),
                severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
            )
        )
    return sorted(violations, key=lambda v: (v.focus, v.path, v.message))


def _short(path) -> str:
    if path is None:
        return ""
    text = str(path)
    for prefix, namespace in (
        ("ukg:", "https://w3id.org/unikg/ontology#"),
        ("org:", "http://www.w3.org/ns/org#"),
        ("prov:", "http://www.w3.org/ns/prov#"),
    ):
        if text.startswith(namespace):
            return prefix + text[len(namespace):]
    return text
