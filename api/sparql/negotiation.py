"""Content negotiation for the SPARQL endpoint: which media type answers which query form.

The ``Accept`` header is read by ``api/negotiation.py``; the ``format`` parameter, for clients that cannot set
headers, wins over it. SELECT and ASK answer in the SPARQL 1.1 results formats, CONSTRUCT and
DESCRIBE in RDF formats; the first of each list is the default.

>>> choose("SELECT", accept="text/csv;q=0.5, application/sparql-results+xml").media_type
'application/sparql-results+xml'
>>> choose("CONSTRUCT", accept="*/*").media_type
'text/turtle'
>>> choose("SELECT", accept=None, format="tsv").name
'tsv'
"""

from __future__ import annotations

from dataclasses import dataclass

from unikg.graph.errors import UserError

from ..negotiation import preferred


@dataclass(frozen=True)
class ResultFormat:
    name: str  # the serializer, and the value of the ``format`` parameter
    media_type: str
    aliases: tuple[str, ...] = ()  # other media types that ask for it

    @property
    def content_type(self) -> str:
        return f"{self.media_type}; charset=utf-8"


RESULTS_FORMATS = (
    ResultFormat("json", "application/sparql-results+json", ("application/json",)),
    ResultFormat("xml", "application/sparql-results+xml", ("application/xml", "text/xml")),
    ResultFormat("csv", "text/csv"),
    ResultFormat("tsv", "text/tab-separated-values"),
)
BOOLEAN_FORMATS = RESULTS_FORMATS[:2]  # CSV and TSV have no boolean form
RDF_FORMATS = (
    ResultFormat("turtle", "text/turtle", ("application/x-turtle", "text/n3", "text/rdf+n3")),  # Turtle is N3
    ResultFormat("ntriples", "application/n-triples", ("text/plain",)),
    ResultFormat("jsonld", "application/ld+json", ("application/json",)),
    ResultFormat("rdfxml", "application/rdf+xml", ("application/xml", "text/xml")),
)
# format= values that mean a different serializer for RDF results
_RDF_FORMAT_ALIASES = {"ttl": "turtle", "n3": "turtle", "nt": "ntriples", "json": "jsonld", "xml": "rdfxml", "json-ld": "jsonld"}


class NotAcceptable(UserError):
    """No format the client accepts can carry this kind of result (HTTP 406)."""


def formats_for(form: str) -> tuple[ResultFormat, ...]:
    if form in ("CONSTRUCT", "DESCRIBE"):
        return RDF_FORMATS
    if form == "ASK":
        return BOOLEAN_FORMATS
    return RESULTS_FORMATS


def choose(form: str, *, accept: str | None, format: str | None = None) -> ResultFormat:
    """The format for a ``form`` query, from ``format=`` if given, else from ``Accept``."""
    offered = formats_for(form)
    if format:  # several values (comma-separated): the first one that fits
        values = [v.strip().lower() for v in format.split(",") if v.strip()]
        for value in values[:-1]:
            try:
                return _by_parameter(form, value, offered)
            except NotAcceptable:
                pass
        return _by_parameter(form, values[-1] if values else "", offered)
    best = preferred(accept, {f.name: (f.media_type, *f.aliases) for f in offered})
    if best is None:
        raise NotAcceptable(
            f"cannot answer a {form} query in any type the Accept header allows ({accept}); "
            f"available: {', '.join(f.media_type for f in offered)} (or use format="
            f"{'|'.join(f.name for f in offered)})"
        )
    return next(f for f in offered if f.name == best)


def _by_parameter(form: str, value: str, offered: tuple[ResultFormat, ...]) -> ResultFormat:
    if offered is RDF_FORMATS:
        value = _RDF_FORMAT_ALIASES.get(value, value)
    for candidate in offered:
        if value in (candidate.name, candidate.media_type, *candidate.aliases):
            return candidate
    raise NotAcceptable(
        f"format={value!r} cannot carry the result of a {form} query; use one of "
        f"{', '.join(f.name for f in offered)}"
    )


def prefers_html(accept: str | None) -> bool:
    """True when a browser asks: text/html ranks above every RDF type.

    >>> prefers_html("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
    True
    >>> prefers_html("text/turtle"), prefers_html(None)
    (False, False)
    """
    offered = {f.name: (f.media_type, *f.aliases) for f in RDF_FORMATS}
    return preferred(accept, {**offered, "html": ("text/html",)}) == "html"
