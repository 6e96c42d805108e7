"""Entity linking: each mention → a registry entity, or a new entity flagged for review.

In order, a mention links by

1. the registry name the matcher found (exact up to case, accents and apostrophes; people in
   any word order, "Tuimebayev Zhanseit Kanseituly" = "Zhanseit Tuimebayev"; one-word typos
   such as "Chine" through fuzzy token patterns);
2. an acronym defined in the article: "Astana IT University (AITU)" makes AITU that university;
3. a registry name equal after :func:`unikg.graph.names.normalize` (punctuation, a leading
   "the"), or, for people, the same set of name words;
4. a typo: a registry name of the same kind at most 1 edit away (2 from 12 characters, 3 from
   25), when exactly one is that close;
5. otherwise a **new** entity, with a proposed slug (an acronym it is given, else its name),
   the registry kind its head noun implies, its country when the text or the name says it
   ("(Pakistan)", "Shenzhen University", "... from China"), and ``unit_of`` when it is a unit
   of a known organisation ("XJTU School of Management", "Institute ... of the Chinese
   Academy of Sciences"). Later mentions with the same name link to the same new entity.

>>> from unikg.graph.registry import Registry, Organization
>>> registry = Registry(organizations={"xjtu": Organization(id="xjtu", name="Xi'an Jiaotong University",
...     kinds=("university",), acronyms=("XJTU",), country="CN")}, people={}, countries={}, cities={})
>>> Linker(registry).lookup("xi an jiaotong univeristy", kind="organization")
('xjtu', 'typo')
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein
from spacy.tokens import Doc

from ..names import normalize
from ..registry import Registry
from . import lexicon
from .folding import fold
from .pipeline import Mention

ALLIANCE_KINDS = {"alliance", "intergovernmental-organization"}
CONFIDENCE = {"registry": 1.0, "person-order": 0.95, "alias": 0.9, "name": 0.9, "fuzzy": 0.8, "typo": 0.75, "new": 0.6}


@dataclass(frozen=True, kw_only=True)
class Entity:
    id: str  # a registry id, or the proposed slug of a new entity
    kind: str  # organization | person | country | city
    name: str  # the registry name, or the name as first written
    new: bool
    method: str  # registry | person-order | fuzzy | alias | name | typo | new
    confidence: float
    country: str | None = None
    org_kind: str | None = None  # new organisations: the registry kind its name implies, if any
    unit_of: str | None = None
    acronym: str | None = None
    alliance: bool = False

    @property
    def display_kind(self) -> str:
        return "alliance" if self.alliance else self.kind


@dataclass(frozen=True)
class Linked:
    mention: Mention
    entity: Entity


def slugify(text: str, *, limit: int = 60) -> str:
    """A slug from a name: ASCII, lower case, words joined by '-'.

    >>> slugify("Université d'Alger (Algeria)")
    'universite-d-alger-algeria'
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    slug = ""
    for word in words:
        if slug and len(slug) + 1 + len(word) > limit:
            break
        slug = f"{slug}-{word}" if slug else word
    return slug or "entity"


