"""What the server answers from, opened together: the store, the name index and the
derived structures built from them (the network projection, the partnership networks with
their measures, graph sizes).

One ``Served`` object lives on ``app.state.served``; every route reads it through the
dependencies in ``deps``. Replacing the graph (a reload) is building a new ``Served`` and
swapping the reference, so a request sees either the old graph or the new one, never a mix.

``Served.start`` (called by the app as it starts, once its modules are imported) runs one
background thread. It reads the name index first (``NameIndex.of``: on the disk store, the
file ``unikg load`` kept with the version, 0.1 s at 1M triples; from the store otherwise,
2–3 s there); a route that resolves a name before it is ready waits for it. Then it builds
what is derived from the store (``Derived``: the projection, the networks, the measures),
so start-up stays fast:

* the projection (``unikg.graph.projection``) first: until it is ready, the routes that use it
  answer from SPARQL alone (the same answers, slower); beside it, the facts of the
  agreements a page of partners showed, kept for the next page that shows them;
* then every measure of the default network (agreements, units rolled up), on the network
  the projection gives (``partnership_graph``); an analysis route asked before that waits for
  it. Other layers and unit modes are analysed on first use, once;
* then every agreement, organisation, article and person by name (``KeptLists``: the lists
  /agreements, /institutions, /documents and /people page through; lists with filters are
  kept as they are asked);
* then ``Networks`` (the ``network_*`` queries without the agreements' quotes: paths, views
  and exports; a path or a view reads the quotes of what it shows).

A remote store that cannot be reached (or answers errors) when the thread starts is tried
again, the waits doubling from 1 s to ``UNIKG_STORE_RETRY_SECONDS``; meanwhile the routes
answer 503 (or 502) with ``Retry-After`` (``StoreUnavailable``, api/errors.py), and the
server recovers by itself once the store answers.

Every ``refresh_seconds`` (``UNIKG_REFRESH_SECONDS``; 0 = never) the thread asks the store
when it was last loaded (named query ``load_modified``: ``unikg load`` states it); when that
changed it builds new names and a new ``Derived`` beside the old ones and swaps them when
done, so requests are answered from the old projection meanwhile. The thread holds the
``Served`` weakly: a ``Served`` a reload replaced stops its thread.
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import InitVar, dataclass, field

from unikg.graph import queries
from unikg.graph.analysis.build import check_spec
from unikg.graph.analysis.networks import Networks
from unikg.graph.analysis.precomputed import Analysis, analyse, analyse_graph
from unikg.graph.names import NameIndex
from unikg.graph.projection import Projection, partnership_graph
from unikg.graph.projection.details import KeptFacts
from unikg.graph.projection.lists import KeptLists
from unikg.graph.questions import agreements, documents, institutions, people
from unikg.graph.settings import Settings
from unikg.graph.store import Store, StoreUnavailable, open_store

log = logging.getLogger("unikg.served")

DEFAULT_NETWORK = (("agreements",), "rollup")


def loaded_at(store: Store) -> str | None:
    """When the store was last loaded (``unikg load``), None if it never was."""
    rows = queries.run(store, "load_modified").rows
    value = rows[0].get("loaded") if rows else None
    return str(value) if value is not None else None


@dataclass(kw_only=True)
class Derived:
    """Everything computed from one state of the store, replaced as a whole."""

    loaded: str | None  # the store's load time when it was built
    projection: Projection
    store: Store
    settings: Settings
    lists: KeptLists  # the lists that list routes page through, kept
    _facts: dict = field(default_factory=dict, repr=False)  # listed → its KeptFacts (see facts)
    _names: dict = field(default_factory=dict, repr=False)  # question → its NameIndex (see names_of)
    _networks: Networks | None = field(default=None, repr=False)
    _analyses: dict = field(default_factory=dict, repr=False)
    _lock: threading.RLock = field(default_factory=threading.RLock, repr=False)

    @classmethod
    def build(cls, store: Store, settings: Settings) -> Derived:
        loaded = loaded_at(store)
        return cls(loaded=loaded, projection=Projection.of(store), store=store, settings=settings,
                   lists=KeptLists(store=store))

    def facts(self, listed: Callable[[Store, list[str]], list]) -> KeptFacts:
        """``listed(store, iris)`` (the facts of a page's agreements, organisations, articles
        or people), its answers kept for this store state."""
        with self._lock:
            if listed not in self._facts:
                self._facts[listed] = KeptFacts(listed, self.store)
            return self._facts[listed]

    def names_of(self, question: Callable[[Store], list], *, kind: str) -> NameIndex:
        """The names of the items of a kept list (every agreement, every article), built on
        the first lookup by name or typo and kept for this store state: normalising the
        31k agreements' names at 1M triples took 0.7 s a lookup."""
        if question not in self._names:  # built outside the lock: facts() and analysis() go on
            index = NameIndex.among(self.lists(question), kind=kind)
            with self._lock:
                self._names.setdefault(question, index)
        return self._names[question]

    @property
    def networks(self) -> Networks:
        if self._networks is None:
            with self._lock:
                if self._networks is None:
                    # without the agreements' quotes: views and paths read their part's
                    self._networks = Networks.from_store(self.store, self.settings, evidence=False)
        return self._networks

    def analysis(self, *, layers=None, units: str = "rollup") -> Analysis:
        """Every measure of one network, computed once (later askers wait for the first).

        The agreements network is built from the projection (its matrices, no evidence): a
        second at 1M triples, where ``Networks`` runs every ``network_*`` query first."""
        key = (check_spec(layers=layers or ("agreements",), units=units), units)
        if key not in self._analyses:
            with self._lock:
                if key not in self._analyses:
                    if key[0] == ("agreements",):
                        graph = partnership_graph(self.projection, units=units)
                        self._analyses[key] = analyse_graph(graph, **Networks.options_of(self.settings))
                    else:
                        self._analyses[key] = analyse(self.networks, layers=key[0], units=units)
        return self._analyses[key]

    def warm(self) -> Derived:
        """Analyse the default network now, list every agreement, organisation, article and
        person (the first page of /agreements, /institutions, /documents and /people), then
        read the networks the views and paths use."""
        self.analysis(layers=DEFAULT_NETWORK[0], units=DEFAULT_NETWORK[1])
        self.lists(agreements.matching)
        self.lists(institutions.matching)
        self.lists(documents.matching)
        self.lists(people.matching)
        self.networks  # noqa: B018 (built and kept by the property)
        return self


