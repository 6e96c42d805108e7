"""HEAD answers as GET would, without the body.

HTTP requires every general-purpose server to support GET and HEAD (RFC 9110 §9.1), and
tools use HEAD to check a link, a file's size or its type before fetching it (``curl -I``,
link checkers, crawlers). FastAPI routes declared with ``@router.get`` answer HEAD with 405,
so this plain ASGI middleware runs a HEAD request as the GET it stands for and drops the body
of the answer: status and headers (Content-Type, Content-Length, ETag, the security headers)
are those GET sends. The work done is GET's: a HEAD on a SPARQL query runs the query, under
the same limits.

>>> async def app(scope, receive, send):
...     await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"5")]})
...     await send({"type": "http.response.body", "body": scope["method"].encode()})
>>> sent = []
>>> async def send(message):
...     sent.append(message)
>>> answer = HeadAsGet(app)({"type": "http", "method": "HEAD"}, None, send)
>>> answer.send(None)  # nothing here waits: the coroutine runs to its end at once
Traceback (most recent call last):
StopIteration
>>> sent[1]["body"], sent[0]["headers"]
(b'', [(b'content-length', b'5')])
"""

from __future__ import annotations


class HeadAsGet:
    """ASGI middleware: ``HEAD`` runs as ``GET``; the answer's body is not sent."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] != "HEAD":
            return await self.app(scope, receive, send)

        async def send_without_body(message):
            if message["type"] == "http.response.body":
                if message.get("more_body", False):
                    return  # a chunk of a streamed answer: not sent
                message = {"type": "http.response.body", "body": b"", "more_body": False}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, send_without_body)
