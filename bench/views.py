"""Benchmark of ego views of a big hub: generation in Python, and drawing in Chromium.

A synthetic hub with 520 partners (linked among themselves like a grown network, each with
a few partners of its own, so that depth 2 passes the node cap) goes through the code the
CLI and the API run: ``ego_view`` (positions in Python: rings around the hub) and
``page.render`` (assets inlined). Each page is then opened from disk in Debian's headless
Chromium (Playwright), and the time from navigation to the page's readiness marker
(``document.body.dataset.stable``, set on vis-network's first ``afterDrawing``) is measured,
REPEAT times (median). With ``--nq`` the top hub of a synthetic N-Quads file (``unikg
synth``) is drawn too, the way the server draws it (networks read without the agreements'
quotes, the projection's graph as the network's shape, the part drawn read with its quotes).
With ``--server URL --hub ID`` the hub's ego pages of a running ``unikg serve`` are asked
(the first request timed alone), then opened in Chromium from the server (navigation to
drawn: the request, the transfer and the drawing). Prints a table; figures go in
bench/RESULTS.md.

    .venv/bin/python bench/views.py
    .venv/bin/python bench/views.py --nq bench/out/synth-1M-seed1.nq   # + the 1M graph's hub (~40 s to load)
    .venv/bin/python bench/views.py --server http://127.0.0.1:8791 --hub eit   # a server's pages
"""

from __future__ import annotations

import argparse
import platform
import random
import statistics
import tempfile
import time
from pathlib import Path

from unikg.graph.analysis.network_data import NetworkAgreement, NetworkData, Organization
from unikg.graph.analysis.networks import Networks
from unikg.graph.settings import Settings
from unikg.viz import page
from unikg.viz.views import ViewOptions, ego_view

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
REPEAT = 3


def hub_data(partners: int, *, seed: int = 1) -> NetworkData:
    """Organisation ``hub`` with ``partners`` partners; partner i also signed with two earlier
    partners (at random) and with two organisations outside the hub's circle."""
    draw = random.Random(seed)
    ids = ["hub"] + [f"p{i}" for i in range(partners)] + [f"o{i}" for i in range(2 * partners)]
    organizations = {
        i: Organization(id=i, name=f"Organisation {i}", short=i.upper(), kinds=("university",),
                        country="KZ", country_name="Kazakhstan", parent=None, top=i)
        for i in ids
    }
    pairs = [("hub", f"p{i}") for i in range(partners)]
    for i in range(1, partners):
        pairs += [(f"p{j}", f"p{i}") for j in draw.sample(range(i), min(2, i))]
        pairs += [(f"p{i}", f"o{draw.randrange(2 * partners)}") for _ in range(2)]
    agreements = [
        NetworkAgreement(id=f"agreement-{n}", label=f"Agreement {n}", kinds=("cooperation agreement",),
                  signed_on="2024", parties=tuple(sorted(pair)), source="synthetic", source_label="Synthetic")
        for n, pair in enumerate(sorted(set(pairs)))
    ]
    return NetworkData(organizations=organizations, agreements=agreements)


def from_nquads(path: Path) -> tuple[Networks, object, str]:
    """The networks of an N-Quads file (in-memory Oxigraph) as the server reads them (without
    the agreements' quotes), the projection's graph, and the best-linked organisation."""
    import pyoxigraph as ox

    from unikg.graph.projection import Projection, partnership_graph
    from unikg.graph.store.oxigraph import OxigraphStore

    store = ox.Store()
    store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
    store.extend([ox.Quad(q.subject, q.predicate, q.object) for q in store])  # the union, as OxigraphStore.open
    networks = Networks.from_store(OxigraphStore(store), evidence=False)
    graph = partnership_graph(Projection.from_store(OxigraphStore(store)))
    return networks, graph, max(graph, key=lambda n: (graph.degree(n), n))


