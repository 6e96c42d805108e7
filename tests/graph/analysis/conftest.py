"""Fixtures of the analysis tests: the small hand-made dataset, in both query engines."""

import pytest

from unikg.graph.analysis.networks import Networks

from .small_fixture import ENGINES, small_store


@pytest.fixture(scope="module", params=ENGINES)
def small(request, tmp_path_factory) -> Networks:
    """The small dataset's networks, from the named queries run on one engine's store."""
    return Networks.from_store(small_store(tmp_path_factory.mktemp("small"), engine=request.param))
