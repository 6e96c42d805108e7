"""The network projection on synthetic graphs: build time and memory, and how fast the routes
it answers are, in process and through the API (FastAPI's TestClient, no network).

    .venv/bin/python bench/projection.py                 # 1M triples
    .venv/bin/python bench/projection.py --sizes 1M,10M  # also 10M (long: ~5 GB, minutes)
    .venv/bin/python bench/projection.py --runs 200      # requests per route (default 50)

Each size runs in a subprocess of its own (its peak memory is its own). The data is the
N-Quads file of ``unikg synth --triples SIZE --seed 1`` cached in bench/out/ (as bench/scale.py
writes it; generated when missing). The store is pyoxigraph in memory, its default graph the
merge of all graphs (as the server's). Timed: the projection (``Projection.from_store``), the
networks and every measure of the default network (``Snapshot.warm``), then p50/p99 of each
question in process and of each route through the API with the projection in place.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
SIZES = {"100k": 100_000, "1M": 1_000_000, "10M": 10_000_000}
ORG = "https://w3id.org/unikg/id/org/"


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def data_file(size: str) -> tuple[Path, dict]:
    path = OUT / f"synth-{size}-seed1.nq"
    meta = OUT / f"synth-{size}-seed1.json"
    if not path.exists() or not meta.exists():
        OUT.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "unikg.cli", "synth", "--triples", str(SIZES[size]),
                        "--seed", "1", "-o", str(path)], check=True)
        meta.write_text(json.dumps({"stats": {}}))
    return path, json.loads(meta.read_text()).get("stats", {})


def timed(function, runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(len(times) * 0.99))]


def measure(size: str, runs: int) -> dict:
    import pyoxigraph as ox
    from fastapi.testclient import TestClient

    from unikg.api.app import create_app
    from unikg.graph.projection import Projection, answers
    from unikg.graph.settings import Settings
    from unikg.graph.snapshot import Snapshot
    from unikg.graph.store.oxigraph import OxigraphStore

    path, stats = data_file(size)
    report: dict = {"size": size}
    start = time.perf_counter()
    raw = ox.Store()
    raw.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
    raw.extend([ox.Quad(q.subject, q.predicate, q.object) for q in raw])
    store = OxigraphStore(raw)
    report["load s"], report["loaded MB"] = time.perf_counter() - start, rss_mb()

    start = time.perf_counter()
    projection = Projection.from_store(store)
    report["projection s"] = time.perf_counter() - start
    report["projection MB"] = rss_mb() - report["loaded MB"]
    report["arrays MB"] = projection.nbytes() / 2**20
    settings = Settings.from_env({}, refresh_seconds=0)
    start = time.perf_counter()
    snapshot = Snapshot(store, settings).warm()
    report["analysis s"] = time.perf_counter() - start
    report["peak MB"] = rss_mb()

    hub = stats.get("top_hub") or max(
        (projection.nodes[n] for n in range(len(projection.nodes))),
        key=lambda iri: projection.signed[projection.node(iri)].nnz)
    hub = hub if hub.startswith("http") else ORG + hub
    median = ORG + stats["median_institution"] if stats.get("median_institution") else hub
    partners = [p.iri for p in answers.partner_links_page(store, projection, hub, offset=0, limit=2)[1]]
    questions = {
        "shared hub": lambda: answers.shared_partners_page(projection, hub, offset=0, limit=20),
        "shared median": lambda: answers.shared_partners_page(projection, median, offset=0, limit=20),
        "partners hub": lambda: answers.partner_links_page(store, projection, hub, offset=0, limit=20),
        "common": lambda: answers.common_partners_page(store, projection, partners, offset=0, limit=100),
        "per year": lambda: answers.per_year(projection),
    }
    report["in process"] = {name: timed(f, runs) for name, f in questions.items()}

    slug, median_slug = hub.rsplit("/", 1)[1], median.rsplit("/", 1)[1]
    routes = {
        "shared hub": f"/institutions/{slug}/shared-partners",
        "shared median": f"/institutions/{median_slug}/shared-partners",
        "partners hub": f"/institutions/{slug}/partners",
        "partners median": f"/institutions/{median_slug}/partners",
        "common": "/shared-partners?" + "&".join(f"ids={p.rsplit('/', 1)[1]}" for p in partners),
        "per year": "/agreements/per-year",
        "centrality": "/analysis/centrality?measure=betweenness",
        "communities": "/analysis/communities",
        "brokers": "/analysis/brokers",
    }
    with TestClient(create_app(settings, snapshot=snapshot)) as client:
        for url in routes.values():
            answer = client.get(url)
            assert answer.status_code == 200, (url, answer.status_code, answer.text[:300])
        report["api"] = {name: timed(lambda url=url: client.get(url), runs) for name, url in routes.items()}
        report["api bytes"] = {name: len(client.get(url).content) for name, url in routes.items()}
    report["peak MB"] = rss_mb()
    report["hub"], report["hub partners"] = slug, len(answers.partner_links_page(store, projection, hub, offset=0, limit=10**6)[1])
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1M")
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.child, args.runs)))
        return
    reports = []
    for size in args.sizes.split(","):
        done = subprocess.run([sys.executable, __file__, "--child", size, "--runs", str(args.runs)],
                              capture_output=True, text=True)
        if done.returncode:
            sys.exit(f"{size}: {done.stderr[-2000:]}")
        reports.append(json.loads(done.stdout.strip().splitlines()[-1]))
    print("| size | load s | projection s | projection MB | arrays MB | networks + all measures s | peak MB | hub (partners) |")
    print("|---|---:|---:|---:|---:|---:|---:|---|")
    for r in reports:
        print(f"| {r['size']} | {r['load s']:.1f} | {r['projection s']:.1f} | {r['projection MB']:.0f} | "
              f"{r['arrays MB']:.1f} | {r['analysis s']:.1f} | {r['peak MB']:.0f} | {r['hub']} ({r['hub partners']}) |")
    for part in ("in process", "api"):
        names = list(reports[0][part])
        print(f"\n{part}, ms p50 / p99 ({args.runs} runs each)\n")
        print("| size | " + " | ".join(names) + " |")
        print("|---|" + "---:|" * len(names))
        for r in reports:
            print(f"| {r['size']} | " + " | ".join(f"{r[part][n][0]:.1f} / {r[part][n][1]:.1f}" for n in names) + " |")
    print("\nanswer bytes: " + "; ".join(f"{k} {v:,}" for k, v in reports[-1]["api bytes"].items()))


if __name__ == "__main__":
    main()
