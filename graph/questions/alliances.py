"""Alliances and their members."""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import URIRef

from .. import queries
from ..namespaces import slug_of
from ..store import Store


@dataclass(frozen=True)
class Member:
    id: str
    name: str
    country: str | None
    sources: list[str] = field(default_factory=list)  # article ids; empty = registry reference data
    evidence: list[str] = field(default_factory=list)


def members(store: Store, alliance: str) -> list[Member]:
    """The members of ``alliance`` (an IRI), by name, with the articles that state it."""
    by_member: dict[str, Member] = {}
    for row in queries.run(store, "members", alliance=URIRef(alliance)).rows:
        iri = str(row["member"])
        member = by_member.setdefault(
            iri,
            Member(
                id=slug_of(iri),
                name=str(row["memberName"]),
                country=str(row["countryName"]) if row.get("countryName") is not None else None,
            ),
        )
        if row.get("doc") is not None:
            member.sources.append(slug_of(row["doc"]))
            member.evidence.extend(q for q in str(row["evidence"]).split("\n") if q)
    return sorted(by_member.values(), key=lambda m: (m.name.casefold(), m.id))
