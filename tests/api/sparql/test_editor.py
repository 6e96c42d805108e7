"""The query editor at /sparql in a real headless Chromium: it opens with the example tabs,
runs a query against the endpoint and shows the answer, and asks nothing of any other host.
Also: the editor's examples include the SPARQL examples of the README and docs/, word for word."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest

from unikg.api.sparql.examples import editor_examples

from ...conftest import ARTIFACTS
from ...documentation import sparql_blocks


def test_the_documented_sparql_examples_are_editor_examples():
    blocks = sparql_blocks()
    queries = [e.query for e in editor_examples()]
    assert blocks
    for block in blocks:
        assert block in queries, f"add this documented example to api/sparql/examples/:\n{block}"


def test_the_named_query_examples_run(client):
    for example in editor_examples():
        response = client.post("/sparql", data={"query": example.query})
        assert response.status_code == 200, (example.name, response.text)
        assert response.json()["results"]["bindings"], f"{example.name} gives no rows"


@pytest.mark.browser
@pytest.mark.server
def test_the_editor_runs_an_example_in_a_browser(browser, server):
    page = browser.new_page()
    hosts = set()
    page.on("request", lambda request: hosts.add(urlparse(request.url).hostname))
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(server + "/sparql")
    page.wait_for_selector("body[data-examples]", timeout=30_000)
    assert int(page.get_attribute("body", "data-examples")) == len(editor_examples())
    assert page.locator("text=Where do UANSR's members come from?").count() >= 1  # the first tab
    page.locator(".yasqe_queryButton").first.click()
    # the first example counts UANSR's members by country: Italy has two (article 001)
    page.wait_for_selector("text=Italy", timeout=30_000)
    page.wait_for_selector("text=Kazakhstan", timeout=30_000)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "sparql-editor.png"), full_page=True)
    page.close()
    assert hosts == {"127.0.0.1"}, f"the editor asked other hosts: {hosts}"
    assert not errors, errors
