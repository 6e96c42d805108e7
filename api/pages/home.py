"""``/`` for a browser: search, the graph's size, its picture, who is most central, the
latest agreements; each panel with the named query that answers it."""

from __future__ import annotations

from fastapi.responses import HTMLResponse

from unikg.graph.snapshot import NotYet, Snapshot

from .. import html

COUNTED = (("SourceDocument", "articles"), ("Organization", "organisations"), ("Agreement", "agreements"),
           ("Alliance", "alliances"), ("Country", "countries"))
CENTRAL = 10
WAIT = 2.0  # seconds a page waits for the network's measures, then says they are coming


def page(snapshot: Snapshot, *, description: str) -> HTMLResponse:
    counts = snapshot.class_counts()
    try:
        central = snapshot.centrality(measure="betweenness", top=CENTRAL, within=WAIT)
    except NotYet:
        central = None
    return html.page(
        "home.html", title="Universities, alliances and agreements from the news", description=description,
        counts=[(counts.get(name, 0), words) for name, words in COUNTED],
        central=central, latest=snapshot.latest_agreements(),
    )
