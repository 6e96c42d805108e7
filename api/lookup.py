"""Turning what a client typed into resources: ids, acronyms and spellings; bad values → 4xx.

An unknown ``{id}`` in a path is a 404 with close matches; a bad query parameter is a 422
saying which parameter is wrong and why.
"""

from __future__ import annotations

from fastapi.exceptions import RequestValidationError

from unikg.graph.errors import UserError
from unikg.graph.names import Entity
from unikg.graph.snapshot import Snapshot

# the longest id or name accepted (longer ones are refused with a 422 by the routes)
MAX_NAME = 300


def invalid(parameter: str, message: str) -> RequestValidationError:
    """A 422 naming the query parameter, as FastAPI's own validation errors do."""
    return RequestValidationError(
        [{"loc": ("query", parameter), "msg": message, "type": "value_error"}]
    )


def organization(snapshot: Snapshot, text: str) -> Entity:
    return snapshot.names.resolve(text, kinds=("Organization",))


def person(snapshot: Snapshot, text: str) -> Entity:
    return snapshot.names.resolve(text, kinds=("Person",))


def parameter(parameter_name: str, resolve):
    """Run a resolver for a query parameter: an unknown or bad value becomes a 422."""
    try:
        return resolve()
    except UserError as error:
        raise invalid(parameter_name, str(error)) from None
