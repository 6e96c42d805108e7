"""An agreement's page (the HTML of ``/id/agreement/{slug}`` and ``/agreements/{id}``): its
parties, kind, date, signatories, and each quote highlighted in its paragraph of the article."""

from __future__ import annotations

from fastapi.responses import HTMLResponse

from unikg.graph.snapshot import Snapshot

from .. import html


def page(snapshot: Snapshot, agreement) -> HTMLResponse:
    texts = {q.source.iri: snapshot.document(q.source.id).text for q in agreement.evidence}
    return html.page("agreement.html", title=agreement.name, iri=agreement.iri, canonical=html.local_href(agreement.iri),
                     agreement=agreement, articles=html.articles(snapshot, agreement.evidence),
                     contexts=[(q, *in_paragraph(texts[q.source.iri], q.start, q.end)) for q in agreement.evidence])


def in_paragraph(text: str, start: int, end: int) -> tuple[str, str, str]:
    """The paragraph around ``text[start:end]``: (before, the quote, after).

    >>> in_paragraph("Title.\\n\\nOne. Two three. Four.\\nNext", 13, 23)
    ('One. ', 'Two three.', ' Four.')
    """
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    last = len(text) if last == -1 else last
    return text[first:start], text[start:end], text[end:last]
