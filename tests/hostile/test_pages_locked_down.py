"""Every HTML page of a real ``unikg serve`` is sent with a Content-Security-Policy that lets it
load and fetch from this server only and be framed by no one (``frame-ancestors``,
``X-Frame-Options``), and every answer with ``X-Content-Type-Options: nosniff``; in Chromium
each page then works with no policy violation, and ``/docs`` (Swagger UI, vendored) works with
every request to another host refused, as offline."""

from __future__ import annotations

from urllib.parse import urlsplit

import httpx
import pytest

pytestmark = [pytest.mark.browser, pytest.mark.server]

PAGES = {  # each HTML page kind, and an element that shows it worked
    "/": "h1",
    "/id/org/xjtu": "h1",
    "/id/agreement/kaznu-cup-memorandum-2023": "blockquote",
    "/id/doc/ensia-nwnu-twinning-2023": ".text",
    "/sparql": ".yasqe",
    "/docs": ".opblock",
    "/viz": "#network canvas",
    "/viz/ego/xjtu": "#network canvas",
    "/viz/alliance/uansr": "#network canvas",
}
HTML = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}


def test_every_html_page_has_a_policy_and_every_answer_nosniff(server):
    with httpx.Client(base_url=server, timeout=60) as http:
        for path in PAGES:
            response = http.get(path, headers=HTML)
            assert response.status_code == 200 and response.headers["content-type"].startswith("text/html"), path
            policy = response.headers.get("content-security-policy", "")
            assert "default-src 'self'" in policy and "frame-ancestors 'none'" in policy, (path, policy)
            assert "script-src 'self'" in policy and "unsafe-eval" not in policy, (path, policy)
            assert response.headers.get("x-frame-options") == "DENY", path
            assert response.headers.get("x-content-type-options") == "nosniff", path
        for path in ("/institutions", "/openapi.json", "/sparql?query=ASK%7B%7D", "/viz/static/view.js", "/nowhere"):
            assert http.get(path).headers.get("x-content-type-options") == "nosniff", path


def test_every_page_works_under_its_policy_with_nothing_fetched_elsewhere(browser, server):
    context = browser.new_context(base_url=server)
    elsewhere, violations = [], []

    def local_only(route):
        if urlsplit(route.request.url).hostname == "127.0.0.1":
            route.continue_()
        else:  # as offline: nothing leaves this machine
            elsewhere.append(route.request.url)
            route.abort()

    context.route("**/*", local_only)
    page = context.new_page()
    page.on("console", lambda message: message.type == "error" and violations.append(message.text))
    try:
        for path, shown in PAGES.items():
            page.goto(path)
            page.wait_for_selector(shown, timeout=30_000)
        assert page.locator(".opblock").count() == 0  # the last page was a view, not the docs
        page.goto("/docs")
        page.wait_for_selector(".opblock")
        assert page.locator(".opblock").count() >= 20  # every route, rendered by Swagger UI
        assert page.locator(".swagger-ui .info .title").inner_text().startswith("unikg")
    finally:
        context.close()
    assert elsewhere == [], elsewhere
    assert not [v for v in violations if "Content Security Policy" in v or "Refused to" in v], violations
