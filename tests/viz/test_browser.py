"""The page ``unikg viz`` writes, opened from disk in headless Chromium: it draws offline,
requests nothing, shows hostile names as text, and its search and filters work."""

import pytest

from unikg.viz import page as pages
from unikg.viz.views import ViewOptions, network_view

from ..conftest import run_cli
from .browsing import drawn, files_only, hover_edge, hover_node, open_view, screenshot

pytestmark = pytest.mark.browser

UNION_PARTIES = """
PREFIX ukg: <https://w3id.org/unikg/ontology#>
SELECT (COUNT(DISTINCT ?top) AS ?n) WHERE {
  ?agreement a ukg:Agreement ; ukg:party ?party .
  ?party ukg:unitOf* ?top .
  FILTER NOT EXISTS { ?top ukg:unitOf ?above }
}"""
PARTNER_PAIRS = """
PREFIX ukg: <https://w3id.org/unikg/ontology#>
SELECT (COUNT(*) AS ?n) WHERE {
  SELECT DISTINCT ?a ?b WHERE {
    ?agreement a ukg:Agreement ; ukg:party ?x, ?y .
    ?x ukg:unitOf* ?a . FILTER NOT EXISTS { ?a ukg:unitOf ?above }
    ?y ukg:unitOf* ?b . FILTER NOT EXISTS { ?b ukg:unitOf ?over }
    FILTER (STR(?a) < STR(?b))
  }
}"""


def test_the_cli_page_draws_the_seed_network_offline_from_disk(browser, settings, store, tmp_path):
    target = tmp_path / "seed.html"
    result = run_cli("viz", "-o", str(target), env={"UNIKG_BUILD_DIR": str(settings.build_dir),
                                                     "UNIKG_DATA_DIR": str(settings.data_dir)})
    assert result.returncode == 0, result.stderr
    visit = open_view(browser, target.as_uri(), allow=files_only)
    try:
        expected = int(store.query(UNION_PARTIES).rows[0]["n"])  # organisations in an agreement
        nodes, edges = drawn(visit.page)
        assert nodes == expected
        assert edges == int(store.query(PARTNER_PAIRS).rows[0]["n"])  # pairs of them in one agreement
        text = hover_node(visit.page, "xjtu")
        assert "Xi'an Jiaotong University" in text and "Includes its units: Health Science Center" in text
        screenshot(visit.page, "viz-cli-seed")
        assert visit.errors == [] and visit.refused == []
    finally:
        visit.page.context.close()


def test_hostile_names_and_quotes_are_shown_as_text(browser, small_networks, tmp_path):
    target = tmp_path / "small.html"
    target.write_text(pages.render(network_view(small_networks, ViewOptions(links="iri")), inline=True), encoding="utf-8")
    visit = open_view(browser, target.as_uri(), allow=files_only)
    try:
        page = visit.page
        assert 'Gamma <img src=x onerror="window.pwned=1"> Institute' in hover_node(page, "c")
        quote = hover_edge(page, "b", "c")
        assert "“Beta, Gamma and Delta agreed </script><script>window.pwned=2</script> on three things.”" in quote
        assert page.evaluate("window.pwned === undefined && document.querySelectorAll('img').length === 0")
        assert page.evaluate("document.querySelector('#tooltip a').href") == "https://w3id.org/unikg/id/doc/small"
        screenshot(page, "viz-hostile-tooltip")
        assert visit.errors == [] and visit.refused == []
    finally:
        visit.page.context.close()


def test_search_selects_and_filters_hide(browser, small_networks, tmp_path):
    target = tmp_path / "small.html"
    target.write_text(pages.render(network_view(small_networks), inline=True), encoding="utf-8")
    visit = open_view(browser, target.as_uri(), allow=files_only)
    try:
        page = visit.page
        page.fill("#search", "delta")
        page.press("#search", "Enter")
        assert page.evaluate("network.getSelectedNodes()") == ["d"]
        assert "Delta Corp" in page.inner_text("#tooltip")
        page.keyboard.press("Escape")
        page.select_option("#filter-country", "CN")
        assert page.inner_text("#status") == "2 of 5 organisations shown"
        hidden = page.evaluate("network.body.data.nodes.get({filter: n => n.hidden}).map(n => n.id).sort()")
        assert hidden == ["a", "d", "e"]
        page.select_option("#filter-country", "")
        page.select_option("#filter-kind", "company")
        assert page.inner_text("#status") == "1 of 5 organisations shown"
        assert visit.errors == [] and visit.refused == []
    finally:
        visit.page.context.close()
