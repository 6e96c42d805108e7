"""The fast path behind the networkx functions: a graph converted once to igraph, and the
measures networkx computes slowly, computed by igraph's C core with networkx's semantics.

networkx stays the interface: every function takes a networkx graph and returns values keyed
by its nodes. ``converted(graph)`` builds the igraph copy once per graph object (and again
only if the graph changed size); ``memo(graph)`` is a per-graph dictionary for results, so a
graph's measures are computed once, when it is loaded or built, never per request. Chosen
per measure by measurement (``bench/analysis.py``, figures in bench/RESULTS.md):

* **betweenness**: igraph's Brandes, exact, or from the ``k`` sources that
  ``nx.betweenness_centrality(k=, seed=)`` samples, scaled as networkx scales them: the same
  values, ~50× sooner (61 s → 1.2 s on the 1M-triple graph's network);
* **closeness**: igraph, exact; estimated by igraph BFS from the same sampled sources;
  Wasserman–Faust scaling as networkx (~20×);
* **eigenvector**: per connected piece (igraph's ARPACK), combined as networkx's power
  iteration converges (~50×, and defined on a network in pieces, which networkx's ARPACK
  variant refuses);
* **PageRank**: igraph's ARPACK, weighted, damping 0.85, solved exactly (~4×; networkx stops
  at tolerance 1e-6, igraph's PRPACK is slower with weights);
* **communities**: igraph's multilevel (Louvain), with igraph's RNG seeded (~30×);
* **brokers**: igraph's biconnected components and bridges (networkx's bridges take seconds);
* degree and paths stay in networkx (already fast, or one search).

>>> import networkx as nx
>>> g = nx.Graph([("a", "b"), ("b", "c")])
>>> betweenness(g)
{'a': 0.0, 'b': 1.0, 'c': 0.0}
>>> converted(g) is converted(g)
True
"""

from __future__ import annotations

import random
import threading
import weakref
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

import networkx as nx
import numpy as np

if TYPE_CHECKING:
    import igraph

_CONVERTED: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_MEMOS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_RNG_LOCK = threading.Lock()  # igraph's random number generator is one, process-wide


@dataclass(frozen=True, kw_only=True)
class Converted:
    """A networkx graph as igraph: vertex ``i`` is ``nodes[i]``; edges carry ``weight``."""

    graph: igraph.Graph
    nodes: list
    size: tuple[int, int]  # (nodes, edges) of the networkx graph it was made from

    def values(self, array) -> dict:
        """Per-vertex values as networkx's node → float dictionary."""
        return {node: float(value) for node, value in zip(self.nodes, array)}


def _size(graph: nx.Graph) -> tuple[int, int]:
    return graph.number_of_nodes(), graph.number_of_edges()


def converted(graph: nx.Graph) -> Converted:
    """The igraph copy of ``graph``, made once per graph object (again if its size changed)."""
    size = _size(graph)
    found = _CONVERTED.get(graph)
    if found is None or found.size != size:
        nodes = list(graph)
        index = {node: i for i, node in enumerate(nodes)}
        edges, weights = [], []
        for a, b, weight in graph.edges(data="weight", default=1):
            edges.append((index[a], index[b]))
            weights.append(float(weight))
        import igraph  # imported on first use: it loads its drawing code, ~0.9 s at every CLI start

        copy = igraph.Graph(n=len(nodes), edges=edges, directed=False)
        copy.es["weight"] = weights
        found = Converted(graph=copy, nodes=nodes, size=size)
        _CONVERTED[graph] = found
    return found


def memo(graph: nx.Graph) -> dict:
    """A dictionary of results kept with ``graph`` (emptied if the graph changed size).

    Kept beside the graph, not in ``graph.graph``: networkx copies that dictionary into every
    copy and subgraph, which would hand a subgraph its parent's results.
    """
    size = _size(graph)
    found = _MEMOS.get(graph)
    if found is None or found[0] != size:
        found = (size, {})
        _MEMOS[graph] = found
    return found[1]


@contextmanager
def seeded(seed: int):
    """igraph's random number generator, seeded, for the duration of a ``with`` block (one
    block at a time: the generator is process-wide)."""
    import igraph

    with _RNG_LOCK:
        igraph.set_random_number_generator(random.Random(seed))
        try:
            yield
        finally:
            igraph.set_random_number_generator(random)


def sampled_sources(graph: nx.Graph, *, samples: int, seed: int) -> list:
    """The sources ``nx.betweenness_centrality(graph, k=samples, seed=seed)`` draws."""
    return random.Random(seed).sample(list(graph), samples)


def betweenness(graph: nx.Graph, *, sources: list | None = None) -> dict:
    """Normalised betweenness (hops), exact, or estimated from ``sources`` exactly as networkx
    estimates it from its ``k`` sampled sources (its ``_rescale``, endpoints excluded)."""
    fast = converted(graph)
    n = len(fast.nodes)
    if sources is None:
        raw = fast.graph.betweenness(directed=False)  # each unordered pair once
        scale = 2 / ((n - 1) * (n - 2)) if n > 2 else 1.0
        return fast.values(np.asarray(raw, dtype=float) * scale)
    index = {node: i for i, node in enumerate(fast.nodes)}
    chosen = [index[s] for s in sources]
    # igraph halves undirected source→target counts; networkx counts them whole
    raw = np.asarray(fast.graph.betweenness(directed=False, sources=chosen), dtype=float) * 2
    k = len(chosen)
    if n > 2:
        scale = np.full(n, 1 / (k * (n - 2)))
        scale[chosen] = 1 / ((k - 1) * (n - 2)) if k > 1 else np.nan
        raw *= scale
    return fast.values(raw)


