"""The HTML pages in a real browser (Debian's headless Chromium) against the real server:
readable labels, local links that lead to the related resources, quotes with their article."""

import pytest

from . import curated

pytestmark = [pytest.mark.browser, pytest.mark.server]


@pytest.fixture
def page(browser, server):
    context = browser.new_context(base_url=server)
    opened = context.new_page()
    yield opened
    context.close()


def test_a_resource_page_shows_quotes_and_links_to_related_resources(page):
    page.goto("/id/agreement/kaznu-cup-memorandum-2023")
    assert page.locator("h1").inner_text() == "Memorandum of cooperation between KazNU and China University of Petroleum"
    quotes = page.locator("blockquote").all_inner_texts()
    annotated = next(a for _, a in curated.all_of("agreements") if a["id"] == "kaznu-cup-memorandum-2023")
    assert len(quotes) == len(annotated["evidence"])
    for quote in annotated["evidence"]:
        assert any(q.startswith(quote) for q in quotes)
    page.get_by_role("link", name="China University of Petroleum", exact=True).first.click()
    page.wait_for_url("**/id/org/cup")
    assert page.locator("h1").inner_text() == curated.organizations()["cup"]["name"]
    page.get_by_role("link", name="Turtle").click()
    assert "ukg:party" in page.content() or "party" in page.content()


def test_an_article_page_shows_its_text_and_the_quotes_taken_from_it(page):
    page.goto("/id/doc/ensia-nwnu-twinning-2023")
    assert page.locator(".text").inner_text().startswith(curated.text_of("ensia-nwnu-twinning-2023")[:60])
    assert page.get_by_text("Twinning agreement between ENSIA and Northwest Normal University").count() >= 1


def test_the_home_page_links_the_docs_and_the_resources(page):
    page.goto("/")
    assert page.locator("h1").inner_text() == "unikg"
    page.get_by_role("link", name="institutions").first.click()
    page.wait_for_url("**/institutions")
    assert '"total"' in page.content()
    page.goto("/")
    page.get_by_role("link", name="API docs").click()
    page.wait_for_url("**/docs")


def test_an_institution_page_links_out_to_ror_and_wikidata(page):
    page.goto("/id/org/xjtu")
    ror = page.locator('a[href="https://ror.org/017zhmm22"]')
    wikidata = page.locator('a[href="http://www.wikidata.org/entity/Q981237"]')
    assert ror.count() == 1 and wikidata.count() == 1
    row = page.locator("tr", has=ror).inner_text()
    assert "identifier" in row  # schema:identifier, by its label
    assert "same as" in page.locator("tr", has=wikidata).inner_text()
    page.goto("/id/org/cup")  # ambiguous: no id, its candidates and why
    assert "identifier" not in page.locator("table").first.inner_text()
    assert "nothing given says which" in page.locator("tr", has_text="link note").inner_text()
    assert page.locator("tr", has_text="link candidate").locator('a[href="https://ror.org/041qf4r12"]').count() == 1
