"""The learned membership decision (:mod:`unikg.graph.ingest.membership_decision`): with the
shipped model, shapes the rules do not read are found; what the rules reject as no membership
stays out; without a model the rules alone decide; the labeller reads the gold."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from unikg.graph.ingest import learned
from unikg.graph.ingest.membership_decision import NAME, label, lemma


def members(extraction) -> list[tuple[str, str]]:
    return sorted((m.member.name, m.alliance.name) for m in extraction.memberships if m.member is not None)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the applications approved, and the members they thus became
        ("The Lakeside Universities Network approved the applications of Ouagadougou Polytechnic University and Tallinn Maritime University, "
         "which thus became full members.",
         [("Ouagadougou Polytechnic University", "Lakeside Universities Network"), ("Tallinn Maritime University", "Lakeside Universities Network")]),
        # a plural subject: the parties of the agreement of as many
        ("Ouagadougou Polytechnic University, Tallinn Maritime University and the University of Valparaiso signed a joint agreement on Monday. "
         "The three institutions are members of the Lakeside Universities Network.",
         [("Ouagadougou Polytechnic University", "Lakeside Universities Network"), ("Tallinn Maritime University", "Lakeside Universities Network"),
          ("University of Valparaiso", "Lakeside Universities Network")]),
    ],
)
def test_shapes_the_rules_miss_are_weighed_right_by_the_shipped_model(run_empty, text, expected):
    """The model ranks each right membership of a shape the rules miss above even odds and each
    wrong pair below, and adds no wrong one to the rules' (which right ones pass the threshold
    moves with each retraining: the gold grows)."""
    model = learned.classifier(NAME)
    assert model is not None, "graph/ingest/models/membership.json is missing: run `make models`"
    with learned.recording() as records:
        found = set(members(run_empty(text)))
    weighed = {(r.candidate[1].name, r.candidate[0].name): model.probability(r.features) for r in records if r.name == NAME}
    assert set(expected) <= set(weighed)
    assert min(weighed[pair] for pair in expected) > 0.5 > max((p for pair, p in weighed.items() if pair not in expected), default=0.0)
    with learned.using({NAME: None}):
        rules = set(members(run_empty(text)))
    assert rules <= found <= set(expected)


def test_a_list_of_alliances_ranks_the_member_in_each_far_above_the_alliances_in_each_other(run_empty):
    """Which of a list's pairs pass the threshold moves with each retraining; how the model
    ranks them, the member of each alliance against one alliance as a member of another, is
    what it has learned."""
    text = ("Ouagadougou Polytechnic University is a member of the Sahel Research Association, the Lakeside Universities Network "
            "and the Savannah Universities League.")
    model = learned.classifier(NAME)
    with learned.recording() as records:
        run_empty(text)
    weighed = {tuple(e.name for e in r.candidate): model.probability(r.features) for r in records if r.name == NAME}
    right = [p for (alliance, member), p in weighed.items() if member == "Ouagadougou Polytechnic University"]
    wrong = [p for (alliance, member), p in weighed.items() if member != "Ouagadougou Polytechnic University"]
    assert len(right) == 3 and len(wrong) == 6
    assert min(right) > 0.5 > max(wrong)


@pytest.mark.parametrize(
    "text",
    [
        "Ouagadougou Polytechnic University is not a member of the Lakeside Universities Network.",
        "Ouagadougou Polytechnic University has applied to join the Lakeside Universities Network and the Sahel Research Association.",
        "Ouagadougou Polytechnic University (a member of the Lakeside Universities Network) signed an agreement with Tallinn Maritime University.",
        "The rector of Ouagadougou Polytechnic University spoke at the Lakeside Universities Network meeting hosted by Tallinn Maritime University.",
    ],
)
def test_no_membership_where_the_words_say_none(run_empty, text):
    found = members(run_empty(text))
    assert ("Tallinn Maritime University", "Lakeside Universities Network") not in found
    assert ("Tallinn Maritime University", "Sahel Research Association") not in found
    assert ("Ouagadougou Polytechnic University", "Sahel Research Association") not in found
    if " not " in text or "applied" in text:
        assert found == []


def test_lemmas_join_the_forms_of_a_cue():
    assert {lemma(w) for w in ("admitted", "admits", "admit")} == {"admit"}
    assert {lemma(w) for w in ("included", "includes", "include")} == {"includ"}
    assert lemma("members") == "member" and lemma("was") == "was"


def test_the_labeller_says_yes_no_or_cannot_say_from_the_gold():
    gold = SimpleNamespace(
        memberships=[SimpleNamespace(alliance="Lakeside Universities Network", member="Tallinn Maritime University")],
        entities={"Lakeside Universities Network": None, "Tallinn Maritime University": None, "Ouagadougou Polytechnic University": None},
    )
    keys = {"a": "Lakeside Universities Network", "m": "Tallinn Maritime University", "o": "Ouagadougou Polytechnic University", "x": "(not in the gold: X)"}
    alignment = SimpleNamespace(gold=gold, org_key=lambda e: keys[e])
    record = lambda alliance, member: learned.Record(NAME, {}, (alliance, member), False)  # noqa: E731
    assert label(record("a", "m"), alignment) is True
    assert label(record("a", "o"), alignment) is False
    assert label(record("a", "x"), alignment) is None


@pytest.mark.parametrize(
    "text, members_told",
    [
        # the members in the sentence after the one that names the alliance
        ("The Lakeside Universities Network held its general assembly in Tallinn on Friday. "
         "The new members are Ouagadougou Polytechnic University and the University of Valparaiso.",
         {"Ouagadougou Polytechnic University", "University of Valparaiso"}),
        # an "About" paragraph: the alliance by a pronoun
        ("About the Sahel Research Association. Founded in 2009, the association has its office in Niamey. "
         "Its members include Ouagadougou Polytechnic University and Tallinn Maritime University.",
         {"Ouagadougou Polytechnic University", "Tallinn Maritime University"}),
    ],
)
def test_members_told_after_the_sentence_naming_the_alliance_are_candidates(run_empty, text, members_told):
    """The decision is asked about each organisation of a sentence that tells of membership
    without naming an alliance, with the alliance named in one of the two sentences before."""
    with learned.using({NAME: None}), learned.recording() as records:
        run_empty(text)
    told = {r.candidate[1].name: r.features for r in records if r.name == NAME and any(f.startswith("alliance_sentences_before=") for f in r.features)}
    assert members_told <= set(told)
    assert all("opens_with_reference" in told[m] for m in members_told)


def test_no_candidate_from_the_sentence_before_without_a_word_of_membership(run_empty):
    text = ("The Lakeside Universities Network held its general assembly in Tallinn on Friday. "
            "Ouagadougou Polytechnic University and the University of Valparaiso presented a report on mobility.")
    with learned.using({NAME: None}), learned.recording() as records:
        run_empty(text)
    assert not [r for r in records if r.name == NAME and any(f.startswith("alliance_sentences_before=") for f in r.features)]


def test_members_named_after_a_count_of_new_members_are_members_by_the_document(run_empty):
    """A count of an alliance's new members that the names before do not fill: the organisations
    told after a word of membership in the sentences that follow, however far back the alliance
    was named, are its members (the count stays a count only when filled, as before); an
    application after the count fills nothing and is no membership."""
    text = ("The Lakeside Universities Network on Friday admitted four universities from the Sahel as new members. "
            "The general assembly met in Tallinn. "
            "Delegates discussed the budget for the coming year.\n\n"
            "Among the newcomers is Ouagadougou Polytechnic University, which opened in 2008. "
            "It is joined by Niamey Technical University, Bamako University of Letters and the University of Gao.\n\n"
            "Tallinn Maritime University has applied to become a member.")
    with learned.using({NAME: None}):
        found = set(members(run_empty(text)))
    assert {(m, "Lakeside Universities Network") for m in (
        "Ouagadougou Polytechnic University", "Niamey Technical University", "Bamako University of Letters", "University of Gao")} <= found
    assert not [m for m in found if m[0] == "Tallinn Maritime University"]
    with learned.using({NAME: None}):
        facts = run_empty(text).memberships
    assert not [f for f in facts if f.member is None]  # the four named: the count is those four, not four more
    assert {f.date for f in facts if f.member is not None and f.member.name == "Ouagadougou Polytechnic University"} <= {None, ""}  # not 2008


def test_without_a_count_far_members_are_neither_weighed_nor_added(run_empty):
    """No count before: a member told four sentences after the alliance is no candidate (the model
    could not tell such far ones apart in round 14) and no membership."""
    text = ("The Lakeside Universities Network held its general assembly in Tallinn on Friday. "
            "The assembly met in the old town hall. "
            "Delegates discussed the budget for the coming year. "
            "They also elected a new board.\n\n"
            "Among the newcomers is Ouagadougou Polytechnic University, which opened in 2008.")
    with learned.using({NAME: None}), learned.recording() as records:
        found = members(run_empty(text))
    assert not [r for r in records if r.name == NAME and r.candidate[1].name == "Ouagadougou Polytechnic University"]
    assert not [m for m in found if m[0] == "Ouagadougou Polytechnic University"]


def test_a_passive_join_names_members_not_an_alliance(run_empty):
    """"It is joined by M2 and M3": M2 is no alliance for the words after it."""
    text = ("The Lakeside Universities Network on Friday admitted three universities as new members. "
            "Among the newcomers is Ouagadougou Polytechnic University. "
            "It is joined by Niamey Technical University and the University of Gao.")
    with learned.using({NAME: None}):
        found = set(members(run_empty(text)))
    assert not [m for m in found if m[1] == "Niamey Technical University"]


@pytest.mark.parametrize(
    "text, member, expected",
    [
        # a list after a colon that follows a count of new members
        ("The board approved the admission of two new members to the Lakeside Universities Network: the Ouagadougou Polytechnic "
         "University (OPU), in Burkina Faso, and Tallinn Maritime University, in Estonia.",
         "Tallinn Maritime University", {"lead_colon", "lead_colon_count", "member_in_list_after_first"}),
        # the words before a list whose names are told with their countries
        ("The Lakeside Universities Network approved the membership applications of Ouagadougou Polytechnic University from "
         "Burkina Faso and Tallinn Maritime University from Estonia.",
         "Tallinn Maritime University", {"lead=membership", "lead=application", "lead=of", "member_in_list_after_first"}),
        # the alliance's name as the modifier of a word of membership
        ("Tallinn Maritime University, one of the oldest in Estonia, is a long-standing Lakeside Universities Network member university.",
         "Tallinn Maritime University", {"alliance_names_members", "lead_none"}),
        ("The rector met colleagues from other Lakeside Universities Network members such as Tallinn Maritime University.",
         "Tallinn Maritime University", {"alliance_names_members", "lead=such", "lead=as"}),
    ],
)
def test_what_comes_before_the_member_or_its_list_is_read(run_empty, text, member, expected):
    """The decision sees what stands right before the member or the list it is in (a colon, a
    count before it, the last words), however the list's names are told ("(ACR), in City,",
    "from Country"), and an alliance's name used as the modifier of "member"."""
    with learned.using({NAME: None}), learned.recording() as records:
        run_empty(text)
    features = {k for r in records if r.name == NAME and r.candidate[1].name == member for k in r.features}
    assert expected <= features
