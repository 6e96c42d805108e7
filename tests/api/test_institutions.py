"""``/institutions``: lists, filters, profiles; ids by slug, acronym or spelling."""

import pytest

from . import curated


def ids(answer) -> set[str]:
    return {item["id"] for item in answer}


def test_the_list_holds_every_organisation_of_the_registry(client):
    answer = client.get("/institutions", params={"limit": 1000}).json()
    assert answer["total"] == len(curated.organizations())
    assert ids(answer["items"]) == set(curated.organizations())
    names = [i["name"].casefold() for i in answer["items"]]
    assert names == sorted(names)


def test_pages_partition_the_list(client):
    whole = client.get("/institutions", params={"limit": 1000}).json()["items"]
    first = client.get("/institutions", params={"limit": 10}).json()
    second = client.get("/institutions", params={"limit": 10, "offset": 10}).json()
    assert first["items"] + second["items"] == whole[:20]
    assert first["total"] == len(whole)


@pytest.mark.parametrize("country", ["KZ", "kz", "Kazakhstan", "cn"])
def test_filter_by_country_code_or_name(client, country):
    code = "KZ" if country.lower() in ("kz", "kazakhstan") else country.upper()
    expected = {o for o, v in curated.organizations().items() if v.get("country") == code}
    answer = client.get("/institutions", params={"country": country, "limit": 1000}).json()
    assert ids(answer["items"]) == expected
    assert all(i["country"]["id"] == code.lower() for i in answer["items"])


@pytest.mark.parametrize("kind", ["university", "company", "alliance", "school"])
def test_filter_by_kind(client, kind):
    narrower = {
        k for k in ("university", "research-institute", "academy", "government-body", "company", "alliance",
                    "intergovernmental-organization", "organizational-unit", "school", "centre",
                    "laboratory", "science-park")
        if "".join(p.title() for p in k.split("-")) in curated.narrower_classes("".join(p.title() for p in kind.split("-")))
    }
    expected = {o for o, v in curated.organizations().items() if narrower & set(curated.as_list(v["kind"]))}
    answer = client.get("/institutions", params={"kind": kind, "limit": 1000}).json()
    assert expected and ids(answer["items"]) == expected


def test_filter_by_alliance_and_name_together(client):
    answer = client.get("/institutions", params={"alliance": "UANSR", "limit": 1000}).json()
    assert ids(answer["items"]) == curated.members("uansr")
    both = client.get("/institutions", params={"alliance": "uansr", "name": "UNIVERSITY of", "limit": 1000}).json()
    registry = curated.organizations()
    expected = {
        o for o in curated.members("uansr")
        if any("university of" in n.lower() for n in [registry[o]["name"], *curated.as_list(registry[o].get("spellings"))])
    }
    assert expected and ids(both["items"]) == expected


def test_a_name_filter_ignores_case_and_accents(client):
    answer = client.get("/institutions", params={"name": "POLITÉCNICO"}).json()
    assert "polimi" in ids(answer["items"])


@pytest.mark.parametrize("params, parameter", [
    ({"kind": "planet"}, "kind"),
    ({"country": "Atlantis"}, "country"),
    ({"alliance": "xjtu"}, "alliance"),
    ({"limit": 0}, "limit"),
    ({"offset": -1}, "offset"),
    ({"name": "x" * 301}, "name"),
])
def test_bad_filters_are_a_422_naming_the_parameter(client, params, parameter):
    response = client.get("/institutions", params=params)
    assert response.status_code == 422
    assert parameter in response.json()["detail"]


@pytest.mark.parametrize("spelling", ["xjtu", "XJTU", "Xi'an Jiaotong University", "xi’an jiaotong UNIVERSITY"])
def test_an_institution_by_any_of_its_names(client, spelling):
    answer = client.get(f"/institutions/{spelling}").json()
    assert answer["id"] == "xjtu"
    assert answer["iri"] == "https://w3id.org/unikg/id/org/xjtu"


def test_a_profile_gathers_names_units_agreements_people_and_sources(client):
    answer = client.get("/institutions/xjtu").json()
    registry = curated.organizations()["xjtu"]
    assert answer["name"] == registry["name"]
    assert answer["acronyms"] == sorted(registry["acronyms"])
    assert answer["country"]["id"] == registry["country"].lower()
    assert ids(answer["units"]) == curated.units_of("xjtu") - {"xjtu"}
    own = curated.units_of("xjtu")
    expected_agreements = {a["id"] for _, a in curated.all_of("agreements") if own & set(a["parties"])}
    expected_agreements |= {g["id"] for _, g in curated.all_of("agreement_groups") if own & set(g["parties"])}
    assert ids(answer["agreements"]) == expected_agreements
    assert answer["agreements_total"] == len(expected_agreements)  # no seed profile has over 20
    expected_people = {(r["person"], r["role"]) for _, r in curated.all_of("roles") if r["organization"] in own}
    assert {(p["person"]["id"], p["role"]["id"]) for p in answer["people"]} == expected_people
    mentioned = {d for d in curated.documents() if "XJTU" in curated.text_of(d) or registry["name"] in curated.text_of(d)}
    assert ids(answer["sources"]) == mentioned


def test_a_unit_names_its_parent(client):
    answer = client.get("/institutions/xjtu-health-science-center").json()
    assert answer["unit_of"]["id"] == "xjtu"


def test_an_unknown_institution_is_a_404_with_close_matches(client):
    response = client.get("/institutions/XJTUU")
    assert response.status_code == 404
    assert "xjtu" in response.json()["suggestions"]
    assert "XJTUU" in response.json()["detail"]


def _checked_links() -> dict[str, str]:
    """id → the ROR id checked by hand for it (tests/linking/registry-links.csv), linked ones only."""
    import csv

    from unikg.graph.settings import PROJECT_ROOT

    with open(PROJECT_ROOT / "tests" / "linking" / "registry-links.csv", encoding="utf-8") as handle:
        return {row["id"]: row["expected_ror"] for row in csv.DictReader(handle) if row["expected_ror"]}


@pytest.mark.parametrize("identifier", ["ror:017zhmm22", "017zhmm22", "wikidata:Q981237", "Q981237", "ROR:017ZHMM22"])
def test_an_institution_by_its_ror_id_or_wikidata_item(client, identifier):
    answer = client.get(f"/institutions/{identifier}").json()
    assert (answer["id"], answer["ror"], answer["wikidata"]) == ("xjtu", "017zhmm22", "Q981237")
    partners = client.get(f"/institutions/{identifier}/partners").json()
    assert partners == client.get("/institutions/xjtu/partners").json()


def test_a_profile_has_the_ror_id_and_wikidata_item_checked_by_hand(client):
    checked = _checked_links()
    for slug in ("xjtu", "kaznu", "ensia", "chiang-mai-university", "cup", "xjtu-health-science-center"):
        answer = client.get(f"/institutions/{slug}").json()
        assert answer["ror"] == checked.get(slug), slug
        assert (answer["wikidata"] is None) == (slug not in checked), slug  # every linked row here has an item
    assert client.get("/institutions/ror:05gbn2817").status_code == 404  # a row no organisation is linked to
