"""Slow and numerous clients against a real ``unikg serve`` whose read deadlines are short
(``UNIKG_HEADER_TIMEOUT`` and ``UNIKG_BODY_TIMEOUT`` of 1 s) and whose file limit is 512
(``ulimit -n``), so that its connection cap is lowered to fit: real sockets trickle headers
or a body (slowloris), connect and say nothing, crowd past the cap, or hang up half-way
through a POST. The slow ones are cut off with a 408, the idle ones closed, the crowd past
the cap answered 503 (no reset) with the refusals logged in a few lines, a client gone
mid-body is one INFO line, and everybody else is answered meanwhile."""

from __future__ import annotations

import os
import selectors
import socket
import threading
import time
from dataclasses import dataclass, field

import httpx
import pytest

from ..conftest import start_server, stop_server

pytestmark = pytest.mark.server

TIMEOUT = 1.0  # UNIKG_HEADER_TIMEOUT and UNIKG_BODY_TIMEOUT of the server below
FILES = 512  # its file limit: about 350 connections
PROXY = "192.0.2.1"  # the one proxy whose X-Forwarded-For it takes (not this machine)


@pytest.fixture(scope="module")
def crowded(settings):
    process, url = start_server(
        build_dir=settings.build_dir, data_dir=settings.data_dir, open_files=FILES,
        settings_env={"UNIKG_HEADER_TIMEOUT": str(TIMEOUT), "UNIKG_BODY_TIMEOUT": str(TIMEOUT),
                      "UNIKG_QUERY_WORKERS": "1", "UNIKG_TRUSTED_PROXIES": PROXY},
    )
    yield process, url
    stop_server(process)


def server_log(process) -> str:
    """What the server has logged so far (read without moving the offset it writes at)."""
    fd = process.log.fileno()
    return os.pread(fd, os.fstat(fd).st_size, 0).decode("utf-8", "replace")


@dataclass
class Client:
    """One raw connection: what it sends first, what it then sends every ``DRIP`` seconds."""

    opening: bytes
    drip: bytes = b""
    sock: socket.socket | None = None
    received: bytes = b""
    closed_after: float | None = None  # seconds from the start until the server closed it
    reset: bool = False
    started: float = field(default_factory=time.monotonic)


DRIP = 0.2


def run_clients(url: str, clients: list[Client], *, seconds: float) -> None:
    """Connect every client, send its opening, then drip until the server closes it or
    ``seconds`` have passed (then close it ourselves)."""
    host, port = url.removeprefix("http://").split(":")
    selector = selectors.DefaultSelector()
    for client in clients:
        client.sock = socket.create_connection((host, int(port)), timeout=10)
        client.started = time.monotonic()
        if client.opening:
            client.sock.sendall(client.opening)
        client.sock.setblocking(False)
        selector.register(client.sock, selectors.EVENT_READ, client)
    deadline, next_drip = time.monotonic() + seconds, time.monotonic() + DRIP
    open_ = set(range(len(clients)))
    while open_ and time.monotonic() < deadline:
        for key, _ in selector.select(timeout=0.05):
            client = key.data
            try:
                chunk = client.sock.recv(65536)
            except ConnectionResetError:
                chunk, client.reset = b"", True
            client.received += chunk
            if not chunk:
                client.closed_after = time.monotonic() - client.started
                selector.unregister(client.sock)
                open_.discard(clients.index(client))
        if time.monotonic() >= next_drip:
            next_drip += DRIP
            for i in list(open_):
                if clients[i].drip:
                    try:
                        clients[i].sock.send(clients[i].drip)
                    except OSError:
                        pass
    for client in clients:
        client.sock.close()
    selector.close()


