"""Turning what a client typed into resources: ids, acronyms and spellings; bad values → 4xx.

An unknown ``{id}`` in a path is a 404 with close matches; a bad query parameter is a 422
saying which parameter is wrong and why.
"""

from __future__ import annotations

from fastapi.exceptions import RequestValidationError
from rdflib import URIRef

from unikg.graph import queries
from unikg.graph.errors import NotFound, UserError
from unikg.graph.names import Entity, NameIndex
from unikg.graph.namespaces import ID, UKG
from unikg.graph.questions.alliances import alliances
from unikg.graph.questions.common import kind_slug
from unikg.graph.store import Store

# the longest id or name accepted (longer ones are refused with a 422 by the routes)
MAX_NAME = 300


def invalid(parameter: str, message: str) -> RequestValidationError:
    """A 422 naming the query parameter, as FastAPI's own validation errors do."""
    return RequestValidationError(
        [{"loc": ("query", parameter), "msg": message, "type": "value_error"}]
    )


def organization(names: NameIndex, text: str) -> Entity:
    return names.resolve(text, kinds=("Organization",))


def person(names: NameIndex, text: str) -> Entity:
    return names.resolve(text, kinds=("Person",))


def alliance(store: Store, names: NameIndex, text: str) -> Entity:
    found = organization(names, text)
    if not queries.ask(store, "is_alliance", alliance=URIRef(found.iri)):
        known = sorted(a.id for a in alliances(store))  # every alliance's member count: only here
        raise NotFound(
            f"{found.name} ({found.id}) is not an alliance; the alliances are {', '.join(known)}",
            suggestions=known,
        )
    return found


def parameter(parameter_name: str, resolve):
    """Run a resolver for a query parameter: an unknown or bad value becomes a 422."""
    try:
        return resolve()
    except UserError as error:
        raise invalid(parameter_name, str(error)) from None


def kind_class(store: Store, *, base: str, slug: str, parameter_name: str = "kind") -> str:
    """The class IRI of a kind slug (e.g. ``university`` → ukg:University) under ``base``."""
    rows = queries.run(store, "kinds", base=UKG[base]).rows
    known = {kind_slug(r["kind"]): str(r["kind"]) for r in rows}
    if slug not in known:
        raise invalid(parameter_name, f"unknown kind {slug!r}; known kinds: {', '.join(sorted(known))}")
    return known[slug]


def area(store: Store, slug: str) -> str:
    rows = queries.run(store, "areas").rows
    known = {str(r["area"]).rsplit("/", 1)[-1]: str(r["area"]) for r in rows}
    if slug not in known:
        raise invalid("area", f"unknown area {slug!r}; known areas: {', '.join(sorted(known))}")
    return known[slug]


def resource_iri(path: str) -> str:
    """The unikg IRI a local ``/id/<path>`` stands for."""
    return f"{ID}{path}"


