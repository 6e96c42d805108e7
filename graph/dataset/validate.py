"""SHACL validation of the built data against ``ontology/shapes.ttl``, with a readable report.

pyshacl validates one graph: the union of the registry and article graphs and the ontology,
whose class hierarchy and concept schemes the shapes look at (``sh:class``, the
``rdfs:subClassOf`` path of an agreement kind, ``skos:inScheme``). Two things keep it fast
without changing what the shapes check:

- the ontology is added to that union as it is, not handed to pyshacl as ``ont_graph``: with
  it, pyshacl clones the data graph and copies the ontology in node by node, the same triples
  (with its blank-node lists copied once per reference), in over a third of the validation time;
- each SPARQL constraint is parsed once per process (:class:`ParseOnceGraph`), not once per
  focus node: rdflib takes some 0.15 s to parse the date query and ~1 ms to run it on a date.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from rdflib import Dataset, Graph
from rdflib.namespace import RDF, SH
from rdflib.plugins.sparql.sparql import Query

from unikg.ontology import SHAPES_FILE


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


class ParseOnceGraph(Graph):
    """An rdflib graph whose SPARQL queries, given as text, are parsed once per process.

    pyshacl runs a SPARQL constraint as the same text for every focus node, with ``$this``
    bound through ``initBindings``; rdflib would parse that text each time. A prepared query
    runs exactly as its text would (rdflib parses text into the same object first). The text
    is cached with its PREFIX lines in order (:func:`_prefixes_sorted`).

    >>> graph = ParseOnceGraph()
    >>> hits = _prepared.cache_info().hits
    >>> [graph.query("ASK { ?s ?p ?o }").askAnswer for _ in range(3)]
    [False, False, False]
    >>> _prepared.cache_info().hits - hits >= 2
    True
    """

    def query(self, query_object: str | Query, processor="sparql", result="sparql",
              initNs: Mapping[str, Any] | None = None, initBindings=None,  # noqa: N803 (rdflib's names)
              use_store_provided: bool = True, **kwargs):
        if isinstance(query_object, str):
            namespaces = initNs or dict(self.namespaces())  # what rdflib would resolve prefixes with
            query_object = _prepared(
                _prefixes_sorted(query_object), tuple(sorted(namespaces.items())), kwargs.get("base")
            )
        return super().query(query_object, processor, result, initNs, initBindings,
                             use_store_provided, **kwargs)


@lru_cache(maxsize=64)
def _prepared(text: str, namespaces: tuple, base: str | None) -> Query:
    from rdflib.plugins.sparql import prepareQuery

    return prepareQuery(text, initNs=dict(namespaces), base=base)


def _prefixes_sorted(text: str) -> str:
    """The query with its leading PREFIX lines sorted, which does not change its meaning when
    each prefix is declared once. pyshacl writes them in an order that changes from one
    validation to the next (it collects them from a set of blank nodes).

    >>> _prefixes_sorted("PREFIX xsd: <x>\\nPREFIX oa: <o>\\nASK {}")
    'PREFIX oa: <o>\\nPREFIX xsd: <x>\\nASK {}'
    >>> _prefixes_sorted("PREFIX a: <1>\\nPREFIX a: <2>\\nASK {}")  # declared twice: left as it is
    'PREFIX a: <1>\\nPREFIX a: <2>\\nASK {}'
    """
    lines = text.split("\n")
    count = next((i for i, line in enumerate(lines) if not line.startswith("PREFIX ")), len(lines))
    names = [line.split(":", 1)[0] for line in lines[:count]]
    if len(set(names)) < len(names):
        return text
    return "\n".join(sorted(lines[:count]) + lines[count:])


def validated_graph(dataset: Dataset) -> ParseOnceGraph:
    """What the shapes validate: the union of every graph of the dataset, the ontology's too."""
    union = ParseOnceGraph()
    for graph in dataset.graphs():
        union += graph
    return union


def validate(dataset: Dataset, *, origins: dict[str, str] | None = None) -> list[Violation]:
    """Every SHACL violation of the data, sorted (empty when the data conforms)."""
    shapes = Graph().parse(SHAPES_FILE, format="turtle")
    import pyshacl  # on first use: importing it costs 0.2 s, and the server never validates

    _, report, _ = pyshacl.validate(
        # No inference: the build already states every ukg: superclass of a resource, so
        # class targets reach subclasses; and owlrl (which "rdfs" inference loads) replaces
        # rdflib's xsd:gMonthDay parser process-wide with one that rejects "--07-04".
        # inplace: the graph is ours to spend (pyshacl would otherwise copy it first).
        validated_graph(dataset), shacl_graph=shapes, inference="none", inplace=True,
        abort_on_first=False, allow_warnings=True,
    )
    return report_violations(report, origins=origins)


def report_violations(report: Graph, *, origins: dict[str, str] | None = None) -> list[Violation]:
    """The results of a pyshacl report graph, sorted, without the nested ones (``sh:detail``),
    which repeat their parent's."""
    origins = origins or {}
    violations = []
    details = set(report.objects(None, SH.detail))
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
