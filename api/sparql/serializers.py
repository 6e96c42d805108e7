"""Query results as bytes in the negotiated format: the SPARQL 1.1 results formats (JSON,
XML, CSV, TSV) for SELECT and ASK, RDF (Turtle, N-Triples, JSON-LD, RDF/XML) for CONSTRUCT and
DESCRIBE.

>>> from rdflib import Literal, URIRef
>>> from unikg.graph.store import SelectResult
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

from __future__ import annotations

import json
from xml.sax.saxutils import escape, quoteattr

from rdflib import BNode, Literal, URIRef

from unikg.graph.store import AskResult, GraphResult, Result, SelectResult
from unikg.graph.store.formats import to_csv, to_json, to_tsv

RDFLIB_FORMATS = {"turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld", "rdfxml": "xml"}


def serialize(result: Result, format_name: str) -> bytes:
    """``result`` in the format called ``format_name`` (see ``negotiation``)."""
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
    """The SPARQL Query Results XML Format (W3C Recommendation, 2013)."""
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
