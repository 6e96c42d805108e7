"""How soon a server answers, and how fast the everyday routes are, on a synthetic graph loaded
into the disk store, as a new user runs it (``unikg load``, then ``unikg serve``):

1. **loaded store**: ``unikg build`` of the seed data, then ``unikg load FILE`` into a fresh
   ``oxigraph:`` store (the build is older than the store, so serving loads nothing); the first
   ``unikg serve``: seconds from starting the process to the first answer of the top hub's
   shared partners (asked over and over from the start), and the longest any other request
   (``/alliances``, asked every 50 ms meanwhile) waited; once the server has warmed its
   snapshot, p50 and p99 of ``--requests`` requests of each route over one keep-alive
   connection;
2. **restart**: the server started again on the same store: the same first-answer figures;
3. **fresh checkout**: ``unikg load FILE`` into a store of an empty build folder, then the first
   ``unikg serve``, which builds the seed data and merges it into the loaded store: seconds to
   the first answer of ``/alliances`` and of the hub's shared partners, and the peak memory of
   the server with its SPARQL workers.

``--python`` runs another checkout's ``unikg`` (its virtualenv's python), so that two versions
of the code are measured one after the other on the same machine and file:

    .venv/bin/python bench/first_answers.py --nq bench/out/synth-1M-seed42.nq --hub dut --alliance airuc
    .venv/bin/python bench/first_answers.py --nq … --hub dut --alliance airuc --python /tmp/old/.venv/bin/python

It prints one table (and ``--json FILE`` keeps the figures).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
import psutil

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """``unikg serve`` on a free port; the peak RSS of its process tree, sampled every 50 ms."""

    def __init__(self, python: str, env: dict):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.started = time.monotonic()
        self.log = tempfile.TemporaryFile(mode="w+")
        self.process = subprocess.Popen([python, "-m", CLI[python], "serve", "--port", str(self.port)],
                                        env=env, stdout=subprocess.DEVNULL, stderr=self.log)
        self.peak_mb, self._done = 0.0, threading.Event()
        threading.Thread(target=self._sample, daemon=True).start()

    def _sample(self) -> None:
        while not self._done.is_set():
            try:
                root = psutil.Process(self.process.pid)
                rss = sum(p.memory_info().rss for p in [root, *root.children(recursive=True)])
                self.peak_mb = max(self.peak_mb, rss / 2**20)
            except psutil.Error:
                pass
            time.sleep(0.05)

    def first(self, path: str, *, within: float = 300) -> float:
        """Seconds from the process start to the first 200 of ``path`` (asked over and over)."""
        deadline = time.monotonic() + within
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                self.log.seek(0)
                sys.exit(f"unikg serve exited: {self.log.read()[-2000:]}")
            try:
                if httpx.get(self.url + path, timeout=within).status_code == 200:
                    return time.monotonic() - self.started
            except httpx.TransportError:
                time.sleep(0.02)
        sys.exit(f"no answer to {path} within {within} s")

    def stop(self) -> None:
        self._done.set()
        self.process.terminate()
        try:
            self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def first_answers(server: Server, hub: str) -> dict:
    """The first shared-partners answer, and the longest wait of other requests meanwhile."""
    waits: list[float] = []
    stop = threading.Event()

    def other() -> None:
        with httpx.Client(timeout=120) as client:
            while not stop.is_set():
                started = time.monotonic()
                try:
                    client.get(server.url + "/alliances")
                    waits.append(time.monotonic() - started)
                except httpx.TransportError:
                    pass
                time.sleep(0.05)

    thread = threading.Thread(target=other, daemon=True)
    thread.start()
    shared = server.first(f"/institutions/{hub}/shared-partners")
    stop.set()
    thread.join()
    return {"first_shared_s": shared, "longest_other_wait_s": max(waits, default=None)}


def settle(server: Server) -> None:
    """Until the snapshot is warm: the networks read (a view answers without a 503)."""
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline:
        if httpx.get(server.url + "/viz?layer=alliances", timeout=600).status_code == 200:
            return
        time.sleep(0.5)


def latencies(server: Server, routes: dict[str, str], requests: int) -> dict:
    found = {}
    with httpx.Client(base_url=server.url, timeout=120) as client:
        for name, path in routes.items():
            for _ in range(5):
                assert client.get(path).status_code == 200, path
            times = []
            for _ in range(requests):
                started = time.perf_counter()
                response = client.get(path)
                response.read()
                times.append((time.perf_counter() - started) * 1000)
            times.sort()
            found[name] = {"p50_ms": statistics.median(times), "p99_ms": times[int(len(times) * 0.99) - 1],
                           "bytes": len(response.content)}
    return found


def run(args) -> dict:
    python, data = args.python, args.nq.resolve()
    work = Path(tempfile.mkdtemp(prefix="unikg-first-answers-"))
    report: dict = {"python": python, "file": str(data), "hub": args.hub}
    try:
        base = {**os.environ, "UNIKG_DATA_DIR": str(args.data)}  # the default workers, as a new user runs it
        # 1. a loaded store, the seed built first
        env = {**base, "UNIKG_BUILD_DIR": str(work / "loaded"), "UNIKG_STORE": f"oxigraph:{work / 'loaded' / 'oxigraph'}"}
        subprocess.run([python, "-m", CLI[python], "build"], env=env, check=True, capture_output=True)
        started = time.monotonic()
        subprocess.run([python, "-m", CLI[python], "load", str(data)], env=env, check=True, capture_output=True)
        report["load_s"] = time.monotonic() - started
        server = Server(python, env)
        report["first_serve"] = first_answers(server, args.hub)
        settle(server)
        routes = {name: path.format(hub=args.hub, alliance=args.alliance) for name, path in ROUTES.items()}
        report["routes"] = latencies(server, routes, args.requests)
        server.stop()
        # 2. the same store, started again
        server = Server(python, env)
        report["restart"] = first_answers(server, args.hub)
        server.stop()
        # 3. a fresh checkout: load, then the first serve builds the seed and merges it
        env = {**base, "UNIKG_BUILD_DIR": str(work / "fresh"), "UNIKG_STORE": "oxigraph"}
        subprocess.run([python, "-m", CLI[python], "load", str(data)], env=env, check=True, capture_output=True)
        server = Server(python, env)
        report["fresh"] = {"first_answer_s": server.first("/alliances"),
                           "first_shared_s": server.first(f"/institutions/{args.hub}/shared-partners")}
        server.stop()
        report["fresh"]["peak_mb"] = server.peak_mb
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return report


ROUTES = {
    "shared partners of the hub (page of 20)": "/institutions/{hub}/shared-partners",
    "partners of the hub (page of 20)": "/institutions/{hub}/partners",
    "members of the largest alliance": "/alliances/{alliance}/members",
    "centrality": "/analysis/centrality?measure=betweenness",
    "search": "/search?q=univ%20of%20tech",
    "ego view of the hub (warm)": "/viz/ego/{hub}",
}
CLI: dict[str, str] = {}  # python → the module of its unikg command (older checkouts: unikg.graph.cli)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--nq", type=Path, required=True, help="an N-Quads file of unikg synth")
    parser.add_argument("--hub", required=True, help="the top hub's id (unikg synth prints it)")
    parser.add_argument("--alliance", required=True, help="the largest alliance's id")
    parser.add_argument("--python", default=sys.executable, help="the python of the checkout to measure")
    parser.add_argument("--data", type=Path, default=ROOT / "data", help="the data folder built as the seed")
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    probe = subprocess.run([args.python, "-c", "import unikg.cli"], capture_output=True)
    CLI[args.python] = "unikg.cli" if probe.returncode == 0 else "unikg.graph.cli"
    report = run(args)
    if args.json:
        args.json.write_text(json.dumps(report, indent=1))
    print(f"python {report['python']}; {report['file']}; load {report['load_s']:.1f} s")
    for part in ("first_serve", "restart"):
        r = report[part]
        print(f"{part}: first shared-partners answer {r['first_shared_s']:.2f} s after start; "
              f"longest other request meanwhile {r['longest_other_wait_s'] or 0:.2f} s")
    f = report["fresh"]
    print(f"fresh checkout: first answer {f['first_answer_s']:.1f} s, first shared partners {f['first_shared_s']:.1f} s, "
          f"peak {f['peak_mb']:,.0f} MB")
    print("\n| route | p50 ms | p99 ms | bytes |\n|---|---:|---:|---:|")
    for name, r in report["routes"].items():
        print(f"| {name} | {r['p50_ms']:.2f} | {r['p99_ms']:.2f} | {r['bytes']:,} |")


if __name__ == "__main__":
    main()
