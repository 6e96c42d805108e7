"""Named SPARQL queries: every question unikg answers is a file ``graph/queries/<name>.rq``.

A query's parameters are ``$name`` variables; ``bind`` replaces them by RDF terms before the
query is sent, so the same text runs unchanged on any SPARQL 1.1 store. (A ``$name`` is a
plain variable in SPARQL, so each file also runs as-is, unbound.) Parameters are never
projected; a query that needs one in its results uses ``BIND($name AS ?name)``.

>>> from rdflib import URIRef
>>> bind("SELECT ?a WHERE { ?a ?p $org }", org=URIRef("https://w3id.org/unikg/id/org/xjtu"))
'SELECT ?a WHERE { ?a ?p <https://w3id.org/unikg/id/org/xjtu> }'

A list of terms binds the values of a ``VALUES`` block (a query with one cannot run unbound):

>>> bind("SELECT * WHERE { VALUES ?a { $some } }", some=[URIRef("http://x/a"), URIRef("http://x/b")])
'SELECT * WHERE { VALUES ?a { <http://x/a> <http://x/b> } }'
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.term import Identifier

from ..errors import UserError
from ..store import AskResult, SelectResult, Store

FOLDER = Path(__file__).resolve().parent

# strings, IRIs and comments are copied as they are; $name outside them is a parameter
_TOKENS = re.compile(
    r'(?P<skip>"""(?:.|\n)*?"""|\'\'\'(?:.|\n)*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*)'
    r"|\$(?P<param>[A-Za-z_][A-Za-z0-9_]*)"
)
_SAFE_IRI = re.compile(r'[^<>"{}|^`\\\x00-\x20]+')  # what SPARQL's IRIREF allows: no space, control, <>"{}|^`\\


def is_iri(text: str) -> bool:
    """Whether ``text`` can be bound as an IRI (``<text>`` in a query).

    >>> is_iri("https://w3id.org/unikg/ontology#party"), is_iri("http://a/<b>"), is_iri("ukg:party\\x00")
    (True, False, False)
    """
    return bool(_SAFE_IRI.fullmatch(text))


def iri(text: str) -> URIRef:
    """``text`` as an IRI parameter, without rdflib's check (13 µs, and it only warns): the
    binding refuses what ``is_iri`` does not accept.

    >>> bind("SELECT * WHERE { VALUES ?x { $xs } }", xs=[iri("http://a/b")])
    'SELECT * WHERE { VALUES ?x { <http://a/b> } }'
    """
    return str.__new__(URIRef, text)


def names() -> list[str]:
    return sorted(p.stem for p in FOLDER.glob("*.rq"))


@cache
def load(name: str) -> str:
    path = FOLDER / f"{name}.rq"
    if not re.fullmatch(r"[a-z0-9_]+", name) or not path.exists():
        raise UserError(f"no named query {name!r}; known: {', '.join(names())}")
    return path.read_text(encoding="utf-8")


def parameters(text: str) -> set[str]:
    return {m["param"] for m in _TOKENS.finditer(text) if m["param"]}


def bind(text: str, **params: Identifier) -> str:
    """The query with each ``$name`` replaced by the N-Triples form of ``params[name]``."""
    missing = parameters(text) - set(params)
    if missing:
        raise UserError(f"query parameter(s) not given: {', '.join(sorted(missing))}")

    def replace(match: re.Match) -> str:
        if match["skip"] is not None:
            return match["skip"]
        return _term(match["param"], params[match["param"]])

    return _TOKENS.sub(replace, text)


class _Undef:
    """``UNDEF`` in a VALUES block: the variable is not restricted (``VALUES ?x { $x }``)."""

    def __repr__(self) -> str:
        return "UNDEF"


UNDEF = _Undef()


def _term(name: str, value) -> str:
    if value is UNDEF:
        return "UNDEF"
    if isinstance(value, (list, tuple)):  # the terms of a VALUES block: VALUES ?x { $xs }
        return " ".join(_term(name, v) for v in value)
    if isinstance(value, URIRef):
        if not is_iri(str(value)):
            raise UserError(f"parameter ${name}: {str(value)!r} is not a valid IRI")
        return f"<{value}>"
    if isinstance(value, Literal):
        return value.n3()
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return Literal(value).n3()
    raise UserError(f"parameter ${name}: cannot bind a {type(value).__name__}")


def run(store: Store, name: str, **params) -> SelectResult:
    """Run the named SELECT query with its parameters bound."""
    result = store.query(bind(load(name), **params))
    if not isinstance(result, SelectResult):
        raise TypeError(f"named query {name} is not a SELECT query")
    return result


def ask(store: Store, name: str, **params) -> bool:
    """Run the named ASK query with its parameters bound."""
    result = store.query(bind(load(name), **params))
    if not isinstance(result, AskResult):
        raise TypeError(f"named query {name} is not an ASK query")
    return result.value


def description(name: str) -> str:
    """The first comment line of the query file."""
    for line in load(name).splitlines():
        if line.startswith("#"):
            return line.lstrip("# ").strip()
    return ""
