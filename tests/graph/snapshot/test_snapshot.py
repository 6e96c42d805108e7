"""A snapshot answers as the named queries answer, and sends each query once per store version:
lists, the facts of the items pages show, pages asked again (``graph/snapshot``)."""

from __future__ import annotations

from unikg.graph.projection import Projection
from unikg.graph.projection.answers import partner_links_page
from unikg.graph.questions import agreements, documents, institutions, partners, people
from unikg.graph.snapshot import Snapshot

MOU = "https://w3id.org/unikg/ontology#MemorandumOfUnderstanding"
XJTU = "https://w3id.org/unikg/id/org/xjtu"


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


def test_a_list_is_the_question_s_answer_and_costs_no_query_the_second_time(store, settings):
    counting = CountingStore(store)
    snapshot = Snapshot(counting, settings)
    every = snapshot.agreements(offset=0, limit=1000)[1]
    assert every == agreements.listed(store, [m.iri for m in agreements.matching(store)]) and len(every) > 3
    mous = snapshot.agreements(kind=MOU, offset=0, limit=1000)[1]
    assert [m.iri for m in mous] == [m.iri for m in agreements.matching(store, kind=MOU)] and 0 < len(mous) < len(every)
    sent = counting.queries
    # asked again, or with the filters' defaults given: the same lists, no query
    assert snapshot.agreements(offset=0, limit=1000)[1] == every
    assert snapshot.agreements(kind=MOU, groups=True, party=None, offset=0, limit=1000)[1] == mous
    assert counting.queries == sent


def test_the_facts_of_a_page_are_fetched_once_and_only_those_missing(store, settings):
    every = [a.iri for a in agreements.agreements(store)]
    one = _queries_of_one_listing(store)
    counting = CountingStore(store)
    snapshot = Snapshot(counting, settings)
    sent = counting.queries
    first = snapshot._facts(agreements.listed, every[:3])
    assert first == agreements.listed(store, every[:3]) and counting.queries == sent + one
    assert snapshot._facts(agreements.listed, list(reversed(every[:3]))) == first  # another order: no query
    assert counting.queries == sent + one
    assert snapshot._facts(agreements.listed, every) == agreements.listed(store, every)  # only the missing
    assert counting.queries == sent + 2 * one
    nowhere = ["https://w3id.org/unikg/id/org/nowhere"]
    assert snapshot._facts(agreements.listed, every[:1] + nowhere) == agreements.listed(store, every[:1] + nowhere)


def test_a_partner_page_asked_again_sends_no_query(store, settings):
    counting = CountingStore(store)
    snapshot = Snapshot(counting, settings)
    first = snapshot.partners(XJTU, via="agreement", offset=0, limit=5)
    sent = counting.queries
    assert first[1] and snapshot.partners(XJTU, via="agreement", offset=0, limit=5) == first
    assert counting.queries == sent
    assert first == partner_links_page(store, Projection.from_store(store), XJTU, offset=0, limit=5)
    for via in ("alliance", "event"):
        found = partners.partner_links(store, XJTU, via=via)
        assert snapshot.partners(XJTU, via=via, offset=0, limit=1000) == (len(found), found)


def test_warming_makes_every_list_the_list_routes_page_through(store, settings):
    counting = CountingStore(store)
    snapshot = Snapshot(counting, settings).warm()
    sent = counting.queries
    assert snapshot.institutions(offset=0, limit=0)[0] == len(institutions.matching(store))
    assert snapshot.documents(offset=0, limit=0)[0] == len(documents.matching(store))
    assert snapshot.people(offset=0, limit=0)[0] == len(people.matching(store))
    assert snapshot.agreements(offset=0, limit=0)[0] == len(agreements.matching(store))
    snapshot.shared_partners(XJTU, offset=0, limit=20)
    snapshot.analysis()
    assert counting.queries == sent, "the lists, the projection and the measures were made by warm()"
