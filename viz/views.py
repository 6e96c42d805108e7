"""What a view shows: the nodes and edges of the whole network, of an organisation's ego
network or of an alliance, styled, with tooltip data, a legend and what was left out.

A ``View`` is plain data (the nodes and edges in vis-network's format); ``page.render`` turns
it into a pyvis page and ``png.render`` into a picture. Views larger than ``max_nodes`` keep
their most central nodes (by the size measure, in the whole network) and say how many
organisations and links they left out; past ``physics_max_nodes`` the positions are computed
in Python (rings around the organisation for an ego view) and the browser does not simulate.
Every page states the node cap.

On a big graph the server keeps its networks without the agreements' quotes
(``Networks.from_store(evidence=False)``) and hands each view the shape of the whole network
(``whole``: the projection's graph, whose measures are computed once): the view chooses its
nodes on that shape, then reads the part they make (``Networks.part``: the agreements among
them, with their quotes); a node's tooltip lists its agreements from the networks' data. Its
page is the one the networks read whole give (tests/viz/test_parts.py).

>>> from unikg.graph.analysis.network_data import NetworkData
>>> from unikg.graph.analysis.networks import Networks
>>> view = network_view(Networks(data=NetworkData.example()))
>>> [n["id"] for n in view.nodes], [e["id"] for e in view.edges]
(['a', 'b', 'c'], ['a|b|agreements', 'b|c|agreements'])
"""

from __future__ import annotations

from dataclasses import dataclass, field

import networkx as nx

from unikg.graph.analysis.network_data import LAYERS, NetworkAgreement, node_attributes
from unikg.graph.analysis.centrality import MEASURES, check_measure, compute
from unikg.graph.analysis.networks import Networks
from unikg.graph.errors import NotFound, UserError
from unikg.graph.namespaces import document_iri

from . import layout, style

LINKS = ("local", "iri")  # article links: this server's /id/doc/… pages, or the IRIs
MAX_LISTED = 12  # agreements listed in a node's tooltip


@dataclass(frozen=True, kw_only=True)
class ViewOptions:
    layers: tuple[str, ...] = ("agreements",)
    units: str = "rollup"
    color_by: str = "kind"
    size_by: str = "degree"
    links: str = "local"
    max_nodes: int = 1000
    physics_max_nodes: int = 300

    def __post_init__(self):
        if self.color_by not in style.COLOR_BY:
            raise UserError(f"unknown colour scheme {self.color_by!r}; choose kind or country")
        check_measure(self.size_by)
        if self.links not in LINKS:
            raise UserError(f"links must be one of {', '.join(LINKS)}")
        if self.max_nodes < 1:
            raise UserError("the node cap must be at least 1")


@dataclass(kw_only=True)
class View:
    title: str
    subtitle: str
    nodes: list[dict]
    edges: list[dict]
    legend: list[style.LegendEntry]
    color_by: str
    size_by: str
    relations: list[str]  # the edge styles the view uses, for the legend
    physics: bool  # True: laid out live in the browser, then still
    total_nodes: int  # before the cap
    total_edges: int
    notes: list[str] = field(default_factory=list)
    focus: str | None = None  # the ego or the alliance
    max_nodes: int | None = None  # the node cap the view was made with

    @property
    def cap(self) -> str | None:
        """The node cap, as the page states it.

        >>> View(title="", subtitle="", nodes=[{}] * 3, edges=[], legend=[], color_by="kind",
        ...      size_by="degree", relations=[], physics=True, total_nodes=3, total_edges=0, max_nodes=1000).cap
        'Node cap: at most 1000 organisations are drawn (UNIKG_VIZ_MAX_NODES); all 3 are shown.'
        """
        if self.max_nodes is None:
            return None
        cap = f"Node cap: at most {self.max_nodes} organisations are drawn (UNIKG_VIZ_MAX_NODES)"
        if len(self.nodes) < self.total_nodes:  # the note below says what was left out
            return f"{cap}; {len(self.nodes)} of {self.total_nodes} are shown."
        return f"{cap}; all {len(self.nodes)} are shown."

    @property
    def counts(self) -> dict[str, int]:
        return {"nodes": len(self.nodes), "edges": len(self.edges),
                "total_nodes": self.total_nodes, "total_edges": self.total_edges}


def network_view(networks: Networks, options: ViewOptions = ViewOptions(), *, whole: nx.Graph | None = None) -> View:
    """The whole partnership network in the chosen layers (``whole``: that network's shape,
    if it is at hand; by default ``networks.network``)."""
    whole = _whole(networks, whole, options)
    return _view(networks, whole, whole, options, title="Partnership network", focus=None,
                 pinned=set(), extra_notes=[])


