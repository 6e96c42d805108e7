"""Entity linking: each mention → a registry entity, or a new entity flagged for review.

In order, a mention links by

1. the registry name the matcher found (exact up to case, accents and apostrophes; people in
   any word order, "Tuimebayev Zhanseit Kanseituly" = "Zhanseit Tuimebayev"; registry names
   written with a typo, "Chine", see :mod:`.typos`);
2. an acronym the article defines ("Astana IT University (AITU)": every AITU is that
   university; :mod:`.acronyms`), or, never defined, spells the initials of exactly one
   organisation the article names ("UIA", "TSEU");
3. a registry name equal after :func:`unikg.graph.names.normalize` (punctuation, a leading
   "the"), or, for people, the same set of name words; a registry name at most 1 edit away (2
   from 12 characters, 3 from 25) when exactly one is that close;
4. a name the article used before: the same name; a shorter one ("the Academy of Sciences"
   after "Chinese Academy of Sciences", "Sheffield" after "University of Sheffield", "Ovidius
   University" after "Ovidius University of Constanța", not "X University" after "X
   University of Technology"; "TU Delft" after "Delft University of Technology"); a
   person's family name alone ("Prof Kgwadi");
5. otherwise a **new** entity, with a proposed slug (an acronym it is given, else its name),
   its name as the gazetteer writes it when the gazetteer knows it, also through a typo
   ("Liverpool John Moors University" is Liverpool John Moores University), the registry
   kind its head noun implies, its country when the text or the name says it ("(Pakistan)",
   "Shenzhen University", "... from China", "Kenya's Moi University", "Kyushu University of
   Japan"), and ``unit_of`` when it is a unit of a known organisation ("XJTU School of
   Management", "Institute ... of the Chinese Academy of Sciences").

Then new organisations the article writes two ways are made one: "A - B (Country)" where A
and B share a name word ("University of Marburg - Philipps-Universität Marburg"), "A (B, ACR)"
where B is A in its own language ("Council of Rectors of X Universities (Consejo de Rectores
...)"), names that differ in one word no institution name has, the rest the same ("Liverpool
John Rumus University" after "Liverpool John Moors University": a typo in the source); and a new
organisation whose name is a short form of another's, before or after it ("Kyiv Polytechnic"
of "Igor Sikorsky Kyiv Polytechnic Institute"; :func:`is_short_form`), when only one fits; or
whose one word is the one distinctive word of another's ("Aalto" of "Aalto University") or,
written in capitals, its first word ("KTH" of "KTH Royal Institute of Technology"; see
:func:`_first_words`). A typo that reaches the reference list's name of an organisation the
article already named is that organisation ("University of Peradenia").

The new entities are where a curator (and the ROR linker of the identifiers issue) takes over:
:func:`unikg.graph.ingest.draft.make_draft` turns them into registry additions.

>>> from unikg.graph.registry import Registry, Organization
>>> registry = Registry(organizations={"xjtu": Organization(id="xjtu", name="Xi'an Jiaotong University",
...     kinds=("university",), acronyms=("XJTU",), country="CN")}, people={}, countries={}, cities={})
>>> Linker(registry).lookup("xi an jiaotong univeristy", kind="organization")
('xjtu', 'typo')
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein
from spacy.tokens import Doc

from ..names import normalize
from ..reference import load_institutions
from ..web_domains import load_short_forms
from ..registry import Registry
from . import acronyms, lexicon
from .folding import fold
from .gazetteer import gazetteer, same_initials
from .pipeline import Mention, tech_short_form
from ..places import fold as place_words
from .places import city_table
from .sentences import text_of

ALLIANCE_KINDS = {"alliance", "intergovernmental-organization"}
CONFIDENCE = {"registry": 1.0, "country-code": 0.95, "person-order": 0.95, "alias": 0.9, "name": 0.9, "fuzzy": 0.8, "typo": 0.75, "new": 0.6}
_COUNTRY_WORDS = {"UK": "GB", "U.K.": "GB", "USA": "US", "US": "US", "U.S.": "US", "UAE": "AE"}


@dataclass(frozen=True, kw_only=True)
class Entity:
    id: str  # a registry id, or the proposed slug of a new entity
    kind: str  # organization | person | country | city
    name: str  # the registry name, or the name as first written (as the gazetteer writes it)
    new: bool
    method: str  # registry | person-order | fuzzy | alias | name | typo | new
    confidence: float
    country: str | None = None
    org_kind: str | None = None  # new organisations: the registry kind its name implies, if any
    unit_of: str | None = None
    acronym: str | None = None
    alliance: bool = False
    reference: str | None = None  # new organisations: the gazetteer's name, when it knows it
    written: str | None = None  # new organisations named after the gazetteer: the name as written

    @property
    def display_kind(self) -> str:
        return "alliance" if self.alliance else self.kind


@dataclass(frozen=True)
class Linked:
    mention: Mention
    entity: Entity


def unique(entities: list[Entity]) -> list[Entity]:
    """Each entity once, in the order first given."""
    seen, result = set(), []
    for entity in entities:
        if entity.id not in seen:
            seen.add(entity.id)
            result.append(entity)
    return result


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
        ids = self.exact.get((kind, key)) or self.exact.get((kind, _key(text)))
        if ids and len(ids) == 1:
            return next(iter(ids)), "name"
        if kind == "person":
            words = set(key.split())
            found = {i for name_words, ids in self.person_words.items() if len(words) >= 2 and (words <= name_words or name_words <= words) for i in ids}
            if len(found) == 1:
                return found.pop(), "person-order"
        limit = 1 if len(key) < 12 else 2 if len(key) < 25 else 3
        if len(key) < 5 or (kind == "organization" and gazetteer().name(text)):
            return None  # a real institution's name is no typo of another ("University of Toronto")
        choices = self.choices.get(kind, {})
        best = process.extract(key, list(choices), scorer=Levenshtein.distance, score_cutoff=limit, limit=2)
        if best and (len(best) == 1 or best[1][1] > best[0][1]) and same_initials(key, best[0][0]):
            ids = choices[best[0][0]]
            if len(ids) == 1:
                return next(iter(ids)), "typo"
        return None

    # -- a whole article ---------------------------------------------------------------------

    def link(self, doc: Doc, mentions: list[Mention]) -> list[Linked]:
        """Link every mention of one article (see the module doc for the order)."""
        aliases = _aliases(doc, mentions, self)
        shortened: dict[str, str] = {}  # the name of a new entity the gazetteer does not know → a short form of it the gazetteer knows
        by_start = {m.token_start: m for m in mentions}
        linked: dict[int, Entity] = {}  # mention token start → entity
        seen: dict[tuple[str, str], Entity] = {}  # (kind, normalized text) → entity
        taken_slugs: set[str] = set(self.registry.organizations) | set(self.registry.people) | set(self.registry.cities)
        ordered = sorted(mentions, key=lambda m: (m.token_start in aliases or m.source == "acronym-city", m.token_start))  # after the names they stand for
        for mention in ordered:
            entity = None
            if mention.token_start in aliases and aliases[mention.token_start] in linked:
                long_entity = linked[aliases[mention.token_start]]
                if long_entity.new and long_entity.acronym is None and mention.source == "acronym":
                    long_entity = self._give_acronym(long_entity, mention.text, linked, seen, taken_slugs)
                entity = replace(long_entity, method="alias", confidence=min(long_entity.confidence, CONFIDENCE["alias"]))
                seen[(mention.kind, normalize(mention.text))] = long_entity
            if entity is None:
                entity = self._known(mention)
            if entity is None:
                entity = seen.get((mention.kind, _key(mention.text)))
                if entity is not None and entity.new and entity.country is None and mention.kind == "organization":
                    entity = replace(entity, country=self._country(doc, mention, by_start))
            if entity is None and mention.kind == "organization":
                entity = _shortened(mention, seen)
                if entity is not None and entity.new and entity.reference is None and not entity.alliance and entity.unit_of is None:
                    known = _reference_name(mention, _written_name(mention.text))
                    if known is not None and _org_kind(known) != "government-body":  # not "Ministry of Education" of "... of Turkmenistan"
                        shortened.setdefault(entity.name, known)
            if entity is None and mention.kind == "person" and mention.token_end - mention.token_start == 1:
                entity = _family_name(mention, seen)
            if entity is None:
                if mention.source == "family":
                    continue  # a family name alone, of no one the article names in full
                entity = self._new(doc, mention, mentions, by_start, linked, taken_slugs, aliases)
                earlier = seen.get((mention.kind, _key(entity.reference))) if entity.reference else None
                if earlier is not None:  # "University of Peradenia" after "University of Peradeniya": the gazetteer's name, through a typo
                    entity = replace(earlier, method="alias", confidence=min(earlier.confidence, CONFIDENCE["alias"]))
                else:
                    taken_slugs.add(entity.id)
            seen.setdefault((mention.kind, _key(mention.text)), entity)
            if entity.new:  # "FORTHEM" after "the FORTHEM alliance"
                seen.setdefault((mention.kind, _key(entity.name)), entity)
            bracket = re.search(r"\(([^)]+)\)$", mention.text) if mention.kind == "organization" else None
            if bracket and _iso_country(bracket.group(1)) is None:  # "Universidade Estadual de Campinas (Unicamp)": "Unicamp" alone
                seen.setdefault((mention.kind, _key(bracket.group(1))), entity)
            if entity.reference:
                seen.setdefault((mention.kind, _key(entity.reference)), entity)
            linked[mention.token_start] = entity
        for start, entity in linked.items():  # "Baku State University of the Republic of Azerbaijan", then "Baku State University"
            if entity.new and entity.name in shortened:  # by its name: its slug may have become its acronym's
                linked[start] = replace(entity, name=shortened[entity.name], reference=shortened[entity.name], written=entity.written or entity.name)
        for start, entity in linked.items():  # a parent named after its unit: its id now
            if entity.unit_of and entity.unit_of.startswith("@"):
                parent = linked.get(int(entity.unit_of[1:]))
                linked[start] = replace(entity, unit_of=parent.id if parent is not None else None)
        merged = _first_words(_short_forms(_merged_variants(doc, [m for m in mentions if m.token_start in linked], linked)))
        merged = _named_by_tagline(doc, [m for m in mentions if m.token_start in merged], merged)
        merged = _former_names(doc, [m for m in mentions if m.token_start in merged], merged)
        merged = _contracted_names(merged)
        merged = _governing_bodies(doc, [m for m in mentions if m.token_start in merged], merged)
        named = {(e.name, e.kind): e for e in merged.values() if e.new and e.acronym}
        result = [Linked(m, _current(merged[m.token_start], named)) for m in mentions if m.token_start in merged]
        result = _units_followed(result, linked)
        return _units_at_home(_completed(_described_alliances(result, doc.user_data.get("unikg_alliances", {}))))

    def _give_acronym(self, entity: Entity, acronym: str, linked, seen, taken_slugs) -> Entity:
        slug = slugify(acronym)
        new_id = slug if slug not in taken_slugs else entity.id
        taken_slugs.add(new_id)
        updated = replace(entity, acronym=acronym, id=new_id)
        for key, value in list(linked.items()):
            if value.id == entity.id and value.new:
                linked[key] = replace(value, acronym=acronym, id=new_id)
            elif value.unit_of == entity.id:
                linked[key] = replace(value, unit_of=new_id)
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

    def _new(self, doc: Doc, mention: Mention, mentions, by_start, linked, taken_slugs, aliases: dict[int, int]) -> Entity:
        written = _written_name(mention.text)
        reference = None
        if mention.kind == "organization":
            reference = _reference_name(mention, written)
        name = reference or written
        if mention.kind == "person" or mention.source == "acronym":
            base = slugify(name)
        else:
            base = slugify(re.sub(r"\s*\([^)]*\)$", "", name))
        slug, n = base, 2
        while slug in taken_slugs:
            slug, n = f"{base}-{n}", n + 1
        org_kind = _org_kind(name) if mention.kind == "organization" else None
        if mention.kind == "organization" and _CLASSIFIER_AFTER.search(_without_article(mention.text)):
            org_kind = "alliance"
        unit_of = self._unit_of(doc, mention, by_start, linked, aliases) if mention.kind == "organization" else None
        country = self._country(doc, mention, by_start) if mention.kind in ("organization", "city") else None
        if country is None and unit_of is not None:
            parent = self.registry.organizations.get(unit_of)
            country = parent.country if parent else next((e.country for e in linked.values() if e.id == unit_of), None)
        return Entity(
            id=slug, kind=mention.kind, name=name, new=True, method="new", confidence=CONFIDENCE["new"],
            country=country, org_kind=org_kind, unit_of=unit_of,
            acronym=name if mention.source == "acronym" else None,
            alliance=org_kind == "alliance", reference=reference,
            written=written if reference and normalize(reference) != normalize(written) else None,
        )

    def _unit_of(self, doc: Doc, mention: Mention, by_start, linked, aliases: dict[int, int]) -> str | None:
        """The organisation a unit belongs to: "XJTU School of Management"; "Institute ...
        (XIEG) of the Chinese Academy of Sciences"; "the College of X at the University of Y"; "Faculty of Marine Sciences, CUSAT"; "ABU's
        Director, Directorate of Public Affairs"; "UZ College of X" (the initials of one organisation named before, never defined)."""
        words = mention.text.split()
        for size in range(len(words) - 1, 0, -1):
            found = self.lookup(" ".join(words[:size]), kind="organization")
            if found and found[1] == "name":
                return found[0]
        if not _is_unit_name(mention.text):
            return None
        if len(words) >= 3 and words[0].isupper() and words[0].isalpha() and 2 <= len(words[0]) <= 5:  # "UZ College of X": never defined
            initialled = {e.id for e in linked.values() if e.kind == "organization" and e.unit_of is None and acronyms.initials(e.name) == words[0]}
            if len(initialled) == 1:
                return next(iter(initialled))
        i = mention.token_end
        if i < len(doc) and doc[i].text == "(" and i + 2 < len(doc) and doc[i + 2].text == ")":
            i += 3
        if i + 2 < len(doc) and doc[i].lower_ == "in" and doc[i + 1].text[:1].isupper() and doc[i + 2].lower_ == "of":
            i += 2  # "the Faculty of Economics in Subotica of the University of Novi Sad": the faculty's city, then its university
        if i < len(doc) and doc[i].lower_ in {"of", "at"}:  # "... of the CAS", "College of Engineering at the University of X"
            return self._parent(by_start, linked, aliases, i + 1 + (i + 1 < len(doc) and doc[i + 1].lower_ == "the"))
        if i + 1 < len(doc) and doc[i].text == "," and gazetteer().name(mention.text) is None:  # not "KAIST, POSTECH and UNIST": a list
            after = by_start.get(i + 1)
            if after is not None and after.kind == "organization" and not _is_unit_name(after.text):
                return self._parent(by_start, linked, aliases, i + 1)
        j = mention.token_start - 1
        if j > 0 and doc[j].lower_ == "its":  # "signed on behalf of ORG by its Institute of X": the organisation named last
            sentence = mention.sentence
            owner = max((m for m in by_start.values() if m.token_end <= j and m.kind == "organization" and m.sentence == sentence
                         and not _is_unit_name(m.text)), key=lambda m: m.token_end, default=None)
            if owner is not None:
                return self._parent(by_start, linked, aliases, owner.token_start)
        if j > 0 and doc[j].text in {"'s", "’s"}:  # "ORG's UNIT"
            owner = next((m for m in by_start.values() if m.token_end == j and m.kind == "organization"), None)
            if owner is not None:
                return self._parent(by_start, linked, aliases, owner.token_start)
        # ", UNIT" after "ORG's TITLE"
        title = next(((s, e) for s, e in doc.user_data.get("unikg_titles", []) if e == j), None)
        if j > 0 and doc[j].text == "," and title is not None and title[0] >= 2 and doc[title[0] - 1].text in {"'s", "’s"}:
            owner = next((m for m in by_start.values() if m.token_end == title[0] - 1 and m.kind == "organization"), None)
            if owner is not None:
                return self._parent(by_start, linked, aliases, owner.token_start)
        return None

    def _parent(self, by_start, linked, aliases: dict[int, int], j: int) -> str | None:
        """The id of the organisation mentioned at token ``j``, or "@j" when it is linked later
        (``aliases``: the article's acronyms and the names they stand for, :func:`_aliases`)."""
        parent = by_start.get(j)
        if parent is None or parent.kind != "organization":
            return None
        if j in linked:  # the article's own reading of the name first
            return linked[j].id
        if j in aliases:  # "UiA's Faculty of X": the acronym the article defines, not the registry's UIA
            return f"@{j}"
        if parent.registry_id:
            return parent.registry_id
        found = self.lookup(parent.text, kind="organization")
        if found:
            return found[0]
        return f"@{j}"  # the mention at token j, linked later (see link)

    def _country(self, doc: Doc, mention: Mention, by_start: dict[int, Mention]) -> str | None:
        inner = re.search(r"\(([^)]+)\)$", mention.text)
        if inner:
            found = self.lookup(inner.group(1), kind="country")
            if found:
                return found[0]
            code = _iso_country(inner.group(1))
            if code:
                return code
        after = by_start.get(mention.token_end + 1)  # "National University of Sciences and Technology (Pakistan)"
        if (after is not None and after.kind == "country" and after.registry_id and doc[mention.token_end].text == "("
                and after.token_end < len(doc) and doc[after.token_end].text == ")"):
            return after.registry_id
        for k in range(mention.token_start + 1, mention.token_end):  # a country inside the name
            other = by_start.get(k)
            if other is not None and other.kind == "country" and other.registry_id and other.end <= mention.end:
                return other.registry_id
        words = mention.text.split()
        for size in (2, 1):
            for k in range(0, max(0, len(words) - size) + 1):
                piece = " ".join(words[k:k + size])
                city = self.exact.get(("city", normalize(piece)))
                if city and len(city) == 1:
                    return self.city_country[next(iter(city))]
                country = self.exact.get(("country", normalize(piece)))
                if country and len(country) == 1:
                    return next(iter(country))
        i = mention.token_end  # "... from Chine", "..., Kazakhstan", "(Germany)", "of Japan", "in Germany"
        if i + 1 < len(doc) and doc[i].lower_ in {"from", "in", ",", "of", "("}:
            code = self._country_of(by_start.get(i + 1))
            if code:
                return code
        s = mention.token_start  # "Kenya's Moi University", "UK's Liverpool John Moores University"
        if s >= 2 and doc[s - 1].text in {"'s", "’s"}:
            owner = doc[s - 2].text
            if owner in _COUNTRY_WORDS:
                return _COUNTRY_WORDS[owner]
            before = next((m for k, m in by_start.items() if m.token_end == s - 1), None) if (s - 2) not in by_start else by_start[s - 2]
            code = self._country_of(before)
            if code:
                return code
        return None

    def _country_of(self, mention: Mention | None) -> str | None:
        if mention is None or mention.kind != "country":
            return None
        if mention.registry_id:
            return mention.registry_id
        found = self.lookup(mention.text, kind="country")
        return found[0] if found else _COUNTRY_WORDS.get(mention.text)


