"""Latency of every route of the HTTP API over a real ``unikg serve`` on 127.0.0.1.

Sends each route's example request (``api/examples.py``, plus the routes without a JSON
example: linked data, views, exports, ``/sparql``) ``--repeat`` times one after another,
after a first request and two more to warm up, and prints a table: the first request, the
median and the 95th percentile, the answer's size. The examples name seed entities; they are
asked of the server's own: its busiest institution (most partners), the next one, the
alliance with the most members, an agreement of the busiest institution, the first person and
the first document listed, the busiest institution's country and name.

Without ``--server`` it starts ``unikg serve`` on a free port over a fresh build of
``data/`` (``--store`` chooses the store) and stops it, by its PID, at the end. With
``--server URL`` it measures a server already running, e.g. over a synthetic 1M-triple store
(``unikg load`` it, ``unikg serve``, wait until ``/analysis/path`` no longer answers 503).

    .venv/bin/python bench/api_latency.py [--repeat 50] [--store memory|rdflib]
    .venv/bin/python bench/api_latency.py --server http://127.0.0.1:8000 --repeat 20
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import parse_qsl, quote, urlencode, urlsplit

import httpx

from unikg.api.examples import REQUESTS

PER_YEAR_SPARQL = """PREFIX ukg: <https://w3id.org/unikg/ontology#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
SELECT ?year (COUNT(?agreement) AS ?agreements) WHERE {
  ?agreement a ukg:Agreement ; ukg:signedOn ?date .
  FILTER (DATATYPE(?date) = xsd:date)
  BIND (YEAR(?date) AS ?year)
}
GROUP BY ?year
ORDER BY ?year"""  # bench/scale.py's per_year question

EXTRA = {  # routes without a JSON example (and heavier questions), in the seed's names
    "partners by event": ("/institutions/xjtu/partners?via=event", {}),
    "institutions by name": ("/institutions?name=jiaotong", {}),
    "all agreements": ("/agreements", {}),
    "linked data (Turtle)": ("/id/org/xjtu", {"Accept": "text/turtle"}),
    "linked data (JSON-LD)": ("/id/org/xjtu", {"Accept": "application/ld+json"}),
    "linked data (HTML)": ("/id/org/xjtu", {"Accept": "text/html"}),
    "sparql per year": ("/sparql?" + urlencode({"query": PER_YEAR_SPARQL}, quote_via=quote),
                        {"Accept": "application/sparql-results+json"}),
    "export (CSV)": ("/analysis/export.csv", {}),
    "view: ego": ("/viz/ego/cup", {}),
    "view: alliance": ("/viz/alliance/xjtu-som-sub-alliance", {}),
    "view: network": ("/viz", {}),
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def the_servers_own(http: httpx.Client) -> dict[str, str]:
    """The seed names of the examples → the server's own entities that play their part."""
    def first(url: str, key: str = "id") -> str:
        response = http.get(url)
        response.raise_for_status()
        return response.json()["items"][0][key]

    ranking = http.get("/analysis/centrality", params={"measure": "degree", "top": 2}).json()["ranking"]
    hub, second = ranking[0]["id"], ranking[1]["id"]
    profile = http.get(f"/institutions/{hub}").json()
    alliances, page = [], {"total": 1}
    while len(alliances) < page["total"]:
        page = http.get("/alliances", params={"limit": 1000, "offset": len(alliances)}).json()
        alliances += page["items"]
    country = (profile.get("country") or {}).get("id", "").upper()
    return {
        "szu": hub, "xjtu": hub, "nust": hub, "cup": second, "kaznu": second,
        "xjtu-som-sub-alliance": max(alliances, key=lambda a: a["members"])["id"],
        "kaznu-szu-agreement-2023": first(f"/agreements?party={hub}&limit=1"),
        "chen-feng": first("/people?limit=1"),
        "ensia-nwnu-twinning-2023": first("/documents?limit=1"),
        "DZ": country or "DZ",
        "xian jiaotong": profile["name"],
        "jiaotong": profile["name"].split()[-1].lower(),
    }


