"""SPARQL 1.1 result formats for engine-neutral results: JSON, CSV and TSV.

>>> from rdflib import Literal, URIRef
>>> r = SelectResult(["s", "n"], [{"s": URIRef("http://x/a"), "n": Literal(2)}])
>>> to_json(r)["results"]["bindings"][0]["n"]
{'type': 'literal', 'value': '2', 'datatype': 'http://www.w3.org/2001/XMLSchema#integer'}
>>> to_csv(r)
's,n\\r\\nhttp://x/a,2\\r\\n'
"""

from __future__ import annotations

import csv
import io

from rdflib import BNode, Literal, URIRef

from .results import AskResult, SelectResult

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def term_json(term) -> dict:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    if isinstance(term, Literal):
        out = {"type": "literal", "value": str(term)}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype:
            out["datatype"] = str(term.datatype)
        return out
    raise TypeError(f"not an RDF term: {term!r}")


def to_json(result: SelectResult | AskResult) -> dict:
    """The SPARQL 1.1 Query Results JSON Format."""
    if isinstance(result, AskResult):
        return {"head": {}, "boolean": result.value}
    return {
        "head": {"vars": result.variables},
        "results": {
            "bindings": [
                {name: term_json(value) for name, value in row.items()} for row in result.rows
            ]
        },
    }


def to_csv(result: SelectResult) -> str:
    """The SPARQL 1.1 CSV format: plain values, no types."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow(["" if row.get(v) is None else str(row[v]) for v in result.variables])
    return out.getvalue()


def to_tsv(result: SelectResult) -> str:
    """The SPARQL 1.1 TSV format: terms in Turtle syntax."""
    lines = ["\t".join("?" + v for v in result.variables)]
    for row in result.rows:
        lines.append("\t".join(_tsv_term(row.get(v)) for v in result.variables))
    return "\n".join(lines) + "\n"


def _tsv_term(term) -> str:
    if term is None:
        return ""
    if isinstance(term, Literal):
        return term.n3().replace("\t", "\\t").replace("\n", "\\n")
    return term.n3()


def compact_json_ld(expanded: list, prefixes: dict[str, str]) -> dict:
    """Expanded JSON-LD (a list of node objects) compacted with a context of prefixes only:
    properties, classes (``@type``) and datatypes as prefixed names, single values unwrapped.
    Node and value IRIs stay whole. The JSON-LD compaction algorithm, for such a context.

    >>> expanded = [{"@id": "http://x/a",
    ...   "http://www.w3.org/1999/02/22-rdf-syntax-ns#type": [{"@id": "http://x/ns#C"}],
    ...   "http://x/ns#n": [{"@value": "3", "@type": "http://www.w3.org/2001/XMLSchema#integer"}],
    ...   "http://x/ns#knows": [{"@id": "http://x/b"}, {"@id": "http://x/c"}]}]
    >>> compact_json_ld(expanded, {"ns": "http://x/ns#", "xsd": "http://www.w3.org/2001/XMLSchema#"})
    {'@context': {'ns': 'http://x/ns#', 'xsd': 'http://www.w3.org/2001/XMLSchema#'}, '@graph': [{'@id': 'http://x/a', '@type': 'ns:C', 'ns:n': {'@value': '3', '@type': 'xsd:integer'}, 'ns:knows': [{'@id': 'http://x/b'}, {'@id': 'http://x/c'}]}]}
    """
    by_length = sorted(prefixes.items(), key=lambda item: -len(item[1]))
    named: dict[str, str] = {}  # properties, classes and datatypes repeat

    def name(iri: str) -> str:
        if iri not in named:
            named[iri] = iri
            for prefix, namespace in by_length:
                local = iri[len(namespace):]
                if iri.startswith(namespace) and local and not local.startswith("//") and ":" not in local:
                    named[iri] = f"{prefix}:{local}"
                    break
        return named[iri]

    def one(values: list):
        return values[0] if len(values) == 1 else values

    def value(item: dict) -> dict:
        if "@type" in item and "@value" in item:
            return {**item, "@type": name(item["@type"])}
        if "@graph" in item:
            return node(item)
        return item

    def node(item: dict) -> dict:
        out: dict = {}
        for key, values in item.items():
            if key == "@graph":
                out[key] = [node(n) for n in values]
            elif key.startswith("@"):
                out[key] = values
            elif key == RDF_TYPE and all(set(v) == {"@id"} for v in values):
                out["@type"] = one([name(v["@id"]) for v in values])
            else:
                out[name(key)] = one([value(v) for v in values])
        return out

    return {"@context": dict(prefixes), "@graph": [node(n) for n in expanded]}