# -- names -----------------------------------------------------------------------------------


def _written_name(text: str) -> str:
    """The name as written, without a leading "the", a bracketed country, a possessive owner,
    a lower-case classifier after it ("the FORTHEM alliance", "the Atlantic Rim network": the
    names are "FORTHEM" and "Atlantic Rim"; the classifier says what they are)."""
    name = re.sub(r"^(?:the|The)\s+", "", text)
    name = re.sub(r"\s*\([^)]*\)$", "", name) if re.search(r"\S\s*\([^)]*\)$", name) else name
    return _CLASSIFIER_AFTER.sub(r"\1", name)


# A name in capitals or capitalised words, then an alliance noun in small letters (not a quoted
# name's: '"One Belt And One Road" university alliance' is the alliance's name, all of it).
_CLASSIFIER_AFTER = re.compile(r"^(?=[^\"“”„]*$)(.*[\w.’'])\s+(?:alliance|network|consortium|association|league|federation)$")


def _reference_name(mention: Mention, written: str) -> str | None:
    """The gazetteer's name for a new organisation: exactly, with the head it shares ("Bologna"
    of "Sorbonne and Bologna Universities" is the University of Bologna, "Cardiff" of
    "universities – Sheffield, Cardiff" Cardiff University), or through a typo."""
    index = gazetteer()
    if mention.head and mention.head.endswith(" of"):  # "the Universities of Bergen, Granada and Graz"
        form = f"{mention.head} {written}"
        return index.name(form) or index.name(f"{written} {mention.head[:-3]}") or form
    if mention.head:
        for form in (f"{written} {mention.head}", f"{mention.head} of {written}"):
            name = index.name(form)
            if name:
                return name
        return index.name(written) if mention.source == "list" else None
    name = index.name(written)
    if name or mention.source in ("acronym", "list", "short", "apposition"):
        return name
    return index.typo(written) if len(written.split()) >= 3 else None


