"""Adjectives of nationality ("the Danish university", "the Thai side") and the organisations
of the country they name.

An adjective names the country whose English name it shares the longest beginning with, four
letters at least ("Chilean" Chile, "Thai" Thailand, "Austrian" Austria, not Australia); a few
are irregular ("Dutch", "Danish", "Swiss", "French", "British", ...). An organisation is of a
country when the linker gave it one, when its name holds the country's name ("Pontificia
Universidad Católica de Chile") or the name of one of its cities ("Aarhus University").

>>> country_of_adjective("Chilean"), country_of_adjective("Danish"), country_of_adjective("Austrian")
('CL', 'DK', 'AT')
>>> country_of_adjective("Nigerian"), country_of_adjective("Thai"), country_of_adjective("Spanish")
('NG', 'TH', 'ES')
>>> country_of_adjective("Regional"), country_of_adjective("Islamic"), country_of_adjective("university")
(None, None, None)
"""

from __future__ import annotations

import functools

import pycountry

from ..places import fold as place_words, load_places

# Adjectives that share fewer than four letters with their country's name, or share as many
# or more with another's ("Greek": Greece and Greenland).
_IRREGULAR = {
    "dutch": "NL", "danish": "DK", "swiss": "CH", "french": "FR", "british": "GB", "english": "GB",
    "scottish": "GB", "welsh": "GB", "irish": "IE", "filipino": "PH", "philippine": "PH", "emirati": "AE",
    "american": "US", "korean": "KR", "south korean": "KR", "czech": "CZ", "slovak": "SK", "turkish": "TR",
    "vietnamese": "VN", "lao": "LA", "kiwi": "NZ", "taiwanese": "TW", "iranian": "IR", "russian": "RU",
    "spanish": "ES", "finnish": "FI", "polish": "PL", "greek": "GR",
    "ivorian": "CI", "malagasy": "MG", "burkinabe": "BF", "saudi": "SA", "salvadoran": "SV", "motswana": "BW",
    "batswana": "BW", "swazi": "SZ",
}


@functools.cache
def _countries() -> dict[str, str]:
    names = {}
    for country in pycountry.countries:
        for name in (country.name, getattr(country, "common_name", None)):
            if name and "," not in name:
                names[" ".join(place_words(name))] = country.alpha_2
    return names


def country_of_adjective(word: str) -> str | None:
    """The country an adjective of nationality names, or None (a capitalised adjective only)."""
    if not word[:1].isupper() or not word.isalpha():
        return None
    key = " ".join(place_words(word))
    if key in _IRREGULAR:
        return _IRREGULAR[key]
    if not key.endswith(("an", "ian", "ese", "ish", "i", "ic", "ch")) and not any(name.startswith(key) for name in _countries()):
        return None  # "Regional", "National": no adjective of a country
    best, size, tied = None, 0, False
    for name, code in _countries().items():
        shared = next((k for k, (a, b) in enumerate(zip(name, key)) if a != b), min(len(name), len(key)))
        if shared > size:
            best, size, tied = code, shared, False
        elif shared == size and code != best:
            tied = True
    if size < 4 or tied:
        return None
    return best


def countries_of_name(name: str, country: str | None = None) -> set[str]:
    """The countries an organisation is of: ``country`` (the linker's), and those its name holds."""
    found = {country} if country else set()
    words = place_words(name)
    text = " ".join(words)
    found |= {code for key, code in _countries().items() if f" {key} " in f" {text} "}
    places = load_places()
    for _, _, city in places.found_in(words):
        found |= set(places.countries_of(city))
    return found
