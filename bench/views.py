"""Benchmark of ego views of a big hub: generation in Python, and drawing in Chromium.

A synthetic hub with 520 partners (linked among themselves like a grown network, each with
a few partners of its own, so that depth 2 passes the node cap) goes through the code the
CLI and the API run: ``ego_view`` (positions in Python: rings around the hub) and
``page.render`` (assets inlined). Each page is then opened from disk in Debian's headless
Chromium (Playwright), and the time from navigation to the page's readiness marker
(``document.body.dataset.stable``, set on vis-network's first ``afterDrawing``) is measured,
REPEAT times (median). With ``--nq`` the top hub of a synthetic N-Quads file (``unikg
synth``) is drawn too. Prints a table; figures go in bench/RESULTS.md.

    .venv/bin/python bench/views.py
    .venv/bin/python bench/views.py --nq bench/out/synth-1M-seed1.nq   # + the 1M graph's hub (~40 s to load)
"""

from __future__ import annotations

import argparse
import platform
import random
import statistics
import tempfile
import time
from pathlib import Path

from unikg.graph.analysis.build import Agreement, NetworkData, Organization
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
        Agreement(id=f"agreement-{n}", label=f"Agreement {n}", kinds=("cooperation agreement",),
                  signed_on="2024", parties=tuple(sorted(pair)), source="synthetic", source_label="Synthetic")
        for n, pair in enumerate(sorted(set(pairs)))
    ]
    return NetworkData(organizations=organizations, agreements=agreements)


def from_nquads(path: Path) -> tuple[Networks, str]:
    """The networks of an N-Quads file (in-memory Oxigraph) and its best-linked organisation."""
    import pyoxigraph as ox

    from unikg.graph.store.oxigraph import OxigraphStore

    store = ox.Store()
    store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
    store.extend([ox.Quad(q.subject, q.predicate, q.object) for q in store])  # the union, as OxigraphStore.open
    networks = Networks.from_store(OxigraphStore(store))
    graph = networks.network()
    return networks, max(graph, key=lambda n: (graph.degree(n), n))


def render_seconds(browser, target: Path) -> tuple[float, int, list[str]]:
    """Navigation to drawn, the nodes drawn, and the console errors."""
    context = browser.new_context(viewport={"width": 1400, "height": 850})
    tab = context.new_page()
    errors: list[str] = []
    tab.on("console", lambda message: message.type == "error" and errors.append(message.text))
    tab.on("pageerror", lambda error: errors.append(str(error)))
    start = time.perf_counter()
    tab.goto(target.as_uri())
    tab.wait_for_function("document.body.dataset.stable === 'true'", timeout=60_000, polling=10)
    seconds = time.perf_counter() - start
    drawn = tab.evaluate("network.body.data.nodes.length")
    context.close()
    return seconds, drawn, errors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--partners", type=int, default=520)
    parser.add_argument("--nq", type=Path, help="also the top hub of this synthetic N-Quads file")
    args = parser.parse_args()
    settings = Settings.from_env({})
    options = ViewOptions(max_nodes=settings.viz_max_nodes, physics_max_nodes=settings.viz_physics_max_nodes)
    cases = [(f"synthetic hub, {args.partners} partners", Networks(data=hub_data(args.partners)), "hub")]
    if args.nq:
        start = time.perf_counter()
        networks, hub = from_nquads(args.nq)
        print(f"loaded {args.nq.name} in {time.perf_counter() - start:.0f} s", flush=True)
        cases.append((f"{args.nq.stem}: top hub {hub}", networks, hub))

    from playwright.sync_api import sync_playwright

    rows = []
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for name, networks, hub in cases:
            networks.network()  # the network is built when the graph is loaded, not per view
            for depth in (1, 2):
                start = time.perf_counter()
                view = ego_view(networks, hub, depth=depth, options=options)
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

    print(f"unikg ego views: {platform.machine()}, Python {platform.python_version()}, "
          f"Chromium {CHROMIUM}; render = median of {REPEAT}, navigation to first drawing")
    header = ("view", "nodes", "links", "generate s", "render s", "page MB", "check")
    print(" | ".join(header))
    print(" | ".join("---" for _ in header))
    for what, nodes, links, generated, rendered, size, check in rows:
        print(f"{what} | {nodes} | {links} | {generated:.2f} | {rendered:.2f} | {size:.1f} | {check}")


if __name__ == "__main__":
    main()
