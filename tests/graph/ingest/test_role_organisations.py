"""The organisation of a person's title as a learned decision (``role_organisation``), with the
shipped model, on sentences written for the test; and its labeller on a gold of its own."""

from __future__ import annotations

from unikg.graph.ingest import learned, role_organisations
from unikg.graph.ingest.gold import Alignment, GoldArticle, GoldRole
from unikg.graph.ingest.linking import Entity
from unikg.graph.ingest.text import Article

RULES_ALONE = {role_organisations.NAME: None}


def roles(extraction) -> set[tuple[str, str, str]]:
    return {(r.person.name, r.title, r.organization.name) for r in extraction.roles}


def test_the_shipped_model_is_the_one_that_decides():
    model = learned.classifier(role_organisations.NAME)
    assert model is not None and model.weights[learned.RULE] > 1.0  # the rules' choice weighs most


def test_a_person_and_a_title_no_pattern_placed_get_the_likeliest_organisation(run_empty):
    text = "Tamarind University hosted the meeting on Monday. Dr. Omar Haddad, President, opened it."
    with learned.using(RULES_ALONE):
        assert roles(run_empty(text)) == set()  # "President" alone is a country's as often: no pattern places it
    assert roles(run_empty(text)) == {("Omar Haddad", "President", "Tamarind University")}


def test_a_title_that_says_whose_it_is_is_left_to_the_patterns(run_empty):
    for text in (
        "Tamarind University signed with Harbour University. The president of the university, Dr. Omar Haddad, spoke.",
        "Tamarind University signed with Harbour University. Dr. Omar Haddad, president of Ollscoil Chill Dara, spoke.",
        "Tamarind University signed with Harbour University. The Kx8 delegation was led by its President, Dr. Omar Haddad.",
        "Tamarind University signed with Harbour University. Zed8 President Dr. Omar Haddad spoke.",
    ):
        assert roles(run_empty(text)) == set(), text


def test_the_rules_choice_stands_where_the_title_says_whose_it_is(run_empty):
    for text, expected in (
        ("Prof. Ines Duarte, Rector of Coral Bay University, and Dr. Kwame Owusu, Vice-Chancellor of Savanna "
         "Highlands University, signed the agreement at Coral Bay University.",
         {("Ines Duarte", "Rector", "Coral Bay University"), ("Kwame Owusu", "Vice-Chancellor", "Savanna Highlands University")}),
        ("Savanna Highlands University Vice-Chancellor Kwame Owusu visited Coral Bay University on Friday.",
         {("Kwame Owusu", "Vice-Chancellor", "Savanna Highlands University")}),
    ):
        assert roles(run_empty(text)) == expected
        with learned.using(RULES_ALONE):
            assert roles(run_empty(text)) == expected


def test_an_honorific_beside_a_name_is_no_title_to_place(run_empty):
    text = "Fjord Coast University hosted the meeting. Its guest, Professor Mari Dahl, spoke about research."
    assert not any(r.person.name == "Mari Dahl" for r in run_empty(text).roles)


def _entity(ident: str, kind: str) -> Entity:
    return Entity(id=ident, kind=kind, name=ident, new=True, method="new", confidence=0.9)


def test_the_labeller_says_yes_for_the_gold_organisation_of_the_title_no_for_another_and_nothing_else():
    gold = GoldArticle(
        name="01", article=Article(text="", name="01.txt"), entities={}, agreements=[], memberships=[],
        roles=[GoldRole(person="Ana Lima", role="Rector", organisation="Lakeside University")],
    )
    alignment = Alignment(gold, {"ana": "Ana Lima", "bo": None}, lambda entity: entity.id)
    ana, bo = _entity("ana", "person"), _entity("bo", "person")
    lakeside, marlow = _entity("Lakeside University", "organization"), _entity("Marlow University", "organization")

    def label(person, org, title="Rector", role="rector"):
        return role_organisations.label(learned.Record(role_organisations.NAME, {}, (person, org, title, role), False), alignment)

    assert label(ana, lakeside) is True
    assert label(ana, marlow) is False
    assert label(ana, lakeside, "Dean", "dean") is None  # not her title in the gold: an extra either way
    assert label(bo, lakeside) is None  # not a gold person
