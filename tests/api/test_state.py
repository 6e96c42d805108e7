"""What the server derives from the store: warming it keeps the lists the list routes page through."""

from unikg.api.state import Derived
from unikg.graph.questions import agreements, documents, institutions, people

from ..graph.projection.test_details import CountingStore


def test_warming_keeps_every_list_the_list_routes_page_through(store, settings):
    counting = CountingStore(store)
    derived = Derived.build(counting, settings).warm()
    sent = counting.queries
    for question in (agreements.matching, institutions.matching, documents.matching, people.matching):
        assert derived.lists(question) == question(store), question.__module__
    assert counting.queries == sent, "every list was kept by warm()"
