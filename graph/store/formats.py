"""Query results as text: the SPARQL 1.1 results formats (JSON, XML, CSV, TSV) for SELECT and
ASK, RDF (Turtle, N-Triples, JSON-LD, RDF/XML) for CONSTRUCT and DESCRIBE (``serialize``).

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
import json
from xml.sax.saxutils import escape, quoteattr

from rdflib import BNode, Literal, URIRef

from .results import AskResult, GraphResult, Result, SelectResult


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


RDFLIB_FORMATS = {"turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld", "rdfxml": "xml"}


def serialize(result: Result, format_name: str) -> bytes:
    """``result`` in the format called ``format_name`` (``api/sparql/negotiation.py`` chooses it)."""
    if isinstance(result, GraphResult):
        return result.serialize(RDFLIB_FORMATS[format_name])
    if format_name == "json":
        return json.dumps(to_json(result), ensure_ascii=False).encode("utf-8")
    if format_name == "xml":
        return to_xml(result)
    if isinstance(result, AskResult):
        raise ValueError(f"an ASK result has no {format_name} form")
    if format_name == "csv":
        return to_csv(result).encode("utf-8")
    if format_name == "tsv":
        return to_tsv(result).encode("utf-8")
    raise ValueError(f"unknown results format {format_name!r}")


def to_xml(result: SelectResult | AskResult) -> bytes:
    """The SPARQL Query Results XML Format (W3C Recommendation, 2013).

    >>> from rdflib import Literal, URIRef
    >>> print(to_xml(SelectResult(["s"], [{"s": Literal("a < b", lang="en")}])).decode())
    <?xml version="1.0" encoding="UTF-8"?>
    <sparql xmlns="http://www.w3.org/2005/sparql-results#">
    <head><variable name="s"/></head>
    <results>
    <result><binding name="s"><literal xml:lang="en">a &lt; b</literal></binding></result>
    </results>
    </sparql>
    <BLANKLINE>
    """
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<sparql xmlns="http://www.w3.org/2005/sparql-results#">']
    if isinstance(result, AskResult):
        out += ["<head/>", f"<boolean>{'true' if result.value else 'false'}</boolean>"]
    else:
        out.append("<head>" + "".join(f"<variable name={quoteattr(v)}/>" for v in result.variables) + "</head>")
        out.append("<results>")
        for row in result.rows:
            bindings = "".join(
                f"<binding name={quoteattr(name)}>{_xml_term(row[name])}</binding>"
                for name in result.variables if row.get(name) is not None
            )
            out.append(f"<result>{bindings}</result>")
        out.append("</results>")
    out.append("</sparql>")
    return ("\n".join(out) + "\n").encode("utf-8")


def _xml_term(term) -> str:
    if isinstance(term, URIRef):
        return f"<uri>{escape(str(term))}</uri>"
    if isinstance(term, BNode):
        return f"<bnode>{escape(str(term))}</bnode>"
    if isinstance(term, Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(str(term))}</literal>"
        if term.datatype:
            return f"<literal datatype={quoteattr(str(term.datatype))}>{escape(str(term))}</literal>"
        return f"<literal>{escape(str(term))}</literal>"
    raise TypeError(f"not an RDF term: {term!r}")
