"""Text as ASCII: the one table of letters NFKD leaves whole, used by the linker, the places
table and synthetic slugs alike."""

from __future__ import annotations

from unikg.graph.ascii import to_ascii
from unikg.graph.places import fold
from unikg.graph.reference_linking import words_of
from unikg.graph.synth.names import slugify


def test_letters_without_an_accent_to_drop_are_spelt_out_and_accents_dropped():
    assert to_ascii("Øresund Æbeltoft Œuvre Łódź Đakovo Straße Işık Þórður Għajnsielem") == (
        "Oresund AEbeltoft OEuvre Lodz Dakovo Strasse Isik THordur Ghajnsielem"
    )
    assert to_ascii("École Fédérale") == "Ecole Federale"
    assert to_ascii("Xi'an Jiaotong") == "Xi'an Jiaotong"  # ASCII unchanged


def test_other_scripts_are_left_for_the_caller_to_refuse():
    assert to_ascii("Москва") == "Москва"
    assert fold("Москва") == ()
    assert slugify("Москва") == "x"


def test_the_linker_the_places_table_and_slugs_fold_alike():
    for name, folded in (("København", "kobenhavn"), ("Łódź", "lodz"), ("Tromsø", "tromso"), ("Gießen", "giessen")):
        assert words_of(name) == (folded,) == fold(name)
        assert slugify(name) == folded
