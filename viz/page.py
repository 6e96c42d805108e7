"""A view as an HTML page: a pyvis ``Network`` rendered with our own template.

pyvis's templates load vis-network and Bootstrap from CDNs whatever ``cdn_resources`` says;
ours (``viz/templates/view.html``) uses the vis-network build vendored in ``viz/static/``
and a small script of ours (``view.js``: tooltips, search, filters), either **inlined** (a
file that works offline, opened from disk) or **served** by the API from ``/viz/static/``.
The page makes no request to any other host.

>>> from unikg.graph.analysis.network_data import NetworkData
>>> from unikg.graph.analysis.networks import Networks
>>> from .views import network_view
>>> import re
>>> html = render(network_view(Networks(data=NetworkData.example())), inline=True)
>>> re.findall(r'(?:src|href)="(?:https?:)?//', html), "<script src=" in html, "new vis.Network" in html
([], False, True)
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from . import style
from .views import View

if TYPE_CHECKING:
    from pyvis.network import Network

FOLDER = Path(__file__).resolve().parent
TEMPLATES = FOLDER / "templates"
STATIC = FOLDER / "static"
ASSETS = ("vis-network.min.js", "vis-network.min.css", "view.js", "view.css")
MEDIA_TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8"}


@cache
def asset(name: str) -> Markup:
    """A vendored asset's text, safe to inline: it cannot close its <script>/<style> element."""
    if name not in ASSETS:
        raise KeyError(name)
    return inlinable(name, (STATIC / name).read_text(encoding="utf-8"))


def inlinable(name: str, text: str) -> Markup:
    """``text`` marked safe for a <script> (``.js``) or <style> element, or ValueError.

    >>> inlinable("x.js", "var a = '</script>';")
    Traceback (most recent call last):
    ...
    ValueError: x.js contains </script: it cannot be inlined
    """
    closing = "</script" if name.endswith(".js") else "</style"
    if closing in text.lower():
        raise ValueError(f"{name} contains {closing}: it cannot be inlined")
    return Markup(text)


def options(view: View, *, seed: int = 42) -> dict:
    """vis-network options: live physics until stable (then the page turns it off), or none
    when positions came from Python."""
    physics = {
        "enabled": True,
        "solver": "forceAtlas2Based",
        "forceAtlas2Based": {"gravitationalConstant": -75, "centralGravity": 0.012,
                             "springLength": 120, "springConstant": 0.06, "avoidOverlap": 0.5},
        "stabilization": {"enabled": True, "iterations": 700, "updateInterval": 50, "fit": True},
    } if view.physics else {"enabled": False}
    return {
        "autoResize": True,
        "nodes": {"shape": "dot", "borderWidth": 1},
        "edges": {"selectionWidth": 2, "hoverWidth": 0.6},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": len(view.edges) > 2000,
                        "keyboard": False, "multiselect": False},
        "layout": {"randomSeed": seed, "improvedLayout": len(view.nodes) <= 150},
        "physics": physics,
    }


def network(view: View, *, seed: int = 42, height: str = "100%") -> Network:
    """The pyvis Network of a view, with our template."""
    from pyvis.network import Network  # imported here: it costs a server 0.14 s of start-up

    net = Network(height=height, width="100%", directed=False, heading=view.title)
    for node in view.nodes:
        net.add_node(node["id"], **{k: v for k, v in node.items() if k != "id"})
    # pyvis's add_edge keeps one edge per pair (and scans every edge for it); a view draws
    # one edge per relation between two organisations, so they go in as vis-network dicts
    net.edges.extend(dict(edge) for edge in view.edges)
    net.options = options(view, seed=seed)
    net.set_template_dir(str(TEMPLATES) + "/", "view.html")
    # pyvis's own environment does not escape; ours does (every value from the graph is data)
    net.templateEnv = Environment(
        loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(default=True),
        trim_blocks=True, lstrip_blocks=True,
    )
    return net


def render(view: View, *, inline: bool, static: str = "/viz/static", png_href: str | None = None,
           seed: int = 42) -> str:
    """The page's HTML: assets inlined (``inline=True``) or linked under ``static``."""
    net = network(view, seed=seed)
    net.templateEnv.globals["page"] = {
        "title": view.title,
        "subtitle": view.subtitle,
        "notes": view.notes,
        "cap": view.cap,
        "legend": view.legend,
        "color_by": view.color_by,
        "size_by": view.size_by,
        "relations": view.relations,
        "edge_styles": style.EDGE_STYLES,
        "focus": view.focus,
        "counts": view.counts,
        "inline": inline,
        "static": static.rstrip("/"),
        "png_href": png_href,
        "assets": {name: asset(name) for name in ASSETS} if inline else {},
    }
    return net.generate_html()
