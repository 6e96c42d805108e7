"""The HTML pages for browsers (``api/pages/``, templates in ``api/templates/``), rendered by
Jinja2 with autoescaping on: every value from the graph or the request is escaped.

>>> render("base.html", title="<script>")  # doctest: +ELLIPSIS
'<!doctype html>...&lt;script&gt;...'
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import quote

from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from rdflib import URIRef

from unikg.graph import queries
from unikg.graph.namespaces import ID, PREFIXES

TEMPLATES = Path(__file__).resolve().parent / "templates"


@cache
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["local"] = local_href
    env.filters["curie"] = curie
    env.filters["date"] = date_words
    env.filters["ordinal"] = ordinal
    env.globals["named_query"] = named_query
    return env


def render(template: str, **values) -> str:
    return environment().get_template(template).render(**values)


def page(template: str, *, status_code: int = 200, **values) -> HTMLResponse:
    """A page for a browser; the same URL answers JSON to other clients (``Vary: Accept``)."""
    return HTMLResponse(render(template, **values), status_code=status_code, headers={"Vary": "Accept"})


def articles(snapshot, quotes) -> dict:
    """The articles ``quotes`` come from, by IRI: a page names each quote's article."""
    return {d.iri: d for d in snapshot.articles_named(sorted({q.source.iri for q in quotes}))}


@dataclass(frozen=True)
class NamedQuery:
    """A named query as a panel shows it: its file, what it asks, and the SPARQL editor
    opened on it with the page's parameters bound (the editor reads ``#query=``)."""

    name: str
    description: str
    editor: str


def named_query(name: str, **params: str | list[str] | None) -> NamedQuery:
    """``graph/queries/<name>.rq`` with each ``$param`` bound to an IRI (a list of them, or
    None for any: a VALUES block).

    >>> q = named_query("organization", org="https://w3id.org/unikg/id/org/xjtu")
    >>> q.editor.startswith("/sparql#query="), "%3Chttps%3A%2F%2Fw3id.org%2Funikg%2Fid%2Forg%2Fxjtu%3E" in q.editor
    (True, True)
    """
    text = queries.bind(queries.load(name), **{k: _term(v) for k, v in params.items()})
    return NamedQuery(name=f"{name}.rq", description=queries.description(name),
                      editor=f"/sparql#query={quote(text, safe='')}&name={name}.rq")


def _term(value):
    """An IRI, a list of them (a VALUES block), or None: UNDEF (any)."""
    if value is None:
        return [queries.UNDEF]
    return [URIRef(i) for i in value] if isinstance(value, list) else URIRef(value)


def date_words(value: str | None, precision: str | None = None) -> str:
    """A stated date in words, as precise as it is.

    >>> [date_words(v) for v in ("2023-05-17", "2023-05", "2023", "--07-04", None)]
    ['17 May 2023', 'May 2023', '2023', '4 July (no year stated)', 'no date stated']
    """
    if not value:
        return "no date stated"
    try:
        if value.startswith("--"):
            day = dt.date(2000, int(value[2:4]), int(value[5:7]))
            return f"{day.day} {day:%B} (no year stated)"
        parts = value.split("-")
        if len(parts) == 3:
            day = dt.date(int(parts[0]), int(parts[1]), int(parts[2][:2]))
            return f"{day.day} {day:%B} {day.year}"
        if len(parts) == 2:
            return f"{dt.date(int(parts[0]), int(parts[1]), 1):%B} {int(parts[0])}"
    except ValueError:
        pass
    return value


def ordinal(number: int) -> str:
    """
    >>> [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 102)]
    ['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '102nd']
    """
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def local_href(iri: str) -> str:
    """The link to an IRI: this server's ``/id/...`` page for a unikg resource.

    >>> local_href("https://w3id.org/unikg/id/org/xjtu"), local_href("https://schema.org/text")
    ('/id/org/xjtu', 'https://schema.org/text')
    >>> local_href("https://w3id.org/unikg/id/doc/a#char=1,5")
    '/id/doc/a#char=1,5'
    """
    iri = str(iri)
    return "/id/" + iri[len(str(ID)):] if iri.startswith(str(ID)) else iri


def curie(iri: str) -> str:
    """A prefixed name for a known namespace, else the IRI.

    >>> curie("http://www.w3.org/2000/01/rdf-schema#label")
    'rdfs:label'
    """
    iri = str(iri)
    for namespace, prefix in _NAMESPACES:
        if iri.startswith(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return iri


# the longest namespace first: it is the one a CURIE uses
_NAMESPACES = sorted(((str(ns), prefix) for prefix, ns in PREFIXES.items() if prefix != "id"),
                     key=lambda item: -len(item[0]))
