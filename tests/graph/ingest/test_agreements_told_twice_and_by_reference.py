"""Round 15, part A: agreements told twice (a count and the agreements it sums up; the same count
in a headline and its lead), parties by reference ("the two higher education institutions", "the
university" after a semicolon), clauses that name no counterpart ("as ..."), an intent with its
object ("expects A's universities to sign") and signatures put to a document. Sentences written
for the tests, with invented names; no registry."""

from __future__ import annotations

import pytest


def parties(extraction) -> list[list[str]]:
    return [sorted(p.name for p in a.parties) for a in extraction.agreements if not a.is_group]


def groups(extraction) -> list[tuple[list[str], int | None]]:
    return [(sorted(p.name for p in a.parties), a.count) for a in extraction.agreements if a.is_group]


# -- a count the article then tells one by one ---------------------------------------------------

def test_a_count_the_article_tells_one_by_one_is_no_fact_of_its_own(run_empty):
    extraction = run_empty(
        "Kestrel Mountain University has signed two research agreements with universities in Chile and Norway.\n\n"
        "On Monday the university signed a memorandum of understanding with Banjul University on coastal ecology.\n\n"
        "Kestrel Mountain University also concluded an exchange agreement with Tema University on Wednesday."
    )
    assert groups(extraction) == []
    assert parties(extraction) == [["Banjul University", "Kestrel Mountain University"], ["Kestrel Mountain University", "Tema University"]]


def test_a_count_larger_than_what_the_article_tells_stays(run_empty):
    extraction = run_empty(
        "Kestrel Mountain University has signed five research agreements with universities in Chile and Norway.\n\n"
        "Kestrel Mountain University also concluded an exchange agreement with Tema University on Wednesday."
    )
    assert groups(extraction) == [(["Kestrel Mountain University"], 5)]
    assert parties(extraction) == [["Kestrel Mountain University", "Tema University"]]


def test_the_same_count_in_the_headline_and_the_lead_is_one_group(run_empty):
    extraction = run_empty(
        "KMSU signs six agreements with Andean universities\n\n"
        "Kestrel Mountain State University (KMSU) signed six cooperation agreements with Andean universities on Monday, "
        "the university said."
    )
    assert [count for _, count in groups(extraction)] == [6]
    (group,) = [a for a in extraction.agreements if a.is_group]
    assert len(group.evidence) == 2


def test_two_subjects_with_the_same_count_stay_two(run_empty):
    extraction = run_empty(
        "Kestrel Mountain University signed three agreements with partner universities in Peru.\n\n"
        "Separately, Banjul University signed three agreements with partner universities in Ghana."
    )
    assert sorted(groups(extraction)) == [(["Banjul University"], 3), (["Kestrel Mountain University"], 3)]


# -- parties by reference -------------------------------------------------------------------------

@pytest.mark.parametrize("reference", [
    "the two higher education institutions", "the two partner universities", "both participating institutions",
    "the two Gambian universities",
])
def test_the_two_with_modifiers_are_the_two_the_paragraph_named(run_empty, reference):
    extraction = run_empty(
        "On April 2, a delegation of Banjul University visited the campus.\n\n"
        f"At a meeting with the Rector of Kestrel Mountain University, the sides discussed joint research. "
        f"Following the talks, a memorandum of understanding was signed between {reference}."
    )
    assert parties(extraction) == [["Banjul University", "Kestrel Mountain University"]]


def test_the_university_after_a_semicolon_is_the_clauses_subject_not_the_first_clauses_names(run_empty):
    extraction = run_empty(
        "Kestrel Mountain University welcomed a delegation of Banjul University on Monday.\n\n"
        "The visitors toured the laboratories of Kestrel Mountain University.\n\n"
        "The rector noted that Banjul University is Kestrel Mountain University's third partner in Africa; "
        "the university signed a student exchange agreement with Tema University in 2015."
    )
    assert parties(extraction) == [["Kestrel Mountain University", "Tema University"]]


