"""The API's questions are named SPARQL queries only, so every store gives the same answers:
both embedded engines (Oxigraph and rdflib's own), Oxigraph on disk and a SPARQL server
(Virtuoso 7, whose bugs the named queries avoid: docs/stores-and-deployment.md). (A sample in process:
rdflib takes 0.1–0.4 s to parse each query.)"""

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
    "/institutions", "/institutions?kind=university&limit=1000", "/institutions?alliance=uansr",
    "/institutions/xjtu", "/institutions/sco", "/institutions/kaznu/partners",
    "/institutions/kaznu/partners?via=alliance", "/institutions/xjtu/partners?via=event",
    "/institutions/xjtu/shared-partners", "/shared-partners?ids=xjtu&ids=cup",
    "/agreements", "/agreements?party=xjtu", "/agreements?kind=cooperation",
    "/agreements?area=biotechnology", "/agreements/per-year", "/agreements/xjtu-uansr-mous-2015",
    "/people", "/people/zhang-liqun", "/documents", "/documents/kaznu-china-partnerships-2023",
    "/documents/xjtu-uansr-agreements-2015", "/alliances", "/alliances/uansr/members",
    "/search?q=xian", "/analysis/centrality?top=100000", "/analysis/communities", "/analysis/brokers",
    "/analysis/path?from=ensia&to=kaznu",
]
SPARQL = {
    "select": "PREFIX ukg: <https://w3id.org/unikg/ontology#> "
              "SELECT ?a ?d WHERE { ?a a ukg:Agreement ; ukg:signedOn ?d } ORDER BY ?a",
    "ask": "ASK { ?s a <https://w3id.org/unikg/ontology#University> }",
    "construct": "PREFIX ukg: <https://w3id.org/unikg/ontology#> "
                 "CONSTRUCT { ?a ukg:party ?p } WHERE { ?a a ukg:Agreement ; ukg:party ?p }",
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
        assert _comparable(path, mine.json()) == _comparable(path, default.json()), (name, path)
    for form, query in SPARQL.items():
        mine, default = _sparql(url, query), _sparql(server, query)
        if form == "construct":
            assert isomorphic(Graph().parse(data=mine, format="turtle"), Graph().parse(data=default, format="turtle"))
        else:
            assert mine == default, (name, form)
    for path in ("/viz", "/viz/ego/kaznu?depth=2", "/viz/alliance/uansr"):
        page = httpx.get(url + path, timeout=60)
        assert page.status_code == 200, (name, path)
        assert page.text == httpx.get(server + path, timeout=60).text, (name, path)


def _comparable(path: str, answer: dict):
    """The answer, with the centrality ranking as a map (ties are ordered as the rows came)."""
    if path.startswith("/analysis/centrality"):
        return {**answer, "ranking": {row["id"]: round(row["value"], 9) for row in answer["ranking"]}}
    return answer
