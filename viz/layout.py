"""Positions computed in Python, for views too large to lay out live in the browser.

Past ``UNIKG_VIZ_PHYSICS_MAX_NODES`` nodes the browser's force simulation takes long and
jitters; the view then gets fixed positions and physics stays off: an ego view gets
``radial_positions`` (the organisation in the middle, its partners on rings around it, their
partners on rings further out: milliseconds for a thousand nodes), any other view igraph's
seeded Fruchterman–Reingold layout (a fraction of a second for a thousand nodes).

>>> import networkx as nx
>>> spots = positions(nx.path_graph(3), seed=1)
>>> sorted(spots), all(isinstance(x, float) for x, _ in spots.values())
([0, 1, 2], True)
"""

from __future__ import annotations

import math
from collections import deque

import networkx as nx
import numpy as np

from unikg.graph.analysis import igraph_backend


def positions(graph: nx.Graph, *, seed: int = 42, spacing: float = 90.0) -> dict:
    """Node → (x, y) in canvas pixels: ``packed_positions`` scaled so that a piece of n nodes
    spans about ``spacing`` × √n pixels."""
    return {node: (round(x * spacing, 1), round(y * spacing, 1))
            for node, (x, y) in packed_positions(graph, seed=seed).items()}


def radial_positions(graph: nx.Graph, *, focus, spacing: float = 46.0, gap: float = 70.0) -> dict:
    """Node → (x, y): ``focus`` at the centre, nodes at hop distance 1 on the first rings, at
    distance 2 (or unreached) on rings further out; neighbours ``spacing`` pixels apart along
    a ring, rings ``gap`` pixels apart, each ring as full as its circumference allows.

    Partners are ordered so that linked ones sit side by side (breadth-first through the
    view without the focus, each piece after the previous one, largest first); each node of
    the outer rings is placed in the order of the angle of its partners on the inner rings,
    so it sits outside them.

    >>> spots = radial_positions(nx.star_graph(4), focus=0)
    >>> spots[0], sorted(round(math.hypot(*spots[n])) for n in range(1, 5))
    ((0.0, 0.0), [70, 70, 70, 70])
    """
    if focus not in graph:
        return positions(graph)
    hops = nx.single_source_shortest_path_length(graph, focus, cutoff=2)
    inner = _linked_order(graph, [n for n in graph if hops.get(n) == 1], exclude=focus)
    spots = {focus: (0.0, 0.0)}
    radius = _place_on_rings(inner, spots, start=gap, spacing=spacing, gap=gap)
    angle = {n: math.atan2(y, x) for n, (x, y) in spots.items() if n != focus}

    def outer_key(node):
        around = [angle[m] for m in graph[node] if m in angle]
        if not around:
            return (1, 0.0, str(node))  # not linked to the inner rings: last
        mean = math.atan2(sum(math.sin(a) for a in around), sum(math.cos(a) for a in around))
        return (0, mean, str(node))

    outer = sorted((n for n in graph if n not in spots), key=outer_key)
    _place_on_rings(outer, spots, start=radius + gap * 1.5, spacing=spacing, gap=gap)
    return spots


def _linked_order(graph: nx.Graph, nodes: list, *, exclude) -> list:
    """``nodes`` in breadth-first order through their links (not via ``exclude``): each piece
    from its best-linked node, pieces largest first, ties by id."""
    chosen = set(nodes)
    degree = {n: sum(1 for m in graph[n] if m in chosen) for n in nodes}
    order, seen = [], set()
    pieces = []
    for start in sorted(nodes, key=lambda n: (-degree[n], str(n))):
        if start in seen:
            continue
        piece, queue = [], deque([start])
        seen.add(start)
        while queue:
            node = queue.popleft()
            piece.append(node)
            for other in sorted((m for m in graph[node] if m in chosen and m not in seen and m != exclude),
                                key=lambda m: (-degree[m], str(m))):
                seen.add(other)
                queue.append(other)
        pieces.append(piece)
    for piece in sorted(pieces, key=lambda p: -len(p)):  # stable: ties keep their order
        order.extend(piece)
    return order


def _place_on_rings(nodes: list, spots: dict, *, start: float, spacing: float, gap: float) -> float:
    """Put ``nodes`` in order on rings from radius ``start`` outwards; the last radius used."""
    radius, placed = start, 0
    while placed < len(nodes):
        room = max(6, int(2 * math.pi * radius / spacing))
        ring = nodes[placed:placed + room]
        if placed + room >= len(nodes):  # the last ring: spread what is left evenly
            room = len(ring)
        turn = (len(spots) % 7) * 0.13  # rings start at different angles: no radial lines
        for i, node in enumerate(ring):
            a = turn + 2 * math.pi * i / room
            spots[node] = (round(radius * math.cos(a), 1), round(radius * math.sin(a), 1))
        placed += len(ring)
        radius += gap
    return radius - gap


def packed_positions(graph: nx.Graph, *, seed: int = 42) -> dict:
    """Positions for a picture or a page: each connected piece laid out on its own by igraph
    (Kamada–Kawai up to 200 nodes; above, Fruchterman–Reingold, seeded, on a grid: about 0.2 s
    for 1,000 nodes, where networkx's spring layout takes 10 s), then the pieces packed in
    rows, largest first, so that a small separate pair is drawn beside the main piece instead
    of far away.

    >>> spots = packed_positions(nx.Graph([(1, 2), (3, 4), (4, 5)]))
    >>> sorted(spots)
    [1, 2, 3, 4, 5]
    """
    pieces = sorted(nx.connected_components(graph), key=lambda c: (-len(c), min(map(str, c))))
    boxes = []
    for piece in pieces:
        local = _piece_layout(graph.subgraph(piece), seed=seed)
        radius = math.sqrt(len(piece))
        local = {n: (float(x) * radius, float(y) * radius) for n, (x, y) in local.items()}
        xs, ys = [p[0] for p in local.values()], [p[1] for p in local.values()]
        boxes.append((local, min(xs), max(xs), min(ys), max(ys)))
    row_width = max(3.0, 1.6 * math.sqrt(sum((b[2] - b[1] + 1) * (b[4] - b[3] + 1) for b in boxes)))
    spots, x, y, row_height = {}, 0.0, 0.0, 0.0
    for local, x0, x1, y0, y1 in boxes:
        width, height = x1 - x0 + 1.0, y1 - y0 + 1.0
        if x > 0 and x + width > row_width:
            x, y, row_height = 0.0, y - row_height, 0.0
        for node, (px, py) in local.items():
            spots[node] = (x + px - x0, y - (y1 - py))
        x += width
        row_height = max(row_height, height)
    return spots


def _piece_layout(piece: nx.Graph, *, seed: int) -> dict:
    """Node → (x, y) within [-1, 1], centred, for one connected piece."""
    if piece.number_of_nodes() == 1:
        return {next(iter(piece)): (0.0, 0.0)}
    found = igraph_backend.converted(piece)
    with igraph_backend.seeded(seed):
        if piece.number_of_nodes() <= 200:
            spots = found.graph.layout_kamada_kawai()
        else:
            spots = found.graph.layout_fruchterman_reingold(niter=500, grid="grid")
    coords = np.asarray(spots.coords, dtype=float)
    coords -= (coords.max(axis=0) + coords.min(axis=0)) / 2
    coords /= max(float(np.abs(coords).max()), 1e-12)
    return {node: (float(x), float(y)) for node, (x, y) in zip(found.nodes, coords)}
