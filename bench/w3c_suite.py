"""The W3C SPARQL query evaluation tests: manifests, expected results, and the W3C comparison.

Each ``mf:QueryEvaluationTest`` listed in a directory's ``manifest.ttl`` (``mf:entries``) gives
a query, the data (``qt:data`` into the default graph, ``qt:graphData`` as named graphs, plus
the local files a ``FROM``/``FROM NAMED`` clause names) and the expected result. Results are
compared as the W3C does: SELECT solutions as multisets (as sequences when the query has
ORDER BY, as sets under ``mf:LaxCardinality``) up to a renaming of blank nodes, ASK by
value, CONSTRUCT/DESCRIBE as isomorphic graphs.

Terms are compared as RDF terms, by their lexical form: ``"01"^^xsd:integer`` is not
``"1"^^xsd:integer``. Expected results are read with pyoxigraph's parsers, which keep lexical
forms as written (rdflib normalises typed literals when it reads them).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, Namespace

MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
QT = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-query#")
RS = "http://www.w3.org/2001/sw/DataAccess/tests/result-set#"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

# A term as the W3C compares it: ("I", iri) | ("B", label) | ("L", lexical, datatype, lang)
Term = tuple


@dataclass(frozen=True)
class Outcome:
    """What a query gave: kind "select" (variables, rows), "ask" (value) or "graph" (triples)."""

    kind: str
    variables: tuple[str, ...] = ()
    rows: tuple[dict[str, Term], ...] = ()
    value: bool | None = None
    triples: tuple[tuple[Term, Term, Term], ...] = ()


@dataclass(frozen=True)
class EvaluationTest:
    suite: str  # e.g. "sparql11/property-path"
    name: str
    query: Path
    data: tuple[Path, ...]
    graph_data: tuple[Path, ...]
    result: Path
    lax: bool = False
    from_graphs: tuple[Path, ...] = field(default=())  # local files named by FROM / FROM NAMED

    @property
    def base(self) -> str:
        return self.query.as_uri()

    @property
    def ordered(self) -> bool:
        return bool(re.search(r"\bORDER\s+BY\b", _strip_comments(self.query.read_text("utf-8")), re.I))


def suites(root: Path) -> list[Path]:
    """The directories of the W3C copy that hold query evaluation tests, in order."""
    return sorted(
        p.parent for p in root.glob("sparql/sparql1*/*/manifest.ttl") if p.parent.name != "protocol"
    )


def evaluation_tests(directory: Path, root: Path) -> list[EvaluationTest]:
    manifest = directory / "manifest.ttl"
    g = Graph().parse(manifest, format="turtle", publicID=manifest.as_uri())
    tests = []
    for head in g.objects(None, MF.entries):
        for entry in Collection(g, head):
            if (entry, RDF.type, MF.QueryEvaluationTest) not in g:
                continue
            action = g.value(entry, MF.action)
            query = _path(g.value(action, QT.query))
            tests.append(
                EvaluationTest(
                    suite=str(directory.relative_to(root / "sparql")),
                    name=str(g.value(entry, MF.name) or entry),
                    query=query,
                    data=tuple(_path(d) for d in g.objects(action, QT.data)),
                    graph_data=tuple(_path(d) for d in g.objects(action, QT.graphData)),
                    result=_path(g.value(entry, MF.result)),
                    lax=(entry, MF.resultCardinality, MF.LaxCardinality) in g,
                    from_graphs=_from_files(query),
                )
            )
    return tests


def _path(iri) -> Path:
    return Path(str(iri).removeprefix("file://"))


def _strip_comments(text: str) -> str:
    return re.sub(r"(?m)#[^\n>]*$", "", text)


def _from_files(query: Path) -> tuple[Path, ...]:
    text = _strip_comments(query.read_text("utf-8"))
    names = re.findall(r"\bFROM\s+(?:NAMED\s+)?<([^>]*)>", text, flags=re.I)
    found = []
    for name in names:
        path = (query.parent / name) if "://" not in name else _path(name)
        if path.exists():
            found.append(path)
    return tuple(dict.fromkeys(found))


# --- expected results -------------------------------------------------------------------


def expected_outcome(test: EvaluationTest) -> Outcome:
    path = test.result
    formats = {".srx": ox.QueryResultsFormat.XML, ".srj": ox.QueryResultsFormat.JSON,
               ".tsv": ox.QueryResultsFormat.TSV}
    if path.suffix in formats:
        parsed = ox.parse_query_results(path=path, format=formats[path.suffix])
        if isinstance(parsed, ox.QueryBoolean):
            return Outcome("ask", value=bool(parsed))
        variables = tuple(v.value for v in parsed.variables)
        rows = tuple(
            {v: ox_term(s[v]) for v in variables if s[v] is not None} for s in parsed
        )
        return Outcome("select", variables=variables, rows=rows)
    triples = [
        (ox_term(t.subject), ox_term(t.predicate), ox_term(t.object))
        for t in ox.parse(path=path, format=ox.RdfFormat.from_extension(path.suffix[1:]),
                          base_iri=path.as_uri())
    ]
    if any(p == ("I", RDF.type.toPython()) and o == ("I", RS + "ResultSet") for _, p, o in triples):
        return _result_set(triples)
    return Outcome("graph", triples=tuple(triples))


def _result_set(triples) -> Outcome:
    """Decode the RDF encoding of a result set (the DAWG ``rs:`` vocabulary)."""
    by_subject: dict[Term, list] = {}
    for s, p, o in triples:
        by_subject.setdefault(s, []).append((p[1], o))

    def values(subject, prop):
        return [o for p, o in by_subject.get(subject, []) if p == RS + prop]

    result_set = next(s for s, p, o in triples if o == ("I", RS + "ResultSet"))
    boolean = values(result_set, "boolean")
    if boolean:
        return Outcome("ask", value=boolean[0][1] == "true")
    variables = tuple(v[1] for v in values(result_set, "resultVariable"))
    solutions = []
    for solution in values(result_set, "solution"):
        row = {}
        for binding in values(solution, "binding"):
            row[values(binding, "variable")[0][1]] = values(binding, "value")[0]
        index = values(solution, "index")
        solutions.append((int(index[0][1]) if index else 0, row))
    solutions.sort(key=lambda pair: pair[0])
    return Outcome("select", variables=variables, rows=tuple(row for _, row in solutions))


# --- terms ------------------------------------------------------------------------------


def ox_term(term) -> Term:
    if isinstance(term, ox.NamedNode):
        return ("I", term.value)
    if isinstance(term, ox.BlankNode):
        return ("B", term.value)
    if isinstance(term, ox.Literal):
        return ("L", term.value, term.datatype.value, (term.language or "").lower())
    raise TypeError(f"unexpected term {term!r}")


def rdflib_term(term) -> Term:
    from rdflib import BNode, Literal

    if isinstance(term, URIRef):
        return ("I", str(term))
    if isinstance(term, BNode):
        return ("B", str(term))
    if isinstance(term, Literal):
        if term.language:
            return ("L", str(term), LANG_STRING, term.language.lower())
        return ("L", str(term), str(term.datatype) if term.datatype else XSD_STRING, "")
    raise TypeError(f"unexpected term {term!r}")


# --- comparison ---------------------------------------------------------------------------


def same_outcome(expected: Outcome, actual: Outcome, *, ordered: bool, lax: bool) -> bool:
    if expected.kind != actual.kind:
        return False
    if expected.kind == "ask":
        return expected.value == actual.value
    if expected.kind == "graph":
        return _equivalent(list(set(expected.triples)), list(set(actual.triples)), ordered=False)
    if set(expected.variables) != set(actual.variables):
        return False
    names = sorted(expected.variables)
    as_tuples = lambda rows: [tuple(row.get(n) for n in names) for row in rows]  # noqa: E731
    want, got = as_tuples(expected.rows), as_tuples(actual.rows)
    if lax:
        want, got = list(set(want)), list(set(got))
    return _equivalent(want, got, ordered=ordered and not lax)


def _equivalent(want: list[tuple], got: list[tuple], *, ordered: bool) -> bool:
    """Equal multisets (or sequences) of tuples of terms, up to a bijection of blank nodes."""
    if len(want) != len(got):
        return False
    has_bnode = lambda row: any(t is not None and t[0] == "B" for t in row)  # noqa: E731
    if not any(map(has_bnode, want)) and not any(map(has_bnode, got)):
        return want == got if ordered else Counter(want) == Counter(got)
    if ordered:
        return _match_sequence(want, got, {}, {})
    plain_want = Counter(r for r in want if not has_bnode(r))
    plain_got = Counter(r for r in got if not has_bnode(r))
    if plain_want != plain_got:
        return False
    budget = [200_000]
    return _match_multiset(
        [r for r in want if has_bnode(r)], [r for r in got if has_bnode(r)], {}, {}, budget
    )


def _unify(a: tuple, b: tuple, forward: dict, backward: dict) -> tuple[dict, dict] | None:
    forward, backward = dict(forward), dict(backward)
    for x, y in zip(a, b):
        if x is None or y is None:
            if x is not y:
                return None
        elif x[0] == "B" and y[0] == "B":
            if forward.setdefault(x, y) != y or backward.setdefault(y, x) != x:
                return None
        elif x != y:
            return None
    return forward, backward


def _match_sequence(want, got, forward, backward) -> bool:
    for a, b in zip(want, got):
        unified = _unify(a, b, forward, backward)
        if unified is None:
            return False
        forward, backward = unified
    return True


def _match_multiset(want, got, forward, backward, budget) -> bool:
    if not want:
        return True
    budget[0] -= 1
    if budget[0] < 0:
        return False
    first, rest = want[0], want[1:]
    for i, candidate in enumerate(got):
        unified = _unify(first, candidate, forward, backward)
        if unified is not None and _match_multiset(rest, got[:i] + got[i + 1:], *unified, budget):
            return True
    return False
