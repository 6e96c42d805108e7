"""unikg.graph: from curated data to an RDF dataset, and the named SPARQL queries over it."""

__version__ = "0.1.0"
