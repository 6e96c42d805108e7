"""Errors a store raises for a query: a syntax error says where, as line and column."""

from __future__ import annotations

from ..errors import UserError


class QuerySyntaxError(UserError):
    """A malformed query; ``line`` and ``column`` (1-based) say where the parser stopped.

    >>> str(QuerySyntaxError("expected '}'", line=3, column=7))
    "SPARQL syntax error at line 3, column 7: expected '}'"
    """

    def __init__(self, problem: str, *, line: int | None = None, column: int | None = None):
        where = f" at line {line}, column {column}" if line is not None else ""
        super().__init__(f"SPARQL syntax error{where}: {problem}")
        self.problem = problem
        self.line = line
        self.column = column


class QueryEvaluationError(UserError):
    """A well-formed query the engine could not evaluate (e.g. an unsupported feature)."""


class StoreUnavailable(UserError):
    """The store did not answer as a SPARQL server should: it cannot be reached (``status``
    503), did not answer in time (504), or answered an error or something that is not a
    SPARQL result (502). Not the client's fault: the API answers ``status`` with a
    ``Retry-After`` of ``retry_after`` whole seconds (the longest wait between two of the
    server's own attempts, ``UNIKG_STORE_RETRY_SECONDS``), and keeps trying in the background.
    ``retry_after=None`` is an answer no retry will mend (one over ``UNIKG_STORE_MAX_BYTES``):
    no ``Retry-After``, and nothing is tried again.

    >>> error = StoreUnavailable("the store at http://x/sparql answered 500: oops", status=502, retry_after=0.2)
    >>> error.status, error.retry_after
    (502, 1)
    """

    def __init__(self, message: str, *, status: int = 503, retry_after: float | None = 30.0):
        super().__init__(message)
        self.status = status
        self.retry_after = None if retry_after is None else max(round(retry_after), 1)
