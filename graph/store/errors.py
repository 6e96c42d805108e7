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