def ego_view(networks: Networks, org_id: str, *, depth: int = 1, options: ViewOptions = ViewOptions(),
             whole: nx.Graph | None = None) -> View:
    """An organisation, its partners (depth 1) and their partners (depth 2)."""
    if depth not in (1, 2):
        raise UserError(f"depth must be 1 or 2, not {depth}")
    node = networks.node_for(org_id, units=options.units)
    whole = _whole(networks, whole, options)
    notes = [node.note] if node.note else []
    noun = "partners" if depth == 1 else "partners and their partners"
    title = f"{node.name} and its {noun}"
    if node.id in whole:
        ball = set(nx.single_source_shortest_path_length(whole, node.id, cutoff=depth))
        return _view(networks, whole, whole, options, title=title, focus=node.id, pinned={node.id},
                     extra_notes=notes, within=ball)
    alone = nx.Graph()
    alone.add_node(node.id, **_lonely_node(networks, node.id))
    notes.append(f"{node.name} has no link in the {_layer_names(options.layers)}.")
    return _view(networks, whole, alone, options, title=title, focus=node.id, pinned={node.id},
                 extra_notes=notes, detail=lambda kept: (networks.part(kept, units=options.units), alone))


def alliance_view(networks: Networks, alliance_id: str, *, options: ViewOptions = ViewOptions(),
                  whole: nx.Graph | None = None) -> View:
    """An alliance, its member organisations, and the agreements among them (``whole``: the
    agreements network's shape, if it is at hand)."""
    data = networks.data
    alliances = {m.alliance for m in data.memberships} | {
        o.id for o in data.organizations.values() if o.kind in ("alliance", "intergovernmental organisation")
    }
    if alliance_id not in alliances:
        org = data.organizations.get(alliance_id)
        known = sorted(alliances)
        what = f"{org.name} ({alliance_id})" if org else repr(alliance_id)
        raise NotFound(f"{what} is not an alliance; the alliances are {', '.join(known)}", suggestions=known)
    alliance = data.organizations[alliance_id]
    options = ViewOptions(**{**options.__dict__, "layers": ("agreements",)})
    whole = _whole(networks, whole, options)
    memberships = [m for m in data.memberships if m.alliance == alliance_id]
    members = sorted({data.node_of(m.member, units=options.units) for m in memberships})

    def with_memberships(graph: nx.Graph, nodes, attributes) -> nx.Graph:
        """``graph`` with the members not in it, the alliance and the membership links."""
        for member in nodes:
            if member not in graph:
                graph.add_node(member, **attributes(member))
        graph.add_node(alliance_id, **attributes(alliance_id), alliance=True)
        for membership in memberships:
            member = data.node_of(membership.member, units=options.units)
            if member in graph:
                graph.add_edge(member, alliance_id, relations=["membership"], membership=membership, weight=1)
        return graph

    ball = with_memberships(whole.subgraph([m for m in members if m in whole]).copy(), members, lambda n: {})

    def detail(kept: set[str]) -> tuple[Networks, nx.Graph]:
        shown = [m for m in members if m in kept]
        part = networks.part(shown, units=options.units)
        local = part.network(layers=options.layers, units=options.units)
        linked = _induced(local, [m for m in shown if m in whole],
                          missing=lambda n: node_attributes(part.data, n, units=options.units))
        return part, with_memberships(linked, shown, lambda n: _lonely_node(part, n))

    notes = [] if memberships else [f"{alliance.name} has no member organisations in the graph "
                                    "(its members may be countries)."]
    return _view(networks, whole, ball, options, title=f"{alliance.name} and its members",
                 focus=alliance_id, pinned={alliance_id}, extra_notes=notes, detail=detail)


def _whole(networks: Networks, whole: nx.Graph | None, options: ViewOptions) -> nx.Graph:
    return whole if whole is not None else networks.network(layers=options.layers, units=options.units)


def _lonely_node(networks: Networks, node: str) -> dict:
    return node_attributes(networks.data, node, units="separate")


def _layer_names(layers) -> str:
    names = [style.EDGE_STYLES[layer]["label"] for layer in layers]
    return (names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]) + " network"


def _part(networks: Networks, kept: set[str], options: ViewOptions) -> tuple[Networks, nx.Graph]:
    """The networks of the part ``kept`` makes (``Networks.part``), and its graph: ``kept``
    (nodes of the whole network) and the links among them."""
    part = networks.part(kept, units=options.units)
    local = part.network(layers=options.layers, units=options.units)
    return part, _induced(local, kept, missing=lambda n: node_attributes(part.data, n, units=options.units))


