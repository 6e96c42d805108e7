"""The extractor's learned decisions: fitted deterministically, shipped as files that are what
the committed gold gives, switched off and on for cross-validation, and trained by ``unikg train``."""

from __future__ import annotations

import functools

import pytest

from unikg.cli import main
from unikg.graph.ingest import learned
from unikg.graph.ingest.training import LABELLERS, gold_folders, train_all

from ...conftest import DATA

CUES = [({"between=member": 1.0, "kind=alliance": 1.0}, True), ({"between=visited": 1.0, "kind=alliance": 1.0}, False),
        ({"between=joined": 1.0}, True), ({"between=ranked": 1.0}, False)]


def test_a_classifier_learns_the_cues_and_the_same_examples_give_the_same_weights():
    first = learned.train(CUES * 3, name="toy")
    second = learned.train(list(reversed(CUES * 3)), name="toy")
    assert _same(first, second)
    assert first.probability({"between=member": 1.0, "kind=alliance": 1.0}) > 0.5
    assert first.probability({"between=visited": 1.0, "kind=alliance": 1.0}) < 0.5
    assert first.probability({"between=joined": 1.0}) > 0.5 > first.probability({"between=ranked": 1.0})


def test_a_saved_classifier_loads_as_it_was_and_saves_to_the_same_bytes(tmp_path):
    toy = learned.train(CUES, name="toy")
    learned.save(toy, tmp_path / "a.json")
    again = learned.load(tmp_path / "a.json")
    assert again == toy
    learned.save(again, tmp_path / "b.json")
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()


def test_without_a_classifier_the_rules_decide_and_using_restores_what_was_there():
    toy = learned.train(CUES, name="toy")
    assert learned.weigh("toy", {"between=member": 1.0}, candidate=None, rule=False) == 0.0
    assert learned.weigh("toy", {"between=visited": 1.0}, candidate=None, rule=True) == 1.0
    with learned.using({"toy": toy}):
        assert learned.weigh("toy", {"between=member": 1.0, "kind=alliance": 1.0}, candidate=None, rule=False) > 0.5
        with learned.using({"toy": None}):
            assert learned.weigh("toy", {"between=member": 1.0}, candidate=None, rule=False) == 0.0
        assert learned.classifier("toy") is toy
    assert learned.classifier("toy") is None


def test_recording_keeps_each_decision_with_the_rules_answer_as_a_feature():
    with learned.recording() as records:
        learned.weigh("toy", {"between=member": 1.0}, candidate=("a", "b"), rule=True)
        learned.weigh("toy", {"between=visited": 1.0}, candidate=("a", "c"), rule=False)
    assert [(r.candidate, r.rule, r.features) for r in records] == [
        (("a", "b"), True, {"between=member": 1.0, learned.RULE: 1.0}),
        (("a", "c"), False, {"between=visited": 1.0}),
    ]


@pytest.mark.parametrize("name", sorted(LABELLERS))
def test_each_shipped_classifier_is_what_the_committed_gold_gives(name):
    """Derived state with one rule for when it is stale: retrain (`make models`) when the gold or
    the features change; this test fails until the file is retrained."""
    shipped = learned.MODELS / f"{name}.json"
    assert shipped.is_file(), f"{shipped} is missing: run `make models`"
    assert _same(learned.load(shipped), _trained()[name]), f"{shipped} is stale: run `make models`"


@functools.cache
def _trained():
    """Every decision trained on the committed gold, once for all the parameters."""
    with learned.using({n: None for n in LABELLERS}):
        return train_all(gold_folders(), DATA)


def _same(a: learned.Classifier, b: learned.Classifier) -> bool:
    """The same model, to the last digit that could differ between machines' floating point."""
    return (
        a.name == b.name and a.examples == b.examples
        and set(a.weights) == set(b.weights) and abs(a.bias - b.bias) < 1e-4
        and all(abs(a.weights[k] - b.weights[k]) < 1e-4 for k in a.weights)
    )


def test_train_names_a_folder_that_is_not_gold_in_one_line(tmp_path, capsys):
    assert main(["train", "--gold", str(tmp_path / "nowhere"), "--models", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "no such folder" in err and len(err.strip().splitlines()) == 1
