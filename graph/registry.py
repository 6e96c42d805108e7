"""The entity registry: who and what the articles name, with every spelling they use.

Reference data, not claims of an article: names, acronyms, kinds, countries, cities.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pycountry

from . import records as r
from . import yamlfile
from .errors import UserError


@dataclass(frozen=True, kw_only=True)
class Organization:
    id: str
    name: str
    kinds: tuple[str, ...]
    acronyms: tuple[str, ...] = ()
    spellings: tuple[str, ...] = ()
    country: str | None = None
    city: str | None = None
    unit_of: str | None = None
    member_countries: tuple[str, ...] = ()
    ror: str | None = None  # a curated ROR id, or NO_LINK (a curated "no link")
    wikidata: str | None = None  # a curated Wikidata item, or NO_LINK
    note: str | None = None
    where: str = ""


NO_LINK = "none"  # `ror: none`: the curator says the reference list has no row for it


@dataclass(frozen=True, kw_only=True)
class Person:
    id: str
    name: str
    spellings: tuple[str, ...] = ()
    given_name: str | None = None
    family_name: str | None = None
    note: str | None = None
    where: str = ""


@dataclass(frozen=True, kw_only=True)
class Country:
    code: str
    name: str
    official_name: str | None = None
    spellings: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class City:
    id: str
    name: str
    country: str
    spellings: tuple[str, ...] = ()
    where: str = ""


@dataclass(frozen=True, kw_only=True)
class Registry:
    organizations: dict[str, Organization]
    people: dict[str, Person]
    countries: dict[str, Country]
    cities: dict[str, City]

    def kind_of(self, slug: str) -> str | None:
        """'organization', 'person' or 'city' for a registry id, None if unknown."""
        if slug in self.organizations:
            return "organization"
        if slug in self.people:
            return "person"
        if slug in self.cities:
            return "city"
        return None

    def surface_forms(self) -> list[tuple[str, str, str]]:
        """(entity kind, id, text) for every name, acronym and spelling."""
        forms = []
        for o in self.organizations.values():
            forms += [("organization", o.id, t) for t in (o.name, *o.acronyms, *o.spellings)]
        for p in self.people.values():
            forms += [("person", p.id, t) for t in (p.name, *p.spellings)]
        for c in self.cities.values():
            forms += [("city", c.id, t) for t in (c.name, *c.spellings)]
        for c in self.countries.values():
            forms += [("country", c.code, t) for t in (c.name, *c.spellings)]
        return forms


def country(code: str, where: str) -> pycountry.db.Country:
    """The ISO 3166-1 country for an alpha-2 code, or a UserError."""
    found = pycountry.countries.get(alpha_2=code.upper()) if isinstance(code, str) else None
    if found is None or code != code.upper():
        raise UserError(
            f"{where}: {code!r} is not an ISO 3166-1 alpha-2 country code (e.g. 'KZ', 'CN')"
        )
    return found


def load_registry(data_dir: Path) -> Registry:
    folder = data_dir / "registry"
    countries, cities = _load_places(folder / "places.yaml")
    people = _load_people(folder / "people.yaml")
    organizations = _load_organizations(folder / "organizations.yaml", countries, cities)
    _check_unique_ids(organizations, people, cities)
    return Registry(
        organizations=organizations, people=people, countries=countries, cities=cities
    )


def _load_places(path: Path) -> tuple[dict[str, Country], dict[str, City]]:
    doc = yamlfile.load(path) or {}
    if not isinstance(doc, dict):
        raise UserError(f"{path}: expected the keys 'countries' and 'cities'")
    countries: dict[str, Country] = {}
    for node in r.records(path, doc.get("countries"), "countries"):
        rec = r.check_record(
            path, node, required={"code"}, optional={"spellings", "note"}, what="country"
        )
        code = r.text(path, node, "code")
        found = country(code, r.where(path, node, "code"))
        if code in countries:
            raise UserError(f"{r.where(path, node)}: country {code} is listed twice")
        countries[code] = Country(
            code=code,
            name=getattr(found, "common_name", None) or found.name,
            official_name=getattr(found, "official_name", None),
            spellings=tuple(r.string_list(path, rec, "spellings")),
        )
    cities: dict[str, City] = {}
    for node in r.records(path, doc.get("cities"), "cities"):
        r.check_record(
            path, node, required={"id", "name", "country"}, optional={"spellings", "note"},
            what="city",
        )
        code = r.text(path, node, "country")
        country(code, r.where(path, node, "country"))
        city = City(
            id=r.slug(path, node, "id"),
            name=r.text(path, node, "name"),
            country=code,
            spellings=tuple(r.string_list(path, node, "spellings")),
            where=r.where(path, node),
        )
        if city.id in cities:
            raise UserError(f"{city.where}: city id {city.id!r} is used twice")
        cities[city.id] = city
        countries.setdefault(code, _country_entry(code))
    return countries, cities


def _country_entry(code: str) -> Country:
    found = pycountry.countries.get(alpha_2=code)
    return Country(
        code=code,
        name=getattr(found, "common_name", None) or found.name,
        official_name=getattr(found, "official_name", None),
    )


def _load_people(path: Path) -> dict[str, Person]:
    people: dict[str, Person] = {}
    for node in r.records(path, yamlfile.load(path), "people"):
        r.check_record(
            path, node, required={"id", "name"},
            optional={"spellings", "given_name", "family_name", "note"}, what="person",
        )
        person = Person(
            id=r.slug(path, node, "id"),
            name=r.text(path, node, "name"),
            spellings=tuple(r.string_list(path, node, "spellings")),
            given_name=r.text(path, node, "given_name"),
            family_name=r.text(path, node, "family_name"),
            note=r.text(path, node, "note"),
            where=r.where(path, node),
        )
        if person.id in people:
            raise UserError(f"{person.where}: person id {person.id!r} is used twice")
        people[person.id] = person
    return people


def _load_organizations(
    path: Path, countries: dict[str, Country], cities: dict[str, City]
) -> dict[str, Organization]:
    organizations: dict[str, Organization] = {}
    for node in r.records(path, yamlfile.load(path), "organizations"):
        r.check_record(
            path, node, required={"id", "name", "kind"},
            optional={"acronyms", "spellings", "country", "city", "unit_of", "members", "ror", "wikidata", "note"},
            what="organization",
        )
        code = r.text(path, node, "country")
        if code is not None:
            country(code, r.where(path, node, "country"))
            countries.setdefault(code, _country_entry(code))
        members = r.string_list(path, node, "members")
        for index, member in enumerate(members):
            country(member, r.where(path, node, "members", index))
            countries.setdefault(member, _country_entry(member))
        city = r.slug(path, node, "city")
        if city is not None and city not in cities:
            raise UserError(
                f"{r.where(path, node, 'city')}: city {city!r} is not in places.yaml"
            )
        org = Organization(
            id=r.slug(path, node, "id"),
            name=r.text(path, node, "name"),
            kinds=tuple(r.slug_list(path, node, "kind")),
            acronyms=tuple(r.string_list(path, node, "acronyms")),
            spellings=tuple(r.string_list(path, node, "spellings")),
            country=code,
            city=city,
            unit_of=r.slug(path, node, "unit_of"),
            member_countries=tuple(members),
            ror=_identifier(path, node, "ror", ROR_PATTERN, "a ROR id such as 017zhmm22 (https://ror.org/017zhmm22)"),
            wikidata=_identifier(path, node, "wikidata", WIKIDATA_PATTERN, "a Wikidata item such as Q981237"),
            note=r.text(path, node, "note"),
            where=r.where(path, node),
        )
        if org.id in organizations:
            raise UserError(f"{org.where}: organization id {org.id!r} is used twice")
        organizations[org.id] = org
    for org in organizations.values():
        if org.unit_of is not None and org.unit_of not in organizations:
            raise UserError(f"{org.where}: unit_of {org.unit_of!r} is not a known organization")
    return organizations


ROR_PATTERN = re.compile(r"^0[a-hj-km-np-tv-z0-9]{6}[0-9]{2}$")  # ROR's own id syntax
WIKIDATA_PATTERN = re.compile(r"^Q[1-9][0-9]*$")


def _identifier(path: Path, node, key: str, pattern: re.Pattern, example: str) -> str | None:
    value = r.text(path, node, key)
    if value is None or value == NO_LINK or pattern.match(value):
        return value
    raise UserError(f"{r.where(path, node, key)}: {value!r} is not {example}, nor {NO_LINK!r} (no link)")


def _check_unique_ids(organizations, people, cities) -> None:
    seen: dict[str, str] = {}
    for kind, table in (("organization", organizations), ("person", people), ("city", cities)):
        for slug, entry in table.items():
            if slug in seen:
                raise UserError(
                    f"{entry.where}: id {slug!r} names both a {seen[slug]} and a {kind}; "
                    "ids must be unique across the registry"
                )
            seen[slug] = kind
