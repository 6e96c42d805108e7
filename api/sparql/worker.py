"""What runs in a query worker process: check, evaluate, serialize, one query at a time.

A worker opens its own store, warms it up, locks itself down (``sandbox``) and answers
``Job``s from its pipe with ``Answer``s: the status, the media type and the body, ready to
send. All the work a query costs happens here, never in the server's event loop.
"""

from __future__ import annotations

import logging
import os
import traceback
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from unikg.graph.errors import UserError
from unikg.graph.settings import Settings
from unikg.graph.store import (
    AskResult, GraphResult, QuerySyntaxError, SelectResult, Store, StoreUnavailable, open_store, store_choice,
)
from unikg.graph.store.formats import serialize

from . import negotiation, process_limits, safety, sandbox

log = logging.getLogger("unikg.api.sparql")


@dataclass(frozen=True)
class Job:
    query: str
    accept: str | None = None
    format: str | None = None
    default_graphs: list[str] | None = None
    named_graphs: list[str] | None = None
    max_rows: int = 10000
    base: str | None = None  # the endpoint's URL: relative IRIs resolve against it


@dataclass(frozen=True)
class Answer:
    status: int
    body: bytes
    media_type: str
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Ready:
    pid: int
    seccomp: bool


@dataclass(frozen=True)
class StartFailed:
    message: str
    status: int = 503  # what /sparql answers meanwhile: 502 when the store answered garbage


def execute(store: Store, job: Job, *, held_graphs: set[str]) -> Answer:
    """The HTTP answer to ``job``: results, or a 4xx saying what is wrong."""
    try:
        form = safety.check(
            job.query, held_graphs=held_graphs,
            default_graphs=job.default_graphs, named_graphs=job.named_graphs,
        )
        chosen = negotiation.choose(form, accept=job.accept, format=job.format) if form else None
        result = store.query(
            job.query, default_graphs=job.default_graphs, named_graphs=job.named_graphs,
            limit=job.max_rows + 1,  # one more than may be sent: tells a longer result
            base=job.base,
        )
        if chosen is None:  # the tokenizer could not tell the form: the engine parsed it
            chosen = negotiation.choose(_form_of(result), accept=job.accept, format=job.format)
        headers = {}
        truncated = _truncate(result, job.max_rows)
        if truncated is not None:
            result = truncated
            headers["X-Results-Truncated"] = "true"
            headers["X-Max-Rows"] = str(job.max_rows)
        return Answer(200, serialize(result, chosen.name), chosen.content_type, headers)
    except safety.Refused as error:
        return _error(error.status, str(error))
    except negotiation.NotAcceptable as error:
        return _error(406, str(error))
    except QuerySyntaxError as error:
        headers = {}
        if error.line is not None:
            headers = {"X-SPARQL-Error-Line": str(error.line), "X-SPARQL-Error-Column": str(error.column)}
        return _error(400, str(error), headers=headers)
    except StoreUnavailable as error:  # a remote store down, or answering garbage
        retry = {} if error.retry_after is None else {"Retry-After": str(error.retry_after)}
        return _error(error.status, str(error), headers=retry)
    except UserError as error:
        return _error(400, str(error))
    except MemoryError:  # over UNIKG_QUERY_MEMORY: the worker exits (main), the pool says why
        raise
    except Exception:  # a bug in our code or an engine's: logged, said in one line
        log.error("query failed in worker %s:\n%s", os.getpid(), traceback.format_exc())
        return _error(500, "internal error while answering the query; it has been logged")


def _form_of(result) -> str:
    if isinstance(result, AskResult):
        return "ASK"
    if isinstance(result, GraphResult):
        return "CONSTRUCT"
    return "SELECT"


def _truncate(result, max_rows: int):
    """The result cut to ``max_rows`` rows (triples for CONSTRUCT), or None if it fits."""
    if isinstance(result, SelectResult) and len(result.rows) > max_rows:
        return SelectResult(result.variables, result.rows[:max_rows])
    if isinstance(result, GraphResult) and len(result) > max_rows:
        from rdflib import Graph

        graph = Graph(namespace_manager=result.graph.namespace_manager)
        for i, triple in enumerate(result.graph):
            if i >= max_rows:
                break
            graph.add(triple)
        return GraphResult.of(graph)
    return None


def _error(status: int, message: str, *, headers: dict[str, str] | None = None) -> Answer:
    import json

    body = json.dumps({"detail": message}, ensure_ascii=False).encode("utf-8")
    return Answer(status, body, "application/json", headers or {})


# --- the worker process --------------------------------------------------------------------

WARM_UP = (
    ("SELECT ?s WHERE { ?s ?p ?o } LIMIT 1", ("json", "xml", "csv", "tsv")),
    ("ASK { ?s ?p ?o }", ("json", "xml")),
    ("CONSTRUCT WHERE { ?s ?p ?o } LIMIT 1", ("turtle", "ntriples", "jsonld", "rdfxml")),
)


def _reach(settings: Settings) -> dict:
    """What the worker's store needs once locked down: the files it reads, or the one server
    it asks (a remote store)."""
    choice = store_choice(settings)
    if choice.kind == "remote":
        url = urlsplit(choice.url)
        return {"readable": [], "connect_to": (url.hostname, url.port or (443 if url.scheme == "https" else 80))}
    if choice.kind == "oxigraph":
        return {"readable": [choice.path.resolve()]}
    return {"readable": [settings.dataset_path]}


def main(connection, settings: Settings) -> None:
    """The worker's life: open the store, warm up, cap its memory, lock down, then answer jobs
    until EOF, each under a CPU limit (``process_limits``)."""
    process_limits.die_with_parent()
    try:
        store = open_store(settings)
        held = set(store.named_graphs())
        for query, formats in WARM_UP:  # import every serializer before the lock-down
            for name in formats:
                execute(store, Job(query=query, format=name), held_graphs=held)
        process_limits.cap_memory(settings.query_memory)
        seccomp = sandbox.lock_down(**_reach(settings))
    except StoreUnavailable as error:  # a remote store down: the pool tries again later
        connection.send(StartFailed(str(error), error.status))
        return
    except Exception as error:  # e.g. no built dataset: the pool reports it
        connection.send(StartFailed(str(error)))
        return
    connection.send(Ready(os.getpid(), seccomp))
    while True:
        try:
            job = connection.recv()
        except (EOFError, OSError):
            return
        process_limits.cap_cpu(settings.query_timeout)
        try:
            answer = execute(store, job, held_graphs=held)
        except MemoryError:
            os._exit(process_limits.OUT_OF_MEMORY)
        connection.send(answer)
