"""What the views show: nodes, edges by relation, tooltips' data, caps and layouts."""

import pytest

from unikg.graph.errors import NotFound, UserError
from unikg.viz.views import ViewOptions, alliance_view, ego_view, network_view


def _ids(view):
    return sorted(n["id"] for n in view.nodes)


def test_the_whole_network_draws_every_organisation_and_one_edge_per_relation(small_networks):
    view = network_view(small_networks, ViewOptions(layers=("agreements", "alliances", "events")))
    assert _ids(view) == ["a", "b", "c", "d", "e", "f"]
    relations = {e["id"]: e["relation"] for e in view.edges}
    assert relations["c|e|alliances"] == "alliances" and relations["e|f|events"] == "events"
    styles = {e["relation"]: e["dashes"] for e in view.edges}
    assert styles == {"agreements": False, "alliances": [10, 6], "events": [2, 5]}
    assert view.relations == ["agreements", "alliances", "events"]


def test_edge_tooltips_carry_kinds_dates_evidence_and_article(small_networks):
    view = network_view(small_networks, ViewOptions(links="iri"))
    edge = next(e for e in view.edges if e["id"] == "a|b|agreements")
    mou = next(a for a in edge["info"]["agreements"] if a["label"] == "Memorandum between Alpha and Beta")
    assert mou == {"label": "Memorandum between Alpha and Beta", "kinds": ["memorandum of understanding"],
                   "date": "2020-01-02", "parties": ["a", "b"], "quote": "Alpha and Beta signed a memorandum today.",
                   "source": "A small test article", "href": "https://w3id.org/unikg/id/doc/small"}
    assert edge["width"] > next(e for e in view.edges if e["id"] == "a|e|agreements")["width"]


def test_node_tooltips_carry_name_country_kind_units_and_agreements(small_networks):
    view = network_view(small_networks)
    alpha = next(n for n in view.nodes if n["id"] == "a")
    assert alpha["label"] == "AU" and alpha["country"] == "KZ" and alpha["kind"] == "university"
    info = alpha["info"]
    assert (info["name"], info["country"], info["units"]) == ("Alpha University", "Kazakhstan", ["Alpha Medical School"])
    assert [a["label"] for a in info["agreements"]] == [
        "Cooperation of Alpha Medical School and Epsilon", "Memorandum between Alpha and Beta", "Twinning of Alpha and Beta"]


def test_a_node_tooltip_carries_the_ror_id_and_wikidata_item_of_a_linked_institution(seed_networks):
    nodes = {n["id"]: n["info"] for n in network_view(seed_networks).nodes}
    assert (nodes["xjtu"]["ror"], nodes["xjtu"]["wikidata"]) == ("017zhmm22", "Q981237")
    assert [n for n, info in nodes.items() if not info["ror"] and not info["wikidata"]]  # and none for the others


def test_size_follows_the_chosen_measure(small_networks):
    view = network_view(small_networks, ViewOptions(size_by="betweenness"))
    size = {n["id"]: n["size"] for n in view.nodes}
    assert size["b"] > size["a"] > size["c"] == size["d"] == size["e"]


def test_colour_by_country_has_a_legend_entry_per_country(small_networks):
    view = network_view(small_networks, ViewOptions(color_by="country"))
    assert [e.label for e in view.legend] == ["China", "Italy", "Kazakhstan", "South Korea"]
    colour = {e.key: e.color for e in view.legend}
    assert next(n for n in view.nodes if n["id"] == "b")["color"]["background"] == colour["CN"]


def test_ego_views_grow_with_depth(small_networks):
    assert _ids(ego_view(small_networks, "e", depth=1)) == ["a", "e"]
    assert _ids(ego_view(small_networks, "e", depth=2)) == ["a", "b", "e"]
    view = ego_view(small_networks, "e")
    assert view.focus == "e" and next(n for n in view.nodes if n["id"] == "e")["borderWidth"] == 4


def test_a_units_ego_view_is_its_organisations_and_says_so(small_networks):
    view = ego_view(small_networks, "a1")
    assert view.focus == "a" and _ids(view) == ["a", "b", "e"]
    assert view.notes == ["Alpha Medical School is a unit of Alpha University and counts as it "
                          "(units roll up; ask for separate units to keep it apart)"]


def test_an_organisation_without_links_is_drawn_alone_with_a_note(small_networks):
    view = ego_view(small_networks, "f")
    assert _ids(view) == ["f"] and view.edges == []
    assert view.notes == ["Zeta University has no link in the agreement network."]


def test_an_alliance_view_has_membership_edges(small_networks):
    view = alliance_view(small_networks, "x")
    assert _ids(view) == ["c", "e", "x"]
    assert sorted(e["id"] for e in view.edges) == ["c|x|membership", "e|x|membership"]
    assert next(n for n in view.nodes if n["id"] == "x")["shape"] == "diamond"


def test_something_that_is_not_an_alliance_is_a_not_found_with_the_alliances(small_networks):
    with pytest.raises(NotFound, match=r"Alpha University \(a\) is not an alliance; the alliances are x") as error:
        alliance_view(small_networks, "a")
    assert error.value.suggestions == ["x"]


def test_a_depth_other_than_1_or_2_is_refused(small_networks):
    with pytest.raises(UserError, match="depth must be 1 or 2"):
        ego_view(small_networks, "a", depth=3)


def test_above_the_cap_the_most_central_stay_and_the_page_says_what_was_left_out(seed_networks):
    full = network_view(seed_networks)
    capped = network_view(seed_networks, ViewOptions(max_nodes=3, size_by="degree"))
    # degree: xjtu 6, kaznu 4, then lg-electronics and pnu 2 each: ties go to the first id
    assert _ids(capped) == ["kaznu", "lg-electronics", "xjtu"]
    left_nodes = len(full.nodes) - 3
    left_links = len(full.edges) - len(capped.edges)
    assert capped.notes[0] == (f"Showing the 3 most central of {len(full.nodes)} organisations (by degree): "
                               f"{left_nodes} organisations and {left_links} links left out.")
    assert capped.counts == {"nodes": 3, "edges": len(capped.edges), "total_nodes": len(full.nodes),
                             "total_edges": len(full.edges)}


def test_past_the_physics_limit_positions_come_from_python(seed_networks):
    live = network_view(seed_networks)
    assert live.physics and all("x" not in n for n in live.nodes)
    fixed = network_view(seed_networks, ViewOptions(physics_max_nodes=5))
    assert not fixed.physics and all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in fixed.nodes)
    assert "laid out in Python" in fixed.notes[-1]
