"""RDF terms written directly in N-Triples syntax: the generator builds lines, not rdflib objects.

>>> literal('He said "hi"\\n', lang="en")
'"He said \\\\"hi\\\\"\\\\n"@en'
>>> literal("2023-05-17", datatype=XSD.date)
'"2023-05-17"^^<http://www.w3.org/2001/XMLSchema#date>'
>>> org("xjtu")
'<https://w3id.org/unikg/id/org/xjtu>'
"""

from __future__ import annotations

from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, RDF, RDFS, SKOS, XSD

from .. import namespaces as ns

_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def iri(value: str) -> str:
    return f"<{value}>"


def literal(text: str, *, lang: str | None = None, datatype: str | None = None) -> str:
    """A literal: plain, language-tagged or typed (``datatype`` is an IRI, not formatted)."""
    quoted = '"' + str(text).translate(_ESCAPES) + '"'
    if lang:
        return f"{quoted}@{lang}"
    if datatype:
        return f"{quoted}^^<{datatype}>"
    return quoted


def en(text: str) -> str:
    return literal(text, lang="en")


def integer(value: int, datatype: str = str(XSD.nonNegativeInteger)) -> str:
    return f'"{value}"^^<{datatype}>'


def org(slug: str) -> str:
    return iri(str(ns.org_iri(slug)))


def person(slug: str) -> str:
    return iri(str(ns.person_iri(slug)))


def country(code: str) -> str:
    return iri(str(ns.country_iri(code)))


def place(slug: str) -> str:
    return iri(str(ns.place_iri(slug)))


def agreement(slug: str) -> str:
    return iri(str(ns.agreement_iri(slug)))


def agreement_group(slug: str) -> str:
    return iri(str(ns.agreement_group_iri(slug)))


def event(slug: str) -> str:
    return iri(str(ns.event_iri(slug)))


def document(slug: str) -> str:
    return iri(str(ns.document_iri(slug)))


def document_graph(slug: str) -> str:
    return iri(str(ns.document_graph(slug)))


def membership(member: str, alliance: str) -> str:
    return iri(str(ns.membership_iri(member, alliance)))


def position(person_slug: str, role: str, organization: str) -> str:
    return iri(str(ns.position_iri(person_slug, role, organization)))


def quote(document_slug: str, start: int, end: int) -> str:
    return iri(str(ns.quote_iri(document_slug, start, end)))


# predicates and classes used by the generator, formatted once
TYPE = iri(str(RDF.type))
LABEL = iri(str(RDFS.label))
ALT_LABEL = iri(str(SKOS.altLabel))
GIVEN_NAME = iri(str(FOAF.givenName))
FAMILY_NAME = iri(str(FOAF.familyName))
ORG_MEMBER = iri(str(ORG.member))
ORG_ORGANIZATION = iri(str(ORG.organization))
ORG_ROLE = iri(str(ORG.role))
PROV_VALUE = iri(str(PROV.value))
QUOTED_FROM = iri(str(PROV.wasQuotedFrom))
DERIVED_FROM = iri(str(PROV.wasDerivedFrom))
OA_START = iri(str(ns.OA.start))
OA_END = iri(str(ns.OA.end))
TITLE = iri(str(DCTERMS.title))
PUBLISHER = iri(str(DCTERMS.publisher))
ISSUED = iri(str(DCTERMS.issued))
LANGUAGE = iri(str(DCTERMS.language))
TEXT = iri(str(ns.SCHEMA.text))
MENTIONS = iri(str(ns.SCHEMA.mentions))


class _Ukg:
    """``UKG.party`` → ``'<https://w3id.org/unikg/ontology#party>'``."""

    def __getattr__(self, name: str) -> str:
        value = iri(str(ns.UKG[name]))
        setattr(self, name, value)
        return value


UKG = _Ukg()
DATE = str(XSD.date)
DATE_TYPES = {
    "date": str(XSD.date), "year-month": str(XSD.gYearMonth), "year": str(XSD.gYear),
    "month-day": str(XSD.gMonthDay),
}
