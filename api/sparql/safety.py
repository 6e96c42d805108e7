"""The endpoint's first line of defence: queries that would act outside the dataset are refused
before they are evaluated.

* SPARQL Update (INSERT, DELETE, LOAD, CLEAR, DROP, …): the endpoint is read-only.
* ``SERVICE``: a federated query would make the server open a connection for the client.
* ``FROM``/``FROM NAMED`` and the protocol's ``default-graph-uri``/``named-graph-uri``
  naming anything but a graph the store holds (``file:///etc/passwd``, a web address): an
  engine that loads such graphs would read a file or fetch a URL for the client.

The checks read the query with the SPARQL tokenizer (strings, IRIs and comments are no
keywords), once as written and once with ``\\u`` escapes decoded (SPARQL 1.1 decodes them
before parsing; some engines do, some do not), and refuse if either reading shows a problem.
The second line of defence is the sandbox of the worker processes (``sandbox.py``).

>>> check("SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", held_graphs=set())
Traceback (most recent call last):
...
unikg.api.sparql.safety.Refused: SERVICE (federated query) is refused: this endpoint never opens a connection on a client's behalf
"""

from __future__ import annotations

from collections.abc import Iterable

from unikg.graph.errors import UserError
from unikg.graph.store.lexer import QueryText, unescape


class Refused(UserError):
    """A query the endpoint will not run; ``status`` is the HTTP status to answer with."""

    def __init__(self, message: str, *, status: int = 403):
        super().__init__(message)
        self.status = status


def check(
    query: str,
    *,
    held_graphs: set[str],
    default_graphs: Iterable[str] | None = None,
    named_graphs: Iterable[str] | None = None,
) -> str | None:
    """Refuse what the endpoint will not do; return the query form (SELECT, ASK, …) or None."""
    readings = [QueryText(query)]
    decoded = unescape(query)
    if decoded != query:
        readings.append(QueryText(decoded))
    for text in readings:
        if text.form == "UPDATE":
            raise Refused("SPARQL Update is refused: this endpoint is read-only")
        if text.has_keyword("SERVICE"):
            raise Refused(
                "SERVICE (federated query) is refused: this endpoint never opens a connection "
                "on a client's behalf"
            )
        defaults, named = text.dataset()
        _known("FROM", defaults, held_graphs)
        _known("FROM NAMED", named, held_graphs)
    _known("default-graph-uri", default_graphs or (), held_graphs)
    _known("named-graph-uri", named_graphs or (), held_graphs)
    return readings[0].form


def _known(where: str, graphs: Iterable[str], held: set[str]) -> None:
    unknown = [g for g in graphs if g not in held]
    if unknown:
        raise Refused(
            f"{where} <{unknown[0]}> is not a graph of this dataset: the endpoint only queries "
            f"the graphs it holds ({len(held)} named graphs, listed in the service description: "
            "GET /sparql with Accept: text/turtle)",
            status=400,
        )
