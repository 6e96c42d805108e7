"""Oxigraph (pyoxigraph) against rdflib's SPARQL engine: correctness and speed.

1. The W3C SPARQL 1.0 and 1.1 query evaluation tests (``/work/shared/w3c-sparql-tests``, or
   ``--w3c DIR``): pass/fail per suite directory and the median time per query.
2. The API's own named queries (``graph/queries/*.rq``, parameters bound) on the seed graph,
   built into a temporary folder, through the real stores (``UNIKG_STORE=memory`` and
   ``rdflib``): the median time of ``--repeat`` runs, and whether both engines agree.

    .venv/bin/python bench/sparql_engines.py                 # both tables
    .venv/bin/python bench/sparql_engines.py --failures      # also list the failing tests
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from decimal import Decimal, InvalidOperation

from rdflib import BNode, URIRef

sys.path.insert(0, str(Path(__file__).resolve().parent))

from engines import ENGINES  # noqa: E402
from w3c_suite import evaluation_tests, expected_outcome, rdflib_term, same_outcome, suites  # noqa: E402

from unikg.graph import queries  # noqa: E402
from unikg.graph.dataset.build import build  # noqa: E402
from unikg.graph.settings import PROJECT_ROOT, Settings  # noqa: E402
from unikg.graph.store import SelectResult, open_store  # noqa: E402

W3C = Path("/work/shared/w3c-sparql-tests")
ID = "https://w3id.org/unikg/id/"
# example values for the named queries' parameters, all from the seed articles
EXAMPLES = {
    "org": URIRef(ID + "org/xjtu"),
    "alliance": URIRef(ID + "org/uansr"),
    "person": URIRef(ID + "person/zhanseit-tuimebayev"),
    "document": URIRef(ID + "doc/ensia-nwnu-twinning-2023"),
    "doc": URIRef(ID + "doc/ensia-nwnu-twinning-2023"),
    "resource": URIRef(ID + "org/xjtu"),
}


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    print(_machine())
    if not args.skip_w3c:
        w3c_table(args.w3c, timeout=args.timeout, show_failures=args.failures)
    if not args.skip_named:
        named_table(repeat=args.repeat)
    return 0


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--w3c", type=Path, default=W3C, help="the W3C test copy (default %(default)s)")
    p.add_argument("--timeout", type=float, default=20.0, help="seconds per W3C test and engine")
    p.add_argument("--repeat", type=int, default=20, help="runs of each named query and engine")
    p.add_argument("--failures", action="store_true", help="list the W3C tests each engine fails")
    p.add_argument("--skip-w3c", action="store_true")
    p.add_argument("--skip-named", action="store_true")
    return p


def _machine() -> str:
    import os
    import platform

    import pyoxigraph
    import rdflib

    return (
        f"machine: {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"pyoxigraph {pyoxigraph.__version__}, rdflib {rdflib.__version__}\n"
    )


# --- W3C ---------------------------------------------------------------------------------


def w3c_table(root: Path, *, timeout: float, show_failures: bool) -> None:
    if not root.exists():
        print(f"no W3C tests at {root}; pass --w3c DIR")
        return
    names = [e.name for e in ENGINES]
    passed: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    seconds: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    totals: dict[str, int] = {}
    failures: dict[str, list[str]] = defaultdict(list)
    for directory in suites(root):
        tests = evaluation_tests(directory, root)
        suite = str(directory.relative_to(root / "sparql"))
        totals[suite] = len(tests)
        for test in tests:
            expected = expected_outcome(test)
            for engine in ENGINES:
                run = engine.run(test, timeout=timeout)
                seconds[suite][engine.name].append(run.seconds)
                ok = run.outcome is not None and same_outcome(
                    expected, run.outcome, ordered=test.ordered, lax=test.lax
                )
                if ok:
                    passed[suite][engine.name] += 1
                else:
                    failures[engine.name].append(
                        f"{suite}/{test.name}: {run.error or 'wrong result'}"
                    )
    header = ["suite", "tests"] + [f"{n} pass" for n in names] + [f"{n} median ms" for n in names]
    rows = []
    for suite, count in totals.items():
        rows.append(
            [suite, count]
            + [passed[suite][n] for n in names]
            + [_ms(statistics.median(seconds[suite][n])) if seconds[suite][n] else "" for n in names]
        )
    all_seconds = {n: [s for suite in seconds.values() for s in suite[n]] for n in names}
    rows.append(
        ["all", sum(totals.values())]
        + [sum(passed[s][n] for s in totals) for n in names]
        + [_ms(statistics.median(all_seconds[n])) for n in names]
    )
    print("W3C SPARQL query evaluation tests (pass = same results as the W3C expects)")
    print(_table(header, rows))
    print()
    if show_failures:
        for name in names:
            print(f"{name} fails {len(failures[name])}:")
            for line in failures[name]:
                print("  " + line[:200])
        print()


# --- named queries -----------------------------------------------------------------------


def named_table(*, repeat: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        base = Settings.from_env({}, data_dir=PROJECT_ROOT / "data", build_dir=Path(folder))
        build(base.data_dir, base.dataset_path)
        stores = {}
        for name in ("memory", "rdflib"):
            start = time.perf_counter()
            stores[name] = open_store(Settings.from_env({}, data_dir=base.data_dir, build_dir=base.build_dir, store=name))
            stores[name + " load"] = time.perf_counter() - start
        rows = []
        skipped = []
        medians = defaultdict(list)
        for query in queries.names():
            text = queries.load(query)
            missing = queries.parameters(text) - set(EXAMPLES)
            if missing:
                skipped.append(f"{query} (no example for ${', $'.join(sorted(missing))})")
                continue
            bound = queries.bind(text, **{p: EXAMPLES[p] for p in queries.parameters(text)})
            results, times = {}, {}
            for name in ("memory", "rdflib"):
                store = stores[name]
                results[name] = store.query(bound)
                runs = []
                for _ in range(repeat):
                    start = time.perf_counter()
                    store.query(bound)
                    runs.append(time.perf_counter() - start)
                times[name] = statistics.median(runs)
                medians[name].append(times[name])
            rows.append([
                query,
                len(results["memory"].rows) if isinstance(results["memory"], SelectResult) else "",
                _ms(times["memory"]),
                _ms(times["rdflib"]),
                f"{times['rdflib'] / times['memory']:.0f}×",
                "yes" if _same(results["memory"], results["rdflib"]) else "no",
                "yes" if _same(results["memory"], results["rdflib"], loose=True) else "NO",
            ])
        rows.append([
            "median of the medians", "",
            _ms(statistics.median(medians["memory"])), _ms(statistics.median(medians["rdflib"])),
            f"{statistics.median(medians['rdflib']) / statistics.median(medians['memory']):.0f}×", "", "",
        ])
        print(f"Named queries on the seed graph (median of {repeat} runs through Store.query)")
        print(_table(["query", "rows", "oxigraph ms", "rdflib ms", "rdflib/oxigraph", "same terms", "same values"], rows))
        print(f"loading the dataset: oxigraph {_ms(stores['memory load'])} ms, "
              f"rdflib {_ms(stores['rdflib load'])} ms")
        if skipped:
            print("skipped: " + "; ".join(skipped))
        print()


def _same(a, b, *, loose: bool = False) -> bool:
    """Same multiset of rows (or isomorphic graphs). ``loose``: numbers compared by value
    (Oxigraph stores xsd:nonNegativeInteger as xsd:integer), strings without their language
    tag and with the parts of a GROUP_CONCAT in any order (an aggregate's order is free)."""
    if type(a) is not type(b):
        return False
    term = _loose_term if loose else rdflib_term
    if isinstance(a, SelectResult):
        key = lambda r: tuple(sorted((k, term(v)) for k, v in r.items()))  # noqa: E731
        return sorted(map(key, a.rows)) == sorted(map(key, b.rows))
    if hasattr(a, "value"):
        return a.value == b.value
    if loose:
        as_set = lambda g: {tuple(map(term, t)) for t in g if not any(isinstance(x, BNode) for x in t)}  # noqa: E731
        return as_set(a.graph) == as_set(b.graph)
    from rdflib.compare import isomorphic

    return isomorphic(a.graph, b.graph)


_NUMERIC = ("integer", "Integer", "#int", "#long", "#short", "#byte", "decimal", "double", "float")


def _loose_term(value):
    kind, *rest = rdflib_term(value)
    if kind != "L":
        return (kind, *rest)
    lexical, datatype, _ = rest
    if datatype.endswith(_NUMERIC):
        try:
            return ("N", str(Decimal(lexical).normalize()))
        except InvalidOperation:
            pass
    return ("S", tuple(sorted(re.split(r"[|\n]", lexical))))


# --- output --------------------------------------------------------------------------------


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f}" if seconds < 0.1 else f"{seconds * 1000:.0f}"


def _table(header: list[str], rows: list[list]) -> str:
    cells = [[str(c) for c in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(header)]
    line = lambda r: "  ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths)))  # noqa: E731
    return "\n".join([line(header), "  ".join("-" * w for w in widths), *map(line, cells)])


if __name__ == "__main__":
    sys.exit(main())
