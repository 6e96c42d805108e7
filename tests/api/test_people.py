"""``/people``: everyone named, with positions, signatures, events and sources."""

import pytest

from . import curated


def test_every_person_of_the_registry(client):
    answer = client.get("/people").json()
    assert {p["id"] for p in answer["items"]} == set(curated.people())
    for person in answer["items"]:
        roles = {(r["role"], r["organization"]) for _, r in curated.all_of("roles") if r["person"] == person["id"]}
        assert {(p["role"]["id"], p["organization"]["id"]) for p in person["positions"]} == roles


def test_pages_partition_the_list(client):
    whole = client.get("/people").json()
    assert whole["total"] == len(whole["items"]) == len(curated.people())
    names = [p["name"].casefold() for p in whole["items"]]
    assert names == sorted(names)
    pages = [client.get("/people", params={"limit": 4, "offset": offset}).json() for offset in (0, 4, 8)]
    assert [p for page in pages for p in page["items"]] == whole["items"]
    assert {page["total"] for page in pages} == {whole["total"]}


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
