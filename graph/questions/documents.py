"""Source articles: metadata, verbatim text, and every fact taken from each, with its quotes."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from rdflib import URIRef

from .. import queries
from ..store import Store
from .agreements import precision
from .common import Ref, by_name, fields, first, ref, refs, resource_id, values


@dataclass(frozen=True)
class DocumentSummary:
    id: str
    name: str
    iri: str
    title: str | None = None  # None: the page has no headline
    publisher: Ref | None = None
    published: str | None = None  # as precise as the page
    language: str | None = None
    facts: int = 0
    quotes: int = 0


def matching(store: Store) -> list[Ref]:
    """Every source article, by name (the named query ``documents``: IRIs and names only);
    ``listed`` gives the facts of those a page shows."""
    return by_name(ref(r["doc"], r.get("name")) for r in queries.run(store, "documents").rows)


def listed(store: Store, iris: list[str]) -> list[DocumentSummary]:
    """The articles ``iris``, by name, with the number of facts and quotes taken from each:
    counting them for every article takes seconds on a large graph, so only a page's are
    counted (the named query ``documents_listed``, restricted by VALUES)."""
    if not iris:
        return []
    rows = queries.run(store, "documents_listed", documents=[URIRef(i) for i in sorted(set(iris))]).rows
    return by_name(_summary(row) for row in rows)


def is_document(store: Store, iri: str) -> bool:
    """Whether ``iri`` is a source article ``matching`` lists (one with a name)."""
    return queries.ask(store, "is_document", document=URIRef(iri))


def _summary(row: dict) -> DocumentSummary:
    return DocumentSummary(
        id=ref(row["doc"]).id,
        name=str(row["label"]),
        iri=str(row["doc"]),
        title=_text(row.get("title")),
        publisher=ref(row["publisher"], row["publisherName"]) if row.get("publisher") is not None else None,
        published=_text(row.get("issued")),
        language=_text(row.get("language")),
        facts=int(row["facts"]),
        quotes=int(row["quotes"]),
    )


@dataclass(frozen=True)
class Quote:
    """A quote of this article: its text is ``text[start:end]`` of the article."""

    text: str
    start: int
    end: int
    iri: str


@dataclass(frozen=True)
class Fact:
    id: str
    name: str
    iri: str
    type: str  # agreement, agreement-group, membership, membership-group, position, event, establishment, project
    evidence: list[Quote] = field(default_factory=list)


@dataclass(frozen=True)
class Document:
    id: str
    name: str
    iri: str
    title: str | None = None
    publisher: Ref | None = None
    published: str | None = None
    published_precision: str | None = None
    language: str | None = None
    file_name: str | None = None
    notes: list[str] = field(default_factory=list)
    text: str = ""
    mentions: list[Ref] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)


def document(store: Store, iri: str) -> Document:
    """One article: metadata, verbatim text, the entities it mentions, and every fact it states."""
    f = fields(queries.run(store, "document", document=URIRef(iri)).rows)
    published = first(f["issued"])
    publisher = refs(f["publisher"])
    return Document(
        id=ref(iri).id,
        name=first(f["label"]) or ref(iri).id,
        iri=iri,
        title=first(f["title"]),
        publisher=publisher[0] if publisher else None,
        published=published,
        published_precision=precision(published),
        language=first(f["language"]),
        file_name=first(f["fileName"]),
        notes=values(f["note"]),
        text=first(f["text"]) or "",
        mentions=refs(f["mentions"]),
        facts=facts(store, iri),
    )


FACT_TYPES = {
    "Agreement": "agreement",
    "AgreementGroup": "agreement-group",
    "Membership": "membership",
    "MembershipGroup": "membership-group",
    "Position": "position",
    "Event": "event",
    "Establishment": "establishment",
    "Project": "project",
}


def facts(store: Store, iri: str) -> list[Fact]:
    """Every fact the article ``iri`` states, by type and name, with its quotes from it."""
    quotes: dict[tuple[str, str, str], list[Quote]] = defaultdict(list)
    for row in queries.run(store, "document_facts", document=URIRef(iri)).rows:
        kind = FACT_TYPES[str(row["type"]).rsplit("#", 1)[-1]]
        quotes[(str(row["fact"]), fact_name(row), kind)].append(
            Quote(text=str(row["text"]), start=int(row["start"]), end=int(row["end"]), iri=str(row["quote"]))
        )
    found = [
        Fact(id=resource_id(fact), name=name, iri=fact, type=kind,
             evidence=sorted(set(q), key=lambda x: (x.start, x.end)))
        for (fact, name, kind), q in quotes.items()
    ]
    order = list(FACT_TYPES.values())
    return sorted(found, key=lambda f: (order.index(f.type), f.name.casefold(), f.id))


def fact_name(row: dict) -> str:
    """A fact's label, or one composed from what it links (named query ``document_facts``).

    >>> fact_name({"type": "https://w3id.org/unikg/ontology#Membership", "fact": "m",
    ...            "memberName": "KazNU", "orgName": "UANSR"})
    'KazNU is a member of UANSR'
    >>> fact_name({"type": "https://w3id.org/unikg/ontology#Position", "fact": "p", "memberName": "Chen Feng",
    ...            "roleName": "chancellor", "orgName": "CUP"})
    'Chen Feng, chancellor, CUP'
    >>> fact_name({"type": "https://w3id.org/unikg/ontology#Establishment", "fact": "e", "establishedName": "a centre"})
    'Establishment of a centre'
    >>> fact_name({"type": "https://w3id.org/unikg/ontology#Position", "fact": "https://w3id.org/unikg/id/p", "memberName": "X"})
    'https://w3id.org/unikg/id/p'
    """
    def given(*names: str) -> list[str] | None:
        values = [row.get(name) for name in names]
        return None if any(v is None for v in values) else [str(v) for v in values]

    if row.get("named") is not None:
        return str(row["named"])
    if (established := given("establishedName")) is not None:
        return f"Establishment of {established[0]}"
    if str(row["type"]).endswith("#Membership"):
        if (parts := given("memberName", "orgName")) is not None:
            return " is a member of ".join(parts)
    elif (parts := given("memberName", "roleName", "orgName")) is not None:
        return ", ".join(parts)
    return str(row["fact"])


def _text(term) -> str | None:
    return None if term is None else str(term)


