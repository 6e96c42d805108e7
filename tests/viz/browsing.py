"""Driving a view page in headless Chromium: every request checked, console errors kept."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from ..conftest import ARTIFACTS


@dataclass
class Visit:
    page: object
    errors: list[str] = field(default_factory=list)  # console errors and page exceptions
    refused: list[str] = field(default_factory=list)  # requests that would have left the machine


def open_view(browser, url: str, *, allow) -> Visit:
    """Open ``url``; a request whose URL ``allow`` refuses is aborted and recorded."""
    context = browser.new_context(viewport={"width": 1400, "height": 850})
    page = context.new_page()
    visit = Visit(page=page)

    def route(request_route):
        target = request_route.request.url
        if allow(target):
            request_route.continue_()
        else:
            visit.refused.append(target)
            request_route.abort()

    context.route("**/*", route)
    page.on("console", lambda message: message.type == "error" and visit.errors.append(message.text))
    page.on("pageerror", lambda error: visit.errors.append(str(error)))
    page.goto(url)
    page.wait_for_function("document.body.dataset.stable === 'true'", timeout=60_000)
    return visit


def loopback_only(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and parts.hostname == "127.0.0.1"


def files_only(url: str) -> bool:
    return urlsplit(url).scheme == "file"


def drawn(page) -> tuple[int, int]:
    """The nodes and edges in the page's vis-network DataSets."""
    return page.evaluate("[network.body.data.nodes.length, network.body.data.edges.length]")


def point_of(page, node: str) -> tuple[float, float]:
    spot = page.evaluate(f"network.canvasToDOM(network.getPosition({node!r}))")
    box = page.locator("#network").bounding_box()
    return box["x"] + spot["x"], box["y"] + spot["y"]


def hover_node(page, node: str) -> str:
    page.mouse.move(*point_of(page, node))
    page.wait_for_selector("#tooltip:not([hidden])", timeout=5_000)
    return page.inner_text("#tooltip")


def hover_edge(page, a: str, b: str) -> str:
    (x1, y1), (x2, y2) = point_of(page, a), point_of(page, b)
    page.keyboard.press("Escape")  # the page's key to close any open tooltip
    page.wait_for_selector("#tooltip", state="hidden", timeout=5_000)
    page.mouse.move((x1 + x2) / 2, (y1 + y2) / 2)
    page.wait_for_selector("#tooltip:not([hidden])", timeout=5_000)
    return page.inner_text("#tooltip")


def screenshot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))
