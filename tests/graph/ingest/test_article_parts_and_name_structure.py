"""Entities read by the structure of the article and of names (issue 19, round 15 E): a byline
that runs into the story is no part of it, a masthead's parts are headings; names with a number
or a full stop in them, a short form coined with one capital or a number, an acronym a hyphen
joins to one capital letter. Every sentence here is written for the test."""

from __future__ import annotations


def org_ids(extraction) -> dict[str, str]:
    return {i.mention.text: i.entity.id for i in extraction.linked if i.mention.kind == "organization"}


def parties(extraction) -> list[set[str]]:
    return [{p.name for p in a.parties} for a in extraction.agreements]


def test_a_byline_that_runs_into_the_story_is_no_part_of_its_first_sentence(run_empty):
    extraction = run_empty(
        "Banjul and Tamale sign accord\n\n"
        "By Ana Lima Souza | Agência KESTREL – The Federal University of Tamale (UFTA) and "
        "Kestrel Valley University signed a cooperation agreement on Monday in Accra.\n\n"
        "Several projects are funded by KESTREL."
    )
    ids = org_ids(extraction)
    assert ids["Federal University of Tamale"] == ids["UFTA"]
    assert ids.get("KESTREL") != ids["Federal University of Tamale"]  # the outlet is no other name of the lead's subject
    assert {"Federal University of Tamale", "Kestrel Valley University"} in parties(extraction)
    assert not any(m.text.startswith("Ana") for m in (i.mention for i in extraction.linked))  # the reporter


def test_a_label_in_capitals_before_a_bar_is_no_acronym(run_empty):
    ids = org_ids(run_empty(
        "MEDIA RELEASE | Banjul University Network (BUN)\n\n"
        "The Banjul University Network today admitted Tamale University as a full member."
    ))
    assert "RELEASE" not in ids and "MEDIA" not in ids


def test_a_head_and_a_number_name_a_network(run_empty):
    ids = org_ids(run_empty(
        "Tamale University and Kestrel University are members of Universitas 17, the global network "
        "of teaching universities. Tamale is placed in Group 3 of the ranking."
    ))
    assert "Universitas 17" in ids
    assert "Group 3" not in ids


def test_an_acronym_with_a_number_before_a_head_is_part_of_the_name(run_empty):
    ids = org_ids(run_empty(
        "Kestrel University, which joined the K9+ Alliance of Coastal Universities in 2021, signed a "
        "memorandum with Tamale University."
    ))
    assert "K9+ Alliance of Coastal Universities" in ids


def test_a_coined_name_joined_to_its_head_by_a_full_stop(run_empty):
    ids = org_ids(run_empty(
        "A delegation of the 3KU.Federation visited Tamale University in May. Kestrel University is "
        "one of the three members of the federation."
    ))
    assert "3KU.Federation" in ids


def test_short_forms_coined_with_one_capital_or_a_number(run_empty):
    extraction = run_empty(
        "K7T rectors meet in Banjul\n\n"
        "The Group of Seven (Go7) and the Coastal Universities Forum for Marine Research (Cufor) "
        "signed a memorandum of understanding in Banjul. Go7 Chair Professor Ama Owusu signed it. "
        "K7T rectors attended. Kestrel Seven Tech (K7T) is an alliance of seven technical universities."
    )
    ids = org_ids(extraction)
    assert ids["Go7"] == ids["Group of Seven"]
    assert ids["Cufor"] == ids["Coastal Universities Forum for Marine Research"]
    assert ids["K7T"] == ids["Kestrel Seven Tech"]  # also in the headline, before it is defined
    assert "T" not in ids and sum(i.mention.text == "K7T" for i in extraction.linked) == 3


def test_an_acronym_joined_to_one_capital_by_a_hyphen_is_whole(run_empty):
    ids = org_ids(run_empty(
        "KIT-B, Banjul University sign MoU\n\n"
        "The Kestrel Institute of Technology Banjul (KIT-B) signed a memorandum with Banjul "
        "University. KIT-B's campus will host it, and T-KAU (the Tamale-Kestrel Academic Union) "
        "will fund it."
    ))
    assert "KIT" not in ids and "KAU" not in ids
    assert ids["KIT-B"] == ids["Kestrel Institute of Technology Banjul"]
