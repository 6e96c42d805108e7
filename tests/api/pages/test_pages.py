"""Every kind of page, found from the API's own lists: it renders, asks nothing of another host,
logs no error, and has no serious or critical accessibility violation (axe-core); an unknown id
is a 404 page with the closest names; a page prints with its quotes unfolded."""

from __future__ import annotations

import httpx
import pytest

pytestmark = [pytest.mark.browser, pytest.mark.server]
JSON = {"Accept": "application/json"}


def every_kind(server) -> list[str]:
    with httpx.Client(base_url=server, headers=JSON, timeout=60) as http:
        first = lambda path: http.get(path, params={"limit": 1}).json()["items"][0]["id"]  # noqa: E731
        alliance = first("/alliances")
        return ["/", "/id/org/xjtu", f"/id/org/{alliance}", f"/alliances/{alliance}/members",
                f"/id/agreement/{first('/agreements?groups=false')}", "/agreements/ensia-nwnu-twinning-agreement-2023",
                f"/id/person/{first('/people')}", f"/people/{first('/people')}", f"/id/doc/{first('/documents')}",
                "/documents/ensia-nwnu-twinning-2023", "/search?q=jiaotong", "/id/org/xjtu?tab=statements",
                "/id/country/kz", "/id/org/no-such-university", "/nowhere/at/all"]


def test_every_kind_of_page_is_clean_and_accessible(visit, server):
    for path in every_kind(server):
        visit.open(path)
        assert visit.page.locator("h1").count() == 1, path
        assert visit.page.locator("header.site form[role=search]").count() == 1, path  # the same header
        assert visit.accessibility() == [], path
    # the browser logs the 404 of the two unknown pages as errors; nothing else
    assert [e for e in visit.errors if "status of 404" not in e] == [] and len(visit.errors) <= 2
    assert visit.refused == []


def test_an_unknown_id_is_a_404_page_with_the_closest_names(visit, server):
    response = httpx.get(server + "/id/org/xjtuu", headers={"Accept": "text/html"})
    assert response.status_code == 404 and response.headers["content-type"].startswith("text/html")
    visit.open("/institutions/Xian%20Jiaotong%20Univ")
    visit.page.get_by_role("link", name="Xi'an Jiaotong University", exact=True).click()
    visit.page.wait_for_url("**/id/org/xjtu")
    assert httpx.get(server + "/id/org/xjtuu", headers=JSON).json()["suggestions"]  # JSON stays JSON


def test_an_article_highlights_every_quote_and_links_each_to_its_fact(visit, server):
    document = httpx.get(server + "/documents/ensia-nwnu-twinning-2023", headers=JSON).json()
    visit.open("/id/doc/ensia-nwnu-twinning-2023")
    page = visit.page
    shown = page.locator(".article-text").evaluate(
        "text => { const copy = text.cloneNode(true); copy.querySelectorAll('a.fact').forEach(a => a.remove());"
        " return copy.textContent; }")
    assert shown == document["text"]  # the article verbatim, the links to the facts aside
    marked = "".join(page.locator(".article-text mark").all_inner_texts())
    for fact in document["facts"]:
        for quote in fact["evidence"]:
            assert quote["text"] in document["text"] and page.locator(f"[id='char={quote['start']},{quote['end']}']").count() == 1
        assert page.locator(f".article-text a.fact[href='/id/{fact['iri'].split('/id/', 1)[1]}']").count() >= 1
    assert marked
    # a quote's IRI lands on it
    quote = document["facts"][0]["evidence"][0]
    visit.open(f"/id/doc/ensia-nwnu-twinning-2023#char={quote['start']},{quote['end']}")
    visit.assert_clean()


def test_an_agreement_shows_its_quote_in_its_paragraph(visit, server):
    agreement = httpx.get(server + "/agreements/ensia-nwnu-twinning-agreement-2023", headers=JSON).json()
    visit.open("/id/agreement/ensia-nwnu-twinning-agreement-2023")
    marks = visit.page.locator("#evidence mark").all_inner_texts()
    assert marks == [q["text"] for q in agreement["evidence"]]
    parties = visit.page.locator("#facts dd").first.inner_text()
    assert all(p["name"] in parties for p in agreement["parties"])
    visit.assert_clean()


def test_an_alliance_lists_its_members_with_a_chart_per_country(visit, server):
    members = httpx.get(server + "/alliances/uansr/members", headers=JSON).json()["members"]
    visit.open("/id/org/uansr")
    assert sorted(r.get_attribute("data-member") for r in visit.page.locator("#members tbody tr").all()) == \
        sorted(m["id"] for m in members)
    countries = {m["country"]["id"] if m["country"] else None for m in members}  # None: not stated
    assert visit.page.locator("#countries svg rect").count() == len(countries)
    visit.assert_clean()


def test_a_printed_profile_unfolds_its_quotes_and_drops_the_controls(visit):
    visit.open("/id/org/kaznu")
    page = visit.page
    page.emulate_media(media="print")
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    assert page.locator("#partners blockquote").first.is_visible()
    assert not page.locator("header.site form").is_visible() and not page.locator("#ego iframe").is_visible()
    assert len(page.pdf()) > 10_000
