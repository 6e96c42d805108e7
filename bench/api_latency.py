"""Latency of the REST API over a real ``unikg serve`` (uvicorn) on 127.0.0.1.

Starts the server on a free port over a fresh build of ``data/`` (or ``--build-dir``), sends
each route's example request (``api/examples.py``) ``--repeat`` times one after another
after a warm-up, and prints a table: median and 95th-percentile latency, answer size, and
the server's resident memory after the run. Stops the server it started, by its PID.

    .venv/bin/python bench/api_latency.py [--repeat 50] [--store memory|rdflib]
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

import httpx

from unikg.api.examples import REQUESTS
from unikg.graph.build import build
from unikg.graph.settings import PROJECT_ROOT

EXTRA = {  # routes without a JSON example, and heavier questions
    "linked data (Turtle)": ("/id/org/xjtu", {"Accept": "text/turtle"}),
    "linked data (JSON-LD)": ("/id/org/xjtu", {"Accept": "application/ld+json"}),
    "linked data (HTML)": ("/id/org/xjtu", {"Accept": "text/html"}),
    "partners XJTU by event": ("/institutions/xjtu/partners?via=event", {}),
    "all agreements": ("/agreements", {}),
    "profile of XJTU": ("/institutions/xjtu", {}),
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--store", default="memory")
    parser.add_argument("--build-dir", type=Path)
    args = parser.parse_args()
    build_dir = args.build_dir or Path(tempfile.mkdtemp(prefix="unikg-bench-api-"))
    if not (build_dir / "unikg.trig").exists():
        build(PROJECT_ROOT / "data", build_dir / "unikg.trig")
    port = free_port()
    env = {**os.environ, "UNIKG_BUILD_DIR": str(build_dir), "UNIKG_STORE": args.store}
    started = time.perf_counter()
    server = subprocess.Popen(
        [sys.executable, "-m", "unikg.graph.cli", "serve", "--port", str(port)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=base, timeout=60) as http:
            while True:
                try:
                    http.get("/")
                    break
                except httpx.TransportError:
                    if server.poll() is not None or time.perf_counter() - started > 120:
                        raise SystemExit("the server did not start")
                    time.sleep(0.1)
            startup = time.perf_counter() - started
            requests = {name: (url, {"Accept": "application/json"}) for name, url in REQUESTS.items()}
            requests.update(EXTRA)
            rows = []
            for name, (url, headers) in requests.items():
                for _ in range(3):
                    http.get(url, headers=headers).raise_for_status()
                times = []
                for _ in range(args.repeat):
                    t = time.perf_counter()
                    response = http.get(url, headers=headers)
                    times.append((time.perf_counter() - t) * 1000)
                    response.raise_for_status()
                times.sort()
                p95 = times[min(len(times) - 1, int(0.95 * len(times)))]
                rows.append((name, url, statistics.median(times), p95, len(response.content)))
            memory = rss_mib(server.pid)
    finally:
        server.terminate()
        server.wait(timeout=30)
    print(f"store={args.store}  repeat={args.repeat}  server start (incl. load) {startup:.1f} s  "
          f"server RSS after the run {memory:.0f} MiB")
    width = max(len(r[0]) for r in rows)
    print(f"{'route':<{width}}  {'median ms':>9}  {'p95 ms':>7}  {'bytes':>7}  request")
    for name, url, median, p95, size in rows:
        print(f"{name:<{width}}  {median:9.1f}  {p95:7.1f}  {size:7d}  {url}")


if __name__ == "__main__":
    main()
