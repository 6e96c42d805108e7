"""Alliances recognised by how news writes them (graph/ingest/alliances.py), on sentences written
for the tests: other names, other countries, other languages than any article's."""

from __future__ import annotations

import pytest


def alliances_of(extraction) -> dict[str, bool]:
    """Each organisation mention's text → whether its entity is an alliance."""
    return {i.mention.text: i.entity.alliance for i in extraction.linked if i.mention.kind == "organization"}


def memberships_of(extraction) -> list[tuple[str, str, str | None]]:
    return sorted((m.member.name if m.member else f"{m.count} unnamed", m.alliance.name, m.kind) for m in extraction.memberships)


@pytest.mark.parametrize(
    ("text", "alliance"),
    [
        # a lower-case classifier after the name (a capitalised adjective may come first)
        ("Banjul University is a member of the SEAWAYS European university alliance, which links nine universities.", "SEAWAYS"),
        ("Banjul University is part of the ARCTOS university network.", "ARCTOS"),
        ("Tamale Technical University belongs to the NORDA Nordic university consortium.", "NORDA"),
        # a copula
        ("UNorth is a cooperative network of universities and colleges in the circumpolar North. Banjul University joined UNorth in 2020.", "UNorth"),
        # an apposition, on an acronym and on a coined word
        ("Both Banjul University and Tamale Technical University are long-standing members of the AUC, a global network of English-speaking universities.", "AUC"),
        ("Tamale Technical University is a member of Sahelis, an African association of agricultural universities.", "Sahelis"),
    ],
)
def test_the_text_around_a_name_says_it_is_an_alliance(run_empty, text, alliance):
    assert alliances_of(run_empty(text))[alliance] is True


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a programme, a project, a ranking: no alliance
        ("Banjul University takes part in the KESTREL project and the Horizon Europe programme.", "KESTREL"),
        ("Banjul University climbs in the QS ranking.", "QS"),
        # an institution's name (or acronym) with a lower-case "network" after it is the institution's
        ("The Banjul University alumni network met in Dakar.", "Banjul University"),
        ("Banjul University signed an agreement with the Massachusetts Institute of Technology (MIT). The MIT alumni network will host it.", "MIT"),
        ("Banjul University hosted the KU research network.", "KU"),
        # a word at the start of a sentence is no name for a copula after it
        ("Research is a global network of people at Banjul University, and research needs money.", "Research"),
        # "a member of the X network" describes the member
        ("Banjul University, a member of the Kestrel Universities Network, signed an agreement with Tamale Technical University.", "Banjul University"),
    ],
)
def test_no_alliance_without_the_words_for_one(run_empty, text, name):
    assert alliances_of(run_empty(text)).get(name) is not True


def test_a_coined_name_a_copula_describes_is_a_name_everywhere(run_empty):
    extraction = run_empty(
        "Two Ocean U. partners signed a double-degree agreement. "
        "Ocean U. is a European university alliance founded in 2020 by Banjul University, Kestrel Mountain University "
        "and the University of Lagos. It is led by Tom Berger, Secretary General of Ocean U."
    )
    names = [i.mention.text for i in extraction.linked if i.entity.id == "ocean-u"]
    assert names == ["Ocean U.", "Ocean U.", "Ocean U."]
    assert memberships_of(extraction) == [
        ("Banjul University", "Ocean U.", "founding-member"), ("Kestrel Mountain University", "Ocean U.", "founding-member"),
        ("University of Lagos", "Ocean U.", "founding-member"),
    ]


def test_the_long_form_of_an_acronym_described_as_a_network_is_its_name(run_empty):
    extraction = run_empty(
        "Kestrel Mountain University is a member of the Euroleague for Marine Sciences (ELMS), a network of European marine sciences universities."
    )
    assert alliances_of(extraction)["Euroleague for Marine Sciences"] is True
    assert memberships_of(extraction) == [("Kestrel Mountain University", "Euroleague for Marine Sciences", None)]


