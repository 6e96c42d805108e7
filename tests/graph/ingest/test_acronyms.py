"""Acronyms defined in the text (Schwartz-Hearst) and acronyms that spell a name's initials.
Each shape on a sentence written for the test, of the shape the development articles have."""

from __future__ import annotations

import pytest

from unikg.graph.ingest.acronyms import long_form_start, spells

from .conftest import names


def entities(extraction) -> dict[str, str]:
    """Mention text → entity id."""
    return {i.mention.text: i.entity.id for i in extraction.linked if i.mention.kind == "organization"}


@pytest.mark.parametrize(
    "short, long, expected",
    [
        ("MMARAU", "signed by Maasai Mara University", "Maasai Mara University"),  # letters inside words
        ("TSEU", "with the Tashkent State University of Economics", "Tashkent State University of Economics"),
        ("EUPeace", "the European University for Peace, Justice and Inclusive Societies", "European University for Peace, Justice and Inclusive Societies"),
        ("NC A&T", "and North Carolina Agricultural and Technical State University", "North Carolina Agricultural and Technical State University"),
        ("SCO", "the China-Shanghai Cooperation Organization", "Shanghai Cooperation Organization"),  # a word after a hyphen
        ("ABC", "the Xinjiang Institute of Ecology", None),
    ],
)
def test_schwartz_hearst_finds_the_long_form(short, long, expected):
    start = long_form_start(short, long)
    assert (long[start:] if start is not None else None) == expected


def test_a_definition_binds_the_acronym_and_makes_no_second_entity(run_empty):
    extraction = run_empty(
        "Kestrel Mountain University (KMU) and the Banjul Institute of Marine Studies (BIMS) signed a memorandum. "
        "KMU will host the first students, and BIMS will send two lecturers."
    )
    found = entities(extraction)
    assert found["KMU"] == found["Kestrel Mountain University"] == "kmu"
    assert found["BIMS"] == found["Banjul Institute of Marine Studies"] == "bims"
    assert len({e.id for e in extraction.new_entities if e.kind == "organization"}) == 2
    (agreement,) = extraction.agreements
    assert sorted(p.id for p in agreement.parties) == ["bims", "kmu"]


def test_the_long_form_gives_the_name_its_extent_over_commas_and_and(run_empty):
    extraction = run_empty(
        "The University of Arts, Crafts and Design Studies (UACDS) joined the Nordic Crafts Alliance. "
        "Oakridge Agricultural and Mechanical State University (OAMSU) joined too."
    )
    orgs = names(extraction, "organization")
    assert "University of Arts, Crafts and Design Studies" in orgs
    assert "Oakridge Agricultural and Mechanical State University" in orgs


def test_the_definition_can_come_the_other_way_round_and_a_two_word_acronym_is_found_again(run_empty):
    extraction = run_empty(
        "KMU (Kestrel Mountain University) signed with Tal Ridge Agricultural and Technical University (TR A&T). "
        "TR A&T said the agreement was its first."
    )
    found = entities(extraction)
    assert found["KMU"] == found["Kestrel Mountain University"]
    assert found["TR A&T"] == found["Tal Ridge Agricultural and Technical University"] == "tr-a-t"
    assert [m for m in names(extraction, "organization") if m == "TR A&T"] == ["TR A&T", "TR A&T"]


def test_a_capitalised_agreement_name_in_brackets_is_not_an_organisation(run_empty):
    extraction = run_empty("Kestrel Mountain University signed a Memorandum of Understanding (MoU) with Banjul University.")
    assert "Memorandum of Understanding" not in names(extraction, "organization")


@pytest.mark.parametrize(
    "acronym, name, expected",
    [
        ("UIA", "University Innovation Alliance", True),  # the initials in order
        ("TSEU", "Tashkent State University of Economics", True),  # in another order, as transliterations have it
        ("KazNU", "Al-Farabi Kazakh National University", True),  # a syllable kept, the last initials
        ("UN", "University of Nairobi", False),  # two capitals: too short to tell
        ("KMU", "Banjul Institute of Marine Studies", False),
    ],
)
def test_initials(acronym, name, expected):
    assert spells(acronym, name) is expected


def test_an_acronym_never_defined_binds_to_the_one_name_it_spells(run_empty):
    extraction = run_empty(
        "The Coastal Universities Network welcomed two new members. Since its founding, the CUN has grown quickly."
    )
    found = entities(extraction)
    assert found["CUN"] == found["Coastal Universities Network"]
    ambiguous = run_empty("Kestrel Mountain University and Kinross Metropolitan University met. KMU spoke first.")
    found = entities(ambiguous)
    assert found["KMU"] not in (found["Kestrel Mountain University"], found["Kinross Metropolitan University"])


def test_an_acronym_spells_a_name_without_its_eponym(run_empty):
    extraction = run_empty(
        "Bukhara State University named after Alisher Navoi and Ghent University renewed their agreement. "
        "BukSU rector Dilshod Karimov signed it."
    )
    ids = {i.mention.text: i.entity.id for i in extraction.linked if i.mention.kind == "organization"}
    assert ids["BukSU"] == ids["Bukhara State University named after Alisher Navoi"]


@pytest.mark.parametrize(
    "text, acronym, name",
    [
        # the registry knows another organisation by the same letters; the article says which one it means
        ("TUT and Moi University sign MoU\n\nThe Tshwane University of Technology (TUT) and Moi University signed a memorandum on Monday. "
         "TUT's rector attended.", "TUT", "Tshwane University of Technology"),
        ("NUS hosts regional forum\n\nThe National University of Samoa (NUS) hosted the forum in Apia. NUS will host it again in 2027.",
         "NUS", "National University of Samoa"),
    ],
)
def test_an_acronym_the_article_defines_beats_the_registrys_entry(run_seed, text, acronym, name):
    extraction = run_seed(text)
    meant = {i.entity.name for i in extraction.linked if i.mention.text == acronym}
    assert meant == {name}


@pytest.mark.parametrize("text, acronym, name", [
    # two capitals found before a title, the initials of the one name of the article
    ("UB and Tamale Technical University sign MoU\n\nA memorandum was signed on Monday between the University of Bamenda and "
     "Tamale Technical University. It was signed by UB Rector Prof. Awa Njie.", "UB", "University of Bamenda"),
    # never defined, and the registry knows another by these letters (Tampere): the article's own organisation
    ("A memorandum was signed on Monday between the Tshwane University of Technology and Moi University. "
     "It was signed by TUT Vice-Chancellor Prof. Thandi Mokoena.", "TUT", "Tshwane University of Technology"),
])
def test_an_undefined_acronym_spells_the_one_name_of_the_article(run_seed, text, acronym, name):
    extraction = run_seed(text)
    assert {i.entity.name for i in extraction.linked if i.mention.text == acronym} == {name}
    assert len(extraction.agreements) == 1
