"""No input ever gets a 500: odd ids on every route are a 4xx with a message, or an answer."""

import pytest

ODD = ["%00", "a%00b", "%2E%2E", "...", "x" * 5000, "%F0%9F%A6%84", "Ünïcödé", "' OR 1=1 --", "<script>",
       "%22%7D%20INSERT", "a.b", "-", "%20", "xjtu%0A", "%ff"]
ROUTES = ["/institutions/{}", "/institutions/{}/partners", "/institutions/{}/shared-partners",
          "/alliances/{}/members", "/agreements/{}", "/people/{}", "/documents/{}", "/id/org/{}"]


@pytest.mark.parametrize("route", ROUTES)
@pytest.mark.parametrize("odd", ODD, ids=range(len(ODD)))
def test_odd_ids_are_a_4xx_with_a_message_or_an_answer(client, route, odd):
    response = client.get(route.format(odd))
    assert response.status_code < 500, (route, odd, response.status_code, response.text[:200])
    if response.status_code >= 400:
        assert response.json()["detail"]
    else:  # only a name that normalises to a real one ("xjtu\n" is xjtu)
        assert odd == "xjtu%0A"


@pytest.mark.parametrize("params", [
    {"q": "%00"}, {"q": "\x00"}, {"q": "🦄"}, {"q": "' OR 1=1"}, {"q": "a" * 300},
])
def test_odd_searches_answer(client, params):
    assert client.get("/search", params=params).status_code == 200


@pytest.mark.parametrize("params", [
    {"name": "\x00"}, {"country": "\x00"}, {"alliance": "🦄"}, {"kind": "\x00"}, {"limit": "many"},
    {"offset": "1e400"}, {"limit": 10**30},
])
def test_odd_filters_are_a_4xx_or_an_answer(client, params):
    response = client.get("/institutions", params=params)
    assert response.status_code in (200, 422), (params, response.status_code, response.text)
