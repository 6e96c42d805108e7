"""Every route is documented (datasette's rule): an example answer in /openapi.json, a row in
the routes table of docs/api.md, and examples that are the answers the API really gives."""

import importlib
import pkgutil

import pytest
from fastapi.routing import APIRoute

from unikg.api import routers
from unikg.api.examples import REQUESTS, stored

from ..documentation import documented_routes

OURS = {"home", "institutions", "alliances", "agreements", "people", "documents", "search", "linked data"}


def our_routes():
    """The REST routes of every router module (the SPARQL endpoint documents itself in its
    own suite)."""
    found = []
    for info in sorted(pkgutil.iter_modules(routers.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{routers.__name__}.{info.name}")
        for route in getattr(getattr(module, "router", None), "routes", []):
            if isinstance(route, APIRoute) and OURS & set(route.tags or []):
                found.append(route)
    return found


def test_there_are_routes():
    assert len(our_routes()) >= 16


@pytest.mark.parametrize("route", our_routes(), ids=lambda r: r.path)
def test_every_route_has_an_example_answer(client, route):
    operation = client.get("/openapi.json").json()["paths"][route.path.replace(":path", "")]["get"]
    content = operation["responses"]["200"]["content"]
    assert content and all("example" in media or "examples" in media for media in content.values()), route.path
    for parameter in operation.get("parameters", []):
        if parameter["in"] == "path" or parameter.get("required"):
            assert "example" in parameter or "examples" in parameter or "examples" in parameter["schema"], (route.path, parameter["name"])


@pytest.mark.parametrize("route", our_routes(), ids=lambda r: r.path)
def test_every_route_is_in_the_routes_table(route):
    path = route.path.replace(":path", "")
    assert path in documented_routes(), f"add `GET {path}` to the routes table of docs/api.md"


@pytest.mark.parametrize("name", sorted(REQUESTS))
def test_each_example_is_the_real_answer(client, name):
    """Run `python -m unikg.api.examples` to refresh them after the data changes."""
    example = stored()[name]
    assert example["request"] == REQUESTS[name]
    assert client.get(example["request"], headers={"Accept": "application/json"}).json() == example["answer"]


def test_every_json_route_has_a_stored_example():
    json_routes = {r.name for r in our_routes() if "linked data" not in r.tags}
    assert json_routes <= set(REQUESTS), json_routes - set(REQUESTS)
