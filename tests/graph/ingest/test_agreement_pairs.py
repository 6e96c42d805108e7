"""The learned decision over agreements (``agreement_pair``): which two organisations of a
sentence with an agreement word are parties of one agreement. Candidates, their features and
the rules' answer are recorded; the shipped classifier keeps the rules' agreements, never makes
a witness, a partner in talks or a fellow signer of "each signed" a party, and weighs shapes the
rules miss above those it rejects. Sentences written for these tests, no registry."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from unikg.graph.ingest import learned
from unikg.graph.ingest.agreements import DECISION, NEW_PAIR_THRESHOLD, label
from unikg.graph.ingest.gold import GoldAgreement


def agreements(extraction) -> list[set[str]]:
    return [{p.name for p in a.parties} for a in extraction.agreements if not a.is_group]


def weighed(run, text: str) -> dict[frozenset[str], tuple[bool, float, dict]]:
    """Each candidate pair of ``text``: the rules' answer, the shipped classifier's probability
    and the features."""
    model = learned.classifier(DECISION)
    with learned.recording() as records:
        run(text)
    return {
        frozenset({r.candidate[0].name, r.candidate[1].name}): (r.rule, model.probability(r.features), r.features)
        for r in records if r.name == DECISION
    }


def test_a_classifier_is_shipped_for_the_decision():
    assert learned.classifier(DECISION) is not None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Universidad de Antioquia signed a memorandum of understanding with Universidad del Valle on 3 May 2025.",
         [{"Universidad de Antioquia", "Universidad del Valle"}]),
        ("The exchange agreement between Tampere University and the University of Oulu was renewed on Monday.",
         [{"Tampere University", "University of Oulu"}]),
        ("Mzuzu University and Lilongwe University each signed a research agreement with the University of Zambia.",
         [{"Mzuzu University", "University of Zambia"}, {"Lilongwe University", "University of Zambia"}]),
        ("The University of Tartu and Riga Technical University have agreed to work together. "
         "Both institutions signed a memorandum on joint doctoral supervision.",
         [{"University of Tartu", "Riga Technical University"}]),
    ],
)
def test_the_rules_agreements_stand_with_the_shipped_classifier(run_empty, text, expected):
    assert agreements(run_empty(text)) == expected


@pytest.mark.parametrize(
    "text, parties, not_a_party",
    [
        # a witness of the signing
        ("The agreement between Tampere University and the University of Oulu was witnessed by the Finnish National Agency for Education.",
         {"Tampere University", "University of Oulu"}, "Finnish National Agency for Education"),
        # a host of the ceremony
        ("Hosted by the Association of African Universities, the ceremony saw Mzuzu University sign an exchange agreement with the University of Zambia.",
         {"Mzuzu University", "University of Zambia"}, "Association of African Universities"),
    ],
)
def test_a_witness_or_a_host_is_no_party(run_empty, text, parties, not_a_party):
    found = agreements(run_empty(text))
    assert parties in found and all(not_a_party not in a for a in found)
    pairs = weighed(run_empty, text)
    assert all(p < 0.5 for pair, (_, p, _) in pairs.items() if not_a_party in pair)


@pytest.mark.parametrize(
    "text",
    [
        "Universidad de Antioquia is in talks with Universidad del Valle about a possible exchange agreement.",
        "The University of Lagos said it hopes to sign an agreement with the University of Ghana next year.",
        "Kyambogo University will sign a memorandum of understanding with Gulu University in March.",
    ],
)
def test_talks_plans_and_the_future_are_no_agreement(run_empty, text):
    assert agreements(run_empty(text)) == []
    assert all(not rule and p < 0.5 for rule, p, _ in weighed(run_empty, text).values())


def test_two_who_each_signed_with_a_third_are_a_candidate_left_below_the_threshold(run_empty):
    """The rules make one agreement each with the counterpart; the pair of the two signers is
    a candidate the classifier leaves below the threshold for a new agreement."""
    text = "Mzuzu University and Lilongwe University each signed a research agreement with the University of Zambia."
    rule, p, features = weighed(run_empty, text)[frozenset({"Mzuzu University", "Lilongwe University"})]
    assert not rule and features.get("each") and features.get("both_before_with") and features.get("rules_chose_others")
    assert p < NEW_PAIR_THRESHOLD


def test_shapes_the_rules_miss_are_weighed_above_talks_and_witnesses(run_empty):
    """A unit's possessive owner with "a letter of intent", and "between the university and B"
    after the organisation the article is about: no agreement of the rules, yet the classifier
    weighs them as likely (not enough for a new agreement: see NEW_PAIR_THRESHOLD), far above
    a partner in talks or a witness."""
    letter = weighed(run_empty, "Makerere University's Faculty of Law inked a letter of intent with the University of Nairobi on legal clinics.")
    rule, p_letter, features = letter[frozenset({"Makerere University", "University of Nairobi"})]
    assert not rule and features["noun=letter_of_intent"] and features["first_after='s"]
    home = weighed(run_empty, "Kenyatta University opened a new library. Kenyatta University hosted the signing of an agreement between the university and Egerton University.")
    _, p_home, _ = home[frozenset({"Kenyatta University", "Egerton University"})]
    talks = weighed(run_empty, "Universidad de Antioquia is in talks with Universidad del Valle about a possible exchange agreement.")
    (_, p_talks, _), = talks.values()
    assert min(p_letter, p_home) > 0.5 > 2 * p_talks


def test_candidates_reach_the_sentence_before_when_this_one_names_fewer_than_two(run_empty):
    text = "Officials of Tampere University visited the University of Oulu in June. A memorandum on staff mobility followed."
    pairs = weighed(run_empty, text)
    _, _, features = pairs[frozenset({"Tampere University", "University of Oulu"})]
    assert features.get("neighbour") and "between=visited" not in features  # positions are in another sentence


def test_without_a_classifier_the_rules_answer_and_the_candidates_are_the_same(run_empty):
    text = ("Mzuzu University and Lilongwe University each signed a research agreement with the University of Zambia, "
            "witnessed by the Association of African Universities.")
    with learned.using({DECISION: None}):
        rules_only = agreements(run_empty(text))
        with learned.recording() as without:
            run_empty(text)
    with learned.recording() as shipped:
        assert agreements(run_empty(text)) == rules_only
    assert [(r.candidate, r.rule, r.features) for r in without] == [(r.candidate, r.rule, r.features) for r in shipped]


def test_the_labeller_says_whether_the_gold_has_both_in_one_agreement():
    a, b, c, unit, stranger = (SimpleNamespace(id=x) for x in ("a", "b", "c", "unit", "x"))
    keys = {"a": "A", "b": "B", "c": "C", "unit": "A", "x": "(not in the gold: X)"}
    gold = SimpleNamespace(
        entities={"A": None, "B": None, "C": None},
        agreements=[GoldAgreement(frozenset({"A", "B"}), None, ""), GoldAgreement(frozenset({"A", "C"}), None, "", group=True, count=3)],
    )
    alignment = SimpleNamespace(org_key=lambda e: keys[e.id], gold=gold)

    def record(x, y):
        return learned.Record(DECISION, {}, (x, y), False)

    assert label(record(a, b), alignment) is True
    assert label(record(b, c), alignment) is False
    assert label(record(a, c), alignment) is False  # a count of agreements is not an agreement of the two
    assert label(record(a, stranger), alignment) is None  # not in the gold: it cannot say
    assert label(record(a, unit), alignment) is None  # a unit and its university are one
