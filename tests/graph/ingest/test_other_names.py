"""One institution under its other names (issue 19, round 6 F): in its own language, by a
former name, by an acronym of its own language; and names cut or joined at a hyphen."""

from __future__ import annotations


def org_ids(extraction) -> dict[str, str]:
    return {i.mention.text: i.entity.id for i in extraction.linked if i.mention.kind == "organization"}


def test_a_name_in_its_own_language_with_a_city_adjective_is_the_english_name(run_empty):
    ids = org_ids(run_empty(
        "The University of Vienna signed an agreement with Banjul University on Monday. "
        "Founded in 1365, Universität Wien is the oldest university in the German-speaking world. "
        "The University of Poznań and the Vienna University of Technology were also present; "
        "Uniwersytet Poznański sent its rector."
    ))
    assert ids["Uniwersytet Poznański"] == ids["University of Poznań"]
    assert ids["Universität Wien"] == ids["University of Vienna"]
    assert ids["Vienna University of Technology"] != ids["University of Vienna"]  # a field makes another name


def test_an_acronym_of_its_own_language_is_the_institution_named_in_full(run_empty):
    # "KTÜ" (Karadeniz Teknik Üniversitesi) is the short form of ktu.edu.tr, the web domain of
    # Karadeniz Technical University, which the article names; "TAÜ" in brackets after the acronym "TOU"
    ids = org_ids(run_empty(
        "Karadeniz Technical University and Banjul University signed a memorandum of understanding. "
        "KTÜ Rector Prof. Dr. Ali Demir said it was a first. "
        "Tamale Open University (TOU) joined later; Prof. Ama Owusu of TOU (TAÜ) signed for it. "
        "Representatives of DEÜ also attended."
    ))
    assert ids["KTÜ"] == ids["Karadeniz Technical University"]
    assert ids["TAÜ"] == ids["Tamale Open University"]
    assert ids["DEÜ"] not in (ids["Karadeniz Technical University"], ids["Tamale Open University"])  # Dokuz Eylül: not named
