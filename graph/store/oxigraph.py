"""The embedded default: the built TriG dataset in Oxigraph's in-memory store (pyoxigraph).

Oxigraph evaluates SPARQL 1.1 in Rust; it passes more of the W3C evaluation tests than
rdflib's engine and answers the named queries faster (``bench/sparql_engines.py``, figures in
``bench/RESULTS.md``). Results come back as rdflib terms, like every store's. Literals keep
the lexical form Oxigraph gives them.

>>> from unikg.graph.settings import Settings
>>> store = OxigraphStore.open(Settings.from_env().dataset_path)      # doctest: +SKIP
>>> store.query("ASK { ?s a <https://w3id.org/unikg/ontology#University> }").value  # doctest: +SKIP
True
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import islice
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

from ..errors import UserError
from ..namespaces import PREFIXES
from . import json_ld
from .errors import QueryEvaluationError, QuerySyntaxError
from .lexer import QueryText
from .results import OUTPUT_PREFIXES, AskResult, GraphResult, Result, SelectResult
from .trig_file import check_count, read_checked

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
_POSITION = re.compile(r"^error at (\d+):(\d+): ")


# Counted to tell whether some triple stands in two named graphs (Oxigraph's union would then
# count it twice). A DISTINCT count is a hash pass, 3 s per million quads read from disk; the
# ASK with a join on the graphs took 25 s there.
NAMED_QUADS = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"
DISTINCT_NAMED_TRIPLES = "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } }"


@dataclass
class OxigraphStore:
    """An Oxigraph store whose default graph is the RDF merge of its named graphs.

    The merge is a set of triples. Oxigraph's own union of the graphs
    (``use_default_graph_as_union``) repeats a triple once per graph that holds it, so it is
    used (``union=True``) only while no triple stands in two graphs; otherwise the merge is
    stored once, as the store's default graph (``with_merged_default_graph``).
    """

    store: ox.Store
    union: bool = False
    folder: Path | None = None  # on disk: the version's folder (unikg-* files derived from it live there)

    @classmethod
    def open(cls, path: Path) -> OxigraphStore:
        data, expected = read_checked(path)
        store = ox.Store()
        try:
            store.load(data, format=ox.RdfFormat.TRIG)
        except (SyntaxError, ValueError, OSError) as error:
            raise UserError(f"{path} is corrupt ({error}): run `unikg build` to rebuild it") from None
        check_count(path, found=len(store), expected=expected)
        return cls.with_merged_default_graph(store)

    @classmethod
    def with_merged_default_graph(cls, store: ox.Store) -> OxigraphStore:
        """``store`` (named graphs only, or already merged) with the merge as default graph."""
        if holds_default_triples(store):
            return cls(store, union=False)
        if shares_triples(store):
            store.bulk_extend(default_graph_copy(store.quads_for_pattern(None, None, None, None)))
            return cls(store, union=False)
        return cls(store, union=True)

    def named_graphs(self) -> list[str]:
        return sorted(g.value for g in self.store.named_graphs() if isinstance(g, ox.NamedNode))

    def query(
        self,
        sparql: str,
        *,
        default_graphs: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
        limit: int | None = None,
        base: str | None = None,
    ) -> Result:
        """Evaluate ``sparql``; the default graph is the union of all graphs, unless the query
        (FROM / FROM NAMED) or the caller (``default_graphs``/``named_graphs``, as the SPARQL
        protocol's ``default-graph-uri``/``named-graph-uri``) gives the dataset. ``limit``
        reads at most that many rows or triples; relative IRIs resolve against ``base``."""
        store, options = self.store, {"use_default_graph_as_union": True} if self.union else {}
        # the lexer only when the text holds "from" (2 ms for a page's VALUES of 100 IRIs)
        if default_graphs is None and named_graphs is None and "from" in sparql.casefold():
            text = QueryText(sparql)
            if text.has_keyword("FROM"):
                default_graphs, named_graphs = text.dataset()
        if default_graphs is not None or named_graphs is not None:
            try:
                store, options = self._dataset(default_graphs or [], named_graphs or [])
            except ValueError:  # not IRIs: let the parser report the syntax error
                pass
        if base is not None:
            options["base_iri"] = base
        try:
            result = store.query(sparql, **options)
            if isinstance(result, ox.QueryBoolean):
                return AskResult(bool(result))
            if isinstance(result, ox.QueryTriples):
                triples = list(islice(result, limit))
                return GraphResult(
                    made=lambda: _graph(triples), size=len(triples), written=partial(_written, triples)
                )
            variables = [v.value for v in result.variables]
            converted: dict = {}  # each distinct term once: rows repeat IRIs, fields, datatypes

            def term_of(term):
                found = converted.get(term)
                if found is None:
                    found = converted[term] = to_rdflib(term)
                return found

            rows = [
                {name: term_of(term) for name, term in zip(variables, solution) if term is not None}
                for solution in islice(result, limit)
            ]
            return SelectResult(variables, rows)
        except SyntaxError as error:
            raise syntax_error(str(error), query=sparql) from None
        except (OSError, ValueError, TypeError, RuntimeError) as error:
            raise QueryEvaluationError(f"the query could not be evaluated: {error}") from None


    def _dataset(self, default_graphs: Sequence[str], named_graphs: Sequence[str]) -> tuple[ox.Store, dict]:
        """The store and query options for a dataset given by FROM or by the protocol.

        With several default graphs the default graph is their merge: Oxigraph would repeat a
        triple held by two of them, so they are merged into a scratch store first.
        """
        named = [ox.NamedNode(g) for g in named_graphs]
        if len(default_graphs) <= 1:
            return self.store, {
                "default_graph": [ox.NamedNode(g) for g in default_graphs], "named_graphs": named
            }
        scratch = ox.Store()
        for graph in default_graphs:
            scratch.extend(
                ox.Quad(q.subject, q.predicate, q.object)
                for q in self.store.quads_for_pattern(None, None, None, ox.NamedNode(graph))
            )
        for graph in named:
            scratch.extend(self.store.quads_for_pattern(None, None, None, graph))
        return scratch, {"default_graph": [ox.DefaultGraph()], "named_graphs": named}


def holds_default_triples(store: ox.Store) -> bool:
    """True when the store's own default graph holds a triple (it holds the merge, then)."""
    return bool(store.query("ASK { ?s ?p ?o }"))


def shares_triples(store: ox.Store) -> bool:
    """True when some triple stands in more than one named graph."""
    def count(query: str) -> int:
        return int(next(iter(store.query(query)))["n"].value)

    return count(DISTINCT_NAMED_TRIPLES) < count(NAMED_QUADS)


def default_graph_copy(quads: Iterable[ox.Quad]) -> Iterable[ox.Quad]:
    """Each named-graph quad as a triple of the default graph."""
    default = ox.DefaultGraph()
    return (ox.Quad(q.subject, q.predicate, q.object) for q in quads if q.graph_name != default)


def syntax_error(message: str, *, query: str | None = None) -> QuerySyntaxError:
    """Oxigraph's "error at LINE:COLUMN: expected …" as a QuerySyntaxError people can use.

    Oxigraph reports the furthest point its parser reached, often the end of the query, and
    lists every token it would have taken there. The position reported is the earlier of
    Oxigraph's and rdflib's parser (which stops at the start of the construct it could not
    read), with the text found there; the expectations are cut to the readable ones.

    >>> error = syntax_error("error at 1:7: expected one of ABS, AVG, [_]", query="ASK { (")
    >>> error.line, error.column, error.problem
    (1, 7, "expected one of ABS, AVG (found '(')")
    """
    match = _POSITION.match(message)
    if not match:
        return QuerySyntaxError(message)
    line, column = int(match[1]), int(match[2])
    problem = _readable(message[match.end():])
    if query is not None:
        line, column = min((line, column), _rdflib_position(query) or (line, column))
        problem += f" ({_found(query, line, column)})"
    return QuerySyntaxError(problem, line=line, column=column)


def _readable(expected: str) -> str:
    text = re.sub(r"\[(?:'[^']*'|[^\]'])*\]", "", expected.replace("\n", " "))
    text = re.sub(r"^expected (one of )?", "", text.strip())
    parts = [p.strip() for p in text.split(",") if p.strip() and p.strip() != "|"]
    sentences = [p for p in parts if re.search(r"[a-z]{2,} [a-z]{2,}", p)]  # e.g. "Prefix not found"
    if sentences:
        return sentences[0][0].lower() + sentences[0][1:]
    if not parts:
        return "unexpected text"
    shown = ", ".join(parts[:10]) + (", …" if len(parts) > 10 else "")
    return f"expected {shown}" if len(parts) == 1 else f"expected one of {shown}"


def _rdflib_position(query: str) -> tuple[int, int] | None:
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        parseQuery(query)
    except Exception as error:  # pyparsing's ParseException carries the position
        if getattr(error, "lineno", None) and getattr(error, "col", None):
            return error.lineno, error.col
    return None


def _found(query: str, line: int, column: int) -> str:
    lines = query.splitlines()
    if line > len(lines) or not lines[line - 1][column - 1:].strip():
        return "found end of query" if line >= len(lines) else "found end of line"
    near = " ".join(lines[line - 1][column - 1:].split())
    return f"found {near[:40]!r}" + ("…" if len(near) > 40 else "")


def to_rdflib(term) -> URIRef | BNode | Literal:
    """An Oxigraph term as the rdflib term every store returns, lexical form kept.

    >>> to_rdflib(ox.Literal("01", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")))
    rdflib.term.Literal('01', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#decimal'))
    >>> to_rdflib(ox.Literal("chat", language="fr")), to_rdflib(ox.Literal("plain"))
    (rdflib.term.Literal('chat', lang='fr'), rdflib.term.Literal('plain'))
    """
    if isinstance(term, ox.NamedNode):  # Oxigraph checked the IRI: skip rdflib's check, 3× the cost
        return str.__new__(URIRef, term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:  # normalize=False: a string is its own lexical form (skips a conversion)
            return Literal(term.value, lang=term.language, normalize=False)
        datatype = term.datatype.value
        if datatype == XSD_STRING:
            return Literal(term.value, normalize=False)
        return Literal(term.value, datatype=str.__new__(URIRef, datatype), normalize=False)
    raise QueryEvaluationError(
        f"the result holds a {type(term).__name__} (RDF 1.2 triple term), which the results "
        "formats of SPARQL 1.1 cannot carry"
    )


WRITTEN = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "json-ld": ox.RdfFormat.JSON_LD}


def _written(triples: list[ox.Triple], format: str) -> bytes | None:
    """The triples in rdflib's ``format``, written by Oxigraph, grouped by subject; None for
    a format Oxigraph does not write (RDF/XML, left to rdflib) or a triple term (RDF 1.2),
    which rdflib reports."""
    if format not in WRITTEN or any(isinstance(t.object, ox.Triple) for t in triples):
        return None
    ordered = sorted(triples, key=lambda t: (str(t.subject), str(t.predicate)))
    if format == "json-ld":  # Oxigraph writes expanded JSON-LD: compact, written here
        return json.dumps(json_ld.compact(ordered, OUTPUT_PREFIXES), ensure_ascii=False).encode("utf-8")
    if format == "nt":
        return ox.serialize(ordered, format=WRITTEN[format])
    return _without_unused_prefixes(ox.serialize(ordered, format=WRITTEN[format], prefixes=OUTPUT_PREFIXES))


def _without_unused_prefixes(turtle: bytes) -> bytes:
    r"""Turtle without the @prefix lines of prefixes it does not use (Oxigraph declares every
    one it is given). A prefix whose name appears only inside a string stays: harmless.

    >>> print(_without_unused_prefixes(b"@prefix a: <http://a/> .\n@prefix b: <http://b/> .\n"
    ...                                b"<http://x> a:p b:q .\n").decode())
    @prefix a: <http://a/> .
    @prefix b: <http://b/> .
    <http://x> a:p b:q .
    <BLANKLINE>
    >>> _without_unused_prefixes(b"@prefix a: <http://a/> .\n<http://x> <http://y> 1 .\n")
    b'<http://x> <http://y> 1 .\n'
    """
    lines = turtle.split(b"\n")
    declared = 0
    while declared < len(lines) and lines[declared].startswith(b"@prefix "):
        declared += 1
    body = b"\n".join(lines[declared:])
    used = [line for line in lines[:declared] if line.split()[1] in body]
    return b"\n".join([*used, body])


def _graph(triples: Iterable[ox.Triple]) -> Graph:
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True)
    for triple in triples:
        graph.add((to_rdflib(triple.subject), to_rdflib(triple.predicate), to_rdflib(triple.object)))
    return graph
