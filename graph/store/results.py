"""Engine-neutral query results, with rdflib terms as the common currency."""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import Graph
from rdflib.term import Identifier


@dataclass(frozen=True)
class SelectResult:
    variables: list[str]
    rows: list[dict[str, Identifier]] = field(default_factory=list)  # unbound → absent

    def values(self, variable: str) -> list:
        return [row.get(variable) for row in self.rows]


@dataclass(frozen=True)
class AskResult:
    value: bool


@dataclass(frozen=True)
class GraphResult:
    graph: Graph


Result = SelectResult | AskResult | GraphResult
