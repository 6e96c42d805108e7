"""``unikg build``, ``unikg validate`` and ``unikg stats``."""

from __future__ import annotations

import sys

from unikg.graph import queries
from unikg.graph.dataset import current
from unikg.graph.dataset.build import build, build_dataset
from unikg.graph.dataset.validate import validate
from unikg.graph.errors import UserError
from unikg.graph.settings import Settings
from unikg.graph.store import store_choice

from . import output


def register(commands) -> None:
    p = commands.add_parser("build", help="build the RDF dataset from data/ (validated, atomic)")
    p.add_argument("-o", "--output", help="where to write the TriG file (default: build/unikg.trig)")
    p.set_defaults(run=run_build)

    p = commands.add_parser("validate", help="check data/ against the ontology and SHACL shapes")
    p.set_defaults(run=run_validate)

    p = commands.add_parser("stats", help="count the resources and triples of the built graph")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.set_defaults(run=run_stats)


def run_build(args, settings: Settings) -> int:
    from pathlib import Path

    target = Path(args.output) if args.output else settings.dataset_path
    report = build(settings.data_dir, target, progress=output.progress)
    print(f"wrote {_relative(report.path)}: {report.quads} quads in {report.graphs} named graphs "
          f"({report.documents} articles)")
    choice = store_choice(settings)
    if choice.kind == "oxigraph" and target == settings.dataset_path:
        current.ensure_loaded(settings, choice, progress=output.progress)  # the store on disk follows the build
    return 0


def _relative(path):
    from pathlib import Path

    try:
        return path.resolve().relative_to(Path.cwd())
    except ValueError:
        return path


def run_validate(args, settings: Settings) -> int:
    built = build_dataset(settings.data_dir, progress=output.progress)
    violations = validate(built.dataset, origins=built.origins)
    for violation in violations:
        print(violation, file=sys.stderr)
    errors = [v for v in violations if v.severity == "Violation"]
    if errors:
        raise UserError(f"{len(errors)} SHACL violation(s) listed above")
    print(f"valid: data/ conforms to the ontology and shapes ({len(violations)} warnings)")
    return 0


def run_stats(args, settings: Settings) -> int:
    store = current.opened(settings, progress=output.progress)
    classes = [(str(r["class"]).rsplit("#", 1)[-1], int(r["count"])) for r in queries.run(store, "stats").rows]
    graphs = [(str(r["graph"]), int(r["triples"])) for r in queries.run(store, "graph_sizes").rows]
    if args.json:
        output.print_json({"classes": dict(classes), "graphs": dict(graphs)})
        return 0
    print(output.table(["class", "resources"], [list(c) for c in classes]))
    print()
    print(output.table(["named graph", "triples"], [list(g) for g in graphs], width=80))
    return 0
