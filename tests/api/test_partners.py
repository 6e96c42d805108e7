"""Partners by agreement, alliance or event; shared partners; partners common to a set."""

import pytest

from . import curated


def test_agreement_partners_match_the_annotations(client):
    answer = client.get("/institutions/XJTU/partners").json()
    assert answer["via"] == "agreement" and answer["institution"]["id"] == "xjtu"
    expected = curated.agreement_partners("xjtu")
    found = {p["id"]: {link["resource"]["id"] for link in p["links"]} for p in answer["partners"]}
    assert found == expected


def test_each_agreement_link_has_kind_date_areas_and_verbatim_evidence(client):
    answer = client.get("/institutions/kaznu/partners", params={"via": "agreement"}).json()
    agreements = {a["id"]: (doc, a) for doc, a in curated.all_of("agreements")}
    for partner in answer["partners"]:
        for link in partner["links"]:
            doc, annotated = agreements[link["resource"]["id"]]
            assert link["date"] == annotated.get("signed_on")
            assert {a["id"] for a in link["areas"]} == set(annotated.get("areas", []))
            assert {k["id"] for k in link["kinds"]} <= set(annotated["kinds"]) | {"cooperation"}
            assert [s["id"] for s in link["sources"]] == [doc]
            quotes = curated.as_list(annotated["evidence"])
            assert {e["text"] for e in link["evidence"]} == set(quotes)
            text = curated.text_of(doc)
            for e in link["evidence"]:
                assert text[e["start"]:e["end"]] == e["text"]


def test_a_year_less_date_says_so(client):
    answer = client.get("/institutions/xjtu/partners").json()
    kaznu = next(p for p in answer["partners"] if p["id"] == "kaznu")
    assert {(l["date"], l["date_precision"]) for l in kaznu["links"]} == {("--07-04", "month-day")}


def test_units_sign_for_their_organisation(client):
    answer = client.get("/institutions/xjtu/partners").json()
    nust = next(p for p in answer["partners"] if p["id"] == "nust")
    assert {l["via"]["id"] for l in nust["links"]} == {"xjtu-health-science-center"}


def test_alliance_partners_are_the_other_members(client):
    answer = client.get("/institutions/kaznu/partners", params={"via": "alliance"}).json()
    assert {p["id"] for p in answer["partners"]} == curated.members("uansr") - {"kaznu"}
    for partner in answer["partners"]:
        assert {l["resource"]["id"] for l in partner["links"]} == {"uansr"}
        assert partner["links"][0]["evidence"], "memberships stated by an article carry their quote"


def test_event_partners_are_co_hosts_and_co_participants(client):
    answer = client.get("/institutions/kaznu/partners", params={"via": "event"}).json()
    orgs = curated.organizations()
    expected: dict[str, set[str]] = {}
    for _, event in curated.all_of("events"):
        present = set(event.get("hosts", [])) | set(event.get("participants", []))
        if "kaznu" in present:
            for other in present - {"kaznu"}:
                if other in orgs:
                    expected.setdefault(other, set()).add(event["id"])
    assert {p["id"]: {l["resource"]["id"] for l in p["links"]} for p in answer["partners"]} == expected


def test_an_unknown_relation_is_a_422(client):
    response = client.get("/institutions/xjtu/partners", params={"via": "friendship"})
    assert response.status_code == 422
    assert "via" in response.json()["detail"]


def test_shared_partners_rank_organisations_by_partners_in_common(client):
    answer = client.get("/institutions/XJTU/shared-partners").json()
    mine = set(curated.agreement_partners("xjtu"))
    own = curated.units_of("xjtu")
    everyone = {p for _, a in curated.all_of("agreements") for p in a["parties"]} - own
    expected = {}
    for other in everyone:
        common = mine & (set(curated.agreement_partners(other)) - {other})
        if common:
            expected[other] = common
    found = {o["id"]: {p["id"] for p in o["partners"]} for o in answer["organizations"]}
    assert found == expected
    counts = [o["shared"] for o in answer["organizations"]]
    assert counts == sorted(counts, reverse=True)
    assert all(o["shared"] == len(o["partners"]) for o in answer["organizations"])


@pytest.mark.parametrize("orgs", [["xjtu", "cup"], ["XJTU", "KazNU"], ["szu", "cup", "xieg"], ["kaznu"]])
def test_partners_common_to_a_set(client, orgs):
    answer = client.get("/shared-partners", params={"ids": orgs}).json()
    resolved = [i["id"] for i in answer["institutions"]]
    expected = set.intersection(*(set(curated.agreement_partners(o)) for o in resolved))
    assert {p["id"] for p in answer["partners"]} == expected
    for partner in answer["partners"]:
        assert {l["institution"]["id"] for l in partner["agreements"]} == set(resolved)


def test_common_partners_need_known_ids(client):
    response = client.get("/shared-partners", params={"ids": ["xjtu", "nowhere university"]})
    assert response.status_code == 422
    assert "nowhere university" in response.json()["detail"]
    assert client.get("/shared-partners").status_code == 422
