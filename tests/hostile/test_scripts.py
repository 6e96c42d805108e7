"""An article full of scripts, event handlers and javascript: links, ingested with ``--apply``
and served by a real ``unikg serve``: in a real browser (Chromium) no script of the article ever
runs on any page that shows it, and the payloads are shown as the text they are."""

from __future__ import annotations

import shutil

import pytest

from ..conftest import DATA
from ..viz.browsing import hover_edge, loopback_only
from .conftest import cases

pytestmark = [pytest.mark.browser, pytest.mark.server]

ARTICLE = cases("html-scripts", "article-with-scripts.txt")[0]
TITLE = 'Scripts <script>window.__pwned = "title"</script> <img src=x onerror="window.__pwned = 1">'
SLUG = "hostile-scripts-2024"
# any element or attribute the payloads would create if they were markup instead of text
INJECTED = "document.querySelectorAll('img[src=x], svg[onload], [onerror], [onload], a[href^=javascript]').length"


@pytest.fixture(scope="module")
def hostile_server(unikg, tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile-scripts")
    data, build_dir = root / "data", root / "build"
    shutil.copytree(DATA, data)
    applied = unikg.run("ingest", str(ARTICLE), "--apply", "--id", SLUG, "--title", TITLE, "--date", "2024-03-12",
                        env={"UNIKG_DATA_DIR": str(data), "UNIKG_BUILD_DIR": str(build_dir)})
    assert applied.returncode == 0, applied.stderr[-2000:]
    assert "<script>" in (data / "annotations" / f"{SLUG}.yaml").read_text(encoding="utf-8")
    pid, url = unikg.serve(build_dir=build_dir, data_dir=data, log=root / "serve.log")
    yield url
    assert unikg.stop(pid) == 0


@pytest.fixture(scope="module")
def tab(browser):
    """One page for the module's visits; it records dialogs (alert, confirm) and requests that
    would leave the machine (``visit`` empties both before each page)."""
    context = browser.new_context(viewport={"width": 1400, "height": 850})
    page = context.new_page()
    seen = {"dialogs": [], "refused": []}
    page.on("dialog", lambda dialog: (seen["dialogs"].append(dialog.message), dialog.dismiss()))

    def route(request_route):
        if loopback_only(request_route.request.url):
            request_route.continue_()
        else:
            seen["refused"].append(request_route.request.url)
            request_route.abort()

    context.route("**/*", route)
    yield page, seen
    context.close()


def visit(tab, url: str):
    """Open a page in the module's tab, with nothing seen yet."""
    page, seen = tab
    for found in seen.values():
        found.clear()
    page.goto(url, wait_until="load")
    return page, seen


def assert_inert(page, seen) -> None:
    assert page.evaluate("window.__pwned === undefined"), page.evaluate("String(window.__pwned)")
    assert page.evaluate(INJECTED) == 0
    assert seen["dialogs"] == []
    assert [u for u in seen["refused"] if not u.startswith("data:")] == []


@pytest.mark.parametrize("path", [
    f"/id/doc/{SLUG}?format=html",
    "/id/agreement/tsinghua-university-university-of-helsinki-double-degree-2024?format=html",
    "/id/org/tsinghua-university?format=html",
    "/",
    "/sparql",
])
def test_pages_show_the_payloads_as_text_and_run_none(tab, hostile_server, path):
    page, seen = visit(tab, hostile_server + path)
    page.wait_for_timeout(300)
    assert_inert(page, seen)
    if path.startswith("/id/doc/"):
        assert 'window.__pwned = "title"' in page.inner_text("body")


def test_view_tooltips_show_the_evidence_as_text_and_run_none(tab, hostile_server):
    page, seen = visit(tab, hostile_server + "/viz/ego/tsinghua-university")
    page.wait_for_function("document.body.dataset.stable === 'true'", timeout=60_000)
    tooltip = hover_edge(page, "tsinghua-university", "university-of-helsinki")
    assert "onerror" in tooltip or "<script>" in tooltip, tooltip
    assert_inert(page, seen)
