"""Learned decisions inside the extractor: logistic regression over named features.

The rules find candidates (two organisations a sentence may make member and alliance, the
organisation a person's title may belong to); where a decision has a classifier, :func:`weigh`
gives each candidate its probability (the rules' own answer may be one of its features), and
the place that asks keeps what passes its threshold. A classifier is a small JSON file
in ``graph/ingest/models/`` (feature name → weight), written by ``unikg train`` from the gold
articles (:mod:`.training`): the same gold gives the same file, byte for byte, and a test checks
that the committed files are what the committed gold gives. Without a file a decision is the
rules' answer (1.0 for yes, 0.0 for no), so the extractor works the same with no model at all.

>>> examples = [({"cue=member": 1.0}, True), ({"cue=visit": 1.0}, False)] * 5
>>> toy = train(examples, name="toy")
>>> toy.probability({"cue=member": 1.0}) > 0.5 > toy.probability({"cue=visit": 1.0})
True
>>> with using({"toy": toy}):
...     weigh("toy", {"cue=member": 1.0}, candidate=("A", "B"), rule=False) > 0.5
True
>>> weigh("no-such-model", {"cue=member": 1.0}, candidate=("A", "B"), rule=False)
0.0
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import numpy as np
from scipy import optimize, sparse

from ..files import atomic_file

Features = dict[str, float]
MODELS = Path(__file__).with_name("models")
RULE = "rule"  # the feature every decision carries: 1.0 when the rules say yes


@dataclass(frozen=True, kw_only=True)
class Classifier:
    """A logistic regression: P(yes) = σ(bias + Σ weight × value)."""

    name: str
    weights: Mapping[str, float]
    bias: float
    examples: int = 0  # how many it was trained on (for the reader of the file)

    def probability(self, features: Mapping[str, float]) -> float:
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0


def train(
    examples: Sequence[tuple[Mapping[str, float], bool]], *, name: str, l2: float = 1.0
) -> Classifier:
    """A classifier fitted to ``examples`` (features, answer) by L-BFGS on the L2-penalised log
    loss; deterministic: the same examples give the same weights."""
    names = sorted({k for features, _ in examples for k in features})
    column = {k: j for j, k in enumerate(names)}
    rows, cols, values = [], [], []
    for i, (features, _) in enumerate(examples):
        for k, v in sorted(features.items()):
            rows.append(i)
            cols.append(column[k])
            values.append(float(v))
    x = sparse.csr_matrix((values, (rows, cols)), shape=(len(examples), len(names)))
    y = np.array([1.0 if answer else 0.0 for _, answer in examples])

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w, b = theta[:-1], theta[-1]
        z = x @ w + b
        p = 1.0 / (1.0 + np.exp(-z))
        value = float(np.sum(np.logaddexp(0.0, z) - y * z) + 0.5 * l2 * w @ w)
        residual = p - y
        gradient = np.append(x.T @ residual + l2 * w, residual.sum())
        return value, gradient

    start = np.zeros(len(names) + 1)
    fitted = optimize.minimize(loss, start, jac=True, method="L-BFGS-B", options={"maxiter": 2000}).x
    weights = {k: round(float(w), 6) for k, w in zip(names, fitted[:-1]) if abs(w) >= 1e-6}
    return Classifier(name=name, weights=weights, bias=round(float(fitted[-1]), 6), examples=len(examples))


def save(classifier: Classifier, path: Path) -> None:
    """Write ``classifier`` as sorted, indented JSON (atomically: complete or not at all)."""
    body = {
        "name": classifier.name, "bias": classifier.bias,
        "examples": classifier.examples, "weights": dict(sorted(classifier.weights.items())),
    }
    with atomic_file(path, text=True) as handle:
        handle.write(json.dumps(body, indent=1, ensure_ascii=False) + "\n")


def load(path: Path) -> Classifier:
    body = json.loads(path.read_text(encoding="utf-8"))
    return Classifier(
        name=body["name"], weights=body["weights"], bias=body["bias"],
        examples=body.get("examples", 0),
    )


@cache
def _shipped(name: str) -> Classifier | None:
    path = MODELS / f"{name}.json"
    return load(path) if path.exists() else None


@dataclass
class _State:
    overrides: dict[str, Classifier | None] = field(default_factory=dict)
    records: list | None = None


_state = _State()


def classifier(name: str) -> Classifier | None:
    """The classifier that makes decision ``name`` now: an override of :func:`using`, else the
    shipped file, else None (the rules decide)."""
    if name in _state.overrides:
        return _state.overrides[name]
    return _shipped(name)


@contextmanager
def using(overrides: Mapping[str, Classifier | None]) -> Iterator[None]:
    """Decide with these classifiers (None: the rules alone) inside the block: cross-validation
    trains on some sets and scores another; a baseline scores the rules alone."""
    saved = dict(_state.overrides)
    _state.overrides.update(overrides)
    try:
        yield
    finally:
        _state.overrides = saved


@dataclass(frozen=True)
class Record:
    """One decision taken while recording: what :mod:`.training` labels from the gold."""

    name: str
    features: Features
    candidate: object
    rule: bool


@contextmanager
def recording() -> Iterator[list[Record]]:
    """Every decision taken inside the block, in order."""
    saved = _state.records
    _state.records = []
    try:
        yield _state.records
    finally:
        _state.records = saved


def weigh(name: str, features: Features, *, candidate: object, rule: bool) -> float:
    """How likely ``candidate`` is right: the classifier's probability (the rules' answer is its
    feature :data:`RULE`), else 1.0 when the rules say yes and 0.0 when they say no. The caller
    keeps what passes its threshold, or the best of several (the organisation a title belongs
    to). Recorded while :func:`recording`."""
    features = {**features, RULE: 1.0} if rule else dict(features)
    if _state.records is not None:
        _state.records.append(Record(name, features, candidate, rule))
    model = classifier(name)
    if model is None:
        return 1.0 if rule else 0.0
    return model.probability(features)