def _org_kind(name: str) -> str | None:
    words = re.findall(r"[\w]+", name)
    head = next((w for w in reversed(words) if w in lexicon.INSTITUTION_HEADS), None)
    head = head or next((w for w in words if w in lexicon.INSTITUTION_HEADS), None)
    if head is None and re.search(r"\b(?:alliance|consortium|network|association|league)\b", name, re.I):
        return "alliance"
    if head is None and re.search(r"\bgovernment\b", name, re.I):
        return "government-body"
    return lexicon.INSTITUTION_HEADS.get(head) if head else None


def _is_unit_name(text: str) -> bool:
    """Names that are units of what follows "of": "Institute of X of the CAS", "Research Center of Y"."""
    return any(w in lexicon.UNIT_HEADS for w in re.findall(r"\w+", text))


def _key(text: str) -> str:
    """What makes two mentions the same name: "University of Helsinki (Finland)" = "the
    University of Helsinki"; "Kazakh National University named after Al-Farabi" = "Al-Farabi
    Kazakh National University" (the eponym first, as in the other way of writing it)."""
    return _without_article(normalize(_eponym_first(re.sub(r"\s*\([^)]*\)$", "", text))))


def _eponym_first(text: str) -> str:
    """
    >>> _eponym_first("Kazakh National University named after Al-Farabi")
    'Al-Farabi Kazakh National University'
    """
    match = re.fullmatch(r"(.+?)\s+named\s+after\s+(.+)", text.strip())
    return f"{match.group(2)} {match.group(1)}" if match else text


def _units_at_home(result: list[Linked]) -> list[Linked]:
    """A unit the text names without its organisation ("the College of Engineering", "the
    International Relations Office") is a unit of the organisation the article is about, as a
    reader takes it; one named by a word of another organisation's name ("the Córdoba Faculty"
    after "Universidad Nacional de Córdoba") is that one's, and so is one named first by another
    organisation's acronym ("KOICA Ethiopia Office"), one named by a word of one organisation's
    name before its head ("Louvain School of Management" after "Université catholique de
    Louvain"), and one whose name begins the name of a
    unit the text gives an organisation ("the Graduate School" after "the Graduate School of
    Agriculture of X")."""
    home = home_organisation(result)
    words: dict[str, set[str]] = {}  # a name word → the organisations (not units) with it
    for item in result:
        e = item.entity
        if item.mention.kind == "organization" and e.unit_of is None and not is_bare_unit(e):
            for word in name_words(normalize(e.name)):
                words.setdefault(word, set()).add(e.id)

    acronyms = {}  # an acronym → the organisations (not units) it stands for
    for item in result:
        e = item.entity
        if item.mention.kind == "organization" and e.unit_of is None and not is_bare_unit(e) and e.acronym:
            acronyms.setdefault(e.acronym, set()).add(e.id)

    units = {}  # the name of a unit whose organisation the text names → that organisation
    for item in result:
        e = item.entity
        if item.mention.kind == "organization" and e.unit_of is not None:
            units.setdefault(normalize(e.name), set()).add(e.unit_of)

    def begun(entity: Entity) -> str | None:
        """The organisation of the one unit whose name ``entity``'s begins, if any."""
        name = normalize(entity.name)
        longer = {p for other, parents in units.items() if other.startswith(name + " ") for p in parents}
        return next(iter(longer)) if entity.new and len(longer) == 1 else None

    def owner_word(entity: Entity) -> str | None:
        """"Louvain School of Management" after "UCLouvain"/"Université catholique de Louvain": a
        word of one organisation's name before a unit's head (a name the reference list does not know)."""
        written = entity.name.split()
        if not entity.new or entity.reference or entity.unit_of or len(written) < 4 or written[1] not in lexicon.UNIT_HEADS or written[2] not in {"of", "for"}:
            return None
        owners = {o for w in name_words(normalize(written[0])) for o in words.get(w, ()) if o != entity.id}
        return next(iter(owners)) if len(owners) == 1 else None

    def parent(entity: Entity) -> str | None:
        if begun(entity):  # "the Graduate School" after "the Graduate School of Agriculture of X": X's
            return begun(entity)
        if owner_word(entity):
            return owner_word(entity)
        first = entity.name.split()[0]
        if len(acronyms.get(first, ())) == 1:  # "KOICA Ethiopia Office": a unit of the KOICA the article defines
            return next(iter(acronyms[first]))
        named = name_words(normalize(entity.name))
        if len(named) == 1 and len(words.get(named[0], ())) == 1:
            return next(iter(words[named[0]]))
        return home.id if home is not None else None

    return [
        Linked(item.mention, replace(item.entity, unit_of=parent(item.entity)))
        if item.mention.kind == "organization" and (is_bare_unit(item.entity) or begun(item.entity) or owner_word(item.entity)) and item.entity.unit_of is None
        and (home is None or item.entity.id != home.id) else item
        for item in result
    ]


