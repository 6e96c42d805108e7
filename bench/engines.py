"""The two SPARQL engines, run the way the W3C tests need: data in the default graph and in
named graphs loaded from local files, relative IRIs resolved against the query file.

rdflib runs with its defaults except two documented switches the tests need: the default
graph is the default graph (not the union of all graphs), and FROM selects a graph of the
dataset instead of fetching it (the harness loads the local files FROM names as named graphs,
for both engines alike).
"""

from __future__ import annotations

import logging
import signal
import time
import warnings
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import rdflib
import rdflib.plugins.sparql
from rdflib import Dataset, URIRef
from rdflib.util import guess_format

from w3c_suite import EvaluationTest, Outcome, ox_term, rdflib_term


logging.getLogger("rdflib").setLevel(logging.CRITICAL)  # it logs every ill-typed literal
warnings.filterwarnings("ignore", module="rdflib")


class TestTimeout(Exception):
    pass


@dataclass(frozen=True)
class Run:
    outcome: Outcome | None
    seconds: float  # evaluating the query and reading all of its results
    error: str | None = None


def _files(test: EvaluationTest) -> tuple[list[Path], list[Path]]:
    named = list(dict.fromkeys([*test.graph_data, *test.from_graphs]))
    return list(test.data), named


class OxigraphEngine:
    name = "oxigraph"
    version = ox.__version__

    def run(self, test: EvaluationTest, *, timeout: float) -> Run:
        default, named = _files(test)
        store = ox.Store()
        try:
            for path in default:
                store.load(path=path, format=_ox_format(path), base_iri=path.as_uri(),
                           to_graph=ox.DefaultGraph())
            for path in named:
                store.load(path=path, format=_ox_format(path), base_iri=path.as_uri(),
                           to_graph=ox.NamedNode(path.as_uri()))
        except Exception as error:  # a data file the engine cannot read fails the test
            return Run(None, 0.0, f"load: {error}")
        text = test.query.read_text("utf-8")
        start = time.perf_counter()
        try:
            with _deadline(timeout):
                result = store.query(text, base_iri=test.base)
                if isinstance(result, ox.QueryBoolean):
                    raw = bool(result)
                elif isinstance(result, ox.QueryTriples):
                    raw = list(result)
                else:
                    variables = [v.value for v in result.variables]
                    raw = (variables, [[s[v] for v in variables] for s in result])
        except Exception as error:
            return Run(None, time.perf_counter() - start, f"{type(error).__name__}: {error}")
        seconds = time.perf_counter() - start
        if isinstance(raw, list):
            raw = [(t.subject, t.predicate, t.object) for t in raw]
        return _converted(raw, ox_term, seconds)


class RdflibEngine:
    name = "rdflib"
    version = rdflib.__version__

    def run(self, test: EvaluationTest, *, timeout: float) -> Run:
        saved = rdflib.plugins.sparql.SPARQL_DEFAULT_GRAPH_UNION, rdflib.plugins.sparql.SPARQL_LOAD_GRAPHS
        rdflib.plugins.sparql.SPARQL_DEFAULT_GRAPH_UNION = False
        rdflib.plugins.sparql.SPARQL_LOAD_GRAPHS = False
        try:
            return self._run(test, timeout=timeout)
        finally:  # process-wide switches: the rdflib store of the named-query part needs its own
            rdflib.plugins.sparql.SPARQL_DEFAULT_GRAPH_UNION, rdflib.plugins.sparql.SPARQL_LOAD_GRAPHS = saved

    def _run(self, test: EvaluationTest, *, timeout: float) -> Run:
        default, named = _files(test)
        dataset = Dataset(default_union=False)
        try:
            for path in default:
                dataset.default_context.parse(path, format=guess_format(str(path)) or "turtle",
                                              publicID=path.as_uri())
            for path in named:
                dataset.graph(URIRef(path.as_uri())).parse(
                    path, format=guess_format(str(path)) or "turtle", publicID=path.as_uri()
                )
        except Exception as error:
            return Run(None, 0.0, f"load: {error}")
        text = test.query.read_text("utf-8")
        start = time.perf_counter()
        try:
            with _deadline(timeout):
                result = dataset.query(text, base=test.base)
                if result.type == "ASK":
                    raw = bool(result.askAnswer)
                elif result.type in ("CONSTRUCT", "DESCRIBE"):
                    raw = list(result.graph)
                else:
                    variables = [str(v) for v in result.vars]
                    raw = (variables, [list(row) for row in result])
        except Exception as error:
            return Run(None, time.perf_counter() - start, f"{type(error).__name__}: {error}")
        seconds = time.perf_counter() - start
        return _converted(raw, rdflib_term, seconds)


ENGINES = (OxigraphEngine(), RdflibEngine())


def _converted(raw, term, seconds: float) -> Run:
    """The engine's raw answer as an Outcome; a value that is no RDF term fails the test."""
    try:
        if isinstance(raw, bool):
            return Run(Outcome("ask", value=raw), seconds)
        if isinstance(raw, list):
            return Run(Outcome("graph", triples=tuple(tuple(map(term, t)) for t in raw)), seconds)
        variables, rows = raw
        converted = tuple(
            {v: term(t) for v, t in zip(variables, row) if t is not None} for row in rows
        )
        return Run(Outcome("select", variables=tuple(variables), rows=converted), seconds)
    except TypeError as error:
        return Run(None, seconds, str(error))


def _ox_format(path: Path) -> ox.RdfFormat:
    return ox.RdfFormat.from_extension(path.suffix[1:]) or ox.RdfFormat.TURTLE


class _deadline:
    """Stop a test after ``seconds`` (SIGALRM; Python code only, enough for rdflib)."""

    def __init__(self, seconds: float):
        self.seconds = seconds

    def __enter__(self):
        def expire(*_):
            raise TestTimeout(f"over {self.seconds:g} s")

        self.previous = signal.signal(signal.SIGALRM, expire)
        signal.setitimer(signal.ITIMER_REAL, self.seconds)

    def __exit__(self, *exc):
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, self.previous)
        return False
