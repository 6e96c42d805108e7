"""Read-only and closed to the outside: updates, SERVICE and foreign graphs are refused before
evaluation (first line), and the worker sandbox makes any attempt fail anyway (second line).

A listening socket opened by the test must see no connection; a FIFO named by a FROM clause
must never be opened (opening a FIFO for reading blocks until a writer comes, so a server that
tried would hang instead of answering, and the FIFO would have a reader).
"""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import httpx
import pytest



@pytest.fixture
def fifo(tmp_path) -> Path:
    path = tmp_path / "secret"
    os.mkfifo(path)
    return path


def fifo_has_reader(path: Path) -> bool:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
    except OSError as error:
        assert error.errno == errno.ENXIO
        return False
    os.close(fd)
    return True


@pytest.mark.parametrize(
    "query",
    [
        "INSERT DATA { <http://x/s> <http://x/p> 1 }",
        "DELETE WHERE { ?s ?p ?o }",
        "LOAD <file:///etc/passwd>",
        "CLEAR ALL",
        "DROP GRAPH <https://w3id.org/unikg/graph/registry>",
        "PREFIX x: <http://x/>\nINSERT { x:s x:p ?o } WHERE { ?s ?p ?o }",
    ],
)
def test_updates_sent_as_queries_are_refused(client, query):
    """As a query, an update is a malformed query (400, as the W3C protocol tests want); the
    message says it is refused however it is sent."""
    for response in (client.get("/sparql", params={"query": query}), client.post("/sparql", data={"query": query})):
        assert response.status_code == 400
        assert "read-only" in response.json()["detail"] and "not a query" in response.json()["detail"]


@pytest.mark.server
@pytest.mark.parametrize(
    "template",
    [
        "SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}",
        "select * where {{ service silent <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }}",
        "SELECT * WHERE {{ VALUES ?e {{ <http://127.0.0.1:{port}/> }} SERVICE ?e {{ ?s ?p ?o }} }}",
        "SELECT * WHERE {{ \\u0053ERVICE <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }}",
    ],
    ids=["plain", "lower-case-silent", "variable", "unicode-escape"],
)
def test_service_is_refused_and_no_connection_is_made(server, listener, template):
    port = listener.port
    response = httpx.get(server + "/sparql", params={"query": template.format(port=port)}, timeout=30)
    assert response.status_code == 403
    assert "SERVICE" in response.json()["detail"]
    assert listener.connections() == 0


@pytest.mark.server
def test_from_a_file_is_refused_and_the_file_is_not_opened(server, fifo):
    for query in (
        "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }",
        f"SELECT * FROM <{fifo.as_uri()}> WHERE {{ ?s ?p ?o }}",
        f"SELECT * FROM NAMED <{fifo.as_uri()}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
        f"BASE <file://{fifo.parent}/> SELECT * FROM <{fifo.name}> WHERE {{ ?s ?p ?o }}",
    ):
        response = httpx.get(server + "/sparql", params={"query": query}, timeout=30)
        assert response.status_code == 400, query
        assert "is not a graph of this dataset" in response.json()["detail"]
    response = httpx.get(
        server + "/sparql", params={"query": "ASK { ?s ?p ?o }", "default-graph-uri": fifo.as_uri()}, timeout=30
    )
    assert response.status_code == 400
    assert not fifo_has_reader(fifo)


def test_from_a_graph_of_the_dataset_is_allowed(client, two_graphs):
    query = f"ASK FROM <{two_graphs.g1}> {{ <{two_graphs.s1}> a ?t }}"
    response = client.get("/sparql", params={"query": query})
    assert response.status_code == 200
    assert response.json()["boolean"] is True
    query = f"ASK FROM <{two_graphs.g1}> {{ <{two_graphs.s2}> a ?t }}"
    assert client.get("/sparql", params={"query": query}).json()["boolean"] is False