def home_organisation(linked: list[Linked], *, before: int | None = None) -> Entity | None:
    """The organisation an article is about: the first it names (not an alliance, not a unit),
    when it names it again; else the one it names most, when one leads. ``before``: only the
    mentions before this sentence number."""
    counts: dict[str, int] = {}
    first: dict[str, Entity] = {}
    for item in sorted(linked, key=lambda i: i.mention.token_start):
        e = item.entity
        if before is not None and item.mention.sentence >= before:
            break
        if item.mention.kind == "organization" and not e.alliance and e.unit_of is None and not is_bare_unit(e):
            counts[e.id] = counts.get(e.id, 0) + 1
            first.setdefault(e.id, e)
    if not counts:
        return None
    opening = next(iter(first))
    if counts[opening] >= 2:
        return first[opening]
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return first[ranked[0][0]]


def is_bare_unit(entity: Entity) -> bool:
    """A new organisation named as a unit ("Faculty of X", "School of Y", "X Office") that the
    reference list does not know as an institution of its own."""
    if not entity.new or entity.reference:
        return False
    words = entity.name.split()
    return len(words) >= 2 and (
        (words[0] in lexicon.UNIT_HEADS and words[1] in {"of", "for"}) or words[-1] in {"Office", "Department", "Directorate", "Faculty"}
    )


def _described_alliances(result: list[Linked], described: dict[int, bool]) -> list[Linked]:
    """A new organisation the text around a mention calls an alliance is one (:mod:`.alliances`):
    whatever its head when a copula or an apposition says so ("The University of the Arctic is
    a cooperative network"), only when its name is no university's for a classifier after it."""
    return [
        Linked(i.mention, replace(i.entity, alliance=True))
        if i.entity.new and i.mention.token_start in described and (described[i.mention.token_start] or i.entity.org_kind in (None, "alliance"))
        else i
        for i in result
    ]


def _completed(result: list[Linked]) -> list[Linked]:
    """A new entity gets what any of its mentions says: its country, the unit it belongs to,
    being an alliance."""
    merged: dict[str, Entity] = {}
    for item in result:
        e = item.entity
        if e.new:
            known = merged.get(e.id, e)
            merged[e.id] = replace(known, country=known.country or e.country, unit_of=known.unit_of or e.unit_of, alliance=known.alliance or e.alliance)
    return [
        Linked(i.mention, replace(i.entity, country=merged[i.entity.id].country, unit_of=merged[i.entity.id].unit_of, alliance=merged[i.entity.id].alliance))
        if i.entity.new else i
        for i in result
    ]


def _shortened(mention: Mention, seen: dict[tuple[str, str], Entity]) -> Entity | None:
    """An organisation named earlier in full: "the Academy of Sciences" after "Chinese Academy
    of Sciences"; "Sheffield" after "University of Sheffield" (its one name word); "Ovidius
    University" after "Ovidius University of Constanța" (the name without its place); "Sofia
    University" after 'Sofia University "St. Kliment Ohridski"' (without its epithet); "TU
    Delft" after "Delft University of Technology" (an acronym and the city of one name);
    "Minister of Higher Education X" after "Ministry of Higher Education of the Republic of
    Uzbekistan" (a ministry named by its minister's title: with its head); of a name that
    begins with the words and one that ends with them, the first ("Khalifa University" after
    "Khalifa University of Science and Technology" and "Hamad bin Khalifa University")."""
    written = f"{mention.head} {mention.text}" if mention.head == "Ministry of" else mention.text
    key = _without_article(normalize(written))
    words = key.split()
    if mention.source == "acronym-city":  # "TU Delft" after "Delft University of Technology": the one name with its city
        longer = {e.id: e for (kind, text), e in seen.items() if kind == "organization" and words[-1] in text.split() and text != key}
        if len(longer) > 1:  # and whose initials have the acronym's letters (not "IHE Delft Institute ...")
            letters = Counter(mention.text.split()[0].upper())
            longer = {i: e for i, e in longer.items() if not letters - Counter(acronyms.initials(e.name))}
    elif len(words) == 2 and words[1] == "tech":  # "Taipei Tech" after "National Taipei University of Technology"
        longer = {e.id: e for (kind, text), e in seen.items() if kind == "organization" and tech_short_form(e.name) == tuple(mention.text.split())}
    elif len(words) >= 2:
        whole = _head_of_a_place(mention.text)  # "University of Panama" is no short form of "International Maritime University of Panama"
        longer = {e.id: e for (kind, text), e in seen.items() if kind == "organization" and (text == key or not whole and text.endswith(" " + key) or _placed(text, key)
                                                                                          or _epithet_after(e.name, mention.text))}
        begun = {e.id: e for (kind, text), e in seen.items() if kind == "organization" and text.startswith(key + " of ")}
        if len(begun) == 1 and longer and not longer.keys() & begun.keys():
            longer = begun  # "Khalifa University" after "Khalifa University of Science" and "Hamad bin Khalifa University": a name keeps its first words
    elif len(words) == 1 and mention.source in ("list", "short", "coordinated"):
        longer = {e.id: e for (kind, text), e in seen.items() if kind == "organization" and name_words(text) == words}
        if not longer and mention.source == "short":  # "Arqus" after "Arqus European University Alliance"; "Unicamp" after "... (Unicamp)"
            longer = {e.id: e for (kind, text), e in seen.items() if kind == "organization" and (text.split()[:1] == words or text.endswith(f"({key})") or text.endswith(f" {key}"))}
    else:
        return None
    if len(longer) == 1:
        entity = next(iter(longer.values()))
        return replace(entity, method="alias", confidence=min(entity.confidence, CONFIDENCE["alias"]))
    return None


_FIELDS = {fold(w) for w in lexicon.MINISTRY_DOMAINS} | {"engineering", "medicine", "arts", "law", "economics", "management", "business", "applied", "agricultural", "medical"}


def _head_of_a_place(text: str) -> bool:
    """Whether a name is a head noun of an institution, "of" (or none, as other languages write
    it) and a country or a city: a name whole in itself ("the University of Panama",
    "Universität Wien"), which a longer name ending with it ("International Maritime University
    of Panama", "Medizinische Universität Wien") does not shorten."""
    found = re.fullmatch(r"(?:the\s+)?(\w+)\s+(?:(?:of|de|di|zu)\s+)?(?:the\s+)?([\w' -]+)", text.strip())
    if found is None or found.group(1) not in lexicon.INSTITUTION_HEADS:
        return False
    place = found.group(2)
    return _iso_country(place) is not None or city_table().name_of(place_words(place)) is not None


def _epithet_after(name: str, short: str) -> bool:
    """Whether ``name`` is ``short`` and an epithet in quotes, as names in the Balkans and
    Eastern Europe are written ('Sofia University "St. Kliment Ohridski"', 'Technical University
    "Gheorghe Asachi" of Iaşi'): "Sofia University" alone is that one."""
    short = re.sub(r"^the\s+", "", short, flags=re.I)
    return re.match(re.escape(short) + r"\s+[\"“„«]", name, re.I) is not None


def _placed(longer: str, key: str) -> bool:
    """Whether a normalised name is ``key`` and a place: "ovidius university of constanta",
    "mohammed v university in rabat", "ministry of ... of the republic of uzbekistan"; not
    "... of science and technology" (a field makes another name)."""
    if not longer.startswith(key + " "):
        return False
    rest = longer[len(key) + 1:].split()
    return len(rest) >= 2 and rest[0] in ("of", "in") and not any(w in _FIELDS for w in rest[1:])


