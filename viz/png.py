"""A view as a static PNG picture, for reports and the README (matplotlib, Agg backend).

Same colours, sizes and edge styles as the HTML page; positions from ``layout`` (seeded), so
the same view gives the same picture. Labels are drawn for every node of a small
view, and for the 40 largest nodes of a larger one.

>>> from unikg.graph.analysis.network_data import NetworkData
>>> from unikg.graph.analysis.networks import Networks
>>> from .views import network_view
>>> render(network_view(Networks(data=NetworkData.example())))[:8]
b'\\x89PNG\\r\\n\\x1a\\n'
"""

from __future__ import annotations

import io

import networkx as nx

from . import layout, style
from .views import View

MAX_LABELS = 40
LINE_STYLES = {"agreements": "solid", "alliances": (0, (6, 4)), "events": (0, (1, 3)), "membership": "solid"}


def render(view: View, *, seed: int = 42, width: float = 10.0, height: float = 7.0, dpi: int = 100) -> bytes:
    """The PNG bytes of ``view``."""
    # matplotlib is imported here, not at the top: it costs ~0.6 s at every CLI and server start
    import matplotlib

    matplotlib.use("Agg")  # no display: render to memory
    from matplotlib.collections import LineCollection
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    graph = nx.Graph()
    for node in view.nodes:
        graph.add_node(node["id"])
    for edge in view.edges:
        graph.add_edge(edge["from"], edge["to"])
    if all("x" in n for n in view.nodes) and view.nodes:  # positions the view already has
        spots = {n["id"]: (n["x"], -n["y"]) for n in view.nodes}
    else:
        spots = layout.packed_positions(graph, seed=seed)

    figure = Figure(figsize=(width, height), dpi=dpi, layout="constrained")
    axes = figure.add_subplot()
    axes.set_axis_off()
    figure.suptitle(view.title, x=0.01, ha="left", fontsize=14, fontweight="bold")
    axes.set_title(view.subtitle, loc="left", fontsize=9, color="#5d6b7a")
    for relation in sorted({e["relation"] for e in view.edges}):  # one collection per line style
        edges = [e for e in view.edges if e["relation"] == relation]
        axes.add_collection(LineCollection(
            [(spots[e["from"]], spots[e["to"]]) for e in edges], colors=style.EDGE_STYLES[relation]["color"],
            linestyles=LINE_STYLES[relation], linewidths=[e.get("width", 1.2) for e in edges], alpha=0.7, zorder=1,
        ))
    ordered = sorted(view.nodes, key=lambda n: n["size"])
    shrink = min(1.0, 4.5 / max(1, len(view.nodes)) ** 0.5)  # smaller dots in a crowded picture
    axes.scatter(
        [spots[n["id"]][0] for n in ordered], [spots[n["id"]][1] for n in ordered],
        s=[(n["size"] * 0.9 * shrink) ** 2 for n in ordered], c=[n["color"]["background"] for n in ordered],
        marker="o", edgecolors=[_border(n, view) for n in ordered],
        linewidths=[2.5 if n["id"] == view.focus else 0.6 for n in ordered], zorder=2,
    )
    labelled = sorted(view.nodes, key=lambda n: -n["size"])[:MAX_LABELS]
    for node in labelled:
        x, y = spots[node["id"]]
        axes.annotate(node["label"], (x, y), xytext=(0, -(node["size"] * 0.45 * shrink + 5)), textcoords="offset points",
                      ha="center", va="top", fontsize=8.5, color="#1d2733", zorder=3,
                      bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.7})
    axes.margins(0.08)
    handles = [Line2D([], [], marker="o", linestyle="", markersize=8, markerfacecolor=e.color,
                      markeredgecolor=e.color, label=e.label) for e in view.legend]
    handles += [Line2D([], [], color=style.EDGE_STYLES[r]["color"], linestyle=LINE_STYLES[r], linewidth=2,
                       label=style.EDGE_STYLES[r]["label"]) for r in view.relations]
    if handles:
        axes.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=8.5)
    for note in view.notes[:2]:
        figure.text(0.01, 0.01, note, fontsize=8, color="#7a5d00")
    out = io.BytesIO()
    figure.savefig(out, format="png", dpi=dpi, metadata={"Software": None})
    return out.getvalue()


def _border(node: dict, view: View) -> str:
    return "#2c3e50" if node["id"] == view.focus else "white"
