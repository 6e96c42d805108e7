"""Network analysis of the knowledge graph with networkx, one algorithm family per module.

``build``        networkx graphs from the rows of the ``network_*`` named SPARQL queries
                 (the partnership network and its layers; the bipartite alliance network)
``networks``     the networks of one store, each built once (what the CLI, API and views share)
``centrality``   degree, weighted degree, betweenness, closeness, eigenvector, PageRank
``communities``  seeded Louvain communities
``brokers``      articulation points and bridges
``paths``        the shortest connection between two organisations, with its agreements
``writeback``    the measures as triples in the analysis named graph (every build)
``export``       GraphML, GEXF and a CSV of the measures

The rules of the projection (units roll up, cliques for three-party agreements, no links
from agreement groups, layers) are stated once, in ``build``.
"""
