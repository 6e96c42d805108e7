"""An organisation's profile (``graph/questions/institutions.py``) on a synthetic graph,
where hubs have more agreements than a profile shows."""

from __future__ import annotations

from unikg.graph.questions import agreements
from unikg.graph.questions.institutions import AGREEMENTS_SHOWN, institution

BUSIEST = """SELECT ?org (COUNT(DISTINCT ?agreement) AS ?n)
WHERE { ?agreement <https://w3id.org/unikg/ontology#party> ?org }
GROUP BY ?org ORDER BY DESC(?n) ?org LIMIT 1"""


def test_a_profile_shows_the_first_agreements_by_name_and_counts_every_one(synthetic):
    (row,) = synthetic.query(BUSIEST).rows
    hub = str(row["org"])
    every = agreements.matching(synthetic, party=hub)  # its units' agreements too
    assert len(every) > AGREEMENTS_SHOWN  # else this tests nothing
    profile = institution(synthetic, hub)
    assert profile.agreements_total == len(every)
    assert [a.iri for a in profile.agreements] == [m.iri for m in every[:AGREEMENTS_SHOWN]]
    assert profile.agreements == agreements.listed(synthetic, [m.iri for m in every[:AGREEMENTS_SHOWN]])