def name_words(normalized: str) -> list[str]:
    """The words of a normalised name that tell it from others: not its head nouns nor its
    little words ("kyiv polytechnic" of "igor sikorsky kyiv polytechnic institute")."""
    return [w for w in normalized.split() if w not in _HEAD_KINDS and w not in lexicon.NAME_LITTLE_WORDS]  # _HEAD_KINDS: the heads folded


def _family_name(mention: Mention, seen: dict[tuple[str, str], Entity]) -> Entity | None:
    """"Prof Kgwadi": the one person of the article whose name ends with this word."""
    word = normalize(mention.text)
    found = {e.id: e for (kind, text), e in seen.items() if kind == "person" and text.split()[-1:] == [word] and len(text.split()) >= 2}
    return next(iter(found.values())) if len(found) == 1 else None


def _current(entity: Entity, named: dict[tuple[str, str], Entity]) -> Entity:
    """The entity as it is at the end (a new one may have been given an acronym slug later);
    ``named``: the new entities with an acronym, by name and kind."""
    if not entity.new:
        return entity
    value = named.get((entity.name, entity.kind))
    return replace(entity, id=value.id, acronym=value.acronym) if value is not None else entity


# -- acronyms --------------------------------------------------------------------------------


def _aliases(doc: Doc, mentions: list[Mention], linker: Linker) -> dict[int, int]:
    """Acronym mention start → the start of the name it stands for (see the module doc)."""
    aliases = dict(doc.user_data.get("unikg_definitions", {}))
    by_start = {m.token_start: m for m in mentions}
    defined = {}
    for short, long in aliases.items():
        if short in by_start:
            defined.setdefault(fold(by_start[short].text), long)
    names = [m for m in mentions if m.kind == "organization" and m.source not in ("acronym", "acronym-city") and m.token_end - m.token_start >= 2]
    ending = {m.token_end: m for m in names}
    for m in mentions:  # "Mediterranean Universities Union (UNIMED)": an acronym of another language, in brackets right after the name
        if m.kind == "organization" and m.source in ("acronym", "short") and m.token_start not in aliases and fold(m.text) not in defined:
            s, e = m.token_start, m.token_end
            if s >= 2 and doc[s - 1].text == "(" and e < len(doc) and doc[e].text == ")" and s - 1 in ending and not linker.lookup(m.text, kind="organization"):
                aliases[s] = ending[s - 1].token_start
                defined.setdefault(fold(m.text), ending[s - 1].token_start)
    for m in mentions:  # "METU (ODTÜ)": an acronym of its own language, in brackets right after an acronym
        if m.kind == "organization" and m.source == "acronym" and m.token_start not in aliases and fold(m.text) not in defined:
            before = _acronym_before_bracket(doc, m, by_start)
            if before is not None and not linker.lookup(m.text, kind="organization"):
                aliases[m.token_start] = aliases.get(before.token_start, before.token_start)
                defined.setdefault(fold(m.text), aliases[m.token_start])
    starting = {m.token_start: m for m in names}
    for m in mentions:  # "UNIC, the European University of Post-Industrial Cities": an apposition names it
        if m.kind == "organization" and m.source == "acronym" and m.token_start not in aliases and fold(m.text) not in defined:
            e = m.token_end
            if e + 2 < len(doc) and doc[e].text == "," and doc[e + 1].lower_ == "the" and e + 2 in starting and not linker.lookup(m.text, kind="organization"):
                long = starting[e + 2]
                if long.token_end >= len(doc) or doc[long.token_end].text in {",", ".", ";", '"', "”"}:
                    aliases[m.token_start] = long.token_start
                    defined.setdefault(fold(m.text), long.token_start)
    for m in mentions:
        if m.kind == "organization" and m.source == "short" and m.token_start not in aliases and fold(m.text) in defined:
            aliases[m.token_start] = defined[fold(m.text)]  # "Banjulia" after "Banjul University (Banjulia)"
        # "UM Rector": two capitals found as a short name; "UiA", "TUT": an acronym the registry knows as another organisation
        capitals = m.source in ("short", "registry") and m.text.isalpha() and (m.text.isupper() or acronyms.is_acronym(m.text))
        if m.kind != "organization" or m.token_start in aliases or (m.source != "acronym" and not capitals):
            continue
        if fold(m.text) in defined:
            if defined[fold(m.text)] != m.token_start:
                aliases[m.token_start] = defined[fold(m.text)]
            continue
        known = m.registry_id or linker.lookup(m.text, kind="organization")  # the registry's or the gazetteer's, maybe of another country
        spelled = {}
        for name in names:
            if acronyms.spells(m.text, name.text) or (len(m.text) == 2 and acronyms.initials(name.text) == m.text):  # "UJ President": University of Jordan
                if name.token_start - 1 in ending and doc[name.token_start - 1].text == "(" and ending[name.token_start - 1].token_start in spelled.values():
                    continue  # "Council of X (Consejo de X, ACR)": the name in its own language, in brackets, is the same
                spelled.setdefault(_key(name.text), name.token_start)
        if len(spelled) == 1:  # the one organisation of the article it spells beats an entry the article never names
            aliases[m.token_start] = next(iter(spelled.values()))
        elif not spelled and not known:  # "İTÜ": the short form of its own web domain (itu.edu.tr), of one name the article gives in full
            own = _by_own_domain(m.text, names)
            if own is not None:
                aliases[m.token_start] = own
    return aliases


def _acronym_before_bracket(doc: Doc, m: Mention, by_start: dict[int, Mention]) -> Mention | None:
    """The acronym right before "(" when ``m`` is alone in the brackets after it: "METU (ODTÜ)"."""
    s, e = m.token_start, m.token_end
    if s < 2 or doc[s - 1].text != "(" or e >= len(doc) or doc[e].text != ")":
        return None
    before = by_start.get(s - 2)
    return before if before is not None and before.kind == "organization" and before.source == "acronym" else None


def _by_own_domain(acronym: str, names: list[Mention]) -> int | None:
    """The start of the one name of the article that the institution whose web domain begins
    with this acronym (folded: "İTÜ" is itu.edu.tr) bears in the reference list, if one."""
    rows = _domain_names().get("".join(c for c in fold(acronym) if c.isalpha()), ())
    found = {_key(n.text): n.token_start for n in names if gazetteer().name(_written_name(n.text)) in rows}
    return next(iter(found.values())) if len(found) == 1 else None


@functools.cache
def _domain_names() -> dict[str, frozenset[str]]:
    """A web domain's short form → the reference names of the institutions it is the domain of."""
    names = {row.ror: row.name for row in load_institutions() if row.ror}
    return {form: frozenset(names[ror] for _, ror in pairs if ror in names) for form, pairs in load_short_forms().items()}


# -- one organisation written two ways -------------------------------------------------------


def _units_followed(result: list[Linked], linked: dict[int, Entity]) -> list[Linked]:
    """A unit's parent that a later step made one with another entity (a short form, a
    former name, an acronym's slug) is that entity: the unit keeps its parent."""
    final = {item.entity.id for item in result}
    moved: dict[str, set[str]] = {}
    for item in result:
        before = linked.get(item.mention.token_start)
        if before is not None and before.id != item.entity.id and before.id not in final:
            moved.setdefault(before.id, set()).add(item.entity.id)
    if not moved:
        return result
    return [
        Linked(item.mention, replace(item.entity, unit_of=next(iter(moved[item.entity.unit_of]))))
        if item.entity.unit_of in moved and len(moved[item.entity.unit_of]) == 1 else item
        for item in result
    ]


