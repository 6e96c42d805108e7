"""Where synthetic institutions are: real ISO 3166-1 countries, weighted, with real city names.

The weights roughly follow how often each country's institutions appear in the kind of news
the graph is built from (China and Central Asia often, because the seed articles do). Every
other ISO 3166-1 country is in the long tail, with a small weight and no city. Country
resources get their labels from pycountry, like the registry's; ``name`` here is only the
short form used inside institution names ("Russia", not "Russian Federation").

>>> code, name, weight, cities = COUNTRIES[0]
>>> code, name, cities[:3]
('CN', 'China', ("Xi'an", 'Beijing', 'Shanghai'))
>>> tail_countries()[:3]
['AD', 'AF', 'AG']
"""

from __future__ import annotations

from functools import cache

import pycountry

# (ISO 3166-1 alpha-2, short name used in institution names, weight, cities)
COUNTRIES: tuple[tuple[str, str, float, tuple[str, ...]], ...] = (
    ("CN", "China", 16, ("Xi'an", "Beijing", "Shanghai", "Wuhan", "Nanjing", "Chengdu",
                         "Guangzhou", "Hangzhou", "Harbin", "Tianjin", "Lanzhou", "Urumqi",
                         "Shenzhen", "Changsha", "Jinan", "Dalian", "Chongqing", "Kunming")),
    ("US", "United States", 10, ("Boston", "Chicago", "Houston", "Atlanta", "Seattle", "Denver",
                                 "Pittsburgh", "Austin", "Madison", "Ann Arbor", "San Diego")),
    ("RU", "Russia", 7, ("Moscow", "Saint Petersburg", "Novosibirsk", "Kazan", "Tomsk",
                         "Yekaterinburg", "Samara", "Omsk", "Vladivostok")),
    ("KZ", "Kazakhstan", 4, ("Almaty", "Astana", "Shymkent", "Karaganda", "Aktobe", "Pavlodar",
                             "Semey")),
    ("IN", "India", 6, ("Delhi", "Mumbai", "Bangalore", "Chennai", "Kolkata", "Hyderabad", "Pune",
                        "Kanpur")),
    ("GB", "United Kingdom", 4, ("London", "Manchester", "Liverpool", "Edinburgh", "Glasgow",
                                 "Bristol", "Leeds", "Cardiff")),
    ("DE", "Germany", 4, ("Berlin", "Munich", "Hamburg", "Heidelberg", "Aachen", "Dresden",
                          "Leipzig", "Freiburg")),
    ("JP", "Japan", 4, ("Tokyo", "Osaka", "Kyoto", "Nagoya", "Sendai", "Fukuoka", "Sapporo")),
    ("FR", "France", 3, ("Paris", "Lyon", "Toulouse", "Grenoble", "Lille", "Marseille", "Bordeaux")),
    ("KR", "Korea", 3, ("Seoul", "Busan", "Daejeon", "Incheon", "Daegu", "Gwangju")),
    ("IT", "Italy", 3, ("Milan", "Rome", "Turin", "Bologna", "Naples", "Padua", "Florence")),
    ("TR", "Turkey", 3, ("Istanbul", "Ankara", "Izmir", "Bursa", "Konya")),
    ("IR", "Iran", 3, ("Tehran", "Isfahan", "Shiraz", "Tabriz", "Mashhad")),
    ("PK", "Pakistan", 3, ("Lahore", "Karachi", "Islamabad", "Peshawar", "Faisalabad")),
    ("BR", "Brazil", 3, ("São Paulo", "Rio de Janeiro", "Campinas", "Porto Alegre",
                         "Belo Horizonte", "Recife")),
    ("ID", "Indonesia", 3, ("Jakarta", "Bandung", "Yogyakarta", "Surabaya", "Medan")),
    ("UZ", "Uzbekistan", 2, ("Tashkent", "Samarkand", "Bukhara", "Namangan", "Andijan")),
    ("KG", "Kyrgyzstan", 1.5, ("Bishkek", "Osh", "Karakol")),
    ("TJ", "Tajikistan", 1, ("Dushanbe", "Khujand")),
    ("ES", "Spain", 2, ("Madrid", "Barcelona", "Valencia", "Seville", "Salamanca", "Granada")),
    ("PL", "Poland", 2, ("Warsaw", "Kraków", "Wrocław", "Poznań", "Gdańsk", "Łódź")),
    ("TH", "Thailand", 2, ("Bangkok", "Chiang Mai", "Khon Kaen", "Songkhla")),
    ("VN", "Vietnam", 2, ("Hanoi", "Ho Chi Minh City", "Da Nang", "Hue")),
    ("MY", "Malaysia", 2, ("Kuala Lumpur", "Penang", "Johor Bahru", "Kuching")),
    ("EG", "Egypt", 2, ("Cairo", "Alexandria", "Mansoura", "Assiut")),
    ("DZ", "Algeria", 2, ("Algiers", "Oran", "Constantine", "Annaba", "Sétif")),
    ("NG", "Nigeria", 2, ("Lagos", "Ibadan", "Abuja", "Kano", "Enugu")),
    ("MX", "Mexico", 2, ("Mexico City", "Guadalajara", "Monterrey", "Puebla")),
    ("AU", "Australia", 2, ("Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide", "Canberra")),
    ("CA", "Canada", 2, ("Toronto", "Montreal", "Vancouver", "Ottawa", "Calgary")),
    ("UA", "Ukraine", 2, ("Kyiv", "Kharkiv", "Lviv", "Odesa", "Dnipro")),
    ("BY", "Belarus", 1, ("Minsk", "Gomel", "Grodno", "Vitebsk")),
    ("AZ", "Azerbaijan", 1, ("Baku", "Ganja")),
    ("GE", "Georgia", 1, ("Tbilisi", "Batumi", "Kutaisi")),
    ("AM", "Armenia", 1, ("Yerevan", "Gyumri")),
    ("MN", "Mongolia", 1, ("Ulaanbaatar", "Darkhan")),
    ("MA", "Morocco", 1, ("Rabat", "Casablanca", "Fez", "Marrakesh")),
    ("ZA", "South Africa", 1, ("Johannesburg", "Cape Town", "Pretoria", "Durban")),
    ("AR", "Argentina", 1, ("Buenos Aires", "Córdoba", "Rosario", "La Plata")),
    ("SA", "Saudi Arabia", 1, ("Riyadh", "Jeddah", "Dhahran")),
    ("AE", "United Arab Emirates", 1, ("Abu Dhabi", "Dubai", "Sharjah")),
    ("HK", "Hong Kong", 1, ("Hong Kong",)),
    ("SG", "Singapore", 1, ("Singapore",)),
    ("FI", "Finland", 1, ("Helsinki", "Espoo", "Tampere", "Turku", "Oulu")),
    ("SE", "Sweden", 1, ("Stockholm", "Uppsala", "Lund", "Gothenburg")),
    ("NL", "Netherlands", 1, ("Amsterdam", "Delft", "Leiden", "Utrecht", "Groningen")),
    ("CZ", "Czechia", 1, ("Prague", "Brno", "Olomouc")),
    ("HU", "Hungary", 1, ("Budapest", "Debrecen", "Szeged")),
)

