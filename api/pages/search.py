"""``/search`` for a browser: the closest names, each linking to its page."""

from __future__ import annotations

from fastapi.responses import HTMLResponse

from .. import html


def page(answer) -> HTMLResponse:
    return html.page("search.html", title=f"Search: {answer.query}", answer=answer)
