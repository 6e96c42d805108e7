"""The API's questions are named SPARQL queries only, so both embedded engines (Oxigraph and
rdflib's own) give the same answers. (A sample: rdflib takes 0.1–0.4 s to parse each query.)"""

from dataclasses import replace

import pytest

from unikg.graph.questions import agreements, alliances, documents, institutions, partners, people
from unikg.graph.store import open_store

ID = "https://w3id.org/unikg/id/"

QUESTIONS = {
    "institution": lambda s: institutions.institution(s, ID + "org/xjtu"),
    "agreements": lambda s: agreements.agreements(s, signed=agreements.date_range(start="2015", end="2024")),
    "partners by alliance": lambda s: partners.partner_links(s, ID + "org/kaznu", via="alliance"),
    "partners by event": lambda s: partners.partner_links(s, ID + "org/kaznu", via="event"),
    "common partners": lambda s: partners.common_partners(s, [ID + "org/xjtu", ID + "org/cup"]),
    "members": lambda s: alliances.alliance_members(s, ID + "org/uansr"),
    "document": lambda s: documents.document(s, ID + "doc/kaznu-china-partnerships-2023"),
}


@pytest.fixture(scope="module")
def stores(settings):
    return open_store(replace(settings, store="memory")), open_store(replace(settings, store="rdflib"))


@pytest.mark.parametrize("question", sorted(QUESTIONS))
def test_oxigraph_and_rdflib_give_the_same_answer(stores, question):
    oxigraph, rdflib = stores
    answer = QUESTIONS[question](oxigraph)
    assert answer
    assert answer == QUESTIONS[question](rdflib)
