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
    _check_shape(readings[0])
    for text in readings:
        if text.form == "UPDATE":  # the query operation's text is not a query: malformed (W3C)
            raise Refused("this is a SPARQL Update, not a query: a malformed query (and updates are refused "
                          "however they are sent: this endpoint is read-only)", status=400)
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


MAX_DEPTH = 64
MAX_PARTS = 500
_PART_WORDS = {"OPTIONAL", "MINUS", "BIND", "FILTER", "UNION", "GRAPH", "VALUES", "SERVICE"}


def _check_shape(text: QueryText) -> None:
    """Refuse queries nested or chained beyond what anyone writes by hand: the engine parses and
    plans them recursively, and thousands of levels overflow a worker's stack.

    Each bracket level counts its parts: nested brackets, pattern keywords (OPTIONAL, BIND,
    FILTER, UNION, …), the triple separators ``.`` ``;`` (and ``,`` in a group) and the
    operators and path steps ``/ | & + - *``.

    >>> _check_shape(QueryText("ASK { ?s <p>" + "/<p>" * 600 + " ?o }"))
    Traceback (most recent call last):
    ...
    unikg.api.sparql.safety.Refused: the query has over 500 parts (patterns, operators, path steps) inside one pair of brackets: split it, or list alternatives with VALUES or IN (...)
    """
    levels: list[list] = [[None, 0]]  # [opening bracket, parts counted so far]
    for token in text.tokens:
        symbol = token.text if token.kind == "other" else None
        if symbol in ("{", "(", "["):
            levels[-1][1] += 1
            levels.append([symbol, 0])
            if len(levels) - 1 > MAX_DEPTH:
                raise Refused(
                    f"the query nests brackets over {MAX_DEPTH} deep: flatten it (join patterns "
                    "side by side instead of inside one another)",
                    status=400,
                )
            continue
        if symbol in ("}", ")", "]"):
            if len(levels) > 1:
                levels.pop()
            continue
        if (symbol is not None and (symbol in "/|&+-*.;" or (symbol == "," and levels[-1][0] == "{"))) or (
            token.kind == "word" and token.text.upper() in _PART_WORDS
        ):
            levels[-1][1] += 1
            if levels[-1][1] > MAX_PARTS:
                raise Refused(
                    f"the query has over {MAX_PARTS} parts (patterns, operators, path steps) inside "
                    "one pair of brackets: split it, or list alternatives with VALUES or IN (...)",
                    status=400,
                )


def _known(where: str, graphs: Iterable[str], held: set[str]) -> None:
    unknown = [g for g in graphs if g not in held]
    if unknown:
        raise Refused(
            f"{where} <{unknown[0]}> is not a graph of this dataset: the endpoint only queries "
            f"the graphs it holds ({len(held)} named graphs, listed in the service description: "
            "GET /sparql with Accept: text/turtle)",
            status=400,
        )
