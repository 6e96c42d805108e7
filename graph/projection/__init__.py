"""The network projection: the shape questions (partners, shared partners, partners common to
several organisations, agreements per year) answered from integer ids and sparse matrices.

SPARQL stays the source of truth: the projection is built from named queries (so on any
store), answers "which" and "how many", and the facts shown for a page of answers (names of
agreements, kinds, dates, areas, quotes with their article) come from a VALUES-restricted
named query. Each answer equals the SPARQL-only answer of ``unikg.graph.questions``
(tests/graph/projection check it on the seed graph and a synthetic one).

``network``  the ``Projection`` (node and agreement ids, CSR matrices, years) and its questions
``answers``  the API's pages: the projection's "which", the named queries' details
``partnerships``  the agreements' partnership network as networkx (what the measures run on)

A snapshot of the store (``graph/snapshot``) makes the projection once per version and keeps it
(in a disk store's version folder too).
"""

from .network import Projection, Shared
from .partnerships import partnership_graph

__all__ = ["Projection", "Shared", "partnership_graph"]