def _merged_variants(doc: Doc, mentions: list[Mention], linked: dict[int, Entity]) -> dict[int, Entity]:
    """New organisations the article writes two ways made one (see the module doc)."""
    orgs = sorted((m for m in mentions if m.kind == "organization" and linked[m.token_start].new), key=lambda m: m.token_start)
    same: dict[str, Entity] = {}
    text = text_of(doc)
    for a, b in zip(orgs, orgs[1:]):  # "A - B (Country)"
        between = text[a.end:b.start]
        ea, eb = linked[a.token_start], linked[b.token_start]
        if between.strip() in {"-", "–", "—"} and ea.id != eb.id and set(name_words(normalize(ea.name))) & set(name_words(normalize(eb.name))):
            keep = eb if eb.reference or len(eb.name) > len(ea.name) else ea
            same[ea.id if keep is eb else eb.id] = keep
        elif between.strip() == "(" and ea.id != eb.id and _translated(ea.name, eb.name):  # "Council of X (Consejo de X, ACR)"
            same[eb.id] = ea
            c = next((m for m in orgs if m.token_start > b.token_start), None)
            if c is not None and text[b.end:c.start].strip() == "," and text[c.end:c.end + 1] == ")" and linked[c.token_start].id not in (ea.id, eb.id):
                same[linked[c.token_start].id] = ea  # the acronym after the name of its own language, in the same brackets
    entities = {}
    for m in orgs:
        entities.setdefault(linked[m.token_start].id, linked[m.token_start])
    ordered = list(entities.values())
    for k, a in enumerate(ordered):  # one word no institution name has: a typo of the earlier name
        for b in ordered[k + 1:]:
            if b.id in same or a.id in same:
                continue
            words_a, words_b = (a.written or a.name).split(), (b.written or b.name).split()
            if len(words_a) != len(words_b) or len(words_a) < 3 or words_a[-1] != words_b[-1]:
                continue
            differing = [(x, y) for x, y in zip(words_a, words_b) if x != y]
            if len(differing) == 1 and not gazetteer().knows_word(differing[0][1]) and b.reference is None:
                same[b.id] = a
    signed: dict[tuple, Entity] = {}
    for entity in ordered:  # one name in two languages: "Universität Stuttgart", "University of Stuttgart"
        signature = language_free(entity.written or entity.name)
        if signature is None or entity.id in same:
            continue
        first = signed.setdefault(signature, entity)
        if first.id != entity.id and not _two_rows(first, entity):
            same[entity.id] = first
            if first.reference is None and entity.reference is not None:  # the name the gazetteer knows: "University of Bologna"
                signed[signature] = same[first.id] = _named_as(first, entity)
                same[entity.id] = same[first.id]
    if not same:
        return dict(linked)
    def merged(ident: str | None) -> Entity | None:
        target = same.get(ident)
        while target is not None and target.id in same and same[target.id].id != target.id:
            target = same[target.id]
        return target

    result = {}
    for start, entity in linked.items():
        target = merged(entity.id)
        result[start] = replace(target, method="alias") if target is not None else entity
        parent = merged(result[start].unit_of)
        if parent is not None:  # "Faculty of X of the Universitat de Barcelona": a unit of the one entity
            result[start] = replace(result[start], unit_of=parent.id)
    return result


def _short_forms(linked: dict[int, Entity]) -> dict[int, Entity]:
    """A new organisation whose name is a short form of another the article names (in either
    order) is that one: "Kyiv Polytechnic" of "Igor Sikorsky Kyiv Polytechnic Institute",
    "Karazin University" of "V. N. Karazin Kharkiv National University", "Mohammed V
    University" of "Mohammed V University of Rabat" (see :func:`is_short_form`); not when two
    organisations of the article fit."""
    organisations = unique([e for e in linked.values() if e.kind == "organization"])
    same, renamed = {}, {}
    for short in organisations:
        if not short.new or short.acronym == short.name or short.unit_of is not None or _head_of_a_place(short.name):
            continue
        words = [w for w in normalize(short.name).split() if w not in lexicon.NAME_LITTLE_WORDS]
        fits = [e for e in organisations if e.id != short.id and any(
            _in_order(words, normalize(n).split()) or is_place_form(short.name, n) for n in {e.name, e.written or e.name})]
        if len(fits) == 1 and fits[0].id not in same and any(
                is_short_form(short.name, n) or is_place_form(short.name, n) for n in {fits[0].name, fits[0].written or fits[0].name}):
            long = fits[0]
            if long.new and long.reference is None and short.reference is not None and not long.alliance and _org_kind(short.reference) != "government-body":
                # "Baku State University of the Republic of Azerbaijan", then "Baku State University": the name the gazetteer knows
                renamed[long.id] = same[short.id] = _named_as(long, short)
            else:
                same[short.id] = long
    if not same:
        return linked
    return {
        start: replace(same[e.id], method="alias", confidence=min(same[e.id].confidence, CONFIDENCE["alias"])) if e.id in same
        else renamed.get(e.id, e)
        for start, e in linked.items()
    }


def _first_words(linked: dict[int, Entity]) -> dict[int, Entity]:
    """A new organisation named by one word that is the first distinctive word of exactly one
    other organisation of the article, before or after it, is that one: "Aalto" of "Aalto
    University", "KTH" of "KTH Royal Institute of Technology", "Arqus" of "Arqus European
    University Alliance", "Peradeniya" of "University of Peradeniya". Not a word two names begin
    with ("Coimbra": the Coimbra Group and the University of Coimbra), not a unit ("DAAD Regional Office"), not a
    head, a country or a region ("ASEAN" of "ASEAN University Network"). The first word of a
    longer name only when it is written in capitals ("KTH", "UiT") or the name is an alliance's:
    "Cardiff" alone is not Cardiff Metropolitan University.

    >>> a = Entity(id="aalto", kind="organization", name="Aalto", new=True, method="new", confidence=0.6)
    >>> b = Entity(id="aalto-university", kind="organization", name="Aalto University", new=True, method="new", confidence=0.6)
    >>> [e.id for e in _first_words({1: a, 9: b}).values()]
    ['aalto-university', 'aalto-university']
    >>> c = Entity(id="university-of-aalto", kind="organization", name="University of Aalto", new=True, method="new", confidence=0.6)
    >>> [e.id for e in _first_words({1: a, 9: b, 20: c}).values()]
    ['aalto', 'aalto-university', 'university-of-aalto']
    """
    organisations = unique([e for e in linked.values() if e.kind == "organization"])
    same = {}
    for short in organisations:
        words = normalize(short.name).split()
        if not short.new or short.unit_of is not None or short.reference is not None or len(words) != 1:
            continue
        word = words[0]
        if word in _HEAD_KINDS or word in _GENERIC or word in lexicon.NAME_LITTLE_WORDS or _iso_country(short.name) is not None \
                or short.name in lexicon.REGIONS:  # "BRICS" of "the BRICS countries", not the BRICS Network University
            continue
        capitals = short.name[:1].isupper() and sum(c.isupper() for c in short.name) >= 2  # "KTH", "UiT", "ENLIGHT": a brand, not a place's word
        fits = [e for e in organisations if e.id != short.id and e.unit_of is None and not _UNITS_ONLY & set(normalize(e.name).split())
                and _begins_with(normalize(e.name), word, whole=not (capitals or e.alliance))]
        if len(fits) == 1:
            same[short.id] = fits[0]
    if not same:
        return linked
    return {
        start: replace(same[e.id], method="alias", confidence=min(same[e.id].confidence, CONFIDENCE["alias"])) if e.id in same else e
        for start, e in linked.items()
    }


# Heads of a unit only, never of an institution of its own (unlike "Institute", "School", "College").
_UNITS_ONLY = frozenset({"office", "department", "faculty", "laboratory", "lab", "directorate", "division", "campus", "programme", "program"})


def _begins_with(name: str, word: str, *, whole: bool) -> bool:
    """Whether a normalised name of two words or more has ``word`` as its one distinctive word
    ("aalto university", "university of peradeniya"), or, unless ``whole``, as its first word
    ("kth royal institute of technology"): "Cardiff" alone is not Cardiff Metropolitan University."""
    words = _without_article(name).split()
    return len(words) >= 2 and (name_words(name) == [word] or not whole and words[0] == word)


def _named_as(entity: Entity, known: Entity) -> Entity:
    """``entity`` (its id, acronym, unit) under the name of ``known``, a name of it the gazetteer knows."""
    return replace(entity, name=known.name, reference=known.reference, written=entity.written or entity.name,
                   org_kind=entity.org_kind or known.org_kind, country=entity.country or known.country)