def asked_of(url: str, names: dict[str, str]) -> str:
    """``url`` with each path segment and query value that is a seed name replaced.

    >>> asked_of("/shared-partners?ids=xjtu&ids=cup", {"xjtu": "eit", "cup": "abu"})
    '/shared-partners?ids=eit&ids=abu'
    """
    parts = urlsplit(url)
    path = "/".join(names.get(segment, segment) for segment in parts.path.split("/"))
    query = [(key, names.get(value, value)) for key, value in parse_qsl(parts.query)]
    return path + ("?" + urlencode(query, quote_via=quote) if query else "")


def measure(http: httpx.Client, url: str, headers: dict, repeat: int) -> tuple[float, float, float, int]:
    """First, median and 95th-percentile milliseconds, and the answer's bytes."""
    times = []
    for _ in range(3 + repeat):
        started = time.perf_counter()
        response = http.get(url, headers=headers)
        times.append((time.perf_counter() - started) * 1000)
        response.raise_for_status()
    first, timed = times[0], sorted(times[3:])
    return first, statistics.median(timed), timed[min(len(timed) - 1, int(0.95 * len(timed)))], len(response.content)


def start_server(store: str, build_dir: Path | None) -> tuple[subprocess.Popen, str, float]:
    from unikg.graph.dataset.build import build
    from unikg.graph.settings import PROJECT_ROOT

    build_dir = build_dir or Path(tempfile.mkdtemp(prefix="unikg-bench-api-"))
    if not (build_dir / "unikg.trig").exists():
        build(PROJECT_ROOT / "data", build_dir / "unikg.trig")
    port = free_port()
    env = {**os.environ, "UNIKG_BUILD_DIR": str(build_dir), "UNIKG_STORE": store}
    started = time.perf_counter()
    server = subprocess.Popen([sys.executable, "-m", "unikg.cli", "serve", "--port", str(port)],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    with httpx.Client(base_url=base) as http:
        while True:
            try:
                http.get("/")
                break
            except httpx.TransportError:
                if server.poll() is not None or time.perf_counter() - started > 120:
                    server.terminate()
                    raise SystemExit("the server did not start")
                time.sleep(0.1)
    return server, base, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--store", default="memory", help="the store of the server it starts")
    parser.add_argument("--build-dir", type=Path, help="the build folder of the server it starts")
    parser.add_argument("--server", help="measure this running server instead (http://127.0.0.1:PORT)")
    args = parser.parse_args()
    server, startup = None, None
    if args.server:
        base = args.server
    else:
        server, base, startup = start_server(args.store, args.build_dir)
    try:
        with httpx.Client(base_url=base, timeout=600) as http:
            names = the_servers_own(http)
            requests = {name: (url, {"Accept": "application/json"}) for name, url in REQUESTS.items()}
            requests.update(EXTRA)
            rows = []
            for name, (url, headers) in requests.items():
                url = asked_of(url, names)
                print(f"  {name}: {url[:100]}", file=sys.stderr, flush=True)
                rows.append((name, url, *measure(http, url, headers, args.repeat)))
            memory = rss_mib(server.pid) if server else None
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
    about = f"server {args.server}" if args.server else (
        f"store={args.store}  server start (incl. load) {startup:.1f} s  RSS after the run {memory:.0f} MiB")
    print(f"{about}  repeat={args.repeat}")
    width = max(len(r[0]) for r in rows)
    print(f"{'route':<{width}}  {'first ms':>9}  {'median ms':>9}  {'p95 ms':>8}  {'bytes':>9}  request")
    for name, url, first, median, p95, size in rows:
        print(f"{name:<{width}}  {first:9.1f}  {median:9.1f}  {p95:8.1f}  {size:9d}  {url[:90]}")


if __name__ == "__main__":
    main()
