"""The SPARQL 1.1 endpoint: protocol, content negotiation, result formats, safety checks,
the sandboxed worker pool that runs queries under a time limit, the service description and
the query editor. The route is ``api/routers/sparql.py``.
"""