def is_place_form(short: str, long: str) -> bool:
    """Whether ``short`` is a city and a head noun that name the institution ``long`` by its
    city, as news writes it ("Kharkiv University" of "Vasyl Karazin National University of Kharkiv",
    "St Gallen University" of "Saint Gallen State University"): the same head, the same
    city (as the reference list's places write it), the words left out one of "National",
    "State", "Federal"... (the city's national or state university: "Cambridge University" is
    not "Anglia Ruskin University, Cambridge") and no field, no kind and no other head ("Kharkiv University" is not "Kharkiv Polytechnic National University"), no word but
    "State", "National"... between the city and the head ("Wuhan University" is not Wuhan
    Lakeside University), and not two names of the reference list.

    >>> is_place_form("Kharkiv University", "Vasyl Karazin National University of Kharkiv")
    True
    >>> is_place_form("St Gallen University", "Saint Gallen State University")
    True
    >>> is_place_form("Kharkiv University", "Kharkiv Polytechnic National University"), is_place_form("Wuhan University", "Wuhan Lakeside University")
    (False, False)
    >>> is_place_form("Cambridge University", "Anglia Ruskin University, Cambridge")
    False
    """
    short_words, long_words = normalize(short).split(), normalize(long).split()
    if len(short_words) < 2 or short_words[-1] not in _HEAD_KINDS or short_words[-1] not in long_words or len(short_words) >= len(long_words):
        return False
    table = city_table()
    city = table.name_of(place_words(" ".join(short_words[:-1])))
    if city is None:
        return False
    run = next(((i, j) for i in range(len(long_words)) for j in range(i + 1, min(i + 4, len(long_words) + 1))
                if table.name_of(place_words(" ".join(long_words[i:j]))) == city), None)
    if run is None:
        return False
    dropped = [w for k, w in enumerate(long_words) if not run[0] <= k < run[1] and w != short_words[-1] and w not in lexicon.NAME_LITTLE_WORDS]
    if any(w in _FIELDS or w in _KIND_WORDS or w in _HEAD_KINDS for w in dropped) or not any(w in _GENERIC for w in dropped):
        return False  # the city's national or state university: not "Anglia Ruskin University, Cambridge"
    head = long_words.index(short_words[-1])
    if any(w not in _GENERIC for w in long_words[run[1]:head]):
        return False  # a word between the city and the head tells another institution: "Wuhan Lakeside University"
    known_short, known_long = gazetteer().name(short), gazetteer().name(long)
    return not (known_short and known_long and known_short != known_long)


def _in_order(words: list[str], longer: list[str]) -> bool:
    """Whether ``words`` are among ``longer``'s, in the same order."""
    remaining = iter(longer)
    return all(word in remaining for word in words)


_HEAD_KINDS = {fold(h): kind for h, kind in lexicon.INSTITUTION_HEADS.items()}
_GENERIC = {"national", "state", "federal", "public", "royal", "central"}  # not what tells one institution from another
_KIND_WORDS = {  # words that make another institution of a name without them ("Technical University of Munich")
    "technical", "technological", "polytechnical", "normal", "pedagogical", "medical", "agricultural", "open", "catholic",
    "pontifical", "free", "applied", "teachers", "women", "womens", "health", "science", "sciences",
}


def is_short_form(short: str, long: str) -> bool:
    """Whether ``short`` names the institution ``long`` by some of its words, in order: at
    least two words, one of them distinctive (not a head, not "National"); the words left out
    are no field and no kind ("Dalian University" is not Dalian University of Technology, nor
    "University of Munich" the Technical University of Munich), and no head but a university's
    ("European University" is not the European University Association); and not two names of
    the reference list, nor a name of the list that the longer one does not begin with
    ("Nanjing University" is not a "Nanjing Xyz University" the list does not know).

    >>> is_short_form("Kyiv Polytechnic", "Igor Sikorsky Kyiv Polytechnic Institute")
    True
    >>> is_short_form("Karazin University", "V. N. Karazin Kharkiv National University")
    True
    >>> is_short_form("Delft University", "Delft University of Technology"), is_short_form("Kyiv University", "Kyiv Polytechnic Institute")
    (False, False)
    >>> is_short_form("European University", "European University Association")
    False
    """
    heads, little = _HEAD_KINDS, lexicon.NAME_LITTLE_WORDS
    short_words = [w for w in normalize(short).split() if w not in little]
    long_words = [w for w in normalize(long).split() if w not in little]
    if len(short_words) < 2 or len(short_words) >= len(long_words):
        return False
    if not any(w not in heads and w not in _GENERIC for w in short_words):
        return False
    dropped, k = [], 0
    for word in long_words:
        if k < len(short_words) and word == short_words[k]:
            k += 1
        else:
            dropped.append(word)
    if k < len(short_words):
        return False  # not its words in order
    if any(w in _FIELDS or w in _KIND_WORDS or (w in heads and heads[w] not in ("university", "research-institute")) for w in dropped):
        return False
    known_short, known_long = gazetteer().name(short), gazetteer().name(long)
    if known_short and known_long:
        return known_short == known_long
    if known_short:  # a real institution's name: only with a place after it ("Mohammed V University" of "... of Rabat")
        return long_words[:len(short_words)] == short_words
    return True


def _translated(name: str, bracketed: str) -> bool:
    """Whether a name in brackets after a name is that name in its own language: a head of
    another language of the same kind as the English name's head ("Council of Rectors of
    Chilean Universities (Consejo de Rectores de las Universidades Chilenas, ...)")."""
    heads = [w for w in re.findall(r"[\w'’]+", bracketed) if w in lexicon.INSTITUTION_HEADS]
    english_heads = [w for w in re.findall(r"[\w'’]+", name) if w in lexicon.INSTITUTION_HEADS]
    if not heads or not english_heads or heads[0] not in lexicon.FOREIGN_HEADS or any(w in lexicon.FOREIGN_HEADS for w in english_heads):
        return False
    english, other = language_free(name), language_free(bracketed)
    if english is None or other is None:  # several head nouns ("Central American University Council (Consejo Superior Universitario ...)"):
        return lexicon.INSTITUTION_HEADS[english_heads[-1]] == lexicon.INSTITUTION_HEADS[heads[0]]  # the English name's last, the other's first
    return english[0] == other[0]


def _two_rows(a: Entity, b: Entity) -> bool:
    """Two names the reference list gives to two different rows: "Polytechnique Montréal" and
    "Université de Montréal"; "Univerzitet Singidunum" (Singidunum University) and "University of
    Belgrade", though "Singidunum" is Belgrade's Roman name to the places table."""
    first, second = (e.reference or english_reference(e.written or e.name) for e in (a, b))
    return bool(first and second and normalize(first) != normalize(second))


_ENGLISH_HEADS = {"university": "University", "research-institute": "Institute", "academy": "Academy", "school": "School"}


def english_reference(name: str) -> str | None:
    """The reference list's name of a name headed in another language, in one of the two English
    word orders ("X University", "University of X"), when the gazetteer knows it; else None.

    >>> english_reference("Univerzitet Singidunum")
    'Singidunum University'
    >>> english_reference("Universität Stuttgart")
    'University of Stuttgart'
    >>> english_reference("Stuttgart University") is None  # an English head: nothing to translate
    True
    """
    words = re.findall(r"[\w'’.-]+", name)
    heads = [w for w in words if w in lexicon.INSTITUTION_HEADS]
    english = _ENGLISH_HEADS.get(lexicon.INSTITUTION_HEADS[heads[0]]) if len(heads) == 1 else None
    if english is None or heads[0] == english:
        return None
    rest = " ".join(w for w in words if w != heads[0] and w.lower() not in lexicon.NAME_LITTLE_WORDS)
    if not rest:
        return None
    index = gazetteer()
    return index.name(f"{rest} {english}") or index.name(f"{english} of {rest}")


def language_free(name: str) -> tuple | None:
    """What an institution name says whatever its language: the kind of its head and its other
    words in English (a genitive ending left out), or None for a name without a head noun.

    >>> language_free("Karadeniz Teknik Üniversitesi") == language_free("Karadeniz Technical University")
    True
    >>> language_free("Universität des Saarlandes") == language_free("Saarland University")
    True
    >>> language_free("Technical University of Munich") == language_free("University of Munich")
    False
    """
    words = re.findall(r"[\w'’]+", name)
    heads = [w for w in words if w in lexicon.INSTITUTION_HEADS]
    if len(heads) != 1:
        return None
    rest = ["polytechnic"] if fold(heads[0]).startswith(("polytechn", "politec")) else []  # not "University of Turin"
    for word in words:
        if word in lexicon.INSTITUTION_HEADS or word.lower() in lexicon.NAME_LITTLE_WORDS:
            continue
        key = fold(word)
        key = lexicon.NAME_WORD_TRANSLATIONS.get(key, key)
        if len(key) > 6 and key.endswith("es"):
            key = key[:-2]  # "Saarlandes": the genitive of "Saarland"
        rest.append(place_in_english(key))
    if not rest:
        return None
    return (lexicon.INSTITUTION_HEADS[heads[0]], frozenset(rest))


