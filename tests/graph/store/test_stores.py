"""Both embedded stores (Oxigraph, the default, and rdflib) on the built seed dataset.

Expected values come from the TriG file read by rdflib's parser as a set of quads, not from
either engine.
"""

from __future__ import annotations

import dataclasses
import json
import sys

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from unikg.graph.errors import UserError
from unikg.graph.store import AskResult, GraphResult, QuerySyntaxError, SelectResult, open_store
from unikg.graph.store.lexer import QueryText, unescape

STORES = ["memory", "rdflib"]


@pytest.fixture(scope="module")
def quads(settings) -> Dataset:
    dataset = Dataset()
    dataset.parse(settings.dataset_path, format="trig")
    return dataset


@pytest.fixture(scope="module", params=STORES)
def any_store(request, settings):
    return open_store(dataclasses.replace(settings, store=request.param))


def _article_graphs(quads) -> list[str]:
    return sorted(str(g.identifier) for g in quads.graphs() if "/graph/doc/" in str(g.identifier))


def _count(store, query: str, **kwargs) -> int:
    return int(store.query(query, **kwargs).rows[0]["n"])


def test_the_default_store_is_oxigraph(store):
    assert type(store).__name__ == "OxigraphStore"


def test_the_default_graph_is_the_set_of_all_triples(any_store, quads):
    distinct = {t for g in quads.graphs() for t in g}
    assert _count(any_store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") == len(distinct)
    assert _count(any_store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }") == sum(len(g) for g in quads.graphs())


def test_named_graphs_are_listed(any_store, quads):
    assert any_store.named_graphs() == sorted(str(g.identifier) for g in quads.graphs() if len(g))


def _overlapping_graphs(quads) -> tuple[str, str]:
    """Two graphs that hold some of the same triples (a merge must not count them twice)."""
    graphs = sorted((g for g in quads.graphs() if len(g)), key=lambda g: str(g.identifier))
    for i, a in enumerate(graphs):
        for b in graphs[i + 1:]:
            if set(a) & set(b):
                return str(a.identifier), str(b.identifier)
    raise AssertionError("no two graphs share a triple")


def test_from_selects_graphs_and_merges_them_as_a_set(any_store, quads):
    g1, g2 = _overlapping_graphs(quads)
    merged = set(quads.graph(URIRef(g1))) | set(quads.graph(URIRef(g2)))
    assert len(merged) < len(quads.graph(URIRef(g1))) + len(quads.graph(URIRef(g2)))
    query = f"SELECT (COUNT(*) AS ?n) FROM <{g1}> FROM <{g2}> WHERE {{ ?s ?p ?o }}"
    assert _count(any_store, query) == len(merged)
    count_all = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    assert _count(any_store, count_all, default_graphs=[g1, g2]) == len(merged)
    assert _count(any_store, count_all, default_graphs=[g1]) == len(quads.graph(URIRef(g1)))


def test_the_protocol_dataset_overrides_from(any_store, quads):
    g1, g2 = _article_graphs(quads)[:2]
    query = f"SELECT (COUNT(*) AS ?n) FROM <{g1}> WHERE {{ ?s ?p ?o }}"
    assert _count(any_store, query, default_graphs=[g2]) == len(quads.graph(URIRef(g2)))


def test_named_graphs_only_leave_an_empty_default_graph(any_store, quads):
    g1 = _article_graphs(quads)[0]
    assert _count(any_store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", named_graphs=[g1]) == 0
    graphs = any_store.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", named_graphs=[g1])
    assert graphs.values("g") == [URIRef(g1)]


def test_every_query_form(any_store):
    xjtu = "https://w3id.org/unikg/id/org/xjtu"
    assert isinstance(any_store.query(f"ASK {{ <{xjtu}> ?p ?o }}"), AskResult)
    constructed = any_store.query(f"CONSTRUCT WHERE {{ <{xjtu}> ?p ?o }}")
    assert isinstance(constructed, GraphResult)
    assert (URIRef(xjtu), URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal("Xi'an Jiaotong University", lang="en")) in constructed.graph
    assert isinstance(any_store.query(f"DESCRIBE <{xjtu}>"), GraphResult)
    assert isinstance(any_store.query("SELECT * WHERE { ?s ?p ?o } LIMIT 1"), SelectResult)


@pytest.mark.parametrize("rdf_format", ["turtle", "nt", "json-ld", "xml"])
def test_a_construct_result_serializes_to_the_same_triples(any_store, quads, rdf_format):
    # Oxigraph writes its own triples (no rdflib Graph made); read back, they are the graph's
    everything = any_store.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    written = Graph().parse(data=everything.serialize(rdf_format), format=rdf_format)
    triples = {(s, p, o) for s, p, o, _ in quads.quads((None, None, None, None))}
    assert len(everything) == len(written) == len(triples)
    assert isomorphic(written, everything.graph)


def test_json_ld_uses_prefixed_names(any_store):
    xjtu = "https://w3id.org/unikg/id/org/xjtu"
    document = json.loads(any_store.query(f"CONSTRUCT WHERE {{ <{xjtu}> ?p ?o }}").serialize("json-ld"))
    assert document["@context"]["ukg"] == "https://w3id.org/unikg/ontology#"
    (node,) = [n for n in document.get("@graph", [document]) if n["@id"] == xjtu]
    assert "rdfs:label" in node and "ukg:University" in node["@type"]


def test_limit_reads_at_most_that_many_rows(any_store):
    assert len(any_store.query("SELECT * WHERE { ?s ?p ?o }", limit=5).rows) == 5
    assert len(any_store.query("CONSTRUCT WHERE { ?s ?p ?o }", limit=5).graph) == 5


def test_dates_keep_their_precision(any_store):
    # article 002 says only "on July 4": an xsd:gMonthDay, kept as written
    rows = any_store.query(
        "SELECT DISTINCT ?d WHERE { ?a <https://w3id.org/unikg/ontology#signedOn> ?d FILTER(DATATYPE(?d) = <http://www.w3.org/2001/XMLSchema#gMonthDay>) }"
    ).rows
    assert Literal("--07-04", datatype=URIRef("http://www.w3.org/2001/XMLSchema#gMonthDay")) in [r["d"] for r in rows]


def test_a_syntax_error_says_where(any_store):
    with pytest.raises(QuerySyntaxError) as caught:
        any_store.query("SELECT ?s\nWHERE {\n  ?s ?p ?o .\n  FILTER (?o = )\n}")
    assert (caught.value.line, caught.value.column) == (4, 3)
    assert str(caught.value).startswith("SPARQL syntax error at line 4, column 3")


def test_an_unknown_store_is_named_with_the_known_ones(settings):
    with pytest.raises(UserError, match="'memory'.*'rdflib'"):
        open_store(dataclasses.replace(settings, store="fuseki"))


@pytest.mark.parametrize("name", STORES)
def test_a_truncated_dataset_is_refused(tmp_path, settings, name):
    broken = tmp_path / "unikg.trig"
    broken.write_bytes(settings.dataset_path.read_bytes()[:-500])
    with pytest.raises(UserError, match="truncated or corrupt"):
        open_store(dataclasses.replace(settings, build_dir=tmp_path, store=name))


def test_the_lexer_sees_keywords_only_where_the_grammar_has_them():
    q = QueryText('PREFIX SERVICE: <http://x/SERVICE> SELECT ("SERVICE" AS ?x) ?SERVICE WHERE { ?s SERVICE:p _:SERVICE } # SERVICE')
    assert not q.has_keyword("SERVICE")
    assert q.form == "SELECT"
    assert QueryText("select * { service <http://x/> {} }").has_keyword("SERVICE")
    assert QueryText(unescape(r"SELECT * { \u0053ERVICE <http://x/> {} }")).has_keyword("SERVICE")


@pytest.mark.parametrize(
    "query, form",
    [("ASK {}", "ASK"), ("PREFIX a: <http://a/> BASE <http://b/> CONSTRUCT WHERE {}", "CONSTRUCT"), ("describe <x>", "DESCRIBE"),
     ("INSERT DATA {}", "UPDATE"), ("WITH <g> DELETE { ?s ?p ?o } WHERE {}", "UPDATE"), ("nonsense", None)],
)
def test_the_lexer_tells_the_query_form(query, form):
    assert QueryText(query).form == form


def test_the_lexer_resolves_from_against_prefix_and_base():
    q = QueryText("BASE <http://b/c/> PREFIX g: <graphs/> SELECT * FROM g:one FROM NAMED <../two> FROM <http://abs/three> {}")
    assert q.dataset() == (["http://b/c/graphs/one", "http://abs/three"], ["http://b/two"])


def test_queries_from_many_threads_get_the_answers_they_get_one_at_a_time(any_store):
    """The server queries from request threads and its background thread at once; rdflib's
    parser, shared by a process, failed every later query after two parsed together."""
    from concurrent.futures import ThreadPoolExecutor

    from unikg.graph import queries

    names = [n for n in ("names", "alliances", "kinds", "graph_sizes", "projection_parties", "projection_labels")
             if not queries.parameters(queries.load(n))]
    alone = {n: sorted(map(str, queries.run(any_store, n).rows)) for n in names}

    def ask(name: str):
        try:
            return name, sorted(map(str, queries.run(any_store, name).rows))
        except Exception as error:  # what a request would have answered 400 or 500 with
            return name, repr(error)

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)  # threads take turns often, as on a busy server
    try:
        with ThreadPoolExecutor(max_workers=6) as pool:
            together = list(pool.map(ask, names * 6))
    finally:
        sys.setswitchinterval(interval)
    assert [n for n, found in together if found != alone[n]] == []
