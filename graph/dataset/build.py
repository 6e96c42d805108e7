"""``unikg build``: registry + annotations → a validated RDF dataset, written atomically as TriG.

One named graph per source article, the ontology and the registry in graphs of their own.
Building twice from the same sources gives byte-identical files.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rdflib import Dataset, Graph


from ..annotations import load_all_annotations
from ..documents import load_documents
from ..errors import UserError
from ..store.trig_file import TRAILER
from ..namespaces import ONTOLOGY_GRAPH, PREFIXES, REGISTRY_GRAPH, document_graph as graph_iri
from ..reference import REFERENCE_FILE
from ..reference_linking import DECISIONS, Linker, link_registry
from ..registry import load_registry
from .document_graph import document_graph
from .registry_graph import registry_graph
from .validate import Violation, validate
from .vocabulary import Vocabulary, load_ontology
from ..files import write_atomically



@dataclass(frozen=True)
class BuildReport:
    path: Path
    quads: int
    graphs: int
    documents: int


@dataclass(frozen=True)
class Built:
    dataset: Dataset
    origins: dict[str, str]  # resource IRI → the YAML file:line it comes from


def build_dataset(data_dir: Path, *, progress: Callable[[str], None] = lambda _: None) -> Built:
    """The dataset the sources describe (not validated, not written)."""
    ontology = load_ontology()
    vocabulary = Vocabulary(ontology)
    registry = load_registry(data_dir)
    links = link_registry(registry, linker=Linker.default(data_dir / REFERENCE_FILE))
    counts = ", ".join(f"{sum(d.decision == kind for d in links.values())} {kind}" for kind in DECISIONS)
    progress(
        f"registry: {len(registry.organizations)} organizations (ROR/Wikidata: {counts}), {len(registry.people)} people, "
        f"{len(registry.countries)} countries, {len(registry.cities)} cities"
    )
    documents = load_documents(data_dir)
    for document in documents.values():
        if document.publisher and registry.kind_of(document.publisher) != "organization":
            raise UserError(f"{document.where}: publisher {document.publisher!r} is not an organization id")
    annotations = load_all_annotations(data_dir, documents, registry)
    progress(f"annotations: {len(annotations)} files, all quotes found in their articles")

    dataset = Dataset()
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace, override=True)
    dataset.graph(ONTOLOGY_GRAPH).__iadd__(ontology)
    origins: dict[str, str] = {}
    registry_graph(dataset.graph(REGISTRY_GRAPH), registry, vocabulary, origins=origins, links=links)
    for document in documents.values():
        document_graph(
            dataset.graph(graph_iri(document.id)), document, annotations.get(document.id),
            registry, vocabulary, origins=origins,
        )
    return Built(dataset, origins)


def serialize(dataset: Dataset) -> bytes:
    """Deterministic TriG: prefixes, graphs in IRI order (each in rdflib's sorted Turtle), and
    a trailer counting the quads, which lets a reader detect a truncated file."""
    prefixes: dict[str, str] = {}
    blocks, quads = [], 0
    for graph in sorted(dataset.graphs(), key=lambda g: str(g.identifier)):
        if not len(graph):
            continue
        quads += len(graph)
        turtle = Graph()
        for prefix, namespace in PREFIXES.items():
            turtle.bind(prefix, namespace, override=True)
        turtle += graph
        body = []
        lines = turtle.serialize(format="turtle").splitlines()
        while lines and (lines[0].startswith("@prefix ") or not lines[0].strip()):
            line = lines.pop(0)
            if line.startswith("@prefix "):
                _, prefix, namespace = line.rstrip(" .").split(" ", 2)
                if prefixes.setdefault(prefix, namespace) != namespace:
                    raise RuntimeError(f"prefix {prefix} bound to two namespaces")
        # lines are kept verbatim: indenting them would change multi-line literals (article texts)
        body = lines
        blocks.append(f"<{graph.identifier}> {{\n" + "\n".join(body).rstrip() + "\n}\n")
    header = "".join(f"@prefix {p} {ns} .\n" for p, ns in sorted(prefixes.items()))
    text = header + "\n" + "\n".join(blocks) + f"\n{TRAILER} {quads} quads\n"
    return text.encode("utf-8")


def build(
    data_dir: Path, output: Path, *, progress: Callable[[str], None] = lambda _: None
) -> BuildReport:
    built = build_dataset(data_dir, progress=progress)
    dataset = built.dataset
    progress("validating against ontology/shapes.ttl")
    violations = [v for v in validate(dataset, origins=built.origins) if v.severity == "Violation"]
    if violations:
        raise ValidationFailed(violations)
    from ..analysis.writeback import add_analysis_graph  # derived data, recomputed every build
    from ..settings import Settings

    add_analysis_graph(dataset, seed=Settings.from_env().analysis_seed, progress=progress)
    data = serialize(dataset)
    write_atomically(output, data)
    graphs = [g for g in dataset.graphs() if len(g)]
    return BuildReport(
        path=output,
        quads=sum(len(g) for g in graphs),
        graphs=len(graphs),
        documents=sum(1 for g in graphs if "/graph/doc/" in str(g.identifier)),
    )


class ValidationFailed(UserError):
    def __init__(self, violations: list[Violation]):
        self.violations = violations
        first = violations[0]
        more = f" (and {len(violations) - 1} more; run `unikg validate` for all)" if len(violations) > 1 else ""
        super().__init__(f"SHACL validation failed: {first}{more}")


