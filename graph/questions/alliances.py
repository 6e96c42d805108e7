"""Alliances and their members."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from rdflib import URIRef

from .. import queries
from ..namespaces import UKG, slug_of
from ..store import Store
from .common import Evidence, Ref, by_name, evidence, ordered_evidence, ref
from .kinds import KindTree


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


# -- the HTTP API's view ------------------------------------------------------------------------


@dataclass(frozen=True)
class AllianceSummary:
    id: str
    name: str
    iri: str
    kinds: list[Ref] = field(default_factory=list)
    country: Ref | None = None
    members: int = 0  # members the graph knows (an article's list may end in "etc")


def alliances(store: Store) -> list[AllianceSummary]:
    """Every alliance (of universities or of countries), by name, with its member count."""
    found = []
    tree = KindTree.of(store, str(UKG.Alliance))
    for row in queries.run(store, "alliances").rows:
        found.append(
            AllianceSummary(
                id=ref(row["alliance"]).id,
                name=str(row["name"]),
                iri=str(row["alliance"]),
                kinds=tree.most_specific(str(row["types"]).split("|")),
                country=ref(row["country"], row["countryName"]) if row.get("country") is not None else None,
                members=int(row["members"]),
            )
        )
    return by_name(found)


@dataclass(frozen=True)
class AllianceMember:
    id: str
    name: str
    iri: str
    type: str  # "organization" or "country"
    country: Ref | None = None
    sources: list[Ref] = field(default_factory=list)  # empty: reference data of the registry
    evidence: list[Evidence] = field(default_factory=list)


def alliance_members(store: Store, alliance: str) -> list[AllianceMember]:
    """The members of ``alliance`` (an IRI), by name, each with the quotes that state it."""
    grouped: dict[str, list[dict]] = defaultdict(list)
    for row in queries.run(store, "alliance_members", alliance=URIRef(alliance)).rows:
        grouped[str(row["member"])].append(row)
    found = []
    for iri, rows in grouped.items():
        row = rows[0]
        quotes = ordered_evidence(evidence(r) for r in rows)
        found.append(
            AllianceMember(
                id=ref(iri).id,
                name=str(row["memberName"]),
                iri=iri,
                type=str(row["memberType"]),
                country=ref(row["country"], row["countryName"]) if row.get("country") is not None else None,
                sources=sorted({q.source for q in quotes}),
                evidence=quotes,
            )
        )
    return by_name(found)
