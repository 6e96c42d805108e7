"""An ego view of a hub with more than 500 partners: laid out in Python (rings around the
hub, no physics), stating its node cap, drawn whole by Chromium without console errors.
(How fast it draws is measured in bench/views.py, not here.)"""

import math

import pytest

from unikg.graph.analysis.network_data import NetworkAgreement, NetworkData, Organization
from unikg.graph.analysis.networks import Networks
from unikg.viz import page as pages
from unikg.viz.views import ViewOptions, ego_view

from .browsing import drawn, files_only, open_view, screenshot

PARTNERS = 510


def _hub_networks() -> Networks:
    """``hub`` signed with p0…p509; each partner also signed with the next one (a chain) and
    with an organisation of its own (o0…o509), reached at depth 2."""
    ids = ["hub", *(f"p{i}" for i in range(PARTNERS)), *(f"o{i}" for i in range(PARTNERS))]
    orgs = {i: Organization(id=i, name=f"Organisation {i}", short=i.upper(), kinds=("university",), country="KZ",
                            country_name="Kazakhstan", parent=None, top=i) for i in ids}
    pairs = [("hub", f"p{i}") for i in range(PARTNERS)]
    pairs += [(f"p{i}", f"p{i + 1}") for i in range(PARTNERS - 1)]
    pairs += [(f"o{i}", f"p{i}") for i in range(PARTNERS)]
    agreements = [NetworkAgreement(id=f"g{n}", label=f"Agreement {n}", kinds=(), signed_on=None, parties=pair,
                            source="doc", source_label="Doc") for n, pair in enumerate(pairs)]
    return Networks(data=NetworkData(organizations=orgs, agreements=agreements))


@pytest.fixture(scope="module")
def hub() -> Networks:
    return _hub_networks()


def test_the_hub_sits_in_the_middle_with_its_partners_on_rings_around_it(hub):
    view = ego_view(hub, "hub", options=ViewOptions(max_nodes=1000, physics_max_nodes=300))
    assert not view.physics and len(view.nodes) == PARTNERS + 1
    spots = {n["id"]: (n["x"], n["y"]) for n in view.nodes}
    assert spots["hub"] == (0.0, 0.0)
    radii = sorted(math.hypot(*spots[f"p{i}"]) for i in range(PARTNERS))
    assert radii[0] > 0 and len(set(spots.values())) == len(spots)  # nobody on the hub or on another
    deeper = ego_view(hub, "hub", depth=2, options=ViewOptions(max_nodes=1000, physics_max_nodes=300))
    far = {n["id"]: math.hypot(n["x"], n["y"]) for n in deeper.nodes}
    outer = [d for node, d in far.items() if node.startswith("o")]
    assert outer and min(outer) > max(d for node, d in far.items() if node.startswith("p"))


def test_a_500_partner_ego_page_states_its_cap_and_draws_every_node(browser, hub, tmp_path):
    view = ego_view(hub, "hub", depth=2, options=ViewOptions(max_nodes=800, physics_max_nodes=300))
    assert len(view.nodes) == 800 and view.total_nodes == 2 * PARTNERS + 1
    target = tmp_path / "hub.html"
    target.write_text(pages.render(view, inline=True), encoding="utf-8")
    visit = open_view(browser, target.as_uri(), allow=files_only)
    try:
        page = visit.page
        assert page.inner_text("#cap") == (f"Node cap: at most 800 organisations are drawn (UNIKG_VIZ_MAX_NODES); "
                                           f"800 of {2 * PARTNERS + 1} are shown.")
        assert drawn(page) == [len(view.nodes), len(view.edges)]
        assert page.evaluate("network.physics.physicsEnabled") is False
        assert page.evaluate("network.getPosition('hub')") == {"x": 0, "y": 0}
        screenshot(page, "viz-big-ego")
        assert visit.errors == [] and visit.refused == []
    finally:
        visit.page.context.close()
