"""The API's questions are named SPARQL queries only, so both embedded engines (Oxigraph and
rdflib's own) give the same answers. (A sample: rdflib takes 0.1–0.4 s to parse each query.)"""

from dataclasses import replace

import pytest

from unikg.graph.questions import agreements, alliances, documents, institutions, partners
from unikg.graph.store import open_store

ID = "https://w3id.org/unikg/id/"

QUESTIONS = {
    "institution": lambda s: institutions.institution(s, ID + "org/xjtu"),
    "agreements": lambda s: agreements.agreements(s, signed=agreements.date_range(start="2015", end="2024")),
    "partners by alliance": lambda s: partners.partner_links(s, ID + "org/kaznu", via="alliance"),
    "partners by event": lambda s: partners.partner_links(s, ID + "org/kaznu", via="event"),
    "common partners": lambda s: partners.common_partners(s, [ID + "org/xjtu", ID + "org/cup"]),
    "members": lambda s: alliances.alliance_members(s, ID + "org/uansr"),
    "document": lambda s: documents.document(s, ID + "doc/kaznu-china-partnerships-2023"),
}


@pytest.fixture(scope="module")
def stores(settings):
    return open_store(replace(settings, store="memory")), open_store(replace(settings, store="rdflib"))


@pytest.mark.parametrize("question", sorted(QUESTIONS))
def test_oxigraph_and_rdflib_give_the_same_answer(stores, question):
    oxigraph, rdflib = stores
    answer = QUESTIONS[question](oxigraph)
    assert answer
    assert answer == QUESTIONS[question](rdflib)


# --- the HTTP API over each store, as a real server ----------------------------------------

from ..conftest import start_server, stop_server  # noqa: E402

REQUESTS = [
    "/institutions", "/institutions/xjtu", "/institutions/kaznu/partners", "/agreements",
    "/agreements/per-year", "/people", "/people/zhang-liqun", "/documents",
    "/documents/kaznu-china-partnerships-2023", "/alliances", "/alliances/uansr/members",
    "/search?q=xian", "/analysis/centrality?top=100000", "/analysis/communities",
]
SPARQL = {
    "select": "PREFIX ukg: <https://w3id.org/unikg/ontology#> "
              "SELECT ?a ?d WHERE { ?a a ukg:Agreement ; ukg:signedOn ?d } ORDER BY ?a",
    "ask": "ASK { ?s a <https://w3id.org/unikg/ontology#University> }",
    "construct": "PREFIX ukg: <https://w3id.org/unikg/ontology#> "
                 "CONSTRUCT { ?a ukg:party ?p } WHERE { ?a a ukg:Agreement ; ukg:party ?p }",
}


# Routes whose answers differ on Virtuoso 7.2.5 (Debian 12), measured 2026-11-23: its engine
# drops rows of `rdfs:subClassOf+` inside FILTER NOT EXISTS (kinds of organisations) and
# builds other names in queries with UNION/COALESCE (positions named "Establishment of ").
# Listed, not hidden: test_virtuoso_differs_on_these_routes fails once they agree.
VIRTUOSO_DIFFERS = {
    "/institutions", "/institutions/xjtu", "/institutions/kaznu/partners", "/agreements",
    "/documents/kaznu-china-partnerships-2023", "/alliances", "/analysis/centrality?top=100000",
}


@pytest.fixture(scope="module", params=["rdflib", "oxigraph", "virtuoso"])
def store_server(request, settings, tmp_path_factory):
    """``unikg serve`` over another store than the default; the default is the session's."""
    env = {"UNIKG_QUERY_WORKERS": "1"}
    if request.param == "virtuoso":
        env.update(request.getfixturevalue("virtuoso").store_env())
    elif request.param == "oxigraph":  # serve loads the build into it first
        env["UNIKG_STORE"] = f"oxigraph:{tmp_path_factory.mktemp('served') / 'oxigraph'}"
    else:
        env["UNIKG_STORE"] = request.param
    process, url = start_server(build_dir=settings.build_dir, data_dir=settings.data_dir, settings_env=env)
    yield request.param, url
    stop_server(process)


def _sparql(url: str, query: str):
    from SPARQLWrapper import JSON, TURTLE, SPARQLWrapper

    client = SPARQLWrapper(url + "/sparql")
    client.setQuery(query)
    client.setReturnFormat(TURTLE if "CONSTRUCT" in query else JSON)
    return client.queryAndConvert()


def test_every_store_serves_the_same_answers(store_server, server):
    import httpx
    from rdflib import Graph
    from rdflib.compare import isomorphic

    name, url = store_server
    for path in REQUESTS:
        mine, default = httpx.get(url + path, timeout=60), httpx.get(server + path, timeout=60)
        assert mine.status_code == default.status_code == 200, (name, path, mine.text[:300])
        if name == "virtuoso" and path in VIRTUOSO_DIFFERS:
            continue
        assert _comparable(path, mine.json()) == _comparable(path, default.json()), (name, path)
    for form, query in SPARQL.items():
        mine, default = _sparql(url, query), _sparql(server, query)
        if form == "construct":
            assert isomorphic(Graph().parse(data=mine, format="turtle"), Graph().parse(data=default, format="turtle"))
        else:
            assert mine == default, (name, form)
    page = httpx.get(url + "/viz", timeout=60)
    assert page.status_code == 200
    if name != "virtuoso":  # its legend lists the kinds, which Virtuoso gets wrong (above)
        assert page.text == httpx.get(server + "/viz", timeout=60).text


def _comparable(path: str, answer: dict):
    """The answer, with the centrality ranking as a map (ties are ordered as the rows came)."""
    if path.startswith("/analysis/centrality"):
        return {**answer, "ranking": {row["id"]: round(row["value"], 9) for row in answer["ranking"]}}
    return answer


@pytest.mark.xfail(strict=True, reason="Virtuoso 7.2.5 answers some named queries differently (VIRTUOSO_DIFFERS)")
def test_virtuoso_differs_on_these_routes(virtuoso, server, settings):
    import httpx

    process, url = start_server(build_dir=settings.build_dir, data_dir=settings.data_dir,
                                settings_env={"UNIKG_QUERY_WORKERS": "1", **virtuoso.store_env()})
    try:
        differing = {
            path for path in sorted(VIRTUOSO_DIFFERS)
            if _comparable(path, httpx.get(url + path, timeout=60).json())
            != _comparable(path, httpx.get(server + path, timeout=60).json())
        }
    finally:
        stop_server(process)
    assert not differing, differing
