"""The pages in a real browser (Debian's headless Chromium) against one real server shared by
the session: every visit records console errors and any request that would leave 127.0.0.1
(aborted), and ``Visit.accessibility()`` runs axe-core (vendored in tests/vendor/axe-core)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

AXE = Path(__file__).resolve().parents[2] / "vendor" / "axe-core" / "axe.min.js"


@dataclass
class Visit:
    page: object
    errors: list[str] = field(default_factory=list)  # console errors and page exceptions
    refused: list[str] = field(default_factory=list)  # requests that would have left the machine

    def open(self, path: str) -> None:
        self.page.goto(path)
        self.page.wait_for_selector("body[data-ready]", timeout=30_000)

    def accessibility(self) -> list[str]:
        """The serious and critical axe-core violations of the page as it is now."""
        # evaluated through the DevTools protocol: a <script> tag would break the page's policy
        self.page.evaluate(AXE.read_text(encoding="utf-8") + "\n;0")
        found = self.page.evaluate("""async () => {
            const result = await axe.run(document, {resultTypes: ["violations"]});
            return result.violations.filter(v => v.impact === "serious" || v.impact === "critical")
                .map(v => v.id + ": " + v.help + " (" + v.nodes.map(n => n.target.join(" ")).slice(0, 3).join(", ") + ")");
        }""")
        return found

    def assert_clean(self) -> None:
        assert self.errors == [], self.errors
        assert self.refused == [], self.refused
        assert self.accessibility() == []


@pytest.fixture
def visit(browser, server):
    context = browser.new_context(base_url=server, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    found = Visit(page=page)

    def route(request_route):
        if urlsplit(request_route.request.url).hostname == "127.0.0.1":
            request_route.continue_()
        else:
            found.refused.append(request_route.request.url)
            request_route.abort()

    context.route("**/*", route)
    page.on("console", lambda message: message.type == "error" and found.errors.append(message.text))
    page.on("pageerror", lambda error: found.errors.append(str(error)))
    yield found
    context.close()
