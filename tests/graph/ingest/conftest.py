"""Fixtures of the extractor's tests: pipelines over an empty and over the real registry."""

from __future__ import annotations

import pytest

from unikg.graph.ingest.extract import extract
from unikg.graph.ingest.pipeline import build_pipeline
from unikg.graph.ingest.text import Article
from unikg.graph.registry import Registry, load_registry
from unikg.graph.settings import PROJECT_ROOT

EMPTY = Registry(organizations={}, people={}, countries={}, cities={})


@pytest.fixture(scope="session")
def seed_registry() -> Registry:
    return load_registry(PROJECT_ROOT / "data")


@pytest.fixture(scope="session")
def empty_nlp():
    """A pipeline that knows no names: everything it finds comes from the patterns."""
    return build_pipeline(EMPTY)


@pytest.fixture(scope="session")
def seed_nlp(seed_registry):
    return build_pipeline(seed_registry)


@pytest.fixture(scope="session")
def run_empty(empty_nlp):
    """Extract from a text with no registry."""

    def run(text: str, published: str | None = None):
        return extract(Article(text=text, name="t.txt", published=published), registry=EMPTY, document_id="t", pipeline=empty_nlp)

    return run


@pytest.fixture(scope="session")
def run_seed(seed_nlp, seed_registry):
    """Extract from a text with the seed registry."""

    def run(text: str, published: str | None = None):
        return extract(Article(text=text, name="t.txt", published=published), registry=seed_registry, document_id="t", pipeline=seed_nlp)

    return run


def names(extraction, kind: str | None = None) -> list[str]:
    """The texts of the mentions found, in order."""
    return [i.mention.text for i in extraction.linked if kind is None or i.mention.kind == kind]


def found_mentions(nlp, text: str):
    """The pipeline's mentions (before linking; an article may name no one)."""
    from unikg.graph.ingest.pipeline import analyse, mentions

    return mentions(analyse(nlp, text))
