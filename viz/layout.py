"""Positions computed in Python, for views too large to lay out live in the browser.

Past ``UNIKG_VIZ_PHYSICS_MAX_NODES`` nodes the browser's force simulation takes long and
jitters; the view then gets fixed positions from networkx's seeded spring layout
(Fruchterman–Reingold; sparse, with scipy, from 500 nodes) and physics stays off.

>>> import networkx as nx
>>> spots = positions(nx.path_graph(3), seed=1)
>>> sorted(spots), all(isinstance(x, float) for x, _ in spots.values())
([0, 1, 2], True)
"""

from __future__ import annotations

import math

import networkx as nx


def positions(graph: nx.Graph, *, seed: int = 42, spacing: float = 90.0) -> dict:
    """Node → (x, y) in canvas pixels, about ``spacing`` pixels between neighbours."""
    if graph.number_of_nodes() == 0:
        return {}
    layout = nx.spring_layout(graph, seed=seed, iterations=50, weight=None)
    scale = spacing * math.sqrt(graph.number_of_nodes())
    return {node: (round(float(x) * scale, 1), round(float(y) * scale, 1)) for node, (x, y) in layout.items()}


def packed_positions(graph: nx.Graph, *, seed: int = 42) -> dict:
    """Positions for a picture: each connected piece laid out on its own (Kamada–Kawai up to
    200 nodes, spring layout above), then the pieces packed in rows, largest first, so that a
    small separate pair is drawn beside the main piece instead of far away.

    >>> spots = packed_positions(nx.Graph([(1, 2), (3, 4), (4, 5)]))
    >>> sorted(spots)
    [1, 2, 3, 4, 5]
    """
    pieces = sorted(nx.connected_components(graph), key=lambda c: (-len(c), min(map(str, c))))
    boxes = []
    for piece in pieces:
        sub = graph.subgraph(piece)
        if len(piece) == 1:
            local = {next(iter(piece)): (0.0, 0.0)}
        elif len(piece) <= 200:
            local = nx.kamada_kawai_layout(sub)
        else:
            local = nx.spring_layout(sub, seed=seed, iterations=50)
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
