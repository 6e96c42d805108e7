"""``/people``: everyone named, with positions, signatures, events and sources."""

import pytest

from . import curated
from .paging import assert_pages_partition


def test_every_person_of_the_registry(client):
    answer = client.get("/people").json()
    assert {p["id"] for p in answer["items"]} == set(curated.people())
    for person in answer["items"]:
        roles = {(r["role"], r["organization"]) for _, r in curated.all_of("roles") if r["person"] == person["id"]}
        assert {(p["role"]["id"], p["organization"]["id"]) for p in person["positions"]} == roles


def test_pages_partition_the_list(client):
    assert_pages_partition(client, "/people", total=len(curated.people()), limit=4)


def test_a_listed_person_has_the_positions_of_their_profile(client):
    for listed in client.get("/people").json()["items"]:
        assert listed["positions"] == client.get(f"/people/{listed['id']}").json()["positions"]


@pytest.mark.parametrize("spelling", ["zhanseit-tuimebayev", "Tuimebayev Zhanseit Kanseituly", "zhanseit TUIMEBAYEV"])
def test_a_person_by_any_spelling(client, spelling):
    assert client.get(f"/people/{spelling}").json()["id"] == "zhanseit-tuimebayev"


def test_a_profile_has_positions_signatures_events_and_sources(client):
    answer = client.get("/people/zhanseit-tuimebayev").json()
    signed = {a["id"] for _, a in curated.all_of("agreements") + curated.all_of("agreement_groups")
              if "zhanseit-tuimebayev" in a.get("signatories", [])}
    assert {a["id"] for a in answer["signed"]} == signed
    events = {e["id"] for _, e in curated.all_of("events") if "zhanseit-tuimebayev" in e.get("participants", [])}
    assert {e["id"] for e in answer["events"]} == events
    stated_in = {doc for doc, r in curated.all_of("roles") if r["person"] == "zhanseit-tuimebayev"}
    assert stated_in <= {s["id"] for s in answer["sources"]}
    for position in answer["positions"]:
        for quote in position["evidence"]:
            assert curated.text_of(quote["source"]["id"])[quote["start"]:quote["end"]] == quote["text"]


def test_an_unknown_person_is_a_404(client):
    response = client.get("/people/Zhang Liqunn")
    assert response.status_code == 404
    assert "zhang-liqun" in response.json()["suggestions"]
