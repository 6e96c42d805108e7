"""``/viz``: pages, pictures and assets over HTTP; and in a real browser against a real server,
the drawn network matches the API's counts and no request leaves 127.0.0.1."""

import io
import re

import matplotlib.image
import pytest

from unikg.graph.questions.partners import partners

from ..viz.browsing import drawn, hover_edge, hover_node, loopback_only, open_view, screenshot


def test_the_page_loads_its_assets_from_this_server(client):
    response = client.get("/viz")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    for path in re.findall(r'(?:src|href)="(/viz/static/[^"]+)"', response.text):
        asset = client.get(path)
        assert asset.status_code == 200, path
        assert asset.headers["content-type"].split(";")[0] in ("text/javascript", "text/css")
    assert 'href="/viz.png"' in response.text


def test_an_unknown_asset_is_a_404_listing_the_assets(client):
    response = client.get("/viz/static/bootstrap.min.css")
    assert response.status_code == 404
    assert response.json()["suggestions"] == ["vis-network.min.js", "vis-network.min.css", "view.js", "view.css"]


@pytest.mark.parametrize("url", ["/viz.png", "/viz/ego/KazNU.png?depth=2", "/viz/alliance/UANSR.png?color=country"])
def test_pictures_are_pngs(client, url):
    response = client.get(url)
    assert response.status_code == 200 and response.headers["content-type"] == "image/png"
    assert matplotlib.image.imread(io.BytesIO(response.content), format="png").shape[:2] == (700, 1000)


@pytest.mark.parametrize("url, status, says", [
    ("/viz/ego/XJTUU", 404, "no organization is called 'XJTUU'"),
    ("/viz/ego/XJTUU.png", 404, "no organization is called 'XJTUU'"),
    ("/viz/alliance/xjtu", 404, "is not an alliance; the alliances are bologna-process-monitoring-group, "),
    ("/viz/ego/xjtu?depth=3", 422, "query.depth"),
    ("/viz?size=fame", 422, "query.size"),
    ("/viz?color=taste", 422, "query.color"),
])
def test_bad_requests_say_what_is_wrong(client, url, status, says):
    response = client.get(url)
    assert response.status_code == status
    assert says in response.json()["detail"]


def test_a_unit_ego_view_is_its_organisations_and_the_page_says_so(client):
    html = client.get("/viz/ego/XJTU%20Health%20Science%20Center").text
    assert "is a unit of Xi&#39;an Jiaotong University and counts as it" in html


@pytest.mark.browser
@pytest.mark.server
def test_the_whole_network_in_a_browser_draws_what_the_api_counts(browser, server):
    import httpx

    expected = httpx.get(f"{server}/analysis/centrality", timeout=60).json()
    visit = open_view(browser, f"{server}/viz", allow=loopback_only)
    try:
        nodes, edges = drawn(visit.page)
        assert (nodes, edges) == (expected["nodes"], expected["edges"])
        assert "Xi'an Jiaotong University" in hover_node(visit.page, "xjtu")
        screenshot(visit.page, "viz-server-whole")
        assert visit.errors == [], visit.errors
        assert visit.refused == [], visit.refused
    finally:
        visit.page.context.close()


@pytest.mark.browser
@pytest.mark.server
def test_an_ego_view_in_a_browser_draws_xjtu_and_its_partners(browser, server, store, names):
    expected = 1 + len(partners(store, names.resolve("xjtu").iri))  # XJTU and each partner, by partners.rq
    visit = open_view(browser, f"{server}/viz/ego/XJTU", allow=loopback_only)
    try:
        page = visit.page
        assert drawn(page)[0] == expected
        text = hover_edge(page, "xjtu", "nust")
        assert "Medical collaboration agreement between XJTU Health Science Center and NUST (Pakistan)" in text
        assert "“XJTU Health Science Center signed with National University of Sciences and Technology" in text
        assert page.evaluate("document.querySelector('#tooltip a').getAttribute('href')") == "/id/doc/xjtu-uansr-agreements-2015"
        screenshot(page, "viz-server-ego-xjtu")
        assert visit.errors == [], visit.errors
        assert visit.refused == [], visit.refused
    finally:
        visit.page.context.close()


@pytest.mark.browser
@pytest.mark.server
def test_an_alliance_view_in_a_browser(browser, server):
    visit = open_view(browser, f"{server}/viz/alliance/uansr?color=country", allow=loopback_only)
    try:
        nodes, edges = drawn(visit.page)
        assert (nodes, edges) == (15, 14)  # UANSR and the 14 members article 001 lists
        screenshot(visit.page, "viz-server-alliance-uansr")
        assert visit.errors == [] and visit.refused == []
    finally:
        visit.page.context.close()
