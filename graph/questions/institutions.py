"""Institutions (every organisation: universities, alliances, companies, units …) and their profiles."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

from rdflib import URIRef

from .. import queries
from ..namespaces import ROR, UKG, WIKIDATA
from ..store import Store
from .agreements import ANY, Agreement
from .agreements import listed as listed_agreements
from .agreements import matching as matching_agreements
from .common import Ref, by_name, fields, first, kind_ref, ref, refs, values
from .kinds import KindTree
from .people import Position, positions
from .sources import sources


@dataclass(frozen=True)
class InstitutionSummary:
    id: str
    name: str
    iri: str
    kinds: list[Ref] = field(default_factory=list)
    country: Ref | None = None
    alliances: list[Ref] = field(default_factory=list)


def matching(
    store: Store, *, country: str | None = None, kind: str | None = None, alliance: str | None = None
) -> list[Ref]:
    """Every organisation in ``country``, of ``kind``, member of ``alliance`` (IRIs; None =
    any), by name; ``listed`` gives the facts of those a page shows."""
    rows = queries.run(store, "organizations", inCountry=_iri(country), ofKind=_iri(kind), inAlliance=_iri(alliance)).rows
    return by_name(ref(r["org"], r.get("name")) for r in rows)


def listed(store: Store, iris: list[str]) -> list[InstitutionSummary]:
    """The organisations ``iris`` with their kinds, country and alliances, by name (the named
    query ``organizations_listed``, restricted by VALUES)."""
    if not iris:
        return []
    rows = queries.run(store, "organizations_listed", organizations=[URIRef(i) for i in sorted(set(iris))]).rows
    by_iri = fields(rows, key="org")
    tree = KindTree.of(store, str(UKG.Organization))
    found = []
    for iri in set(iris):
        f = by_iri.get(iri, {})
        get = lambda name: f.get(name, [])  # noqa: E731
        countries = refs(get("country"))
        found.append(
            InstitutionSummary(
                id=ref(iri).id,
                name=first(get("name")) or ref(iri).id,
                iri=iri,
                kinds=tree.most_specific(r["value"] for r in get("type")),
                country=countries[0] if countries else None,
                alliances=refs(get("alliance")),
            )
        )
    return by_name(found)


@dataclass(frozen=True)
class Institution:
    id: str
    name: str
    iri: str
    acronyms: list[str] = field(default_factory=list)
    other_names: list[str] = field(default_factory=list)
    kinds: list[Ref] = field(default_factory=list)
    country: Ref | None = None
    city: Ref | None = None
    unit_of: Ref | None = None
    units: list[Ref] = field(default_factory=list)
    alliances: list[Ref] = field(default_factory=list)
    founders: list[Ref] = field(default_factory=list)
    founded: str | None = None
    notes: list[str] = field(default_factory=list)
    ror: str | None = None  # its ROR id (017zhmm22: https://ror.org/017zhmm22), when linked
    wikidata: str | None = None  # its Wikidata item (Q981237), when linked
    agreements: list[Agreement] = field(default_factory=list)  # the first AGREEMENTS_SHOWN, by name
    agreements_total: int = 0  # every one: /agreements?party=ID, page by page
    people: list[Position] = field(default_factory=list)
    sources: list[Ref] = field(default_factory=list)


# A hub's profile listed all its agreements with their facts: 600 and 1.2 MB, 1.1 s, at 1M
# triples. It shows the first ones and how many there are; /agreements pages through them.
AGREEMENTS_SHOWN = 20


def institution(
    store: Store,
    iri: str,
    *,
    ask: Callable[..., list] | None = None,
    details: Callable[[list[str]], list[Agreement]] | None = None,
) -> Institution:
    """The profile of one organisation: names, kinds, places, units, alliances, the first
    agreements (its own and its units') and their number, the people holding positions in
    it, and the articles about it.

    ``ask(question, **filters)`` answers its lists (agreements, articles) and ``details``
    gives the facts of the agreements shown; both ask the store unless given. The API gives
    the ones it keeps for the store's state (for a hub at 1M triples: 600 agreements, 55 ms,
    and 364 articles, 25 ms, which ``/agreements?party=`` pages through too).
    """
    ask = ask or (lambda question, **filters: question(store, **filters))
    details = details or partial(listed_agreements, store)
    f = fields(queries.run(store, "organization", org=URIRef(iri)).rows)
    signed = ask(matching_agreements, party=iri)
    acronyms = values(f["acronym"])
    name = first(f["name"]) or ref(iri).id
    single = lambda key: (refs(f[key]) or [None])[0]  # noqa: E731
    return Institution(
        id=ref(iri).id,
        name=name,
        iri=iri,
        acronyms=acronyms,
        other_names=[v for v in values(f["altLabel"]) if v not in acronyms and v != name],
        kinds=sorted({kind_ref(r["value"], r["label"]) for r in f["kind"]}),
        country=single("country"),
        city=single("city"),
        unit_of=single("parent"),
        units=refs(f["unit"]),
        alliances=refs(f["alliance"]),
        founders=refs(f["founder"]),
        founded=first(f["founded"]),
        notes=values(f["note"]),
        ror=_suffix(first(f["ror"]), ROR),
        wikidata=_suffix(first(f["wikidata"]), WIKIDATA),
        agreements=details([m.iri for m in signed[:AGREEMENTS_SHOWN]]),
        agreements_total=len(signed),
        people=positions(store, organization=iri),
        sources=ask(sources, iri=iri),
    )


def _iri(value: str | None):
    return ANY if value is None else URIRef(value)


def _suffix(iri: str | None, namespace) -> str | None:
    return str(iri).removeprefix(str(namespace)) if iri else None
