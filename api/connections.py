"""What ``unikg serve`` does with each HTTP connection before a request reaches the app, and
after its answer: uvicorn's httptools protocol, with four guards.

* **A cap on open connections** (``UNIKG_MAX_CONNECTIONS``, lowered to what the process's file
  limit allows): one more is answered 503 and closed, and the refusals are logged (one line
  per 10 s with their count, so a flood is a few lines).
* **Read deadlines.** The request line and headers must arrive within ``UNIKG_HEADER_TIMEOUT``
  seconds of their first byte (or of the connection), the body within ``UNIKG_BODY_TIMEOUT``
  seconds of the headers. A client slower than that (a slowloris) gets a 408 and is closed;
  one that connected and sent nothing is closed without a word.
* **The request head is counted as it arrives**: a URL over ``UNIKG_MAX_URL_BYTES`` is a 414,
  headers over ``UNIKG_MAX_HEADER_BYTES`` a 431, before more of them is buffered (the HTTP
  parser's own limit, 64 KiB of URL, was a plain-text "Invalid HTTP request received.").
  Any other request the parser refuses is a 400 with a JSON message too.
* **Lingering close**: when the server closes a connection whose request it has not read to
  the end (a 413 said from ``Content-Length``, a 414, a 400), it first sends its answer and
  its end of the stream, then reads and discards what the client is still sending (at most
  ``LINGER_BYTES``, for at most ``UNIKG_BODY_TIMEOUT`` seconds), as nginx does. Clients that
  send the whole request before they read (urllib, so SPARQLWrapper) would otherwise get a
  connection reset instead of the answer.

The body's size, and URLs and queries that are not UTF-8, are checked by the app
(``limits.py``), which also runs under FastAPI's TestClient where this protocol does not.

>>> head_limits = Guards(max_connections=10, header_timeout=10, body_timeout=30, max_url=16384, max_headers=16384)
>>> head_limits.most_head_bytes
33024
"""

from __future__ import annotations

import asyncio
import functools
import json
import logging
import os
import resource
from dataclasses import dataclass

from uvicorn.protocols.http.httptools_impl import STATUS_LINE, HttpToolsProtocol

from unikg.graph.settings import Settings

from .limits import too_long
from .security_headers import EVERY_ANSWER

log = logging.getLogger("unikg.api.connections")
LINGER_BYTES = 64 * 2**20  # most bytes read and discarded after an early answer
REFUSED_LINGER = 0.5  # seconds a connection refused by the cap may take to read its 503
REFUSED_LINGERING = 32  # refused connections lingering at once, at most; the others close at once
FILES_KEPT = 128  # file descriptors left to the server's own files, pipes, store and imports
LOG_EVERY = 10.0  # seconds between two lines about the same kind of refusal


@dataclass(frozen=True, kw_only=True)
class Guards:
    max_connections: int
    header_timeout: float
    body_timeout: float
    max_url: int
    max_headers: int

    @property
    def most_head_bytes(self) -> int:
        """Bytes of request line and headers past which an unfinished head is refused."""
        return self.max_url + self.max_headers + 256


def guarded_protocol(settings: Settings) -> tuple[functools.partial, str | None]:
    """The protocol uvicorn runs (``uvicorn.run(..., http=protocol)``), and a note if the
    connection cap had to be lowered to what the file limit allows (raised to its hard limit
    first: a common soft limit, 1024, is about the default cap)."""
    cap, note = connection_cap(settings.max_connections)
    guards = Guards(
        max_connections=cap, header_timeout=settings.header_timeout, body_timeout=settings.body_timeout,
        max_url=settings.max_url_bytes, max_headers=settings.max_header_bytes,
    )
    return functools.partial(GuardedConnection, guards=guards), note


