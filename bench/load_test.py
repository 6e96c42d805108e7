"""Load test: 50 concurrent clients for 60 s against a real ``unikg serve`` on 127.0.0.1.

Starts the server on a free port over a fresh build of ``data/`` (or ``--build-dir``), runs
locust headless in a subprocess on the workload of ``bench/locustfile.py`` (SPARQL SELECT, ASK,
CONSTRUCT by GET and POST; institutions, partners, shared partners, alliance members,
agreements, search, documents, analysis, a view page), samples the load average during the
run, then prints a table per request type: requests, requests/s, p50, p99 and max latency,
errors. Stops the server it started, by its PID. Writes nothing into the repository (locust's
CSV files go to a temporary folder, or to ``--csv PREFIX`` when asked).

``--slowloris N`` and ``--memory-bomb`` run attackers beside the clients (``attackers.py``):
N connections trickling headers, and one client sending a query that would take 8 GiB; what
happened to them is printed after the table.

    pip install -e '.[bench]'
    .venv/bin/python bench/load_test.py [--users 50] [--seconds 60] [--wait 0.5,1.5] [--slowloris 100] [--memory-bomb]
"""

from __future__ import annotations

import argparse
import csv
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

from attackers import MemoryBomb, Slowloris

from unikg.graph.dataset.build import build
from unikg.graph.settings import PROJECT_ROOT

LOCUSTFILE = Path(__file__).resolve().parent / "locustfile.py"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(build_dir: Path, port: int) -> subprocess.Popen:
    env = {**os.environ, "UNIKG_BUILD_DIR": str(build_dir)}
    server = subprocess.Popen(
        [sys.executable, "-m", "unikg.cli", "serve", "--port", str(port)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server exited with {server.returncode}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/", timeout=2).status_code == 200:
                return server
        except httpx.TransportError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("the server did not answer within 180 s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--wait", default="0.5,1.5", help="seconds each client waits between requests: MIN,MAX")
    parser.add_argument("--build-dir", type=Path)
    parser.add_argument("--csv", help="keep locust's CSV files under this prefix")
    parser.add_argument("--slowloris", type=int, default=0, metavar="N", help="hold N slow connections open beside the clients")
    parser.add_argument("--memory-bomb", action="store_true", help="one client sending a query that would take 8 GiB, again and again")
    args = parser.parse_args()
    build_dir = args.build_dir or Path(tempfile.mkdtemp(prefix="unikg-bench-load-"))
    if not (build_dir / "unikg.trig").exists():
        build(PROJECT_ROOT / "data", build_dir / "unikg.trig")
    port = free_port()
    server = start_server(build_dir, port)
    prefix = args.csv or str(Path(tempfile.mkdtemp(prefix="unikg-locust-")) / "load")
    loads: list[float] = []
    done = threading.Event()

    def sample_load() -> None:
        while not done.wait(5):
            loads.append(os.getloadavg()[0])

    sampler = threading.Thread(target=sample_load, daemon=True)
    try:
        warm = httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60)
        for path in ("/analysis/centrality?measure=degree&top=1", "/viz/ego/xjtu", "/institutions/xjtu"):
            warm.get(path)  # networks and views are built on first use: not what is measured
        sampler.start()
        attackers = ([Slowloris(f"http://127.0.0.1:{port}", args.slowloris)] if args.slowloris else []) + (
            [MemoryBomb(f"http://127.0.0.1:{port}")] if args.memory_bomb else [])
        for attacker in attackers:
            attacker.start()
        locust = subprocess.run(
            [
                sys.executable, "-m", "locust", "-f", str(LOCUSTFILE), "--headless",
                "--users", str(args.users), "--spawn-rate", str(args.users), "--run-time", f"{args.seconds}s",
                "--host", f"http://127.0.0.1:{port}", "--csv", prefix, "--only-summary", "--loglevel", "WARNING",
            ],
            env={**os.environ, "LOAD_WAIT": args.wait}, capture_output=True, text=True,
        )
        done.set()
        for attacker in attackers:
            attacker.stop()
        if locust.returncode not in (0, 1):  # 1: some requests failed (reported below)
            raise SystemExit(f"locust failed ({locust.returncode}):\n{locust.stderr[-3000:]}")
    finally:
        server.terminate()
        server.wait(timeout=60)
    print_table(Path(prefix + "_stats.csv"), seconds=args.seconds)
    print(f"\n{args.users} clients, {args.seconds} s, wait {args.wait} s between requests; "
          f"{os.cpu_count()} cores; load average (1 min) during the run: "
          f"{min(loads, default=float('nan')):.2f}–{max(loads, default=float('nan')):.2f}; "
          f"server exit code {server.returncode}")
    for attacker in attackers:
        print(f"{attacker.name}: {describe(attacker)}")
    failures = Path(prefix + "_failures.csv")
    if failures.exists() and failures.read_text().count("\n") > 1:
        print("\nfailures:\n" + failures.read_text())


def describe(attacker) -> str:
    counts = ", ".join(f"{what}: {n}" for what, n in sorted(attacker.counts.items(), key=str))
    if isinstance(attacker, MemoryBomb) and attacker.seconds:
        counts += f"; each stopped after {statistics.median(attacker.seconds):.1f} s (median)"
    return counts


def print_table(stats: Path, *, seconds: int) -> None:
    rows = list(csv.DictReader(stats.open()))
    print("| request | requests | req/s | p50 ms | p99 ms | max ms | errors |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for row in sorted(rows, key=lambda r: (r["Name"] == "Aggregated", r["Name"])):
        name = "**total**" if row["Name"] == "Aggregated" else row["Name"]
        print(
            f"| {name} | {row['Request Count']} | {float(row['Requests/s']):.1f} | {row['50%']} | "
            f"{row['99%']} | {float(row['Max Response Time']):.0f} | {row['Failure Count']} |"
        )


if __name__ == "__main__":
    main()
