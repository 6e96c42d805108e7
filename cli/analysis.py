"""``unikg centrality``, ``unikg communities``, ``unikg path``, ``unikg brokers``, ``unikg export``."""

from __future__ import annotations

import sys
from pathlib import Path

from unikg.graph.analysis.brokers import brokers
from unikg.graph.analysis.centrality import DESCRIPTIONS, MEASURES, compute, ranking
from unikg.graph.analysis.communities import communities
from unikg.graph.analysis.export import FORMATS, write_export
from unikg.graph.analysis.network_data import LAYERS, UNIT_MODES
from unikg.graph.analysis.networks import Networks
from unikg.graph.analysis.paths import shortest_connection
from unikg.graph.dataset import current
from unikg.graph.settings import Settings
from unikg.graph.snapshot import Snapshot

from . import output


def register(commands) -> None:
    p = commands.add_parser("centrality", help="organisations ranked by a centrality measure")
    p.add_argument("--measure", choices=MEASURES, default="pagerank", help="the measure (default pagerank)")
    p.add_argument("--top", type=_count, default=10, help="how many to list (default 10; 0 = all)")
    _network_options(p)
    _formats(p)
    p.set_defaults(run=run_centrality)

    p = commands.add_parser("communities", help="communities of the network (seeded Louvain)")
    _network_options(p)
    _formats(p)
    p.set_defaults(run=run_communities)

    p = commands.add_parser("path", help="the shortest connection between two organisations")
    p.add_argument("source", help="slug, acronym or any spelling, e.g. ENSIA")
    p.add_argument("target", help="slug, acronym or any spelling, e.g. KazNU")
    _network_options(p)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(run=run_path)

    p = commands.add_parser("brokers", help="articulation points and bridges of the network")
    _network_options(p)
    _formats(p)
    p.set_defaults(run=run_brokers)

    p = commands.add_parser("export", help="the network as GraphML or GEXF, or its measures as CSV")
    p.add_argument("--format", choices=FORMATS, required=True, help="graphml, gexf (Gephi) or csv (measures)")
    p.add_argument("-o", "--output", required=True, help="the file to write (written atomically)")
    p.add_argument("--network", choices=["partnership", "alliances"], default="partnership",
                   help="partnership (default) or alliances (the bipartite organisation–alliance network)")
    _network_options(p)
    p.set_defaults(run=run_export)


def _count(text: str) -> int:
    import argparse

    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError("give 0 (all) or more")
    return value


def _network_options(parser) -> None:
    parser.add_argument(
        "--layer", action="append", choices=LAYERS, dest="layers",
        help="links to use, repeatable: agreements (default), alliances (co-membership), "
        "events (co-participation)",
    )
    parser.add_argument(
        "--units", choices=UNIT_MODES, default="rollup",
        help="rollup (default): a unit's links count for its organisation; separate: units are nodes",
    )