TAIL_WEIGHT = 0.04  # each other ISO 3166-1 country

# Members of the SCO-like intergovernmental alliance (the ones present in every world).
INTERGOVERNMENTAL_MEMBERS = ("CN", "RU", "KZ", "KG", "TJ", "UZ", "IN", "PK", "IR", "BY")

# What the head of a university is called, by country (default: president).
RECTOR_COUNTRIES = frozenset(
    "RU KG TJ UZ BY UA AZ GE AM DE PL IT ES FR CZ HU FI SE NL BR MX AR DZ MA TR".split()
)
CHAIRMAN_RECTOR_COUNTRIES = frozenset({"KZ"})
CHANCELLOR_COUNTRIES = frozenset({"GB", "AU", "ZA", "NG", "MY"})

# Regions of given and family names for synthetic people, by country.
NAME_REGIONS = {
    "east-asia": "CN HK SG".split(),
    "korea": ["KR"],
    "japan": ["JP"],
    "slavic": "RU BY UA PL CZ".split(),
    "central-asia": "KZ KG TJ UZ MN AZ".split(),
    "south-asia": "IN PK".split(),
    "arabic": "EG DZ MA SA AE".split(),
    "persian": ["IR"],
    "southeast-asia": "TH VN ID MY".split(),
    "iberian": "ES MX AR BR".split(),
}


@cache
def tail_countries() -> list[str]:
    """Every ISO 3166-1 code not in ``COUNTRIES``, sorted."""
    known = {code for code, *_ in COUNTRIES}
    return sorted(c.alpha_2 for c in pycountry.countries if c.alpha_2 not in known)


def country_label(code: str) -> tuple[str, str | None]:
    """The (label, official name) of a country, as the registry states them (from pycountry).

    >>> country_label("KZ")
    ('Kazakhstan', 'Republic of Kazakhstan')
    """
    found = pycountry.countries.get(alpha_2=code)
    name = getattr(found, "common_name", None) or found.name
    official = getattr(found, "official_name", None)
    return name, (official if official != name else None)


def short_name(code: str) -> str:
    """The country's name as used inside an institution name.

    >>> short_name("RU"), short_name("BO")
    ('Russia', 'Bolivia')
    """
    for known, name, _, _ in COUNTRIES:
        if known == code:
            return name
    return country_label(code)[0].split(",")[0].strip()


def name_region(code: str) -> str:
    for region, codes in NAME_REGIONS.items():
        if code in codes:
            return region
    return "western"
