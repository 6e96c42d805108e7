"""``/search``: case- and accent-insensitive, typo-tolerant."""

import pytest


def top(client, q, **params) -> list[str]:
    response = client.get("/search", params={"q": q, **params})
    assert response.status_code == 200, response.text
    return [r["id"] for r in response.json()["results"]]


@pytest.mark.parametrize("q, expected", [
    ("XJTU", "xjtu"),
    ("kaznu", "kaznu"),
    ("xian jiaotong", "xjtu"),            # no apostrophe
    ("Politécnico di Milano", "polimi"),  # an accent the name does not have
    ("Politecnico di Milan", "polimi"),   # a letter missing
    ("Shenzen University", "szu"),        # a typo
    ("tuimebayev", "zhanseit-tuimebayev"),
])
def test_the_entity_comes_first(client, q, expected):
    assert top(client, q)[0] == expected


def test_kind_and_limit(client):
    answer = client.get("/search", params={"q": "zhang", "kind": "person", "limit": 2}).json()
    assert len(answer["results"]) == 2
    assert {r["kind"] for r in answer["results"]} == {"person"}


def test_nothing_close_is_an_empty_list(client):
    assert top(client, "qqqqqqqqqq") == []


@pytest.mark.parametrize("params", [{}, {"q": ""}, {"q": "x" * 301}, {"q": "a", "limit": 0}, {"q": "a", "kind": "planet"}])
def test_bad_queries_are_a_422(client, params):
    assert client.get("/search", params=params).status_code == 422
