"""The read model: one ``Snapshot`` per version of the store, answering whole questions.

Every question is a named SPARQL query against the store (``graph/queries``), so every answer
holds on the embedded stores and on a remote SPARQL server alike. A snapshot owns everything
derived from one version of the store, through one mechanism (``memo.Memo``: made once, kept
in memory and, for a disk store, in the version's folder): the name index, the network
projection (sparse matrices made from four named queries: ``graph/projection``), the lists
the list routes page through, the facts of the items pages showed, the partnership networks,
each network's measures and its exports. A version never changes, so nothing here is ever
stale; a new version (a reload, or a ``unikg load`` the server notices) is a new snapshot,
swapped in whole (``api/state.py``).

A snapshot answers whole questions (``shared_partners(org, offset=, limit=)``) and decides
inside how: from the projection, which it waits for when it is being made (at 1M triples on
disk it is read from the version's folder in 0.3 s; made from the store in 4–5 s), or from a
named query, kept for the version. A caller never chooses an engine and never waits behind a
slower one. ``warm`` makes, in order, what requests need: names, the projection (what the
first ones need: ``unikg load`` makes those into a disk store's new version), the default
network's measures, the four lists, the networks.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from functools import partial

import networkx as nx
from rdflib import URIRef

from .. import queries
from ..analysis import answers
from ..analysis import export as exports
from ..analysis.network_data import NetworkData, check_spec
from ..analysis.networks import Networks
from ..analysis.precomputed import Analysis, analyse, analyse_graph
from ..errors import NotFound, UserError
from ..names import Entity, NameIndex, containing
from ..namespaces import UKG, agreement_group_iri, agreement_iri, document_iri, is_slug, org_iri
from ..projection import Projection, partnership_graph
from ..projection.answers import common_partners_page, partner_links_page, per_year, shared_partners_page
from ..questions import agreements, alliances, documents, institutions, partners, people
from ..questions.common import Ref, kind_slug
from ..questions.partners import SharedOrganization
from ..questions.resources import describe, named
from ..settings import Settings
from ..store import GraphResult, Store
from . import files
from .memo import Memo, NotYet

__all__ = ["NotYet", "Snapshot", "loaded_at"]

DEFAULT_NETWORK = (("agreements",), "rollup")
FACT_COST = 10  # an item's facts (~2 KB with its quotes) against a listed match (~300 B, 1)


def loaded_at(store: Store) -> str | None:
    """When the store was last loaded (``unikg load`` states it), None if it never was."""
    rows = queries.run(store, "load_modified").rows
    value = rows[0].get("loaded") if rows else None
    return str(value) if value is not None else None


class Snapshot:
    """What one version of ``store`` answers, and everything derived from it."""

    def __init__(self, store: Store, settings: Settings):
        self.store = store
        self.settings = settings
        self.memo = Memo(folder=getattr(store, "folder", None))

    @property
    def loaded(self) -> str | None:
        """The version: when the store was last loaded, as first asked (``warm`` asks first)."""
        return self.memo.once("loaded", lambda: loaded_at(self.store))

    # -- derived from the version -----------------------------------------------------------

    @property
    def names(self) -> NameIndex:
        """Every name, acronym and spelling of every entity (named query ``names``)."""
        return self.memo.once("names", lambda: NameIndex.from_store(self.store), file=files.NAMES)

    @property
    def projection(self) -> Projection:
        """The agreement network as sparse matrices (``graph/projection``)."""
        return self.memo.once("projection", lambda: Projection.from_store(self.store), file=files.PROJECTION)

    def networks(self, *, within: float | None = None) -> Networks:
        """The networks (the ``network_*`` queries) without the agreements' quotes: views and
        paths read the quotes of the part they show. ``within``: seconds to wait (``NotYet``)."""

        def make() -> Networks:
            data = self.memo.once("network data", lambda: NetworkData.from_store(self.store, evidence=False),
                                  file=files.NETWORKS)
            return Networks(data=data, store=self.store, **Networks.options_of(self.settings))

        return self.memo.once("networks", make, within=within, what="the networks of this graph")

    def analysis(self, *, layers=None, units: str = "rollup", within: float | None = None) -> Analysis:
        """Every measure, the communities and the brokers of one network, computed once. The
        agreements network is made from the projection (a second at 1M triples); the others
        from the networks."""
        key = (check_spec(layers=layers or ("agreements",), units=units), units)

        def make() -> Analysis:
            if key[0] == DEFAULT_NETWORK[0]:
                graph = partnership_graph(self.projection, units=units)
                return analyse_graph(graph, **Networks.options_of(self.settings))
            return analyse(self.networks(), layers=key[0], units=units)

        return self.memo.once(("analysis", key), make, within=within, what="the analysis of this network")

    def warm(self, *, first: bool = False) -> Snapshot:
        """Make what requests need, in the order they need it (a background thread of the server
        calls it; a request needing a part made meanwhile waits for it); ``first``: only what the
        first requests need (the names, the projection: ``unikg load`` keeps them in the folder
        of the version it is about to publish)."""
        self.loaded  # noqa: B018 (made and kept)
        self.names  # noqa: B018
        self.projection  # noqa: B018
        if first:
            return self
        self.analysis(layers=DEFAULT_NETWORK[0], units=DEFAULT_NETWORK[1])
        for question in (agreements.matching, institutions.matching, documents.matching, people.matching):
            self._list(question)
        self.networks()
        self.names.warm()
        return self

    def _list(self, question: Callable[..., list], /, **filters) -> list:
        """``question(store, **filters)``, kept while recently asked (a filter given its
        default value is the same list as one left out)."""
        arguments = inspect.signature(question).bind(self.store, **filters)
        arguments.apply_defaults()
        given = tuple(sorted(list(arguments.arguments.items())[1:]))  # every argument but the store
        key = ("list", question.__module__, question.__qualname__, given)
        return self.memo.recent(key, lambda: question(self.store, **filters))

    def _facts(self, listed: Callable[[Store, list[str]], list], iris: list[str]) -> list:
        """``listed(store, iris)`` (the facts of a page's items), each item kept while recently
        asked, by name."""
        kind = ("facts", listed.__module__, listed.__qualname__)
        found = self.memo.many(kind, iris, lambda missing: {i.iri: i for i in listed(self.store, missing)},
                               cost=FACT_COST)
        return sorted(found.values(), key=lambda item: (item.name.casefold(), item.id))

    def _page(self, question, listed, *, offset: int, limit: int, **filters) -> tuple[int, list]:
        matches = self._list(question, **filters)
        return len(matches), self._facts(listed, [m.iri for m in matches[offset : offset + limit]])

    def _names_of(self, question: Callable[[Store], list], *, kind: str) -> NameIndex:
        """The names of every item ``question`` lists (agreements, articles), for a lookup by
        name or typo: normalising 31k agreements' names at 1M triples took 0.7 s a lookup."""
        return self.memo.once(("names of", kind), lambda: NameIndex.among(self._list(question), kind=kind))

    # -- lookups ----------------------------------------------------------------------------

    def kind_class(self, *, base: str, slug: str) -> str:
        """The class IRI of a kind slug (``university`` → ukg:University) under ``base``."""
        known = self.memo.once(("kinds", base), lambda: {
            kind_slug(r["kind"]): str(r["kind"]) for r in queries.run(self.store, "kinds", base=UKG[base]).rows})
        if slug not in known:
            raise UserError(f"unknown kind {slug!r}; known kinds: {', '.join(sorted(known))}")
        return known[slug]

    def area(self, slug: str) -> str:
        known = self.memo.once("areas", lambda: {
            str(r["area"]).rsplit("/", 1)[-1]: str(r["area"]) for r in queries.run(self.store, "areas").rows})
        if slug not in known:
            raise UserError(f"unknown area {slug!r}; known areas: {', '.join(sorted(known))}")
        return known[slug]

    def alliance(self, text: str) -> Entity:
        """The alliance ``text`` names (NotFound, with the alliances, if it names another
        organisation)."""
        found = self.names.resolve(text, kinds=("Organization",))
        if not queries.ask(self.store, "is_alliance", alliance=URIRef(found.iri)):
            known = sorted(a.id for a in self._list(alliances.alliances))
            raise NotFound(f"{found.name} ({found.id}) is not an alliance; the alliances are {', '.join(known)}",
                           suggestions=known)
        return found

    # -- lists ------------------------------------------------------------------------------

    def institutions(self, *, name: str | None = None, offset: int, limit: int, **filters) -> tuple[int, list]:
        """Organisations by name, filtered (``institutions.matching``; ``name``: part of a name)."""
        matches = self._list(institutions.matching, **filters)
        if name is not None:
            wanted = containing(self.names, name, kinds=("Organization",))
            matches = [m for m in matches if m.iri in wanted]
        return len(matches), self._facts(institutions.listed, [m.iri for m in matches[offset : offset + limit]])

    def agreements(self, *, offset: int, limit: int, **filters) -> tuple[int, list]:
        return self._page(agreements.matching, agreements.listed, offset=offset, limit=limit, **filters)

    def documents(self, *, offset: int, limit: int) -> tuple[int, list]:
        return self._page(documents.matching, documents.listed, offset=offset, limit=limit)

    def people(self, *, offset: int, limit: int) -> tuple[int, list]:
        return self._page(people.matching, people.listed, offset=offset, limit=limit)

    def alliances(self) -> list:
        return self._list(alliances.alliances)

    def class_counts(self) -> dict[str, int]:
        """How many resources of each class the graph holds (named query ``stats``)."""
        return self.memo.once("class counts", lambda: {
            str(row["class"]).rsplit("#", 1)[-1]: int(row["count"]) for row in queries.run(self.store, "stats").rows})

    def graph_sizes(self) -> dict[str, int]:
        """Triples per named graph, for the SPARQL service description."""
        return self.memo.once("graph sizes", lambda: {
            str(r["graph"]): int(r["triples"]) for r in queries.run(self.store, "graph_sizes").rows})

    # -- one resource -----------------------------------------------------------------------

    def institution(self, iri: str):
        """An organisation's profile; its agreements, their facts and its articles kept."""
        return institutions.institution(self.store, iri, ask=self._list,
                                        details=partial(self._facts, agreements.listed))

    def agreement(self, text: str):
        """The agreement or agreement group ``text`` names: an id, a name, or an id with a typo."""
        if is_slug(text):
            found = agreements.listed(self.store, [str(agreement_iri(text)), str(agreement_group_iri(text))])
            if found:
                return found[0]
        iri = self._names_of(agreements.matching, kind="Agreement").resolve(text, kinds=("Agreement",)).iri
        return agreements.listed(self.store, [iri])[0]

    def document(self, text: str):
        """The article ``text`` names: an id, a title, or an id with a typo."""
        iri = str(document_iri(text)) if is_slug(text) else None
        if iri is None or not documents.is_document(self.store, iri):
            iri = self._names_of(documents.matching, kind="Document").resolve(text, kinds=("Document",)).iri
        return documents.document(self.store, iri)

    def person(self, iri: str):
        return people.person(self.store, iri)

    def alliance_members(self, iri: str) -> list:
        return self._list(alliances.alliance_members, alliance=iri)

    def describe(self, iri: str) -> GraphResult:
        """The resource as RDF (named query ``describe``)."""
        return describe(self.store, iri)

    def named(self, iris: list[str]) -> list[Ref]:
        """The labels of ``iris`` (those that have one), kept: what a page linking them shows."""
        return self._facts(named, iris)

    # -- the partnership network ------------------------------------------------------------

    def partners(self, org: str, *, via: str, offset: int, limit: int) -> tuple[int, list]:
        """The partners of ``org`` (an IRI) by ``via`` (agreement, alliance, event), by name:
        by agreement from the projection, the facts of the page's agreements kept; by
        alliance or event from their named queries, kept."""
        if via == "agreement":
            return partner_links_page(self.store, self.projection, org, offset=offset, limit=limit,
                                      details=partial(self._facts, agreements.listed))
        found = self._list(partners.partner_links, org=org, via=via)
        return len(found), found[offset : offset + limit]

    def shared_partners(self, org: str, *, offset: int, limit: int,
                        partners: int = 100_000) -> tuple[int, list[SharedOrganization]]:
        """Other organisations by partners shared with ``org`` (most first), each with the first
        ``partners`` of them by name; a page asked again is kept."""

        def make() -> tuple[int, list[SharedOrganization]]:
            total, shared = shared_partners_page(self.projection, org, offset=offset, limit=limit)
            entities = self.names.entities

            def entity(slug: str) -> Ref:
                iri = str(org_iri(slug))
                found = entities.get(iri)
                return Ref(id=slug, name=found.name if found else slug, iri=iri)

            return total, [
                SharedOrganization(id=s.id, name=s.name, iri=entity(s.id).iri, shared=s.shared, partners=sorted(
                    (entity(p) for p in s.partners), key=lambda r: (r.name.casefold(), r.id))[:partners])
                for s in shared
            ]

        return self.memo.recent(("shared partners", org, offset, limit, partners), make,
                                cost=lambda page: 1 + sum(len(s.partners) for s in page[1]))

    def common_partners(self, orgs: list[str], *, offset: int, limit: int) -> tuple[int, list]:
        """The agreement partners all of ``orgs`` (IRIs) have, with the agreements, by name."""
        return common_partners_page(self.store, self.projection, orgs, offset=offset, limit=limit,
                                    names=self.named)

    def per_year(self):
        """Agreements per year of signing."""
        return per_year(self.projection)

    # -- analysis ---------------------------------------------------------------------------

    def centrality(self, *, measure: str, layers=None, units: str = "rollup", top: int):
        return answers.centrality(self.analysis(layers=layers, units=units), measure=measure, units=units, top=top)

    def communities(self, *, layers=None, units: str = "rollup", offset: int, limit: int, members: int):
        return answers.communities(self.analysis(layers=layers, units=units), units=units, offset=offset,
                                   limit=limit, members=members)

    def brokers(self, *, layers=None, units: str = "rollup", offset: int, limit: int):
        return answers.brokers(self.analysis(layers=layers, units=units), units=units, offset=offset, limit=limit)

    def path(self, source: str, target: str, *, layers=None, units: str = "rollup"):
        """The shortest connection between organisations ``source`` and ``target`` (ids)."""
        networks, shape = self.shape(layers=layers, units=units)
        return answers.path(networks, shape, source=source, target=target, layers=layers, units=units)

    def shape(self, *, layers=None, units: str = "rollup") -> tuple[Networks, nx.Graph]:
        """The networks and the analysed graph of ``layers`` and ``units`` (what a view or a
        path is found on), each waited for at most ``UNIKG_QUERY_TIMEOUT`` seconds (``NotYet``)."""
        within = self.settings.query_timeout
        return self.networks(within=within), self.analysis(layers=layers, units=units, within=within).graph

    def export(self, *, format: str, network: str, layers=None, units: str = "rollup") -> bytes:
        """The network as GraphML, GEXF or CSV (``network="alliances"``: organisations and
        alliances), with every node's measures; made once."""
        key = ("export", format, network, check_spec(layers=layers or ("agreements",), units=units), units)

        def make() -> bytes:
            networks, _ = self.shape(layers=layers, units=units)
            graph = (networks.alliances(units=units) if network == "alliances"
                     else networks.network(layers=layers, units=units))
            return exports.export(graph, format=format, **networks.options)

        return self.memo.once(key, make)

