"""The remote-store client (``graph/store/remote.py``) against a tiny real HTTP server that
misbehaves (``misbehaving_store.py``), through the real ``unikg`` command: it follows no
redirect to another host (a 302 to another address of this machine opens no connection there),
and it stops reading an answer past ``UNIKG_STORE_MAX_BYTES``, in one line, without the memory
a whole answer would take."""

from __future__ import annotations

import time

import pytest

from ..conftest import Listener
from .conftest import one_error_line
from .misbehaving_store import MisbehavingStore, ask_true, huge_results, redirect

CAP = 5_000_000  # UNIKG_STORE_MAX_BYTES in the test below


@pytest.fixture
def other_host():
    """A listener on 127.0.0.2: another host, though on this machine (all of 127/8 is)."""
    opened = Listener.on("127.0.0.2")
    yield opened
    opened.sock.close()


def test_no_redirect_to_another_host_is_followed(unikg, other_host):
    port = other_host.port
    with MisbehavingStore(answer=redirect(f"http://127.0.0.2:{port}/sparql")) as store:
        run = unikg.run("query", "ASK { ?s ?p ?o }", env={"UNIKG_STORE": store.url, "UNIKG_QUERY_TIMEOUT": "3"})
    time.sleep(0.2)
    assert other_host.connections() == 0, "the client followed the redirect to another host"
    line = one_error_line(run)
    assert "redirect" in line and "127.0.0.2" in line and store.url in line, line


def test_a_redirect_on_the_same_host_is_followed(unikg):
    with MisbehavingStore(answer=lambda path: redirect("/moved/sparql") if path == "/sparql" else ask_true()) as store:
        run = unikg.run("query", "ASK { ?s ?p ?o }", env={"UNIKG_STORE": store.url})
    assert run.returncode == 0, run.stderr[-500:]
    assert "true" in run.stdout.lower()
    assert store.requests == 2


def test_an_answer_over_the_size_cap_is_refused_in_one_line(unikg):
    with MisbehavingStore(answer=huge_results(20 * CAP)) as store:  # 100 MB, made as it is sent
        run = unikg.run("query", "SELECT ?s WHERE { ?s ?p ?o }",
                        env={"UNIKG_STORE": store.url, "UNIKG_STORE_MAX_BYTES": str(CAP)})
    line = one_error_line(run)
    assert "UNIKG_STORE_MAX_BYTES" in line and f"{CAP}" in line, line
    assert run.max_rss_mb < 400, run.max_rss_mb  # a 100 MB answer read whole and parsed takes gigabytes
