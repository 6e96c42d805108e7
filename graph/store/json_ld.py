"""Compact JSON-LD written straight from Oxigraph's triples, with a context of prefixes only.

Properties, classes (``@type``) and datatypes are prefixed names and single values are
unwrapped; node and value IRIs stay whole: the JSON-LD compaction algorithm, for such a
context. Written here in one step rather than by Oxigraph (whose writer gives expanded
JSON-LD), read back and compacted: a hub's 918 triples at 1M, 3.7 → 3.3 ms with ``json.dumps``.

>>> import pyoxigraph as ox
>>> a, ns = ox.NamedNode("http://x/a"), "http://x/ns#"
>>> integer = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
>>> triples = [
...     ox.Triple(a, ox.NamedNode(RDF_TYPE), ox.NamedNode(ns + "C")),
...     ox.Triple(a, ox.NamedNode(ns + "n"), ox.Literal("3", datatype=integer)),
...     ox.Triple(a, ox.NamedNode(ns + "knows"), ox.NamedNode("http://x/b")),
...     ox.Triple(a, ox.NamedNode(ns + "knows"), ox.BlankNode("c")),
...     ox.Triple(a, ox.NamedNode(ns + "name"), ox.Literal("chat", language="fr")),
... ]
>>> compact(triples, {"ns": ns, "xsd": "http://www.w3.org/2001/XMLSchema#"})["@graph"]
[{'@id': 'http://x/a', '@type': 'ns:C', 'ns:n': {'@type': 'xsd:integer', '@value': '3'}, 'ns:knows': [{'@id': 'http://x/b'}, {'@id': '_:c'}], 'ns:name': {'@language': 'fr', '@value': 'chat'}}]
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import pyoxigraph as ox

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def compact(triples: Iterable[ox.Triple], prefixes: dict[str, str]) -> dict:
    """The triples as one JSON-LD document: a node object per subject, in the order the
    subjects first come, each property's values in the order they come."""
    name = _namer(prefixes)
    nodes: dict[str, dict[str, list]] = {}
    for triple in triples:
        subject = _id(triple.subject)
        node = nodes.get(subject)
        if node is None:
            node = nodes[subject] = {}
        node.setdefault(triple.predicate.value, []).append(_value(triple.object, name))
    return {"@context": dict(prefixes), "@graph": [_node(subject, node, name) for subject, node in nodes.items()]}


def _node(subject: str, properties: dict[str, list], name: Callable[[str], str]) -> dict:
    out: dict = {"@id": subject}
    for prop, values in properties.items():
        if prop == RDF_TYPE and all(len(v) == 1 and "@id" in v for v in values):
            out["@type"] = _one([name(v["@id"]) for v in values])
        else:
            out[name(prop)] = _one(values)
    return out


def _value(term, name: Callable[[str], str]) -> dict:
    if isinstance(term, ox.Literal):
        if term.language:
            return {"@language": term.language, "@value": term.value}
        if term.datatype.value == XSD_STRING:
            return {"@value": term.value}
        return {"@type": name(term.datatype.value), "@value": term.value}
    return {"@id": _id(term)}


def _id(term) -> str:
    return "_:" + term.value if isinstance(term, ox.BlankNode) else term.value


def _one(values: list):
    return values[0] if len(values) == 1 else values


def _namer(prefixes: dict[str, str]) -> Callable[[str], str]:
    """A prefixed name for an IRI under one of ``prefixes`` (the longest namespace), else the
    IRI; properties, classes and datatypes repeat, so each is worked out once."""
    by_length = sorted(prefixes.items(), key=lambda item: -len(item[1]))
    named: dict[str, str] = {}

    def name(iri: str) -> str:
        found = named.get(iri)
        if found is None:
            found = named[iri] = iri
            for prefix, namespace in by_length:
                local = iri[len(namespace):]
                if iri.startswith(namespace) and local and not local.startswith("//") and ":" not in local:
                    found = named[iri] = f"{prefix}:{local}"
                    break
        return found

    return name
