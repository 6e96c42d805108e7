"""The synthetic world: organisations, people and alliances, and who is picked to sign with whom.

Organisations arrive one after the other. Each new agreement picks its parties with
probability proportional to their number of agreements + 1 (preferential attachment, kept as
an "urn" list in which an organisation appears once plus once per agreement), so early and
busy institutions become hubs, as in the real network of university partnerships.

>>> import random
>>> from unikg.graph.dataset.vocabulary import Vocabulary, load_ontology
>>> world = World(random.Random(1), Vocabulary(load_ontology()))
>>> first = world.new_organization(0)
>>> first.kind, first.iri.startswith("<https://w3id.org/unikg/id/org/")
('university', True)
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from ..dataset.vocabulary import Vocabulary
from . import names, places, terms
from .names import Namer

# kind → relative weight of new organisations of that kind ("unit" is a unit of a university)
KIND_WEIGHTS = {
    "university": 74, "research-institute": 7, "company": 5, "government-body": 3,
    "academy": 1, "science-park": 1, "unit": 9,
}
FIRST_OF_EACH = ("research-institute", "unit", "company", "government-body", "academy", "science-park")
# how many agreements a new organisation of each kind signs, relative to a university
ACTIVITY = {
    "university": 1.0, "research-institute": 0.8, "company": 0.6, "government-body": 0.4,
    "academy": 0.6, "science-park": 0.5, "unit": 0.6,
}


@dataclass(slots=True)
class Org:
    index: int
    slug: str
    iri: str
    label: str
    short: str  # acronym, else the label: how agreement labels name it
    kind: str  # 'university', …, or 'unit'
    classes: tuple[str, ...]  # formatted class IRIs, with every ukg: superclass
    country: str
    city: str | None  # formatted IRI of the city
    acronym: str | None = None
    spellings: tuple[str, ...] = ()
    parent: int | None = None
    people: dict[str, int] = field(default_factory=dict)  # role slot → person index

    def display(self) -> str:
        """How an article names it: the label, with the acronym in parentheses."""
        return f"{self.label} ({self.acronym})" if self.acronym else self.label


@dataclass(slots=True)
class Person:
    slug: str
    iri: str
    given: str
    family: str
    region: str

    @property
    def name(self) -> str:
        return f"{self.given} {self.family}"


@dataclass(slots=True)
class City:
    slug: str
    iri: str
    name: str
    country: str


class World:
    """Everything the documents talk about, and the random choices that make it."""

    def __init__(self, rng: random.Random, vocabulary: Vocabulary):
        self.rng = rng
        self.vocabulary = vocabulary
        self.namer = Namer(rng)
        self.organizations: list[Org] = []
        self.alliances: list[Org] = []
        self.people: list[Person] = []
        self.cities: dict[tuple[str, str], City] = {}
        self.countries: dict[str, None] = {}  # country codes in use, in first-use order
        self.urn: list[int] = []  # org index, once + once per agreement: preferential picks
        self.universities: list[int] = []
        self.partners: list[set[int]] = []  # org index → partners (as the partners query counts)
        codes = [code for code, *_ in places.COUNTRIES] + places.tail_countries()
        weights = [w for _, _, w, _ in places.COUNTRIES] + [places.TAIL_WEIGHT] * len(places.tail_countries())
        self._country_codes, self._country_cum = codes, _cumulative(weights)
        self._cities = {code: cities for code, _, _, cities in places.COUNTRIES}
        kinds = list(KIND_WEIGHTS)
        self._kinds, self._kind_cum = kinds, _cumulative([KIND_WEIGHTS[k] for k in kinds])
        self._class_cache: dict[tuple[str, ...], tuple[str, ...]] = {}

    # -- organisations -------------------------------------------------------------------------

    def classes(self, kinds: tuple[str, ...]) -> tuple[str, ...]:
        """Formatted IRIs of the classes of these organisation kinds and all ukg: superclasses."""
        if kinds not in self._class_cache:
            found = set()
            for kind in kinds:
                cls = self.vocabulary.organization_class(kind, "graph/synth")
                found |= self.vocabulary.superclasses(cls)
            self._class_cache[kinds] = tuple(sorted(terms.iri(str(c)) for c in found))
        return self._class_cache[kinds]

    def new_organization(self, index: int) -> Org:
        rng = self.rng
        if index < 8:  # the first ones are universities, then one of each other kind
            kind = "university"
        elif index < 8 + len(FIRST_OF_EACH):
            kind = FIRST_OF_EACH[index - 8]
        else:
            kind = self._kinds[_pick(rng, self._kind_cum)]
        if kind == "unit":
            return self._new_unit(index)
        code = self._country_codes[_pick(rng, self._country_cum)]
        cities = self._cities.get(code, ())
        city_name = rng.choice(cities) if cities else None
        short_country = places.short_name(code)
        label = self.namer.organization(
            kind, country=short_country, city=city_name, region=places.name_region(code)
        )
        acronym = names.acronym(label)
        has_acronym = kind in ("university", "research-institute", "academy") and rng.random() < 0.6
        acronym = acronym if has_acronym and 2 <= len(acronym) <= 8 else None
        slug = self.namer.slug(acronym.lower() if acronym else "", names.slugify(label))
        spellings = ()
        if kind == "university" and rng.random() < 0.15:
            spellings = (_variant(label),)
        org = Org(
            index=index, slug=slug, iri=terms.org(slug), label=label, short=acronym or label,
            kind=kind, classes=self.classes((kind,)), country=code,
            city=self._city(code, city_name), acronym=acronym,
            spellings=tuple(s for s in spellings if s and s != label),
        )
        return self._add(org)

    def _new_unit(self, index: int) -> Org:
        parent = self.organizations[self.pick_university()]
        label, kinds = self.namer.unit(parent.short)
        slug = self.namer.slug(names.slugify(label))
        kinds = tuple(sorted({*kinds, "organizational-unit"}))
        org = Org(
            index=index, slug=slug, iri=terms.org(slug), label=label, short=label, kind="unit",
            classes=self.classes(kinds), country=parent.country, city=parent.city,
            parent=parent.index,
        )
        return self._add(org)

    def _add(self, org: Org) -> Org:
        self.organizations.append(org)
        self.partners.append(set())
        self.urn.append(org.index)
        self.countries.setdefault(org.country)
        if org.kind == "university":
            self.universities.append(org.index)
        return org

    def _city(self, code: str, name: str | None) -> str | None:
        if name is None:
            return None
        key = (code, name)
        if key not in self.cities:
            slug = names.slugify(name)
            if any(c.slug == slug for c in self.cities.values()):
                slug = f"{slug}-{code.lower()}"
            self.cities[key] = City(slug=slug, iri=terms.place(slug), name=name, country=code)
        return self.cities[key].iri

    def new_alliance(self, *, intergovernmental: bool = False, label: str | None = None) -> Org:
        label = label or self.namer.alliance()
        if label not in self.namer.labels:
            self.namer.labels.add(label)
        acronym = names.acronym(label)
        slug = self.namer.slug(acronym.lower(), names.slugify(label))
        kinds = ("intergovernmental-organization",) if intergovernmental else ("alliance",)
        alliance = Org(
            index=-1 - len(self.alliances), slug=slug, iri=terms.org(slug), label=label,
            short=acronym, kind=kinds[0], classes=self.classes(kinds), country="", city=None,
            acronym=acronym,
        )
        self.alliances.append(alliance)
        return alliance

    # -- preferential picks ---------------------------------------------------------------------

    def pick(self) -> int:
        """An organisation, with probability ∝ its number of agreements + 1."""
        return self.urn[self.rng.randrange(len(self.urn))]

    def pick_university(self) -> int:
        for _ in range(20):
            index = self.pick()
            if self.organizations[index].kind == "university":
                return index
        return self.rng.choice(self.universities)

    def related(self, a: int, b: int) -> bool:
        """The same organisation, or one a unit of the other (they do not sign together)."""
        if a == b:
            return True
        pa, pb = self.organizations[a].parent, self.organizations[b].parent
        return pa == b or pb == a or (pa is not None and pa == pb)

    def pick_partners(self, first: int, count: int) -> list[int] | None:
        """``count`` other organisations, each unrelated to the others, picked preferentially."""
        chosen = [first]
        for _ in range(count):
            for _ in range(12):
                candidate = self.pick()
                if not any(self.related(candidate, c) for c in chosen):
                    chosen.append(candidate)
                    break
            else:
                return None
        return chosen[1:]

    def record_agreement(self, parties: list[int]) -> None:
        """Each party gains weight in the urn; partner sets follow the partners query's rule."""
        self.urn.extend(parties)
        orgs = self.organizations
        for x in parties:
            owners = (x,) if orgs[x].parent is None else (x, orgs[x].parent)
            for y in parties:
                if y == x:
                    continue
                for owner in owners:
                    if y != owner and orgs[y].parent != owner:
                        self.partners[owner].add(y)

    # -- people ---------------------------------------------------------------------------------

    def person_for(self, org: Org, slot: str) -> Person:
        """The person holding ``slot`` ('head' or 'deputy') at ``org``, created on first use."""
        if slot not in org.people:
            region = places.name_region(org.country)
            given, family = self.namer.person(region)
            slug = self.namer.slug(names.slugify(f"{given} {family}"))
            self.people.append(Person(slug=slug, iri=terms.person(slug), given=given, family=family, region=region))
            org.people[slot] = len(self.people) - 1
        return self.people[org.people[slot]]


