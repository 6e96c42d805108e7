"""``/id/...``: every resource IRI dereferences as Turtle, JSON-LD, N-Triples or HTML."""

import html
import json
import re
from urllib.parse import quote

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS

from unikg.api.html import curie
from unikg.graph.namespaces import UKG

from . import curated

ID = "https://w3id.org/unikg/id/"


def turtle(client, path, **headers) -> Graph:
    response = client.get(path, headers={"Accept": "text/turtle", **headers})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/turtle")
    return Graph().parse(data=response.text, format="turtle")


def test_an_organisation_as_turtle_has_its_triples_from_every_graph(client):
    graph = turtle(client, "/id/org/xjtu")
    xjtu = URIRef(ID + "org/xjtu")
    assert (xjtu, RDFS.label, Literal(curated.organizations()["xjtu"]["name"], lang="en")) in graph  # registry graph
    parties = set(graph.subjects(UKG.party, xjtu))  # article graphs
    expected = {a["id"] for _, a in curated.all_of("agreements") if "xjtu" in a["parties"]}
    expected |= {g["id"] for _, g in curated.all_of("agreement_groups") if "xjtu" in g["parties"]}
    assert {str(p).rsplit("/", 1)[-1] for p in parties} == expected


def test_a_fact_carries_its_evidence_quotes(client):
    graph = turtle(client, "/id/agreement/ensia-nwnu-twinning-agreement-2023")
    quotes = set(graph.objects(URIRef(ID + "agreement/ensia-nwnu-twinning-agreement-2023"), UKG.evidence))
    text = curated.text_of("ensia-nwnu-twinning-2023")
    assert len(quotes) == 12
    for quote in quotes:
        start, end = map(int, re.search(r"#char=(\d+),(\d+)$", str(quote)).groups())
        values = {str(v) for v in graph.objects(quote, URIRef("http://www.w3.org/ns/prov#value"))}
        assert values == {text[start:end]}


@pytest.mark.parametrize("path", [
    "/id/person/zhang-liqun", "/id/country/kz", "/id/place/astana", "/id/doc/ensia-nwnu-twinning-2023",
    "/id/membership/kaznu/uansr", "/id/position/zhang-liqun/president/xjtu", "/id/establishment/cup",
    "/id/event/sco-higher-education-forum-2024", "/id/agreement-group/xjtu-uansr-mous-2015",
    "/id/project/sco-international-summer-school-project", "/id/area/joint-education", "/id/role/president",
])
def test_every_kind_of_resource_dereferences(client, path):
    graph = turtle(client, path)
    assert (URIRef(ID + path[len("/id/"):]), None, None) in graph


def test_json_ld_by_accept_or_format(client):
    for response in (
        client.get("/id/org/kaznu", headers={"Accept": "application/ld+json"}),
        client.get("/id/org/kaznu", params={"format": "jsonld"}, headers={"Accept": "text/html"}),
    ):
        assert response.headers["content-type"].startswith("application/ld+json")
        graph = Graph().parse(data=response.text, format="json-ld")
        assert (URIRef(ID + "org/kaznu"), UKG.memberOf, URIRef(ID + "org/uansr")) in graph
        json.loads(response.text)


def test_n_triples(client):
    response = client.get("/id/org/kaznu", headers={"Accept": "application/n-triples"})
    assert len(Graph().parse(data=response.text, format="nt")) > 10


