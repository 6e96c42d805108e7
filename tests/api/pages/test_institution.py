"""An organisation's profile: every fact it shows is the answer of its named query (run here on
the store, not copied), and every fact from an article has its quote one click away."""

from __future__ import annotations

import pytest
from rdflib import URIRef

from unikg.graph import queries
from unikg.graph.namespaces import org_iri

pytestmark = [pytest.mark.browser, pytest.mark.server]


@pytest.mark.parametrize("org", ["xjtu", "kaznu", "cup"])
def test_the_facts_shown_are_the_named_queries_answers(visit, store, org):
    iri = org_iri(org)
    visit.open(f"/id/org/{org}")
    page = visit.page
    shown = {(r.get_attribute("data-partner"), r.get_attribute("data-agreement"))
             for r in page.locator("#partners tbody tr").all()}
    answered = {(str(r["partner"]).rsplit("/", 1)[-1], str(r["agreement"]).rsplit("/", 1)[-1])
                for r in queries.run(store, "partners", org=iri).rows}
    assert shown == answered and shown  # the seed's partners fit on one page
    shared = [(r.get_attribute("data-other"), int(r.get_attribute("data-shared")))
              for r in page.locator("#shared tbody tr").all()]
    rows = queries.run(store, "shared_partners", org=iri).rows
    assert sorted(shared) == sorted((str(r["other"]).rsplit("/", 1)[-1], int(r["shared"])) for r in rows)
    alliances = {a.get_attribute("data-alliance") for a in page.locator("#alliances li").all()}
    stated = queries.run(store, "organization", org=iri).rows
    assert alliances == {str(r["value"]).rsplit("/", 1)[-1] for r in stated if str(r["field"]) == "alliance"}
    people = {(p.get_attribute("data-person"), p.get_attribute("data-role")) for p in page.locator("#people li").all()}
    units = [URIRef(str(r["org"])) for r in queries.run(store, "units", org=iri).rows]
    held = queries.run(store, "positions", ofPerson=[queries.UNDEF], atOrgs=units).rows
    assert people == {(str(r["person"]).rsplit("/", 1)[-1], str(r["role"]).rsplit("/", 1)[-1]) for r in held}
    years = queries.run(store, "party_agreements_per_year", org=iri).rows
    total = sum(int(r["agreements"]) for r in years)
    assert page.locator("#per-year p.muted").inner_text().startswith(f"{total} agreement")
    visit.assert_clean()


def test_every_quoted_fact_of_a_profile_has_its_quote_one_click_away(visit):
    visit.open("/id/org/kaznu")
    page = visit.page
    for panel in ("partners", "alliances", "people"):
        for unfold in page.locator(f"#{panel} details.quote").all():
            assert not unfold.locator("blockquote").first.is_visible()
            unfold.locator("summary").click()  # one click
            quote = unfold.locator("blockquote").first
            assert quote.is_visible() and quote.locator("footer a").count() == 1  # with its article
    rows = page.locator("#partners tbody tr")
    assert rows.count() == page.locator("#partners details.quote").count()  # every partner row has its quote
    visit.assert_clean()


def test_the_ego_network_is_embedded_and_draws(visit):
    visit.open("/id/org/xjtu")
    frame = visit.page.frame_locator("#ego iframe")
    frame.locator("#network canvas").wait_for(timeout=60_000)
    assert visit.errors == [] and visit.refused == []


def test_the_institutions_route_gives_a_browser_the_same_profile(visit):
    visit.open("/institutions/KazNU")
    assert visit.page.locator("h1").inner_text() == "Al-Farabi Kazakh National University"
    assert visit.page.locator("link[rel=canonical]").get_attribute("href") == "/id/org/kaznu"
    visit.page.get_by_role("link", name="All statements (RDF)").click()
    visit.page.wait_for_url("**/id/org/kaznu?tab=statements")
    headings = visit.page.locator("table.statements th").all_inner_texts()
    assert "party to" in headings and not [h for h in headings if h.endswith(" of of") or h == "established by of"]
    visit.assert_clean()