def head_role(org: Org) -> tuple[str, str]:
    """(role slug in the roles scheme, title as an article writes it) of an organisation's head."""
    if org.kind == "university":
        if org.country in places.CHAIRMAN_RECTOR_COUNTRIES:
            return "chairman-rector", "Chairman of the Board – Rector"
        if org.country in places.RECTOR_COUNTRIES:
            return "rector", "rector"
        if org.country in places.CHANCELLOR_COUNTRIES:
            return "chancellor", "vice-chancellor"
        return "president", "president"
    return {
        "research-institute": ("director-general", "director general"),
        "academy": ("president", "president"),
        "company": ("head", "chief executive officer"),
        "government-body": ("minister", "minister") if "Ministry" in org.label else ("head", "director"),
        "science-park": ("head", "director"),
        "unit": ("head", "dean"),
    }[org.kind]


def deputy_role(org: Org) -> tuple[str, str]:
    if org.kind == "university" and org.country in places.RECTOR_COUNTRIES | places.CHAIRMAN_RECTOR_COUNTRIES:
        return "vice-president", "vice-rector"
    return "vice-president", "vice president"


def _variant(label: str) -> str:
    """Another way articles write a name."""
    if label.startswith("University of "):
        return f"{label[len('University of '):]} University"
    if label.endswith(" University") and " " in label[: -len(" University")].strip():
        return f"University of {label[: -len(' University')]}"
    return label.replace("University", "Univ.")


def _cumulative(weights) -> list[float]:
    total, out = 0.0, []
    for w in weights:
        total += w
        out.append(total)
    return out


def _pick(rng: random.Random, cumulative: list[float]) -> int:
    from bisect import bisect_right

    return min(bisect_right(cumulative, rng.random() * cumulative[-1]), len(cumulative) - 1)
