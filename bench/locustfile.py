"""The workload of ``bench/load_test.py`` (run by locust, not by hand): a mix of SPARQL
queries (SELECT, ASK, CONSTRUCT; GET and POST) and REST calls, as people and scripts send them.

Each simulated client waits 0.5–1.5 s between requests (``LOAD_WAIT`` overrides, e.g.
``0,0`` for a closed loop with no pause) and says its own address in ``X-Forwarded-For``, as
clients behind a reverse proxy do, so the per-client cap of the SPARQL pool sees 50 clients.
"""

from __future__ import annotations

import itertools
import os

from locust import HttpUser, between, task

UKG = "PREFIX ukg: <https://w3id.org/unikg/ontology#>\n"
SELECT = UKG + "SELECT ?member WHERE { ?member ukg:memberOf <https://w3id.org/unikg/id/org/uansr> } ORDER BY ?member"
SELECT_AGREEMENTS = UKG + (
    "SELECT ?a ?party ?date WHERE { ?a a ukg:Agreement ; ukg:party ?party . OPTIONAL { ?a ukg:signedOn ?date } } LIMIT 200"
)
ASK = "ASK { <https://w3id.org/unikg/id/org/xjtu> ?p ?o }"
CONSTRUCT = "CONSTRUCT WHERE { <https://w3id.org/unikg/id/org/kaznu> ?p ?o }"
REST = {
    "institutions": "/institutions?country=CN",
    "institution": "/institutions/xjtu",
    "partners": "/institutions/szu/partners",
    "shared partners": "/institutions/xjtu/shared-partners",
    "common partners": "/shared-partners?ids=xjtu&ids=cup",
    "alliance members": "/alliances/uansr/members",
    "agreements": "/agreements?party=szu",
    "document": "/documents/ensia-nwnu-twinning-2023",
    "search": "/search?q=xian%20jiaotong&limit=3",
    "analysis centrality": "/analysis/centrality?measure=degree&top=10",
    "analysis path": "/analysis/path?from=nust&to=kaznu",
    "view page": "/viz/ego/xjtu",
}
_addresses = (f"198.51.{i // 250}.{i % 250 + 1}" for i in itertools.count())
_wait = [float(x) for x in os.environ.get("LOAD_WAIT", "0.5,1.5").split(",")]


class Client(HttpUser):
    wait_time = between(*_wait)

    def on_start(self) -> None:
        self.client.headers["X-Forwarded-For"] = next(_addresses)

    @task(3)
    def sparql_select_get(self) -> None:
        self.client.get("/sparql", params={"query": SELECT}, name="SPARQL SELECT (GET)")

    @task(2)
    def sparql_select_post(self) -> None:
        self.client.post("/sparql", data={"query": SELECT_AGREEMENTS}, name="SPARQL SELECT (POST form)")

    @task(2)
    def sparql_ask(self) -> None:
        self.client.post(
            "/sparql", data=ASK, headers={"Content-Type": "application/sparql-query"}, name="SPARQL ASK (POST body)"
        )

    @task(1)
    def sparql_construct(self) -> None:
        self.client.get("/sparql", params={"query": CONSTRUCT}, headers={"Accept": "text/turtle"}, name="SPARQL CONSTRUCT (GET)")

    @task(12)
    def rest(self) -> None:
        name, path = REST_CYCLE.__next__()
        self.client.get(path, name=name)


REST_CYCLE = itertools.cycle(REST.items())
