"""A view made the server's way (networks read without the agreements' quotes, the network's
shape from the projection, the part drawn read with its quotes) is the view the networks read
whole give: every node, edge, tooltip, size, position, legend, note and count. On the seed
graph and on a synthetic one (``unikg synth``), capped and laid out in Python too."""

from __future__ import annotations

import pytest

from unikg.graph.analysis.network_data import LAYERS
from unikg.graph.analysis.networks import Networks
from unikg.graph.projection import Projection, partnership_graph
from unikg.viz.views import ViewOptions, alliance_view, ego_view, network_view

from ..graph.conftest import synthetic  # noqa: F401 (the fixture)

OPTIONS = [
    ViewOptions(),
    ViewOptions(size_by="pagerank", color_by="country", max_nodes=8, physics_max_nodes=5),
    ViewOptions(units="separate", size_by="betweenness", max_nodes=30, physics_max_nodes=10),
    ViewOptions(layers=LAYERS, size_by="weighted-degree", max_nodes=20, physics_max_nodes=8),
]


@pytest.fixture(scope="module", params=["seed", "synthetic"])
def both(request, store, settings):
    """(networks read whole, networks read without the agreements' quotes, projection)."""
    chosen = store if request.param == "seed" else request.getfixturevalue("synthetic")
    return (Networks.from_store(chosen, settings), Networks.from_store(chosen, settings, evidence=False),
            Projection.from_store(chosen))


def _shape(projection: Projection, options: ViewOptions):
    """What the server hands a view: the projection's graph for the agreements network;
    otherwise nothing (the view builds the shape from the networks it is given)."""
    return partnership_graph(projection, units=options.units) if options.layers == ("agreements",) else None


@pytest.mark.parametrize("options", OPTIONS, ids=["default", "capped", "separate", "layers"])
def test_ego_views_made_from_parts_are_the_full_views(both, options):
    full, light, projection = both
    graph = full.network(layers=options.layers, units=options.units)
    ranked = sorted(graph, key=lambda n: (-graph.degree(n), n))
    lonely = next(o for o in sorted(full.data.organizations) if o not in graph)
    units = [o.id for o in full.data.organizations.values() if o.parent and o.top in graph][:2]
    views = []
    for org in [*ranked[:3], ranked[len(ranked) // 2], lonely, *units]:
        for depth in (1, 2):
            expected = ego_view(full, org, depth=depth, options=options)
            assert ego_view(light, org, depth=depth, options=options, whole=_shape(projection, options)) == expected
            views.append(expected)
    hub = ego_view(full, ranked[0], depth=2, options=options)
    assert hub.edges and any(a["quote"] for e in hub.edges for a in e["info"].get("agreements", []))
    if options.max_nodes < graph.number_of_nodes():  # the cap and the Python layout were exercised
        assert any(len(v.nodes) < v.total_nodes for v in views) and any(not v.physics for v in views)


@pytest.mark.parametrize("options", OPTIONS, ids=["default", "capped", "separate", "layers"])
def test_network_and_alliance_views_made_from_parts_are_the_full_views(both, options):
    full, light, projection = both
    assert network_view(light, options, whole=_shape(projection, options)) == network_view(full, options)
    alliances = sorted({m.alliance for m in full.data.memberships})
    assert alliances
    agreements_only = ViewOptions(**{**options.__dict__, "layers": ("agreements",)})
    for alliance in alliances:
        expected = alliance_view(full, alliance, options=options)
        assert alliance_view(light, alliance, options=options, whole=_shape(projection, agreements_only)) == expected