def render_seconds(browser, target: Path | str) -> tuple[float, int, list[str]]:
    """Navigation to drawn, the nodes drawn, and the console errors."""
    context = browser.new_context(viewport={"width": 1400, "height": 850})
    tab = context.new_page()
    errors: list[str] = []
    tab.on("console", lambda message: message.type == "error" and errors.append(message.text))
    tab.on("pageerror", lambda error: errors.append(str(error)))
    start = time.perf_counter()
    tab.goto(target if isinstance(target, str) else target.as_uri())
    tab.wait_for_function("document.body.dataset.stable === 'true'", timeout=60_000, polling=10)
    seconds = time.perf_counter() - start
    drawn = tab.evaluate("network.body.data.nodes.length")
    context.close()
    return seconds, drawn, errors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--partners", type=int, default=520)
    parser.add_argument("--nq", type=Path, help="also the top hub of this synthetic N-Quads file")
    parser.add_argument("--server", help="only the ego pages of this running server (e.g. http://127.0.0.1:8791)")
    parser.add_argument("--hub", help="with --server: the organisation whose ego pages are drawn")
    args = parser.parse_args()
    if args.server:
        return served(args.server.rstrip("/"), args.hub)
    settings = Settings.from_env({})
    options = ViewOptions(max_nodes=settings.viz_max_nodes, physics_max_nodes=settings.viz_physics_max_nodes)
    hub_networks = Networks(data=hub_data(args.partners))
    cases = [(f"synthetic hub, {args.partners} partners", hub_networks, hub_networks.network(), "hub")]
    if args.nq:
        start = time.perf_counter()
        networks, shape, hub = from_nquads(args.nq)
        print(f"loaded {args.nq.name} in {time.perf_counter() - start:.0f} s", flush=True)
        cases.append((f"{args.nq.stem}: top hub {hub}", networks, shape, hub))

    from playwright.sync_api import sync_playwright

    rows = []
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for name, networks, shape, hub in cases:  # the shape is built when the graph is loaded
            for depth in (1, 2):
                start = time.perf_counter()
                view = ego_view(networks, hub, depth=depth, options=options, whole=shape)
                html = page.render(view, inline=True, seed=networks.seed)
                generated = time.perf_counter() - start
                target = Path(folder) / f"ego-{depth}.html"
                target.write_text(html, encoding="utf-8")
                runs = [render_seconds(browser, target) for _ in range(REPEAT)]
                drawn, errors = runs[-1][1], runs[-1][2]
                rows.append((f"{name}, depth {depth}", f"{len(view.nodes)} of {view.total_nodes}", len(view.edges),
                             generated, statistics.median(r[0] for r in runs), len(html) / 1e6,
                             "ok" if drawn == len(view.nodes) and not errors else f"drawn {drawn}, {errors[:1]}"))
        browser.close()

    _table(f"unikg ego views: {platform.machine()}, Python {platform.python_version()}, "
           f"Chromium {CHROMIUM}; render = median of {REPEAT}, navigation to first drawing",
           ("view", "nodes", "links", "generate s", "render s", "page MB", "check"),
           [f"{what} | {nodes} | {links} | {generated:.2f} | {rendered:.2f} | {size:.1f} | {check}"
            for what, nodes, links, generated, rendered, size, check in rows])


def served(server: str, hub: str) -> None:
    """The ego pages of ``hub`` on a running server: the first request of each (timed alone),
    then navigation to drawn in Chromium, REPEAT times (each asks the server again)."""
    import httpx
    from playwright.sync_api import sync_playwright

    rows = []
    with httpx.Client(timeout=600) as client, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for depth in (1, 2):
            url = f"{server}/viz/ego/{hub}?depth={depth}"
            start = time.perf_counter()
            response = client.get(url)
            first = time.perf_counter() - start
            runs = [render_seconds(browser, url) for _ in range(REPEAT)]
            drawn, errors = runs[-1][1], runs[-1][2]
            rows.append((f"{hub}, depth {depth}", response.status_code, first, len(response.content) / 1e6,
                         statistics.median(r[0] for r in runs), drawn, errors))
        browser.close()
    _table(f"unikg ego views from {server}: {platform.machine()}, Python {platform.python_version()}, Chromium "
           f"{CHROMIUM}; render = median of {REPEAT}, navigation to first drawing (request included)",
           ("view", "status", "first request s", "page MB", "render s", "nodes drawn", "console errors"),
           [f"{what} | {status} | {first:.2f} | {size:.1f} | {rendered:.2f} | {drawn} | {len(errors)}"
            for what, status, first, size, rendered, drawn, errors in rows])


def _table(title: str, header: tuple[str, ...], lines: list[str]) -> None:
    print(title)
    print(" | ".join(header))
    print(" | ".join("---" for _ in header))
    for line in lines:
        print(line)


if __name__ == "__main__":
    main()
