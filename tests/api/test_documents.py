"""``/documents``: metadata, verbatim text, and every fact with its quotes at their offsets."""

import pytest

from . import curated
from .pages import assert_pages_partition


def test_every_article(client):
    answer = client.get("/documents").json()
    assert {d["id"] for d in answer["items"]} == set(curated.documents())
    for doc in answer["items"]:
        meta = curated.documents()[doc["id"]]
        assert doc["title"] == meta.get("title")
        assert doc["published"] == meta.get("published")


def test_pages_partition_the_list(client):
    assert_pages_partition(client, "/documents", total=len(curated.documents()), limit=2)
    assert client.get("/documents", params={"offset": 100}).json()["items"] == []


def annotated_facts(doc: str) -> set[tuple[str, str]]:
    a = curated.annotations().get(doc, {})
    facts = {("agreement", x["id"]) for x in a.get("agreements", [])}
    facts |= {("agreement-group", x["id"]) for x in a.get("agreement_groups", [])}
    facts |= {("event", x["id"]) for x in a.get("events", [])}
    facts |= {("project", x["id"]) for x in a.get("projects", [])}
    facts |= {("establishment", x["organization"]) for x in a.get("establishments", [])}
    facts |= {("position", f"{x['person']}/{x['role']}/{x['organization']}") for x in a.get("roles", [])}
    facts |= {("membership", f"{m.lower()}/{x['alliance']}") for x in a.get("memberships", []) for m in x.get("members", [])}
    facts |= {("membership-group", f"{x['alliance']}/{doc}/{x['count']}") for x in a.get("memberships", []) if "count" in x}
    return facts


@pytest.mark.parametrize("doc", sorted(curated.documents()))
def test_an_article_with_its_text_and_every_fact(client, doc):
    answer = client.get(f"/documents/{doc}").json()
    text = curated.text_of(doc)
    assert answer["text"] == text
    assert {(f["type"], f["id"]) for f in answer["facts"]} == annotated_facts(doc)
    for fact in answer["facts"]:
        assert fact["evidence"]
        for quote in fact["evidence"]:
            assert text[quote["start"]:quote["end"]] == quote["text"]
            assert quote["iri"].endswith(f"/id/doc/{doc}#char={quote['start']},{quote['end']}")


def test_an_article_by_title(client):
    title = curated.documents()["kaznu-china-partnerships-2023"]["title"]
    assert client.get(f"/documents/{title.lower()}").json()["id"] == "kaznu-china-partnerships-2023"


@pytest.mark.parametrize("doc", sorted(curated.documents()))
def test_an_article_by_id_by_title_or_by_its_id_in_capitals_is_the_same_answer(client, doc):
    by_id = client.get(f"/documents/{doc}").json()
    assert by_id["id"] == doc
    assert client.get(f"/documents/{by_id['name']}").json() == by_id
    assert client.get(f"/documents/{doc.upper()}").json() == by_id


def test_an_unknown_article_is_a_404(client):
    response = client.get("/documents/kaznu-china-partnership-2023")
    assert response.status_code == 404
    assert response.json()["suggestions"][0] == "kaznu-china-partnerships-2023"


def test_an_id_of_something_else_is_not_an_article(client):
    response = client.get("/documents/xjtu")
    assert response.status_code == 404