def connection_cap(wanted: int) -> tuple[int, str | None]:
    """The most connections this process can hold open: ``wanted``, or fewer if the file
    limit leaves less room beside ``FILES_KEPT`` (with a note saying so)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard == resource.RLIM_INFINITY or hard > soft:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
            soft = hard
        except (ValueError, OSError):
            pass
    if soft == resource.RLIM_INFINITY:
        return wanted, None
    in_use = len(os.listdir("/proc/self/fd")) if os.path.isdir("/proc/self/fd") else 32
    possible = max(soft - in_use - FILES_KEPT - REFUSED_LINGERING, 1)
    if possible >= wanted:
        return wanted, None
    return possible, (f"at most {possible} connections open at once, not {wanted} (UNIKG_MAX_CONNECTIONS): "
                      f"the file limit is {soft} (ulimit -n)")


class Tally:
    """Events of one kind: the first is logged at once, those that follow within ``LOG_EVERY``
    seconds in one line with their count, so a flood is a few lines, not thousands."""

    def __init__(self, level: int, what: str):
        self.level, self.what = level, what
        self.more: int | None = None  # None: quiet; else the events since the last line
        self.detail = ""

    def add(self, detail: str) -> None:
        if self.more is None:
            log.log(self.level, "%s: %s", self.what, detail)
            self.more = 0
            asyncio.get_running_loop().call_later(LOG_EVERY, self._summary)
        else:
            self.more, self.detail = self.more + 1, detail

    def _summary(self) -> None:
        if not self.more:
            self.more = None
            return
        log.log(self.level, "%s: %d more in %g s (the last: %s)", self.what, self.more, LOG_EVERY, self.detail)
        self.more = 0
        asyncio.get_running_loop().call_later(LOG_EVERY, self._summary)


REFUSED = Tally(logging.WARNING, "refused a connection")
TOO_SLOW = Tally(logging.INFO, "closed a slow connection")


class GuardedConnection(HttpToolsProtocol):
    """uvicorn's httptools protocol with the guards above (``guards``)."""

    def __init__(self, *args, guards: Guards, **kwargs):
        super().__init__(*args, **kwargs)
        self.guards = guards
        self._deadline: asyncio.TimerHandle | None = None
        self._in_head = True  # the current request's line and headers are still arriving
        self._mid_request = False  # between the first byte of a request and its end
        self._head_bytes = 0
        self._header_bytes = 0
        self._refusal: tuple[int, str] | None = None  # the answer this connection got instead of the app's
        self._lingering = False
        self._discarded = 0

    # --- the connection -----------------------------------------------------------------------

    def connection_made(self, transport: asyncio.Transport) -> None:
        super().connection_made(LingeringTransport(transport, self))
        cap = self.guards.max_connections
        if len(self.connections) > cap:
            REFUSED.add(f"{cap} are open, the most UNIKG_MAX_CONNECTIONS (or the file limit) allows")
            self._refuse(503, "the server has as many connections open as it takes (UNIKG_MAX_CONNECTIONS); "
                              "try again shortly", headers={"Retry-After": "1"},
                         linger=REFUSED_LINGER if len(self.connections) <= cap + REFUSED_LINGERING else 0)
            return
        self._start_deadline(self.guards.header_timeout, "headers")

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_deadline()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if self._lingering:
            self._discarded += len(data)
            if self._discarded > LINGER_BYTES:
                self.transport.close_now()
            return
        super().data_received(data)
        if self._in_head and self._mid_request and not self._refusal:
            self._head_bytes += len(data)
            if self._head_bytes > self.guards.most_head_bytes:  # a header line that never ends
                self._refuse(431, too_long("headers", self._head_bytes, self.guards.max_headers) + " (read so far)")

    # --- the parser's callbacks ---------------------------------------------------------------

    def on_message_begin(self) -> None:
        if self._refusal:
            return
        super().on_message_begin()
        self._in_head, self._mid_request, self._head_bytes, self._header_bytes = True, True, 0, 0
        self._start_deadline(self.guards.header_timeout, "headers")

    def on_url(self, url: bytes) -> None:
        if self._refusal:
            return
        super().on_url(url)
        if len(self.url) > self.guards.max_url:
            self._refuse(414, too_long("url", len(self.url), self.guards.max_url) + " (read so far)")

    def on_header(self, name: bytes, value: bytes) -> None:
        if self._refusal:
            return
        super().on_header(name, value)
        self._header_bytes += len(name) + len(value) + 4
        if self._header_bytes > self.guards.max_headers:
            self._refuse(431, too_long("headers", self._header_bytes, self.guards.max_headers) + " (read so far)")

    def on_headers_complete(self) -> None:
        if self._refusal:
            return
        self._in_head = False
        self._start_deadline(self.guards.body_timeout, "body")
        super().on_headers_complete()

    def on_body(self, body: bytes) -> None:
        if not self._refusal:
            super().on_body(body)

    def on_message_complete(self) -> None:
        if self._refusal:
            return
        self._mid_request = False
        self._cancel_deadline()
        super().on_message_complete()

    def shutdown(self) -> None:
        """The server stops: connections without a request being answered close at once."""
        if self.cycle is None or self.cycle.response_complete:
            self.transport.close_now()
        else:
            self.cycle.keep_alive = False

    def send_400_response(self, msg: str) -> None:
        """The parser refused the request (uvicorn logs "Invalid HTTP request received.")."""
        if not self._refusal:
            self._refuse(400, "the request is not valid HTTP/1.1 (the request line, a header or the "
                              "chunked encoding is malformed)")

    # --- refusing, deadlines, lingering --------------------------------------------------------

    def _refuse(self, status: int, message: str, *, linger: float | None = None,
                headers: dict[str, str] | None = None) -> None:
        """Answer ``status`` with a JSON message instead of the app, then close (lingering)."""
        self._refusal = (status, message)
        cycle = self.cycle  # the app's answer to this request once its head is in, else to the one before
        if cycle is not None and not cycle.response_complete:
            cycle.disconnected = True  # the app stops sending, and reading
            cycle.message_event.set()
        if cycle is not None and (cycle.response_started if not self._in_head else not cycle.response_complete):
            self.transport.close_now()  # an answer was (or is being) sent: no second one
            return
        body = json.dumps({"detail": message}).encode("utf-8")
        head = [STATUS_LINE[status], b"content-type: application/json\r\n",
                b"content-length: %d\r\n" % len(body), b"connection: close\r\n"]
        head += [name + b": " + value + b"\r\n" for name, value in EVERY_ANSWER]
        head += [f"{name}: {value}\r\n".encode("latin-1") for name, value in (headers or {}).items()]
        self.transport.write(b"".join(head) + b"\r\n" + body)
        if linger == 0:  # no room to linger: closed once the answer is sent
            self._lingering = True
            self.transport.close_now()
        else:
            self.linger(linger if linger is not None else self.guards.body_timeout)

    def linger(self, seconds: float) -> None:
        """Send the end of the stream after the answer, read and discard what still comes (at
        most ``LINGER_BYTES``, for at most ``seconds``), and close when the client does."""
        if self._lingering:
            return
        self._lingering = True
        transport = self.transport.real
        if transport.is_closing():
            return
        transport.resume_reading()
        self._start_deadline(seconds, "linger")
        if transport.can_write_eof():
            transport.write_eof()

    def _start_deadline(self, seconds: float, phase: str) -> None:
        self._cancel_deadline()
        self._deadline = self.loop.call_later(seconds, self._too_slow, phase)

    def _cancel_deadline(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _too_slow(self, phase: str) -> None:
        self._deadline = None
        if self.transport.real.is_closing():
            return
        if phase == "linger" or (phase == "headers" and not self._mid_request):
            self.transport.close_now()  # lingered long enough, or an idle connection: no answer
            return
        timeout, setting = ((self.guards.header_timeout, "UNIKG_HEADER_TIMEOUT") if phase == "headers"
                            else (self.guards.body_timeout, "UNIKG_BODY_TIMEOUT"))
        client = "%s:%d" % self.client if self.client else "a client"
        TOO_SLOW.add(f"{client} took over {timeout:g} s to send the request's {phase} ({setting})")
        self._refuse(408, f"the request's {phase} took over {timeout:g} s to arrive ({setting}); "
                          "send the request at once", linger=0.5)


class LingeringTransport:
    """The connection's transport, as uvicorn sees it: ``close()`` lingers (see
    ``GuardedConnection.linger``) while the request being answered has not been read to its
    end; everything else is the real transport's (``real``)."""

    def __init__(self, transport: asyncio.Transport, protocol: GuardedConnection):
        self.real = transport
        self._protocol = protocol

    def __getattr__(self, name: str):
        return getattr(self.real, name)

    def is_closing(self) -> bool:
        return self._protocol._lingering or self.real.is_closing()

    def close(self) -> None:
        if self._protocol._mid_request and not self._protocol._lingering:
            self._protocol.linger(self._protocol.guards.body_timeout)
        elif not self._protocol._lingering:
            self.real.close()

    def close_now(self) -> None:
        self.real.close()
