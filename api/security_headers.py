"""Headers that tell browsers what the server's answers may do, on every answer.

* ``X-Content-Type-Options: nosniff`` on every answer: a browser takes the media type as
  sent (a JSON answer holding ``<script>`` is never run as a page);
* on HTML pages, a Content-Security-Policy that lets the page load scripts, styles, images
  and fonts from this server only, fetch from this server only, submit forms to it only, and
  be framed by no one (``frame-ancestors 'none'``, and ``X-Frame-Options: DENY`` for older
  browsers). No page has an inline script (their data travels in
  ``<script type="application/json">``, which is not run); inline styles are allowed (the
  views colour their legend with ``style`` attributes).

A plain ASGI middleware: ``SecurityHeaders(app)``.

>>> b"frame-ancestors 'none'" in PAGE_POLICY
True
"""

from __future__ import annotations

PAGE_POLICY = (
    b"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    b"font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
    b"frame-ancestors 'none'"
)
EVERY_ANSWER = [(b"x-content-type-options", b"nosniff")]
HTML_PAGE = [(b"content-security-policy", PAGE_POLICY), (b"x-frame-options", b"DENY")]


class SecurityHeaders:
    """ASGI middleware adding the headers above to every HTTP answer."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += EVERY_ANSWER
                if _is_html(headers):
                    headers += HTML_PAGE
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _is_html(headers) -> bool:
    return any(name.lower() == b"content-type" and value.lower().startswith(b"text/html") for name, value in headers)
