"""The kept lists of /agreements and /institutions: the named queries' answers, fewer queries."""

from unikg.graph.projection.lists import KeptLists
from unikg.graph.questions import agreements, institutions

from .test_details import CountingStore

MOU = "https://w3id.org/unikg/ontology#MemorandumOfUnderstanding"


def test_a_kept_list_is_the_question_s_answer_and_costs_no_query_the_second_time(store):
    counting = CountingStore(store)
    kept = KeptLists(store=counting)
    every = kept(agreements.matching)
    assert every == agreements.matching(store) and len(every) > 3
    mous = kept(agreements.matching, kind=MOU)
    assert mous == agreements.matching(store, kind=MOU) and 0 < len(mous) < len(every)
    orgs = kept(institutions.matching)
    assert orgs == institutions.matching(store)
    sent = counting.queries
    assert kept(agreements.matching) == every and kept(agreements.matching, kind=MOU) == mous
    assert kept(institutions.matching) == orgs
    assert counting.queries == sent


def test_at_most_items_matches_are_kept_and_the_least_recent_list_goes_first(store):
    every = agreements.matching(store)
    mous = agreements.matching(store, kind=MOU)
    counting = CountingStore(store)
    kept = KeptLists(store=counting, items=len(every) + len(mous))
    kept(agreements.matching)
    kept(agreements.matching, kind=MOU)
    assert len(kept) == 2
    kept(agreements.matching, groups=False)  # over the budget: the whole list goes first
    assert len(kept) == 2
    sent = counting.queries
    kept(agreements.matching, kind=MOU)
    assert counting.queries == sent
    kept(agreements.matching)
    assert counting.queries == sent + 1