def test_an_unresolved_the_university_after_a_semicolon_takes_nothing_from_the_first_clause(run_empty):
    extraction = run_empty(
        "The rector noted that Banjul University is Kestrel Mountain University's third partner in Africa; "
        "the university signed a student exchange agreement with Tema University in 2015."
    )
    assert all("Banjul University" not in p for p in parties(extraction))


# -- a clause that names no counterpart; an intent with its object; signatures put to it -----

def test_a_clause_opened_by_as_names_no_counterpart(run_empty):
    extraction = run_empty("Kestrel Mountain University signs MoU with Banjul University as two universities join the Tema Network")
    assert parties(extraction) == [["Banjul University", "Kestrel Mountain University"]]


def test_as_well_as_goes_on_with_the_list(run_empty):
    extraction = run_empty("Kestrel Mountain University signed agreements with Banjul University as well as Tema University on Monday.")
    assert parties(extraction) == [["Banjul University", "Kestrel Mountain University"], ["Kestrel Mountain University", "Tema University"]]


@pytest.mark.parametrize("text", [
    "The Ministry of Education said it expects Gambian public universities to sign more than 15 further agreements with Andean partners.",
    "Kestrel Mountain University urged the two Gambian universities to sign a memorandum with Banjul University.",
])
def test_an_intent_with_its_object_signs_nothing(run_empty, text):
    assert run_empty(text).agreements == []


def test_signatures_put_to_a_protocol_sign_it(run_empty):
    extraction = run_empty(
        "Kestrel Mountain University, Banjul University and Tema University put their signatures to the protocol at a ceremony in Banjul."
    )
    assert parties(extraction) == [["Banjul University", "Kestrel Mountain University", "Tema University"]]


def test_a_proposal_put_forward_is_no_signing(run_empty):
    assert run_empty("Kestrel Mountain University put forward a draft agreement to Banjul University.").agreements == []


def test_the_two_universities_after_an_agreement_reported_are_its_parties(run_empty):
    extraction = run_empty(
        "Kestrel Mountain University and Banjul University signed a strategic partnership agreement on Monday.\n\n"
        "The agreement was signed on the Banjul campus by the Rector of Tema Gamma Institute, Prof. Awa Njie. "
        "It builds on a memorandum of understanding between the two universities that dates back to 2017."
    )
    assert all(p == ["Banjul University", "Kestrel Mountain University"] for p in parties(extraction))


def test_his_university_is_the_organisation_of_the_person_named_before_by_surname(run_empty):
    extraction = run_empty(
        "The memorandum was signed by Kestrel Mountain University President Prof. Omar Hassan al-Bakri and Banjul University Rector Awa Njie.\n\n"
        "Al-Bakri said his university had signed 14 cooperation agreements with African universities since 2021."
    )
    assert groups(extraction) == [(["Kestrel Mountain University"], 14)]


# -- agreements held, not signed ------------------------------------------------------------------

def test_agreements_held_with_counted_counterparts_are_a_group_without_a_count(run_empty):
    extraction = run_empty("With Monday's memorandum, Kestrel Mountain University now has cooperation agreements with 11 Gambian universities, the statement said.")
    (group,) = [a for a in extraction.agreements if a.is_group]
    assert ([p.name for p in group.parties], group.count, group.counterparts, group.signed_on) == (["Kestrel Mountain University"], None, "11 Gambian universities", None)


def test_an_agreement_held_with_a_named_counterpart_is_undated(run_empty):
    extraction = run_empty("Kestrel Mountain University already has an agreement with Banjul University for sharing the wave flume, as of May 2024.")
    assert parties(extraction) == [["Banjul University", "Kestrel Mountain University"]]
    assert extraction.agreements[0].signed_on is None


@pytest.mark.parametrize("text", [
    "Kestrel Mountain University has no agreement with Banjul University yet.",
    "Kestrel Mountain University has the agreement of the ministry for its new campus.",
])
def test_no_agreement_held(run_empty, text):
    assert run_empty(text).agreements == []
