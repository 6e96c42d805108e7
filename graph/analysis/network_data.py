"""networkx graphs built from named SPARQL queries, so the analysis runs on any store.

``NetworkData.from_store`` runs the ``network_*`` queries once; ``partnership_network`` and
``alliance_network`` project the rows into networkx graphs. On a big graph the quotes behind
the agreements are most of what those queries read (45k of 49k quotes at 1M triples), and
only a view or a path shows them: ``from_store(store, evidence=False)`` leaves them out, and
``part(nodes, units=, store=)`` gives the facts among some nodes, the quotes of their
agreements read for those agreements only (``evidence_of``), and ``agreements_of``
each node's agreements.
Choices, stated once:

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
>>> [a.id for a in data.part(["b", "c"], units="rollup").agreements]
['bc']
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from itertools import combinations

import networkx as nx
from rdflib import URIRef

from .. import queries
from ..errors import UserError
from ..namespaces import UKG, slug_of
from ..questions.kinds import KindTree
from ..store import Store

LAYERS = ("agreements", "alliances", "events")
UNIT_MODES = ("rollup", "separate")


@dataclass(frozen=True, kw_only=True, slots=True)
class Organization:
    id: str
    name: str
    short: str  # the label a picture can afford: an acronym when there is one
    kinds: tuple[str, ...]  # most specific kinds, e.g. ("university",)
    country: str | None  # ISO 3166-1 alpha-2
    country_name: str | None
    parent: str | None  # the organisation it is a unit of
    top: str  # the top-level organisation it rolls up to (itself when not a unit)
    ror: str | None = None  # its ROR id (017zhmm22), when linked
    wikidata: str | None = None  # its Wikidata item (Q981237), when linked

    @property
    def kind(self) -> str:
        """The main kind: the first that is not "organisational unit"."""
        main = [k for k in self.kinds if k != "organisational unit"]
        return (main or list(self.kinds) or ["organisation"])[0]


@dataclass(frozen=True, kw_only=True, slots=True)
class Evidence:
    quote: str
    source: str  # article id
    source_label: str  # article title


@dataclass(frozen=True, kw_only=True, slots=True)
class NetworkAgreement:
    """An agreement as a network edge carries it: compact, its parties as node ids, one quote (the
    API's full answer is ``questions.agreements.Agreement``)."""

    id: str
    label: str
    kinds: tuple[str, ...]
    signed_on: str | None
    parties: tuple[str, ...]  # organisation ids as signed (units included)
    source: str
    source_label: str
    evidence: Evidence | None = None
    iri: str | None = field(default=None, compare=False, repr=False)  # where its evidence is looked up


@dataclass(frozen=True, kw_only=True, slots=True)
class Membership:
    member: str
    alliance: str
    evidence: Evidence | None = None  # None: registry reference data, no article states it


@dataclass(frozen=True, kw_only=True, slots=True)
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
    agreements: list[NetworkAgreement] = field(default_factory=list)
    memberships: list[Membership] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    _units: dict[str, list[str]] | None = field(default=None, repr=False, compare=False)
    _signed: dict[str, list[int]] | None = field(default=None, repr=False, compare=False)
    _quotes: dict[str, Evidence | None] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def from_store(cls, store: Store, *, evidence: bool = True) -> NetworkData:
        """Every organisation, agreement, membership and event of ``store`` with its evidence;
        ``evidence=False``: the agreements without theirs (``part`` reads a part's)."""
        organizations = {}
        organization_kinds = _kinds_of(store, UKG.Organization)
        for row in _sorted(queries.run(store, "network_organizations").rows, "org"):
            org_id = slug_of(row["org"])
            kinds = organization_kinds(row.get("types"))
            organizations[org_id] = Organization(
                id=org_id,
                name=str(row["name"]),
                short=_short_name(str(row["name"]), _split(row.get("acronyms"), "|")),
                kinds=kinds,
                country=_text(row.get("countryCode")),
                country_name=_text(row.get("countryName")),
                parent=slug_of(row["parent"]) if row.get("parent") is not None else None,
                top=slug_of(row["top"]),
                ror=_text(row.get("ror")),
                wikidata=_text(row.get("wikidata")),
            )
        parties: dict[str, set[str]] = defaultdict(set)
        for row in queries.run(store, "projection_parties").rows:
            parties[str(row["agreement"])].add(slug_of(row["party"]))
        agreement_rows = _sorted(  # an agreement group names no party: no row of projection_parties
            [row for row in queries.run(store, "network_agreements").rows if str(row["agreement"]) in parties],
            "agreement")
        membership_rows = _sorted(queries.run(store, "network_memberships").rows, "alliance", "member", "doc")
        event_rows = _sorted(queries.run(store, "network_events").rows, "event", "org", "role", "doc")
        if evidence:
            quotes = _main_quotes(queries.run(store, "network_evidence").rows)
        else:  # the few quotes of memberships and events; the agreements' are read per part
            quotes = evidence_of(store, sorted(
                {str(r["membership"]) for r in membership_rows if r.get("membership") is not None}
                | {str(r["event"]) for r in event_rows}))
        agreement_kinds = _kinds_of(store, UKG.Agreement)
        agreements = [
            NetworkAgreement(
                id=slug_of(row["agreement"]),
                label=str(row["label"]),
                kinds=agreement_kinds(row.get("types")),
                signed_on=_text(row.get("signedOn")),
                parties=tuple(sorted(parties[str(row["agreement"])])),
                source=slug_of(row["doc"]),
                source_label=str(row["docLabel"]),
                evidence=quotes.get(str(row["agreement"])),
                iri=str(row["agreement"]),
            )
            for row in agreement_rows
        ]
        memberships = {}
        for row in membership_rows:
            key = (slug_of(row["member"]), slug_of(row["alliance"]))
            found = quotes.get(str(row["membership"])) if row.get("membership") is not None else None
            if key not in memberships or (memberships[key].evidence is None and found):
                memberships[key] = Membership(member=key[0], alliance=key[1], evidence=found)
        events: dict[str, dict] = {}
        for row in event_rows:
            event = events.setdefault(str(row["event"]), {
                "id": slug_of(row["event"]), "label": str(row["label"]), "date": _text(row.get("date")),
                "source": slug_of(row["doc"]) if row.get("doc") is not None else None,
                "evidence": quotes.get(str(row["event"])), "organizations": set(),
            })
            event["organizations"].add(slug_of(row["org"]))
        return cls(
            organizations=dict(sorted(organizations.items())),
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
            NetworkAgreement(id="ab-1", label="A-B 1", kinds=("twinning agreement",), signed_on="2023",
                      parties=("a", "b"), source="doc", source_label="Doc"),
            NetworkAgreement(id="ab-2", label="A-B 2", kinds=(), signed_on=None,
                      parties=("a", "b"), source="doc", source_label="Doc"),
            NetworkAgreement(id="bc", label="B-C", kinds=(), signed_on=None,
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
        return list(self._units_index().get(org_id, []))

    def _units_index(self) -> dict[str, list[str]]:
        if self._units is None:  # built once: a scan per node would be quadratic
            units: dict[str, list[str]] = defaultdict(list)
            for org in sorted(self.organizations.values(), key=lambda o: o.id):
                if org.top != org.id:
                    units[org.top].append(org.id)
            self._units = dict(units)
        return self._units

    def part(self, nodes, *, units: str, store: Store | None = None) -> NetworkData:
        """The facts among ``nodes`` (nodes of the network under ``units``): the agreements and
        events that link two of them (or their units, under roll-up) and the memberships of
        each, in the same order; the organisations are all of them (shared, not copied). Its
        networks hold the edges among ``nodes`` as the whole data's do.

        With ``store``, those agreements that lack their evidence (``from_store(evidence=False)``)
        get it, read for them only (kept: a part asked again reads nothing).

        >>> data = NetworkData.example()
        >>> part = data.part(["a", "b"], units="rollup")
        >>> [a.id for a in part.agreements], part.organizations is data.organizations
        (['ab-1', 'ab-2'], True)
        """
        chosen = set(nodes)
        sides = self._sides(chosen, units=units)

        def linking(members) -> bool:
            return len(chosen.intersection(self.node_of(m, units=units) for m in members)) > 1

        agreements = [a for a in self._touching(sides) if linking(a.parties)]
        if store is not None:
            agreements = self._quoted(agreements, store)
        return NetworkData(
            organizations=self.organizations,
            agreements=agreements,
            memberships=[m for m in self.memberships if m.member in sides],
            events=[e for e in self.events if not sides.isdisjoint(e.organizations) and linking(e.organizations)],
            _units=self._units_index(),
        )

    def agreements_of(self, nodes, *, units: str) -> dict[str, list[NetworkAgreement]]:
        """For each of ``nodes``, the agreements that link it to another node (those its edges
        carry in the agreements network), in order.

        >>> found = NetworkData.example().agreements_of(["b", "c"], units="rollup")
        >>> {node: [a.id for a in agreements] for node, agreements in found.items()}
        {'b': ['ab-1', 'ab-2', 'bc'], 'c': ['bc']}
        """
        chosen = set(nodes)
        found: dict[str, list[NetworkAgreement]] = {node: [] for node in sorted(chosen)}
        for agreement in self._touching(self._sides(chosen, units=units)):
            linked = {self.node_of(p, units=units) for p in agreement.parties}
            if len(linked) > 1:
                for node in chosen.intersection(linked):
                    found[node].append(agreement)
        return found

    def _sides(self, nodes: set[str], *, units: str) -> set[str]:
        """``nodes`` and, under roll-up, their units: the organisations counted as them."""
        sides = set(nodes)
        if units == "rollup":
            index = self._units_index()
            for node in nodes:
                sides.update(index.get(node, ()))
        return sides

    def _touching(self, organizations: set[str]) -> list[NetworkAgreement]:
        """The agreements one of ``organizations`` signed, in order."""
        signed = self._signed_by()
        return [self.agreements[i] for i in sorted({i for org in organizations for i in signed.get(org, ())})]

    def _quoted(self, agreements: list[NetworkAgreement], store: Store) -> list[NetworkAgreement]:
        """``agreements``, those without evidence with their main quote from ``store`` (the
        quotes read are kept with the data, up to ``QUOTES_KEPT``)."""
        if self._quotes is None or len(self._quotes) > QUOTES_KEPT:
            self._quotes = {}
        kept = self._quotes
        wanted = [a.iri for a in agreements if a.evidence is None and a.iri is not None]
        missing = [iri for iri in wanted if iri not in kept]
        if missing:
            found = evidence_of(store, missing)
            kept.update({iri: found.get(iri) for iri in missing})
        return [replace(a, evidence=kept.get(a.iri)) if a.evidence is None and a.iri in kept else a
                for a in agreements]

    def _signed_by(self) -> dict[str, list[int]]:
        """Party → the positions of the agreements it signed (built once)."""
        if self._signed is None:
            signed: dict[str, list[int]] = defaultdict(list)
            for i, agreement in enumerate(self.agreements):
                for party in agreement.parties:
                    signed[party].append(i)
            self._signed = dict(signed)
        return self._signed


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

    Edge attributes: ``agreements`` (NetworkAgreement list), ``alliances`` and ``events`` (ids),
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
                "country": None, "country_name": None, "ror": None, "wikidata": None, "units": []}
    return {
        "name": org.name, "short": org.short, "kind": org.kind, "kinds": list(org.kinds),
        "country": org.country, "country_name": org.country_name, "ror": org.ror, "wikidata": org.wikidata,
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


EVIDENCE_CHUNK = 1000  # facts per query: a remote store refuses too long a query text
QUOTES_KEPT = 200_000  # agreements' quotes kept by the data read without them (~250 bytes each)


def evidence_of(store: Store, facts: list[str]) -> dict[str, Evidence]:
    """The main quote of each of ``facts`` (IRIs of agreements, memberships or events) that
    has one, from the named query ``evidence_of``, a chunk of facts at a time."""
    rows = []
    for start in range(0, len(facts), EVIDENCE_CHUNK):
        chunk = [URIRef(fact) for fact in facts[start:start + EVIDENCE_CHUNK]]
        rows += [{"fact": r["resource"], "quote": r["text"], "start": r["start"], "doc": r["doc"],
                  "docLabel": r["docLabel"]} for r in queries.run(store, "evidence_of", resources=chunk).rows]
    return _main_quotes(rows)


def _main_quotes(rows) -> dict[str, Evidence]:
    """The main quote of each agreement, membership and event: its longest (the sentence that
    states the fact, rather than a fragment such as "on July 4"); ties go to the earliest."""
    best: dict[str, tuple] = {}
    for row in rows:
        fact, quote, start = str(row["fact"]), str(row["quote"]), int(row["start"])
        key = (-len(quote), start, str(row["doc"]), quote)
        if fact not in best or key < best[fact][0]:
            best[fact] = (key, Evidence(quote=quote, source=slug_of(row["doc"]), source_label=str(row["docLabel"])))
    return {fact: found[1] for fact, found in best.items()}


def _sorted(rows, *names: str) -> list:
    """``rows`` ordered as ``ORDER BY`` the variables ``names`` would (unbound first; ties
    as the store gives them): the queries leave the order out, since sorting in the engine
    costs as much as the rest on a disk store."""
    if len(names) == 1:
        return sorted(rows, key=lambda row: str(row[names[0]]))  # a variable always bound
    return sorted(rows, key=lambda row: tuple("" if row.get(n) is None else str(row[n]) for n in names))


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


def _kinds_of(store: Store, base: URIRef):
    """types (the space-separated IRIs of a ``network_*`` row) → the labels of the most
    specific kinds under ``base`` among them, sorted (none when only ``base`` is stated)."""
    tree = KindTree.of(store, str(base))
    kept: dict[str, tuple[str, ...]] = {}  # few distinct sets of types: each worked out once

    def kinds(types) -> tuple[str, ...]:
        key = str(types) if types is not None else ""
        if key not in kept:
            kept[key] = tuple(sorted(k.name for k in tree.most_specific(key.split(), leaving_out=str(base))))
        return kept[key]

    return kinds


def _split(value, separator: str) -> list[str]:
    return [v for v in str(value).split(separator) if v] if value is not None else []


def _text(value) -> str | None:
    return str(value) if value is not None and str(value) != "" else None
