"""Content negotiation, the one place that reads an ``Accept`` header (RFC 9110: q-values,
``type/*``, ``*/*``; the most specific range sets a type's q).

``preferred`` picks, among the forms a route offers (each a name and its media types, in the
route's order of preference), the one the client ranks highest; the first on a tie, and the
first when the client sends no header. The SPARQL endpoint picks its result formats with it,
``/id/…`` its RDF formats or its page, and the routes that answer a browser with a page
(``deps.WantsPage``) JSON or HTML.

>>> preferred("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", PAGE_OR_JSON)
'html'
>>> preferred("*/*", PAGE_OR_JSON), preferred(None, PAGE_OR_JSON), preferred("image/png", PAGE_OR_JSON)
('json', 'json', None)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

PAGE_OR_JSON = {"json": ("application/json",), "html": ("text/html", "application/xhtml+xml")}


def preferred(accept: str | None, offered: Mapping[str, Sequence[str]]) -> str | None:
    """The name in ``offered`` (name → media types) ``accept`` ranks highest; None when it
    accepts none of them."""
    ranges = parse_accept(accept if accept and accept.strip() else "*/*")
    best, best_q = None, 0.0
    for name, media_types in offered.items():
        q = max(quality(media_type, ranges) for media_type in media_types)
        if q > best_q:  # earlier forms win ties: the mapping is in order of preference
            best, best_q = name, q
    return best


def parse_accept(header: str) -> list[tuple[str, str, float]]:
    """(type, subtype, q) for each media range of an Accept header; malformed parts skipped.

    >>> parse_accept("text/*;q=0.3, application/json, */*;q=0")
    [('text', '*', 0.3), ('application', 'json', 1.0), ('*', '*', 0.0)]
    """
    ranges = []
    for part in header.split(","):
        media, *params = [p.strip() for p in part.split(";")]
        if "/" not in media:
            continue
        kind, _, sub = media.lower().partition("/")
        q = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = min(max(float(value), 0.0), 1.0)
                except ValueError:
                    q = 0.0
        ranges.append((kind.strip(), sub.strip(), q))
    return ranges


def quality(media_type: str, ranges: list[tuple[str, str, float]]) -> float:
    """The q the most specific of ``ranges`` matching ``media_type`` gives it (0: none does)."""
    kind, _, sub = media_type.partition("/")
    best_specificity, q = -1, 0.0
    for r_kind, r_sub, r_q in ranges:
        if r_kind == kind and r_sub == sub:
            specificity = 2
        elif r_kind == kind and r_sub == "*":
            specificity = 1
        elif r_kind == "*" and r_sub == "*":
            specificity = 0
        else:
            continue
        if specificity > best_specificity:
            best_specificity, q = specificity, r_q
    return q
