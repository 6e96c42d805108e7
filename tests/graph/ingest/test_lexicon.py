"""The extractor's slugs are the ontology's: every kind, role and area it can write exists."""

from __future__ import annotations

from unikg.graph.dataset.vocabulary import Vocabulary, load_ontology
from unikg.graph.ingest import lexicon
from unikg.graph.ingest.draft import PLACEHOLDER_KIND


def test_every_slug_the_extractor_writes_is_defined_by_the_ontology():
    vocabulary = Vocabulary(load_ontology())
    for kind in set(lexicon.AGREEMENT_KINDS.values()):
        vocabulary.agreement_class(kind, "lexicon")
    for kind in {*lexicon.INSTITUTION_HEADS.values(), PLACEHOLDER_KIND}:
        vocabulary.organization_class(kind, "lexicon")
    for role in {r for r in lexicon.ROLE_TITLES.values() if r}:
        vocabulary.role(role, "lexicon")
    for area in set(lexicon.AREA_PHRASES.values()):
        vocabulary.area(area, "lexicon")