def test_an_acronym_defined_without_a_description_stays_no_name(run_empty):
    # the long form has no head noun and nothing calls it an organisation: a term, not a name
    extraction = run_empty("Banjul University teaches Integrated Marine Science (IMS) to 300 students.")
    assert "Integrated Marine Science" not in alliances_of(extraction)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Banjul University became a full member of EduNet Africa in March 2024.", [("Banjul University", "EduNet Africa")]),
        ("Tamale Technical University joined AfriLink last year.", [("Tamale Technical University", "AfriLink")]),
        # a short form of a longer name the article writes: no second organisation
        ("Banjul University was admitted to the KestNet West African Universities Network. As a member of KestNet, it will host a summer school.",
         [("Banjul University", "KestNet West African Universities Network")]),
    ],
)
def test_a_coined_word_after_the_words_of_membership_is_a_name(run_empty, text, expected):
    extraction = run_empty(text)
    assert sorted((m.member.name, m.alliance.name) for m in extraction.memberships if m.member) == expected
    assert "KestNet" not in {i.mention.text for i in extraction.linked if i.entity.name == "KestNet"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Banjul University is a member of the Aurora European university alliance.", [("Banjul University", "Aurora")]),
        ("The Seafarers African university network admitted Banjul University as a new member.", [("Banjul University", "Seafarers")]),
        # a region's adjective before the classifier is no name
        ("Banjul University joined the European university network in 2020.", []),
        # "both A and B"
        ("Banjul University is a member of both the Coastal Universities Network and the Sahel Research Network.",
         [("Banjul University", "Coastal Universities Network"), ("Banjul University", "Sahel Research Network")]),
    ],
)
def test_a_name_before_a_classifier_and_both_alliances(run_empty, text, expected):
    assert sorted((m.member.name, m.alliance.name) for m in run_empty(text).memberships if m.member) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Banjul University joined a new alliance called SeaNet in 2021.", [("Banjul University", "SeaNet", None)]),
        ("The network, known as Kestnet, links 40 universities. Banjul University joined Kestnet in 2020.", [("Banjul University", "Kestnet", None)]),
        ("The consortium, named Sahel Futures, was launched by Banjul University and Tamale Technical University.",
         [("Banjul University", "Sahel Futures", "founding-member"), ("Tamale Technical University", "Sahel Futures", "founding-member")]),
        # a project launched by a university is no alliance of founders
        ("The KESTREL project was launched by Banjul University in 2020.", []),
    ],
)
def test_a_name_given_to_an_alliance(run_empty, text, expected):
    assert memberships_of(run_empty(text)) == expected


@pytest.mark.parametrize(
    ("text", "alliance"),
    [
        ("Banjul University is a member of the Rede de Universidades do Atlântico.", "Rede de Universidades do Atlântico"),
        ("Banjul University is a member of the Consorcio de Universidades del Sur.", "Consorcio de Universidades del Sur"),
        ("Banjul University is a member of the Associação das Universidades de Língua Portuguesa.", "Associação das Universidades de Língua Portuguesa"),
    ],
)
def test_networks_and_associations_named_in_their_own_language(run_empty, text, alliance):
    assert memberships_of(run_empty(text)) == [("Banjul University", alliance, None)]


@pytest.mark.parametrize(
    ("text", "body", "not_a_name"),
    [
        # a plural possessive of members before "Conference": a body of institutions, an organisation
        ("The Sahel Rectors' Conference met in Niamey and admitted Tamale Technical University as a full member.",
         "Sahel Rectors' Conference", None),
        ("Banjul University joined the Baltic Universities’ Conference in 2021.", "Baltic Universities’ Conference", None),
        # "Conference" on its own, or after a possessive of a person or an event's noun, stays an event
        ("Banjul University hosted the Annual Conference on Drylands in May.", None, "Annual Conference"),
        ("The Rector of Banjul University spoke at the Sahel Rectors' Forum held in Niamey.", None, "Sahel Rectors' Forum"),
    ],
)
def test_a_rectors_conference_is_a_body_of_institutions(run_empty, text, body, not_a_name):
    found = alliances_of(run_empty(text))
    if body:
        assert body in found
    if not_a_name:
        assert not any(not_a_name in name for name in found)
