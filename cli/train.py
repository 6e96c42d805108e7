"""``unikg train``: fit the extractor's learned decisions to gold articles (graph/ingest/training.py)."""

from __future__ import annotations

import sys
from pathlib import Path

from unikg.graph.errors import UserError
from unikg.graph.settings import Settings

from . import output


def register(commands) -> None:
    p = commands.add_parser(
        "train",
        help="fit the extractor's learned decisions to folders of articles with gold, and write them",
    )
    p.add_argument(
        "--gold", metavar="DIR", action="append",
        help="a folder of articles/NN.txt with gold/NN.yaml (as for `unikg evaluate --gold`); repeat for "
        "several (default: the checkout's bench/blind-sets/* and bench/training-sets/*)",
    )
    p.add_argument(
        "--models", metavar="DIR",
        help="where to write one NAME.json per decision (default: the installed extractor's own "
        "graph/ingest/models/, which `unikg ingest` reads)",
    )
    p.set_defaults(run=run_train)


def run_train(args, settings: Settings) -> int:
    from tqdm import tqdm

    from unikg.graph.ingest import learned
    from unikg.graph.ingest.gold import read_gold_folder
    from unikg.graph.ingest.training import gold_folders, train_all

    folders = [Path(g) for g in args.gold] if args.gold else gold_folders()
    if not folders:
        raise UserError("no gold to train on: give --gold DIR (a folder of articles/ and gold/)")
    total = sum(len(read_gold_folder(folder)) for folder in folders)  # UserError names a bad folder
    models = Path(args.models) if args.models else learned.MODELS
    if not models.is_dir():
        raise UserError(f"--models {models}: no such folder (create it, or leave --models out)")
    with tqdm(total=total, unit="article", desc="unikg train", file=sys.stderr, disable=None, dynamic_ncols=True) as bar:
        trained = train_all(folders, settings.data_dir, progress=lambda folder, article: bar.update())
    if not trained:
        raise UserError("no decision could be trained: the gold gave no labelled example of both answers")
    rows = []
    for name, classifier in sorted(trained.items()):
        path = models / f"{name}.json"
        learned.save(classifier, path)
        rows.append([name, classifier.examples, len(classifier.weights), str(path)])
    print(output.table(["decision", "examples", "weights", "written to"], rows))
    return 0
