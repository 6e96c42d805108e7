"""People: the positions they hold, the agreements they signed, the events they took part in."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from rdflib import URIRef

from .. import queries
from ..store import Store
from .agreements import precision
from .common import Evidence, Ref, by_name, fields, first, quotes_of, ref, refs, values
from .sources import sources


def units(store: Store, organization: str) -> list[URIRef]:
    """``organization`` (an IRI) and its units at any depth."""
    return [row["org"] for row in queries.run(store, "units", org=URIRef(organization)).rows]


@dataclass(frozen=True)
class Position:
    """A person holding a role in an organisation, as an article states it."""

    id: str
    iri: str
    person: Ref
    role: Ref
    organization: Ref
    titles: list[str] = field(default_factory=list)  # as written
    conferred_at: Ref | None = None
    sources: list[Ref] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)


def positions(store: Store, *, person: str | None = None, organization: str | None = None) -> list[Position]:
    """The positions of ``person`` and/or in ``organization`` or its units (IRIs; None = any)."""
    return _positions(
        store,
        of_people=queries.UNDEF if person is None else URIRef(person),
        at_orgs=queries.UNDEF if organization is None else units(store, organization),
    )


def held_by(store: Store, iris: list[str]) -> dict[str, list[Position]]:
    """The positions of each of the people ``iris``, in the order ``positions`` gives them:
    one query for a whole page of people, where ``positions(person=...)`` is one per person."""
    if not iris:
        return {}
    held: dict[str, list[Position]] = defaultdict(list)
    for position in _positions(store, of_people=[URIRef(i) for i in sorted(set(iris))], at_orgs=queries.UNDEF):
        held[position.person.iri].append(position)
    return held


def _positions(store: Store, *, of_people, at_orgs) -> list[Position]:
    """The named query ``positions`` with its VALUES lists bound, as ``Position`` objects."""
    rows = queries.run(store, "positions", ofPerson=of_people, atOrgs=at_orgs).rows
    by_position: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_position[str(row["position"])].append(row)
    stated = quotes_of(store, list(by_position))
    found = []
    for iri, group in by_position.items():
        row = group[0]
        quotes = stated.get(iri, [])
        conferred = refs(group, value="conferredAt", label="conferredAtLabel")
        found.append(
            Position(
                id=ref(iri).id,
                iri=iri,
                person=ref(row["person"], row["personName"]),
                role=ref(row["role"], row["roleName"]),
                organization=ref(row["org"], row["orgName"]),
                titles=values(group, value="title"),
                conferred_at=conferred[0] if conferred else None,
                sources=sorted({q.source for q in quotes}),
                evidence=quotes,
            )
        )
    return sorted(found, key=lambda p: (p.person.name.casefold(), p.organization.name.casefold(), p.role.id))


@dataclass(frozen=True)
class PersonSummary:
    id: str
    name: str
    iri: str
    other_names: list[str] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)


def matching(store: Store) -> list[Ref]:
    """Every person, by name (the named query ``people``: IRIs and names only); ``listed``
    gives the other spellings and positions of those a page shows."""
    return by_name(ref(r["person"], r.get("name")) for r in queries.run(store, "people").rows)


def listed(store: Store, iris: list[str]) -> list[PersonSummary]:
    """The people ``iris``, by name, with their other spellings and positions: reading them
    for everyone takes seconds on a large graph, so only a page's are read (the named
    queries ``people_listed`` and ``positions``, restricted by VALUES)."""
    if not iris:
        return []
    rows = queries.run(store, "people_listed", people=[URIRef(i) for i in sorted(set(iris))]).rows
    names: dict[str, tuple[str, set[str]]] = {}
    for row in rows:  # by name then spelling: the first row holds the name
        name, others = names.setdefault(str(row["person"]), (str(row["name"]), set()))
        if row.get("altLabel") is not None and str(row["altLabel"]) != name:
            others.add(str(row["altLabel"]))
    held = held_by(store, list(names))
    return by_name(
        PersonSummary(id=ref(iri).id, name=name, iri=iri, other_names=sorted(others), positions=held.get(iri, []))
        for iri, (name, others) in names.items()
    )


@dataclass(frozen=True)
class DatedRef:
    id: str
    name: str
    iri: str
    date: str | None = None  # as precise as the text
    date_precision: str | None = None


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    iri: str
    other_names: list[str] = field(default_factory=list)
    given_name: str | None = None
    family_name: str | None = None
    notes: list[str] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    signed: list[DatedRef] = field(default_factory=list)  # agreements and agreement groups
    events: list[DatedRef] = field(default_factory=list)  # events they took part in
    sources: list[Ref] = field(default_factory=list)


def person(store: Store, iri: str) -> Person:
    """One person's profile: names, positions, agreements signed, events, source articles."""
    f = fields(queries.run(store, "person", person=URIRef(iri)).rows)
    name = first(f["name"]) or ref(iri).id
    return Person(
        id=ref(iri).id,
        name=name,
        iri=iri,
        other_names=[v for v in values(f["altLabel"]) if v != name],
        given_name=first(f["givenName"]),
        family_name=first(f["familyName"]),
        notes=values(f["note"]),
        positions=positions(store, person=iri),
        signed=_dated(f["signed"]),
        events=_dated(f["event"]),
        sources=sources(store, iri),
    )


def _dated(rows) -> list[DatedRef]:
    found = {}
    for row in rows:
        r = ref(row["value"], row["label"])
        date = str(row["date"]) if row.get("date") is not None else None
        found[r.iri] = DatedRef(id=r.id, name=r.name, iri=r.iri, date=date, date_precision=precision(date))
    return by_name(found.values())