class Linker:
    """Looks names up in one registry."""

    def __init__(self, registry: Registry):
        self.registry = registry
        self.exact: dict[tuple[str, str], set[str]] = {}  # (kind, normalized form) → ids
        self.person_words: dict[frozenset, set[str]] = {}
        self.city_country = {c.id: c.country for c in registry.cities.values()}
        for kind, ident, text in registry.surface_forms():
            for form in {normalize(text), _without_article(normalize(text))}:
                self.exact.setdefault((kind, form), set()).add(ident)
            if kind == "person":
                self.person_words.setdefault(frozenset(normalize(text).split()), set()).add(ident)
        self.choices: dict[str, dict[str, set[str]]] = {}
        for (kind, form), ids in self.exact.items():
            self.choices.setdefault(kind, {})[form] = ids

    def lookup(self, text: str, *, kind: str) -> tuple[str, str] | None:
        """(id, method) for a name the registry knows under some spelling, else None."""
        key = _without_article(normalize(text))
        if not key:
            return None
        ids = self.exact.get((kind, key))
        if ids and len(ids) == 1:
            return next(iter(ids)), "name"
        if kind == "person":
            words = set(key.split())
            found = {i for name_words, ids in self.person_words.items() if len(words) >= 2 and (words <= name_words or name_words <= words) for i in ids}
            if len(found) == 1:
                return found.pop(), "person-order"
        limit = 1 if len(key) < 12 else 2 if len(key) < 25 else 3
        if len(key) < 5:
            return None
        choices = self.choices.get(kind, {})
        best = process.extract(key, list(choices), scorer=Levenshtein.distance, score_cutoff=limit, limit=2)
        if best and (len(best) == 1 or best[1][1] > best[0][1]):
            ids = choices[best[0][0]]
            if len(ids) == 1:
                return next(iter(ids)), "typo"
        return None

    # -- a whole article ---------------------------------------------------------------------

    def link(self, doc: Doc, mentions: list[Mention]) -> list[Linked]:
        """Link every mention of one article (see the module doc for the order)."""
        aliases = _acronym_definitions(doc, mentions)
        by_start = {m.token_start: m for m in mentions}
        linked: dict[int, Entity] = {}  # mention token start → entity
        seen: dict[tuple[str, str], Entity] = {}  # (kind, normalized text) → entity
        taken_slugs: set[str] = set(self.registry.organizations) | set(self.registry.people) | set(self.registry.cities)
        ordered = sorted(mentions, key=lambda m: (m.token_start in aliases, m.token_start))
        for mention in ordered:
            entity = None
            if mention.token_start in aliases and aliases[mention.token_start] in linked:
                long_entity = linked[aliases[mention.token_start]]
                if long_entity.new and long_entity.acronym is None:
                    long_entity = self._give_acronym(long_entity, mention.text, linked, seen, taken_slugs)
                entity = replace(long_entity, method="alias", confidence=min(long_entity.confidence, CONFIDENCE["alias"]))
                seen[(mention.kind, normalize(mention.text))] = long_entity
            if entity is None:
                entity = self._known(mention)
            if entity is None:
                entity = seen.get((mention.kind, _key(mention.text)))
                if entity is not None and entity.new and entity.country is None and mention.kind == "organization":
                    entity = replace(entity, country=self._country(doc, mention, mentions))
            if entity is None and mention.kind == "organization":
                entity = _shortened(mention, seen)
            if entity is None:
                entity = self._new(doc, mention, mentions, by_start, linked, taken_slugs)
                taken_slugs.add(entity.id)
            seen.setdefault((mention.kind, _key(mention.text)), entity)
            linked[mention.token_start] = entity
        result = [Linked(m, _current(linked[m.token_start], linked)) for m in mentions]
        return _completed(result)

    def _give_acronym(self, entity: Entity, acronym: str, linked, seen, taken_slugs) -> Entity:
        slug = slugify(acronym)
        new_id = slug if slug not in taken_slugs else entity.id
        taken_slugs.add(new_id)
        updated = replace(entity, acronym=acronym, id=new_id)
        for key, value in list(linked.items()):
            if value.id == entity.id and value.new:
                linked[key] = replace(value, acronym=acronym, id=new_id)
        for key, value in list(seen.items()):
            if value.id == entity.id and value.new:
                seen[key] = replace(value, acronym=acronym, id=new_id)
        return updated

    def _known(self, mention: Mention) -> Entity | None:
        if mention.registry_id is not None:
            return self._entity(mention.kind, mention.registry_id, mention.source)
        kinds = {"organization": ["organization"], "person": ["person"], "city": ["city", "organization", "country"], "country": ["country"]}[mention.kind]
        for kind in kinds:
            found = self.lookup(mention.text, kind=kind)
            if found:
                return self._entity(kind, *found)
        return None

    def _entity(self, kind: str, ident: str, method: str) -> Entity:
        r = self.registry
        if kind == "organization":
            org = r.organizations[ident]
            return Entity(id=ident, kind=kind, name=org.name, new=False, method=method, confidence=CONFIDENCE[method],
                          country=org.country, unit_of=org.unit_of, alliance=bool(ALLIANCE_KINDS & set(org.kinds)))
        if kind == "person":
            return Entity(id=ident, kind=kind, name=r.people[ident].name, new=False, method=method, confidence=CONFIDENCE[method])
        if kind == "city":
            city = r.cities[ident]
            return Entity(id=ident, kind=kind, name=city.name, new=False, method=method, confidence=CONFIDENCE[method], country=city.country)
        country = r.countries.get(ident)
        name = country.name if country else _country_name(ident)
        return Entity(id=ident, kind="country", name=name, new=False, method=method, confidence=CONFIDENCE[method], country=ident)

    def _new(self, doc: Doc, mention: Mention, mentions, by_start, linked, taken_slugs) -> Entity:
        name = _without_leading_the(mention.text)
        if mention.kind == "person":
            base = slugify(name)
        elif mention.source == "acronym":
            base = slugify(name)
        else:
            base = slugify(re.sub(r"\s*\([^)]*\)$", "", name))
        slug, n = base, 2
        while slug in taken_slugs:
            slug, n = f"{base}-{n}", n + 1
        head = next((w for w in reversed(re.findall(r"[\w]+", name)) if w in lexicon.INSTITUTION_HEADS), None)
        head = head or next((w for w in re.findall(r"[\w]+", name) if w in lexicon.INSTITUTION_HEADS), None)
        org_kind = lexicon.INSTITUTION_HEADS.get(head) if mention.kind == "organization" and head else None
        unit_of = self._unit_of(doc, mention, by_start, linked) if mention.kind == "organization" else None
        country = self._country(doc, mention, mentions) if mention.kind in ("organization", "city") else None
        if country is None and unit_of is not None:
            parent = self.registry.organizations.get(unit_of)
            country = parent.country if parent else next((e.country for e in linked.values() if e.id == unit_of), None)
        return Entity(
            id=slug, kind=mention.kind, name=name, new=True, method="new", confidence=CONFIDENCE["new"],
            country=country, org_kind=org_kind, unit_of=unit_of,
            acronym=name if mention.source == "acronym" else None,
            alliance=org_kind == "alliance",
        )

    def _unit_of(self, doc: Doc, mention: Mention, by_start, linked) -> str | None:
        # "XJTU School of Management": a known organisation's name, then a unit's name
        words = mention.text.split()
        for size in range(len(words) - 1, 0, -1):
            found = self.lookup(" ".join(words[:size]), kind="organization")
            if found and found[1] == "name":
                return found[0]
        # "... Institute of Ecology and Geography (XIEG) of the Chinese Academy of Sciences"
        i = mention.token_end
        if i < len(doc) and doc[i].text == "(" and i + 2 < len(doc) and doc[i + 2].text == ")":
            i += 3
        if i < len(doc) and doc[i].lower_ == "of":
            j = i + 1 + (i + 1 < len(doc) and doc[i + 1].lower_ == "the")
            parent = by_start.get(j)
            if parent is not None and parent.kind == "organization":
                if parent.registry_id:
                    return parent.registry_id
                found = self.lookup(parent.text, kind="organization")
                if found:
                    return found[0]
                if j in linked:
                    return linked[j].id
        return None

    def _country(self, doc: Doc, mention: Mention, mentions: list[Mention]) -> str | None:
        inner = re.search(r"\(([^)]+)\)$", mention.text)
        if inner:
            found = self.lookup(inner.group(1), kind="country")
            if found:
                return found[0]
            code = _iso_country(inner.group(1))
            if code:
                return code
        for other in mentions:  # a country or known city inside the name
            if mention.start <= other.start and other.end <= mention.end and other is not mention:
                if other.kind == "country" and other.registry_id:
                    return other.registry_id
        for size in (2, 1):
            words = mention.text.split()
            for k in range(0, max(0, len(words) - size) + 1):
                piece = " ".join(words[k:k + size])
                city = self.exact.get(("city", normalize(piece)))
                if city and len(city) == 1:
                    return self.city_country[next(iter(city))]
                country = self.exact.get(("country", normalize(piece)))
                if country and len(country) == 1:
                    return next(iter(country))
        i = mention.token_end  # "Northwest Normal University from Chine", "..., Kazakhstan"
        if i + 1 < len(doc) and doc[i].lower_ in {"from", "in", ","}:
            follower = next((m for m in mentions if m.token_start == i + 1), None)
            if follower is not None and follower.kind == "country" and follower.registry_id:
                return follower.registry_id
            if follower is not None and follower.kind == "country":
                found = self.lookup(follower.text, kind="country")
                if found:
                    return found[0]
        return None


