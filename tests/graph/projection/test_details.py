"""The kept facts of agreements and organisations: the same answers as the named query, fewer queries."""

from unikg.graph.projection import Projection
from unikg.graph.projection.answers import partner_links_page
from unikg.graph.projection.details import KeptFacts
from unikg.graph.questions import agreements, institutions


class CountingStore:
    """The real store, counting the queries sent to it (not a mock: every query runs)."""

    def __init__(self, store):
        self.store, self.queries = store, 0

    def query(self, *args, **kwargs):
        self.queries += 1
        return self.store.query(*args, **kwargs)

    def named_graphs(self):
        return self.store.named_graphs()


def _queries_of_one_listing(store) -> int:
    counting = CountingStore(store)
    agreements.listed(counting, [a.iri for a in agreements.agreements(store)][:1])
    return counting.queries  # the facts, and the kinds of agreement


def test_kept_facts_equal_the_named_query_and_cost_no_query_the_second_time(store):
    every = [a.iri for a in agreements.agreements(store)]
    assert len(every) > 3
    one = _queries_of_one_listing(store)
    counting = CountingStore(store)
    details = KeptFacts(agreements.listed, counting, size=len(every))
    first = details(every[:3])
    assert first == agreements.listed(store, every[:3])
    assert counting.queries == one
    assert details(list(reversed(every[:3]))) == first  # asked again, in another order: no query
    assert counting.queries == one
    assert details(every) == agreements.listed(store, every)  # only the missing ones are fetched
    assert counting.queries == 2 * one


def test_organisations_are_kept_the_same_way(store):
    every = [o.iri for o in institutions.matching(store)]
    counting = CountingStore(store)
    details = KeptFacts(institutions.listed, counting)
    assert details(every[:5]) == institutions.listed(store, every[:5]) != []
    sent = counting.queries
    assert details(every[4::-1]) == institutions.listed(store, every[:5])
    assert counting.queries == sent


def test_at_most_size_agreements_are_kept_and_the_least_recent_goes_first(store):
    every = sorted(a.iri for a in agreements.agreements(store))
    counting = CountingStore(store)
    details = KeptFacts(agreements.listed, counting, size=2)
    details(every[:2])
    details(every[:1])  # every[0] is now the most recent
    details(every[2:3])  # pushes out every[1]
    assert len(details) == 2
    before = counting.queries
    details([every[0], every[2]])
    assert counting.queries == before
    details(every[1:2])
    assert counting.queries == before + _queries_of_one_listing(store)


def test_any_iris_give_what_the_named_query_gives(store):
    some = [a.iri for a in agreements.agreements(store)][:1] + ["https://w3id.org/unikg/id/org/nowhere"]
    details = KeptFacts(agreements.listed, store)
    assert details(some) == agreements.listed(store, some)
    assert details(some) == agreements.listed(store, some)  # kept, including what was not found
    assert details([]) == []


def test_a_partner_page_asked_again_sends_no_query(store):
    projection = Projection.from_store(store)
    xjtu = "https://w3id.org/unikg/id/org/xjtu"
    counting = CountingStore(store)
    details = KeptFacts(agreements.listed, counting)
    first = partner_links_page(counting, projection, xjtu, offset=0, limit=5, details=details)
    sent = counting.queries
    assert first[1] and sent == _queries_of_one_listing(store)
    assert partner_links_page(counting, projection, xjtu, offset=0, limit=5, details=details) == first
    assert counting.queries == sent
    assert first == partner_links_page(store, projection, xjtu, offset=0, limit=5)