def test_slow_headers_and_bodies_are_cut_off_while_others_are_answered(crowded):
    process, url = crowded
    headers = [Client(b"GET /institutions HTTP/1.1\r\nHost: x\r\n", b"X-Drip: 1\r\n") for _ in range(100)]
    bodies = [Client(b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                     b"Content-Length: 1000\r\n\r\n", b"#") for _ in range(20)]
    idle = [Client(b"") for _ in range(20)]
    slow = threading.Thread(target=run_clients, args=(url, headers + bodies + idle), kwargs={"seconds": 10 * TIMEOUT})
    latencies = []
    with httpx.Client(base_url=url, timeout=30) as http:
        assert http.get("/institutions/xjtu/partners").status_code == 200  # warm
        slow.start()
        while slow.is_alive():
            started = time.perf_counter()
            assert http.get("/institutions/xjtu/partners").status_code == 200
            latencies.append(time.perf_counter() - started)
            time.sleep(0.05)
    slow.join()
    assert len(latencies) >= 3 and sorted(latencies)[len(latencies) // 2] < 0.5, latencies
    for client in headers + bodies + idle:
        assert client.closed_after is not None, "the server should have closed a slow connection"
        assert TIMEOUT * 0.9 < client.closed_after < TIMEOUT + 4, client.closed_after
        assert not client.reset
    for group, setting in ((headers, "UNIKG_HEADER_TIMEOUT"), (bodies, "UNIKG_BODY_TIMEOUT")):
        for client in group:
            assert client.received.startswith(b"HTTP/1.1 408"), client.received[:200]
            assert setting.encode() in client.received
    assert all(client.received == b"" for client in idle)  # nothing to answer: closed quietly
    log = server_log(process)
    assert log.count("closed a slow connection") <= 3, "one line per 10 s, with a count"


def test_past_the_connection_cap_clients_get_a_503_and_the_refusals_are_logged(crowded):
    process, url = crowded
    crowd = [Client(b"") for _ in range(FILES + 100)]  # more than the file limit allows
    run_clients(url, crowd, seconds=3 * TIMEOUT)
    refused = [c for c in crowd if c.received.startswith(b"HTTP/1.1 503")]
    assert refused, "some connections should have been refused"
    assert b"UNIKG_MAX_CONNECTIONS" in refused[0].received and b"retry-after: 1" in refused[0].received.lower()
    assert not any(c.reset for c in crowd), "a refused client gets the 503, not a reset"
    accepted = [c for c in crowd if not c.received]
    assert len(accepted) >= 50, len(accepted)  # the cap is lowered to the file limit, not to nothing
    log = server_log(process)
    assert "at most" in log and "UNIKG_MAX_CONNECTIONS" in log and "ulimit -n" in log  # said at start-up
    assert 1 <= log.count("refused a connection") <= 3, "logged, in a few lines with a count"
    assert httpx.get(url + "/institutions/xjtu/partners", timeout=30).status_code == 200


def test_a_client_gone_mid_body_is_one_info_line(crowded):
    process, url = crowded
    host, port = url.removeprefix("http://").split(":")
    before = len(server_log(process))
    for _ in range(50):
        with socket.create_connection((host, int(port)), timeout=10) as sock:
            sock.sendall(b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                         b"Content-Length: 100000\r\n\r\n" + b"#" * 1000)
            time.sleep(0.01)  # the server has started reading the body: then the client hangs up
    deadline = time.monotonic() + 10
    while server_log(process)[before:].count("\n") < 50 and time.monotonic() < deadline:
        time.sleep(0.1)
    added = server_log(process)[before:]
    lines = added.splitlines()
    assert "Traceback" not in added and "ERROR" not in added, added[:2000]
    assert len(lines) == 50, added[:2000]
    assert all(line.startswith("INFO") and "/sparql" in line for line in lines), lines[:3]
    assert len(added) < 50 * 200, len(added)


def test_x_forwarded_for_is_taken_from_trusted_proxies_only(crowded):
    """This server trusts the proxy at 192.0.2.1 only (``UNIKG_TRUSTED_PROXIES``): the header
    sent from 127.0.0.1 does not make the client someone else, as the line logged when it
    hangs up mid-body shows. Trusted, it does: tests/api/sparql/test_isolation.py."""
    process, url = crowded
    host, port = url.removeprefix("http://").split(":")
    before = len(server_log(process))
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(b"POST /sparql HTTP/1.1\r\nHost: x\r\nX-Forwarded-For: 198.51.100.77\r\n"
                     b"Content-Type: application/sparql-query\r\nContent-Length: 100\r\n\r\nASK")
        time.sleep(0.1)
    deadline = time.monotonic() + 10
    while "closed the connection" not in server_log(process)[before:] and time.monotonic() < deadline:
        time.sleep(0.1)
    added = server_log(process)[before:]
    assert "127.0.0.1:" in added and "198.51.100.77" not in added, added
