"""Property test of query parameters (hypothesis): any strings and numbers in every query
parameter of the main routes, repeated or not, are an answer or a 4xx with a message; never a
5xx. The parameters of each route are read from the app's own OpenAPI schema."""

from __future__ import annotations

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
