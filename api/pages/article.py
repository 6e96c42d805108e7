"""An article's page (the HTML of ``/id/doc/{slug}`` and ``/documents/{id}``): its text with
every fact's quote highlighted and linked to the fact, evidence in context. Each quote's
start is an anchor named as its IRI's fragment (``#char=0,142``, RFC 5147), so a quote's
IRI, dereferenced, lands on it."""

from __future__ import annotations

from dataclasses import dataclass, field

from fastapi.responses import HTMLResponse

from unikg.graph.snapshot import Snapshot

from .. import html


@dataclass
class Piece:
    """A stretch of the text: ``quoted`` when a quote covers it; ``anchors`` (quote fragments)
    start here; ``facts`` (number, fact) are those whose quote ends here."""

    text: str
    quoted: bool = False
    anchors: list[str] = field(default_factory=list)
    facts: list[tuple[int, object]] = field(default_factory=list)


def page(snapshot: Snapshot, document) -> HTMLResponse:
    return html.page("article.html", title=document.title or document.name, iri=document.iri,
                     canonical=html.local_href(document.iri), document=document,
                     pieces=pieces(document.text, document.facts))


def pieces(text: str, facts) -> list[Piece]:
    """The text cut where a quote starts or ends.

    >>> from types import SimpleNamespace as S
    >>> quote = lambda s, e: S(start=s, end=e, iri=f"x#char={s},{e}")
    >>> found = pieces("abcdefgh", [S(evidence=[quote(1, 4)]), S(evidence=[quote(3, 6)])])
    >>> [(p.text, p.quoted, p.anchors, [n for n, _ in p.facts]) for p in found]
    [('a', False, [], []), ('bc', True, ['char=1,4'], []), ('d', True, ['char=3,6'], [1]), ('ef', True, [], [2]), ('gh', False, [], [])]
    """
    spans: dict[tuple[int, int], list[tuple[int, object]]] = {}
    for number, fact in enumerate(facts, start=1):
        for q in fact.evidence:
            spans.setdefault((q.start, q.end), []).append((number, fact))
    cuts = sorted({0, len(text)} | {s for s, _ in spans} | {e for _, e in spans})
    found = []
    for a, b in zip(cuts, cuts[1:]):
        found.append(Piece(
            text=text[a:b], quoted=any(s <= a and b <= e for s, e in spans),
            anchors=[f"char={s},{e}" for s, e in sorted(spans) if s == a],
            facts=[f for (s, e), fs in sorted(spans.items()) if e == b for f in fs],
        ))
    return found
