"""Fixtures of the view tests: the small hand-made network (hostile names included) and the seed graph."""

import pytest

from unikg.graph.analysis.networks import Networks

from ..graph.analysis.small_fixture import small_store


@pytest.fixture(scope="session")
def small_networks(tmp_path_factory) -> Networks:
    return Networks.from_store(small_store(tmp_path_factory.mktemp("small-viz")))


@pytest.fixture(scope="session")
def seed_networks(store, settings) -> Networks:
    return Networks.from_store(store, settings)
