"""Attackers that run beside the load test (``load_test.py --slowloris N --memory-bomb``), so
that its figures say what everybody else gets while the server is under attack:

* ``Slowloris``: N connections that each send a request's headers one line every few seconds
  and never finish them, opening a new one whenever the server closes one (the server cuts
  them off after ``UNIKG_HEADER_TIMEOUT``), so N are always held open;
* ``MemoryBomb``: one client sending, as soon as the last one is answered, a 740-byte query
  whose one string would grow to 8 GiB (``tests/hostile/sparql-memory/concat-9-levels.rq``);
  the server stops each at ``UNIKG_QUERY_MEMORY`` and replaces the worker (a 503), and a 429
  while the replacement starts is waited out (``Retry-After``).

Each counts what happened to it, for the report.
"""

from __future__ import annotations

import selectors
import socket
import threading
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import httpx

BOMB = Path(__file__).resolve().parent.parent / "tests" / "hostile" / "sparql-memory" / "concat-9-levels.rq"
HEADER_LINE_EVERY = 2.0  # seconds between two header lines of a slowloris connection


class Slowloris(threading.Thread):
    """``connections`` slow connections held open until ``stop()``."""

    def __init__(self, url: str, connections: int):
        super().__init__(daemon=True, name="slowloris")
        self.address = (urlsplit(url).hostname, urlsplit(url).port)
        self.connections = connections
        self.counts: Counter = Counter()  # opened, closed by the server, answered 408, refused 503
        self._stopping = threading.Event()

    def stop(self) -> None:
        self._stopping.set()
        self.join()

    def _open(self, selector: selectors.BaseSelector) -> None:
        try:
            sock = socket.create_connection(self.address, timeout=5)
            sock.sendall(b"GET /institutions HTTP/1.1\r\nHost: x\r\n")
        except OSError:
            self.counts["failed to connect"] += 1
            return
        sock.setblocking(False)
        selector.register(sock, selectors.EVENT_READ)
        self.counts["opened"] += 1

    def run(self) -> None:
        selector = selectors.DefaultSelector()
        for _ in range(self.connections):
            self._open(selector)
        next_line = time.monotonic() + HEADER_LINE_EVERY
        while not self._stopping.is_set():
            for key, _ in selector.select(timeout=0.2):
                sock = key.fileobj
                try:
                    answer = sock.recv(4096)
                except OSError:
                    answer = b""
                if answer.startswith(b"HTTP/1.1 408"):
                    self.counts["answered 408"] += 1
                elif answer.startswith(b"HTTP/1.1 503"):
                    self.counts["refused 503"] += 1
                selector.unregister(sock)
                sock.close()
                self.counts["closed by the server"] += 1
                self._open(selector)
            if time.monotonic() >= next_line:
                next_line += HEADER_LINE_EVERY
                for key in list(selector.get_map().values()):
                    try:
                        key.fileobj.send(b"X-Slow: 1\r\n")
                    except OSError:
                        pass
        for key in list(selector.get_map().values()):
            key.fileobj.close()
        selector.close()


class MemoryBomb(threading.Thread):
    """One client sending the memory bomb again and again until ``stop()``."""

    def __init__(self, url: str):
        super().__init__(daemon=True, name="memory-bomb")
        self.url = url
        self.counts: Counter = Counter()  # answers by status
        self.seconds: list[float] = []  # how long each bomb took to be stopped
        self._stopping = threading.Event()

    def stop(self) -> None:
        self._stopping.set()
        self.join()

    def run(self) -> None:
        query = BOMB.read_text(encoding="utf-8")
        headers = {"X-Forwarded-For": "203.0.113.66", "Content-Type": "application/sparql-query"}
        with httpx.Client(base_url=self.url, timeout=120, headers=headers) as http:
            while not self._stopping.is_set():
                started = time.monotonic()
                try:
                    response = http.post("/sparql", content=query.encode("utf-8"))
                except httpx.TransportError as error:
                    self.counts[type(error).__name__] += 1
                    continue
                self.counts[response.status_code] += 1
                if response.status_code == 429:
                    self._stopping.wait(float(response.headers.get("retry-after", "1")))
                else:
                    self.seconds.append(time.monotonic() - started)
