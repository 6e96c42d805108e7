"""rdflib's own engine over the built TriG dataset (``UNIKG_STORE=rdflib``).

Kept selectable beside the Oxigraph default: the build validates with pyshacl, which works on
rdflib graphs, and the benchmark compares the two engines. ``FROM`` selects graphs of the
dataset; it never loads a document from the web or the disk (rdflib's own default does).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

import rdflib.plugins.sparql
from rdflib import Dataset, Graph, URIRef
from rdflib.plugins.sparql.algebra import translateQuery
from rdflib.plugins.sparql.parser import parseQuery
from rdflib.plugins.sparql.parserutils import CompValue

from ..namespaces import PREFIXES
from .errors import QueryEvaluationError, QuerySyntaxError
from .results import AskResult, GraphResult, Result, SelectResult
from .trig_file import read_dataset

# FROM <x> takes graph x of the dataset instead of fetching x (rdflib's security advice)
rdflib.plugins.sparql.SPARQL_LOAD_GRAPHS = False

# One query at a time in a process: rdflib's SPARQL parser (pyparsing, whose state is global)
# is not thread-safe. Two queries parsed at once by the server's threads (a request, the
# background thread) left it failing every later query: each request answered 400.
_ONE_AT_A_TIME = threading.Lock()


@dataclass
class RdflibStore:
    dataset: Dataset

    @classmethod
    def open(cls, path: Path) -> RdflibStore:
        return cls(read_dataset(path))

    def named_graphs(self) -> list[str]:
        return sorted(str(g.identifier) for g in self.dataset.graphs() if len(g))

    def query(
        self,
        sparql: str,
        *,
        default_graphs: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
        limit: int | None = None,
        base: str | None = None,
    ) -> Result:
        with _ONE_AT_A_TIME:
            return self._query(sparql, default_graphs=default_graphs, named_graphs=named_graphs, limit=limit, base=base)

    def _query(self, sparql: str, *, default_graphs, named_graphs, limit, base) -> Result:
        try:
            parsed = parseQuery(sparql)
        except Exception as error:  # pyparsing's ParseException and friends
            raise QuerySyntaxError(
                getattr(error, "msg", str(error)),
                line=getattr(error, "lineno", None),
                column=getattr(error, "col", None),
            ) from None
        try:
            query = translateQuery(parsed, base=base)
            if default_graphs is not None or named_graphs is not None:
                query.algebra["datasetClause"] = [
                    CompValue("DatasetClause", default=URIRef(g)) for g in default_graphs or ()
                ] + [CompValue("DatasetClause", named=URIRef(g)) for g in named_graphs or ()]
            result = self.dataset.query(query)
            if result.type == "ASK":
                return AskResult(bool(result.askAnswer))
            if result.type in ("CONSTRUCT", "DESCRIBE"):
                graph = Graph()
                for prefix, namespace in PREFIXES.items():
                    graph.bind(prefix, namespace, override=True)
                for triple in islice(result.graph, limit):
                    graph.add(triple)
                return GraphResult.of(graph)
            variables = [str(v) for v in result.vars]
            rows = [
                {name: value for name, value in zip(variables, row) if value is not None}
                for row in islice(result, limit)
            ]
            return SelectResult(variables, rows)
        except QuerySyntaxError:
            raise
        except Exception as error:  # rdflib's engine raises many types on queries it cannot do
            raise QueryEvaluationError(
                f"the query could not be evaluated: {type(error).__name__}: {error}"
            ) from None
