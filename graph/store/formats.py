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
