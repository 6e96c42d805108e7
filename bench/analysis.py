"""Benchmark of the network analysis and the views on a large synthetic network.

A heavy-tailed network like a grown partnership network (networkx.barabasi_albert_graph:
25,000 organisations, m=2, seed 1) goes through the same code the CLI and the API run:
each measure (with the default settings: above 1,000 nodes betweenness and closeness are
estimated from 200 sampled sources), the exact betweenness and closeness on a 2,500-node
network of the same kind for comparison, Louvain communities, brokers, a shortest path, the
exports, and ego views of the largest hub (depth 1 and 2, capped at 1,000 nodes, laid out in
Python past 300) as pages and as a PNG. Prints a table; figures go in bench/RESULTS.md.

    .venv/bin/python bench/analysis.py            # 25,000 nodes (about 2–3 minutes on 2 cores)
    .venv/bin/python bench/analysis.py --nodes 5000
"""

from __future__ import annotations

import argparse
import platform
import resource
import time
from collections.abc import Callable

import networkx as nx

from unikg.graph.analysis import export
from unikg.graph.analysis.brokers import brokers
from unikg.graph.analysis.build import Agreement, NetworkData, Organization, partnership_network
from unikg.graph.analysis.centrality import MEASURES, compute
from unikg.graph.analysis.communities import communities
from unikg.graph.analysis.networks import Networks
from unikg.graph.analysis.paths import shortest_connection
from unikg.graph.settings import Settings
from unikg.viz import page, png
from unikg.viz.views import ViewOptions, ego_view, network_view

KINDS = ("university", "research institute", "company", "school", "government body")
COUNTRIES = ("CN", "KZ", "DZ", "IT", "KR", "TH", "PK", "RU", "GB", "AU", "FI", "HK", "TJ", "KG", "FR")


def synthetic_data(nodes: int, *, seed: int = 1) -> NetworkData:
    """A Barabási–Albert network turned into organisations and bilateral agreements."""
    graph = nx.barabasi_albert_graph(nodes, 2, seed=seed)
    organizations = {
        f"org-{n}": Organization(id=f"org-{n}", name=f"Organisation {n}", short=f"O{n}",
                                 kinds=(KINDS[n % len(KINDS)],), country=COUNTRIES[n % len(COUNTRIES)],
                                 country_name=COUNTRIES[n % len(COUNTRIES)], parent=None, top=f"org-{n}")
        for n in graph
    }
    agreements = [
        Agreement(id=f"agreement-{i}", label=f"Agreement {i}", kinds=("cooperation agreement",),
                  signed_on="2024", parties=(f"org-{a}", f"org-{b}"), source="synthetic",
                  source_label="Synthetic article")
        for i, (a, b) in enumerate(graph.edges)
    ]
    return NetworkData(organizations=organizations, agreements=agreements)


def timed(rows: list, what: str, run: Callable, *, note: str = ""):
    start = time.perf_counter()
    result = run()
    rows.append((what, time.perf_counter() - start, note))
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--nodes", type=int, default=25_000)
    parser.add_argument("--exact-nodes", type=int, default=2_500,
                        help="size of the network for the exact betweenness/closeness comparison")
    args = parser.parse_args()
    settings = Settings.from_env({})
    rows: list[tuple[str, float, str]] = []

    if settings.dataset_path.exists():  # the seed graph, through the stores, as the build and API do
        from unikg.graph.analysis.writeback import add_analysis_graph
        from unikg.graph.store import open_store
        from unikg.graph.store.trig_file import read_dataset

        for engine in ("memory", "rdflib"):
            store = open_store(Settings.from_env({}, store=engine))
            seed = timed(rows, f"seed graph: network rows from the store ({engine})",
                         lambda s=store: Networks.from_store(s, settings))
            rows[-1] = (*rows[-1][:2], f"{seed.network().number_of_nodes()} organisations")
        dataset = read_dataset(settings.dataset_path)
        timed(rows, "seed graph: analysis graph (build step)", lambda: add_analysis_graph(dataset, seed=42))

    data = timed(rows, "synthetic data (networkx BA graph → rows)", lambda: synthetic_data(args.nodes))
    networks = Networks(data=data, seed=settings.analysis_seed, exact_max_nodes=settings.analysis_exact_max_nodes,
                        samples=settings.analysis_samples)
    graph = timed(rows, "partnership network from rows", lambda: networks.network())
    size = f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges"
    for measure in MEASURES:
        scores = timed(rows, f"centrality: {measure}", lambda m=measure: compute(graph, measure=m, **networks.options))
        rows[-1] = (*rows[-1][:2], f"estimated, {scores.samples} sources" if scores.approximate else "exact")
    partition = timed(rows, "communities (Louvain, seeded)", lambda: communities(graph, seed=networks.seed))
    rows[-1] = (*rows[-1][:2], f"{len(partition.communities)} communities, modularity {partition.modularity:.3f}")
    found = timed(rows, "brokers (articulation points, bridges)", lambda: brokers(graph))
    rows[-1] = (*rows[-1][:2], f"{len(found.articulation_points)} points, {len(found.bridges)} bridges")
    far = max(graph, key=lambda n: int(n.split("-")[1]))
    connection = timed(rows, "shortest connection (hub → newest node)",
                       lambda: shortest_connection(graph, source="org-0", target=far))
    rows[-1] = (*rows[-1][:2], f"{connection.length} hops")
    timed(rows, "export: CSV of every measure", lambda: export.measures_csv(graph, **networks.options))
    timed(rows, "export: GraphML", lambda: export.graphml(graph, **networks.options))
    timed(rows, "export: GEXF", lambda: export.gexf(graph, **networks.options))

    hub = max(graph, key=graph.degree)
    options = ViewOptions(max_nodes=settings.viz_max_nodes, physics_max_nodes=settings.viz_physics_max_nodes)
    for depth in (1, 2):
        view = timed(rows, f"ego view of the hub, depth {depth}", lambda d=depth: ego_view(networks, hub, depth=d, options=options))
        rows[-1] = (*rows[-1][:2], f"{len(view.nodes)} of {view.total_nodes} nodes, "
                    f"{'live physics' if view.physics else 'Python layout'}")
        html = timed(rows, f"  page (HTML, inline assets), depth {depth}", lambda v=view: page.render(v, inline=True))
        rows[-1] = (*rows[-1][:2], f"{len(html) / 1e6:.1f} MB")
    picture = timed(rows, "  PNG of the depth-2 ego view", lambda: png.render(view))
    rows[-1] = (*rows[-1][:2], f"{len(picture) / 1e3:.0f} KB")
    whole = timed(rows, "whole-network view (capped)", lambda: network_view(networks, options))
    rows[-1] = (*rows[-1][:2], f"{len(whole.nodes)} of {whole.total_nodes} nodes")

    small = partnership_network(synthetic_data(args.exact_nodes, seed=2))
    for measure in ("betweenness", "closeness"):
        timed(rows, f"exact {measure}, {args.exact_nodes} nodes", lambda m=measure: compute(small, measure=m))

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"unikg network analysis benchmark: {size}; {platform.processor() or platform.machine()}, "
          f"Python {platform.python_version()}, networkx {nx.__version__}")
    width = max(len(r[0]) for r in rows)
    print(f"{'step'.ljust(width)}  {'seconds':>8}  note")
    print(f"{'-' * width}  {'-' * 8}  ----")
    for what, seconds, note in rows:
        print(f"{what.ljust(width)}  {seconds:8.2f}  {note}")
    print(f"peak memory (max RSS): {peak:.0f} MB")


if __name__ == "__main__":
    main()
