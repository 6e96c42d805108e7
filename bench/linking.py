"""How well and how fast names are linked to the reference list (ROR, Wikidata).

    .venv/bin/python bench/linking.py [--errors] [--synth-triples 1000000]

Quality, measured as ROR measures its affiliation matcher: on each hand-checked list of
names as news writes them (``tests/graph/reference_linking/news-names-*.csv``: name,
country, the expected ROR id or none), a link to the expected row is a true positive; a link
to another row, or where none is expected, a false positive; an expected row not linked to,
a false negative.
Precision = TP / (TP + FP), recall = TP / (TP + FN). ``dev`` is the list the linker was
tuned on; ``heldout`` was written before any tuning and never tuned on; ``heldout-2``, 155
names across regions and languages, was written (and committed) before the second round of
work on recall and never tuned on; ``heldout-3``, 130 names, was written by someone who never saw
the linker and committed before the linker was first run on it (with the web domains' short forms);
``heldout-4``, 138 names from 82 countries, was written the same way and scored before and after
the third round of work on recall, which never saw it.
The third round of work on recall was worked on the misses of all four: every list is
development data now (bench/RESULTS.md).

``--errors`` lists each miss, prefixed with its list (look at the dev list's to tune).

Speed: building the index of the 22,860 rows, linking the seed registry as the build does,
and linking every organisation name of a synthetic world of ``--synth-triples`` triples
(``unikg synth``'s generator), with the milliseconds per name.
"""

from __future__ import annotations

import argparse
import csv
import random
import statistics
import time
from dataclasses import dataclass
from pathlib import Path

from unikg.graph.reference import load_institutions
from unikg.graph.reference_linking import Linker, link_registry
from unikg.graph.registry import load_registry
from unikg.graph.settings import PROJECT_ROOT

FOLDER = PROJECT_ROOT / "tests" / "graph" / "reference_linking"
# every hand-checked list of names as news writes them: news-names-NAME.csv
LISTS = {path.stem.removeprefix("news-names-"): path.name for path in sorted(FOLDER.glob("news-names-*.csv"), key=lambda p: (len(p.name), p.name))}


@dataclass
class Measure:
    names: int = 0
    expected: int = 0  # names with an expected row
    linked: int = 0
    true_positives: int = 0
    seconds: float = 0.0

    @property
    def precision(self) -> float:
        return self.true_positives / self.linked if self.linked else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.expected if self.expected else 1.0


def read_list(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def measure(linker: Linker, rows: list[dict], *, errors: list[str] | None = None) -> Measure:
    result = Measure()
    for row in rows:
        started = time.perf_counter()
        decision = linker.link(row["name"], country=row["country"] or None, closest=0)
        result.seconds += time.perf_counter() - started
        expected = row["expected_ror"] or None
        result.names += 1
        result.expected += expected is not None
        result.linked += decision.linked
        correct = decision.linked and decision.ror == expected
        result.true_positives += correct
        if errors is not None and (decision.linked or expected) and not correct:
            got = f"{decision.name} ({decision.ror})" if decision.linked else decision.decision
            errors.append(f"{row['name']!r} [{row['country']}]: expected {expected or 'none'}, got {got}: {decision.note}")
    return result


def synthetic_names(triples: int) -> list[tuple[str, str | None, str]]:
    """(name, country, kind) of every organisation of a synthetic world of about ``triples``."""
    from unikg.graph.dataset.vocabulary import Vocabulary, load_ontology
    from unikg.graph.synth import institutions_for_triples
    from unikg.graph.synth.world import World

    world = World(random.Random(1), Vocabulary(load_ontology()))
    orgs = [world.new_organization(i) for i in range(institutions_for_triples(triples))]
    return [(org.label, org.country, "school" if org.kind == "unit" else org.kind) for org in orgs]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list every wrong or missed link")
    parser.add_argument("--synth-triples", type=int, default=0, help="also link a synthetic world's names (e.g. 1000000)")
    args = parser.parse_args()

    started = time.perf_counter()
    rows = load_institutions()
    loaded = time.perf_counter() - started
    started = time.perf_counter()
    linker = Linker.of(rows)
    indexed = time.perf_counter() - started

    print("| list | names | expected rows | linked | correct | precision | recall | ms per name |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    errors: list[str] = []
    for label, file in LISTS.items():
        found: list[str] = []
        m = measure(linker, read_list(FOLDER / file), errors=found if args.errors else None)
        errors += [f"{label}: {line}" for line in found]
        print(f"| {label} | {m.names} | {m.expected} | {m.linked} | {m.true_positives} | "
              f"{m.precision:.3f} | {m.recall:.3f} | {m.seconds / m.names * 1000:.2f} |")
    for line in errors:
        print(f"  {line}")

    print()
    print("| step | names | seconds | ms per name |")
    print("|---|---:|---:|---:|")
    print(f"| read the reference list ({len(rows):,} rows) | | {loaded:.2f} | |")
    print(f"| index it | | {indexed:.2f} | |")
    registry = load_registry(PROJECT_ROOT / "data")
    times = []
    for _ in range(5):
        started = time.perf_counter()
        link_registry(registry, linker=linker)
        times.append(time.perf_counter() - started)
    count = len(registry.organizations)
    print(f"| link the seed registry (median of 5) | {count} | {statistics.median(times):.3f} | {statistics.median(times) / count * 1000:.2f} |")
    if args.synth_triples:
        names = synthetic_names(args.synth_triples)
        started = time.perf_counter()
        decisions = [linker.link(name, country=country, kind=kind, closest=0) for name, country, kind in names]
        seconds = time.perf_counter() - started
        linked = sum(d.linked for d in decisions)
        print(f"| link a synthetic world of ~{args.synth_triples:,} triples ({linked} linked) | {len(names):,} | {seconds:.2f} | {seconds / len(names) * 1000:.2f} |")


if __name__ == "__main__":
    main()
