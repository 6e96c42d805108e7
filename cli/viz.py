"""``unikg viz``: a network view as a self-contained HTML page (works offline) or a PNG picture."""

from __future__ import annotations

import sys
from pathlib import Path

from unikg.graph.analysis.centrality import MEASURES
from unikg.graph.analysis.export import write_file
from unikg.graph.analysis.network_data import LAYERS, UNIT_MODES
from unikg.graph.analysis.networks import Networks
from unikg.graph.dataset import current
from unikg.graph.settings import Settings
from unikg.graph.snapshot import Snapshot
from unikg.viz import page, png
from unikg.viz.style import COLOR_BY
from unikg.viz.views import ViewOptions, alliance_view, ego_view, network_view

from . import output


def register(commands) -> None:
    p = commands.add_parser(
        "viz", help="draw the network: an HTML page that works offline, or a PNG (--png)",
        description="Write a view of the partnership network: the whole network, the ego network "
        "of an organisation (--ego) or an alliance with its members (--alliance).",
    )
    p.add_argument("-o", "--output", required=True, help="the file to write: .html, or .png with --png")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--ego", metavar="NAME", help="an organisation and its partners, e.g. XJTU")
    which.add_argument("--alliance", metavar="NAME", help="an alliance and its members, e.g. UANSR")
    p.add_argument("--depth", type=int, choices=[1, 2], default=1,
                   help="with --ego: partners (1, default) or also their partners (2)")
    p.add_argument("--png", action="store_true", help="write a PNG picture instead of a page")
    p.add_argument("--layer", action="append", choices=LAYERS, dest="layers",
                   help="links to draw, repeatable: agreements (default), alliances, events")
    p.add_argument("--units", choices=UNIT_MODES, default="rollup",
                   help="rollup (default): units count for their organisation; separate: own nodes")
    p.add_argument("--color", choices=COLOR_BY, default="kind", help="colour nodes by kind (default) or country")
    p.add_argument("--size", choices=MEASURES, default="degree", help="size nodes by a measure (default degree)")
    p.set_defaults(run=run_viz)


def run_viz(args, settings: Settings) -> int:
    store = current.opened(settings, progress=output.progress)
    networks = Networks.from_store(store, settings)
    options = ViewOptions(
        layers=tuple(args.layers or ("agreements",)), units=args.units, color_by=args.color,
        size_by=args.size, links="iri", max_nodes=settings.viz_max_nodes,
        physics_max_nodes=settings.viz_physics_max_nodes,
    )
    if args.ego:
        org = Snapshot(store, settings).names.resolve(args.ego, kinds=("Organization",))
        view = ego_view(networks, org.id, depth=args.depth, options=options)
    elif args.alliance:
        org = Snapshot(store, settings).names.resolve(args.alliance, kinds=("Organization",))
        view = alliance_view(networks, org.id, options=options)
    else:
        view = network_view(networks, options)
    target = Path(args.output)
    as_png = args.png or target.suffix.lower() == ".png"
    if as_png:
        data = png.render(view, seed=networks.seed)
    else:
        data = page.render(view, inline=True, seed=networks.seed).encode("utf-8")
    write_file(target, data)
    what = "PNG picture" if as_png else "HTML page (self-contained, works offline)"
    print(f"wrote {target}: {what}, {len(view.nodes)} organisations, {len(view.edges)} links", file=sys.stderr)
    for note in view.notes:
        print(f"note: {note}", file=sys.stderr)
    return 0
