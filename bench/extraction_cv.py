"""Does a learned decision carry over to articles it was not trained on? Leave one set out.

    .venv/bin/python bench/extraction_cv.py [--extra DIR ...]

The blind sets of bench/blind-sets/ and the training sets of bench/training-sets/ were each
written by people who never saw the extractor. For each set in turn, every learned decision
(graph/ingest/training.py) is trained on the **other** sets and the set is scored twice, strictly (as `unikg evaluate --gold`): by the
rules alone and with the decisions trained without it. ``--extra DIR`` scores more gold folders
(e.g. ../shared/articles-dev) with decisions trained on all the sets. Prints a table per
category (precision / recall / F1, micro-averaged over the articles), the set and the machine.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from unikg.graph.ingest import learned
from unikg.graph.ingest.evaluate import Score, machine
from unikg.graph.ingest.gold import CATEGORIES, evaluate_gold
from unikg.graph.ingest.training import LABELLERS, examples, fit, gold_folders
from unikg.graph.settings import PROJECT_ROOT

SETS = gold_folders()  # bench/blind-sets/* and bench/training-sets/*
DATA = PROJECT_ROOT / "data"


def _fit(labelled: dict[str, list]) -> dict[str, learned.Classifier | None]:
    """The decisions fitted to ``labelled``; one that cannot be fitted is left to the rules."""
    return {name: None for name in LABELLERS} | fit(labelled)


def _scores(folder: Path, classifiers: dict) -> dict[str, Score]:
    with learned.using(classifiers):
        evaluation = evaluate_gold(folder, DATA)
    return {c: evaluation.total(c) for c in CATEGORIES}


def _name(folder: Path) -> str:
    """``blind-sets/first``, ``training-sets/first``: a set's name with its kind."""
    return str(folder.relative_to(PROJECT_ROOT / "bench")) if folder.is_relative_to(PROJECT_ROOT / "bench") else folder.name


def _cell(s: Score) -> str:
    return f"{s.precision:.3f} / {s.recall:.3f} ({s.f1:.3f})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--extra", action="append", default=[], metavar="DIR", help="also score this gold folder, trained on every set")
    args = parser.parse_args(argv)
    if not LABELLERS:
        print("no learned decision is defined (graph/ingest/training.py: LABELLERS is empty)")
        return 1
    print(f"Machine: {machine()}. Decisions: {', '.join(sorted(LABELLERS))}.", file=sys.stderr)
    per_set = {}
    for folder in SETS:
        print(f"recording the rules' decisions on {_name(folder)} …", file=sys.stderr)
        per_set[_name(folder)] = examples([folder], DATA)
    rules_only = {name: None for name in LABELLERS}
    rows, totals = [], {"rules": {c: Score() for c in CATEGORIES}, "learned": {c: Score() for c in CATEGORIES}}
    for folder in SETS:
        others = {name: [row for other, found in per_set.items() if other != _name(folder) for row in found[name]] for name in LABELLERS}
        print(f"scoring {_name(folder)}, trained on the other {len(SETS) - 1} sets …", file=sys.stderr)
        for label, classifiers in (("rules", rules_only), ("learned", _fit(others))):
            scores = _scores(folder, classifiers)
            for c in CATEGORIES:
                totals[label][c].add(scores[c])
            rows.append((_name(folder), label, scores))
    everything = _fit({name: [row for found in per_set.values() for row in found[name]] for name in LABELLERS})
    for extra in args.extra:
        for label, classifiers in (("rules", rules_only), ("learned (all sets)", everything)):
            rows.append((Path(extra).name, label, _scores(Path(extra), classifiers)))
    header = "| set | decided by | " + " | ".join(CATEGORIES) + " |"
    print(f"\nLeave one set out, strict P / R (F1). Machine: {machine()}.\n")
    print(header)
    print("|---" * (len(CATEGORIES) + 2) + "|")
    for name, label, scores in rows:
        print(f"| {name} | {label} | " + " | ".join(_cell(scores[c]) for c in CATEGORIES) + " |")
    for label in ("rules", "learned"):
        print(f"| **all {len(SETS)} sets, each unseen** | {label} | " + " | ".join(_cell(totals[label][c]) for c in CATEGORIES) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