def _key(text: str) -> str:
    """What makes two mentions the same name: "University of Helsinki (Finland)" = "the University of Helsinki"."""
    return _without_article(normalize(re.sub(r"\s*\([^)]*\)$", "", text)))


def _completed(result: list[Linked]) -> list[Linked]:
    """A new entity gets what any of its mentions says: its country, the unit it belongs to."""
    merged: dict[str, Entity] = {}
    for item in result:
        e = item.entity
        if e.new:
            known = merged.get(e.id, e)
            merged[e.id] = replace(known, country=known.country or e.country, unit_of=known.unit_of or e.unit_of)
    return [Linked(i.mention, replace(i.entity, country=merged[i.entity.id].country, unit_of=merged[i.entity.id].unit_of)) if i.entity.new else i for i in result]


def _shortened(mention: Mention, seen: dict[tuple[str, str], Entity]) -> Entity | None:
    """An organisation named earlier in full: "the Academy of Sciences" after "Chinese Academy of Sciences"."""
    key = _without_article(normalize(mention.text))
    if len(key.split()) < 2:
        return None
    longer = {e.id: e for (kind, text), e in seen.items() if kind == "organization" and text.endswith(" " + key)}
    if len(longer) == 1:
        entity = next(iter(longer.values()))
        return replace(entity, method="alias", confidence=min(entity.confidence, CONFIDENCE["alias"]))
    return None


