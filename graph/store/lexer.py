"""A SPARQL 1.1 tokenizer: the query form, the keywords and the dataset clause, without an engine.

It follows the terminals of the SPARQL 1.1 grammar (strings, IRIs, comments, variables,
prefixed names, blank-node labels and language tags are single tokens), so a keyword is only
seen where the grammar has one: ``SERVICE`` in ``"a SERVICE"``, ``<http://x/SERVICE>``,
``?service``, ``ex:SERVICE`` or ``# SERVICE`` is no keyword. Used to pick a result format
before the query runs, to tell an update from a query, and by the endpoint's safety checks.

>>> q = QueryText("PREFIX ex: <http://x/> SELECT ?s FROM ex:g WHERE { ?s ?p 'SERVICE' }")
>>> q.form, q.has_keyword("SERVICE"), q.dataset()
('SELECT', False, (['http://x/g'], []))
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from urllib.parse import urljoin

QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
UPDATE_KEYWORDS = ("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH")

_PN_LOCAL_CHAR = r"(?:[\w:\-]|%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?#@%])"
_TOKEN = re.compile(
    r"""
    (?P<space>\s+)
  | (?P<comment>\#[^\r\n]*)
  | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
              |"(?:[^"\\\r\n]|\\.)*"|'(?:[^'\\\r\n]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$]\w+)
  | (?P<bnode>_:[\w\-.]*)
  | (?P<langtag>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
  | (?P<pname>(?:[^\W\d_](?:[\w.\-]*[\w\-])?)?:(?:""" + _PN_LOCAL_CHAR + r"""(?:(?:""" + _PN_LOCAL_CHAR + r"""|\.)*""" + _PN_LOCAL_CHAR + r""")?)?)
  | (?P<word>[A-Za-z_]\w*)
  | (?P<number>\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


@dataclass(frozen=True)
class Token:
    kind: str
    text: str
    start: int


def tokens(text: str) -> list[Token]:
    """The significant tokens (no spaces, no comments).

    >>> [t.text for t in tokens('ASK { ?s <p> "o" } # done')]
    ['ASK', '{', '?s', '<p>', '"o"', '}']
    """
    found = []
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        if kind not in ("space", "comment"):
            found.append(Token(kind, match.group(), match.start()))
    return found


def unescape(text: str) -> str:
    """The text with ``\\uXXXX``/``\\UXXXXXXXX`` decoded, which SPARQL 1.1 does before parsing.

    >>> unescape(r"\\u0053ELECT")
    'SELECT'
    """

    def decode(match: re.Match) -> str:
        try:
            return chr(int(match.group(1) or match.group(2), 16))
        except (ValueError, OverflowError):
            return match.group()

    return _ESCAPE.sub(decode, text)


@dataclass(frozen=True)
class QueryText:
    text: str

    @cached_property
    def tokens(self) -> list[Token]:
        return tokens(self.text)

    @cached_property
    def keywords(self) -> list[str]:
        return [t.text.upper() for t in self.tokens if t.kind == "word"]

    def has_keyword(self, keyword: str) -> bool:
        return keyword.upper() in self.keywords

    @cached_property
    def _prologue_end(self) -> int:
        """Index of the first token after BASE/PREFIX declarations."""
        i, toks = 0, self.tokens
        while i < len(toks) and toks[i].kind == "word" and toks[i].text.upper() in ("BASE", "PREFIX"):
            i += 3 if toks[i].text.upper() == "PREFIX" else 2
        return i

    @property
    def form(self) -> str | None:
        """SELECT, ASK, CONSTRUCT or DESCRIBE; "UPDATE" for SPARQL Update; None if unknown."""
        toks = self.tokens[self._prologue_end:]
        if not toks or toks[0].kind != "word":
            return None
        first = toks[0].text.upper()
        if first in QUERY_FORMS:
            return first
        if first in UPDATE_KEYWORDS:
            return "UPDATE"
        return None

    def dataset(self) -> tuple[list[str], list[str]]:
        """The IRIs of ``FROM`` and ``FROM NAMED``, resolved against PREFIX and BASE."""
        prefixes: dict[str, str] = {}
        base: str | None = None
        defaults: list[str] = []
        named: list[str] = []
        toks = self.tokens
        for i, tok in enumerate(toks):
            word = tok.text.upper() if tok.kind == "word" else None
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if word == "BASE" and nxt is not None and nxt.kind == "iri":
                base = _resolve(nxt.text[1:-1], base)
            elif word == "PREFIX" and i + 2 < len(toks) and toks[i + 2].kind == "iri":
                prefixes[nxt.text] = _resolve(toks[i + 2].text[1:-1], base)
            elif word == "FROM" and nxt is not None:
                target, into = nxt, defaults
                if nxt.kind == "word" and nxt.text.upper() == "NAMED":
                    target = toks[i + 2] if i + 2 < len(toks) else None
                    into = named
                into.append(self._iri(target, prefixes, base))
        return defaults, named

    @staticmethod
    def _iri(token: Token | None, prefixes: dict[str, str], base: str | None) -> str:
        if token is None:
            return ""
        if token.kind == "iri":
            return _resolve(token.text[1:-1], base)
        if token.kind == "pname":
            prefix, _, local = token.text.partition(":")
            if prefix + ":" in prefixes:
                return prefixes[prefix + ":"] + re.sub(r"\\(.)", r"\1", local)
        return token.text  # not an IRI: the engine will say it is a syntax error


def _resolve(iri: str, base: str | None) -> str:
    return urljoin(base, iri) if base and not re.match(r"[A-Za-z][A-Za-z0-9+.\-]*:", iri) else iri
