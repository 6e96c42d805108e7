"""A SPARQL 1.1 server as the store (``UNIKG_STORE=http://…/sparql``): Virtuoso, Fuseki,
GraphDB, QLever, Oxigraph server…

Queries go out by the SPARQL 1.1 Protocol (POST, form-encoded; ``default-graph-uri`` and
``named-graph-uri`` carry a dataset the caller gives) and come back as SPARQL JSON results
(SELECT, ASK) or N-Triples/Turtle (CONSTRUCT, DESCRIBE), parsed into the same rdflib terms
every store returns. ``unikg load`` writes with SPARQL 1.1 Update (``INSERT DATA`` in
chunks) to ``UNIKG_STORE_UPDATE_URL`` with the credentials of ``UNIKG_STORE_USER`` and
``UNIKG_STORE_PASSWORD`` (HTTP basic or digest, whichever the server asks for).

The default graph is whatever the server makes of a query without FROM: the union of its
graphs on Virtuoso, a setting on Fuseki, GraphDB and QLever (docs/stores-and-deployment.md, "Past one machine").

>>> from unikg.graph.settings import Settings
>>> store = RemoteStore.connect(Settings(store="http://127.0.0.1:8890/sparql"))  # doctest: +SKIP
>>> store.query("ASK { ?s a <https://w3id.org/unikg/ontology#University> }").value  # doctest: +SKIP
True
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import islice

import httpx
import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

from ..errors import UserError
from ..namespaces import PREFIXES
from ..settings import Settings
from .errors import QuerySyntaxError, StoreUnavailable
from .lexer import QueryText
from .results import AskResult, GraphResult, Result, SelectResult
from .sources import LOAD_GRAPH, Source, load_stamp

UNIKG_GRAPHS = "https://w3id.org/unikg/graph/"  # the graphs that are unikg's on a shared server
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RESULTS_JSON = "application/sparql-results+json"
RDF_ACCEPT = "application/n-triples, text/turtle;q=0.9"
RDF_FORMATS = {"application/n-triples": "nt", "text/plain": "nt", "text/turtle": "turtle",
               "application/x-turtle": "turtle", "text/ntriples": "nt"}
CHUNK = 1_000  # quads per INSERT DATA request (Virtuoso 7 refuses 5,000: "SQL text too long")


class ChallengeAuth(httpx.Auth):
    """HTTP basic or digest authentication, whichever the server's 401 challenge asks for.
    Nothing is sent to a server that does not ask."""

    requires_request_body = True

    def __init__(self, user: str, password: str):
        self._basic = httpx.BasicAuth(user, password)
        self._digest = httpx.DigestAuth(user, password)

    def auth_flow(self, request: httpx.Request):
        response = yield request
        if response.status_code != 401:
            return
        scheme = response.headers.get("www-authenticate", "").split(" ", 1)[0].lower()
        if scheme == "digest":
            flow = self._digest.auth_flow(request)
            next(flow)  # the first, unauthenticated request: already answered
            try:
                yield flow.send(response)
            except StopIteration:
                pass
        else:
            yield next(self._basic.auth_flow(request))


@dataclass
class RemoteStore:
    url: str
    update_url: str
    client: httpx.Client = field(repr=False)
    retry_seconds: float = 30.0  # UNIKG_STORE_RETRY_SECONDS: the Retry-After of StoreUnavailable
    max_bytes: int = 256_000_000  # UNIKG_STORE_MAX_BYTES: the largest answer read

    @classmethod
    def connect(cls, settings: Settings) -> RemoteStore:
        auth = ChallengeAuth(settings.store_user, settings.store_password) if settings.store_user else None
        client = httpx.Client(
            timeout=httpx.Timeout(settings.query_timeout, connect=min(settings.query_timeout, 10.0)),
            auth=auth, headers={"User-Agent": "unikg"}, follow_redirects=True,
        )
        url = settings.store.strip()
        store = cls(url=url, update_url=settings.store_update_url.strip() or url, client=client,
                    retry_seconds=settings.store_retry_seconds, max_bytes=settings.store_max_bytes)
        client.event_hooks["response"] = [store._same_host_only]
        return store

    # --- reading --------------------------------------------------------------------------

    def named_graphs(self) -> list[str]:
        """unikg's graphs on the server (IRIs under https://w3id.org/unikg/graph/): a shared
        server holds its own graphs too (Virtuoso's system graphs, say)."""
        result = self.query(
            "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } "
            f'FILTER (STRSTARTS(STR(?g), "{UNIKG_GRAPHS}")) }}'
        )
        return sorted(str(g) for g in result.values("g"))

    def query(
        self,
        sparql: str,
        *,
        default_graphs: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
        limit: int | None = None,
        base: str | None = None,
    ) -> Result:
        form = QueryText(sparql).form
        if base is not None:  # on the query's first line: the server's line numbers stay right
            sparql = f"BASE <{base}> {sparql}"
        accept = RDF_ACCEPT if form in ("CONSTRUCT", "DESCRIBE") else RESULTS_JSON
        if form is None:
            accept = f"{RESULTS_JSON}, {RDF_ACCEPT.replace('0.9', '0.8')}"
        data = {"query": sparql}
        if default_graphs:
            data["default-graph-uri"] = list(default_graphs)
        if named_graphs:
            data["named-graph-uri"] = list(named_graphs)
        response = self._send(self.url, data=data, headers={"Accept": accept})
        if response.status_code == 400:
            raise QuerySyntaxError(server_message(response))
        if response.status_code >= 300:
            raise self._unavailable(
                f"the store at {self.url} answered {response.status_code}: {server_message(response)}", status=502
            )
        media_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
        try:
            if media_type in RDF_FORMATS:
                return GraphResult.of(_graph(response.text, RDF_FORMATS[media_type], limit))
            return parse_results(response.json(), ask=form == "ASK", limit=limit)
        except (ValueError, KeyError, TypeError, SyntaxError) as error:  # rdflib's parsers raise SyntaxError too
            raise self._unavailable(
                f"the store at {self.url} answered {media_type or 'no media type'} that is not "
                f"SPARQL results ({_one_line(error)})", status=502,
            ) from None

    def _send(self, url: str, **request) -> httpx.Response:
        try:
            with self.client.stream("POST", url, **request) as response:
                return self._read(response)
        except httpx.TimeoutException:
            raise self._unavailable(
                f"the store at {url} did not answer within {self.client.timeout.read:g} s "
                "(UNIKG_QUERY_TIMEOUT)", status=504,
            ) from None
        except httpx.TransportError as error:
            raise self._unavailable(
                f"cannot reach the SPARQL store at {url} ({error or type(error).__name__}): "
                "start it, or set UNIKG_STORE to the URL of a running SPARQL endpoint", status=503,
            ) from None

    def _read(self, response: httpx.Response) -> httpx.Response:
        """The answer, read whole unless it is over ``max_bytes`` (decompressed): then
        reading stops there, with an error, before the memory a huge answer would take."""
        announced = response.headers.get("content-length", "")
        too_big = announced.isdigit() and int(announced) > self.max_bytes
        body = bytearray()
        if not too_big:
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > self.max_bytes:
                    too_big = True
                    break
        if too_big:
            raise StoreUnavailable(  # the same question gets the same answer: no Retry-After
                f"the store at {response.url} answered more than {self.max_bytes} bytes "
                "(UNIKG_STORE_MAX_BYTES): ask for less (a LIMIT), or raise the setting", status=502,
                retry_after=None,
            )
        headers = [(k, v) for k, v in response.headers.multi_items()
                   if k.lower() not in ("content-encoding", "content-length", "transfer-encoding")]
        return httpx.Response(response.status_code, headers=headers, content=bytes(body), request=response.request)

    def _same_host_only(self, response: httpx.Response) -> None:
        """Follow a redirect on the store's own host only (and never from https to http): a
        store answering with a redirect elsewhere (to a cloud metadata address, say) would
        have the server ask that host for it."""
        if not response.has_redirect_location:
            return
        target = response.url.join(response.headers["location"])
        if target.host != response.url.host or (response.url.scheme == "https" and target.scheme != "https"):
            raise self._unavailable(
                f"the store at {response.url} answered with a redirect to {target}, another host: unikg follows "
                "redirects on the store's own host only; set UNIKG_STORE to the URL that answers", status=502,
            )

    def _unavailable(self, message: str, *, status: int) -> StoreUnavailable:
        return StoreUnavailable(message, status=status, retry_after=self.retry_seconds)

    # --- writing (unikg load) ---------------------------------------------------------------

    def update(self, text: str) -> None:
        """Run a SPARQL 1.1 Update; a refusal is a UserError with the server's message."""
        response = self._send(
            self.update_url, content=text.encode("utf-8"),
            headers={"Content-Type": "application/sparql-update; charset=utf-8"},
        )
        if response.status_code in (401, 403):
            said = "refused the credentials of" if self.client.auth else "wants credentials to write:"
            raise UserError(
                f"the store at {self.update_url} {said} UNIKG_STORE_USER and "
                f"UNIKG_STORE_PASSWORD ({response.status_code}): set them to a user that may update"
            )
        if response.status_code >= 300:
            raise UserError(
                f"the store at {self.update_url} refused the update ({response.status_code}): "
                f"{server_message(response)} (is UNIKG_STORE_UPDATE_URL its update endpoint?)"
            )

    def load(
        self,
        sources: list[Source],
        *,
        graph: str | None = None,
        replace: bool = False,
        on_quads: Callable[[int], None] = lambda n: None,
    ) -> int:
        """Insert the files' quads, in chunks of ``CHUNK``; the number of quads sent.

        Every file is parsed once before anything is sent, so a bad file leaves the store as
        it was (a server refusing a request half-way leaves what it took). ``replace`` first
        drops unikg's graphs. Quads with blank nodes go in one last request, as an ``INSERT``
        template: a blank node label means the same node only within one request.
        """
        for source in sources:  # check everything first
            for quad in source.quads(graph=graph):
                _check_graph(source, quad)
        held = self.named_graphs() if replace else []
        if held:
            self.update(" ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in held))
        sent = 0
        with_blank_nodes: list[ox.Quad] = []
        for source in sources:
            plain = (q for q in source.quads(graph=graph) if not _has_blank_node(q) or with_blank_nodes.append(q))
            while chunk := list(islice(plain, CHUNK)):
                self.update(insert_data(chunk))
                sent += len(chunk)
                on_quads(len(chunk))
        if with_blank_nodes:  # a template: Virtuoso 7 refuses blank nodes in INSERT DATA
            self.update(insert_data(with_blank_nodes).replace("INSERT DATA {", "INSERT {", 1) + " WHERE {}")
            sent += len(with_blank_nodes)
            on_quads(len(with_blank_nodes))
        self.stamp()
        return sent

    def stamp(self) -> None:
        """Replace the load stamp: the one triple of the load graph."""
        self.update(f"DROP SILENT GRAPH <{LOAD_GRAPH}> ;\n" + insert_data([load_stamp()]))


def _has_blank_node(quad: ox.Quad) -> bool:
    return isinstance(quad.subject, ox.BlankNode) or isinstance(quad.object, ox.BlankNode)


def _check_graph(source: Source, quad: ox.Quad) -> None:
    if isinstance(quad.graph_name, ox.DefaultGraph):
        raise UserError(
            f"{source.path} holds triples outside any named graph: say which graph they go in "
            "with --graph IRI"
        )


def insert_data(quads: Iterable[ox.Quad]) -> str:
    """``INSERT DATA`` for the quads, one ``GRAPH`` block per run of quads in the same graph.

    >>> g, s = ox.NamedNode("http://x/g"), ox.NamedNode("http://x/s")
    >>> print(insert_data([ox.Quad(s, s, ox.Literal('say "hi"'), g)]))
    INSERT DATA {
    GRAPH <http://x/g> {
    <http://x/s> <http://x/s> "say \\"hi\\"" .
    }
    }
    """
    lines, current = ["INSERT DATA {"], None
    for quad in quads:
        if quad.graph_name != current:
            if current is not None:
                lines.append("}")
            current = quad.graph_name
            lines.append(f"GRAPH {current} {{")
        lines.append(f"{quad.subject} {quad.predicate} {quad.object} .")
    if current is not None:
        lines.append("}")
    lines.append("}")
    return "\n".join(lines)


def server_message(response: httpx.Response) -> str:
    """The useful part of a server's error text: Virtuoso appends the whole query after
    "SPARQL query:", Fuseki a blank line and the query with line numbers; an HTML error page
    is read without its tags.

    >>> server_message(httpx.Response(501, html="<html><body><h1>Not Implemented</h1></body></html>"))
    'Not Implemented'
    """
    text = response.text.split("SPARQL query:", 1)[0]
    if response.headers.get("content-type", "").startswith("text/html"):
        text = re.sub(r"<[^>]*>", "\n", text)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    message = " ".join(lines[:3]) or response.reason_phrase or "no message"
    return message[:400] + ("…" if len(message) > 400 else "")


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split())[:300] or type(error).__name__


def parse_results(data: dict, *, ask: bool = False, limit: int | None = None) -> SelectResult | AskResult:
    """SPARQL 1.1 Query Results JSON as a SelectResult or AskResult.

    Virtuoso 7 answers an ASK in JSON as a one-row result (``__ASK_RETVAL`` = 1 or 0), which
    ``ask`` accepts too.

    >>> parse_results({"head": {}, "boolean": True})
    AskResult(value=True)
    >>> parse_results({"head": {"vars": ["n"]}, "results": {"bindings": [
    ...     {"n": {"type": "typed-literal", "datatype": "http://www.w3.org/2001/XMLSchema#integer", "value": "0"}}]}}, ask=True)
    AskResult(value=False)
    """
    if "boolean" in data:
        return AskResult(bool(data["boolean"]))
    bindings = data["results"]["bindings"]
    if ask:
        values = [value["value"] for row in bindings[:1] for value in row.values()]
        return AskResult(bool(values) and values[0] not in ("0", "false"))
    variables = list(data["head"].get("vars", []))
    rows = [{name: term(value) for name, value in row.items()} for row in islice(bindings, limit)]
    return SelectResult(variables, rows)


def term(value: dict) -> URIRef | BNode | Literal:
    """A SPARQL JSON results term as an rdflib term, lexical form kept.

    >>> term({"type": "literal", "value": "chat", "xml:lang": "fr"})
    rdflib.term.Literal('chat', lang='fr')
    """
    kind, text = value["type"], value["value"]
    if kind == "uri":
        return URIRef(text)
    if kind == "bnode":
        return BNode(text)
    if value.get("xml:lang"):
        return Literal(text, lang=value["xml:lang"])
    datatype = value.get("datatype")
    if datatype and datatype != XSD_STRING:
        return Literal(text, datatype=URIRef(datatype), normalize=False)
    return Literal(text)


def _graph(text: str, format: str, limit: int | None) -> Graph:
    parsed = Graph().parse(data=text, format=format)
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True)
    for triple in islice(parsed, limit):
        graph.add(triple)
    return graph
