"""Headers that tell browsers what the server's answers may do, on every answer.

* ``X-Content-Type-Options: nosniff`` on every answer: a browser takes the media type as
  sent (a JSON answer holding ``<script>`` is never run as a page);
* on HTML pages, a Content-Security-Policy that lets the page load scripts, styles, images
  and fonts from this server only, fetch from this server only, submit forms to it only, and
  be framed by no one (``frame-ancestors 'none'``, and ``X-Frame-Options: DENY`` for older
  browsers); the network views (``/viz/…``) alone may be framed by this server's own pages
  (``frame-ancestors 'self'``, ``SAMEORIGIN``): a profile embeds its ego network. No other
  site can frame any page, as before. No page has an inline script (their data travels in
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
FRAMED_BY_US = b"/viz/"  # the views, which the profiles embed
VIEW_PAGE = [(b"content-security-policy", PAGE_POLICY.replace(b"frame-ancestors 'none'", b"frame-ancestors 'self'")),
             (b"x-frame-options", b"SAMEORIGIN")]


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
                    headers += VIEW_PAGE if scope["path"].startswith(FRAMED_BY_US.decode()) else HTML_PAGE
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _is_html(headers) -> bool:
    return any(name.lower() == b"content-type" and value.lower().startswith(b"text/html") for name, value in headers)