def _formats(parser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--json", action="store_true", help="print JSON (each entity with id and name)")
    group.add_argument("--csv", action="store_true", help="print CSV")


def _networks(settings: Settings) -> tuple[Networks, object]:
    store = current.opened(settings, progress=output.progress)
    return Networks.from_store(store, settings), store


def _describe(graph) -> str:
    layers = ", ".join(graph.graph["layers"])
    units = "units rolled up" if graph.graph["units"] == "rollup" else "units separate"
    return (f"network: {layers} ({units}); {graph.number_of_nodes()} organisations, "
            f"{graph.number_of_edges()} links")


def run_centrality(args, settings: Settings) -> int:
    networks, _ = _networks(settings)
    graph = networks.network(layers=args.layers, units=args.units)
    scores = compute(graph, measure=args.measure, **networks.options)
    ranked = ranking(graph, scores, top=args.top or None)
    if args.json:
        output.print_json({
            "measure": args.measure, "description": DESCRIPTIONS[args.measure],
            "layers": graph.graph["layers"], "units": args.units, "nodes": graph.number_of_nodes(),
            "approximate": scores.approximate, "samples": scores.samples, "ranking": ranked,
        })
        return 0
    rows = [[r.rank, r.id, r.name, _number(r.value, counts=args.measure in ("degree", "weighted-degree"))]
            for r in ranked]
    headers = ["rank", "id", "organisation", args.measure]
    if args.csv:
        output.print_csv(headers, rows)
        return 0
    print(f"{args.measure}: {DESCRIPTIONS[args.measure]}")
    print(_describe(graph) + (f"; estimated from {scores.samples} sampled sources" if scores.approximate else ""))
    print(output.table(headers, rows))
    return 0


def _number(value: float, *, counts: bool) -> str:
    return str(int(value)) if counts else f"{value:.4f}"


def run_communities(args, settings: Settings) -> int:
    networks, _ = _networks(settings)
    graph = networks.network(layers=args.layers, units=args.units)
    partition = communities(graph, seed=networks.seed)
    name = {n: graph.nodes[n]["name"] for n in graph}
    if args.json:
        output.print_json({
            "layers": graph.graph["layers"], "units": args.units, "seed": partition.seed,
            "modularity": partition.modularity,
            "communities": [{"number": c.number, "size": len(c.members),
                             "members": [{"id": m, "name": name[m]} for m in c.members]}
                            for c in partition.communities],
        })
        return 0
    rows = [[c.number, len(c.members), [f"{name[m]} ({m})" for m in c.members]] for c in partition.communities]
    if args.csv:
        output.print_csv(["community", "id", "name"],
                         [[c.number, m, name[m]] for c in partition.communities for m in c.members])
        return 0
    print(f"{_describe(graph)}; {len(rows)} communities, modularity {partition.modularity:.3f} "
          f"(Louvain, seed {partition.seed})")
    print(output.table(["community", "size", "members"], rows, width=400))
    return 0


def run_path(args, settings: Settings) -> int:
    networks, store = _networks(settings)
    index = Snapshot(store, settings).names
    ends = [index.resolve(text, kinds=("Organization",)) for text in (args.source, args.target)]
    nodes = [networks.node_for(e.id, units=args.units) for e in ends]
    graph = networks.network(layers=args.layers, units=args.units)
    found = shortest_connection(graph, source=nodes[0].id, target=nodes[1].id)
    names = {n: graph.nodes[n]["name"] for n in graph}
    names.update({n.id: n.name for n in nodes})
    notes = [n.note for n in nodes if n.note]
    if args.json:
        output.print_json({
            "source": {"id": nodes[0].id, "name": nodes[0].name},
            "target": {"id": nodes[1].id, "name": nodes[1].name},
            "connected": found.connected, "length": found.length, "layers": found.layers,
            "reason": found.reason, "notes": notes,
            "hops": [{"source": {"id": h.source, "name": names[h.source]},
                      "target": {"id": h.target, "name": names[h.target]},
                      "agreements": h.agreements, "alliances": h.alliances, "events": h.events}
                     for h in found.hops],
        })
        return 0
    for note in notes:
        print(f"note: {note}")
    head = f"{names[found.source]} ({found.source}) → {names[found.target]} ({found.target})"
    if not found.connected:
        print(f"{head}: not connected: {found.reason} (layers searched: {', '.join(found.layers)})")
        others = [layer for layer in LAYERS if layer not in found.layers]
        if others:
            print("try more layers: " + " ".join(f"--layer {layer}" for layer in [*found.layers, *others]))
        return 0
    print(f"{head}: {found.length} hop{'s' if found.length != 1 else ''} "
          f"(layers: {', '.join(found.layers)})")
    for number, hop in enumerate(found.hops, start=1):
        print(f"{number}. {names[hop.source]} ({hop.source}) — {names[hop.target]} ({hop.target})")
        for agreement in hop.agreements:
            details = ", ".join(x for x in (*agreement.kinds, _signed(agreement.signed_on), agreement.source) if x)
            signer = [p for p in agreement.parties if p not in (hop.source, hop.target)]
            via = f"; signed by {', '.join(_name(networks, p) for p in signer)}" if signer else ""
            print(f"   agreement: {agreement.label} ({details}{via})")
        for alliance in hop.alliances:
            print(f"   both members of {networks.data.organizations[alliance].name} ({alliance})")
        for event in hop.events:
            label = next(e.label for e in networks.data.events if e.id == event)
            print(f"   both at {label} ({event})")
    return 0


def _name(networks: Networks, org_id: str) -> str:
    org = networks.data.organizations.get(org_id)
    return org.name if org else org_id


def _signed(date: str | None) -> str:
    return f"signed {date}" if date else ""


def run_brokers(args, settings: Settings) -> int:
    networks, _ = _networks(settings)
    graph = networks.network(layers=args.layers, units=args.units)
    found = brokers(graph)
    name = {n: graph.nodes[n]["name"] for n in graph}
    if args.json:
        output.print_json({
            "layers": graph.graph["layers"], "units": args.units,
            "articulation_points": found.articulation_points,
            "bridges": [{"source": {"id": b.source, "name": name[b.source]},
                         "target": {"id": b.target, "name": name[b.target]},
                         "weight": b.weight, "relations": b.relations} for b in found.bridges],
        })
        return 0
    points = [[p.id, p.name, p.pieces, p.cut_off] for p in found.articulation_points]
    bridges = [[b.source, b.target, b.weight, b.relations] for b in found.bridges]
    if args.csv:
        output.print_csv(["kind", "a", "b", "pieces_or_weight", "cut_off_or_relations"],
                         [["articulation point", p[0], "", p[2], p[3]] for p in points]
                         + [["bridge", b[0], b[1], b[2], b[3]] for b in bridges])
        return 0
    print(_describe(graph))
    print(f"\narticulation points ({len(points)}): without one, its part of the network splits")
    print(output.table(["id", "organisation", "pieces", "cut off"], points))
    print(f"\nbridges ({len(bridges)}): links whose removal splits the network")
    print(output.table(["a", "b", "weight", "relations"], bridges))
    return 0


def run_export(args, settings: Settings) -> int:
    networks, _ = _networks(settings)
    if args.network == "alliances":
        graph = networks.alliances(units=args.units)
    else:
        graph = networks.network(layers=args.layers, units=args.units)
    size = write_export(graph, Path(args.output), format=args.format, **networks.options)
    print(f"wrote {args.output}: {args.format}, {graph.number_of_nodes()} nodes, "
          f"{graph.number_of_edges()} edges, {size} bytes", file=sys.stderr)
    return 0
