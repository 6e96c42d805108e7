"""``unikg train``: the extractor's learned decisions (:mod:`.learned`) fitted to gold articles.

Each gold article is extracted **by the rules alone** (every classifier switched off), with the
held-out registry ``unikg evaluate --gold`` uses; every decision taken on the way is recorded
(its features and its candidate) and labelled from the article's gold by the decision's
labeller in :data:`LABELLERS` (None: the gold cannot say, the record is left out). One
classifier per decision is fitted to the labelled records of all the folders given.

A labeller is a plain function ``(record, alignment) -> bool | None``; the
:class:`~.gold.Alignment` says which gold entity each extracted entity is, units rolled up to
their parents, exactly as the scores match them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from ..settings import PROJECT_ROOT
from . import learned
from .agreements import DECISION as AGREEMENT_PAIR, label as agreement_pair
from .gold import Alignment, align, extractions
from .membership_decision import NAME as MEMBERSHIP, label as membership
from .role_organisations import NAME as ROLE_ORGANISATION, label as role_organisation

Labeller = Callable[[learned.Record, Alignment], "bool | None"]


def gold_folders(root: Path = PROJECT_ROOT) -> list[Path]:
    """The gold the shipped decisions are trained on: every blind set (``bench/blind-sets/*``, each
    scored unseen once, then development data) and every training set (``bench/training-sets/*``,
    written for training: the rules are never written from it), in name order."""
    return sorted(
        p for kind in ("blind-sets", "training-sets") if (root / "bench" / kind).is_dir()
        for p in (root / "bench" / kind).iterdir() if (p / "gold").is_dir()
    )


# decision name → the function that says, from the gold, what the right answer was
LABELLERS: dict[str, Labeller] = {
    MEMBERSHIP: membership, AGREEMENT_PAIR: agreement_pair, ROLE_ORGANISATION: role_organisation,
}


def examples(
    folders: Iterable[Path], data_dir: Path, *, progress=lambda folder, article: None
) -> dict[str, list[tuple[learned.Features, bool]]]:
    """Per decision, the labelled features of every decision the rules took on the gold."""
    found: dict[str, list[tuple[learned.Features, bool]]] = {name: [] for name in LABELLERS}
    with learned.using({name: None for name in LABELLERS}):
        for folder in folders:
            runs = extractions(folder, data_dir)
            while True:
                with learned.recording() as records:
                    ran = next(runs, None)  # the extraction runs here, inside the recording
                if ran is None:
                    break
                gold, extraction, _, _ = ran
                alignment = align(extraction, gold)
                for record in records:
                    labeller = LABELLERS.get(record.name)
                    answer = labeller(record, alignment) if labeller else None
                    if answer is not None:
                        found[record.name].append((record.features, answer))
                progress(folder, gold.name)
    return found


def fit(labelled: dict[str, list[tuple[learned.Features, bool]]]) -> dict[str, learned.Classifier]:
    """A classifier per decision whose labelled records hold both answers (none can be fitted
    to one answer alone: that decision stays with the rules)."""
    return {
        name: learned.train(rows, name=name)
        for name, rows in labelled.items()
        if len({answer for _, answer in rows}) == 2
    }


def train_all(folders: Iterable[Path], data_dir: Path, *, progress=lambda folder, article: None) -> dict[str, learned.Classifier]:
    """One classifier per decision of :data:`LABELLERS`, fitted to the gold of ``folders``."""
    return fit(examples(list(folders), data_dir, progress=progress))