def _induced(graph: nx.Graph, nodes, *, missing=None) -> nx.Graph:
    """A new graph of ``nodes`` (those of ``graph``; others with ``missing(node)``'s attributes)
    and the edges of ``graph`` among them, each in sorted order as ``partnership_network`` adds
    them: the layout computed on it does not depend on the order of a set."""
    chosen = sorted(n for n in nodes if n in graph or missing is not None)
    sub = nx.Graph(None, **graph.graph)
    sub.add_nodes_from((n, graph.nodes[n] if n in graph else missing(n)) for n in chosen)
    sub.add_edges_from(sorted((min(a, b), max(a, b), data) for a, b, data in graph.subgraph(chosen).edges(data=True)))
    return sub


def _view(networks: Networks, whole: nx.Graph, ball: nx.Graph, options: ViewOptions, *, title: str,
          focus: str | None, pinned: set[str], extra_notes: list[str], within: set[str] | None = None,
          detail=None) -> View:
    """The view of ``ball`` (the nodes ``within`` it, if given, and the links among them),
    capped at ``options.max_nodes`` by the measure's scores in ``whole`` (the network's
    shape); ``detail(kept)`` gives the networks and the graph of what is drawn."""
    scores = compute(whole, measure=options.size_by, **networks.options).values
    kept = set(within) if within is not None else set(ball)
    total_nodes, total_edges = len(kept), _links(ball, kept)
    notes = list(extra_notes)
    if total_nodes > options.max_nodes:
        ranked = sorted((n for n in kept if n not in pinned), key=lambda n: (-scores.get(n, 0), n))
        kept = set(pinned) | set(ranked[:max(0, options.max_nodes - len(pinned))])
        notes.append(
            f"Showing the {len(kept)} most central of {total_nodes} organisations "
            f"(by {options.size_by}): {total_nodes - len(kept)} organisations and "
            f"{total_edges - _links(ball, kept)} links left out."
        )
    part, sub = detail(kept) if detail is not None else _part(networks, kept, options)
    physics = sub.number_of_nodes() <= options.physics_max_nodes
    if physics:
        spots = {}
    elif focus is not None:  # an ego or alliance view: rings around it
        spots = layout.radial_positions(sub, focus=focus)
    else:
        spots = layout.positions(sub, seed=networks.seed)
    if not physics:
        notes.append(f"{sub.number_of_nodes()} nodes: laid out in Python (more than "
                     f"{options.physics_max_nodes}), so the browser does not simulate.")

    carried = networks.data.agreements_of(sub, units=options.units) if "agreements" in options.layers else {}
    values = [scores.get(n, 0) for n in sub if n in whole]
    low, high = (min(values), max(values)) if values else (0, 0)
    key = (lambda n: sub.nodes[n].get("kind")) if options.color_by == "kind" else (lambda n: sub.nodes[n].get("country"))
    colors = style.palette([key(n) for n in sub], by=options.color_by)
    nodes = []
    for node in sorted(sub):
        data = sub.nodes[node]
        value = scores.get(node)
        if value is not None:
            size = style.node_size(value, low=low, high=high)
        else:  # not in the network (an alliance, a member without partners)
            size = 30.0 if node == focus else style.node_size(0, low=0, high=1)
        color = colors.get(key(node) or "", style.UNKNOWN)
        entry = {
            "id": node,
            "label": _label(data.get("short") or node),
            "shape": "diamond" if data.get("alliance") else "dot",
            "size": size,
            "color": {"background": color, "border": "#2c3e50" if node == focus else color,
                      "highlight": {"background": color, "border": "#111111"},
                      "hover": {"background": color, "border": "#111111"}},
            "borderWidth": 4 if node == focus else 1,
            "font": {"size": 16 if node == focus else 13, "color": "#1d2733",
                     "strokeWidth": 3, "strokeColor": "#ffffff"},
            "kind": data.get("kind") or "organisation",
            "country": data.get("country") or "",
            "countryName": data.get("country_name") or "",
            "info": _node_info(networks, node, data, options, value, carried.get(node, [])),
        }
        if node in spots:
            entry["x"], entry["y"] = spots[node]
        nodes.append(entry)

    edges = []
    for a, b in sorted(tuple(sorted(e)) for e in sub.edges):
        data = sub.edges[a, b]
        for relation in data.get("relations", []):
            edges.append(_edge(part, a, b, relation, data, options))
    legend_labels = {k: k for k in colors} if options.color_by == "kind" else {
        sub.nodes[n].get("country"): sub.nodes[n].get("country_name") or sub.nodes[n].get("country")
        for n in sub if sub.nodes[n].get("country")
    }
    legend = [style.LegendEntry(key=k, label=legend_labels.get(k, k), color=c) for k, c in colors.items()]
    legend.sort(key=lambda e: e.label.casefold())
    relations = [r for r in (*LAYERS, "membership") if any(e["relation"] == r for e in edges)]
    subtitle = (f"{_layer_names(options.layers)}, units {'rolled up' if options.units == 'rollup' else 'separate'}"
                f" · {len(nodes)} organisations, {len(edges)} links · size: {options.size_by}"
                f" · colour: {options.color_by}")
    return View(title=title, subtitle=subtitle, nodes=nodes, edges=edges, legend=legend,
                color_by=options.color_by, size_by=options.size_by, relations=relations,
                physics=physics, total_nodes=total_nodes, total_edges=total_edges, notes=notes,
                focus=focus, max_nodes=options.max_nodes)


