"""The dataset: ``data/`` (articles, registry, annotations) → a validated RDF dataset (TriG),
one named graph per article, and the lifecycle that keeps it current.

``build``           ``unikg build``: emit, validate, write atomically (``build``, ``build_dataset``)
``document_graph``  an article's named graph; ``registry_graph``: the entity registry's
``validate``        the SHACL shapes and the checks of quotes and references
``vocabulary``      the ontology's classes and kinds, read once
``staleness``       whether the dataset is older than what it is built from
``current``         built when stale, loaded into the store on disk when older (CLI, API, views)
"""
