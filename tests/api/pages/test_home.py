"""The home page and the search box: a new user reaches XJTU's shared partners, and the
sentence behind one of them, in three clicks or fewer; names are suggested as they type."""

from __future__ import annotations

import httpx
import pytest

pytestmark = [pytest.mark.browser, pytest.mark.server]
JSON = {"Accept": "application/json"}


def test_xjtus_shared_partners_and_the_quote_behind_one_in_three_clicks(visit, server):
    page = visit.page
    clicks = 0
    visit.open("/")
    page.locator("#home-search").press_sequentially("xjtu")  # typing is not clicking
    page.get_by_role("option", name="Xi'an Jiaotong University").first.click()
    clicks += 1
    page.wait_for_url("**/id/org/xjtu")
    page.wait_for_selector("body[data-ready]")
    row = page.locator("#shared tbody tr").first
    other = row.get_attribute("data-other")
    row.locator("summary").click()
    clicks += 1
    quote = row.locator("blockquote p").first
    assert quote.is_visible()
    assert clicks <= 3
    # the quote is one of those of the agreements linking XJTU or the other one to a partner they share
    with httpx.Client(base_url=server, headers=JSON, timeout=60) as http:
        first = http.get("/institutions/xjtu/shared-partners", params={"limit": 1}).json()["organizations"][0]
        assert first["id"] == other
        common = http.get("/shared-partners", params={"ids": ["xjtu", other]}).json()["partners"]
        quotes = {q["text"] for p in common for link in p["agreements"]
                  for q in http.get(f"/agreements/{link['agreement']['id']}").json()["evidence"]}
    assert quotes and quote.inner_text().strip("“”") in quotes
    visit.assert_clean()


@pytest.mark.parametrize("typed, name, kind", [
    ("xian jiaotong", "Xi'an Jiaotong University", "organisation"),  # no apostrophe
    ("Shenzen Univ", "Shenzhen University", "organisation"),  # a typo
    ("UANSR", "University Alliance of the New Silk Road", "alliance"),
    ("tuimebayev", "Zhanseit Tuimebayev", "person"),
    ("twinning ensia", "Twinning agreement between ENSIA and Northwest Normal University", "agreement"),
])
def test_names_are_suggested_as_you_type_and_the_keyboard_opens_one(visit, typed, name, kind):
    page = visit.page
    visit.open("/id/org/kaznu")  # the header's box, on any page
    box = page.locator("#site-search")
    box.press_sequentially(typed)
    option = page.get_by_role("option", name=name).first
    option.wait_for()
    assert kind in option.inner_text()
    assert box.get_attribute("aria-expanded") == "true"
    for _ in range(page.get_by_role("option").count()):  # arrows move the active option
        box.press("ArrowDown")
        if page.locator("[role=option][aria-selected=true]").inner_text().startswith(name):
            break
    box.press("Enter")
    page.wait_for_load_state()
    page.wait_for_selector("body[data-ready]")
    assert page.locator("h1").inner_text() == name
    assert visit.errors == [] and visit.refused == []


def test_the_home_page_shows_the_graph_from_its_answers(visit, server):
    visit.open("/")
    assert visit.page.title() == "Universities, alliances and agreements from the news · unikg"  # says what it is, once
    with httpx.Client(base_url=server, headers=JSON, timeout=60) as http:
        counts = http.get("/").json()["counts"]
        central = http.get("/analysis/centrality", params={"measure": "betweenness", "top": 10}).json()["ranking"]
    shown = visit.page.locator("#size li").all_inner_texts()
    assert f"{counts['SourceDocument']}\narticles" in shown and f"{counts['Agreement']}\nagreements" in shown
    assert visit.page.locator("#central li").all_inner_texts() == [r["name"] for r in central]
    picture = visit.page.locator("#network img")
    picture.scroll_into_view_if_needed()  # loaded lazily
    for _ in range(600):
        if picture.evaluate("img => img.complete"):
            break
        visit.page.wait_for_timeout(100)
    assert picture.evaluate("img => img.naturalWidth") > 0
    for panel in ("size", "central", "latest", "network"):  # each panel opens its query in the editor
        assert visit.page.locator(f"#{panel} a.query").get_attribute("href").startswith("/sparql#query=")
    visit.assert_clean()


def test_a_panel_opens_its_named_query_in_the_sparql_editor_and_it_runs(visit):
    visit.open("/id/org/xjtu")
    link = visit.page.locator("#partners a.query")
    assert "partners.rq" in link.inner_text()
    link.click()
    visit.page.wait_for_selector("body[data-examples]", timeout=30_000)
    editor = visit.page.locator(".CodeMirror:visible")
    assert "<https://w3id.org/unikg/id/org/xjtu>" in editor.inner_text()
    visit.page.locator(".yasqe_queryButton:visible").click()
    visit.page.wait_for_selector("text=Al-Farabi Kazakh National University >> visible=true", timeout=30_000)
    assert visit.errors == [] and visit.refused == []