_PLACE_ADJECTIVE_ENDINGS = ("skiego", "skiej", "ski", "ska", "skie", "sky", "ske", "ensis")  # "Warszawski", "Pražská"


def place_in_english(word: str) -> str:
    """A folded name word that is a city's name in another language, or the adjective of
    one, as the city's name the places table gives ("warszawa", "warszawski" → "warsaw");
    any other word as it is.

    >>> place_in_english("warszawski"), place_in_english("wien"), place_in_english("technical")
    ('warsaw', 'vienna', 'technical')
    """
    table = city_table()
    forms = [word] + [word[: -len(end)] + tail for end in _PLACE_ADJECTIVE_ENDINGS if word.endswith(end) and len(word) - len(end) >= 4 for tail in ("", "a")]
    for form in forms:
        name = table.name_of((form,))
        if name is not None:
            return " ".join(name)
    return word


def _without_article(text: str) -> str:
    return text[4:] if text.startswith("the ") else text


def _iso_country(name: str) -> str | None:
    """The ISO code of a country name pycountry knows ("Finland" → "FI"), else None."""
    import pycountry

    if len(name) <= 3:
        return _COUNTRY_WORDS.get(name)
    try:
        return pycountry.countries.lookup(name).alpha_2
    except LookupError:
        return None


def _country_name(code: str) -> str:
    import pycountry

    found = pycountry.countries.get(alpha_2=code)
    return getattr(found, "common_name", None) or (found.name if found else code)


# -- other names of one organisation: a tagline, a former name, a contraction, a governing body --


_COMMON_NOUNS = frozenset({"university", "institution", "college", "school", "academy", "institute", "alliance", "network", "association"})


def _former_names(doc: Doc, mentions: list[Mention], linked: dict[int, Entity]) -> dict[int, Entity]:
    """A former name is the organisation's own: "The University of X, founded in 1948 as the
    University College of Y," "X (formerly Y)", "X, formerly known as Y"; so is another name
    it goes by ("X, known locally as Y", "X (also known as Y)"); after "the
    university, formerly known as Y" the one organisation of the article that shares a name
    word with Y ("NUI Galway": the University of Galway). A former name the article does not
    tie to one organisation stays as it is."""
    orgs = [m for m in mentions if m.kind == "organization"]
    ending = {m.token_end: m for m in orgs}
    same: dict[str, Entity] = {}
    for m in orgs:
        trigger = _former_name_trigger(doc, m.token_start)
        entity = linked[m.token_start]
        if trigger is None or not entity.new or entity.id in same or doc[trigger - 1].text not in {",", "("}:
            continue
        owner = ending.get(trigger - 1)
        if owner is not None:
            target = linked[owner.token_start]
        elif trigger >= 3 and doc[trigger - 2].lower_ in _COMMON_NOUNS and doc[trigger - 3].lower_ == "the":
            end = m.token_start
            while end < len(doc) and not doc[end].is_punct and not doc[end].is_space:
                end += 1
            words = set(name_words(normalize(doc[m.token_start:end].text)))
            fits = unique([linked[o.token_start] for o in orgs if linked[o.token_start].id != entity.id
                           and not linked[o.token_start].alliance and linked[o.token_start].unit_of is None
                           and words & set(name_words(normalize(linked[o.token_start].name)))])
            target = fits[0] if len(fits) == 1 else None
        else:
            target = None
        if target is not None and target.id != entity.id:
            same[entity.id] = target
            for o in orgs:  # "NUI Galway": each mention of the former name
                if m.token_start < o.token_start and doc[m.token_end:o.token_start].text.strip() == "" and linked[o.token_start].new:
                    same.setdefault(linked[o.token_start].id, target)
    if not same:
        return linked
    return {start: replace(same[e.id], method="alias") if e.id in same else e for start, e in linked.items()}


def _former_name_trigger(doc: Doc, start: int) -> int | None:
    """Where "formerly (known as)", "(also, locally) known as", "founded (in YEAR) as" begins
    before a name at ``start``."""
    k = start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    words = [t.lower_ for t in doc[max(0, k - 3):k + 1]]
    for shape in (["formerly", "known", "as"], ["formerly", "called"], ["formerly", "named"], ["formerly"],
                  ["also", "known", "as"], ["known", "locally", "as"], ["locally", "known", "as"], ["known", "as"],
                  ["founded", "as"], ["established", "as"], ["founded", "in", "#", "as"], ["established", "in", "#", "as"]):
        tail = words[-len(shape):]
        if len(tail) == len(shape) and all(w == s or (s == "#" and w.isdigit() and len(w) == 4) for w, s in zip(tail, shape)):
            return k - len(shape) + 1
    return None


def _contracted_names(linked: dict[int, Entity]) -> dict[int, Entity]:
    """A name and the coined word that contracts it, its first words to their initials and
    its last kept whole, are one organisation: "Santander Group" and "SGroup (European
    Universities' Network)", "University of the Arctic" and "UArctic"; the longer name kept."""
    organisations = unique([e for e in linked.values() if e.kind == "organization" and e.new])
    by_contraction: dict[str, list[Entity]] = {}
    for e in organisations:
        coined = acronyms.contraction(e.name)
        if coined:
            by_contraction.setdefault(coined, []).append(e)
    same: dict[str, Entity] = {}
    for e in organisations:
        first = e.name.split()[0]
        fits = [o for o in by_contraction.get(first, ()) if o.id != e.id] if acronyms.CONTRACTION.fullmatch(first) else []
        if len(fits) == 1 and fits[0].id not in same and e.id not in same:
            keep, other = (e, fits[0]) if len(e.name) >= len(fits[0].name) else (fits[0], e)
            same[other.id] = keep
    if not same:
        return linked
    return {start: replace(same[e.id], method="alias") if e.id in same else e for start, e in linked.items()}


_GOVERNING_BODY = re.compile(
    r"(?:General Assembly|Council of Rectors|Assembly of Rectors|Council|Senate|Board(?: of (?:Trustees|Directors|Governors|Regents))?"
    r"|(?:Executive|Steering|Standing) (?:Committee|Board|Council)|Governing (?:Board|Council|Body))"
)


def _governing_bodies(doc: Doc, mentions: list[Mention], linked: dict[int, Entity]) -> dict[int, Entity]:
    """An organisation's governing body named as "BODY of (the) ORG" stands for the
    organisation: "The Council of Rectors of the Kestrel University Network (KUN) welcomed
    ...", "the Board of Trustees of X"."""
    orgs = sorted((m for m in mentions if m.kind == "organization"), key=lambda m: m.token_start)
    same: dict[int, Entity] = {}
    for a, b in zip(orgs, orgs[1:]):
        between = doc[a.token_end:b.token_start]
        if (linked[a.token_start].new and _GOVERNING_BODY.fullmatch(_written_name(a.text))
                and [t.lower_ for t in between] in (["of"], ["of", "the"])):
            same[a.token_start] = replace(linked[b.token_start], method="alias")
    return {start: same.get(start, e) for start, e in linked.items()}


_TAGLINE = re.compile(r"\s+[-–—]\s+(?:(?:A|An|The)\s+)?")


def _named_by_tagline(doc: Doc, mentions: list[Mention], linked: dict[int, Entity]) -> dict[int, Entity]:
    """A new acronym, a dash and a new name with a head noun are one organisation, the
    acronym's, as alliances write their names: "CIVIS - A European Civic University",
    "EU-CONEXUS – European University for Smart Urban Coastal Sustainability"."""
    orgs = sorted((m for m in mentions if m.kind == "organization"), key=lambda m: m.token_start)
    same: dict[str, Entity] = {}
    for a, b in zip(orgs, orgs[1:]):
        ea, eb = linked[a.token_start], linked[b.token_start]
        if (a.source == "acronym" and b.source != "acronym" and ea.new and eb.new and ea.id != eb.id and eb.id not in same
                and _org_kind(eb.name) is not None and _TAGLINE.fullmatch(text_of(doc)[a.end:b.start])):
            same[eb.id] = replace(ea, alliance=ea.alliance or eb.alliance, org_kind=ea.org_kind or eb.org_kind)
    if not same:
        return linked
    kept = {e.id: e for e in same.values()}
    return {
        start: replace(same[e.id], method="alias") if e.id in same else kept.get(e.id, e)
        for start, e in linked.items()
    }
