"""``/``: HTML for browsers, JSON for API clients, linking the docs, SPARQL and resources."""

from . import curated


def test_json_for_api_clients(client):
    answer = client.get("/", headers={"Accept": "application/json"}).json()
    assert {"/docs", "/sparql", "/institutions", "/agreements", "/documents"} <= set(answer["links"].values())
    assert answer["counts"]["SourceDocument"] == len(curated.documents())
    assert answer["counts"]["Person"] == len(curated.people())


def test_html_for_browsers(client):
    response = client.get("/", headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert response.headers["content-type"].startswith("text/html")
    for href in ("/docs", "/sparql", "/viz", "/id/org/xjtu"):
        assert f'href="{href}"' in response.text
    assert 'action="/search"' in response.text


def test_every_link_of_the_home_page_answers(client):
    for href in client.get("/").json()["links"].values():
        if href != "/sparql":  # the SPARQL endpoint is tested with its own suite
            assert client.get(href).status_code == 200, href
