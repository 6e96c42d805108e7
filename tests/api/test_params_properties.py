"""Property test of query parameters (hypothesis): any strings and numbers in every query
parameter of the main routes, repeated or not, are an answer or a 4xx with a message; never a
5xx. The parameters of each route are read from the app's own OpenAPI schema."""

from __future__ import annotations

import datetime as dt

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROUTES = ["/institutions", "/agreements", "/search", "/people", "/documents", "/alliances",
          "/institutions/xjtu/partners", "/shared-partners", "/analysis/path", "/analysis/centrality"]
VALUES = st.one_of(
    st.text(max_size=60),
    st.integers(-10**20, 10**20).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
    st.sampled_from(["", " ", "0", "-1", "1e400", "NaN", "true", "2024-02-30", "--02-29", "9999-99",
                     "xjtu", "XJTU", "uansr", "\x00", "%00", "../../etc/passwd", "<script>", "' OR 1=1"]),
)


@pytest.fixture(scope="module")
def parameters(client) -> dict[str, list[str]]:
    paths = client.get("/openapi.json").json()["paths"]
    found = {}
    for route in ROUTES:
        template = route.replace("/xjtu/", "/{id}/")
        names = [p["name"] for p in paths[template]["get"].get("parameters", []) if p["in"] == "query"]
        assert names, route
        found[route] = names
    return found


@pytest.mark.parametrize("route", ROUTES)
def test_any_query_parameter_values_are_an_answer_or_a_4xx(client, parameters, route):
    names = parameters[route]

    @given(chosen=st.lists(st.tuples(st.sampled_from(names + ["unknown"]), VALUES), max_size=6))
    @settings(max_examples=40, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    def check(chosen):
        response = client.get(route, params=chosen)
        assert response.status_code < 500, (route, chosen, response.status_code, response.text[:300])
        if response.status_code >= 400:
            assert response.json()["detail"], (route, chosen)

    check()


DAYS = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))
DATE_VALUES = st.one_of(  # a year, a month or a day, anywhere in the calendar, its ends included
    DAYS.map(lambda d: f"{d.year:04d}"), DAYS.map(lambda d: f"{d.year:04d}-{d.month:02d}"), DAYS.map(lambda d: d.isoformat()),
    st.sampled_from(["0001", "0001-01", "0001-01-01", "9999", "9999-12", "9999-12-31"]),
)


def date_parameters(schema: dict) -> list[tuple[str, str]]:
    """(route, parameter) for every query parameter the schema says is a date (its pattern
    reads YYYY, YYYY-MM or YYYY-MM-DD)."""
    return [
        (path, p["name"])
        for path, operations in schema["paths"].items() if "{" not in path
        for p in operations.get("get", {}).get("parameters", [])
        if p["in"] == "query" and r"\d{4}" in str(p.get("schema", {}).get("anyOf", p.get("schema", {})))
    ]


@pytest.mark.server
def test_every_date_parameter_over_the_whole_calendar_is_an_answer_or_a_4xx(server):
    with httpx.Client(base_url=server, timeout=60) as http:
        found = date_parameters(http.get("/openapi.json").json())
        assert ("/agreements", "signed_from") in found and ("/agreements", "signed_to") in found, found

        @given(chosen=st.lists(st.tuples(st.sampled_from(found), DATE_VALUES), min_size=1, max_size=2))
        @settings(max_examples=150, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        def check(chosen):
            route = chosen[0][0][0]
            params = [(name, value) for (path, name), value in chosen if path == route]
            response = http.get(route, params=params)
            assert response.status_code in (200, 422), (route, params, response.status_code, response.text[:300])
            if response.status_code == 422:  # only a range that ends before it starts
                assert "after it ends" in response.json()["detail"], (params, response.text[:300])

        check()
        for edge in ({"signed_from": "9999-12-31"}, {"signed_to": "0001-01-01"}, {"signed_from": "9999-12-31", "signed_to": "9999-12-31"}):
            response = http.get("/agreements", params=edge)
            assert response.status_code == 200 and response.json()["total"] == 0, (edge, response.text[:300])
