"""Everyday questions, each answered by a named SPARQL query and shaped into dataclasses.

One module per question family; the CLI and the HTTP API both call these.
"""