def _label(text: str, limit: int = 26) -> str:
    """A node's label on the picture: long names shortened (the tooltip has them whole).

    >>> _label("International University of Innovation Technologies")
    'International University…'
    """
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:-") + "…"


def _links(graph: nx.Graph, nodes: set) -> int:
    """Links as drawn among ``nodes``: one per relation between two nodes (an agreement and an
    event: two); read from the adjacency, since a subgraph view is slow to walk."""
    adjacency = graph.adj
    return sum(len(data.get("relations", [])) for a in nodes if a in adjacency
               for b, data in adjacency[a].items() if b in nodes and a < b)


def _node_info(networks: Networks, node: str, data: dict, options: ViewOptions, value: float | None,
               carried: list[NetworkAgreement]) -> dict:
    """What the tooltip of a node says (plain data; the page escapes it): among the rest, the
    agreements its links carry in the whole network (``carried``)."""
    agreements = {agreement.id: agreement for agreement in carried}
    listed = sorted(agreements.values(), key=lambda a: (a.signed_on or "", a.label))
    units = [networks.data.organizations[u].name for u in data.get("units", []) if u in networks.data.organizations]
    return {
        "name": data.get("name", node),
        "id": node,
        "kind": data.get("kind") or "organisation",
        "country": data.get("country_name") or "",
        "units": units,
        "measure": options.size_by,
        "value": round(float(value), 4) if value is not None else None,
        "agreements": [{"label": a.label, "kinds": list(a.kinds), "date": a.signed_on or ""}
                       for a in listed[:MAX_LISTED]],
        "more": max(0, len(listed) - MAX_LISTED),
    }


def _edge(networks: Networks, a: str, b: str, relation: str, data: dict, options: ViewOptions) -> dict:
    look = style.EDGE_STYLES[relation]
    count = {"agreements": len(data.get("agreements", [])), "alliances": len(data.get("alliances", [])),
             "events": len(data.get("events", []))}.get(relation, 1)
    entry = {
        "id": f"{a}|{b}|{relation}",
        "from": a,
        "to": b,
        "relation": relation,
        "color": {"color": look["color"], "highlight": "#111111", "hover": "#111111", "opacity": 0.85},
        "dashes": look["dashes"],
        "width": style.edge_width(count) if relation == "agreements" else 1.2,
        "info": _edge_info(networks, relation, data, options),
    }
    if relation == "alliances":
        entry["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": 0.18}
    elif relation == "events":
        entry["smooth"] = {"enabled": True, "type": "curvedCCW", "roundness": 0.18}
    else:
        entry["smooth"] = False
    return entry


def _edge_info(networks: Networks, relation: str, data: dict, options: ViewOptions) -> dict:
    """What the tooltip of an edge says: the agreements with their evidence and article."""
    info: dict = {"relation": style.EDGE_STYLES[relation]["label"]}
    if relation == "agreements":
        info["agreements"] = [{
            "label": a.label, "kinds": list(a.kinds), "date": a.signed_on or "",
            "parties": list(a.parties),
            "quote": a.evidence.quote if a.evidence else "",
            "source": a.evidence.source_label if a.evidence else a.source_label,
            "href": _article_href(a.evidence.source if a.evidence else a.source, options.links),
        } for a in data.get("agreements", [])]
    elif relation == "alliances":
        orgs = networks.data.organizations
        info["items"] = [f"both members of {orgs[a].name if a in orgs else a}" for a in data.get("alliances", [])]
    elif relation == "events":
        events = {e.id: e for e in networks.data.events}
        info["items"] = [
            "both at " + (events[e].label + (f" ({events[e].date})" if events[e].date else "") if e in events else e)
            for e in data.get("events", [])
        ]
    else:
        membership = data["membership"]
        evidence = membership.evidence
        info["membership"] = {
            "quote": evidence.quote if evidence else "",
            "source": evidence.source_label if evidence else "registry (reference data)",
            "href": _article_href(evidence.source, options.links) if evidence else "",
        }
    return info


def _article_href(document: str, links: str) -> str:
    return f"/id/doc/{document}" if links == "local" else str(document_iri(document))


__all__ = ["LINKS", "MEASURES", "View", "ViewOptions", "alliance_view", "ego_view", "network_view"]