def test_keywords_inside_strings_iris_and_names_are_no_keywords(client):
    query = (
        'PREFIX SERVICE: <http://example.org/SERVICE/>\n'
        'SELECT ?x WHERE { VALUES ?x { "SERVICE <http://127.0.0.1:9/>" SERVICE:FROM } } # SERVICE'
    )
    response = client.get("/sparql", params={"query": query})
    assert response.status_code == 200, response.text
    assert len(response.json()["results"]["bindings"]) == 2


def _seccomp_mode(pid: int) -> str:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("Seccomp:"):
            return line.split()[1]
    return "?"


def test_every_query_worker_runs_under_the_seccomp_filter(client):
    pool = client.app.state.sparql_pool
    pids = pool.pids()
    assert pids
    if not pool.seccomp_everywhere():
        pytest.skip("libseccomp is missing: the workers run with the audit hook only (see .ci/system-deps)")
    if not Path("/proc/self/status").exists():
        pytest.skip("no /proc: cannot read a process's seccomp mode on this system")
    assert [_seccomp_mode(pid) for pid in pids] == ["2"] * len(pids)  # 2 = filter mode


SANDBOXED = textwrap.dedent(
    """
    import json, os, socket, sys, urllib.request
    from pathlib import Path
    import rdflib.plugins.sparql
    from unikg.api.sparql import sandbox
    from unikg.graph.store.oxigraph import OxigraphStore
    from unikg.graph.store.rdflib_store import RdflibStore

    dataset, port, fifo = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    oxigraph, rdflib_store = OxigraphStore.open(dataset), RdflibStore.open(dataset)
    seccomp = sandbox.lock_down(readable=[dataset])
    outcome = {"seccomp": seccomp}

    def attempt(name, action):
        try:
            action()
            outcome[name] = "done"
        except BaseException as error:
            outcome[name] = type(error).__name__ + ": " + str(error)[:200]

    service = "SELECT * WHERE { SERVICE <http://127.0.0.1:%d/> { ?s ?p ?o } }" % port
    # the first line of defence is skipped: queries go to the stores directly
    attempt("oxigraph SERVICE", lambda: oxigraph.query(service))
    attempt("rdflib SERVICE", lambda: rdflib_store.query(service))
    rdflib.plugins.sparql.SPARQL_LOAD_GRAPHS = True  # as if the store's setting were missed
    attempt("rdflib FROM fifo", lambda: rdflib_store.query("SELECT * FROM <file://%s> WHERE { ?s ?p ?o }" % fifo))
    attempt("open /etc/passwd", lambda: open("/etc/passwd").read())
    attempt("open fifo", lambda: open(fifo).read())
    attempt("write a file", lambda: open("/tmp/unikg-sandbox-test", "w"))
    attempt("python socket", lambda: socket.create_connection(("127.0.0.1", port), timeout=2))
    attempt("urllib", lambda: urllib.request.urlopen("http://127.0.0.1:%d/" % port, timeout=2))
    attempt("os.system", lambda: os.system("true"))
    attempt("dataset still readable", lambda: dataset.read_bytes()[:10])
    attempt("query still works", lambda: oxigraph.query("ASK { ?s ?p ?o }").value or 1 / 0)
    print(json.dumps(outcome))
    """
)


def test_the_sandbox_stops_what_the_first_line_would_miss(settings, listener, fifo):
    """Queries sent straight to the stores inside a locked-down process: nothing gets out."""
    port = listener.port
    result = subprocess.run(
        [sys.executable, "-c", SANDBOXED, str(settings.dataset_path), str(port), str(fifo)],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    if not outcome["seccomp"]:
        pytest.skip("libseccomp is missing: the native half of the sandbox is off (see .ci/system-deps)")
    assert outcome.pop("dataset still readable") == "done"
    assert outcome.pop("query still works") == "done"
    outcome.pop("seccomp")
    for name, what in outcome.items():
        assert what != "done", f"{name} was not stopped"
    assert "PermissionError" in outcome["open /etc/passwd"]
    assert listener.connections() == 0
    assert not fifo_has_reader(fifo)
    assert not Path("/tmp/unikg-sandbox-test").exists()
