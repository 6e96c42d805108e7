"""Static pictures: real PNGs of the right size, the same bytes for the same view."""

import io

import matplotlib.image

from unikg.viz import png
from unikg.viz.views import ViewOptions, alliance_view, ego_view, network_view


def _pixels(data: bytes):
    return matplotlib.image.imread(io.BytesIO(data), format="png")


def test_a_view_becomes_a_1000_by_700_png(small_networks):
    data = png.render(network_view(small_networks))
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert _pixels(data).shape[:2] == (700, 1000)


def test_the_same_view_gives_the_same_picture(seed_networks):
    view = network_view(seed_networks, ViewOptions(layers=("agreements", "alliances", "events")))
    assert png.render(view) == png.render(view)


def test_ego_and_alliance_pictures_differ_from_the_whole(seed_networks):
    whole = png.render(network_view(seed_networks))
    ego = png.render(ego_view(seed_networks, "xjtu"))
    alliance = png.render(alliance_view(seed_networks, "uansr"))
    assert len({whole, ego, alliance}) == 3
    # not blank: many distinct colours are drawn
    assert len({tuple(p) for row in _pixels(alliance)[::7, ::7] for p in row}) > 20
