"""The HTML page: our template, vendored assets, no CDN, and data that can never become markup."""

import json
import re

import pytest

from unikg.viz import page
from unikg.viz.views import network_view

EXTERNAL = re.compile(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//|url\(\s*["']?(?:https?:)?//|@import""", re.I)


@pytest.fixture(scope="module")
def inline_html(small_networks):
    return page.render(network_view(small_networks), inline=True)


def test_the_offline_page_loads_nothing_from_anywhere(inline_html):
    assert "<script src" not in inline_html and "<link" not in inline_html
    assert not EXTERNAL.findall(inline_html), EXTERNAL.findall(inline_html)[:3]
    assert "cdnjs" not in inline_html and "bootstrap" not in inline_html.lower()


def test_the_served_page_loads_only_this_servers_static_files(small_networks):
    html = page.render(network_view(small_networks), inline=False, static="/viz/static")
    assert re.findall(r'<script src="([^"]+)"', html) == ["/viz/static/vis-network.min.js", "/viz/static/view.js"]
    assert re.findall(r'<link rel="stylesheet" href="([^"]+)"', html) == [
        "/viz/static/vis-network.min.css", "/viz/static/view.css"]
    assert not EXTERNAL.findall(html)


def test_hostile_names_and_quotes_stay_data(inline_html):
    # organisation c is called 'Gamma <img src=x onerror="window.pwned=1"> Institute'; a quote holds </script>
    assert "<img src=x" not in inline_html
    assert inline_html.lower().count("<script") == inline_html.lower().count("</script>") == 4
    data = json.loads(re.search(r'<script id="view-data" type="application/json">(.*?)</script>', inline_html, re.S)[1])
    gamma = next(n for n in data["nodes"] if n["id"] == "c")
    assert gamma["info"]["name"] == 'Gamma <img src=x onerror="window.pwned=1"> Institute'
    quotes = [a["quote"] for e in data["edges"] for a in e["info"].get("agreements", [])]
    assert "Beta, Gamma and Delta agreed </script><script>window.pwned=2</script> on three things." in quotes


def test_the_legend_and_notes_are_escaped_too(small_networks):
    view = network_view(small_networks)
    view.notes.append("<b>bold</b>")
    html = page.render(view, inline=False)
    assert "&lt;b&gt;bold&lt;/b&gt;" in html and "<b>bold</b>" not in html


def test_physics_stops_after_stabilisation_or_is_off_with_fixed_positions(small_networks):
    from unikg.viz.views import ViewOptions

    live = page.options(network_view(small_networks))
    assert live["physics"]["enabled"] and live["physics"]["stabilization"]["enabled"]
    fixed = page.options(network_view(small_networks, ViewOptions(physics_max_nodes=1)))
    assert fixed["physics"] == {"enabled": False}
    script = page.asset("view.js")
    assert 'network.once("stabilizationIterationsDone"' in script
    assert "network.setOptions({ physics: { enabled: false } })" in script


def test_the_vendored_assets_are_small_and_documented():
    for name in page.ASSETS:
        assert (page.STATIC / name).stat().st_size < 2_000_000, name
    readme = (page.STATIC / "README.md").read_text(encoding="utf-8")
    assert "vis-network" in readme and "10.1.5" in readme and "MIT" in readme


def test_an_asset_that_could_close_its_element_is_refused():
    with pytest.raises(ValueError, match="cannot be inlined"):
        page.inlinable("view.js", "var a = '</SCRIPT>';")
    with pytest.raises(ValueError, match="cannot be inlined"):
        page.inlinable("view.css", "a::after { content: '</style>' }")
    assert page.inlinable("view.js", "var a = 1;") == "var a = 1;"
