"""Small HTML pages for browsers (home page, linked-data pages), rendered by Jinja2 with
autoescaping on: every value from the graph or the request is escaped.

>>> render("base.html", title="<script>", request_path="/")  # doctest: +ELLIPSIS
'<!doctype html>...&lt;script&gt;...'
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

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
    return env


def render(template: str, **values) -> str:
    return environment().get_template(template).render(**values)


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
