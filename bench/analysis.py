"""Benchmark of the network analysis and the views on large networks: networkx beside the
fast path (igraph behind the same functions) for every measure.

A heavy-tailed network like a grown partnership network (networkx.barabasi_albert_graph:
25,000 organisations, m=2, seed 1) goes through the same code the CLI and the API run:
each measure (with the default settings: above 1,000 nodes betweenness and closeness are
estimated from 200 sampled sources), Louvain communities and brokers, each timed twice: with
networkx alone (the reference: the call the measure would be without the fast path) and with
unikg's functions (``graph/analysis/igraph_backend.py``), with the largest difference between the two
answers. Then the exact betweenness and closeness on a 2,500-node network of the same kind,
a shortest path, the exports, and ego views of the largest hub (depth 1 and 2, capped at
1,000 nodes, laid out in Python past 300) as pages and as a PNG. With ``--nq`` the measures
are also timed on the partnership network of a synthetic N-Quads file (``unikg synth``),
loaded into an in-memory Oxigraph store. Prints tables; figures go in bench/RESULTS.md.

    .venv/bin/python bench/analysis.py            # 25,000 nodes (about 3 minutes on 2 cores)
    .venv/bin/python bench/analysis.py --nodes 5000
    .venv/bin/python bench/analysis.py --nq bench/out/synth-1M-seed1.nq --only-measures
"""

from __future__ import annotations

import argparse
import platform
import resource
import time
from collections.abc import Callable
from pathlib import Path

import networkx as nx