def test_a_browser_gets_a_readable_page_with_local_links_and_quotes(client):
    response = client.get("/id/agreement/kaznu-cup-memorandum-2023",
                          headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert response.headers["content-type"].startswith("text/html")
    page = response.text
    assert "<h1>Memorandum of cooperation between KazNU and China University of Petroleum</h1>" in page
    assert 'href="/id/org/cup"' in page and 'href="/id/person/zhanseit-tuimebayev"' in page
    assert 'href="/id/doc/kaznu-china-partnerships-2023"' in page
    annotated = next(a for _, a in curated.all_of("agreements") if a["id"] == "kaznu-cup-memorandum-2023")
    for quote in annotated["evidence"]:
        assert quote.replace("'", "&#39;").replace('"', "&#34;") in page


def test_the_page_names_every_property_with_its_label_ours_and_the_reused_ones(client):
    page = client.get("/id/org/kaznu", params={"tab": "statements"}, headers={"Accept": "text/html"}).text
    headings = re.findall(r"<th>([^<]+)</th>", page)
    assert "acronym" in headings and "mentioned in" in headings and "member of" in headings
    assert "party to" in headings and not [h for h in headings if h.endswith(" by of")]  # read backwards in words
    assert not [h for h in headings if ":" in h], "a property shown by its CURIE has no rdfs:label"


def test_the_page_escapes_what_it_shows(client):
    page = client.get("/id/project/sco-cultural-education-publishing-alliance-initiative-project",
                      headers={"Accept": "text/html"}).text
    assert "&#34;SCO Countries Cultural Education Publishing Alliance&#34; Initiative Project" in page
    assert '<h1>"SCO' not in page


@pytest.mark.parametrize("accept", ["application/json", "text/html", "text/turtle", "application/ld+json"])
def test_an_unknown_resource_is_a_404_with_suggestions_in_every_format(client, accept):
    response = client.get("/id/org/xjtuu", headers={"Accept": accept})
    assert response.status_code == 404
    if accept == "text/html":  # a page, with the closest names as links
        assert 'href="/id/org/xjtu"' in response.text
    else:
        assert "/id/org/xjtu" in response.json()["suggestions"]


@pytest.mark.parametrize("path", [
    "/id/org", "/id/ORG/XJTU", "/id/org/xjtu/%2E%2E/kaznu", "/id/org/%00", "/id/org/x%2Fy", "/id/" + "a/" * 400 + "b",
    "/id/org/%E2%9C%93", "/id/org/xjtu.ttl", "/id/org//xjtu",
])
def test_odd_paths_are_a_404(client, path):
    response = client.get(path)
    assert response.status_code == 404, (path, response.status_code)


def test_an_accept_header_we_cannot_serve_is_a_406(client):
    response = client.get("/id/org/xjtu", headers={"Accept": "image/png"})
    assert response.status_code == 406
    assert "text/turtle" in response.json()["detail"]


def test_values_are_labelled_and_the_statements_pointing_to_a_resource_are_there(client):
    graph = turtle(client, "/id/org/kaznu")
    kaznu = URIRef(ID + "org/kaznu")
    country = graph.value(kaznu, UKG.country)
    assert graph.value(country, RDFS.label) is not None  # what it links to, labelled
    pointing = set(graph.subject_predicates(kaznu))
    assert (URIRef(ID + "agreement/kaznu-cup-memorandum-2023"), UKG.party) in pointing
    # the subjects pointing to it are not labelled (a hub has hundreds): each dereferences
    assert graph.value(URIRef(ID + "agreement/kaznu-cup-memorandum-2023"), RDFS.label) is None


def html_page(client, path, **params):
    response = client.get(path, params=params or None, headers={"Accept": "text/html"})
    assert response.status_code == 200, response.text
    return response.text


def shown_incoming(page: str) -> list[str]:
    """The local links of the 'Referenced by' section, in order."""
    section = page.split("<h2>Referenced by</h2>", 1)[1] if "<h2>Referenced by</h2>" in page else ""
    return re.findall(r'<div><a href="(/id/[^"]+)"', section)


def test_the_page_shows_a_page_of_the_statements_pointing_to_it_per_property_and_walks_them_all(client):
    graph = turtle(client, "/id/country/kz")
    pointing: dict[str, set[str]] = {}  # CURIE of the property → the local paths of the subjects
    for subject, prop in graph.subject_predicates(URIRef(ID + "country/kz")):
        pointing.setdefault(curie(prop), set()).add("/id/" + str(subject).split("/id/", 1)[1])
    biggest = max(pointing, key=lambda p: len(pointing[p]))
    assert len(pointing[biggest]) > 3, "the seed graph should have a resource with a few statements pointing to it"

    first = html_page(client, "/id/country/kz", limit=2)
    assert len(shown_incoming(first)) == sum(min(2, len(v)) for v in pointing.values())
    assert f"1–2 of {len(pointing[biggest])}, in IRI order" in first
    link = re.search(rf'href="(\?tab=statements&amp;incoming={re.escape(quote(biggest))}[^"]*)">next', first).group(1)
    walked = []
    while link:  # follow "next" through the pages of that property
        page = html_page(client, "/id/country/kz" + html.unescape(link))
        found = shown_incoming(page)
        assert 0 < len(found) <= 2
        walked += found
        after = re.search(r'href="(\?tab=statements&amp;incoming=[^"]+)">next', page)
        link = after.group(1) if after else None
    assert walked == sorted(pointing[biggest])[2:]  # in IRI order, after the first page


@pytest.mark.parametrize("incoming", ["ukg:party", str(UKG.party)])
def test_the_statements_pointing_to_it_are_labelled_on_the_page(client, incoming):
    page = html_page(client, "/id/org/kaznu", incoming=incoming)
    assert ">Memorandum of cooperation between KazNU and China University of Petroleum</a>" in page
    assert 'href="?tab=statements"' in page  # back to every statement
    assert "member of" not in page.split("<h2>Referenced by</h2>", 1)[1]  # only ukg:party


@pytest.mark.parametrize("params, wrong", [
    ({"incoming": "ukg:nothing", "format": "html"}, "incoming"),
    ({"incoming": "party", "format": "html"}, "incoming"),
    ({"incoming": "ukg:par ty", "format": "html"}, "incoming"),
    ({"incoming": "http://a/<b>", "format": "html"}, "incoming"),
    ({"incoming": "ukg:party\x00", "format": "html"}, "incoming"),
    ({"format": "ttl", "offset": 3}, "offset"),
    ({"format": "jsonld", "incoming": "ukg:party"}, "incoming"),
    ({"format": "html", "limit": 0}, "limit"),
])
def test_paging_the_page_badly_is_a_422_that_says_what_to_do(client, params, wrong):
    response = client.get("/id/org/kaznu", params=params)
    assert response.status_code == 422, response.text
    detail = response.json()["detail"]
    assert wrong in json.dumps(detail)
    if params.get("incoming") == "ukg:nothing":
        assert "ukg:party" in json.dumps(detail)  # the properties that do point to it