def _current(entity: Entity, linked: dict[int, Entity]) -> Entity:
    """The entity as it is at the end (a new one may have been given an acronym slug later)."""
    if not entity.new:
        return entity
    for value in linked.values():
        if value.new and value.name == entity.name and value.kind == entity.kind and value.acronym:
            return replace(entity, id=value.id, acronym=value.acronym)
    return entity


def _acronym_definitions(doc: Doc, mentions: list[Mention]) -> dict[int, int]:
    """Acronym mention start → the start of the name it is defined for: "Name (ACR)"."""
    ends = {}
    for m in mentions:
        if m.kind == "organization":
            ends[m.token_end] = m.token_start
    aliases = {}
    for m in mentions:
        s = m.token_start
        if m.token_end - s == 1 and s >= 1 and doc[s - 1].text == "(" and m.token_end < len(doc) and doc[m.token_end].text == ")":
            i = s - 1
            if i - 1 >= 0 and doc[i - 1].is_space:
                i -= 1
            if i in ends and ends[i] != s and _initials_fit(doc[ends[i]:i].text, m.text):
                aliases[s] = ends[i]
    # later uses of a defined acronym link to the same name
    defined = {fold(doc[s].text): target for s, target in aliases.items()}
    for m in mentions:
        if m.token_start not in aliases and m.token_end - m.token_start == 1 and fold(m.text) in defined:
            if defined[fold(m.text)] != m.token_start:
                aliases[m.token_start] = defined[fold(m.text)]
    return aliases


def _initials_fit(name: str, acronym: str) -> bool:
    """Whether the acronym's letters appear in order among the name's capital letters.

    >>> _initials_fit("Astana IT University", "AITU"), _initials_fit("Kazakhstan", "SCO")
    (True, False)
    """
    capitals = "".join(c for c in name if c.isupper())
    letters = [c for c in acronym.upper() if c.isalpha()]
    position = 0
    for letter in letters:
        position = capitals.find(letter, position) + 1
        if position == 0:
            return False
    return True


def _without_article(text: str) -> str:
    return text[4:] if text.startswith("the ") else text


def _without_leading_the(text: str) -> str:
    return re.sub(r"^(?:the|The)\s+", "", text)


def _iso_country(name: str) -> str | None:
    """The ISO code of a country name pycountry knows ("Finland" → "FI"), else None."""
    import pycountry

    if len(name) <= 3:
        return None
    try:
        return pycountry.countries.lookup(name).alpha_2
    except LookupError:
        return None


def _country_name(code: str) -> str:
    import pycountry

    found = pycountry.countries.get(alpha_2=code)
    return getattr(found, "common_name", None) or (found.name if found else code)

