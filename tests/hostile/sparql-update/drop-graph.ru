DROP GRAPH <https://w3id.org/unikg/graph/registry>
