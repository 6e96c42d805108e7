"""How long the pages take to render over HTTP (a real ``unikg serve`` on 127.0.0.1).

Asks each kind of page with ``Accept: text/html`` (home, the top hub's profile and the next
page of its partners, its statements tab, the largest alliance, an agreement of the hub, a
person, an article, a search, an unknown id's 404 page) ``--repeat`` times after a first
request and two more to warm up, and prints a table: the first request, the median and the
95th percentile, the page's size. The hub is the server's own: the most partners (degree).
Targets (issue 22): ≤ 300 ms on the seed graph, ≤ 1 s for the top hub of the 1M graph.

    .venv/bin/python bench/pages.py                       # the seed graph, served in memory
    .venv/bin/python bench/pages.py --nq bench/out/synth-1M-seed42.nq   # loaded on disk first
    .venv/bin/python bench/pages.py --server http://127.0.0.1:8000
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

from api_latency import free_port, start_server  # bench/api_latency.py

HTML = {"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"}
OUT = Path(__file__).resolve().parent / "out"


def pages_of(http: httpx.Client) -> tuple[dict[str, str], str]:
    """The pages to ask, named, on the server's own entities; and a line about the hub."""
    hub = http.get("/analysis/centrality", params={"measure": "degree", "top": 1}).json()["ranking"][0]
    partners = http.get(f"/institutions/{hub['id']}/partners", params={"limit": 1}).json()["total"]
    alliances, page = [], {"total": 1}
    while len(alliances) < page["total"]:
        page = http.get("/alliances", params={"limit": 1000, "offset": len(alliances)}).json()
        alliances += page["items"]
    alliance = max(alliances, key=lambda a: a["members"])
    first = lambda url: http.get(url, params={"limit": 1}).json()["items"][0]["id"]  # noqa: E731
    agreement = first(f"/agreements?party={hub['id']}&groups=false")
    return {
        "home": "/",
        "profile of the top hub": f"/id/org/{hub['id']}",
        "its partners, page 2": f"/id/org/{hub['id']}?partners=2",
        "its statements tab": f"/id/org/{hub['id']}?tab=statements",
        f"alliance ({alliance['members']} members)": f"/id/org/{alliance['id']}",
        "an agreement of the hub": f"/id/agreement/{agreement}",
        "a person": f"/id/person/{first('/people')}",
        "an article": f"/id/doc/{first('/documents')}",
        "search": f"/search?q={hub['name'][:12]}",
        "unknown id (404 page)": "/id/org/no-such-organisation-at-all",
    }, f"top hub {hub['id']} ({hub['name']}): {partners} partners"


def measure(http: httpx.Client, url: str, repeat: int) -> tuple[int, float, float, float, int]:
    """The status, the first, median and 95th-percentile milliseconds, and the page's bytes."""
    times = []
    for _ in range(3 + repeat):
        started = time.perf_counter()
        response = http.get(url, headers=HTML)
        times.append((time.perf_counter() - started) * 1000)
    timed = sorted(times[3:])
    return (response.status_code, times[0], statistics.median(timed),
            timed[min(len(timed) - 1, int(0.95 * len(timed)))], len(response.content))


def loaded_server(nquads: Path) -> tuple[subprocess.Popen, str]:
    """``unikg load`` of ``nquads`` into Oxigraph on disk (once), then ``unikg serve`` on it,
    waited for until the network's measures answer."""
    build_dir = OUT / f"pages-{nquads.name.split('.')[0]}"
    env = {**os.environ, "UNIKG_STORE": "oxigraph", "UNIKG_BUILD_DIR": str(build_dir)}
    if not (build_dir / "oxigraph").exists():
        subprocess.run([sys.executable, "-m", "unikg.cli", "load", str(nquads)], env=env, check=True)
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "unikg.cli", "serve", "--port", str(port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    started = time.perf_counter()
    with httpx.Client(base_url=base, timeout=120) as http:
        while time.perf_counter() - started < 600:
            try:
                if http.get("/analysis/centrality", params={"top": 1}).status_code == 200:
                    return server, base
            except httpx.TransportError:
                pass
            if server.poll() is not None:
                break
            time.sleep(0.5)
    server.terminate()
    raise SystemExit("the server did not get ready")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--nq", type=Path, help="serve this synthetic graph (unikg synth), loaded on disk")
    parser.add_argument("--server", help="measure this running server instead (http://127.0.0.1:PORT)")
    args = parser.parse_args()
    server = None
    if args.server:
        base = args.server
    elif args.nq:
        server, base = loaded_server(args.nq)
    else:
        server, base, _ = start_server("memory", None)
    try:
        with httpx.Client(base_url=base, timeout=600) as http:
            asked, hub = pages_of(http)
            rows = []
            for name, url in asked.items():
                print(f"  {name}: {url}", file=sys.stderr, flush=True)
                rows.append((name, url, *measure(http, url, args.repeat)))
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
    graph = args.nq.name if args.nq else args.server or "the seed graph (data/), in memory"
    print(f"pages of {graph}; {hub}; {args.repeat} requests each after 3 warm-up")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
    print("| page | status | first ms | p50 ms | p95 ms | KB |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, _, status, first, p50, p95, size in rows:
        print(f"| {name} | {status} | {first:.0f} | {p50:.1f} | {p95:.1f} | {size / 1024:.0f} |")


if __name__ == "__main__":
    main()