@dataclass(kw_only=True)
class Served:
    settings: Settings
    store: Store
    name_index: InitVar[NameIndex | None] = None  # None: read from the store in a thread
    _names: Future | None = field(default=None, repr=False)  # None: not being read yet
    _started: bool = field(default=False, repr=False)
    _derived: Derived | None = field(default=None, repr=False)
    _graph_sizes: dict[str, int] | None = field(default=None, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)  # held while building
    _starting: threading.Lock = field(default_factory=threading.Lock, repr=False)  # the names and the thread
    _stop: threading.Event = field(default_factory=threading.Event, repr=False)

    def __post_init__(self, name_index: NameIndex | None) -> None:
        if name_index is not None:
            self._names = _done(name_index)

    @property
    def names(self) -> NameIndex:
        """The name index (read in a thread from ``start`` or the first use; waits while it is
        being read; raises what reading it raised)."""
        if self._names is None:
            with self._starting:
                if self._names is None:
                    self._names = _in_thread(NameIndex.of, self.store)
        return self._names.result()

    @property
    def projection(self) -> Projection | None:
        """The network projection, or None while the first one is being built."""
        derived = self._derived
        return derived.projection if derived is not None else None

    @property
    def ready(self) -> Derived | None:
        """What is derived from the store, or None while the first one is being built (read
        it once per request: a refresh may replace it between two reads)."""
        return self._derived

    @property
    def derived(self) -> Derived:
        """What is derived from the store: waits for the background build (or builds)."""
        if self._derived is None:
            with self._lock:
                if self._derived is None:
                    self._derived = Derived.build(self.store, self.settings)
        return self._derived

    @property
    def networks(self) -> Networks:
        """The networks of the store, built once per served graph."""
        return self.derived.networks

    def analysis(self, *, layers=None, units: str = "rollup") -> Analysis:
        return self.derived.analysis(layers=layers, units=units)

    @property
    def graph_sizes(self) -> dict[str, int]:
        """Triples per named graph, for the SPARQL service description."""
        if self._graph_sizes is None:
            rows = queries.run(self.store, "graph_sizes").rows
            self._graph_sizes = {str(r["graph"]): int(r["triples"]) for r in rows}
        return self._graph_sizes

    def start(self) -> Served:
        """Read the name index, then build what is derived, in a background thread that then
        watches the store for loads (once: starting again does nothing). ``unikg serve``
        starts it once uvicorn is up: the threads' work would slow the start-up down."""
        with self._starting:
            if self._started:
                return self
            self._started = True
        threading.Thread(target=_background, args=(weakref.ref(self), self._stop, self.settings),
                         name="unikg-projection", daemon=True).start()
        return self

    def retry_names(self) -> None:
        """Read the name index again (in a thread) if reading it failed: requests meanwhile
        got that failure at once, and now wait for the new reading."""
        with self._starting:
            names = self._names
            if names is not None and names.done() and names.exception() is not None:
                self._names = _in_thread(NameIndex.of, self.store)

    def close(self) -> None:
        """Stop the background thread (it also stops by itself when this is discarded)."""
        self._stop.set()

    def refresh(self) -> bool:
        """Rebuild names and what is derived if the store was loaded since; swap when done."""
        current = self._derived
        loaded = loaded_at(self.store)
        if current is not None and loaded == current.loaded:
            return False
        names = NameIndex.of(self.store).warm()
        fresh = Derived.build(self.store, self.settings).warm()
        self._names, self._derived, self._graph_sizes = _done(names), fresh, None
        log.info("rebuilt the projection and the analysis: the store was loaded at %s", loaded)
        return True