from unikg.graph.analysis import export, igraph_backend
from unikg.graph.analysis.brokers import brokers
from unikg.graph.analysis.network_data import NetworkAgreement, NetworkData, Organization, partnership_network
from unikg.graph.analysis.centrality import MEASURES, compute
from unikg.graph.analysis.communities import communities
from unikg.graph.analysis.networks import Networks
from unikg.graph.analysis.paths import shortest_connection
from unikg.graph.analysis.precomputed import analyse
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
        NetworkAgreement(id=f"agreement-{i}", label=f"Agreement {i}", kinds=("cooperation agreement",),
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


def networkx_reference(graph: nx.Graph, what: str, *, seed: int, exact_max_nodes: int, samples: int):
    """What ``what`` costs with networkx alone: the call unikg made before the fast path."""
    estimate = graph.number_of_nodes() > exact_max_nodes and samples < graph.number_of_nodes()
    if what == "degree":
        return dict(graph.degree())
    if what == "weighted-degree":
        return dict(graph.degree(weight="weight"))
    if what == "betweenness":
        return nx.betweenness_centrality(graph, k=samples if estimate else None, seed=seed)
    if what == "closeness":
        if not estimate:
            return nx.closeness_centrality(graph)
        total, hits = dict.fromkeys(graph, 0), dict.fromkeys(graph, 0)  # BFS from the sources
        for source in igraph_backend.sampled_sources(graph, samples=samples, seed=seed):
            for node, distance in nx.single_source_shortest_path_length(graph, source).items():
                total[node] += distance
                hits[node] += distance > 0
        size = {n: len(piece) for piece in nx.connected_components(graph) for n in piece}
        n = graph.number_of_nodes()
        return {v: hits[v] / total[v] * (size[v] - 1) / (n - 1) if hits[v] else 0.0 for v in graph}
    if what == "eigenvector":  # ARPACK refuses a network in pieces: power iteration then
        try:
            return nx.eigenvector_centrality_numpy(graph, weight="weight")
        except nx.AmbiguousSolution:
            return nx.eigenvector_centrality(graph, weight="weight", max_iter=10000, tol=1e-10)
    if what == "pagerank":
        return nx.pagerank(graph, weight="weight")
    if what == "communities":
        return nx.community.louvain_communities(graph, weight="weight", seed=seed)
    return list(nx.articulation_points(graph)), list(nx.bridges(graph))


def side_by_side(graph: nx.Graph, options: dict, *, with_networkx: bool = True) -> list[tuple]:
    """(what, networkx s, unikg s, agreement) for every measure, communities and brokers."""
    rows = []
    fresh = nx.Graph(graph)  # nothing memoised yet: unikg's times include the igraph conversion
    for what in (*MEASURES, "communities", "brokers"):
        reference, seconds = None, None
        if with_networkx:
            start = time.perf_counter()
            reference = networkx_reference(fresh, what, **options)
            seconds = time.perf_counter() - start
        start = time.perf_counter()
        if what in MEASURES:
            found = compute(fresh, measure=what, **options)
        elif what == "communities":
            found = communities(fresh, seed=options["seed"])
        else:
            found = brokers(fresh)
        ours = time.perf_counter() - start
        rows.append((what, seconds, ours, _agreement(fresh, what, reference, found) if with_networkx else ""))
    return rows


def _agreement(graph: nx.Graph, what: str, reference, found) -> str:
    if what in MEASURES:
        worst = max(abs(found.values[n] - reference[n]) for n in graph)
        return f"max difference {worst:.1e}" + (f" (estimated, {found.samples} sources)" if found.approximate else "")
    if what == "communities":
        theirs = nx.community.modularity(graph, reference, weight="weight")
        return f"modularity {found.modularity:.3f} (networkx {theirs:.3f}); {len(found.communities)} communities"
    points, bridges = reference
    same = {p.id for p in found.articulation_points} == set(points) and \
        {(b.source, b.target) for b in found.bridges} == {tuple(sorted(e)) for e in bridges}
    return f"{len(points)} points, {len(bridges)} bridges; {'same' if same else 'DIFFERENT'}"


def print_side_by_side(title: str, rows: list[tuple]) -> None:
    print(f"\n{title}")
    print("| step | networkx s | unikg s | agreement |")
    print("|---|---:|---:|---|")
    for what, theirs, ours, note in rows:
        print(f"| {what} | {'' if theirs is None else f'{theirs:.2f}'} | {ours:.2f} | {note} |")
    print(f"| all of them | {sum(r[1] or 0 for r in rows):.2f} | {sum(r[2] for r in rows):.2f} | |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--nodes", type=int, default=25_000)
    parser.add_argument("--exact-nodes", type=int, default=2_500,
                        help="size of the network for the exact betweenness/closeness comparison")
    parser.add_argument("--nq", type=Path, help="also time the measures on this synthetic N-Quads file's network")
    parser.add_argument("--only-measures", action="store_true", help="only the networkx-beside-unikg tables")
    parser.add_argument("--no-networkx", action="store_true", help="time unikg's functions only")
    args = parser.parse_args()
    settings = Settings.from_env({})
    options = {"seed": settings.analysis_seed, "exact_max_nodes": settings.analysis_exact_max_nodes,
               "samples": settings.analysis_samples}
    print(f"machine: {platform.processor() or platform.machine()}, Python {platform.python_version()}, "
          f"networkx {nx.__version__}, igraph {igraph_backend.igraph.__version__}", flush=True)
    if args.nq:
        from views import from_nquads  # bench/views.py, beside this file

        start = time.perf_counter()
        networks, _ = from_nquads(args.nq)
        loaded = time.perf_counter() - start
        graph = networks.network()
        print_side_by_side(f"{args.nq.name} (loaded in {loaded:.0f} s): partnership network, "
                           f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges",
                           side_by_side(graph, options, with_networkx=not args.no_networkx))
    synthetic = partnership_network(synthetic_data(args.nodes))
    print_side_by_side(f"Barabási–Albert network: {synthetic.number_of_nodes()} nodes, "
                       f"{synthetic.number_of_edges()} edges",
                       side_by_side(synthetic, options, with_networkx=not args.no_networkx))
    if args.only_measures:
        return
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
    timed(rows, "every measure, communities, brokers (precomputed.analyse)", lambda: analyse(networks))
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
    print(f"\nunikg network analysis benchmark: {size}")
    width = max(len(r[0]) for r in rows)
    print(f"{'step'.ljust(width)}  {'seconds':>8}  note")
    print(f"{'-' * width}  {'-' * 8}  ----")
    for what, seconds, note in rows:
        print(f"{what.ljust(width)}  {seconds:8.2f}  {note}")
    print(f"peak memory (max RSS): {peak:.0f} MB")


if __name__ == "__main__":
    main()
