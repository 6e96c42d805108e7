"""networkx graphs built from named SPARQL queries, so the analysis runs on any store.

``NetworkData.from_store`` runs the ``network_*`` queries once; ``partnership_network`` and
``alliance_network`` project the rows into networkx graphs. Choices, stated once:

* **Nodes** are organisations. The partnership network holds those with at least one edge in
  the chosen layers; organisations with no partner are not drawn.
* **Units** (``units="rollup"``, the default) count for the top-level organisation they are a
  unit of, as in ``unikg partners``: an agreement the XJTU Health Science Center signed is an
  edge of XJTU, and the edge remembers it was "signed by" the unit. ``units="separate"`` keeps
  every unit a node of its own. An agreement between a unit and its own parent makes no edge.
* **An agreement with three or more parties** links every pair of them (a clique).
* **Agreement groups** ("17 MOUs with over 20 members") make **no** edges: they name no
  counterparts, and an edge would invent one.
* **Layers**: ``agreements`` (shared signed agreements), ``alliances`` (co-membership of an
  alliance: every two members of one alliance) and ``events`` (co-participation: every two
  organisations that hosted or took part in one event). An edge's ``weight`` is the number of
  agreements plus shared alliances plus shared events it stands for, in the chosen layers.

>>> data = NetworkData.example()
>>> g = partnership_network(data)
>>> sorted(g.edges(data="weight"))
[('a', 'b', 2), ('b', 'c', 1)]
>>> g.edges["a", "b"]["agreements"][0].id
'ab-1'
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations

import networkx as nx

from .. import queries
from ..errors import UserError
from ..namespaces import slug_of
from ..store import Store

LAYERS = ("agreements", "alliances", "events")
UNIT_MODES = ("rollup", "separate")


@dataclass(frozen=True, kw_only=True)
class Organization:
    id: str
    name: str
    short: str  # the label a picture can afford: an acronym when there is one
    kinds: tuple[str, ...]  # most specific kinds, e.g. ("university",)
    country: str | None  # ISO 3166-1 alpha-2
    country_name: str | None
    parent: str | None  # the organisation it is a unit of
    top: str  # the top-level organisation it rolls up to (itself when not a unit)

    @property
    def kind(self) -> str:
        """The main kind: the first that is not "organisational unit"."""
        main = [k for k in self.kinds if k != "organisational unit"]
        return (main or list(self.kinds) or ["organisation"])[0]


@dataclass(frozen=True, kw_only=True)
class Evidence:
    quote: str
    source: str  # article id
    source_label: str  # article title


@dataclass(frozen=True, kw_only=True)
class Agreement:
    id: str
    label: str
    kinds: tuple[str, ...]
    signed_on: str | None
    parties: tuple[str, ...]  # organisation ids as signed (units included)
    source: str
    source_label: str
    evidence: Evidence | None = None


@dataclass(frozen=True, kw_only=True)
class Membership:
    member: str
    alliance: str
    evidence: Evidence | None = None  # None: registry reference data, no article states it


@dataclass(frozen=True, kw_only=True)
class Event:
    id: str
    label: str
    date: str | None
    organizations: tuple[str, ...]  # hosts and participants
    source: str | None
    evidence: Evidence | None = None


@dataclass(kw_only=True)
class NetworkData:
    """The rows of the ``network_*`` named queries, shaped; the input of every projection."""

    organizations: dict[str, Organization]
    agreements: list[Agreement] = field(default_factory=list)
    memberships: list[Membership] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    _units: dict[str, list[str]] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def from_store(cls, store: Store) -> NetworkData:
        evidence = _main_quotes(store)
        organizations = {}
        for row in queries.run(store, "network_organizations").rows:
            org_id = slug_of(row["org"])
            kinds = tuple(sorted(_split(row.get("kinds"), "|")))
            organizations[org_id] = Organization(
                id=org_id,
                name=str(row["name"]),
                short=_short_name(str(row["name"]), _split(row.get("acronyms"), "|")),
                kinds=kinds,
                country=_text(row.get("countryCode")),
                country_name=_text(row.get("countryName")),
                parent=slug_of(row["parent"]) if row.get("parent") is not None else None,
                top=slug_of(row["top"]),
            )
        agreements = [
            Agreement(
                id=slug_of(row["agreement"]),
                label=str(row["label"]),
                kinds=tuple(sorted(_split(row.get("kinds"), "|"))),
                signed_on=_text(row.get("signedOn")),
                parties=tuple(sorted(slug_of(p) for p in str(row["parties"]).split())),
                source=slug_of(row["doc"]),
                source_label=str(row["docLabel"]),
                evidence=evidence.get(str(row["agreement"])),
            )
            for row in queries.run(store, "network_agreements").rows
        ]
        memberships = {}
        for row in queries.run(store, "network_memberships").rows:
            key = (slug_of(row["member"]), slug_of(row["alliance"]))
            found = evidence.get(str(row["membership"])) if row.get("membership") is not None else None
            if key not in memberships or (memberships[key].evidence is None and found):
                memberships[key] = Membership(member=key[0], alliance=key[1], evidence=found)
        events: dict[str, dict] = {}
        for row in queries.run(store, "network_events").rows:
            event = events.setdefault(str(row["event"]), {
                "id": slug_of(row["event"]), "label": str(row["label"]), "date": _text(row.get("date")),
                "source": slug_of(row["doc"]) if row.get("doc") is not None else None,
                "evidence": evidence.get(str(row["event"])), "organizations": set(),
            })
            event["organizations"].add(slug_of(row["org"]))
        return cls(
            organizations=organizations,
            agreements=agreements,
            memberships=[memberships[k] for k in sorted(memberships)],
            events=[
                Event(**{**e, "organizations": tuple(sorted(e["organizations"]))})
                for e in sorted(events.values(), key=lambda e: e["id"])
            ],
        )

    @classmethod
    def example(cls) -> NetworkData:
        """A three-organisation example for docstrings: a and b signed twice, b and c once."""
        orgs = {
            i: Organization(id=i, name=i.upper(), short=i.upper(), kinds=("university",),
                            country="KZ", country_name="Kazakhstan", parent=None, top=i)
            for i in "abc"
        }
        return cls(organizations=orgs, agreements=[
            Agreement(id="ab-1", label="A-B 1", kinds=("twinning agreement",), signed_on="2023",
                      parties=("a", "b"), source="doc", source_label="Doc"),
            Agreement(id="ab-2", label="A-B 2", kinds=(), signed_on=None,
                      parties=("a", "b"), source="doc", source_label="Doc"),
            Agreement(id="bc", label="B-C", kinds=(), signed_on=None,
                      parties=("b", "c"), source="doc", source_label="Doc"),
        ])

    def node_of(self, org_id: str, *, units: str) -> str:
        """The node an organisation is counted as: its top-level organisation under roll-up."""
        org = self.organizations.get(org_id)
        if units == "rollup" and org is not None:
            return org.top
        return org_id

    def units_of(self, org_id: str) -> list[str]:
        """The organisations rolled up into ``org_id`` (its units, at any depth)."""
        if self._units is None:  # built once: a scan per node would be quadratic
            units: dict[str, list[str]] = defaultdict(list)
            for org in sorted(self.organizations.values(), key=lambda o: o.id):
                if org.top != org.id:
                    units[org.top].append(org.id)
            self._units = dict(units)
        return list(self._units.get(org_id, []))


def check_spec(*, layers, units: str) -> tuple[str, ...]:
    """The layers as a sorted tuple; a clear error for an unknown layer or unit mode."""
    chosen = set(layers or ("agreements",))
    unknown = sorted(chosen - set(LAYERS))
    if unknown:
        raise UserError(f"unknown layer {unknown[0]!r}; choose from {', '.join(LAYERS)}")
    if units not in UNIT_MODES:
        raise UserError(f"unknown units mode {units!r}; choose rollup (units count for their "
                        "organisation) or separate (units are nodes of their own)")
    return tuple(sorted(chosen, key=LAYERS.index))


def partnership_network(
    data: NetworkData, *, layers=("agreements",), units: str = "rollup"
) -> nx.Graph:
    """Organisations linked by the chosen layers; edges carry what links them.

    Edge attributes: ``agreements`` (Agreement list), ``alliances`` and ``events`` (ids),
    ``weight`` (their total) and ``relations`` (the layers present). Node attributes: ``name``,
    ``short``, ``kind``, ``kinds``, ``country``, ``country_name``, ``units`` (rolled-up units).
    Nodes and edges are added in sorted order, so every result is reproducible.
    """
    layers = check_spec(layers=layers, units=units)
    links: dict[tuple[str, str], dict[str, list]] = defaultdict(
        lambda: {"agreements": [], "alliances": [], "events": []}
    )

    def link(members, layer: str, item) -> None:
        nodes = sorted({data.node_of(m, units=units) for m in members})
        for a, b in combinations(nodes, 2):
            links[(a, b)][layer].append(item)

    if "agreements" in layers:
        for agreement in data.agreements:
            link(agreement.parties, "agreements", agreement)
    if "alliances" in layers:
        members = defaultdict(list)
        for membership in data.memberships:
            members[membership.alliance].append(membership.member)
        for alliance, who in sorted(members.items()):
            link(who, "alliances", alliance)
    if "events" in layers:
        for event in data.events:
            link(event.organizations, "events", event.id)

    graph = nx.Graph(layers=list(layers), units=units)
    for node in sorted({n for pair in links for n in pair}):
        graph.add_node(node, **node_attributes(data, node, units=units))
    for (a, b), found in sorted(links.items()):
        weight = sum(len(found[layer]) for layer in LAYERS)
        relations = [layer for layer in LAYERS if found[layer]]
        graph.add_edge(a, b, weight=weight, relations=relations, **found)
    return graph


def node_attributes(data: NetworkData, node: str, *, units: str) -> dict:
    org = data.organizations.get(node)
    if org is None:  # a party the registry does not describe: keep the id
        return {"name": node, "short": node, "kind": "organisation", "kinds": [],
                "country": None, "country_name": None, "units": []}
    return {
        "name": org.name, "short": org.short, "kind": org.kind, "kinds": list(org.kinds),
        "country": org.country, "country_name": org.country_name,
        "units": data.units_of(node) if units == "rollup" else [],
    }


def alliance_network(data: NetworkData, *, units: str = "rollup") -> nx.Graph:
    """The bipartite organisation–alliance network: ``bipartite`` is 0 for members, 1 for alliances.

    >>> data = NetworkData.example()
    >>> data.memberships.append(Membership(member="a", alliance="c"))
    >>> sorted(alliance_network(data).nodes(data="bipartite"))
    [('a', 0), ('c', 1)]
    """
    check_spec(layers=("agreements",), units=units)
    graph = nx.Graph(units=units)
    for membership in sorted(data.memberships, key=lambda m: (m.alliance, m.member)):
        member = data.node_of(membership.member, units=units)
        graph.add_node(membership.alliance, bipartite=1,
                       **node_attributes(data, membership.alliance, units="separate"))
        if member not in graph:
            graph.add_node(member, bipartite=0, **node_attributes(data, member, units=units))
        graph.add_edge(member, membership.alliance, membership=membership,
                       source=membership.evidence.source if membership.evidence else None)
    return graph


def _main_quotes(store: Store) -> dict[str, Evidence]:
    """The main quote of each agreement, membership and event: its longest (the sentence that
    states the fact, rather than a fragment such as "on July 4"); ties go to the earliest."""
    best: dict[str, tuple[int, int, Evidence]] = {}
    for row in queries.run(store, "network_evidence").rows:
        fact, quote, start = str(row["fact"]), str(row["quote"]), int(row["start"])
        key = (-len(quote), start)
        if fact not in best or key < best[fact][:2]:
            best[fact] = (*key, Evidence(quote=quote, source=slug_of(row["doc"]),
                                         source_label=str(row["docLabel"])))
    return {fact: found[2] for fact, found in best.items()}


def _short_name(name: str, acronyms: list[str]) -> str:
    """An acronym when there is one (the one written most like a word: KazNU over KAZNU).

    >>> _short_name("Al-Farabi Kazakh National University", ["KAZNU", "KazNU"])
    'KazNU'
    >>> _short_name("Chiang Mai University", [])
    'Chiang Mai University'
    """
    if not acronyms:
        return name
    return sorted(acronyms, key=lambda a: (-sum(c.islower() for c in a), len(a), a))[0]


def _split(value, separator: str) -> list[str]:
    return [v for v in str(value).split(separator) if v] if value is not None else []


def _text(value) -> str | None:
    return str(value) if value is not None and str(value) != "" else None
