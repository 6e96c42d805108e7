"""The embedded default: the built TriG dataset in rdflib's in-memory store."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Dataset, Graph
from rdflib.plugins.sparql.parser import parseQuery

from ..errors import UserError
from ..namespaces import PREFIXES
from .results import AskResult, GraphResult, Result, SelectResult
from .trig_file import read_dataset


@dataclass
class MemoryStore:
    dataset: Dataset

    @classmethod
    def open(cls, path: Path) -> MemoryStore:
        return cls(read_dataset(path))

    def named_graphs(self) -> list[str]:
        return sorted(str(g.identifier) for g in self.dataset.graphs() if len(g))

    def query(self, sparql: str) -> Result:
        try:
            parseQuery(sparql)
        except Exception as error:  # pyparsing's ParseException and friends
            raise UserError(f"SPARQL syntax error: {error}") from None
        result = self.dataset.query(sparql)
        if result.type == "ASK":
            return AskResult(bool(result.askAnswer))
        if result.type in ("CONSTRUCT", "DESCRIBE"):
            graph = Graph()
            for prefix, namespace in PREFIXES.items():
                graph.bind(prefix, namespace, override=True)
            graph += result.graph
            return GraphResult(graph)
        variables = [str(v) for v in result.vars]
        rows = [
            {name: value for name, value in zip(variables, row) if value is not None}
            for row in result
        ]
        return SelectResult(variables, rows)