def closeness(graph: nx.Graph, *, sources: list | None = None) -> dict:
    """Closeness as networkx defines it (Wasserman–Faust: inverse mean distance to the nodes
    reached, times the share of the others reached), exact, or with the mean distance
    estimated from BFS from ``sources`` (Eppstein–Wang)."""
    fast = converted(graph)
    n = len(fast.nodes)
    pieces = fast.graph.connected_components()
    size = np.asarray(pieces.sizes(), dtype=float)[pieces.membership]
    if n < 2:
        return fast.values(np.zeros(n))
    if sources is None:
        inverse_mean = np.nan_to_num(np.asarray(fast.graph.closeness(mode="all"), dtype=float))
    else:
        index = {node: i for i, node in enumerate(fast.nodes)}
        total, hits = np.zeros(n), np.zeros(n)
        chosen = sorted(index[s] for s in sources)
        for start in range(0, len(chosen), 100):  # 100 rows of n distances at a time
            distances = np.asarray(fast.graph.distances(source=chosen[start:start + 100]), dtype=float)
            reached = np.isfinite(distances) & (distances > 0)
            total += np.where(reached, distances, 0).sum(axis=0)
            hits += reached.sum(axis=0)
        with np.errstate(divide="ignore", invalid="ignore"):
            inverse_mean = np.where(total > 0, hits / total, 0.0)
    return fast.values(np.where(size > 1, inverse_mean * (size - 1) / (n - 1), 0.0))


def eigenvector(graph: nx.Graph) -> dict:
    """Weighted eigenvector centrality, unit length, as networkx's power iteration converges.

    networkx iterates ``x ← (A + I) x`` from all ones; the limit is the ones vector projected
    on the leading eigenvectors: each connected piece whose largest eigenvalue is the graph's
    gets its Perron vector times that vector's sum, every other piece 0. igraph computes one
    piece at a time (its ARPACK on the whole of a graph in pieces gives an arbitrary mix), and
    only the pieces that can reach the largest eigenvalue (their largest weighted degree
    bounds it) are computed.
    """
    fast = converted(graph)
    n = len(fast.nodes)
    values = np.zeros(n)
    if fast.graph.ecount() == 0:
        return fast.values(values)
    strength = np.asarray(fast.graph.strength(weights="weight"), dtype=float)
    pieces = sorted(fast.graph.connected_components(), key=lambda members: -strength[members].max())
    best, leading = 0.0, []
    for members in pieces:
        if strength[members].max() < best * (1 - 1e-9):
            break  # no later piece can reach the largest eigenvalue
        piece = fast.graph.induced_subgraph(members)
        with seeded(0):  # ARPACK's start vector is random: the same bits every run
            vector, value = piece.eigenvector_centrality(weights="weight", return_eigenvalue=True)
        if value > best * (1 + 1e-9):
            best, leading = value, []
        if value >= best * (1 - 1e-9):
            leading.append((members, np.asarray(vector, dtype=float)))
    for members, vector in leading:
        vector = vector / np.linalg.norm(vector)
        values[members] = vector * vector.sum()
    return fast.values(values / np.linalg.norm(values))


def pagerank(graph: nx.Graph, *, damping: float = 0.85) -> dict:
    """Weighted PageRank, solved to machine precision (networkx iterates to a tolerance)."""
    fast = converted(graph)
    if not fast.nodes:
        return {}
    with seeded(0):  # ARPACK's start vector is random: the same bits every run
        found = fast.graph.pagerank(weights="weight", damping=damping, implementation="arpack")
    return fast.values(found)


def louvain(graph: nx.Graph, *, seed: int, resolution: float = 1.0) -> tuple[list[set], float]:
    """Louvain communities (igraph's multilevel, weighted), the same for the same seed, and
    their modularity."""
    fast = converted(graph)
    with seeded(seed):
        found = fast.graph.community_multilevel(weights="weight", resolution=resolution)
    groups: dict[int, set] = {}
    for node, number in zip(fast.nodes, found.membership):
        groups.setdefault(number, set()).add(node)
    modularity = fast.graph.modularity(found.membership, weights="weight", resolution=resolution) \
        if fast.graph.ecount() else 0.0
    return list(groups.values()), float(modularity)


def blocks(graph: nx.Graph) -> tuple[list[set], list[tuple]]:
    """The biconnected components (as ``nx.biconnected_components``: a bridge is a block of
    two) and the bridges (as ``nx.bridges``) of ``graph``."""
    fast = converted(graph)
    nodes = fast.nodes
    found = [{nodes[v] for v in members} for members in fast.graph.biconnected_components()]
    ends = fast.graph.get_edgelist()
    return found, [(nodes[ends[e][0]], nodes[ends[e][1]]) for e in fast.graph.bridges()]