def _background(ref: weakref.ref, stop: threading.Event, settings: Settings) -> None:
    wait = 1.0
    while (trouble := _prepare(ref)) is not None:  # the store is unavailable: wait, longer each time
        log.warning("%s; trying the store again in %g s", trouble, wait)
        if stop.wait(wait):
            return
        wait = min(2 * wait, settings.store_retry_seconds)
    seconds = settings.refresh_seconds
    while seconds > 0 and not stop.wait(seconds):
        served = ref()
        if served is None:
            return
        try:
            served.refresh()
        except StoreUnavailable as error:
            log.warning("refreshing the projection failed, answering from the previous one: %s", error)
        except Exception:
            log.exception("refreshing the projection failed; answering from the previous one")
        del served


def _prepare(ref: weakref.ref) -> str | None:
    """Read the names, then build what is derived, then prepare the name search; what failed
    if the store was unavailable (``_background`` tries again later), else None."""
    served = ref()
    if served is None:
        return None
    served.retry_names()
    steps = (
        ("reading the name index", lambda: served.names),  # first: routes wait for it
        ("building the projection and the analysis", lambda: served.derived.warm()),  # routes use SPARQL until then
        ("preparing the name search", lambda: served.names.warm()),  # searches build it on demand until then
    )
    for what, step in steps:
        try:
            step()
        except StoreUnavailable as error:
            return f"{what} failed: {error}"
        except Exception:
            log.exception("%s failed", what)
    return None


def _in_thread(function, *args) -> Future:
    """``function(*args)``, run in a daemon thread; its result (or error) in the future."""
    future: Future = Future()

    def run() -> None:
        try:
            future.set_result(function(*args))
        except BaseException as error:  # handed to whoever asks for the result
            future.set_exception(error)

    threading.Thread(target=run, name="unikg-names", daemon=True).start()
    return future


def _done(value) -> Future:
    future: Future = Future()
    future.set_result(value)
    return future


def open_served(settings: Settings) -> Served:
    """The graph ``settings`` name, opened (a corrupt dataset raises here); ``start`` reads the
    name index and builds what is derived in the background."""
    return Served(settings=settings, store=open_store(settings))
