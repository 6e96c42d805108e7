"""A tiny real HTTP server on 127.0.0.1 that answers SPARQL requests badly, as a broken or
hostile remote store would: an HTML error page, bytes that are not SPARQL results, a
redirect to another host, an answer of any size (streamed, never held in memory).

>>> with MisbehavingStore(answer=html_error(501)) as store:  # doctest: +SKIP
...     httpx.post(store.url, data={"query": "ASK {}"}).status_code
501
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Answer:
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: Callable[[], Iterator[bytes]] = lambda: iter(())


def html_error(status: int) -> Answer:
    page = f"<html><body><h1>{status} Not Implemented</h1><p>no SPARQL here</p></body></html>".encode()
    return Answer(status, {"Content-Type": "text/html"}, lambda: iter([page]))


def garbage() -> Answer:
    return Answer(200, {"Content-Type": "application/sparql-results+json"}, lambda: iter([b"\x00\xffnot json{{"]))


def redirect(to: str) -> Answer:
    return Answer(302, {"Location": to})


def huge_results(size: int) -> Answer:
    """A SPARQL JSON result of about ``size`` bytes, made as it is sent."""
    row = b'{"s": {"type": "literal", "value": "' + b"x" * 1000 + b'"}},'
    head, tail = b'{"head": {"vars": ["s"]}, "results": {"bindings": [', b'{"s": {"type": "literal", "value": "end"}}]}}'

    def body() -> Iterator[bytes]:
        yield head
        for _ in range(size // len(row)):
            yield row
        yield tail

    return Answer(200, {"Content-Type": "application/sparql-results+json"}, body)


def ask_true() -> Answer:
    """What a working store answers to an ASK that holds."""
    return Answer(200, {"Content-Type": "application/sparql-results+json"}, lambda: iter([b'{"head": {}, "boolean": true}']))


class MisbehavingStore:
    """Answers every request with ``answer``, or with ``answer(path)`` if it is a function
    (changeable while running); counts requests."""

    def __init__(self, *, answer: Answer | Callable[[str], Answer], host: str = "127.0.0.1"):
        self.answer = answer
        self.requests = 0
        store = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"  # the answer ends when the connection does

            def _answer(self) -> None:
                store.requests += 1
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length)
                answer = store.answer(self.path) if callable(store.answer) else store.answer
                self.send_response(answer.status)
                for name, value in answer.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                try:
                    for chunk in answer.body():
                        self.wfile.write(chunk)
                except (BrokenPipeError, ConnectionResetError):  # the client gave up: fine
                    pass

            do_GET = do_POST = _answer

            def log_message(self, *args) -> None:  # quiet
                pass

        self.server = ThreadingHTTPServer((host, 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}/sparql"

    def __enter__(self) -> MisbehavingStore:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
